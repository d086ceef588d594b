/**
 * The Content-Security-Policy, without 'unsafe-inline' for scripts. Next.js pages carry inline
 * scripts (the RSC payload). Pages rendered per request get a fresh nonce, which Next.js puts
 * on its scripts; statically generated pages cannot carry a nonce, so their policy lists the
 * sha256 of each inline script in the page's prerendered HTML instead. Both go in one policy.
 */
import { createHash } from 'node:crypto';

/** Inline scripts in an HTML document: those without src. Hashes are of the exact text the browser sees. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (/\ssrc\s*=/i.test(' ' + m[1])) continue;
    out.push(m[2] ?? '');
  }
  return out;
}

export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}

export interface PolicyOptions {
  nonce: string;
  /** Hash sources ('sha256-…') for the inline scripts of a statically generated page. */
  hashes?: readonly string[];
  /** Whether other sites may frame the page (only the embed view). */
  frameable?: boolean;
  /** next dev needs eval for its error overlay; production never does. */
  development?: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const script = ["'self'", `'nonce-${options.nonce}'`, ...(options.hashes ?? []), ...(options.development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    // Inline style attributes (React style props, SVG layout) are allowed; inline scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameable ? '*' : "'none'"}`,
  ].join('; ');
}

/** Only the embeddable view may be framed by other sites. */
export function isFrameable(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}
