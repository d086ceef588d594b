/** A fact's standing, in words and a symbol: established by which court(s), contested, or not known. */
import type { Actor, FactNode } from '@/lib/model/schema';

/** fact: the fact node; courts: its establishedBy actors, resolved. */
export function FactStatus({ fact, courts }: { fact: Pick<FactNode, 'status'>; courts: Actor[] }) {
  switch (fact.status) {
    case 'established':
      return (
        <span className="badge verified fact-status" title="A court found this as a fact; see its citation.">
          <span aria-hidden="true">✓</span> Established by {courts.map((c) => c.name).join('; ') || 'a court'}
        </span>
      );
    case 'contested':
      return (
        <span className="badge unverified fact-status" title="The parties or sources disagree about this; see who says what in the citations.">
          <span aria-hidden="true">≠</span> Contested
        </span>
      );
    case 'unknown':
      return (
        <span className="badge partial fact-status" title="Not disclosed or not established in any source in the corpus.">
          <span aria-hidden="true">?</span> Not known
        </span>
      );
  }
}
