'use client';
/**
 * Pan and zoom of the argument map: the transform, the two canvas layers that make moving cost no
 * painting, sizing to the box, wheel, drag and pinch input, and the animated reveal of a node.
 *
 * The visible canvas holds the viewport painted at full detail (opaque) at the transform `sharpAt`;
 * while the view moves, the browser's compositor scales and shifts that bitmap with a CSS
 * transform, and a second canvas under it, the whole map painted once at a modest scale
 * (`overview`), shows through wherever the moved bitmap leaves area it never painted. SETTLE_MS
 * after the last step the visible canvas is repainted sharp at the new view. Content changes
 * (filters, focus, colours, size, positions) mark both stale through `invalidate`.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { centreOn, fitTransform, panBy, viewCentre, zoomAround, type Transform } from '@/lib/map/zoom';
import type { Rect } from '@/lib/map/cull';

/** Repaint the sharp layer this long after the last pan or zoom step. */
const SETTLE_MS = 140;
/** Paint the overview this long after the content changed, off the path of the first paint. */
const OVERVIEW_DELAY_MS = 400;
/** The overview's size caps: at most 4 million pixels (16 MB) and 4096 on a side; layout units of margin. */
const OVERVIEW_MAX_AREA = 4_000_000;
const OVERVIEW_MAX_SIDE = 4096;
const OVERVIEW_MAX_K = 0.5;
const OVERVIEW_PAD = 64;
const CLICK_SLOP = 5;

/** Paints the map at t into ctx (width × height CSS pixels at `scale` device pixels each) on background. */
export type Painter = (ctx: CanvasRenderingContext2D, t: Transform, width: number, height: number, scale: number, background: string | undefined) => void;

export interface MapZoomOptions {
  wrapRef: RefObject<HTMLDivElement | null>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  overviewRef: RefObject<HTMLCanvasElement | null>;
  /** Changes whenever the data set changes: the first size after it places the view. */
  dataKey: unknown;
  /** The layout bounds to fit (read when fitting), and the initial view: a centre and scale, or undefined to fit. */
  bounds: () => Rect;
  initial: () => { x: number; y: number; k: number } | undefined;
  paint: Painter;
  /** The page's background colour (the sharp layer is opaque). */
  background: () => string;
  /** Called after each sharp paint (the caller records what it shows). */
  onPainted?: () => void;
  /** A click or tap without movement at a point of the surface (CSS pixels from its corner). */
  onTap: (sx: number, sy: number) => void;
  onZoomChange?: (zoom: { x: number; y: number; k: number }) => void;
}

export function useMapZoom({ wrapRef, canvasRef, overviewRef, dataKey, bounds, initial, paint, background, onPainted, onTap, onZoomChange }: MapZoomOptions) {
  const transform = useRef<Transform | null>(null);
  const size = useRef({ width: 0, height: 0 });
  const frame = useRef(0);
  const callbacks = useRef({ onTap, onZoomChange, onPainted, initial, background, bounds });
  callbacks.current = { onTap, onZoomChange, onPainted, initial, background, bounds };
  const layers = useRef<{ sharpAt: Transform | null; sharpStale: boolean; overviewAt: Transform | null; overviewStale: boolean }>({
    sharpAt: null,
    sharpStale: true,
    overviewAt: null,
    overviewStale: true,
  });

  /** Puts the overview canvas (one CSS pixel per bitmap pixel at its own scale) under the current view. */
  const placeOverview = useCallback(() => {
    const o = overviewRef.current;
    const oa = layers.current.overviewAt;
    const t = transform.current;
    if (!o || !oa || !t) return;
    const g = t.k / oa.k;
    o.style.transform = `matrix(${g},0,0,${g},${t.x - oa.x * g},${t.y - oa.y * g})`;
  }, [overviewRef]);

  const buildOverview = useCallback(() => {
    const L = layers.current;
    const canvas = overviewRef.current;
    if (!L.overviewStale || !canvas) return;
    const [minX, minY, maxX, maxY] = callbacks.current.bounds();
    const w = Math.max(1, maxX - minX) + 2 * OVERVIEW_PAD;
    const h = Math.max(1, maxY - minY) + 2 * OVERVIEW_PAD;
    const k = Math.min(OVERVIEW_MAX_K, OVERVIEW_MAX_SIDE / w, OVERVIEW_MAX_SIDE / h, Math.sqrt(OVERVIEW_MAX_AREA / (w * h)));
    const cw = Math.max(1, Math.ceil(w * k));
    const ch = Math.max(1, Math.ceil(h * k));
    if (canvas.width !== cw || canvas.height !== ch) {
      canvas.width = cw;
      canvas.height = ch;
      canvas.style.width = `${cw}px`;
      canvas.style.height = `${ch}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const at = { k, x: (OVERVIEW_PAD - minX) * k, y: (OVERVIEW_PAD - minY) * k };
    paint(ctx, at, cw, ch, 1, undefined);
    L.overviewAt = at;
    L.overviewStale = false;
    placeOverview();
  }, [paint, overviewRef, placeOverview]);

  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const t = transform.current;
    if (!canvas || !t) return;
    const L = layers.current;
    if (L.sharpStale || !L.sharpAt) {
      // Opaque: the compositor then skips whatever lies under it and does not blend it.
      const ctx = canvas.getContext('2d', { alpha: false });
      if (!ctx) return;
      const { width, height } = size.current;
      paint(ctx, t, width, height, window.devicePixelRatio || 1, callbacks.current.background());
      L.sharpAt = t;
      L.sharpStale = false;
      canvas.style.transform = '';
      callbacks.current.onPainted?.();
    } else {
      // Moving: the compositor shifts and scales the bitmap painted at sharpAt; nothing is painted.
      if (L.overviewStale) buildOverview();
      const dpr = window.devicePixelRatio || 1;
      const s = L.sharpAt;
      const f = t.k / s.k;
      // A pure pan moves by whole pixels, so the compositor copies the bitmap instead of resampling it.
      canvas.style.transform = s === t ? '' : f === 1 ? `translate(${Math.round((t.x - s.x) * dpr) / dpr}px,${Math.round((t.y - s.y) * dpr) / dpr}px)` : `matrix(${f},0,0,${f},${t.x - s.x * f},${t.y - s.y * f})`;
    }
    placeOverview();
    const wrap = wrapRef.current;
    if (wrap) wrap.dataset.transform = `${t.x.toFixed(2)},${t.y.toFixed(2)},${t.k.toFixed(5)}`;
    if (wrap && wrap.dataset.ready !== 'true') {
      wrap.dataset.ready = 'true';
      performance.mark('map-ready');
    }
  }, [paint, buildOverview, placeOverview, canvasRef, wrapRef]);

  /** Marks both layers stale (the view's content changed) and repaints; the overview follows when idle. */
  const overviewTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const invalidate = useCallback(() => {
    layers.current.sharpStale = true;
    layers.current.overviewStale = true;
    if (!frame.current) frame.current = requestAnimationFrame(draw);
    clearTimeout(overviewTimer.current);
    overviewTimer.current = setTimeout(buildOverview, OVERVIEW_DELAY_MS);
  }, [draw, buildOverview]);
  /** Repaints now, in this frame (a click's highlight), both layers marked stale. */
  const paintNow = useCallback(() => {
    layers.current.sharpStale = true;
    layers.current.overviewStale = true;
    draw();
  }, [draw]);
  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  const zoomTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const setTransform = useCallback(
    (t: Transform) => {
      transform.current = t;
      schedule();
      clearTimeout(settleTimer.current);
      settleTimer.current = setTimeout(() => {
        layers.current.sharpStale = true;
        schedule();
      }, SETTLE_MS);
      clearTimeout(zoomTimer.current);
      zoomTimer.current = setTimeout(() => callbacks.current.onZoomChange?.(viewCentre(t, size.current.width, size.current.height)), 250);
    },
    [schedule],
  );

  // Size the canvas to its box (and to the device pixel ratio); the first size places the view.
  useEffect(() => {
    const wrap = wrapRef.current;
    const canvas = canvasRef.current;
    if (!wrap || !canvas) return;
    // Each full paint is a long task on a slow phone, so the first one is not repeated: the first
    // size is painted in the next frame together with whatever the mount invalidated, and the
    // observer's first callback (the same size again) paints nothing.
    const resize = (now: boolean) => {
      const { width, height } = wrap.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      const pixels = [Math.round(width * dpr), Math.round(height * dpr)] as const;
      if (transform.current && canvas.width === pixels[0] && canvas.height === pixels[1] && size.current.width === width && size.current.height === height) return;
      size.current = { width, height };
      // Setting a canvas's size clears it: a resize repaints at once, so no frame shows it blank.
      canvas.width = pixels[0];
      canvas.height = pixels[1];
      if (!transform.current) {
        const at = callbacks.current.initial();
        transform.current = at ? centreOn(at.x, at.y, at.k, width, height) : fitTransform(callbacks.current.bounds(), width, height, 24, 0.9);
      }
      layers.current.sharpStale = true;
      if (now) draw();
      else schedule();
    };
    const observer = new ResizeObserver(() => resize(true));
    observer.observe(wrap);
    resize(false);
    return () => observer.disconnect();
    // Placement from the URL happens once per data set; later zoom changes come from the user.
  }, [dataKey]);

  useEffect(
    () => () => {
      clearTimeout(settleTimer.current);
      clearTimeout(overviewTimer.current);
      clearTimeout(zoomTimer.current);
    },
    [],
  );

  // Pointer input: one pointer pans, two pinch-zoom, a short press without movement is a tap.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let downAt: { x: number; y: number } | null = null;
    let moved = false;
    // The surface's page position, read once per gesture: reading it on every event would force a
    // style recalculation per event, since each frame of a move restyles the layers.
    let rect: DOMRect | null = null;
    let rectAt = -Infinity;
    const local = (e: PointerEvent | WheelEvent) => {
      if (!rect || e.timeStamp - rectAt > 250) rect = wrap.getBoundingClientRect();
      rectAt = e.timeStamp;
      const r = rect;
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const onWheel = (e: WheelEvent) => {
      if (!transform.current) return;
      e.preventDefault();
      const p = local(e);
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      setTransform(zoomAround(transform.current, Math.pow(2, -delta * (e.ctrlKey ? 0.01 : 0.002)), p.x, p.y));
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      // Capture keeps a drag going outside the map; a pointer the browser does not track (an
      // event dispatched by script or an assistive tool) cannot be captured, and needs no capture.
      try {
        wrap.setPointerCapture(e.pointerId);
      } catch {
        /* not an active pointer */
      }
      pointers.set(e.pointerId, local(e));
      if (pointers.size === 1) {
        downAt = local(e);
        moved = false;
      }
    };
    const onMove = (e: PointerEvent) => {
      const prev = pointers.get(e.pointerId);
      if (!prev || !transform.current) return;
      const p = local(e);
      if (pointers.size === 1) {
        if (downAt && Math.hypot(p.x - downAt.x, p.y - downAt.y) > CLICK_SLOP) moved = true;
        if (moved) setTransform(panBy(transform.current, p.x - prev.x, p.y - prev.y));
      } else if (pointers.size === 2) {
        moved = true;
        const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)![1];
        const before = Math.hypot(prev.x - other.x, prev.y - other.y) || 1;
        const after = Math.hypot(p.x - other.x, p.y - other.y) || 1;
        const mid = { x: (p.x + other.x) / 2, y: (p.y + other.y) / 2 };
        const t = panBy(transform.current, (p.x - prev.x) / 2, (p.y - prev.y) / 2);
        setTransform(zoomAround(t, after / before, mid.x, mid.y));
      }
      pointers.set(e.pointerId, p);
    };
    const onUp = (e: PointerEvent) => {
      const was = pointers.size;
      pointers.delete(e.pointerId);
      if (was === 1 && !moved && downAt) callbacks.current.onTap(downAt.x, downAt.y);
      if (pointers.size === 0) downAt = null;
    };
    wrap.addEventListener('wheel', onWheel, { passive: false });
    wrap.addEventListener('pointerdown', onDown);
    wrap.addEventListener('pointermove', onMove);
    wrap.addEventListener('pointerup', onUp);
    wrap.addEventListener('pointercancel', onUp);
    return () => {
      wrap.removeEventListener('wheel', onWheel);
      wrap.removeEventListener('pointerdown', onDown);
      wrap.removeEventListener('pointermove', onMove);
      wrap.removeEventListener('pointerup', onUp);
      wrap.removeEventListener('pointercancel', onUp);
    };
  }, [wrapRef, setTransform]);

  const fit = useCallback(() => {
    const { width, height } = size.current;
    setTransform(fitTransform(callbacks.current.bounds(), width, height, 24, 0.9));
  }, [setTransform]);
  const zoomBy = useCallback(
    (f: number) => {
      const t = transform.current;
      if (t) setTransform(zoomAround(t, f, size.current.width / 2, size.current.height / 2));
    },
    [setTransform],
  );

  /**
   * Moves the view to put layout point (x, y) in sight at scale at least minK, unless it is in
   * sight already: animated over 300 ms, or at once when the reader prefers reduced motion.
   * Returns a cancel function.
   */
  const reveal = useCallback(
    (x: number, y: number, minK: number): (() => void) => {
      const t = transform.current;
      if (!t) return () => {};
      const { width, height } = size.current;
      const sx = x * t.k + t.x;
      const sy = y * t.k + t.y;
      const k = Math.max(t.k, minK);
      if (k === t.k && sx > 40 && sx < width - 40 && sy > 40 && sy < height - 40) return () => {};
      const target = centreOn(x, y, k, width, height);
      if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
        setTransform(target);
        return () => {};
      }
      const start = performance.now();
      const from = t;
      let raf = 0;
      const step = (now: number) => {
        const p = Math.min(1, (now - start) / 300);
        const e = p * (2 - p);
        // Interpolate in log-scale so zooming in feels even.
        const k2 = Math.exp(Math.log(from.k) + (Math.log(target.k) - Math.log(from.k)) * e);
        const cx = (width / 2 - from.x) / from.k + (x - (width / 2 - from.x) / from.k) * e;
        const cy = (height / 2 - from.y) / from.k + (y - (height / 2 - from.y) / from.k) * e;
        setTransform(centreOn(cx, cy, k2, width, height));
        if (p < 1) raf = requestAnimationFrame(step);
      };
      raf = requestAnimationFrame(step);
      return () => cancelAnimationFrame(raf);
    },
    [setTransform],
  );

  return { transform, size, setTransform, invalidate, paintNow, fit, zoomBy, reveal };
}
