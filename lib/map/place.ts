/**
 * Placing a forest on the map's plane: each tree left to right with d3-hierarchy's tidy tree, the
 * trees shelf-packed into rows so a large forest fills a screen-shaped rectangle instead of one very
 * tall column. Used by the server's layout (lib/map/layout.ts) and by the client's relayout around
 * collapsed branches (lib/map/relayout.ts), so both place nodes by one rule. Imports no corpus
 * code: the browser loads it on the first collapse.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { NODE_HEIGHT, NODE_WIDTH } from './encoding';

/** Vertical distance between sibling rows and horizontal distance between tree levels. */
export const ROW_SPACING = 72;
export const LEVEL_SPACING = 320;
/** Gap between packed trees. */
export const TREE_GAP = 160;
/** Aspect (width / height) the packed forest aims for: a landscape screen. */
export const TARGET_ASPECT = 1.6;

export interface TreeItem {
  index: number;
  children: TreeItem[];
}

export interface Placement {
  x: number[];
  y: number[];
  depth: number[];
  /** [minX, minY, maxX, maxY] of the placed node boxes. */
  bounds: [number, number, number, number];
}

/** Places the trees under `roots` (in packing order) for a map of n nodes; nodes in no tree stay at 0, 0. */
export function placeForest(roots: readonly TreeItem[], n: number): Placement {
  const x = new Array<number>(n).fill(0);
  const y = new Array<number>(n).fill(0);
  const depth = new Array<number>(n).fill(0);
  const layoutTree = tree<TreeItem>().nodeSize([ROW_SPACING, LEVEL_SPACING]).separation((a, b) => (a.parent === b.parent ? 1 : 1.25));
  const laid = roots.map((root) => {
    const h = layoutTree(hierarchy(root, (d) => d.children));
    let minB = Infinity;
    let maxB = -Infinity;
    let maxDepth = 0;
    h.each((d: HierarchyPointNode<TreeItem>) => {
      if (d.x < minB) minB = d.x;
      if (d.x > maxB) maxB = d.x;
      if (d.depth > maxDepth) maxDepth = d.depth;
    });
    return { h, minB, width: maxDepth * LEVEL_SPACING + NODE_WIDTH, height: maxB - minB + NODE_HEIGHT };
  });

  // Shelf packing: rows of trees, the row width chosen so the whole forest is about TARGET_ASPECT.
  const area = laid.reduce((s, t) => s + (t.width + TREE_GAP) * (t.height + TREE_GAP), 0);
  const widest = laid.reduce((m, t) => Math.max(m, t.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * TARGET_ASPECT));
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const t of laid) {
    if (cursorX > 0 && cursorX + t.width > rowWidth) {
      cursorX = 0;
      cursorY += rowHeight + TREE_GAP;
      rowHeight = 0;
    }
    t.h.each((d: HierarchyPointNode<TreeItem>) => {
      const i = d.data.index;
      // d.y is the depth axis (left to right), d.x the breadth axis (top to bottom).
      x[i] = Math.round(cursorX + NODE_WIDTH / 2 + d.y);
      y[i] = Math.round(cursorY + NODE_HEIGHT / 2 + d.x - t.minB);
      depth[i] = d.depth;
      minX = Math.min(minX, x[i]! - NODE_WIDTH / 2);
      maxX = Math.max(maxX, x[i]! + NODE_WIDTH / 2);
      minY = Math.min(minY, y[i]! - NODE_HEIGHT / 2);
      maxY = Math.max(maxY, y[i]! + NODE_HEIGHT / 2);
    });
    cursorX += t.width + TREE_GAP;
    rowHeight = Math.max(rowHeight, t.height);
  }
  return { x, y, depth, bounds: laid.length ? [minX, minY, maxX, maxY] : [0, 0, 0, 0] };
}
