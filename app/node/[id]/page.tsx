/**
 * The permalink of every question, position, argument and fact: what it says, who advances it,
 * where it sits in the map, the rulings that take it up, and how to cite it. Curated nodes read the
 * curated corpus (their pages are generated at build time); an approved community node reads the
 * live corpus per request (lib/store/read.ts), so it has its page from approval until withdrawal.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getCorpus, getCorpusAsOf, holdingsOn, type LoadedCorpus } from '@/lib/data/corpus';
import { communityNode, liveCorpusAsOf } from '@/lib/store/read';
import type { Provenance } from '@/lib/store/community';
import { ProvenanceNote } from '@/components/contribute/ProvenanceNote';
import { asOfParam, withAsOf } from '@/lib/asof';
import { NotYet } from '@/components/NotYet';
import { NodeCard } from '@/components/NodeCard';
import { HoldingList } from '@/components/HoldingList';
import { CommunityContributions } from '@/components/contribute/CommunityContributions';
import { CiteBox } from '@/components/CiteBox';
import { AddToBrief } from '@/components/brief/AddToBrief';
import { JsonLd } from '@/components/JsonLd';
import { absoluteUrl, nodePath, questionPath, sourcePath } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';
import { nodeReferences, sourceReference } from '@/lib/cite/page-refs';
import { isoDay } from '@/lib/cite/accessed';
import { breadcrumbJsonLd, jsonLdScript, nodeJsonLd } from '@/lib/cite/jsonld';
import type { DebateNode } from '@/lib/model/schema';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { VerificationBadge } from '@/components/VerificationBadge';
import { NODE_KIND_LABELS } from '@/lib/model/labels';

// Ids beyond the curated ones are rendered on request: approved community nodes, or a 404 (not-found.tsx).
export const dynamicParams = true;

export function generateStaticParams() {
  const corpus = getCorpus();
  return [...corpus.nodes, ...(corpus.withdrawn ?? [])].map((n) => ({ id: n.id }));
}

/** A node the editors took out of the map: its permalink says when and why (data/withdrawn.json). */
function withdrawnNode(id: string) {
  return getCorpus().withdrawn?.find((w) => w.id === id);
}


function describe(node: DebateNode): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
}

/**
 * The node today and, for a community node, its provenance; undefined when the map holds no such
 * node. A community node is read from the store, so its page is rendered per request.
 */
async function findNode(id: string): Promise<{ node: DebateNode; provenance?: Provenance } | undefined> {
  const curated = getCorpus().graph.node(id);
  if (curated) return { node: curated };
  await connection();
  return communityNode(id);
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const gone = withdrawnNode(id);
  if (gone) return { title: `Withdrawn ${NODE_KIND_LABELS[gone.kind].toLowerCase()}: ${gone.title}`, robots: { index: false } };
  const found = await findNode(id);
  if (!found) return {};
  const n = found.node;
  const url = absoluteUrl(nodePath(id), await pageOrigin());
  const title = `${found.provenance ? 'Community ' + NODE_KIND_LABELS[n.kind].toLowerCase() : NODE_KIND_LABELS[n.kind]}: ${n.title}`;
  return {
    title,
    description: describe(n),
    alternates: { canonical: url },
    openGraph: { type: 'article', title, description: describe(n), url, siteName: 'Admissible' },
    twitter: { card: 'summary', title, description: describe(n) },
  };
}

export default async function NodePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const asOf = asOfParam(await searchParams);
  const gone = withdrawnNode(id);
  if (gone) {
    return (
      <div className="permalink-page">
        <p className="kind-tag">Withdrawn {NODE_KIND_LABELS[gone.kind].toLowerCase()}</p>
        <h1>{gone.title}</h1>
        <p role="note" className="card">
          The editors took this {NODE_KIND_LABELS[gone.kind].toLowerCase()} out of the map on <time dateTime={gone.withdrawn}>{gone.withdrawn}</time>: {gone.reason}
        </p>
        <p>
          Its address stays reserved and is never given to anything else. <a href="/map">The map</a> · <a href="/search">Search the site</a>
        </p>
      </div>
    );
  }
  const found = await findNode(id);
  if (!found) notFound();
  const provenance = found.provenance;
  const corpus: LoadedCorpus = provenance ? await liveCorpusAsOf(asOf) : getCorpusAsOf(asOf);
  const node = corpus.graph.node(id);
  if (!node) return <NotYet what="node" asOf={asOf!} />;
  const base = await pageOrigin();
  const path = corpus.graph.pathToRoot(id).reverse();
  const hrefOf = (pid: string) => (corpus.graph.node(pid)?.kind === 'question' ? questionPath(pid) : nodePath(pid));
  const holdings = holdingsOn(corpus, id);
  const permalink = absoluteUrl(withAsOf(nodePath(id), asOf), base);
  const cited = node.citations.flatMap((c) => {
    const source = corpus.sourceById.get(c.source);
    return source ? [{ citation: c, source }] : [];
  });
  const jsonLd = jsonLdScript(
    nodeJsonLd(node, {
      permalink,
      siteUrl: base,
      version: corpus.version,
      actors: node.advancedBy.map((a) => corpus.actorById.get(a)).filter((a) => a !== undefined),
      sources: cited.map((c) => c.source),
    }),
    breadcrumbJsonLd([{ name: 'Questions', url: absoluteUrl('/', base) }, ...path.map((pid) => ({ name: corpus.graph.node(pid)!.title, url: absoluteUrl(hrefOf(pid), base) }))]),
  );
  return (
    <div className="permalink-page">
      <JsonLd script={jsonLd} />
      <Breadcrumbs
        crumbs={[
          { label: 'Questions', href: '/' },
          ...path.map((pid) => ({ label: corpus.graph.node(pid)!.title, ...(pid === id ? {} : { href: hrefOf(pid) }) })),
        ]}
      />
      <p className="kind-tag">
        {provenance ? <span className="community-mark">Community contribution</span> : null} {NODE_KIND_LABELS[node.kind]}
      </p>
      <h1 className={provenance ? 'user-text' : undefined}>{node.title}</h1>
      {provenance ? <CommunityStanding node={node} corpus={corpus} provenance={provenance} /> : null}
      {node.kind === 'question' ? (
        <>
          <p className="lede">{node.text}</p>
          <p>
            <a href={questionPath(id)}>All positions and rulings on this question</a>
          </p>
        </>
      ) : (
        <>
          {/* NodeCard titles itself with an h3; this keeps the heading outline unbroken. */}
          <h2 className="visually-hidden">The {node.kind}, who advances it, and its arguments</h2>
          <NodeCard node={node} corpus={corpus} />
        </>
      )}
      {provenance ? null : <CommunityContributions nodeId={id} />}
      {holdings.length ? (
        <>
          <h2>Rulings that take up this {node.kind}</h2>
          <div className="holdings-cards">
            <HoldingList holdings={holdings} corpus={corpus} />
          </div>
        </>
      ) : null}
      {cited.length ? (
        <>
          <h2>Its sources, in OSCOLA</h2>
          <ol className="source-refs">
            {cited.map(({ citation, source }, i) => (
              <li key={`${source.id}-${i}`}>
                {sourceReference(source, corpus, citation.pinpoint)} <VerificationBadge status={source.verification.status} />{' '}
                {/* A source named by a contributor has no record page until the editors take it into data/. */}
                {getCorpus().sourceById.has(source.id) ? <a href={sourcePath(source.id)}>Source record</a> : <a href={source.url}>The source, as the contributor gave it</a>}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <AddToBrief id={id} label={node.title} />
      <CiteBox references={nodeReferences(node, corpus, base, asOf)} permalink={permalink} version={corpus.version} builtOn={isoDay(new Date())} />
      <p className="small muted no-print">
        As data: <a href={`/api/nodes/${id}`}>/api/nodes/{id}</a>
      </p>
    </div>
  );
}

const RELATION_WORDS: Record<string, string> = {
  answers: 'Answers',
  supports: 'Supports',
  opposes: 'Opposes',
  undercuts: 'Undercuts',
  'subquestion-of': 'A sub-question of',
  'relies-on-fact': 'Relies on the fact',
};

/** A community node's place in the debate (what it answers, supports or opposes) and where it came from. */
function CommunityStanding({ node, corpus, provenance }: { node: DebateNode; corpus: LoadedCorpus; provenance: Provenance }) {
  return (
    <div className="community-section">
      <p>
        A reader contributed this {node.kind}; a moderator checked it and approved it on <time dateTime={provenance.approvedAt}>{provenance.approvedAt.slice(0, 10)}</time>. It is not part of the
        curated corpus: the editors have not verified it or its sources.
      </p>
      <ul className="community-links">
        {node.links.map((l) => {
          const target = corpus.graph.node(l.target);
          return target ? (
            <li key={`${l.relation}-${l.target}`}>
              {RELATION_WORDS[l.relation] ?? l.relation} <a href={target.kind === 'question' ? questionPath(target.id) : nodePath(target.id)}>{target.title}</a>
            </li>
          ) : null;
        })}
      </ul>
      <ProvenanceNote provenance={provenance} />
    </div>
  );
}
