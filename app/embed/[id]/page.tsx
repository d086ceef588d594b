/** /embed/<question id>: one question's map for an iframe. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus, questionParams } from '@/lib/data/corpus';
import { EmbedMap } from '@/components/EmbedMap';
import { pageOrigin } from '@/app/_site/origin';

export const dynamicParams = false;

export const generateStaticParams = questionParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const q = getCorpus().graph.node(id);
  return q ? { title: `${q.title} (embedded map)`, robots: { index: false } } : {};
}

export default async function EmbedQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const corpus = getCorpus();
  if (corpus.graph.node(id)?.kind !== 'question') notFound();
  return <EmbedMap corpus={corpus} question={id} base={await pageOrigin()} />;
}
