'use client';
/**
 * The argument map: draws what the server laid out (lib/map/layout.ts) on a canvas, culled to the
 * viewport with less detail when zoomed out, and pans and zooms by mouse, touch (pinch) and
 * keyboard. React owns the element; the drawing is imperative because a 10,000-node frame must
 * not go through reconciliation. Reusable (the embed route and exports render it too): it needs
 * only the data and the view, and reports focus and zoom through optional callbacks.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { buildGrid, cullToViewport, detailAt, LABEL_SCALE } from '@/lib/map/cull';
import { MAP_RELATIONS, NODE_HEIGHT, NODE_WIDTH, childrenOf, type MapData } from '@/lib/map/encoding';
import { CONTEXT, HIDDEN } from '@/lib/map/filter';
import { highlightFor } from '@/lib/map/focus';
import { EVAL_ORDER, EVAL_STYLE } from '@/lib/map/evaluation';
import { GLYPHS, RELATION_STYLE, crossEdge, glyphOf, glyphPolygon, treeEdge, wrapTitle, type Glyph } from '@/lib/map/geometry';
import { centreOn, fitTransform, panBy, visibleRect, viewCentre, zoomAround, type Transform } from '@/lib/map/zoom';

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

const KEY_PAN = 80;
/** The opacities a node is drawn at: lit or unfiltered, filter context, faded by a focus elsewhere. */
const FADES = [1, 0.4, 0.16] as const;
const CLICK_SLOP = 5;
/** Repaint the sharp layer this long after the last pan or zoom step. */
const SETTLE_MS = 140;
/** Paint the overview this long after the content changed, off the path of the first paint. */
const OVERVIEW_DELAY_MS = 400;
/** The overview's size caps: at most 4 million pixels (16 MB) and 4096 on a side; layout units of margin. */
const OVERVIEW_MAX_AREA = 4_000_000;
const OVERVIEW_MAX_SIDE = 4096;
const OVERVIEW_MAX_K = 0.5;
const OVERVIEW_PAD = 64;


export function ArgumentMap({ data, visible, focus, zoom, collapsed, hiddenCounts, evaluation, revealToken, label, onFocusChange, onZoomChange, onToggleCollapse }: ArgumentMapProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const transform = useRef<Transform | null>(null);
  const size = useRef({ width: 0, height: 0 });
  const frame = useRef(0);
  const callbacks = useRef({ onFocusChange, onZoomChange, onToggleCollapse });
  callbacks.current = { onFocusChange, onZoomChange, onToggleCollapse };
  const idIndex = useMemo(() => new Map(data.ids.map((id, i) => [id, i])), [data]);
  const grid = useMemo(() => buildGrid(data.x, data.y), [data]);
  const children = useMemo(() => childrenOf(data), [data]);
  // Reading order for moving the focus node by node from the keyboard: each tree depth-first, top to bottom.
  const readingOrder = useMemo(() => {
    const roots = data.parent.flatMap((p, i) => (p < 0 ? [i] : [])).sort((a, b) => data.y[a]! - data.y[b]!);
    const out: number[] = [];
    const stack = roots.reverse();
    while (stack.length) {
      const i = stack.pop()!;
      out.push(i);
      for (let c = children[i]!.length - 1; c >= 0; c--) stack.push(children[i]![c]!);
    }
    return out;
  }, [data, children]);
  const glyphs = useMemo(() => data.ids.map((_, i) => glyphOf(data, i)), [data]);
  const wrapped = useRef(new Map<number, string[]>());
  const focusIndex = focus !== undefined ? idIndex.get(focus) : undefined;
  const lit = useMemo(() => (focusIndex !== undefined ? highlightFor(data, children, focusIndex).lit : undefined), [data, children, focusIndex]);
  const state = useRef({ visible, lit, focusIndex, collapsed, hiddenCounts, evaluation });
  state.current = { visible, lit, focusIndex, collapsed, hiddenCounts, evaluation };
  const colours = useRef<Record<string, string>>({});

  /**
   * Draws the scene at transform t into ctx (a width × height CSS-pixel area at `scale` device
   * pixels per CSS pixel), culled to that area, at the level of detail of t.k, on `background`
   * (transparent when undefined).
   */
  const paint = useCallback(
    (ctx: CanvasRenderingContext2D, t: Transform, width: number, height: number, scale: number, background: string | undefined) => {
      const { visible: vis, lit: litSet, focusIndex: fi, collapsed: coll, hiddenCounts: counts, evaluation: evalCodes } = state.current;
      const c = colours.current;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      if (background) {
        ctx.fillStyle = background;
        ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      }
      ctx.setTransform(scale * t.k, 0, 0, scale * t.k, scale * t.x, scale * t.y);
      const detail = detailAt(t.k);
      const shown = (i: number) => !vis || vis[i] !== HIDDEN;
      const alpha = (i: number) => (litSet && !litSet.has(i) ? 0.16 : vis && vis[i] === CONTEXT ? 0.4 : 1);
      const inView = cullToViewport(grid, data.x, data.y, visibleRect(t, width, height));
      const px = 1 / t.k;

      // Edges: to each visible node's parent, and to children that are off screen.
      if (detail === 'dots') {
        ctx.beginPath();
        for (const i of inView) {
          const p = data.parent[i]!;
          if (p < 0 || !shown(i) || !shown(p)) continue;
          ctx.moveTo(data.x[p]! + NODE_WIDTH / 2, data.y[p]!);
          ctx.lineTo(data.x[i]! - NODE_WIDTH / 2, data.y[i]!);
        }
        ctx.strokeStyle = c['--line'] ?? '#ccc';
        ctx.lineWidth = px;
        ctx.globalAlpha = litSet ? 0.3 : 1;
        ctx.stroke();
      } else {
        const byRelation = new Map<number, number[][]>();
        const add = (r: number, curve: number[], a: number) => {
          const key = r * 4 + (a === 1 ? 0 : a > 0.3 ? 1 : 2);
          const list = byRelation.get(key);
          if (list) list.push(curve);
          else byRelation.set(key, [curve]);
        };
        const inViewSet = new Set(inView);
        for (const i of inView) {
          if (!shown(i)) continue;
          const p = data.parent[i]!;
          if (p >= 0 && shown(p)) add(data.relation[i]!, treeEdge(data.x[p]!, data.y[p]!, data.x[i]!, data.y[i]!), Math.min(alpha(i), alpha(p)));
          for (const ch of children[i]!) if (!inViewSet.has(ch) && shown(ch)) add(data.relation[ch]!, treeEdge(data.x[i]!, data.y[i]!, data.x[ch]!, data.y[ch]!), Math.min(alpha(i), alpha(ch)));
        }
        const crossCurves: [number, number[], number][] = [];
        for (let k = 0; k < data.cross.length; k += 3) {
          const a = data.cross[k]!;
          const b = data.cross[k + 1]!;
          if ((inViewSet.has(a) || inViewSet.has(b)) && shown(a) && shown(b)) crossCurves.push([data.cross[k + 2]!, crossEdge(data.x[a]!, data.y[a]!, data.x[b]!, data.y[b]!), Math.min(alpha(a), alpha(b))]);
        }
        ctx.lineWidth = 2 * Math.max(1, px * 0.75);
        for (const [key, curves] of byRelation) {
          const style = RELATION_STYLE[MAP_RELATIONS[Math.floor(key / 4)]!]!;
          ctx.strokeStyle = c[style.colour] ?? '#888';
          ctx.globalAlpha = [1, 0.4, 0.16][key % 4]!;
          ctx.setLineDash(style.dash);
          ctx.beginPath();
          for (const e of curves) {
            ctx.moveTo(e[0]!, e[1]!);
            ctx.bezierCurveTo(e[2]!, e[3]!, e[4]!, e[5]!, e[6]!, e[7]!);
          }
          ctx.stroke();
        }
        ctx.lineWidth = 1.5 * Math.max(1, px * 0.75);
        for (const [r, e, a] of crossCurves) {
          const style = RELATION_STYLE[MAP_RELATIONS[r]!]!;
          ctx.strokeStyle = c[style.colour] ?? '#888';
          ctx.globalAlpha = a * 0.7;
          ctx.setLineDash(style.dash);
          ctx.beginPath();
          ctx.moveTo(e[0]!, e[1]!);
          ctx.quadraticCurveTo(e[2]!, e[3]!, e[6]!, e[7]!);
          ctx.stroke();
        }
        ctx.setLineDash([]);
      }

      // Nodes, grouped by glyph and fade so each group is one fill.
      const groups = new Map<string, number[]>();
      for (const i of inView) {
        if (!shown(i)) continue;
        const key = glyphs[i]! + '|' + alpha(i);
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      }
      for (const [key, list] of groups) {
        const [g, a] = key.split('|') as [Glyph, string];
        const fill = c[GLYPHS[g].colour] ?? '#444';
        ctx.globalAlpha = Number(a);
        if (detail === 'dots') {
          ctx.fillStyle = fill;
          const h = Math.max(NODE_HEIGHT, 2 * px);
          for (const i of list) ctx.fillRect(data.x[i]! - NODE_WIDTH / 2, data.y[i]! - h / 2, NODE_WIDTH, h);
          continue;
        }
        if (detail === 'labels') {
          ctx.fillStyle = c['--bg'] ?? '#fff';
          ctx.strokeStyle = fill;
          ctx.lineWidth = 2;
          ctx.beginPath();
          for (const i of list) ctx.roundRect(data.x[i]! - NODE_WIDTH / 2, data.y[i]! - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT, 6);
          ctx.fill();
          ctx.stroke();
        }
        ctx.fillStyle = fill;
        ctx.beginPath();
        const r = detail === 'labels' ? 9 : 24;
        for (const i of list) {
          const cx = detail === 'labels' ? data.x[i]! - NODE_WIDTH / 2 + 18 : data.x[i]!;
          const poly = glyphPolygon(g, r);
          if (!poly) {
            ctx.moveTo(cx + r, data.y[i]!);
            ctx.arc(cx, data.y[i]!, r, 0, Math.PI * 2);
          } else {
            ctx.moveTo(cx + poly[0]![0], data.y[i]! + poly[0]![1]);
            for (const [qx, qy] of poly.slice(1)) ctx.lineTo(cx + qx, data.y[i]! + qy);
            ctx.closePath();
          }
        }
        ctx.fill();
        if (detail === 'labels') {
          ctx.fillStyle = c['--fg'] ?? '#111';
          ctx.font = '14px system-ui, sans-serif';
          ctx.textBaseline = 'middle';
          for (const i of list) {
            let lines = wrapped.current.get(i);
            if (!lines) wrapped.current.set(i, (lines = wrapTitle(data.titles[i]!)));
            const y0 = data.y[i]! - (lines.length - 1) * 8.5;
            lines.forEach((line, l) => ctx.fillText(line, data.x[i]! - NODE_WIDTH / 2 + 34, y0 + l * 17));
            if (coll?.has(data.ids[i]!) && counts) {
              ctx.fillStyle = c['--accent'] ?? '#15c';
              ctx.fillText(`+${counts[i]}`, data.x[i]! + NODE_WIDTH / 2 + 6, data.y[i]!);
              ctx.fillStyle = c['--fg'] ?? '#111';
            }
          }
        }
      }
      ctx.globalAlpha = 1;
      // Community contributions: a dashed frame around the node and a "community" tag above it.
      if (data.community && detail === 'labels') {
        ctx.strokeStyle = c['--accent'] ?? '#15c';
        ctx.fillStyle = c['--accent'] ?? '#15c';
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.font = '12px system-ui, sans-serif';
        ctx.textBaseline = 'bottom';
        for (const i of data.community) {
          if (!shown(i)) continue;
          ctx.strokeRect(data.x[i]! - NODE_WIDTH / 2 - 5, data.y[i]! - NODE_HEIGHT / 2 - 5, NODE_WIDTH + 10, NODE_HEIGHT + 10);
          ctx.fillText('community', data.x[i]! - NODE_WIDTH / 2, data.y[i]! - NODE_HEIGHT / 2 - 7);
        }
        ctx.setLineDash([]);
      }
      // Evaluation badges at each node's top-right corner: shape and symbol as well as colour.
      if (evalCodes && detail !== 'dots') {
        const r = detail === 'labels' ? 11 : 26;
        // Faded with their nodes (a focus or a filter fades the rest), one fill per label and fade.
        for (const label of EVAL_ORDER)
          for (const fade of FADES) {
            const st = EVAL_STYLE[label];
            ctx.globalAlpha = fade;
            ctx.fillStyle = c[st.colour] ?? '#555';
            ctx.beginPath();
            for (const i of inView) {
              if (evalCodes[i] !== st.code || !shown(i) || alpha(i) !== fade) continue;
              const bx = data.x[i]! + NODE_WIDTH / 2 - (detail === 'labels' ? 4 : r);
              const by = data.y[i]! - NODE_HEIGHT / 2 + (detail === 'labels' ? 4 : 0);
              ctx.moveTo(bx + r, by);
              if (st.shape === 'circle') ctx.arc(bx, by, r, 0, Math.PI * 2);
              else if (st.shape === 'square') ctx.rect(bx - r * 0.85, by - r * 0.85, r * 1.7, r * 1.7);
              else {
                ctx.lineTo(bx, by + r);
                ctx.lineTo(bx - r, by);
                ctx.lineTo(bx, by - r);
                ctx.closePath();
              }
            }
            ctx.fill();
            if (detail === 'labels') {
              ctx.fillStyle = c['--bg'] ?? '#fff';
              ctx.font = 'bold 13px system-ui, sans-serif';
              ctx.textAlign = 'center';
              ctx.textBaseline = 'middle';
              for (const i of inView) if (evalCodes[i] === st.code && shown(i) && alpha(i) === fade) ctx.fillText(st.symbol, data.x[i]! + NODE_WIDTH / 2 - 4, data.y[i]! - NODE_HEIGHT / 2 + 5);
              ctx.textAlign = 'start';
            }
          }
        ctx.globalAlpha = 1;
      }
      // The focused node: a thick ring in the focus colour, plus its title even when zoomed out.
      if (fi !== undefined && shown(fi)) {
        ctx.strokeStyle = c['--focus'] ?? '#b3471d';
        ctx.lineWidth = Math.max(4, 3 * px);
        ctx.beginPath();
        ctx.roundRect(data.x[fi]! - NODE_WIDTH / 2 - 4, data.y[fi]! - NODE_HEIGHT / 2 - 4, NODE_WIDTH + 8, NODE_HEIGHT + 8, 8);
        ctx.stroke();
      }
    },
    [data, grid, children, glyphs],
  );

  /**
   * Pan and zoom cost no painting, whatever the size of the map: the visible canvas holds the
   * viewport painted at full detail (opaque) at the transform `sharpAt`; while the view moves, the
   * browser's compositor scales and shifts that bitmap with a CSS transform, and a second canvas
   * under it, the whole map painted once at a modest scale (`overview`), shows through wherever the
   * moved bitmap leaves area it never painted. SETTLE_MS after the last step the visible canvas is
   * repainted sharp at the new view. Content changes (filters, focus, colours, size) mark both stale.
   */
  const overviewRef = useRef<HTMLCanvasElement>(null);
  const layers = useRef<{ sharpAt: Transform | null; sharpStale: boolean; overviewAt: Transform | null; overviewStale: boolean }>({
    sharpAt: null,
    sharpStale: true,
    overviewAt: null,
    overviewStale: true,
  });

  const buildOverview = useCallback(() => {
    const L = layers.current;
    const canvas = overviewRef.current;
    if (!L.overviewStale || !canvas) return;
    const [minX, minY, maxX, maxY] = data.bounds;
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
  }, [data, paint]);

  /** Puts the overview canvas (one CSS pixel per bitmap pixel at its own scale) under the current view. */
  const placeOverview = () => {
    const o = overviewRef.current;
    const oa = layers.current.overviewAt;
    const t = transform.current;
    if (!o || !oa || !t) return;
    const g = t.k / oa.k;
    o.style.transform = `matrix(${g},0,0,${g},${t.x - oa.x * g},${t.y - oa.y * g})`;
  };

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
      paint(ctx, t, width, height, window.devicePixelRatio || 1, colours.current['--bg'] || '#fff');
      L.sharpAt = t;
      L.sharpStale = false;
      canvas.style.transform = '';
      // Which focus the visible picture shows (the benchmark times click → highlight painted by it).
      const fi = state.current.focusIndex;
      if (wrapRef.current) wrapRef.current.dataset.paintedFocus = fi !== undefined ? data.ids[fi] : '';
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
  }, [data, paint, buildOverview]);

  /** Marks both layers stale (the view's content changed) and repaints; the overview follows when idle. */
  const overviewTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const invalidate = useCallback(() => {
    layers.current.sharpStale = true;
    layers.current.overviewStale = true;
    if (!frame.current) frame.current = requestAnimationFrame(draw);
    clearTimeout(overviewTimer.current);
    overviewTimer.current = setTimeout(buildOverview, OVERVIEW_DELAY_MS);
  }, [draw, buildOverview]);
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
    const styles = getComputedStyle(wrap);
    const readColours = () => {
      for (const v of ['--bg', '--fg', '--line', '--muted', '--accent', '--focus', '--question', '--position', '--support', '--oppose', '--undercut', '--fact', '--eval-in', '--eval-out', '--eval-undecided']) colours.current[v] = styles.getPropertyValue(v).trim();
    };
    readColours();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => {
      readColours();
      invalidate();
    };
    scheme.addEventListener('change', onScheme);
    const resize = () => {
      const { width, height } = wrap.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      size.current = { width, height };
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      if (!transform.current) {
        const fi = focus !== undefined ? idIndex.get(focus) : undefined;
        transform.current = zoom
          ? centreOn(zoom.x, zoom.y, zoom.k, width, height)
          : fi !== undefined
            ? centreOn(data.x[fi]!, data.y[fi]!, 0.8, width, height)
            : fitTransform(data.bounds, width, height, 24, 0.9);
      }
      layers.current.sharpStale = true;
      draw();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(wrap);
    resize();
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', onScheme);
    };
    // Placement from the URL happens once per data set; later zoom changes come from the user.
  }, [data]);

  useEffect(() => {
    wrapped.current.clear();
  }, [data]);
  useEffect(() => invalidate(), [visible, lit, collapsed, evaluation, invalidate]);
  useEffect(
    () => () => {
      clearTimeout(settleTimer.current);
      clearTimeout(overviewTimer.current);
      clearTimeout(zoomTimer.current);
    },
    [],
  );

  // Re-centre on the focused node when asked (search result, outline move), unless it is in view.
  useEffect(() => {
    if (revealToken === undefined || focusIndex === undefined || !transform.current) return;
    const { width, height } = size.current;
    const t = transform.current;
    const sx = data.x[focusIndex]! * t.k + t.x;
    const sy = data.y[focusIndex]! * t.k + t.y;
    const k = Math.max(t.k, 0.6);
    if (k === t.k && sx > 40 && sx < width - 40 && sy > 40 && sy < height - 40) return;
    const target = centreOn(data.x[focusIndex]!, data.y[focusIndex]!, k, width, height);
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduce) return setTransform(target);
    const start = performance.now();
    const from = t;
    let raf = 0;
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 300);
      const e = p * (2 - p);
      // Interpolate in log-scale so zooming in feels even.
      const k2 = Math.exp(Math.log(from.k) + (Math.log(target.k) - Math.log(from.k)) * e);
      const cx = (width / 2 - from.x) / from.k + (data.x[focusIndex]! - (width / 2 - from.x) / from.k) * e;
      const cy = (height / 2 - from.y) / from.k + (data.y[focusIndex]! - (height / 2 - from.y) / from.k) * e;
      setTransform(centreOn(cx, cy, k2, width, height));
      if (p < 1) raf = requestAnimationFrame(step);
    };
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [revealToken]);

  // Pointer input: one pointer pans, two pinch-zoom, a short press without movement is a click.
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
      if (was === 1 && !moved && downAt) hit(downAt.x, downAt.y);
      if (pointers.size === 0) downAt = null;
    };
    const hit = (sx: number, sy: number) => {
      const t = transform.current;
      if (!t) return;
      const lx = (sx - t.x) / t.k;
      const ly = (sy - t.y) / t.k;
      const slack = 6 / t.k;
      const candidates = cullToViewport(grid, data.x, data.y, [lx - slack, ly - slack, lx + slack, ly + slack]);
      const { visible: vis, collapsed: coll } = state.current;
      let found: number | undefined;
      for (const i of candidates) {
        if (vis && vis[i] === HIDDEN) continue;
        const dx = Math.abs(lx - data.x[i]!);
        const dy = Math.abs(ly - data.y[i]!);
        if (dx <= NODE_WIDTH / 2 + slack && dy <= NODE_HEIGHT / 2 + slack) found = i;
      }
      if (found !== undefined && detailAt(t.k) === 'labels' && coll?.has(data.ids[found]!) && lx > data.x[found]! + NODE_WIDTH / 2) {
        callbacks.current.onToggleCollapse?.(data.ids[found]!);
        return;
      }
      // Light the path now, in this frame, rather than after the round trip through the page's state;
      // the re-render that follows paints the same picture.
      if (found !== undefined && found !== state.current.focusIndex) {
        state.current = { ...state.current, focusIndex: found, lit: highlightFor(data, children, found).lit };
        layers.current.sharpStale = true;
        layers.current.overviewStale = true;
        draw();
      }
      callbacks.current.onFocusChange?.(found !== undefined ? data.ids[found] : undefined);
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
  }, [data, grid, children, draw, setTransform]);

  const fit = useCallback(() => {
    const { width, height } = size.current;
    setTransform(fitTransform(data.bounds, width, height, 24, 0.9));
  }, [data, setTransform]);

  /** Moves the focus to the next (+1) or previous (-1) shown node in reading order, bringing it into view. */
  const stepFocus = (dir: 1 | -1) => {
    const { visible: vis, focusIndex: fi } = state.current;
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
        const sx = data.x[i]! * t.k + t.x;
        const sy = data.y[i]! * t.k + t.y;
        if (t.k < LABEL_SCALE || sx < 40 || sx > width - 40 || sy < 40 || sy > height - 40) setTransform(centreOn(data.x[i]!, data.y[i]!, Math.max(t.k, 0.6), width, height));
      }
      callbacks.current.onFocusChange?.(data.ids[i]);
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
      Escape: () => callbacks.current.onFocusChange?.(undefined),
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

  const zoomBy = (f: number) => {
    const t = transform.current;
    if (t) setTransform(zoomAround(t, f, size.current.width / 2, size.current.height / 2));
  };

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

