/**
 * Hashes of the inline scripts of each statically generated page, read from the prerendered
 * HTML that next build wrote under .next/server/app. A path without its own HTML (a dynamic
 * page, or a 404) gets the not-found page's hashes, since Next.js may serve that prerendered page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { inlineScriptHashes } from './csp';

const cache = new Map<string, string[]>();
const MAX_CACHED = 20_000;

function appDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), process.env.ADMISSIBLE_NEXT_DIR ?? '.next', 'server', 'app');
}

function hashesOfFile(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  return inlineScriptHashes(readFileSync(file, 'utf8'));
}

/** The prerendered HTML file for a path, if the path can name one (no traversal out of the app directory). */
export function prerenderedFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const trimmed = decoded.replace(/\/+$/, '');
  const name = trimmed === '' ? 'index' : trimmed.slice(1);
  if (name.includes('\0')) return undefined;
  const file = normalize(join(root, `${name}.html`));
  return file.startsWith(root + sep) ? file : undefined;
}

export function staticPageHashes(pathname: string): string[] {
  const hit = cache.get(pathname);
  if (hit) return hit;
  const root = appDir();
  const file = prerenderedFile(root, pathname);
  const own = file ? hashesOfFile(file) : undefined;
  const hashes = own ?? hashesOfFile(join(root, '_not-found.html')) ?? [];
  if (cache.size < MAX_CACHED) cache.set(pathname, hashes);
  return hashes;
}
