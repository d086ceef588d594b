/**
 * The permalink of every source: its full record, where to read it officially, how far it was
 * verified, every node that cites it (with the pinpoint), the holdings it contains, its appeal
 * chain, and how to cite it.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus, getCorpusAsOf } from '@/lib/data/corpus';
import { asOfParam, withAsOf } from '@/lib/asof';
import { NotYet } from '@/components/NotYet';
import { VerificationBadge } from '@/components/VerificationBadge';
import { HoldingList } from '@/components/HoldingList';
import { CiteBox } from '@/components/CiteBox';
import { AddToBrief } from '@/components/brief/AddToBrief';
import { JsonLd } from '@/components/JsonLd';
import { AUTHORITY_LABELS, ownTitleNote, SOURCE_TYPE_LABELS, VERIFICATION_LABELS } from '@/lib/model/labels';
import { PinpointText } from '@/components/PinpointText';
import { STANDING_LABELS, officialLinks } from '@/lib/cite/official-links';
import { appealChain } from '@/lib/cite/appeal';
import { courtOf } from '@/lib/cite/csl-item';
import { sourceReferences } from '@/lib/cite/page-refs';
import { isoDay } from '@/lib/cite/accessed';
import { breadcrumbJsonLd, jsonLdScript, sourceJsonLd } from '@/lib/cite/jsonld';
import { absoluteUrl, nodePath, questionPath, sourcePath } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().sources.map((s) => ({ id: s.id }));
}

const APPEAL_WORDS: Record<string, string> = { 'reversed-by': 'reversed by', 'upheld-by': 'upheld by', 'referred-to': 'referred to', 'answered-by': 'answered by' };

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const s = getCorpus().sourceById.get(id);
  if (!s) return {};
  const url = absoluteUrl(sourcePath(id), await pageOrigin());
  const description = `${SOURCE_TYPE_LABELS[s.type]}, ${s.issuer}, ${s.date}${s.identifiers.ecli ? `, ${s.identifiers.ecli}` : ''}. ${s.summary}`.slice(0, 200);
  return {
    title: s.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: s.title, description, url, siteName: 'Admissible' },
    twitter: { card: 'summary', title: s.title, description },
  };
}

export default async function SourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const asOf = asOfParam(await searchParams);
  if (!getCorpus().sourceById.has(id)) notFound();
  const corpus = getCorpusAsOf(asOf);
  const source = corpus.sourceById.get(id);
  if (!source) return <NotYet what="source" asOf={asOf!} />;
  const base = await pageOrigin();
  const permalink = absoluteUrl(withAsOf(sourcePath(id), asOf), base);
  const citing = corpus.nodes.flatMap((n) => n.citations.filter((c) => c.source === id).map((c) => ({ node: n, citation: c })));
  const holdings = corpus.holdings.filter((h) => h.source === id);
  const court = courtOf(source, corpus);
  const courtActor = corpus.actors.find((a) => a.kind === 'court' && a.court !== undefined && a.court === source.court);
  const links = officialLinks(source, courtActor);
  const chain = appealChain(id, corpus.sources);
  const jurisdiction = corpus.jurisdictions.find((j) => j.code === source.jurisdiction);
  const operations = source.operations.map((o) => corpus.operations.find((op) => op.id === o)?.name ?? o);
  const ids = source.identifiers;
  // Under the title: the document's own title, or that the editors gave the title (data/README.md, ownTitle).
  const titleNote = ownTitleNote(source);
  const jsonLd = jsonLdScript(
    sourceJsonLd(source, { permalink, siteUrl: base, version: corpus.version }),
    breadcrumbJsonLd([
      { name: 'Sources', url: absoluteUrl('/sources', base) },
      { name: source.title, url: permalink },
    ]),
  );
  return (
    <div className="permalink-page">
      <JsonLd script={jsonLd} />
      <Breadcrumbs
        crumbs={[
          { label: 'Sources', href: '/sources' },
          { label: jurisdiction?.name ?? source.jurisdiction, href: `/sources?jurisdiction=${encodeURIComponent(source.jurisdiction)}` },
          { label: source.title },
        ]}
      />
      <p className="kind-tag">
        {SOURCE_TYPE_LABELS[source.type]} · {AUTHORITY_LABELS[source.authority]} · {source.jurisdiction}
      </p>
      <h1>{source.title}</h1>
      {titleNote ? <p className="muted small">{titleNote}</p> : null}
      <p>
        <VerificationBadge status={source.verification.status} />
      </p>
      <dl className="record">
        <dt>Issued by</dt>
        <dd>{source.issuer}</dd>
        {court ? (
          <>
            <dt>Court</dt>
            <dd>
              {court.name} <span className="muted small">({court.level.replace('-', ' ')})</span>
            </dd>
          </>
        ) : null}
        {source.authors.length ? (
          <>
            <dt>Author{source.authors.length > 1 ? 's' : ''}</dt>
            <dd>{source.authors.map((a) => ('literal' in a ? a.literal : `${a.given} ${a.family}`)).join('; ')}</dd>
          </>
        ) : null}
        {source.container ? (
          <>
            <dt>Published in</dt>
            <dd>{source.container}</dd>
          </>
        ) : null}
        <dt>Jurisdiction</dt>
        <dd>{jurisdiction?.name ?? source.jurisdiction}</dd>
        <dt>Date</dt>
        <dd>
          <time dateTime={source.date}>{source.date}</time>
        </dd>
        {ids.ecli ? (
          <>
            <dt>ECLI</dt>
            <dd>
              <code>{ids.ecli}</code>
            </dd>
          </>
        ) : null}
        {ids.caseNumbers.length ? (
          <>
            <dt>Case number{ids.caseNumbers.length > 1 ? 's' : ''}</dt>
            <dd>{ids.caseNumbers.join('; ')}</dd>
          </>
        ) : null}
        {ids.neutralCitation ? (
          <>
            <dt>Neutral citation</dt>
            <dd>{ids.neutralCitation}</dd>
          </>
        ) : null}
        {ids.celex ? (
          <>
            <dt>CELEX</dt>
            <dd>
              <code>{ids.celex}</code>
            </dd>
          </>
        ) : null}
        {ids.other.length ? (
          <>
            <dt>Other identifiers</dt>
            <dd>{ids.other.join('; ')}</dd>
          </>
        ) : null}
        <dt>Language</dt>
        <dd>{source.language}</dd>
        {operations.length ? (
          <>
            <dt>Operations</dt>
            <dd>{operations.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <h2>Where to read it</h2>
      {links[0]?.standing !== 'official' ? <p className="small">No official copy of this source is linked yet; the links below are open databases or secondary sources.</p> : null}
      <ul className="official-links">
        {links.map((l) => (
          <li key={l.url} data-standing={l.standing}>
            <span className={`link-standing link-standing-${l.standing}`}>{STANDING_LABELS[l.standing]}</span>{' '}
            <a href={l.url} rel="noopener noreferrer" data-link-kind={l.kind}>
              {l.label}
            </a>{' '}
            <span className="muted small break">{l.url}</span>
          </li>
        ))}
      </ul>
      <h2>Summary</h2>
      <p>{source.summary}</p>
      <h2>Verification</h2>
      <p>
        <VerificationBadge status={source.verification.status} /> {VERIFICATION_LABELS[source.verification.status].explanation}
      </p>
      <p>{source.verification.notes || 'No further notes.'}</p>
      <ul className="small">
        {source.verification.seenAt.map((u) => (
          <li key={u}>
            Seen at{' '}
            <a href={u} rel="noopener noreferrer" className="break">
              {u}
            </a>
          </li>
        ))}
      </ul>
      {chain.length ? (
        <>
          <h2>Appeal chain</h2>
          <ol className="appeal-chain">
            {chain.map((step) => (
              <li key={step.source.id} aria-current={step.source.id === id ? 'true' : undefined}>
                {step.source.id === id ? <strong>{step.source.title} (this ruling)</strong> : <a href={sourcePath(step.source.id)}>{step.source.title}</a>}{' '}
                <span className="muted small">
                  {step.source.issuer}, {step.source.date}
                </span>
                {step.relationToNext ? <div className="small">↓ {APPEAL_WORDS[step.relationToNext] ?? step.relationToNext}</div> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {holdings.length ? (
        <>
          <h2>Holdings in this ruling ({holdings.length})</h2>
          <div className="holdings-cards">
            <HoldingList holdings={holdings} corpus={corpus} />
          </div>
          <ul className="small">
            {holdings.map((h) => (
              <li key={h.id}>
                On <a href={questionPath(h.question)}>{corpus.graph.node(h.question)?.title ?? h.question}</a>
                {h.pinpoint ? (
                  <>
                    , <PinpointText pinpoint={h.pinpoint} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Cited by ({citing.length})</h2>
      {citing.length ? (
        <ul className="cited-by">
          {citing.map(({ node, citation }, i) => (
            <li key={`${node.id}-${i}`}>
              <span className="kind-tag">{node.kind}</span> <a href={node.kind === 'question' ? questionPath(node.id) : nodePath(node.id)}>{node.title}</a>
              {citation.pinpoint ? (
                <span>
                  , <PinpointText pinpoint={citation.pinpoint} />
                </span>
              ) : (
                <span className="muted small"> (no pinpoint{citation.unpinned ? `: ${citation.unpinned}` : ''})</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No node cites this source yet.</p>
      )}
      <AddToBrief id={source.id} label={source.title} />
      <CiteBox references={sourceReferences(source, corpus)} permalink={permalink} version={corpus.version} builtOn={isoDay(new Date())} heading="Cite this source" />
      <p className="small muted no-print">
        As data: <a href={`/api/sources/${id}`}>/api/sources/{id}</a>
      </p>
    </div>
  );
}
