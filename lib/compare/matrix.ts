/**
 * The jurisdiction matrix: questions × jurisdictions (optionally × court level), each cell the
 * answer the courts gave, in the question's own vocabulary (its `answers`), derived from holdings
 * only, never typed by hand.
 *
 * How a cell is derived from several holdings (deriveCell, a pure function; also shown on /matrix,
 * where each question's rule is stated with its own answers, cellRule):
 * 1. No holding: the cell is empty ("not addressed in the corpus").
 * 2. A holding whose answer is "not-reached" does not answer the question. If no remaining ruling
 *    answered it, the cell says so with what the courts did instead: "Not reached: declared inadmissible".
 * 3. A holding is superseded when its ruling was reversed or upheld on appeal by a ruling that itself
 *    holds on the same question in the same jurisdiction (the appeal court answered the question;
 *    an appeal decided on other grounds supersedes nothing).
 * 4. Of the remaining answers, the deciding holding is the highest-ranked court's latest one, and the
 *    cell takes its answer, unless another remaining ruling gave a different answer: then the cell is
 *    "Different answers", naming them. A top court (supranational, constitutional or supreme) settles the
 *    question, so lower-court answers given before it no longer divide the cell; lower courts that
 *    depart from it afterwards still do.
 * The cell also names what the deciding court pronounced (its disposition), so an answer given in an
 * admissibility decision never reads as a ruling on the evidence.
 */
import type { Corpus, LocatedHolding } from '@/lib/data/validate';
import { COURT_LEVELS, type Answer, type CourtLevel, type DebateNode, type Disposition, type QuestionNode, type Source } from '@/lib/model/schema';
import { NOT_REACHED } from '@/lib/model/holding-terms';
import { earliestDay, latestDay } from '@/lib/model/dates';
import { corpusAsOf } from '@/lib/graph/replay';
import { dispositionWords, shownEvidence } from '@/lib/model/labels';
import { COURT_LEVEL_LABELS, TOP_LEVELS, UNKNOWN_RANK, courtIndex, type CourtInfo } from './courts';

/** answered: one answer decides; divided: courts gave different answers; not-reached: no ruling decided the question; none: no ruling. */
export const CELL_STATES = ['answered', 'divided', 'not-reached', 'none'] as const;
export type CellState = (typeof CELL_STATES)[number];

export const CELL_STATE_LABELS: Record<CellState, string> = {
  answered: 'Answered',
  divided: 'Different answers',
  'not-reached': 'Not reached',
  none: 'Not addressed',
};

export interface CellRuling {
  holding: LocatedHolding;
  court: CourtInfo | undefined;
  /** What this holding does in the cell: decides it, departs from or agrees with the decision, or does not count (and why). */
  role: 'deciding' | 'conflicting' | 'agreeing' | 'not-reached' | 'superseded-on-appeal' | 'settled-by-top-court';
  /** For superseded-on-appeal: the appeal ruling's holding, and whether it reversed or upheld this one. */
  supersededBy?: string;
  appeal?: 'reversed-by' | 'upheld-by';
}

export interface DerivedCell {
  state: CellState;
  /** answered: the answer; divided: the deciding ruling's answer. */
  answer: string | undefined;
  /** divided: every answer the remaining rulings give, the deciding one first; answered: [answer]. */
  answers: string[];
  /** not-reached: what the courts that did not reach the question pronounced, in ruling order, without repeats. */
  dispositions: Disposition[];
  /** The cell in words, as the page and the CSV show it. */
  words: string;
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

/** An answer id in the question's words (the id itself if the question does not declare it). */
export function answerLabel(answers: readonly Pick<Answer, 'id' | 'label'>[], id: string): string {
  return answers.find((a) => a.id === id)?.label ?? id;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Not reached: declared inadmissible" (several dispositions joined by "; "). */
export function notReachedWords(dispositions: readonly Pick<LocatedHolding, 'disposition' | 'dispositionNote'>[]): string {
  const words = [...new Set(dispositions.map((d) => lowerFirst(dispositionWords(d))))];
  return words.length ? `${CELL_STATE_LABELS['not-reached']}: ${words.join('; ')}` : CELL_STATE_LABELS['not-reached'];
}

/** "Different answers: A; B", with the answers in the question's words. */
export function dividedWords(answers: readonly Pick<Answer, 'id' | 'label'>[], ids: readonly string[]): string {
  return `${CELL_STATE_LABELS.divided}: ${ids.map((id) => answerLabel(answers, id)).join('; ')}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The cell from its holdings (all for the same question and jurisdiction, or level), in the words of
 * the question's `answers`. sourceById resolves appeal links; only links to rulings present in
 * `sourceById` count, so an "as of" corpus drops appeals decided later.
 */
export function deriveCell(
  holdings: readonly LocatedHolding[],
  courts: ReadonlyMap<string, CourtInfo>,
  sourceById: ReadonlyMap<string, Source>,
  answers: readonly Pick<Answer, 'id' | 'label'>[] = [],
): DerivedCell {
  const sorted = [...holdings].sort(compareHoldings(courts));
  const ruling = (holding: LocatedHolding, role: CellRuling['role'], superseded?: { by: string; relation: 'reversed-by' | 'upheld-by' }): CellRuling =>
    superseded
      ? { holding, court: courts.get(holding.court), role, supersededBy: superseded.by, appeal: superseded.relation }
      : { holding, court: courts.get(holding.court), role };
  const empty = { answer: undefined, answers: [], dispositions: [], deciding: undefined, decidingCourt: undefined };
  if (sorted.length === 0) return { state: 'none', ...empty, words: CELL_STATE_LABELS.none, reason: 'No ruling on this question in the corpus.', rulings: [] };

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

  const label = (id: string) => answerLabel(answers, id);
  const remaining = sorted.filter((h) => h.answer !== NOT_REACHED && !supersededBy.has(h.id));
  if (remaining.length === 0) {
    const notReached = sorted.filter((h) => h.answer === NOT_REACHED && !supersededBy.has(h.id));
    const dispositions = [...new Set(notReached.map((h) => h.disposition))];
    const onlyNotReached = sorted.every((h) => h.answer === NOT_REACHED || supersededBy.has(h.id)) && supersededBy.size === 0;
    return {
      state: 'not-reached',
      ...empty,
      dispositions,
      words: notReachedWords(notReached),
      reason: onlyNotReached
        ? `No ruling decided the question: ${notReached.map((h) => `the ${courts.get(h.court)?.name ?? h.court} (${h.date}): ${lowerFirst(dispositionWords(h))}`).join('; ')}.`
        : 'The rulings that answered the question were superseded on appeal by rulings that did not decide it.',
      rulings: sorted.map((h) => (supersededBy.has(h.id) ? ruling(h, 'superseded-on-appeal', supersededBy.get(h.id)) : ruling(h, 'not-reached'))),
    };
  }

  const deciding = remaining[0]!;
  const decidingCourt = courts.get(deciding.court);
  const top = decidingCourt !== undefined && TOP_LEVELS.has(decidingCourt.level);
  const decidedOn = latestDay(deciding.date);
  const conflicts = remaining.slice(1).filter((h) => h.answer !== deciding.answer && (!top || earliestDay(h.date) > decidedOn));
  const settledBefore = (h: LocatedHolding) => top && h.answer !== deciding.answer && earliestDay(h.date) <= decidedOn;
  const rulings = sorted.map((h) => {
    if (h.id === deciding.id) return ruling(h, 'deciding');
    if (supersededBy.has(h.id)) return ruling(h, 'superseded-on-appeal', supersededBy.get(h.id));
    if (h.answer === NOT_REACHED) return ruling(h, 'not-reached');
    if (conflicts.includes(h)) return ruling(h, 'conflicting');
    if (settledBefore(h)) return ruling(h, 'settled-by-top-court');
    return ruling(h, 'agreeing');
  });
  const courtName = decidingCourt?.name ?? deciding.court;
  const levelWord = decidingCourt ? COURT_LEVEL_LABELS[decidingCourt.level].toLowerCase() : 'court';
  const did = `${lowerFirst(dispositionWords(deciding))}, ${deciding.date}`;
  if (conflicts.length > 0) {
    const order = new Map(answers.map((a, i) => [a.id, i]));
    const others = [...new Set(conflicts.map((h) => h.answer))].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b));
    const ids = [deciding.answer, ...others];
    const otherWords = others.map((a) => `“${label(a)}”`).join(', ');
    return {
      state: 'divided',
      answer: deciding.answer,
      answers: ids,
      dispositions: [],
      words: dividedWords(answers, ids),
      deciding,
      decidingCourt,
      reason: top
        ? `The ${courtName} (${levelWord}) answered “${label(deciding.answer)}” (${did}), but ${plural(conflicts.length, 'later ruling')} of a lower court departed from it: ${otherWords}.`
        : `Courts are divided and no top court has answered: the ${courtName} (${levelWord}) answered “${label(deciding.answer)}” (${did}); ${plural(conflicts.length, 'other ruling')} answered ${otherWords}.`,
      rulings,
    };
  }
  return {
    state: 'answered',
    answer: deciding.answer,
    answers: [deciding.answer],
    dispositions: [],
    words: label(deciding.answer),
    deciding,
    decidingCourt,
    reason: `Answered by the ${courtName} (${levelWord}; ${did})${remaining.length > 1 ? '; no remaining ruling gives another answer' : ''}.`,
    rulings,
  };
}

/** Each question's declared answers, by question id. */
export function answersByQuestion(nodes: readonly DebateNode[]): Map<string, Answer[]> {
  return new Map(nodes.flatMap((n) => (n.kind === 'question' ? [[n.id, n.answers] as const] : [])));
}

/**
 * One question's cell rule in words, with the question's own answers as its legend: what the page
 * documents for each question. The steps are the same for every question; the vocabulary is its own.
 */
export interface CellRule {
  question: string;
  title: string;
  /** The answers a cell can show, in the question's order ("not-reached" last). */
  legend: { id: string; label: string; meaning: string }[];
  /** The rule, step by step, in the question's words. */
  steps: string[];
}

export function cellRule(question: Pick<QuestionNode, 'id' | 'title' | 'answers'>): CellRule {
  const answered = question.answers.filter((a) => a.id !== NOT_REACHED);
  const notReached = question.answers.find((a) => a.id === NOT_REACHED);
  const quoted = answered.map((a) => `“${a.label}”`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? 'none declared');
  const [a, b] = answered;
  return {
    question: question.id,
    title: question.title,
    legend: [...answered, ...(notReached ? [notReached] : [])].map((x) => ({ id: x.id, label: x.label, meaning: x.meaning })),
    steps: [
      `A ruling that did not decide the question (“${notReached?.label ?? 'Not reached'}”) does not answer it; if no ruling answered it, the cell says “Not reached” with what the courts pronounced instead (e.g. “${notReachedWords([{ disposition: 'declared-inadmissible' }])}”).`,
      'A ruling reversed or upheld on appeal no longer counts when the appeal court itself ruled on the question; the appeal ruling counts instead.',
      `Of the rulings left, the highest-ranked court’s latest ruling decides, and the cell shows its answer: ${list}.`,
      a && b
        ? `If another remaining ruling gave a different answer, the cell is divided and names both (e.g. “${dividedWords(question.answers, [a.id, b.id])}”), unless a top court (supranational, constitutional or supreme) decided and the other ruling came before it.`
        : 'If another remaining ruling gave a different answer, the cell is divided and names the answers, unless a top court decided and the other ruling came before it.',
    ],
  };
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
  /** Only questions with at least one cell in this state (e.g. divided, or not reached). */
  state?: CellState;
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

/** Sorting by a column: divided cells first, then answered (in the question's answer order), not reached, empty. */
const STATE_ORDER: Record<CellState, number> = { divided: 0, answered: 1, 'not-reached': 2, none: 3 };

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
  const answersOf = new Map(questions.map((q) => [q.id, q.answers]));
  let rows: MatrixRow[] = questions
    .filter((q) => !text || q.title.toLowerCase().includes(text) || q.text.toLowerCase().includes(text))
    .map((q) => ({ question: q.id, title: q.title, rulings: holdings.filter((h) => h.question === q.id).length }));

  const cellOf = new Map<string, MatrixCell>();
  const cellFor = (question: string, col: MatrixColumn): MatrixCell => {
    const k = `${question}\u0000${col.key}`;
    let cell = cellOf.get(k);
    if (!cell) {
      const mine = holdings.filter((h) => h.question === question && h.jurisdiction === col.jurisdiction && (!col.level || courts.get(h.court)?.level === col.level));
      cell = { question, column: col.key, ...deriveCell(mine, courts, sourceById, answersOf.get(question) ?? []) };
      cellOf.set(k, cell);
    }
    return cell;
  };

  if (options.state) rows = rows.filter((r) => columns.some((col) => cellFor(r.question, col).state === options.state));
  const rowSort = options.rowSort ?? 'order';
  const distinct = (r: MatrixRow) => new Set(columns.flatMap((col) => cellFor(r.question, col).answers)).size;
  const answerIndex = (c: MatrixCell) => (c.answer ? (answersOf.get(c.question) ?? []).findIndex((a) => a.id === c.answer) : -1);
  const cellOrder = (c: MatrixCell) => STATE_ORDER[c.state] * 1000 + Math.max(0, answerIndex(c));
  const byQuestionOrder = (a: MatrixRow, b: MatrixRow) => questionOrder.get(a.question)! - questionOrder.get(b.question)!;
  rows.sort((a, b) => {
    if (rowSort === 'title') return a.title.localeCompare(b.title, 'en') || byQuestionOrder(a, b);
    if (rowSort === 'rulings') return b.rulings - a.rulings || byQuestionOrder(a, b);
    if (rowSort === 'divergence') return distinct(b) - distinct(a) || byQuestionOrder(a, b);
    if (rowSort.startsWith('jurisdiction:')) {
      const key = rowSort.slice('jurisdiction:'.length);
      const col = columns.find((x) => x.key === key);
      if (col) return cellOrder(cellFor(a.question, col)) - cellOrder(cellFor(b.question, col)) || byQuestionOrder(a, b);
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
  const state = first(params.state);
  if (state) {
    if ((CELL_STATES as readonly string[]).includes(state)) options.state = state as CellState;
    else problems.push(`unknown cell state "${state}" (one of ${CELL_STATES.join(', ')})`);
  }
  if (first(params.outcome)) problems.push('"outcome" is no longer a filter: cells show each question\'s own answers (filter by state instead)');
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
  if (options.state) out.push(['state', options.state]);
  if (options.text) out.push(['q', options.text]);
  if (options.split) out.push(['split', '1']);
  if (options.rowSort && options.rowSort !== 'order') out.push(['sort', options.rowSort]);
  if (options.columnSort && options.columnSort !== 'order') out.push(['columns', options.columnSort]);
  return out;
}

// ——— CSV ———

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

/** The matrix as shown: one row per question, one column per jurisdiction (or level), each cell in the question's words. */
export function matrixToCsv(matrix: Matrix): string {
  let out = csvLine(['question_id', 'question', ...matrix.columns.map(columnLabel)]);
  matrix.rows.forEach((r, i) => {
    out += csvLine([r.question, r.title, ...matrix.cells[i]!.map((cell) => (cell.state === 'none' ? '' : cell.words))]);
  });
  return out;
}

/** Every ruling behind every cell, one per line, with its role in the cell, for analysis. */
export function matrixToLongCsv(matrix: Matrix, sourceById: ReadonlyMap<string, Source>): string {
  let out = csvLine([
    'question_id',
    'question',
    'column',
    'cell_state',
    'cell_answers',
    'cell',
    'holding_id',
    'role',
    'court',
    'court_level',
    'answer',
    'disposition',
    'disposition_note',
    'evidence',
    'date',
    'source_id',
    'source_title',
    'ecli',
    'pinpoint',
    'url',
  ]);
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
          cell.state,
          cell.answers.join(' '),
          cell.words,
          h.id,
          ruling.role,
          ruling.court?.name ?? h.court,
          ruling.court?.level ?? '',
          h.answer,
          h.disposition,
          h.dispositionNote ?? '',
          shownEvidence(h) ?? '',
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
