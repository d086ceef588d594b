/**
 * The permalink of every question, position, argument and fact: what it says, who advances it,
 * where it sits in the map, the rulings that take it up, and how to cite it.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus, getCorpusAsOf, holdingsOn } from '@/lib/data/corpus';
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

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().nodes.map((n) => ({ id: n.id }));
}


function describe(node: DebateNode): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const n = getCorpus().graph.node(id);
  if (!n) return {};
  const url = absoluteUrl(nodePath(id), await pageOrigin());
  const title = `${NODE_KIND_LABELS[n.kind]}: ${n.title}`;
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
  if (!getCorpus().graph.node(id)) notFound();
  const corpus = getCorpusAsOf(asOf);
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
      <p className="kind-tag">{NODE_KIND_LABELS[node.kind]}</p>
      <h1>{node.title}</h1>
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
      <CommunityContributions nodeId={id} />
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
                {sourceReference(source, corpus, citation.pinpoint)} <VerificationBadge status={source.verification.status} /> <a href={sourcePath(source.id)}>Source record</a>
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
