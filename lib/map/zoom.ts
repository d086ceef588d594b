/** Pan and zoom as pure transform arithmetic: screen = layout × k + (x, y). */
import type { Rect } from './cull';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export const MIN_SCALE = 0.002;
export const MAX_SCALE = 3;

export function clampScale(k: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));
}

/** Zooms by factor keeping the screen point (px, py) fixed. */
export function zoomAround(t: Transform, factor: number, px: number, py: number): Transform {
  const k = clampScale(t.k * factor);
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}

export function panBy(t: Transform, dx: number, dy: number): Transform {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/** The transform that shows bounds whole inside a width × height viewport, with a margin. */
export function fitTransform(bounds: Rect, width: number, height: number, margin = 24, maxScale = 1): Transform {
  const [minX, minY, maxX, maxY] = bounds;
  const w = Math.max(1, maxX - minX);
  const h = Math.max(1, maxY - minY);
  const k = clampScale(Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, maxScale));
  return { k, x: (width - w * k) / 2 - minX * k, y: (height - h * k) / 2 - minY * k };
}

/** The transform that puts layout point (cx, cy) at the centre of the viewport at scale k. */
export function centreOn(cx: number, cy: number, k: number, width: number, height: number): Transform {
  const s = clampScale(k);
  return { k: s, x: width / 2 - cx * s, y: height / 2 - cy * s };
}

/** The layout-space rectangle a viewport shows. */
export function visibleRect(t: Transform, width: number, height: number): Rect {
  return [-t.x / t.k, -t.y / t.k, (width - t.x) / t.k, (height - t.y) / t.k];
}

/** The layout point at the centre of the viewport (what the URL records, so any screen size restores it). */
export function viewCentre(t: Transform, width: number, height: number): { x: number; y: number; k: number } {
  return { x: (width / 2 - t.x) / t.k, y: (height / 2 - t.y) / t.k, k: t.k };
}
