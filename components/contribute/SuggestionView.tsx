/**
 * A pinpoint suggestion or a ruling proposal as readers and moderators see it. Every string is
 * rendered as text by React (escaped); links only ever carry https URLs, checked again here.
 */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { DISPOSITION_LABELS, formatPinpoint } from '@/lib/model/labels';
import { answersOf } from '@/lib/store/community';
import type { PinpointSuggestion, RulingProposal } from '@/lib/store/suggestions';
import { nodeHref } from './links';
import { ContributorFacts } from './ContributorFacts';

function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? new URL(url).toString() : undefined;
  } catch {
    return undefined;
  }
}

function Link({ url }: { url: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} rel="nofollow noopener noreferrer ugc" className="url">
      {url}
    </a>
  ) : (
    <span className="url">{url}</span>
  );
}

export function pinpointPlace(s: Pick<PinpointSuggestion, 'target' | 'citation'>, corpus: LoadedCorpus): { label: string; href?: string } {
  if (s.citation !== undefined) {
    const node = corpus.graph.node(s.target);
    const cited = node?.citations[s.citation];
    const source = cited ? corpus.sourceById.get(cited.source) : undefined;
    return { label: `citation ${s.citation + 1} (${source?.title ?? cited?.source ?? 'unknown source'}) on “${node?.title ?? s.target}”`, href: node ? nodeHref(node) : undefined };
  }
  const holding = corpus.holdings.find((h) => h.id === s.target);
  const source = holding ? corpus.sourceById.get(holding.source) : undefined;
  return { label: `the holding of ${source?.title ?? holding?.source ?? s.target}`, href: holding ? `/questions/${encodeURIComponent(holding.question)}#${holding.id}` : undefined };
}

export function SuggestionView({ submission: s, corpus, showEmail = false }: { submission: PinpointSuggestion | RulingProposal; corpus: LoadedCorpus; showEmail?: boolean }) {
  if (s.kind === 'pinpoint') {
    const place = pinpointPlace(s, corpus);
    return (
      <div className="contribution">
        <dl className="facts">
          <dt>Proposed</dt>
          <dd>
            a pinpoint for {place.href ? <a href={place.href}>{place.label}</a> : place.label}
          </dd>
          <dt>Pinpoint</dt>
          <dd className="user-text">{formatPinpoint(s.pinpoint)}</dd>
          <dt>The words it points at</dt>
          <dd className="user-text">“{s.excerpt}”</dd>
          <dt>Where they were read</dt>
          <dd>
            <Link url={s.seenAt} />
          </dd>
          <ContributorFacts s={s} showEmail={showEmail} />
        </dl>
      </div>
    );
  }
  const question = corpus.graph.node(s.target);
  const court = corpus.jurisdictions.flatMap((j) => j.courts.map((c) => ({ ...c, jurisdiction: j.name }))).find((c) => c.id === s.court);
  const answer = answersOf(question).find((a) => a.id === s.answer);
  const ids = [s.identifiers.ecli, ...(s.identifiers.caseNumbers ?? []), s.identifiers.neutralCitation].filter((x): x is string => !!x);
  return (
    <div className="contribution">
      <dl className="facts">
        <dt>Proposed</dt>
        <dd>
          a ruling on {question ? <a href={nodeHref(question)}>{question.title}</a> : <code>{s.target}</code>}
        </dd>
        <dt>Court</dt>
        <dd>
          {court ? `${court.name} (${court.jurisdiction})` : s.court}, {s.type} of {s.date}
        </dd>
        <dt>Identifiers</dt>
        <dd className="user-text">{ids.join('; ')}</dd>
        <dt>Official text</dt>
        <dd>
          <Link url={s.url} />
        </dd>
        <dt>Answer to the question</dt>
        <dd>
          {answer?.label ?? s.answer}
          {s.notReached ? (
            <>
              {' '}
              — <span className="user-text">{s.notReached}</span>
            </>
          ) : null}
        </dd>
        <dt>What the court pronounced</dt>
        <dd>
          {DISPOSITION_LABELS[s.disposition]?.label ?? s.disposition}
          {s.dispositionNote ? (
            <>
              {' '}
              — <span className="user-text">{s.dispositionNote}</span>
            </>
          ) : null}
        </dd>
        <dt>Summary</dt>
        <dd className="user-text">{s.summary}</dd>
        <ContributorFacts s={s} showEmail={showEmail} />
      </dl>
    </div>
  );
}
