/**
 * Relayout around collapsed branches, in the browser: the map as the server laid it out, with every
 * collapsed node's descendants taken out and the forest placed again by the server's own rule
 * (lib/map/place.ts), so a collapsed branch leaves no gap. It runs on the already-laid-out tree
 * (its children lists and root order), not on the corpus, so it costs one tidy-tree pass (a few
 * milliseconds for 10,000 nodes) and no request. Hidden descendants sit on their collapsed
 * ancestor, so expanding grows them out of it.
 */
import type { MapData } from './encoding';
import { placeForest, type Placement, type TreeItem } from './place';

export function relayout(data: MapData, children: readonly (readonly number[])[], collapsed: ReadonlySet<string>): Placement {
  if (collapsed.size === 0) return { x: data.x, y: data.y, depth: data.depth, bounds: data.bounds };
  const n = data.ids.length;
  const shut = new Uint8Array(n);
  data.ids.forEach((id, i) => {
    if (collapsed.has(id)) shut[i] = 1;
  });
  const item = (i: number): TreeItem => ({ index: i, children: shut[i] ? [] : children[i]!.map(item) });
  // The server's packing order: questions first, then stray facts, each group in id order.
  const roots = data.parent
    .flatMap((p, i) => (p < 0 ? [i] : []))
    .sort((a, b) => data.kind[a]! - data.kind[b]! || (data.ids[a]! < data.ids[b]! ? -1 : data.ids[a]! > data.ids[b]! ? 1 : 0))
    .map(item);
  const placed = placeForest(roots, n);
  // Descendants of a collapsed node: at the position of their outermost collapsed ancestor.
  const order = [...data.ids.keys()].sort((a, b) => data.depth[a]! - data.depth[b]!);
  const anchor = new Int32Array(n).fill(-1);
  for (const i of order) {
    const p = data.parent[i]!;
    if (p < 0) continue;
    const a = anchor[p]! >= 0 ? anchor[p]! : shut[p] ? p : -1;
    if (a >= 0) {
      anchor[i] = a;
      placed.x[i] = placed.x[a]!;
      placed.y[i] = placed.y[a]!;
      placed.depth[i] = data.depth[i]!;
    }
  }
  return placed;
}
