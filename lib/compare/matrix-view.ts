/** Plain, serialisable data for the matrix table and its ruling panel (the client component gets only this). */
import type { Answer, Source } from '@/lib/model/schema';
import { EVIDENCE_LABELS, dispositionWords, formatPinpoint, shownEvidence } from '@/lib/model/labels';
import { COURT_LEVEL_LABELS } from './courts';
import { answerLabel, columnLabel, type CellRuling, type CellState, type Matrix } from './matrix';

export interface RulingView {
  holding: string;
  court: string;
  level: string;
  /** The answer this ruling gives, in the question's words, and its id. */
  answer: string;
  answerId: string;
  /** Why the ruling did not decide the question (answer "not-reached"). */
  notReached: string | undefined;
  /** What the court pronounced, in words. */
  disposition: string;
  /** The ruling's effect on the evidence in words, only where it had one. */
  evidence: string | undefined;
  date: string;
  source: string;
  sourceTitle: string;
  ecli: string | undefined;
  pinpoint: string | undefined;
  /** Why there is no pinpoint, when the editors recorded it. */
  unpinned: string | undefined;
  summary: string;
  /** What the ruling does in the cell, in words. */
  role: string;
  verification: Source['verification']['status'] | undefined;
}

export interface CellView {
  /** "<question>~<column>": the value of the cell= URL parameter. */
  key: string;
  question: string;
  questionTitle: string;
  column: string;
  columnLabel: string;
  jurisdiction: string;
  state: CellState;
  /** The cell in the question's words: an answer, "Different answers: A; B", "Not reached: declared inadmissible" or "Not addressed". */
  words: string;
  /** What the deciding court pronounced, in words (e.g. "Declared inadmissible"). */
  disposition: string | undefined;
  /** The deciding court's level, in words. */
  level: string | undefined;
  reason: string;
  rulings: RulingView[];
}

export interface MatrixView {
  rows: { question: string; title: string; rulings: number }[];
  columns: { key: string; jurisdiction: string; name: string; label: string; level: string | undefined; rulings: number }[];
  cells: CellView[][];
}

export const cellKey = (question: string, column: string) => `${question}~${column}`;

function roleWords(r: CellRuling, holdingsById: ReadonlyMap<string, CellRuling>): string {
  switch (r.role) {
    case 'deciding':
      return 'Decides the cell';
    case 'conflicting':
      return 'Conflicts with the deciding ruling';
    case 'agreeing':
      return 'Agrees with the deciding ruling';
    case 'not-reached':
      return 'Did not decide the question';
    case 'settled-by-top-court':
      return 'Given before the top court’s answer, which settles the question';
    case 'superseded-on-appeal': {
      const by = r.supersededBy ? holdingsById.get(r.supersededBy) : undefined;
      const who = by ? ` by the ${by.court?.name ?? by.holding.court} (${by.holding.date})` : '';
      return `${r.appeal === 'upheld-by' ? 'Upheld' : 'Reversed'} on appeal${who}; the appeal ruling counts instead`;
    }
  }
}

export function matrixView(matrix: Matrix, sourceById: ReadonlyMap<string, Source>, answersOf: ReadonlyMap<string, readonly Answer[]> = new Map()): MatrixView {
  return {
    rows: matrix.rows.map((r) => ({ ...r })),
    columns: matrix.columns.map((c) => ({ key: c.key, jurisdiction: c.jurisdiction, name: c.name, label: columnLabel(c), level: c.level ? COURT_LEVEL_LABELS[c.level] : undefined, rulings: c.rulings })),
    cells: matrix.cells.map((row, i) =>
      row.map((cell, k) => {
        const col = matrix.columns[k]!;
        const byId = new Map(cell.rulings.map((r) => [r.holding.id, r]));
        const answers = answersOf.get(cell.question) ?? [];
        return {
          key: cellKey(cell.question, cell.column),
          question: cell.question,
          questionTitle: matrix.rows[i]!.title,
          column: cell.column,
          columnLabel: col.level ? `${col.name}, ${COURT_LEVEL_LABELS[col.level].toLowerCase()}s` : col.name,
          jurisdiction: col.jurisdiction,
          state: cell.state,
          words: cell.words,
          disposition: cell.deciding ? dispositionWords(cell.deciding) : undefined,
          level: cell.decidingCourt ? COURT_LEVEL_LABELS[cell.decidingCourt.level] : undefined,
          reason: cell.reason,
          rulings: cell.rulings.map((r) => {
            const s = sourceById.get(r.holding.source);
            return {
              holding: r.holding.id,
              court: r.court?.name ?? r.holding.court,
              level: r.court ? COURT_LEVEL_LABELS[r.court.level] : 'Court not in the hierarchy',
              answer: answerLabel(answers, r.holding.answer),
              answerId: r.holding.answer,
              notReached: r.holding.notReached,
              disposition: dispositionWords(r.holding),
              evidence: evidenceWords(r.holding),
              date: r.holding.date,
              source: r.holding.source,
              sourceTitle: s?.title ?? r.holding.source,
              ecli: s?.identifiers.ecli,
              pinpoint: r.holding.pinpoint ? formatPinpoint(r.holding.pinpoint) : undefined,
              unpinned: r.holding.unpinned,
              summary: r.holding.summary,
              role: roleWords(r, byId),
              verification: s?.verification.status,
            };
          }),
        };
      }),
    ),
  };
}

/** A holding's evidence effect in words, or undefined where the ruling had none (or could have none). */
export function evidenceWords(h: Parameters<typeof shownEvidence>[0]): string | undefined {
  const e = shownEvidence(h);
  return e ? EVIDENCE_LABELS[e].label : undefined;
}
