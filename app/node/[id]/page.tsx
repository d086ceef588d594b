import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/data/corpus';
import { NodeCard } from '@/components/NodeCard';
import { HoldingList } from '@/components/HoldingList';
import { CommunityContributions } from '@/components/contribute/CommunityContributions';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().nodes.map((n) => ({ id: n.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const n = getCorpus().graph.node(id);
  return n ? { title: n.title, description: n.text.slice(0, 200) } : {};
}

export default async function NodePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const corpus = getCorpus();
  const node = corpus.graph.node(id);
  if (!node) notFound();
  const path = corpus.graph.pathToRoot(id).reverse();
  const holdings = corpus.holdings.filter((h) => h.adopts.includes(id) || h.rejects.includes(id));
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <a href="/">Questions</a>
          </li>
          {path.map((pid) => {
            const p = corpus.graph.node(pid)!;
            return (
              <li key={pid} aria-current={pid === id ? 'page' : undefined}>
                {pid === id ? p.title : <a href={p.kind === 'question' ? `/questions/${pid}` : `/node/${pid}`}>{p.title}</a>}
              </li>
            );
          })}
        </ol>
      </nav>
      <h1>{node.title}</h1>
      <NodeCard node={node} corpus={corpus} />
      <CommunityContributions nodeId={id} />
      {holdings.length ? (
        <>
          <h2>Rulings that take up this {node.kind}</h2>
          <HoldingList holdings={holdings} corpus={corpus} />
        </>
      ) : null}
    </>
  );
}
