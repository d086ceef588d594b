import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/data/corpus';
import { VerificationBadge } from '@/components/VerificationBadge';
import { HoldingList } from '@/components/HoldingList';
import { AUTHORITY_LABELS, SOURCE_TYPE_LABELS, formatPinpoint } from '@/lib/model/labels';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().sources.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const s = getCorpus().sourceById.get(id);
  return s ? { title: s.title, description: s.summary.slice(0, 200) } : {};
}

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const corpus = getCorpus();
  const source = corpus.sourceById.get(id);
  if (!source) notFound();
  const citing = corpus.nodes.flatMap((n) => n.citations.filter((c) => c.source === id).map((c) => ({ node: n, citation: c })));
  const holdings = corpus.holdings.filter((h) => h.source === id);
  return (
    <>
      <p className="kind-tag">
        {SOURCE_TYPE_LABELS[source.type]} · {AUTHORITY_LABELS[source.authority]} · {source.jurisdiction}
      </p>
      <h1>{source.title}</h1>
      <p>
        <VerificationBadge status={source.verification.status} />
      </p>
      <dl>
        <dt>Issued by</dt>
        <dd>{source.issuer}</dd>
        <dt>Date</dt>
        <dd>{source.date}</dd>
        {source.identifiers.ecli ? (
          <>
            <dt>ECLI</dt>
            <dd>{source.identifiers.ecli}</dd>
          </>
        ) : null}
        {source.identifiers.caseNumbers.length ? (
          <>
            <dt>Case number</dt>
            <dd>{source.identifiers.caseNumbers.join('; ')}</dd>
          </>
        ) : null}
        <dt>Link</dt>
        <dd>
          <a href={source.url} rel="noopener noreferrer">
            {source.url}
          </a>
        </dd>
      </dl>
      <h2>Summary</h2>
      <p>{source.summary}</p>
      <h2>Verification</h2>
      <p>{source.verification.notes || 'No notes.'}</p>
      <ul className="small">
        {source.verification.seenAt.map((u) => (
          <li key={u}>
            Seen at <a href={u}>{u}</a>
          </li>
        ))}
      </ul>
      {holdings.length ? (
        <>
          <h2>Holdings</h2>
          <HoldingList holdings={holdings} corpus={corpus} />
        </>
      ) : null}
      <h2>Cited by ({citing.length})</h2>
      <ul>
        {citing.map(({ node, citation }, i) => (
          <li key={`${node.id}-${i}`}>
            <a href={`/node/${node.id}`}>{node.title}</a>
            {citation.pinpoint ? <span>, {formatPinpoint(citation.pinpoint)}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
