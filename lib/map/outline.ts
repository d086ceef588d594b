/**
 * The outline: the map as the rows an ARIA tree shows. It shows the graph, not only the tree: under
 * a node, after its own children, come the nodes that link to it from elsewhere in the tree (an
 * argument that opposes this position but hangs under another), as leaf rows that lead to the
 * node's own place. Only expanded branches contribute rows, so a 10,000-node map opens with its
 * questions and grows as the reader opens them.
 */
import { MAP_NODE_KINDS, MAP_RELATIONS, type MapData } from './encoding';
import { HIDDEN } from './filter';

/** A child of a node in the outline: a tree child, or a node linking to it from elsewhere. */
export interface OutlineChild {
  index: number;
  /** Index into MAP_RELATIONS: how the child relates to the node. */
  relation: number;
  /** The child lives elsewhere in the tree (a cross-link). */
  link: boolean;
}

export interface OutlineRow extends OutlineChild {
  /** Unique among the rows: a node's own place is `n<index>`, a cross-link row `l<parent>-<index>`. */
  key: string;
  /** The node this row hangs under (-1 for a root). */
  parent: number;
  level: number;
  /** 1-based position among its shown siblings, and how many there are (aria-posinset / aria-setsize). */
  pos: number;
  size: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The relations a cross-link row is shown for: what answers, supports, opposes or undercuts a node, or is a sub-question of it. */
const SHOWN_LINKS = new Set(['answers', 'subquestion-of', 'supports', 'opposes', 'undercuts'].map((r) => MAP_RELATIONS.indexOf(r as never)));
/** Order of a node's children: by relation (what answers it, then supports, opposes, undercuts, facts), tree children before links. */
const RELATION_RANK = ['answers', 'subquestion-of', 'supports', 'opposes', 'undercuts', 'relies-on-fact'].map((r) => MAP_RELATIONS.indexOf(r as never));
const rank = (r: number) => {
  const k = RELATION_RANK.indexOf(r);
  return k < 0 ? RELATION_RANK.length : k;
};

/** Per node, the cross-links that point at it ([from, relation] pairs), built once per map. */
export function incomingLinks(data: MapData): [number, number][][] {
  const out: [number, number][][] = data.ids.map(() => []);
  for (let k = 0; k < data.cross.length; k += 3) {
    const [from, to, r] = [data.cross[k]!, data.cross[k + 1]!, data.cross[k + 2]!];
    if (SHOWN_LINKS.has(r) && from !== to) out[to]!.push([from, r]);
  }
  return out;
}

export function rowKey(parent: number, child: OutlineChild): string {
  return child.link ? `l${parent}-${child.index}` : `n${child.index}`;
}

/** The outline children of node i: its shown tree children and the shown nodes linking to it, by relation. */
export function outlineChildren(data: MapData, children: readonly (readonly number[])[], incoming: readonly (readonly [number, number])[][], i: number, visible?: Uint8Array): OutlineChild[] {
  const shown = (j: number) => !visible || visible[j] !== HIDDEN;
  const out: OutlineChild[] = [];
  for (const c of children[i] ?? []) if (shown(c)) out.push({ index: c, relation: data.relation[c]!, link: false });
  for (const [from, r] of incoming[i] ?? []) if (shown(from)) out.push({ index: from, relation: r, link: true });
  // Stable: the tree's own order within a relation, tree children before links.
  return out.map((c, k) => [c, k] as const).sort((a, b) => rank(a[0].relation) - rank(b[0].relation) || Number(a[0].link) - Number(b[0].link) || a[1] - b[1]).map(([c]) => c);
}

export function outlineRows(data: MapData, children: readonly (readonly number[])[], expanded: ReadonlySet<number>, visible?: Uint8Array, incoming: readonly (readonly [number, number])[][] = []): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const shown = (i: number) => !visible || visible[i] !== HIDDEN;
  const roots: number[] = [];
  for (let i = 0; i < data.ids.length; i++) if (data.parent[i] === -1 && shown(i)) roots.push(i);
  // Questions first, then stray facts, each group in id order: the order the layout packs them in.
  roots.sort((a, b) => data.kind[a]! - data.kind[b]! || (data.ids[a]! < data.ids[b]! ? -1 : 1));
  const visit = (list: readonly OutlineChild[], parent: number, level: number) => {
    list.forEach((c, k) => {
      // A link row is a leaf: its branch is read at the node's own place.
      const kids = c.link ? [] : outlineChildren(data, children, incoming, c.index, visible);
      const open = kids.length > 0 && expanded.has(c.index);
      rows.push({ ...c, key: rowKey(parent, c), parent, level, pos: k + 1, size: list.length, hasChildren: kids.length > 0, expanded: open });
      if (open) visit(kids, c.index, level + 1);
    });
  };
  visit(
    roots.map((index) => ({ index, relation: -1, link: false })),
    -1,
    1,
  );
  return rows;
}

/** The ancestors of i (not i itself), so the outline can open the way to a focused node. */
export function ancestorsOf(data: MapData, i: number): number[] {
  const out: number[] = [];
  for (let p = data.parent[i]!; p >= 0 && !out.includes(p); p = data.parent[p]!) out.push(p);
  return out;
}

/**
 * The row a stance key (s: supports, o: opposes, u: undercuts) moves to from row `from`: the first
 * child of the current node with that relation; else, when the current row itself is a child with
 * that relation, the next such sibling (wrapping); else the first such row anywhere below the
 * current node, depth first. Returns the row's parent and child (so the caller can open the way), or
 * undefined when there is none.
 */
export function stanceTarget(
  data: MapData,
  children: readonly (readonly number[])[],
  incoming: readonly (readonly [number, number])[][],
  from: { index: number; parent: number; link: boolean; relation: number },
  stance: 'supports' | 'opposes' | 'undercuts',
  visible?: Uint8Array,
): { parent: number; child: OutlineChild; path: number[] } | undefined {
  const r = MAP_RELATIONS.indexOf(stance);
  const kidsOf = (i: number) => outlineChildren(data, children, incoming, i, visible);
  if (!from.link) {
    const own = kidsOf(from.index).find((c) => c.relation === r);
    if (own) return { parent: from.index, child: own, path: [from.index] };
  }
  if (from.parent >= 0 && from.relation === r) {
    const siblings = kidsOf(from.parent).filter((c) => c.relation === r);
    const at = siblings.findIndex((c) => c.index === from.index && c.link === from.link);
    const next = siblings[(at + 1) % siblings.length];
    if (next && siblings.length > 1) return { parent: from.parent, child: next, path: [from.parent] };
  }
  if (from.link) return undefined;
  // Depth first below the current node, through tree children only (each node is visited once).
  const stack: [number, number[]][] = [[from.index, [from.index]]];
  const seen = new Set<number>();
  while (stack.length) {
    const [i, path] = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    const kids = kidsOf(i);
    const hit = i !== from.index ? kids.find((c) => c.relation === r) : undefined;
    if (hit) return { parent: i, child: hit, path };
    for (let k = kids.length - 1; k >= 0; k--) if (!kids[k]!.link) stack.push([kids[k]!.index, [...path, kids[k]!.index]]);
  }
  return undefined;
}

/** Words for a relation as a screen reader hears it in front of a row's title. */
export const RELATION_WORDS: Record<string, string> = {
  answers: 'Answers',
  'subquestion-of': 'Sub-question',
  supports: 'Supports',
  opposes: 'Opposes',
  undercuts: 'Undercuts',
  'relies-on-fact': 'Fact relied on',
};

/** The kind word for node i (Question, Position, Argument, Fact). */
export function kindWord(data: MapData, i: number): string {
  const k = MAP_NODE_KINDS[data.kind[i]!] ?? 'node';
  return k[0]!.toUpperCase() + k.slice(1);
}
