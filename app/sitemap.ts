/** sitemap.xml: every permalink page, from the loaded corpus. */
import type { MetadataRoute } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { absoluteUrl, nodePath, questionPath, sourcePath } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const corpus = getCorpus();
  const base = await pageOrigin();
  const page = (path: string, priority: number) => ({ url: absoluteUrl(path, base), priority });
  return [
    page('/', 1),
    page('/sources', 0.8),
    page('/rulings', 0.8),
    page('/operations', 0.6),
    page('/operations/compare', 0.5),
    ...corpus.operations.map((o) => page(`/operations/${o.id}`, 0.6)),
    page('/exports', 0.5),
    page('/about', 0.5),
    ...corpus.nodes.filter((n) => n.kind === 'question').map((n) => page(questionPath(n.id), 0.9)),
    ...corpus.nodes.map((n) => page(nodePath(n.id), 0.7)),
    ...corpus.sources.map((s) => page(sourcePath(s.id), 0.7)),
  ];
}
