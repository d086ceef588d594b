/** robots.txt: everything is public; the API and embeds are for programs and frames, not for indexing. */
import type { MetadataRoute } from 'next';
import { absoluteUrl, siteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/embed/'] }],
    sitemap: absoluteUrl('/sitemap.xml', siteUrl()),
  };
}
