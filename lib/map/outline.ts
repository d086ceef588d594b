/**
 * The outline: the same tree as the map, as the rows an ARIA tree shows. Only expanded branches
 * contribute rows, so a 10,000-node map opens with its questions and grows as the reader opens them.
 */
import type { MapData } from './encoding';
import { HIDDEN } from './filter';

export interface OutlineRow {
  index: number;
  level: number;
  /** 1-based position among its shown siblings, and how many there are (aria-posinset / aria-setsize). */
  pos: number;
  size: number;
  hasChildren: boolean;
  expanded: boolean;
}

export function outlineRows(data: MapData, children: readonly (readonly number[])[], expanded: ReadonlySet<number>, visible?: Uint8Array): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const shown = (i: number) => !visible || visible[i] !== HIDDEN;
  const roots: number[] = [];
  for (let i = 0; i < data.ids.length; i++) if (data.parent[i] === -1 && shown(i)) roots.push(i);
  // Questions first, then stray facts, each group in id order: the order the layout packs them in.
  roots.sort((a, b) => data.kind[a]! - data.kind[b]! || (data.ids[a]! < data.ids[b]! ? -1 : 1));
  const visit = (list: readonly number[], level: number) => {
    list.forEach((i, k) => {
      const kids = (children[i] ?? []).filter(shown);
      const open = kids.length > 0 && expanded.has(i);
      rows.push({ index: i, level, pos: k + 1, size: list.length, hasChildren: kids.length > 0, expanded: open });
      if (open) visit(kids, level + 1);
    });
  };
  visit(roots, 1);
  return rows;
}

/** The ancestors of i (not i itself), so the outline can open the way to a focused node. */
export function ancestorsOf(data: MapData, i: number): number[] {
  const out: number[] = [];
  for (let p = data.parent[i]!; p >= 0 && !out.includes(p); p = data.parent[p]!) out.push(p);
  return out;
}
