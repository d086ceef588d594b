/**
 * A matrix cell in the question's own words, with an icon for its state, so neither colour nor icon
 * carries the meaning alone: an answer, "Different answers: A; B", "Not reached: declared inadmissible" or "Not addressed".
 */
import type { CellState } from '@/lib/compare/matrix';

export const CELL_ICONS: Record<CellState, string> = { answered: '●', divided: '◐', 'not-reached': '○', none: '–' };

/** words: what the cell says; detail: an optional second line (what the deciding court pronounced, its level). */
export function CellWords({ state, words, detail }: { state: CellState; words: string; detail?: string }) {
  return (
    <span className={`cell-state ${state}`}>
      <span aria-hidden="true" className="cell-icon">
        {CELL_ICONS[state]}
      </span>
      {words}
      {detail ? <span className="cell-detail">{detail}</span> : null}
    </span>
  );
}
