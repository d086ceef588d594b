/**
 * Where the site lives, for permalinks, canonical URLs, the sitemap and citations.
 * SITE_URL is read at build time (static pages embed it) and at run time (API, sitemap);
 * set it to the public origin when deploying, e.g. SITE_URL=https://admissible.example.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:3000';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${raw}" (expected an origin such as https://admissible.example)`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The permanent URL of a node or source page: ids never change, so neither do these. */
export function nodePath(id: string): string {
  return `/node/${id}`;
}

export function sourcePath(id: string): string {
  return `/sources/${id}`;
}

export function questionPath(id: string): string {
  return `/questions/${id}`;
}

export function absoluteUrl(path: string, base = siteUrl()): string {
  return base + (path.startsWith('/') ? path : `/${path}`);
}
