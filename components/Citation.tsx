/** One citation: the source, its pinpoint (or why there is none), a verbatim quote with its translation, and its status. */
import type { Citation as CitationRecord, Source } from '@/lib/model/schema';
import { formatPinpoint, languageName } from '@/lib/model/labels';
import { PinpointText, UnpinnedNote } from './PinpointText';
import { VerificationBadge } from './VerificationBadge';

/** A source a contributor named has no record page until the editors take it into data/: link the source itself. */
function sourceHref(source: Source): string {
  return source.id.startsWith('community-') ? source.url : `/sources/${source.id}`;
}

/**
 * citation: what the node cites; source: the cited record (undefined only for a community source);
 * brief: the source, pinpoint and status only, for pages that list many nodes (the node's own page
 * gives the identifiers, notes, quotes and pinpoint suggestions).
 */
export function Citation({ citation, source, suggest, brief = false }: { citation: CitationRecord; source: Source | undefined; suggest?: { target: string; citation: number }; brief?: boolean }) {
  if (brief) {
    return (
      <li>
        <a href={source ? sourceHref(source) : `/sources/${citation.source}`}>{source?.title ?? citation.source}</a>
        {citation.pinpoint ? `, ${formatPinpoint(citation.pinpoint)}` : ''}
        {source ? (
          <>
            {' '}
            <VerificationBadge status={source.verification.status} />
          </>
        ) : null}
      </li>
    );
  }
  return (
    <li>
      {source ? (
        <>
          <a href={sourceHref(source)}>{source.title}</a>
          {source.identifiers.ecli ? <span className="muted"> {source.identifiers.ecli}</span> : null}
          {citation.pinpoint ? (
            <span>
              , <PinpointText pinpoint={citation.pinpoint} />
            </span>
          ) : null} <span className="muted small">({source.date})</span>{' '}
          <VerificationBadge status={source.verification.status} />
        </>
      ) : (
        <span>{citation.source}</span>
      )}
      {citation.unpinned ? <UnpinnedNote reason={citation.unpinned} suggest={suggest} /> : null}
      {citation.note ? <div className="muted small">{citation.note}</div> : null}
      {citation.quote ? (
        <blockquote>
          <span className="quote-language small muted">{languageName(citation.quote.language)} original: </span>
          <span lang={citation.quote.language}>“{citation.quote.text}”</span>
          {citation.quote.translation ? (
            <span className="translation" lang="en">
              {citation.quote.translation.official ? 'Official' : 'Unofficial'} English translation ({citation.quote.translation.by}): “
              {citation.quote.translation.text}”
            </span>
          ) : null}
        </blockquote>
      ) : null}
    </li>
  );
}
