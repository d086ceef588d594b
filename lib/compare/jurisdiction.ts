/** One jurisdiction seen whole: its courts, its rulings in order, and the appeal chains they form. */
import type { Corpus, LocatedHolding } from '@/lib/data/validate';
import { earliestDay } from '@/lib/model/dates';
import type { Source } from '@/lib/model/schema';
import { courtIndex, UNKNOWN_RANK, type CourtInfo } from './courts';

export interface CourtWithRulings extends CourtInfo {
  rulings: number;
}

/** The jurisdiction's courts, highest first (rank, then name), with how many of their rulings the corpus holds. */
export function courtHierarchy(corpus: Corpus, code: string): CourtWithRulings[] {
  const j = corpus.jurisdictions.find((x) => x.code === code);
  if (!j) return [];
  const counts = new Map<string, number>();
  for (const s of corpus.sources) if (s.court) counts.set(s.court, (counts.get(s.court) ?? 0) + 1);
  return [...j.courts]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'en'))
    .map((c) => ({ ...c, jurisdiction: code, rulings: counts.get(c.id) ?? 0 }));
}

export interface JurisdictionRuling {
  source: Source;
  court: CourtInfo | undefined;
  holdings: LocatedHolding[];
}

/** Rulings (judgments, decisions, opinions) of this jurisdiction, oldest first (ties: higher court first, then id). */
export function rulingsOf(corpus: Corpus, code: string): JurisdictionRuling[] {
  const courts = courtIndex(corpus.jurisdictions);
  const holdings = new Map<string, LocatedHolding[]>();
  for (const h of corpus.holdings) holdings.set(h.source, [...(holdings.get(h.source) ?? []), h]);
  return corpus.sources
    .filter((s) => s.jurisdiction === code && (s.type === 'judgment' || s.type === 'decision' || s.type === 'opinion'))
    .map((s) => ({ source: s, court: s.court ? courts.get(s.court) : undefined, holdings: holdings.get(s.id) ?? [] }))
    .sort(
      (a, b) =>
        earliestDay(a.source.date).localeCompare(earliestDay(b.source.date)) ||
        (a.court?.rank ?? UNKNOWN_RANK) - (b.court?.rank ?? UNKNOWN_RANK) ||
        a.source.id.localeCompare(b.source.id),
    );
}

export interface AppealStep {
  from: string;
  relation: Source['appeal'][number]['relation'];
  to: string;
  note?: string;
}

export interface AppealChain {
  /** Every ruling in the chain, oldest first. */
  sources: string[];
  steps: AppealStep[];
}

/**
 * The appeal chains touching this jurisdiction: groups of rulings joined by appeal links
 * (reversed-by, upheld-by, referred-to, answered-by), including links that leave it, such as a
 * reference to the Court of Justice. Only links whose both ends are in the corpus count.
 * Chains are ordered by their first ruling's date.
 */
export function appealChains(corpus: Corpus, code: string): AppealChain[] {
  const byId = new Map(corpus.sources.map((s) => [s.id, s]));
  const steps: AppealStep[] = [];
  for (const s of corpus.sources) {
    for (const a of s.appeal) if (byId.has(a.target)) steps.push({ from: s.id, relation: a.relation, to: a.target, ...(a.note ? { note: a.note } : {}) });
  }
  // Union–find over the sources joined by steps.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const st of steps) {
    const a = find(st.from);
    const b = find(st.to);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, Set<string>>();
  for (const st of steps) {
    const root = find(st.from);
    const g = groups.get(root) ?? new Set<string>();
    g.add(st.from).add(st.to);
    groups.set(root, g);
  }
  const dateOf = (id: string) => earliestDay(byId.get(id)!.date);
  const byDate = (a: string, b: string) => dateOf(a).localeCompare(dateOf(b)) || a.localeCompare(b);
  return [...groups.values()]
    .filter((g) => [...g].some((id) => byId.get(id)!.jurisdiction === code))
    .map((g) => {
      const sources = [...g].sort(byDate);
      return { sources, steps: steps.filter((st) => g.has(st.from)).sort((a, b) => byDate(a.from, b.from) || byDate(a.to, b.to)) };
    })
    .sort((a, b) => byDate(a.sources[0]!, b.sources[0]!));
}
