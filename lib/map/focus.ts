/** What a focused node lights up: its path to the root question and its neighbours, tree and cross links alike. */
import type { MapData } from './encoding';

export interface Highlight {
  /** The focused node and its ancestors up to the root. */
  path: Set<number>;
  /** Everything lit: the path, the node's children and every cross-link neighbour. */
  lit: Set<number>;
}

export function highlightFor(data: MapData, children: readonly (readonly number[])[], focus: number): Highlight {
  const path = new Set<number>();
  for (let i = focus; i >= 0 && !path.has(i); i = data.parent[i]!) path.add(i);
  const lit = new Set(path);
  for (const c of children[focus] ?? []) lit.add(c);
  for (let c = 0; c < data.cross.length; c += 3) {
    if (data.cross[c] === focus) lit.add(data.cross[c + 1]!);
    if (data.cross[c + 1] === focus) lit.add(data.cross[c]!);
  }
  return { path, lit };
}
