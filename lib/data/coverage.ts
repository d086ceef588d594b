/**
 * How well the corpus's citations are sourced and pinpointed, computed from the data alone: the
 * About page reports it to readers and the data test holds the bar with the same numbers.
 */
import type { AuthorityLevel, Source, SourceType } from '@/lib/model/schema';
import type { Corpus } from './validate';

const PRIMARY_AUTHORITIES: readonly AuthorityLevel[] = ['primary-law', 'court', 'official'];
/** Press releases and news have no numbered paragraphs or pages to point at. */
const UNNUMBERED_TYPES: readonly SourceType[] = ['press-release', 'news'];

const isPrimary = (source: Source): boolean => PRIMARY_AUTHORITIES.includes(source.authority);
/** A primary ruling, law or report: numbered, so a citation of it should carry a pinpoint. */
export const isPinpointable = (source: Source): boolean => isPrimary(source) && !UNNUMBERED_TYPES.includes(source.type);

export interface CitationCoverage {
  /** Citations made by positions and arguments. */
  citations: number;
  /** Of those, citations of primary sources (legislation, rulings, official documents). */
  primary: number;
  /** Of those, citations of numbered primary sources (rulings, laws, reports). */
  pinpointable: number;
  /** Pinpointable citations that carry a pinpoint. */
  pinpointed: number;
  /** Pinpointable citations without a pinpoint that tell readers why. */
  explained: number;
  holdings: number;
  holdingsPinpointed: number;
}

export function citationCoverage(corpus: Pick<Corpus, 'nodes' | 'sources' | 'holdings'>): CitationCoverage {
  const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));
  const citations = corpus.nodes.filter((n) => n.kind === 'position' || n.kind === 'argument').flatMap((n) => n.citations);
  const primary = citations.filter((c) => {
    const s = sourceById.get(c.source);
    return s !== undefined && isPrimary(s);
  });
  const pinpointable = primary.filter((c) => isPinpointable(sourceById.get(c.source)!));
  return {
    citations: citations.length,
    primary: primary.length,
    pinpointable: pinpointable.length,
    pinpointed: pinpointable.filter((c) => c.pinpoint).length,
    explained: pinpointable.filter((c) => !c.pinpoint && c.unpinned).length,
    holdings: corpus.holdings.length,
    holdingsPinpointed: corpus.holdings.filter((h) => h.pinpoint).length,
  };
}
