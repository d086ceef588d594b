/**
 * The map as a standalone SVG string: the same shapes, glyphs, dashes and culling as the canvas
 * view, with concrete colours (the light theme's), for the snapshot test and for exports of the
 * current view. Numbers are rounded to three decimals so float noise cannot change the output.
 */
import { cullToViewport, buildGrid, detailAt } from './cull';
import { MAP_RELATIONS, NODE_HEIGHT, NODE_WIDTH, childrenOf, type MapData } from './encoding';
import { highlightFor } from './focus';
import { GLYPHS, RELATION_STYLE, crossEdge, glyphOf, glyphPolygon, treeEdge, wrapTitle } from './geometry';
import { HIDDEN, MATCH } from './filter';
import { fitTransform, visibleRect, type Transform } from './zoom';

/** Light-theme values of the CSS variables the geometry names (app/globals.css). */
export const LIGHT_PALETTE: Record<string, string> = {
  '--bg': '#ffffff',
  '--fg': '#1b1d22',
  '--muted': '#555b66',
  '--line': '#d5d8de',
  '--panel': '#f5f6f8',
  '--question': '#1b1d22',
  '--position': '#009e73',
  '--support': '#0072b2',
  '--oppose': '#d55e00',
  '--undercut': '#cc79a7',
  '--fact': '#8c6d00',
  '--focus': '#b3471d',
};

export interface SvgOptions {
  width: number;
  height: number;
  /** Defaults to fitting the whole map. */
  transform?: Transform;
  /** Per node HIDDEN / CONTEXT / MATCH (lib/map/filter.ts visibility); all shown when absent. */
  visible?: Uint8Array;
  /** Index of the focused node. */
  focus?: number;
  palette?: Record<string, string>;
}

const r3 = (n: number) => String(Math.round(n * 1000) / 1000);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function mapToSvg(data: MapData, options: SvgOptions): string {
  const { width, height } = options;
  const palette = options.palette ?? LIGHT_PALETTE;
  const colour = (v: string) => palette[v] ?? '#000000';
  const t = options.transform ?? fitTransform(data.bounds, width, height);
  const children = childrenOf(data);
  const lit = options.focus !== undefined ? highlightFor(data, children, options.focus).lit : undefined;
  const shown = (i: number) => !options.visible || options.visible[i] !== HIDDEN;
  const opacity = (i: number) => (lit && !lit.has(i) ? 0.2 : options.visible && options.visible[i] !== MATCH ? 0.45 : 1);
  const inView = cullToViewport(buildGrid(data.x, data.y), data.x, data.y, visibleRect(t, width, height)).filter(shown);
  const detail = detailAt(t.k);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="${colour('--bg')}"/>`,
    `<g transform="translate(${r3(t.x)},${r3(t.y)}) scale(${r3(t.k)})">`,
  ];
  const path = (c: number[]) => `M${r3(c[0]!)},${r3(c[1]!)}C${r3(c[2]!)},${r3(c[3]!)} ${r3(c[4]!)},${r3(c[5]!)} ${r3(c[6]!)},${r3(c[7]!)}`;
  const edge = (c: number[], relation: string, o: number, cross: boolean) => {
    const s = RELATION_STYLE[relation]!;
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
    return `<path d="${path(c)}" fill="none" stroke="${colour(s.colour)}" stroke-width="${cross ? 1.5 : 2}"${dash} opacity="${r3(cross ? o * 0.7 : o)}"/>`;
  };
  const inViewSet = new Set(inView);
  for (const i of inView) {
    const p = data.parent[i]!;
    if (p >= 0 && shown(p)) out.push(edge(treeEdge(data.x[p]!, data.y[p]!, data.x[i]!, data.y[i]!), MAP_RELATIONS[data.relation[i]!]!, Math.min(opacity(i), opacity(p)), false));
  }
  for (let c = 0; c < data.cross.length; c += 3) {
    const a = data.cross[c]!;
    const b = data.cross[c + 1]!;
    if ((inViewSet.has(a) || inViewSet.has(b)) && shown(a) && shown(b)) {
      out.push(edge(crossEdge(data.x[a]!, data.y[a]!, data.x[b]!, data.y[b]!), MAP_RELATIONS[data.cross[c + 2]!]!, Math.min(opacity(a), opacity(b)), true));
    }
  }
  for (const i of inView) {
    const g = glyphOf(data, i);
    const fill = colour(GLYPHS[g].colour);
    const x = data.x[i]!;
    const y = data.y[i]!;
    const o = opacity(i);
    const focused = options.focus === i;
    out.push(`<g id="n-${esc(data.ids[i]!)}" opacity="${r3(o)}">`);
    if (detail === 'labels') {
      out.push(
        `<rect x="${r3(x - NODE_WIDTH / 2)}" y="${r3(y - NODE_HEIGHT / 2)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="${colour('--bg')}" stroke="${focused ? colour('--focus') : fill}" stroke-width="${focused ? 4 : 2}"/>`,
      );
      out.push(shape(g, x - NODE_WIDTH / 2 + 18, y, 9, fill));
      wrapTitle(data.titles[i]!).forEach((line, l) => {
        out.push(`<text x="${r3(x - NODE_WIDTH / 2 + 34)}" y="${r3(y - 6 + l * 17)}" font-size="14" fill="${colour('--fg')}">${esc(line)}</text>`);
      });
    } else out.push(shape(g, x, y, detail === 'shapes' ? 24 : 40, fill));
    out.push('</g>');
  }
  out.push('</g></svg>');
  return out.join('\n');
}

function shape(g: ReturnType<typeof glyphOf>, x: number, y: number, r: number, fill: string): string {
  const poly = glyphPolygon(g, r);
  return poly
    ? `<polygon points="${poly.map(([px, py]) => `${r3(x + px)},${r3(y + py)}`).join(' ')}" fill="${fill}"/>`
    : `<circle cx="${r3(x)}" cy="${r3(y)}" r="${r3(r)}" fill="${fill}"/>`;
}
