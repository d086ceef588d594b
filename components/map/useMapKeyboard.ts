'use client';
/**
 * The map's keyboard: arrows pan, plus and minus zoom, 0 fits, N/P (or ]/[) move the focus node by
 * node in reading order (each tree depth-first, top to bottom), Escape clears the focus.
 */
import { useMemo, type RefObject } from 'react';
import { LABEL_SCALE } from '@/lib/map/cull';
import type { MapData } from '@/lib/map/encoding';
import { HIDDEN } from '@/lib/map/filter';
import { centreOn, panBy, zoomAround, type Transform } from '@/lib/map/zoom';

const KEY_PAN = 80;

export interface MapKeyboardOptions {
  data: MapData;
  children: readonly (readonly number[])[];
  /** Where node i is drawn now. */
  position: (i: number) => [number, number];
  transform: RefObject<Transform | null>;
  size: RefObject<{ width: number; height: number }>;
  setTransform: (t: Transform) => void;
  fit: () => void;
  /** The current visibility and focus, read when a key is pressed. */
  current: () => { visible?: Uint8Array; focusIndex?: number };
  onFocusChange?: (id: string | undefined) => void;
}

/** Each tree depth-first, top to bottom: the order N and P walk. */
export function readingOrderOf(data: MapData, children: readonly (readonly number[])[]): number[] {
  const roots = data.parent.flatMap((p, i) => (p < 0 ? [i] : [])).sort((a, b) => data.y[a]! - data.y[b]!);
  const out: number[] = [];
  const stack = roots.reverse();
  while (stack.length) {
    const i = stack.pop()!;
    out.push(i);
    for (let c = children[i]!.length - 1; c >= 0; c--) stack.push(children[i]![c]!);
  }
  return out;
}

export function useMapKeyboard({ data, children, position, transform, size, setTransform, fit, current, onFocusChange }: MapKeyboardOptions) {
  const readingOrder = useMemo(() => readingOrderOf(data, children), [data, children]);

  /** Moves the focus to the next (+1) or previous (-1) shown node in reading order, bringing it into view. */
  const stepFocus = (dir: 1 | -1) => {
    const { visible: vis, focusIndex: fi } = current();
    const n = readingOrder.length;
    if (!n) return;
    let at = fi !== undefined ? readingOrder.indexOf(fi) : dir > 0 ? -1 : n;
    for (let tries = 0; tries < n; tries++) {
      at = (at + dir + n) % n;
      const i = readingOrder[at]!;
      if (vis && vis[i] === HIDDEN) continue;
      const t = transform.current;
      const { width, height } = size.current;
      if (t) {
        const [x, y] = position(i);
        const sx = x * t.k + t.x;
        const sy = y * t.k + t.y;
        if (t.k < LABEL_SCALE || sx < 40 || sx > width - 40 || sy < 40 || sy > height - 40) setTransform(centreOn(x, y, Math.max(t.k, 0.6), width, height));
      }
      onFocusChange?.(data.ids[i]);
      return;
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const t = transform.current;
    if (!t) return;
    const { width, height } = size.current;
    const step = e.shiftKey ? KEY_PAN * 4 : KEY_PAN;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => setTransform(panBy(t, step, 0)),
      ArrowRight: () => setTransform(panBy(t, -step, 0)),
      ArrowUp: () => setTransform(panBy(t, 0, step)),
      ArrowDown: () => setTransform(panBy(t, 0, -step)),
      '+': () => setTransform(zoomAround(t, 1.25, width / 2, height / 2)),
      '=': () => setTransform(zoomAround(t, 1.25, width / 2, height / 2)),
      '-': () => setTransform(zoomAround(t, 0.8, width / 2, height / 2)),
      '0': fit,
      Escape: () => onFocusChange?.(undefined),
      n: () => stepFocus(1),
      ']': () => stepFocus(1),
      p: () => stepFocus(-1),
      '[': () => stepFocus(-1),
    };
    const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  return onKeyDown;
}
