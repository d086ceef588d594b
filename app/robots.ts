/** robots.txt: everything is public; the API and embeds are for programs and frames, not for indexing. */
import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await pageOrigin();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/embed/'] }],
    sitemap: absoluteUrl('/sitemap.xml', base),
  };
}
