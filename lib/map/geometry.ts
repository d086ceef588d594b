/**
 * What each kind of node and link looks like, shared by the canvas renderer and the SVG export, so
 * both draw the same map. Colour is never the only cue: every node kind and stance has its own
 * shape and glyph, every relation its own dash pattern.
 */
import { MAP_NODE_KINDS, MAP_RELATIONS, NODE_HEIGHT, NODE_WIDTH, type MapData, type Stance } from './encoding';

export type Glyph = 'question' | 'position' | 'supports' | 'opposes' | 'undercuts' | 'fact' | 'argument';

/** The glyph of node i: its kind, or for an argument its stance. */
export function glyphOf(data: MapData, i: number): Glyph {
  const kind = MAP_NODE_KINDS[data.kind[i]!]!;
  if (kind !== 'argument') return kind;
  const r = MAP_RELATIONS[data.relation[i] ?? -1];
  return r === 'supports' || r === 'opposes' || r === 'undercuts' ? (r as Stance) : 'argument';
}

export const GLYPHS: Record<Glyph, { label: string; symbol: string; colour: string }> = {
  question: { label: 'Question', symbol: '?', colour: '--question' },
  position: { label: 'Position', symbol: '●', colour: '--position' },
  supports: { label: 'Argument for', symbol: '+', colour: '--support' },
  opposes: { label: 'Argument against', symbol: '−', colour: '--oppose' },
  undercuts: { label: 'Undercutter', symbol: '⤳', colour: '--undercut' },
  argument: { label: 'Argument', symbol: '•', colour: '--muted' },
  fact: { label: 'Fact', symbol: 'i', colour: '--fact' },
};

/** Shape outline of a glyph, as polygon points around (0,0) with radius r (a circle when null). */
export function glyphPolygon(g: Glyph, r: number): [number, number][] | null {
  switch (g) {
    case 'question':
      return [[-r, -r], [r, -r], [r, r], [-r, r]];
    case 'position':
    case 'argument':
      return null;
    case 'supports':
      return [[0, -r], [r, r * 0.8], [-r, r * 0.8]];
    case 'opposes':
      return [[-r, -r * 0.8], [r, -r * 0.8], [0, r]];
    case 'undercuts':
      return [[0, -r], [r, 0], [0, r], [-r, 0]];
    case 'fact':
      return Array.from({ length: 6 }, (_, i) => [r * Math.cos((Math.PI / 3) * i), r * Math.sin((Math.PI / 3) * i)] as [number, number]);
  }
}

export const RELATION_STYLE: Record<string, { colour: string; dash: number[]; label: string }> = {
  answers: { colour: '--muted', dash: [], label: 'answers' },
  'subquestion-of': { colour: '--muted', dash: [], label: 'sub-question of' },
  supports: { colour: '--support', dash: [], label: 'supports' },
  opposes: { colour: '--oppose', dash: [8, 5], label: 'opposes' },
  undercuts: { colour: '--undercut', dash: [2, 4], label: 'undercuts' },
  'relies-on-fact': { colour: '--fact', dash: [10, 4, 2, 4], label: 'relies on fact' },
};

/**
 * A tree edge from a parent's right side to a child's left side, as a cubic Bézier:
 * [x0, y0, c1x, c1y, c2x, c2y, x1, y1].
 */
export function treeEdge(px: number, py: number, cx: number, cy: number): number[] {
  const x0 = px + NODE_WIDTH / 2;
  const x1 = cx - NODE_WIDTH / 2;
  const mx = (x0 + x1) / 2;
  return [x0, py, mx, py, mx, cy, x1, cy];
}

/** A cross-link between two node centres, bowed to one side so it does not hide tree edges. */
export function crossEdge(ax: number, ay: number, bx: number, by: number): number[] {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  const bow = Math.min(200, len * 0.25);
  const mx = (ax + bx) / 2 - (dy / len) * bow;
  const my = (ay + by) / 2 + (dx / len) * bow;
  return [ax, ay, mx, my, mx, my, bx, by];
}

/** Splits a title into at most two lines of about `chars` characters, with an ellipsis if cut. */
export function wrapTitle(title: string, chars = 30): string[] {
  const words = title.split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const cur = lines[lines.length - 1]!;
    if (!cur) lines[lines.length - 1] = w;
    else if ((cur + ' ' + w).length <= chars) lines[lines.length - 1] = cur + ' ' + w;
    else if (lines.length < 2) lines.push(w);
    else {
      lines[1] = (lines[1]! + ' ' + w).slice(0, chars - 1).trimEnd() + '…';
      break;
    }
  }
  return lines.map((l) => (l.length > chars ? l.slice(0, chars - 1) + '…' : l));
}

export { NODE_HEIGHT, NODE_WIDTH };
