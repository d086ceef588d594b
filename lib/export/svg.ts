/**
 * A map view as a standalone SVG picture, laid out on the server: each question is a tidy tree
 * (d3-hierarchy) from the question through its positions to the arguments and facts for and
 * against them, read left to right, each node placed by the map's own forest (`treeForest`); links
 * that are not a node's place in the tree are drawn as dashed cross-links. Stance is shown by line style and a symbol as well as colour. Used for the SVG
 * download, the PNG made from it in the browser, and the /embed view.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3';
import type { GraphIndex, Edge } from '@/lib/graph/graph';
import type { DebateNode, Relation } from '@/lib/model/schema';
import { escapeXml } from './graphml';
import { treeForest, treeLinkDirection, type TreeItem } from '@/lib/map/layout';
import { MAP_RELATIONS } from '@/lib/map/encoding';

/** Which part of the map: one question's tree, or every root question when `question` is absent. */
export interface MapView {
  question?: string;
}

export const BOX_WIDTH = 220;
export const BOX_HEIGHT = 58;
const COLUMN = 280;
const ROW = 74;
const MARGIN = 16;
const TREE_GAP = 40;
const LEGEND_HEIGHT = 34;
// 12.5px system-ui averages about 6.5px a character: 30 fit in a 220px box with its padding.
const LINE_CHARS = 30;

export interface PlacedNode {
  id: string;
  kind: DebateNode['kind'];
  title: string;
  /** Top-left corner of the node's box. */
  x: number;
  y: number;
  /** How this node joins its parent in the tree. */
  relation?: Relation;
}

export interface PlacedLink {
  from: string;
  to: string;
  relation: Relation;
  /** False for a cross-link: a relation other than the child's primary place in the tree. */
  primary: boolean;
  /** True where the tree runs against the link: a fact placed under the node that relies on it (`from`). */
  backwards?: boolean;
}

export interface MapLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  width: number;
  height: number;
}

interface TreeDatum {
  node: DebateNode;
  relation?: Relation;
  children: TreeDatum[];
}

/**
 * The map's own forest (lib/map/layout.ts `treeForest`): each node placed by its first link, a fact
 * hung under the first node that relies on it, loops cut, siblings and roots in the map's order.
 * So a picture and the map never disagree about where a node belongs.
 */
function forest(graph: GraphIndex) {
  const nodes = [...graph.nodes.values()];
  const { parent, relation, items, roots } = treeForest(nodes);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const grow = (item: TreeItem): TreeDatum => {
    const node = nodes[item.index]!;
    const children = item.children.map(grow);
    const rel = parent[item.index] === -1 ? undefined : MAP_RELATIONS[relation[item.index]!];
    return rel ? { node, relation: rel, children } : { node, children };
  };
  const direction = (e: Edge) => treeLinkDirection(parent, relation, index.get(e.from)!, index.get(e.to)!, e.relation);
  return { grow: (id: string) => grow(items[index.get(id)!]!), direction, roots: roots.map((r) => nodes[r.index]!.id) };
}

export function layoutMapView(graph: GraphIndex, view: MapView = {}): MapLayout {
  const { grow, direction, roots: allRoots } = forest(graph);
  const roots = view.question ? [view.question] : allRoots;
  const nodes: PlacedNode[] = [];
  let top = MARGIN;
  let width = 0;
  for (const rootId of roots) {
    if (!graph.node(rootId)) continue;
    const data = grow(rootId);
    const laidOut = tree<TreeDatum>().nodeSize([ROW, COLUMN])(hierarchy(data, (d) => d.children));
    const all: HierarchyPointNode<TreeDatum>[] = laidOut.descendants();
    const minX = Math.min(...all.map((n) => n.x));
    const maxX = Math.max(...all.map((n) => n.x));
    for (const n of all) {
      const placed: PlacedNode = { id: n.data.node.id, kind: n.data.node.kind, title: n.data.node.title, x: MARGIN + n.y, y: top + (n.x - minX) };
      if (n.data.relation) placed.relation = n.data.relation;
      nodes.push(placed);
      width = Math.max(width, placed.x + BOX_WIDTH + MARGIN);
    }
    top += maxX - minX + BOX_HEIGHT + TREE_GAP;
  }
  const inView = new Set(nodes.map((n) => n.id));
  const links: PlacedLink[] = graph.edges
    .filter((e: Edge) => inView.has(e.from) && inView.has(e.to))
    .map((e) => {
      // A fact placed under the node that relies on it: that relies-on-fact link is its tree link, read backwards.
      const way = direction(e);
      const link = { from: e.from, to: e.to, relation: e.relation, primary: way !== undefined };
      return way === 'backwards' ? { ...link, backwards: true } : link;
    });
  return { nodes, links, width: Math.max(width, 320), height: Math.max(top - TREE_GAP + MARGIN, 120) + LEGEND_HEIGHT };
}

/** Up to two lines of at most LINE_CHARS characters, breaking between words; an ellipsis if cut. */
export function wrapTitle(title: string, chars = LINE_CHARS): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length <= chars) line = (line + ' ' + w).trim();
    else {
      lines.push(line || w.slice(0, chars));
      line = line ? w : '';
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines[1]!;
  return [lines[0]!, (second.length > chars - 1 ? second.slice(0, chars - 1) : second) + '…'];
}

const STANCE_SYMBOL: Partial<Record<Relation, string>> = { supports: '+', opposes: '−', undercuts: '⤳', 'relies-on-fact': '◆', answers: '?', 'subquestion-of': '⊂' };
const KIND_LABEL: Record<DebateNode['kind'], string> = { question: 'QUESTION', position: 'POSITION', argument: 'ARGUMENT', fact: 'FACT' };

const round = (n: number) => Math.round(n * 10) / 10;

const STYLE = `
.bg{fill:#fff}.box{fill:#fff;stroke:#8a909c;stroke-width:1.2}.question .box{stroke:#1b1d22;stroke-width:2}.position .box{stroke:#009e73;stroke-width:2}
.fact .box{stroke:#8c6d00;stroke-dasharray:5 3}.kind{font:600 9px system-ui,sans-serif;letter-spacing:.06em;fill:#555b66}
.title{font:12.5px system-ui,sans-serif;fill:#1b1d22}.link{fill:none;stroke-width:1.6}.supports,.relies-on-fact{stroke:#0072b2}
.opposes{stroke:#d55e00;stroke-dasharray:7 4}.undercuts{stroke:#a2559a;stroke-dasharray:2 3}.answers,.subquestion-of{stroke:#6b6f78}
.cross{stroke-opacity:.55;stroke-dasharray:3 4}.symbol{font:700 13px system-ui,sans-serif;text-anchor:middle;dominant-baseline:central}
.symbol.supports,.symbol.relies-on-fact{fill:#0072b2}.symbol.opposes{fill:#d55e00}.symbol.undercuts{fill:#a2559a}.symbol.answers,.symbol.subquestion-of{fill:#6b6f78}
.symbol{stroke:none}.legend{font:11px system-ui,sans-serif;fill:#555b66}a:focus .box,a:hover .box{stroke-width:3}
@media (prefers-color-scheme:dark){.bg{fill:#121418}.box{fill:#1b1e24;stroke:#5b6170}.question .box{stroke:#e7e9ee}.position .box{stroke:#3fd0a4}
.fact .box{stroke:#e8c547}.kind,.legend{fill:#a3a9b5}.title{fill:#e7e9ee}.supports,.relies-on-fact{stroke:#56b4e9}.opposes{stroke:#ff8a3d}
.undercuts{stroke:#e39cc8}.symbol.supports,.symbol.relies-on-fact{fill:#56b4e9}.symbol.opposes{fill:#ff8a3d}.symbol.undercuts{fill:#e39cc8}}`;

export interface SvgOptions {
  siteUrl: string;
  version: string;
  /** Where node links open: "_top" inside an embed, so a click leaves the frame. */
  linkTarget?: string;
}

export function toSvg(graph: GraphIndex, view: MapView, options: SvgOptions): string {
  const layout = layoutMapView(graph, view);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const question = view.question ? graph.node(view.question) : undefined;
  const title = question ? `Admissible map: ${question.title}` : 'Admissible: the whole map';
  const target = options.linkTarget ? ` target="${escapeXml(options.linkTarget)}"` : '';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" width="${round(layout.width)}" height="${round(layout.height)}" role="group" aria-labelledby="map-title" aria-describedby="map-desc">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<desc id="map-desc">${layout.nodes.length} nodes and ${layout.links.length} links, dataset version ${escapeXml(options.version)}. Lines: solid +, supports; dashed −, opposes; dotted ⤳, undercuts.</desc>`,
    `<style>${STYLE}</style>`,
    `<rect class="bg" width="100%" height="100%"/>`,
    '<g class="links">',
  ];
  for (const l of layout.links) {
    // Links run from the tree parent's right edge to the child's left edge (usually the child holds the link).
    const child = byId.get(l.backwards ? l.to : l.from)!;
    const parent = byId.get(l.backwards ? l.from : l.to)!;
    const x1 = parent.x + BOX_WIDTH;
    const y1 = parent.y + BOX_HEIGHT / 2;
    const x2 = child.x;
    const y2 = child.y + BOX_HEIGHT / 2;
    const mx = (x1 + x2) / 2;
    const d = l.primary ? `M${round(x1)},${round(y1)}C${round(mx)},${round(y1)} ${round(mx)},${round(y2)} ${round(x2)},${round(y2)}` : `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
    out.push(`<path class="link ${l.relation}${l.primary ? '' : ' cross'}" d="${d}" data-from="${escapeXml(l.from)}" data-to="${escapeXml(l.to)}"/>`);
    const symbol = STANCE_SYMBOL[l.relation];
    if (symbol && l.primary) out.push(`<text class="symbol ${l.relation}" x="${round(x2 - 12)}" y="${round(y2 - 9)}" aria-hidden="true">${symbol}</text>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of layout.nodes) {
    const href = `${options.siteUrl}${n.kind === 'question' ? '/questions/' : '/node/'}${n.id}`;
    const lines = wrapTitle(n.title);
    out.push(
      `<a href="${escapeXml(href)}"${target}><g class="node ${n.kind}" transform="translate(${round(n.x)},${round(n.y)})" data-id="${escapeXml(n.id)}">`,
      `<title>${escapeXml(`${KIND_LABEL[n.kind].toLowerCase()}: ${n.title}`)}</title>`,
      `<rect class="box" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/>`,
      `<text class="kind" x="10" y="15">${KIND_LABEL[n.kind]}</text>`,
      `<text class="title" x="10" y="${lines.length === 1 ? 37 : 31}">${lines.map((t, i) => `<tspan x="10" dy="${i === 0 ? 0 : 15}">${escapeXml(t)}</tspan>`).join('')}</text>`,
      '</g></a>',
    );
  }
  out.push('</g>');
  out.push(
    `<text class="legend" x="${MARGIN}" y="${round(layout.height - 12)}">+ supports (solid)   − opposes (dashed)   ⤳ undercuts (dotted)   ◆ relies on fact · Admissible, dataset version ${escapeXml(options.version)}, CC BY-SA 4.0</text>`,
  );
  out.push('</svg>');
  return out.join('\n') + '\n';
}
