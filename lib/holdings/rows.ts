/**
 * Rulings as rows to show: each holding with its court, jurisdiction and source resolved and its
 * answer and disposition in words, in the order every list of rulings uses (jurisdiction by name
 * code, highest court first, newest first). Plain data, so the same rows can be rendered on the
 * server and, fetched from /api/questions/<id>/holdings, in the browser.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { LocatedHolding } from '@/lib/data/validate';
import type { Pinpoint, VerificationStatus } from '@/lib/model/schema';
import { holdingWords, type HoldingWords } from '@/lib/model/labels';
import { courtIndex, UNKNOWN_RANK } from '@/lib/compare/courts';

export interface HoldingRow {
  id: string;
  jurisdiction: string;
  jurisdictionName: string;
  courtName: string;
  source: string;
  /** What the ruling is listed under: its ECLI where it has one, else its title. */
  sourceLabel: string;
  sourceTitle: string;
  date: string;
  pinpoint?: Pinpoint;
  unpinned?: string;
  verification?: VerificationStatus;
  words: HoldingWords;
  summary: string;
}

export function holdingRows(corpus: LoadedCorpus, holdings: readonly LocatedHolding[]): HoldingRow[] {
  const courts = courtIndex(corpus.jurisdictions);
  const names = new Map(corpus.jurisdictions.map((j) => [j.code, j.name]));
  const answersOf = (question: string) => {
    const q = corpus.graph.node(question);
    return q?.kind === 'question' ? q.answers : [];
  };
  const rank = (h: LocatedHolding) => courts.get(h.court)?.rank ?? UNKNOWN_RANK;
  return [...holdings]
    .sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || rank(a) - rank(b) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((h) => {
      const source = corpus.sourceById.get(h.source);
      return {
        id: h.id,
        jurisdiction: h.jurisdiction,
        jurisdictionName: names.get(h.jurisdiction) ?? h.jurisdiction,
        courtName: courts.get(h.court)?.name ?? h.court,
        source: h.source,
        sourceLabel: source?.identifiers.ecli ?? source?.title ?? h.source,
        sourceTitle: source?.title ?? h.source,
        date: h.date,
        ...(h.pinpoint ? { pinpoint: h.pinpoint } : {}),
        ...(h.unpinned ? { unpinned: h.unpinned } : {}),
        ...(source ? { verification: source.verification.status } : {}),
        words: holdingWords(h, answersOf(h.question)),
        summary: h.summary,
      };
    });
}
