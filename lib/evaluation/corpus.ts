/**
 * The map read as a Dung framework, labelled by grounded semantics, with a plain-language reason
 * for every label. A formal property of the map's attack structure, not a legal verdict.
 *
 * What counts as an attack (documented on /evaluation):
 * - `opposes` (argument or fact → position or argument) attacks its target;
 * - `undercuts` (argument → argument) attacks the undercut argument: the inference it denies is
 *   that argument's only way to bear on anything, so an abstract framework treats it as an attack on it;
 * - `supports`, `answers`, `relies-on-fact` and `subquestion-of` are not attacks;
 * - positions answering the same question do not attack each other: several answers can be
 *   compatible (e.g. "Art. 31 protects users" and "usability is for national law"), and the map
 *   records a conflict only where an editor wrote an `opposes` link.
 * Questions are issues, not arguments, so they take no label; positions, arguments and facts do.
 *
 * Per-jurisdiction view: that jurisdiction's holdings are taken as settled. A holding touches the
 * positions it adopts or rejects, and adopts the positions its answer corresponds to (the question's
 * `answers`) unless it rejects them itself; a holding that did not reach its question touches only
 * what it names. For each position its holdings touch, the holding of the highest-ranked court (the
 * latest one, if that court ruled more than once) fixes its stance. That holding enters the framework as an unattacked argument
 * that attacks the position if the holding rejects it, and attacks every attacker of the position
 * if the holding adopts it (the court's answer defends it). Grounded labelling then propagates.
 */
import type { Corpus, LocatedHolding } from '@/lib/data/validate';
import { latestDay } from '@/lib/model/dates';
import { courtIndex, UNKNOWN_RANK } from '@/lib/compare/courts';
import { groundedLabelling, type Attack, type Label, type Labelling } from './grounded';

export type AttackRelation = 'opposes' | 'undercuts' | 'settled';

export interface CorpusAttack extends Attack {
  relation: AttackRelation;
}

export interface SettledStance {
  position: string;
  stance: 'adopted' | 'rejected';
  holding: LocatedHolding;
}

export interface HoldingArgument {
  holding: LocatedHolding;
  courtName: string;
  sourceTitle: string;
}

export interface CorpusEvaluation {
  jurisdiction: string | undefined;
  labelling: Labelling;
  /** The corpus nodes that were labelled (positions, arguments, facts), in corpus order. */
  nodeIds: string[];
  attacks: CorpusAttack[];
  /** Per-jurisdiction view only: the stance its holdings fix for each position they touch. */
  settled: ReadonlyMap<string, SettledStance>;
  /** Per-jurisdiction view only: the framework arguments that stand for holdings, by argument id. */
  holdingArguments: ReadonlyMap<string, HoldingArgument>;
}

/** Framework argument id for a holding; ":" cannot occur in corpus ids, so it never clashes. */
export const holdingArgumentId = (holdingId: string) => `holding:${holdingId}`;

/** The attacks the map records between labelled nodes, in corpus order. */
export function mapAttacks(corpus: Pick<Corpus, 'nodes'>): CorpusAttack[] {
  const labelled = new Set(corpus.nodes.filter((n) => n.kind !== 'question').map((n) => n.id));
  const attacks: CorpusAttack[] = [];
  for (const n of corpus.nodes) {
    for (const l of n.links) {
      if ((l.relation === 'opposes' || l.relation === 'undercuts') && labelled.has(n.id) && labelled.has(l.target)) {
        attacks.push({ from: n.id, to: l.target, relation: l.relation });
      }
    }
  }
  return attacks;
}

/**
 * For each position that `holdings` adopt or reject, the holding that fixes its stance:
 * the highest-ranked court's latest holding; ties broken by holding id so the result is deterministic.
 */
export function settledStances(
  holdings: readonly LocatedHolding[],
  rankOf: (courtId: string) => number,
  answerPositions: (h: LocatedHolding) => readonly string[] = () => [],
): Map<string, SettledStance> {
  const best = new Map<string, SettledStance>();
  const better = (a: LocatedHolding, b: LocatedHolding) => {
    const ra = rankOf(a.court);
    const rb = rankOf(b.court);
    if (ra !== rb) return ra < rb;
    const da = latestDay(a.date);
    const db = latestDay(b.date);
    if (da !== db) return da > db;
    return a.id < b.id;
  };
  for (const h of holdings) {
    if (!h.date) continue;
    const adopted = [...new Set([...h.adopts, ...answerPositions(h).filter((p) => !h.rejects.includes(p))])];
    const touches: [string, SettledStance['stance']][] = [...h.rejects.map((p): [string, 'rejected'] => [p, 'rejected']), ...adopted.map((p): [string, 'adopted'] => [p, 'adopted'])];
    for (const [position, stance] of touches) {
      const current = best.get(position);
      if (!current || better(h, current.holding)) best.set(position, { position, stance, holding: h });
    }
  }
  return best;
}

export function evaluateCorpus(corpus: Corpus, options: { jurisdiction?: string } = {}): CorpusEvaluation {
  const nodeIds = corpus.nodes.filter((n) => n.kind !== 'question').map((n) => n.id);
  const attacks = mapAttacks(corpus);
  const args = [...nodeIds];
  const settled = new Map<string, SettledStance>();
  const holdingArguments = new Map<string, HoldingArgument>();
  const { jurisdiction } = options;
  if (jurisdiction) {
    const courts = courtIndex(corpus.jurisdictions);
    const rankOf = (id: string) => courts.get(id)?.rank ?? UNKNOWN_RANK;
    const present = new Set(nodeIds);
    const answers = new Map(corpus.nodes.flatMap((n) => (n.kind === 'question' ? n.answers.map((a) => [`${n.id}\u0000${a.id}`, a.positions] as const) : [])));
    const stances = settledStances(
      corpus.holdings.filter((h) => h.jurisdiction === jurisdiction),
      rankOf,
      (h) => answers.get(`${h.question}\u0000${h.answer}`) ?? [],
    );
    const attackersOf = new Map<string, string[]>();
    for (const a of attacks) attackersOf.set(a.to, [...(attackersOf.get(a.to) ?? []), a.from]);
    const sourceTitle = new Map(corpus.sources.map((s) => [s.id, s.title]));
    for (const s of [...stances.values()].sort((a, b) => a.position.localeCompare(b.position))) {
      if (!present.has(s.position)) continue;
      settled.set(s.position, s);
      const arg = holdingArgumentId(s.holding.id);
      if (!holdingArguments.has(arg)) {
        holdingArguments.set(arg, { holding: s.holding, courtName: courts.get(s.holding.court)?.name ?? s.holding.court, sourceTitle: sourceTitle.get(s.holding.source) ?? s.holding.source });
        args.push(arg);
      }
      const targets = s.stance === 'rejected' ? [s.position] : (attackersOf.get(s.position) ?? []);
      for (const t of targets) attacks.push({ from: arg, to: t, relation: 'settled' });
    }
  }
  const labelling = groundedLabelling({ args, attacks });
  return { jurisdiction, labelling, nodeIds, attacks, settled, holdingArguments };
}

export const LABEL_WORDS: Record<Label, string> = { in: 'In', out: 'Out', undecided: 'Undecided' };

/** A list in prose: “A”, “A and B”, “A, B and C”. */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Why `id` has its label, in plain language. `titleOf` gives a node's title; holdings standing in
 * the per-jurisdiction view are named by court, ruling and date.
 */
export function explainLabel(evaluation: CorpusEvaluation, id: string, titleOf: (id: string) => string | undefined, jurisdictionName?: string): string {
  const reason = evaluation.labelling.reasons.get(id);
  if (!reason) throw new Error(`"${id}" is not labelled in this evaluation (questions take no label)`);
  const name = (x: string) => {
    const h = evaluation.holdingArguments.get(x);
    if (h) return `the ruling of the ${h.courtName} (${h.sourceTitle}, ${h.holding.date})`;
    return `“${titleOf(x) ?? x}”`;
  };
  const where = jurisdictionName ?? evaluation.jurisdiction ?? '';
  const settled = evaluation.settled.get(id);
  const settledNote = settled
    ? ` In ${where}, ${name(holdingArgumentId(settled.holding.id))} ${settled.stance === 'adopted' ? 'adopted' : 'rejected'} this position, and this view takes that ruling as settled.`
    : '';
  switch (reason.kind) {
    case 'unattacked':
      return `In: nothing in the map opposes or undercuts it, so nothing can defeat it.${settledNote}`;
    case 'defended': {
      const defeatedByHolding = (a: string) => {
        const r = evaluation.labelling.reasons.get(a);
        return r?.kind === 'defeated' && evaluation.holdingArguments.has(r.by[0]!);
      };
      const byHolding = reason.attackersOut.every(defeatedByHolding);
      return (
        `In: it is attacked by ${listOf(reason.attackersOut.map(name))}, but ${reason.attackersOut.length === 1 ? 'that attacker is' : 'each attacker is'} itself out, so it is defended` +
        (byHolding && evaluation.jurisdiction ? ' by a ruling taken as settled.' : '.') +
        settledNote
      );
    }
    case 'defeated': {
      const first = reason.by[0]!;
      const h = evaluation.holdingArguments.get(first);
      if (h) {
        const s = evaluation.settled.get(id);
        if (s && s.stance === 'rejected') return `Out: ${name(first)} rejected this position, and this view takes that ruling as settled in ${where}.`;
        const defended = evaluation.attacks.filter((a) => a.from === id && evaluation.settled.get(a.to)?.holding.id === h.holding.id).map((a) => name(a.to));
        return `Out: it attacks ${listOf(defended)}, which ${name(first)} adopted; taking that ruling as settled in ${where}, the attack fails.`;
      }
      const others = reason.by.length > 1 ? ` (also by ${listOf(reason.by.slice(1).map(name))})` : '';
      return `Out: it is attacked by ${name(first)}, which is in${others}.${settledNote}`;
    }
    case 'unresolved': {
      if (reason.cycle) {
        if (reason.cycle.length === 1) return `Undecided: it attacks itself, and nothing that is in attacks it, so it can be neither accepted nor rejected.${settledNote}`;
        const loop = [...reason.cycle, reason.cycle[0]!].map(name).join(' → ');
        return `Undecided: it sits on a cycle of attacks (${loop}) that nothing which is in breaks, so grounded semantics accepts neither side.${settledNote}`;
      }
      return `Undecided: it is attacked by ${listOf(reason.undecidedAttackers.map(name))}, which ${reason.undecidedAttackers.length === 1 ? 'is' : 'are'} undecided, and nothing that attacks it is in.${settledNote}`;
    }
  }
}

/** What the map's overlay needs: for every labelled node, its label and the reason in words. Plain JSON. */
export interface EvaluationOverlay {
  jurisdiction: string | null;
  labels: Record<string, { label: Label; explanation: string }>;
}

export function evaluationOverlay(corpus: Corpus, options: { jurisdiction?: string } = {}): EvaluationOverlay {
  const evaluation = evaluateCorpus(corpus, options);
  const titles = new Map(corpus.nodes.map((n) => [n.id, n.title]));
  const jurisdictionName = options.jurisdiction ? corpus.jurisdictions.find((j) => j.code === options.jurisdiction)?.name : undefined;
  const labels: EvaluationOverlay['labels'] = {};
  for (const id of evaluation.nodeIds) {
    labels[id] = { label: evaluation.labelling.labels.get(id)!, explanation: explainLabel(evaluation, id, (x) => titles.get(x), jurisdictionName) };
  }
  return { jurisdiction: options.jurisdiction ?? null, labels };
}

