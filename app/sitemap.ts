/**
 * sitemap.xml: every permalink page, from the loaded corpus, and the pages that show community
 * contributions with the date of the latest approval, and each approved community node's page (live:
 * rendered per request from lib/store/read.ts).
 */
import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { getCorpus } from '@/lib/data/corpus';
import { liveCorpus } from '@/lib/store/read';
import { absoluteUrl, nodePath, questionPath, sourcePath } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const corpus = getCorpus();
  const live = await liveCorpus().catch(() => undefined);
  const lastApproval = live ? [...live.community.values()].reduce<string | undefined>((max, p) => (!max || p.approvedAt > max ? p.approvedAt : max), undefined) : undefined;
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
    { ...page('/map', 0.8), ...(lastApproval ? { lastModified: lastApproval } : {}) },
    { ...page('/community', 0.6), ...(lastApproval ? { lastModified: lastApproval } : {}) },
    ...corpus.nodes.filter((n) => n.kind === 'question').map((n) => page(questionPath(n.id), 0.9)),
    ...corpus.nodes.map((n) => page(nodePath(n.id), 0.7)),
    ...corpus.sources.map((s) => page(sourcePath(s.id), 0.7)),
    // Approved community nodes have their own pages too, for as long as they stay approved.
    ...(live ? [...live.community].filter(([id]) => live.graph.node(id)).map(([id, p]) => ({ ...page(nodePath(id), 0.5), lastModified: p.approvedAt })) : []),
  ];
}
