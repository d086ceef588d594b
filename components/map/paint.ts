/**
 * Drawing the argument map onto a 2D canvas context: one pure function of the scene (the laid-out
 * data, node positions, what is shown, lit and focused) and the transform, with no state of its
 * own, so the visible canvas, the overview canvas and any future export paint the same picture.
 * Edges are grouped by relation and fade, nodes by glyph and fade, so each group is one path.
 */
import { cullToViewport, detailAt, type SpatialGrid } from '@/lib/map/cull';
import { MAP_NODE_KINDS, MAP_RELATIONS, NODE_HEIGHT, NODE_WIDTH, type MapData } from '@/lib/map/encoding';
import { CONTEXT, HIDDEN } from '@/lib/map/filter';
import { EVAL_ORDER, EVAL_STYLE } from '@/lib/map/evaluation';
import { GLYPHS, RELATION_STYLE, crossEdge, glyphPolygon, treeEdge, wrapTitle, type Glyph } from '@/lib/map/geometry';
import { visibleRect, type Transform } from '@/lib/map/zoom';

/** The opacities a node is drawn at: lit or unfiltered, filter context, faded by a focus elsewhere. */
const FADES = [1, 0.4, 0.16] as const;

export interface MapScene {
  data: MapData;
  /** Where each node is drawn (the server's layout, or its relayout around collapsed branches). */
  x: readonly number[];
  y: readonly number[];
  /** Culling grid over x, y. */
  grid: SpatialGrid;
  children: readonly (readonly number[])[];
  glyphs: readonly Glyph[];
  /** Node indices, most important first: the order in which titles claim room when zoomed out (labelPriority). */
  priority: readonly number[];
  /** Wrapped title lines per node, filled as nodes are first drawn with labels. */
  wrapped: Map<number, string[]>;
  /** The page's colours by CSS custom property name. */
  colours: Record<string, string>;
  visible?: Uint8Array;
  lit?: ReadonlySet<number>;
  focusIndex?: number;
  collapsed?: ReadonlySet<string>;
  hiddenCounts?: readonly number[];
  evaluation?: Uint8Array;
}

/** The size of the titles drawn beside nodes when the map is zoomed out too far for titles inside the boxes. */
export const SCREEN_LABEL_PX = 12;
/** A screen label's widest extent, and how many labels a paint tries and draws at most. */
const SCREEN_LABEL_MAX_WIDTH = 220;
const SCREEN_LABEL_TRIES = 4000;
const SCREEN_LABEL_MAX = 600;

/** What a paint drew for reading: how many titles, the smallest font size in CSS pixels, and how many per node kind. */
export interface LabelReport {
  labels: number;
  labelPx: number;
  byKind: number[];
}

/** Questions first, then positions, arguments and facts; within a kind the shallower, then the earlier in the layout. */
export function labelPriority(data: MapData): number[] {
  return [...data.ids.keys()].sort((a, b) => data.kind[a]! - data.kind[b]! || data.depth[a]! - data.depth[b]! || a - b);
}

/**
 * Draws the scene at transform t into ctx (a width × height CSS-pixel area at `scale` device
 * pixels per CSS pixel), culled to that area, at the level of detail of t.k, on `background`
 * (transparent when undefined).
 */
export function paintMap(ctx: CanvasRenderingContext2D, scene: MapScene, t: Transform, width: number, height: number, scale: number, background: string | undefined, screenLabels = false): LabelReport {

  const { data, x, y, grid, children, glyphs, wrapped, colours: c, visible: vis, lit: litSet, focusIndex: fi, collapsed: coll, hiddenCounts: counts, evaluation: evalCodes } = scene;
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
  const inView = cullToViewport(grid, x, y, visibleRect(t, width, height));
  const px = 1 / t.k;

  // Edges: to each visible node's parent, and to children that are off screen.
  if (detail === 'dots') {
    ctx.beginPath();
    for (const i of inView) {
      const p = data.parent[i]!;
      if (p < 0 || !shown(i) || !shown(p)) continue;
      ctx.moveTo(x[p]! + NODE_WIDTH / 2, y[p]!);
      ctx.lineTo(x[i]! - NODE_WIDTH / 2, y[i]!);
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
      if (p >= 0 && shown(p)) add(data.relation[i]!, treeEdge(x[p]!, y[p]!, x[i]!, y[i]!), Math.min(alpha(i), alpha(p)));
      for (const ch of children[i]!) if (!inViewSet.has(ch) && shown(ch)) add(data.relation[ch]!, treeEdge(x[i]!, y[i]!, x[ch]!, y[ch]!), Math.min(alpha(i), alpha(ch)));
    }
    const crossCurves: [number, number[], number][] = [];
    for (let k = 0; k < data.cross.length; k += 3) {
      const a = data.cross[k]!;
      const b = data.cross[k + 1]!;
      if ((inViewSet.has(a) || inViewSet.has(b)) && shown(a) && shown(b)) crossCurves.push([data.cross[k + 2]!, crossEdge(x[a]!, y[a]!, x[b]!, y[b]!), Math.min(alpha(a), alpha(b))]);
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
      for (const i of list) ctx.fillRect(x[i]! - NODE_WIDTH / 2, y[i]! - h / 2, NODE_WIDTH, h);
      continue;
    }
    if (detail === 'labels') {
      ctx.fillStyle = c['--bg'] ?? '#fff';
      ctx.strokeStyle = fill;
      ctx.lineWidth = 2;
      ctx.beginPath();
      for (const i of list) ctx.roundRect(x[i]! - NODE_WIDTH / 2, y[i]! - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT, 6);
      ctx.fill();
      ctx.stroke();
    }
    ctx.fillStyle = fill;
    ctx.beginPath();
    const r = detail === 'labels' ? 9 : 24;
    for (const i of list) {
      const cx = detail === 'labels' ? x[i]! - NODE_WIDTH / 2 + 18 : x[i]!;
      const poly = glyphPolygon(g, r);
      if (!poly) {
        ctx.moveTo(cx + r, y[i]!);
        ctx.arc(cx, y[i]!, r, 0, Math.PI * 2);
      } else {
        ctx.moveTo(cx + poly[0]![0], y[i]! + poly[0]![1]);
        for (const [qx, qy] of poly.slice(1)) ctx.lineTo(cx + qx, y[i]! + qy);
        ctx.closePath();
      }
    }
    ctx.fill();
    if (detail === 'labels') {
      ctx.fillStyle = c['--fg'] ?? '#111';
      ctx.font = '14px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      for (const i of list) {
        let lines = wrapped.get(i);
        if (!lines) wrapped.set(i, (lines = wrapTitle(data.titles[i]!)));
        const y0 = y[i]! - (lines.length - 1) * 8.5;
        lines.forEach((line, l) => ctx.fillText(line, x[i]! - NODE_WIDTH / 2 + 34, y0 + l * 17));
        if (coll?.has(data.ids[i]!) && counts) {
          ctx.fillStyle = c['--accent'] ?? '#15c';
          ctx.fillText(`+${counts[i]}`, x[i]! + NODE_WIDTH / 2 + 6, y[i]!);
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
      ctx.strokeRect(x[i]! - NODE_WIDTH / 2 - 5, y[i]! - NODE_HEIGHT / 2 - 5, NODE_WIDTH + 10, NODE_HEIGHT + 10);
      ctx.fillText('community', x[i]! - NODE_WIDTH / 2, y[i]! - NODE_HEIGHT / 2 - 7);
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
          const bx = x[i]! + NODE_WIDTH / 2 - (detail === 'labels' ? 4 : r);
          const by = y[i]! - NODE_HEIGHT / 2 + (detail === 'labels' ? 4 : 0);
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
          for (const i of inView) if (evalCodes[i] === st.code && shown(i) && alpha(i) === fade) ctx.fillText(st.symbol, x[i]! + NODE_WIDTH / 2 - 4, y[i]! - NODE_HEIGHT / 2 + 5);
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
    ctx.roundRect(x[fi]! - NODE_WIDTH / 2 - 4, y[fi]! - NODE_HEIGHT / 2 - 4, NODE_WIDTH + 8, NODE_HEIGHT + 8, 8);
    ctx.stroke();
  }
  if (detail === 'labels') {
    let labels = 0;
    const byKind = MAP_NODE_KINDS.map(() => 0);
    for (const i of inView)
      if (shown(i)) {
        labels++;
        byKind[data.kind[i]!]!++;
      }
    return { labels, labelPx: 14 * t.k, byKind };
  }
  return screenLabels ? paintScreenLabels(ctx, scene, t, width, height, scale, inView, shown, alpha) : { labels: 0, labelPx: 0, byKind: [] };
}

/**
 * Titles beside the nodes at a fixed, readable size when the boxes are too small to hold them:
 * in priority order (questions, then positions, ...), each where it overlaps no title already
 * placed and stays on screen, cut to one line of at most SCREEN_LABEL_MAX_WIDTH pixels; the rest
 * appear as the reader zooms in and room frees up.
 */
function paintScreenLabels(
  ctx: CanvasRenderingContext2D,
  scene: MapScene,
  t: Transform,
  width: number,
  height: number,
  scale: number,
  inView: readonly number[],
  shown: (i: number) => boolean,
  alpha: (i: number) => number,
): LabelReport {
  const { data, x, y, priority, colours: c } = scene;
  const byKind = MAP_NODE_KINDS.map(() => 0);
  const candidate = new Uint8Array(data.ids.length);
  for (const i of inView) if (shown(i)) candidate[i] = 1;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = `${SCREEN_LABEL_PX}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const placed: [number, number, number, number][] = [];
  const cell = 64;
  const cells = new Map<number, number[]>();
  const cellsOf = (x0: number, y0: number, x1: number, y1: number, f: (k: number) => boolean | void) => {
    for (let cx = Math.floor(x0 / cell); cx <= Math.floor(x1 / cell); cx++) for (let cy = Math.floor(y0 / cell); cy <= Math.floor(y1 / cell); cy++) if (f(cx * 4096 + cy) === true) return true;
    return false;
  };
  const h = SCREEN_LABEL_PX + 4;
  // A question's title stops short of the next question to its right on the same line (trees packed
  // side by side put their questions level), so every question in view keeps its title.
  const questionKind = MAP_NODE_KINDS.indexOf('question');
  const questions: [number, number][] = [];
  for (const i of inView) if (candidate[i] && data.kind[i] === questionKind) questions.push([(x[i]! - NODE_WIDTH / 2) * t.k + t.x, y[i]! * t.k + t.y]);
  const roomRight = (ax: number, sy: number) => {
    let room = SCREEN_LABEL_MAX_WIDTH;
    for (const [qx, qy] of questions) if (qx > ax + 1 && Math.abs(qy - sy) < h) room = Math.min(room, qx - ax - 8);
    return Math.max(room, 48);
  };
  let tries = 0;
  let labels = 0;
  for (const i of priority) {
    if (!candidate[i]) continue;
    if (++tries > SCREEN_LABEL_TRIES || labels >= SCREEN_LABEL_MAX) break;
    // Left-aligned with the node's box, on its centre line; near the right edge, shifted left to stay on screen.
    const ax = (x[i]! - NODE_WIDTH / 2) * t.k + t.x;
    const sy = y[i]! * t.k + t.y;
    if (ax < -NODE_WIDTH * t.k || ax > width || sy < h / 2 || sy > height - h / 2) continue;
    let text = data.titles[i]!;
    const maxWidth = data.kind[i] === questionKind ? roomRight(ax, sy) : SCREEN_LABEL_MAX_WIDTH;
    const est = Math.min(maxWidth, text.length * SCREEN_LABEL_PX * 0.55);
    let sx = Math.max(2, Math.min(ax, width - est - 4));
    const box: [number, number, number, number] = [sx - 2, sy - h / 2, sx + est + 2, sy + h / 2];
    const hit = cellsOf(box[0], box[1], box[2], box[3], (k) => {
      for (const p of cells.get(k) ?? []) {
        const o = placed[p]!;
        if (o[0] < box[2] && box[0] < o[2] && o[1] < box[3] && box[1] < o[3]) return true;
      }
    });
    if (hit) continue;
    let w = ctx.measureText(text).width;
    if (w > maxWidth) {
      // One line: cut at a word boundary that fits (or, for a single long word, at a character), marked with an ellipsis.
      const words = text.split(' ');
      while (words.length > 1 && ctx.measureText(words.join(' ') + '…').width > maxWidth) words.pop();
      text = words.join(' ');
      while (text.length > 1 && ctx.measureText(text + '…').width > maxWidth) text = text.slice(0, -1);
      text += '…';
      w = ctx.measureText(text).width;
    }
    sx = Math.max(2, Math.min(ax, width - w - 4));
    box[0] = sx - 2;
    box[2] = sx + w + 2;
    const id = placed.push(box) - 1;
    cellsOf(box[0], box[1], box[2], box[3], (k) => {
      const list = cells.get(k);
      if (list) list.push(id);
      else cells.set(k, [id]);
    });
    ctx.globalAlpha = alpha(i);
    ctx.strokeStyle = c['--bg'] ?? '#fff';
    ctx.lineWidth = 3;
    ctx.strokeText(text, sx, sy);
    ctx.fillStyle = c['--fg'] ?? '#111';
    ctx.fillText(text, sx, sy);
    labels++;
    byKind[data.kind[i]!]!++;
  }
  ctx.globalAlpha = 1;
  return { labels, labelPx: labels ? SCREEN_LABEL_PX : 0, byKind };
}
