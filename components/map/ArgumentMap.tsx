'use client';
/**
 * The argument map: draws what the server laid out (lib/map/layout.ts) on a canvas, culled to the
 * viewport with less detail when zoomed out, and pans and zooms by mouse, touch (pinch) and
 * keyboard. React owns the element; the drawing is imperative because a 10,000-node frame must
 * not go through reconciliation. Reusable (the embed route and exports render it too): it needs
 * only the data and the view, and reports focus and zoom through optional callbacks.
 *
 * The parts: the scene and what is lit (here), drawing (paint.ts), pan, zoom and the canvas layers
 * (useMapZoom.ts), the keyboard (useMapKeyboard.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { buildGrid, cullToViewport, detailAt, type Rect, type SpatialGrid } from '@/lib/map/cull';
import { NODE_HEIGHT, NODE_WIDTH, childrenOf, type MapData } from '@/lib/map/encoding';
import { HIDDEN } from '@/lib/map/filter';
import { highlightFor } from '@/lib/map/focus';
import { glyphOf } from '@/lib/map/geometry';
import { labelPriority, paintMap, type MapScene } from './paint';
import { useMapKeyboard } from './useMapKeyboard';
import { useMapZoom, type Painter } from './useMapZoom';

export interface ArgumentMapProps {
  /** The laid-out map from the server. */
  data: MapData;
  /** Per node HIDDEN / CONTEXT / MATCH (lib/map/filter.ts visibility); everything shown when absent. */
  visible?: Uint8Array;
  /** Id of the focused node: its path and neighbours are lit, the rest faded. */
  focus?: string;
  /** Initial zoom: the layout point at the viewport's centre and the scale (from the URL). */
  zoom?: { x: number; y: number; k: number };
  /** Collapsed subtree roots (ids), drawn with a "+N" badge. */
  collapsed?: ReadonlySet<string>;
  /** Descendant counts per node, for the badge (lib/map/filter.ts descendantCounts). */
  hiddenCounts?: readonly number[];
  /** Evaluation overlay: per node 0 (no label) or a code from lib/map/evaluation.ts, drawn as a badge. */
  evaluation?: Uint8Array;
  /** Changing this number re-centres the map on the focused node (after a search or outline move). */
  revealToken?: number;
  /** Accessible name of the map region. */
  label?: string;
  onFocusChange?: (id: string | undefined) => void;
  onZoomChange?: (zoom: { x: number; y: number; k: number }) => void;
  onToggleCollapse?: (id: string) => void;
}

/** The custom properties the canvas paints with, read from the page's styles. */
/** How long a relayout (collapse, expand) moves the nodes to their new places. */
const RELAYOUT_MS = 320;

/** Where the nodes are drawn now, and the culling grid over those places. */
interface Placed {
  x: readonly number[];
  y: readonly number[];
  bounds: Rect;
  grid: SpatialGrid;
}

const COLOUR_VARS = ['--bg', '--fg', '--line', '--muted', '--accent', '--focus', '--question', '--position', '--support', '--oppose', '--undercut', '--fact', '--eval-in', '--eval-out', '--eval-undecided'];

export function ArgumentMap({ data, visible, focus, zoom, collapsed, hiddenCounts, evaluation, revealToken, label, onFocusChange, onZoomChange, onToggleCollapse }: ArgumentMapProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overviewRef = useRef<HTMLCanvasElement>(null);
  const callbacks = useRef({ onFocusChange, onToggleCollapse });
  callbacks.current = { onFocusChange, onToggleCollapse };
  const idIndex = useMemo(() => new Map(data.ids.map((id, i) => [id, i])), [data]);
  const children = useMemo(() => childrenOf(data), [data]);
  const glyphs = useMemo(() => data.ids.map((_, i) => glyphOf(data, i)), [data]);
  const priority = useMemo(() => labelPriority(data), [data]);
  // The server's places; a collapse moves nodes to a relayout's places (below), read at paint time.
  const serverPlaced = useMemo<Placed>(() => ({ x: data.x, y: data.y, bounds: data.bounds, grid: buildGrid(data.x, data.y) }), [data]);
  const pos = useRef<Placed>(serverPlaced);
  if (pos.current.x.length !== data.ids.length) pos.current = serverPlaced;
  const wrapped = useMemo(() => new Map<number, string[]>(), [data]);
  const colours = useRef<Record<string, string>>({});
  const focusIndex = focus !== undefined ? idIndex.get(focus) : undefined;
  const lit = useMemo(() => (focusIndex !== undefined ? highlightFor(data, children, focusIndex).lit : undefined), [data, children, focusIndex]);
  // What is shown, lit and focused: read by the painter at paint time (a click updates it before React re-renders).
  const state = useRef({ visible, lit, focusIndex, collapsed, hiddenCounts, evaluation });
  state.current = { visible, lit, focusIndex, collapsed, hiddenCounts, evaluation };

  const paint = useCallback<Painter>(
    (ctx, t, width, height, scale, background) => {
      const { x, y, grid } = pos.current;
      const scene: MapScene = { data, x, y, grid, children, glyphs, wrapped, priority, colours: colours.current, ...state.current };
      // Screen-space labels only on the visible canvas: the overview is scaled by the compositor.
      const drawn = paintMap(ctx, scene, t, width, height, scale, background, background !== undefined);
      if (background !== undefined) lastLabels.current = drawn;
    },
    [data, children, glyphs, wrapped, priority],
  );
  const lastLabels = useRef<ReturnType<typeof paintMap>>({ labels: 0, labelPx: 0, byKind: [] });

  /** A tap on the surface: toggles a collapsed badge, or focuses the node under it (or nothing). */
  const onTap = (sx: number, sy: number) => {
    const t = transform.current;
    if (!t) return;
    const lx = (sx - t.x) / t.k;
    const ly = (sy - t.y) / t.k;
    const slack = 6 / t.k;
    const placed = pos.current;
    const candidates = cullToViewport(placed.grid, placed.x, placed.y, [lx - slack, ly - slack, lx + slack, ly + slack]);
    const { visible: vis, collapsed: coll } = state.current;
    let found: number | undefined;
    for (const i of candidates) {
      if (vis && vis[i] === HIDDEN) continue;
      const dx = Math.abs(lx - placed.x[i]!);
      const dy = Math.abs(ly - placed.y[i]!);
      if (dx <= NODE_WIDTH / 2 + slack && dy <= NODE_HEIGHT / 2 + slack) found = i;
    }
    if (found !== undefined && detailAt(t.k) === 'labels' && coll?.has(data.ids[found]!) && lx > placed.x[found]! + NODE_WIDTH / 2) {
      callbacks.current.onToggleCollapse?.(data.ids[found]!);
      return;
    }
    // Light the path now, in this frame, rather than after the round trip through the page's state;
    // the re-render that follows paints the same picture.
    if (found !== undefined && found !== state.current.focusIndex) {
      state.current = { ...state.current, focusIndex: found, lit: highlightFor(data, children, found).lit };
      paintNow();
    }
    callbacks.current.onFocusChange?.(found !== undefined ? data.ids[found] : undefined);
  };

  const { transform, size, setTransform, invalidate, paintNow, fit, zoomBy, reveal } = useMapZoom({
    wrapRef,
    canvasRef,
    overviewRef,
    dataKey: data,
    bounds: () => pos.current.bounds,
    initial: () => {
      if (zoom) return zoom;
      const fi = focus !== undefined ? idIndex.get(focus) : undefined;
      return fi !== undefined ? { x: pos.current.x[fi]!, y: pos.current.y[fi]!, k: 0.8 } : undefined;
    },
    paint,
    background: () => colours.current['--bg'] || '#fff',
    onPainted: () => {
      // Which focus the visible picture shows (the benchmark times click → highlight painted by it).
      const fi = state.current.focusIndex;
      const wrap = wrapRef.current;
      if (!wrap) return;
      wrap.dataset.paintedFocus = fi !== undefined ? data.ids[fi] : '';
      // What the reader can read: how many titles are drawn, at what size, per kind (tests measure it).
      const l = lastLabels.current;
      wrap.dataset.labels = String(l.labels);
      wrap.dataset.labelPx = l.labelPx.toFixed(1);
      wrap.dataset.labelKinds = l.byKind.join(',');
    },
    onTap,
    onZoomChange,
  });

  const onKeyDown = useMapKeyboard({
    data,
    children,
    position: (i) => [pos.current.x[i]!, pos.current.y[i]!],
    transform,
    size,
    setTransform,
    fit,
    current: () => state.current,
    onFocusChange: (id) => callbacks.current.onFocusChange?.(id),
  });

  // The page's colours, read before the first paint and again when the colour scheme changes.
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const styles = getComputedStyle(wrap);
    const readColours = () => {
      for (const v of COLOUR_VARS) colours.current[v] = styles.getPropertyValue(v).trim();
    };
    readColours();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => {
      readColours();
      invalidate();
    };
    scheme.addEventListener('change', onScheme);
    return () => scheme.removeEventListener('change', onScheme);
  }, [invalidate]);

  useEffect(() => invalidate(), [visible, lit, collapsed, evaluation, invalidate]);

  // Collapse and expand lay the forest out again without the hidden branches (lib/map/relayout.ts,
  // loaded on the first collapse), and the nodes move to their new places, at once when the
  // reader prefers reduced motion.
  useEffect(() => {
    let cancelled = false;
    let raf = 0;
    const moveTo = (to: { x: readonly number[]; y: readonly number[]; bounds: Rect }) => {
      if (cancelled) return;
      const from = pos.current;
      const done = () => {
        pos.current = { ...to, grid: to.x === data.x ? serverPlaced.grid : buildGrid(to.x, to.y) };
        invalidate();
        if (wrapRef.current) wrapRef.current.dataset.layout = to.x === data.x ? 'server' : 'relayout';
      };
      if (from.x === to.x || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return done();
      const start = performance.now();
      const n = data.ids.length;
      const step = (now: number) => {
        if (cancelled) return;
        const p = Math.min(1, (now - start) / RELAYOUT_MS);
        if (p >= 1) return done();
        const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
        const x = new Array<number>(n);
        const y = new Array<number>(n);
        for (let i = 0; i < n; i++) {
          x[i] = from.x[i]! + (to.x[i]! - from.x[i]!) * e;
          y[i] = from.y[i]! + (to.y[i]! - from.y[i]!) * e;
        }
        pos.current = { x, y, bounds: to.bounds, grid: buildGrid(x, y) };
        invalidate();
        raf = requestAnimationFrame(step);
      };
      raf = requestAnimationFrame(step);
    };
    if (!collapsed || collapsed.size === 0) moveTo(serverPlaced);
    else import('@/lib/map/relayout').then(({ relayout }) => moveTo(relayout(data, children, collapsed)));
    return () => {
      cancelled = true;
      cancelAnimationFrame(raf);
    };
  }, [data, children, collapsed, serverPlaced, invalidate]);

  // Re-centre on the focused node when asked (search result, outline move), unless it is in view.
  useEffect(() => {
    if (revealToken === undefined || focusIndex === undefined) return;
    return reveal(pos.current.x[focusIndex]!, pos.current.y[focusIndex]!, 0.6);
  }, [revealToken]);

  return (
    <div className="argument-map">
      <div
        ref={wrapRef}
        className="argument-map-surface"
        role="application"
        aria-roledescription="argument map"
        aria-label={label ?? 'Argument map'}
        aria-describedby="argument-map-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-nodes={data.ids.length}
      >
        <canvas ref={overviewRef} className="argument-map-overview" aria-hidden="true" />
        <canvas ref={canvasRef} className="argument-map-sharp" aria-hidden="true" />
      </div>
      <p id="argument-map-keys" className="visually-hidden">
        Drag or use the arrow keys to pan, the wheel, a pinch or plus and minus to zoom, 0 to fit the whole map, N and P (or ] and [) to focus the next or previous node, Escape to clear the focus. The outline lists the same nodes for reading.
      </p>
      <div className="argument-map-zoom no-print" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.4)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.4)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={fit}>
          Fit
        </button>
      </div>
    </div>
  );
}
