/** An outcome as icon, word and colour together, so colour never carries the meaning alone. */
import type { CellOutcome } from '@/lib/compare/matrix';
import { CELL_WORDS } from '@/lib/compare/matrix';

export const OUTCOME_ICONS: Record<CellOutcome, string> = { admitted: '●', excluded: '✕', mixed: '◐', open: '○', none: '–' };

/** outcome: what to show; detail: an optional second line (e.g. the deciding court's level). */
export function Outcome({ outcome, detail }: { outcome: CellOutcome; detail?: string }) {
  return (
    <span className={`outcome ${outcome}`}>
      <span aria-hidden="true" className="outcome-icon">
        {OUTCOME_ICONS[outcome]}
      </span>{' '}
      {CELL_WORDS[outcome]}
      {detail ? <span className="outcome-detail">{detail}</span> : null}
    </span>
  );
}
