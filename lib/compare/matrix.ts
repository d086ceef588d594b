/**
 * The jurisdiction matrix: questions × jurisdictions (optionally × court level), each cell the
 * outcome derived from holdings only, never typed by hand.
 *
 * How a cell is derived from several holdings (deriveCell, a pure function; also shown on /matrix):
 * 1. No holding: the cell is empty ("not addressed in the corpus").
 * 2. A holding that left the question open does not answer it. If every holding is "open", so is the cell.
 * 3. A holding is superseded when its ruling was reversed or upheld on appeal by a ruling that itself
 *    holds on the same question in the same jurisdiction (the appeal court answered the question;
 *    an appeal decided on other grounds supersedes nothing).
 * 4. Of the remaining answers, the deciding holding is the highest-ranked court's latest one.
 *    If it is "mixed" (the court gave the defence a partial win), the cell is mixed.
 * 5. Otherwise the cell takes the deciding holding's outcome unless another remaining answer
 *    conflicts with it (a different outcome), which makes the cell "mixed": the research's definition,
 *    "conflicting decisions at different levels or partial defence wins; no settled top-court answer".
 *    A top court (supranational, constitutional or supreme) settles the question, so lower-court
 *    answers given before it no longer conflict; lower courts that depart from it afterwards still do.
 */
import type { Corpus, LocatedHolding } from '@/lib/data/validate';
import { COURT_LEVELS, OUTCOMES, type CourtLevel, type Outcome, type Source } from '@/lib/model/schema';
import { earliestDay, latestDay } from '@/lib/model/dates';
import { corpusAsOf } from '@/lib/graph/replay';
import { OUTCOME_LABELS } from '@/lib/model/labels';
import { COURT_LEVEL_LABELS, TOP_LEVELS, UNKNOWN_RANK, courtIndex, type CourtInfo } from './courts';

export type CellOutcome = Outcome | 'none';

export interface CellRuling {
  holding: LocatedHolding;
  court: CourtInfo | undefined;
  /** What this holding does in the cell: decides it, conflicts with or agrees with the decision, or no longer counts (and why). */
  role: 'deciding' | 'conflicting' | 'agreeing' | 'open' | 'superseded-on-appeal' | 'settled-by-top-court';
  /** For superseded-on-appeal: the appeal ruling's holding, and whether it reversed or upheld this one. */
  supersededBy?: string;
  appeal?: 'reversed-by' | 'upheld-by';
}

export interface DerivedCell {
  outcome: CellOutcome;
  /** The holding that decides the cell, if any. */
  deciding: LocatedHolding | undefined;
  decidingCourt: CourtInfo | undefined;
  /** Which step of the rule decided, in words for the reader. */
  reason: string;
  /** Every holding behind the cell, highest court first, latest first within a court. */
  rulings: CellRuling[];
}

const rankOf = (courts: ReadonlyMap<string, CourtInfo>, id: string) => courts.get(id)?.rank ?? UNKNOWN_RANK;

/** Highest court first, then latest first, then by id (so equal cases order deterministically). */
export function compareHoldings(courts: ReadonlyMap<string, CourtInfo>) {
  return (a: LocatedHolding, b: LocatedHolding) =>
    rankOf(courts, a.court) - rankOf(courts, b.court) || latestDay(b.date).localeCompare(latestDay(a.date)) || a.id.localeCompare(b.id);
}

/**
 * The outcome of one cell from its holdings (all for the same question and jurisdiction, or level).
 * sourceById resolves appeal links; only links to rulings present in `sourceById` count, so an
 * "as of" corpus drops appeals decided later.
 */
export function deriveCell(holdings: readonly LocatedHolding[], courts: ReadonlyMap<string, CourtInfo>, sourceById: ReadonlyMap<string, Source>): DerivedCell {
  const sorted = [...holdings].sort(compareHoldings(courts));
  const ruling = (holding: LocatedHolding, role: CellRuling['role'], superseded?: { by: string; relation: 'reversed-by' | 'upheld-by' }): CellRuling =>
    superseded
      ? { holding, court: courts.get(holding.court), role, supersededBy: superseded.by, appeal: superseded.relation }
      : { holding, court: courts.get(holding.court), role };
  if (sorted.length === 0) return { outcome: 'none', deciding: undefined, decidingCourt: undefined, reason: 'No ruling on this question in the corpus.', rulings: [] };

  const bySource = new Map<string, LocatedHolding>();
  for (const h of sorted) if (!bySource.has(h.source)) bySource.set(h.source, h);
  const supersededBy = new Map<string, { by: string; relation: 'reversed-by' | 'upheld-by' }>();
  for (const h of sorted) {
    for (const link of sourceById.get(h.source)?.appeal ?? []) {
      if (link.relation !== 'reversed-by' && link.relation !== 'upheld-by') continue;
      const appellate = bySource.get(link.target);
      if (appellate && appellate.id !== h.id && sourceById.has(link.target)) supersededBy.set(h.id, { by: appellate.id, relation: link.relation });
    }
  }

  const answers = sorted.filter((h) => h.outcome !== 'open' && !supersededBy.has(h.id));
  if (answers.length === 0) {
    const onlyOpen = sorted.every((h) => h.outcome === 'open' || supersededBy.has(h.id));
    return {
      outcome: 'open',
      deciding: undefined,
      decidingCourt: undefined,
      reason: onlyOpen ? 'Every ruling left the question open.' : 'The rulings that answered the question were superseded on appeal.',
      rulings: sorted.map((h) => (supersededBy.has(h.id) ? ruling(h, 'superseded-on-appeal', supersededBy.get(h.id)) : ruling(h, 'open'))),
    };
  }

  const deciding = answers[0]!;
  const decidingCourt = courts.get(deciding.court);
  const top = decidingCourt !== undefined && TOP_LEVELS.has(decidingCourt.level);
  const decidedOn = latestDay(deciding.date);
  const conflicts = answers.slice(1).filter((h) => h.outcome !== deciding.outcome && (!top || earliestDay(h.date) > decidedOn));
  const settledBefore = (h: LocatedHolding) => top && h.outcome !== deciding.outcome && earliestDay(h.date) <= decidedOn;
  const rulings = sorted.map((h) => {
    if (h.id === deciding.id) return ruling(h, 'deciding');
    if (supersededBy.has(h.id)) return ruling(h, 'superseded-on-appeal', supersededBy.get(h.id));
    if (h.outcome === 'open') return ruling(h, 'open');
    if (conflicts.includes(h)) return ruling(h, 'conflicting');
    if (settledBefore(h)) return ruling(h, 'settled-by-top-court');
    return ruling(h, 'agreeing');
  });
  const courtName = decidingCourt?.name ?? deciding.court;
  const levelWord = decidingCourt ? COURT_LEVEL_LABELS[decidingCourt.level].toLowerCase() : 'court';
  let outcome: CellOutcome;
  let reason: string;
  if (deciding.outcome === 'mixed') {
    outcome = 'mixed';
    reason = `The highest court to answer, the ${courtName} (${levelWord}), gave a mixed answer (${deciding.date}).`;
  } else if (conflicts.length > 0) {
    outcome = 'mixed';
    reason = top
      ? `The ${courtName} (${levelWord}) held the evidence ${deciding.outcome} (${deciding.date}), but ${conflicts.length} later ruling${conflicts.length === 1 ? '' : 's'} of a lower court departed from it.`
      : `Courts conflict and no top court has answered: the ${courtName} (${levelWord}) held the evidence ${deciding.outcome} (${deciding.date}), ${conflicts.length} other ruling${conflicts.length === 1 ? '' : 's'} did not.`;
  } else {
    outcome = deciding.outcome;
    reason = `Decided by the ${courtName} (${levelWord}) on ${deciding.date}${answers.length > 1 ? '; no remaining ruling conflicts with it' : ''}.`;
  }
  return { outcome, deciding, decidingCourt, reason, rulings };
}

// ——— The whole matrix ———

export const ROW_SORTS = ['order', 'title', 'rulings', 'divergence'] as const;
export const COLUMN_SORTS = ['order', 'name', 'rulings'] as const;
export type RowSort = (typeof ROW_SORTS)[number] | `jurisdiction:${string}`;
export type ColumnSort = (typeof COLUMN_SORTS)[number];

export interface MatrixOptions {
  asOf?: string;
  /** Only holdings about this operation. */
  operation?: string;
  /** Only these jurisdictions (all when empty). */
  jurisdictions?: string[];
  /** Only holdings of courts at these levels (all when empty). */
  levels?: CourtLevel[];
  /** Only questions with at least one cell of this outcome. */
  outcome?: CellOutcome;
  /** Only questions whose title or text contains these words (case-insensitive). */
  text?: string;
  /** One column per jurisdiction and court level instead of per jurisdiction. */
  split?: boolean;
  rowSort?: RowSort;
  columnSort?: ColumnSort;
}

export interface MatrixColumn {
  key: string;
  jurisdiction: string;
  name: string;
  level?: CourtLevel;
  rulings: number;
}

export interface MatrixRow {
  question: string;
  title: string;
  rulings: number;
}

export interface MatrixCell extends DerivedCell {
  question: string;
  column: string;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[row][column], in the order of rows and columns. */
  cells: MatrixCell[][];
  /** Jurisdictions in the corpus with no ruling left after filtering. */
  emptyJurisdictions: string[];
}

const OUTCOME_ORDER: Record<CellOutcome, number> = { excluded: 0, mixed: 1, open: 2, admitted: 3, none: 4 };

export function columnKey(jurisdiction: string, level?: CourtLevel) {
  return level ? `${jurisdiction}/${level}` : jurisdiction;
}

export function buildMatrix(corpus: Corpus, options: MatrixOptions = {}): Matrix {
  const c = corpusAsOf(corpus, options.asOf);
  const courts = courtIndex(c.jurisdictions);
  const sourceById = new Map(c.sources.map((s) => [s.id, s]));
  const levels = options.levels?.length ? new Set(options.levels) : undefined;
  const wanted = options.jurisdictions?.length ? new Set(options.jurisdictions) : undefined;
  const operationOf = (h: LocatedHolding) => new Set([...h.operations, ...(sourceById.get(h.source)?.operations ?? [])]);
  const holdings = c.holdings.filter(
    (h) =>
      (!options.operation || operationOf(h).has(options.operation)) &&
      (!wanted || wanted.has(h.jurisdiction)) &&
      (!levels || (courts.get(h.court) && levels.has(courts.get(h.court)!.level))),
  );

  const order = new Map(c.jurisdictions.map((j, i) => [j.code, i]));
  const names = new Map(c.jurisdictions.map((j) => [j.code, j.name]));
  const columnsByKey = new Map<string, MatrixColumn>();
  for (const h of holdings) {
    const level = options.split ? courts.get(h.court)?.level : undefined;
    const key = columnKey(h.jurisdiction, level);
    const col = columnsByKey.get(key) ?? { key, jurisdiction: h.jurisdiction, name: names.get(h.jurisdiction) ?? h.jurisdiction, ...(level ? { level } : {}), rulings: 0 };
    col.rulings++;
    columnsByKey.set(key, col);
  }
  const levelIndex = (l?: CourtLevel) => (l ? COURT_LEVELS.indexOf(l) : -1);
  const byOrder = (a: MatrixColumn, b: MatrixColumn) =>
    (order.get(a.jurisdiction) ?? 999) - (order.get(b.jurisdiction) ?? 999) || levelIndex(a.level) - levelIndex(b.level);
  const columnSort = options.columnSort ?? 'order';
  const columns = [...columnsByKey.values()].sort((a, b) =>
    columnSort === 'name' ? a.name.localeCompare(b.name, 'en') || byOrder(a, b) : columnSort === 'rulings' ? b.rulings - a.rulings || byOrder(a, b) : byOrder(a, b),
  );

  const text = options.text?.trim().toLowerCase();
  const questions = c.nodes.filter((n) => n.kind === 'question');
  const questionOrder = new Map(questions.map((q, i) => [q.id, i]));
  let rows: MatrixRow[] = questions
    .filter((q) => !text || q.title.toLowerCase().includes(text) || q.text.toLowerCase().includes(text))
    .map((q) => ({ question: q.id, title: q.title, rulings: holdings.filter((h) => h.question === q.id).length }));

  const cellOf = new Map<string, MatrixCell>();
  const cellFor = (question: string, col: MatrixColumn): MatrixCell => {
    const k = `${question}\u0000${col.key}`;
    let cell = cellOf.get(k);
    if (!cell) {
      const mine = holdings.filter((h) => h.question === question && h.jurisdiction === col.jurisdiction && (!col.level || courts.get(h.court)?.level === col.level));
      cell = { question, column: col.key, ...deriveCell(mine, courts, sourceById) };
      cellOf.set(k, cell);
    }
    return cell;
  };

  if (options.outcome) rows = rows.filter((r) => columns.some((col) => cellFor(r.question, col).outcome === options.outcome));
  const rowSort = options.rowSort ?? 'order';
  const distinct = (r: MatrixRow) => new Set(columns.map((col) => cellFor(r.question, col).outcome).filter((o) => o !== 'none')).size;
  const byQuestionOrder = (a: MatrixRow, b: MatrixRow) => questionOrder.get(a.question)! - questionOrder.get(b.question)!;
  rows.sort((a, b) => {
    if (rowSort === 'title') return a.title.localeCompare(b.title, 'en') || byQuestionOrder(a, b);
    if (rowSort === 'rulings') return b.rulings - a.rulings || byQuestionOrder(a, b);
    if (rowSort === 'divergence') return distinct(b) - distinct(a) || byQuestionOrder(a, b);
    if (rowSort.startsWith('jurisdiction:')) {
      const key = rowSort.slice('jurisdiction:'.length);
      const col = columns.find((x) => x.key === key);
      if (col) return OUTCOME_ORDER[cellFor(a.question, col).outcome] - OUTCOME_ORDER[cellFor(b.question, col).outcome] || byQuestionOrder(a, b);
    }
    return byQuestionOrder(a, b);
  });

  const cells = rows.map((r) => columns.map((col) => cellFor(r.question, col)));
  const withRulings = new Set(columns.map((col) => col.jurisdiction));
  const emptyJurisdictions = c.jurisdictions.filter((j) => (!wanted || wanted.has(j.code)) && !withRulings.has(j.code)).map((j) => j.code);
  return { rows, columns, cells, emptyJurisdictions };
}

// ——— URL parameters: one parser for the page, the CSV route and the tests ———

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).filter(Boolean));

/** Reads matrix options from URL parameters; unknown values are dropped and reported, never guessed. */
export function parseMatrixParams(params: Params): { options: MatrixOptions; problems: string[] } {
  const problems: string[] = [];
  const options: MatrixOptions = {};
  const op = first(params.operation);
  if (op) options.operation = op;
  const jurisdictions = all(params.jurisdiction).map((j) => j.toUpperCase());
  if (jurisdictions.length) options.jurisdictions = jurisdictions;
  const levels = all(params.level);
  const goodLevels = levels.filter((l): l is CourtLevel => (COURT_LEVELS as readonly string[]).includes(l));
  if (goodLevels.length < levels.length) problems.push(`unknown court level: ${levels.filter((l) => !goodLevels.includes(l as CourtLevel)).join(', ')}`);
  if (goodLevels.length) options.levels = goodLevels;
  const outcome = first(params.outcome);
  if (outcome) {
    if ((OUTCOMES as readonly string[]).includes(outcome) || outcome === 'none') options.outcome = outcome as CellOutcome;
    else problems.push(`unknown outcome "${outcome}"`);
  }
  const text = first(params.q);
  if (text?.trim()) options.text = text.trim();
  if (first(params.split) === '1' || first(params.split) === 'level') options.split = true;
  const sort = first(params.sort);
  if (sort) {
    if ((ROW_SORTS as readonly string[]).includes(sort) || /^jurisdiction:[A-Z]{2,4}(\/[a-z-]+)?$/.test(sort)) options.rowSort = sort as RowSort;
    else problems.push(`unknown sort "${sort}"`);
  }
  const colSort = first(params.columns);
  if (colSort) {
    if ((COLUMN_SORTS as readonly string[]).includes(colSort)) options.columnSort = colSort as ColumnSort;
    else problems.push(`unknown column order "${colSort}"`);
  }
  return { options, problems };
}

/** The URL parameters that reproduce `options` (without asOf, which the date control owns). */
export function matrixParams(options: MatrixOptions): [string, string][] {
  const out: [string, string][] = [];
  if (options.operation) out.push(['operation', options.operation]);
  for (const j of options.jurisdictions ?? []) out.push(['jurisdiction', j]);
  for (const l of options.levels ?? []) out.push(['level', l]);
  if (options.outcome) out.push(['outcome', options.outcome]);
  if (options.text) out.push(['q', options.text]);
  if (options.split) out.push(['split', '1']);
  if (options.rowSort && options.rowSort !== 'order') out.push(['sort', options.rowSort]);
  if (options.columnSort && options.columnSort !== 'order') out.push(['columns', options.columnSort]);
  return out;
}

// ——— CSV ———

export const CELL_WORDS: Record<CellOutcome, string> = { ...OUTCOME_LABELS, none: 'Not addressed' };

/** One CSV field per RFC 4180; a leading = + - @ is neutralised so spreadsheets never run it as a formula. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: (string | number)[]) => fields.map(csvField).join(',') + '\r\n';

export function columnLabel(col: MatrixColumn): string {
  return col.level ? `${col.jurisdiction} (${COURT_LEVEL_LABELS[col.level].toLowerCase()})` : col.jurisdiction;
}

/** The matrix as shown: one row per question, one column per jurisdiction (or level), outcome in words. */
export function matrixToCsv(matrix: Matrix): string {
  let out = csvLine(['question_id', 'question', ...matrix.columns.map(columnLabel)]);
  matrix.rows.forEach((r, i) => {
    out += csvLine([r.question, r.title, ...matrix.cells[i]!.map((cell) => (cell.outcome === 'none' ? '' : cell.outcome))]);
  });
  return out;
}

/** Every ruling behind every cell, one per line, with its role in the cell, for analysis. */
export function matrixToLongCsv(matrix: Matrix, sourceById: ReadonlyMap<string, Source>): string {
  let out = csvLine(['question_id', 'question', 'column', 'cell_outcome', 'holding_id', 'role', 'court', 'court_level', 'outcome', 'date', 'source_id', 'source_title', 'ecli', 'pinpoint', 'url']);
  matrix.rows.forEach((r, i) => {
    matrix.cells[i]!.forEach((cell, k) => {
      const col = matrix.columns[k]!;
      for (const ruling of cell.rulings) {
        const h = ruling.holding;
        const s = sourceById.get(h.source);
        out += csvLine([
          r.question,
          r.title,
          columnLabel(col),
          cell.outcome,
          h.id,
          ruling.role,
          ruling.court?.name ?? h.court,
          ruling.court?.level ?? '',
          h.outcome,
          h.date,
          h.source,
          s?.title ?? '',
          s?.identifiers.ecli ?? '',
          h.pinpoint ? `${h.pinpoint.kind} ${h.pinpoint.value}` : '',
          s?.url ?? '',
        ]);
      }
    });
  });
  return out;
}
