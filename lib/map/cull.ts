/**
 * Viewport culling: a uniform grid over layout space, so the renderer asks "which nodes touch
 * this rectangle" in time proportional to the answer, not to the size of the map.
 */
import { NODE_HEIGHT, NODE_WIDTH } from './encoding';

export const GRID_CELL = 1024;

export interface SpatialGrid {
  cell: number;
  cells: Map<number, number[]>;
}

const key = (cx: number, cy: number) => cx * 1_000_003 + cy;

/** Buckets every node box into the grid cells it overlaps. */
export function buildGrid(x: readonly number[], y: readonly number[], cell = GRID_CELL): SpatialGrid {
  const cells = new Map<number, number[]>();
  for (let i = 0; i < x.length; i++) {
    const x0 = Math.floor((x[i]! - NODE_WIDTH / 2) / cell);
    const x1 = Math.floor((x[i]! + NODE_WIDTH / 2) / cell);
    const y0 = Math.floor((y[i]! - NODE_HEIGHT / 2) / cell);
    const y1 = Math.floor((y[i]! + NODE_HEIGHT / 2) / cell);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(i);
        else cells.set(k, [i]);
      }
  }
  return { cell, cells };
}

/** A rectangle in layout units: [minX, minY, maxX, maxY]. */
export type Rect = [number, number, number, number];

/** Indices of the nodes whose boxes intersect rect, each once, in ascending order. */
export function cullToViewport(grid: SpatialGrid, x: readonly number[], y: readonly number[], rect: Rect): number[] {
  const [minX, minY, maxX, maxY] = rect;
  const seen = new Set<number>();
  const out: number[] = [];
  const x0 = Math.floor(minX / grid.cell);
  const x1 = Math.floor(maxX / grid.cell);
  const y0 = Math.floor(minY / grid.cell);
  const y1 = Math.floor(maxY / grid.cell);
  // A viewport much larger than the grid: scanning every node is cheaper than every cell.
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > grid.cells.size) {
    for (let i = 0; i < x.length; i++) if (intersects(x[i]!, y[i]!, rect)) out.push(i);
    return out;
  }
  for (let cx = x0; cx <= x1; cx++)
    for (let cy = y0; cy <= y1; cy++) {
      const list = grid.cells.get(key(cx, cy));
      if (!list) continue;
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        if (intersects(x[i]!, y[i]!, rect)) out.push(i);
      }
    }
  return out.sort((a, b) => a - b);
}

function intersects(cx: number, cy: number, [minX, minY, maxX, maxY]: Rect): boolean {
  return cx + NODE_WIDTH / 2 >= minX && cx - NODE_WIDTH / 2 <= maxX && cy + NODE_HEIGHT / 2 >= minY && cy - NODE_HEIGHT / 2 <= maxY;
}

/** Level of detail from the zoom scale (screen pixels per layout unit). */
export type Detail = 'dots' | 'shapes' | 'labels';
export const LABEL_SCALE = 0.42;
export const SHAPE_SCALE = 0.1;
export function detailAt(k: number): Detail {
  return k >= LABEL_SCALE ? 'labels' : k >= SHAPE_SCALE ? 'shapes' : 'dots';
}
