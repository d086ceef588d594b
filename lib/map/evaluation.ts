/**
 * The argument-evaluation overlay on the map: the labels from /api/evaluation (lib/evaluation/corpus.ts
 * evaluationOverlay) turned into one code per laid-out node, which the canvas draws as a badge.
 * Shape and symbol carry the label as well as colour: in ✓ (circle), out ✕ (square), undecided ? (diamond).
 */
import type { MapData } from './encoding';

export type EvalLabel = 'in' | 'out' | 'undecided';
export type EvaluationLabels = Record<string, { label: EvalLabel; explanation: string }>;

/** Per node: 0 no label (questions, or not in the evaluation), then the codes below. */
export const EVAL_NONE = 0;
export const EVAL_ORDER: readonly EvalLabel[] = ['in', 'out', 'undecided'];
export const EVAL_STYLE: Record<EvalLabel, { code: number; symbol: string; shape: 'circle' | 'square' | 'diamond'; colour: string; word: string }> = {
  in: { code: 1, symbol: '✓', shape: 'circle', colour: '--eval-in', word: 'In' },
  out: { code: 2, symbol: '✕', shape: 'square', colour: '--eval-out', word: 'Out' },
  undecided: { code: 3, symbol: '?', shape: 'diamond', colour: '--eval-undecided', word: 'Undecided' },
};

/** One code per node of `data`, in its index order. */
export function evalCodesFor(data: Pick<MapData, 'ids'>, labels: EvaluationLabels): Uint8Array {
  const out = new Uint8Array(data.ids.length);
  data.ids.forEach((id, i) => {
    const l = labels[id];
    out[i] = l ? EVAL_STYLE[l.label].code : EVAL_NONE;
  });
  return out;
}

/** The label a code stands for. */
export function labelOfCode(code: number): EvalLabel | undefined {
  return EVAL_ORDER.find((l) => EVAL_STYLE[l].code === code);
}

/** An explanation without its leading "In: " / "Out: " / "Undecided: ", for views that show the label beside it. */
export function reasonOnly(explanation: string): string {
  return explanation.replace(/^(?:In|Out|Undecided): /, '');
}
