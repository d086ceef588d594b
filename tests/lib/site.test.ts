import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, absoluteUrl, configuredSiteUrl, originFromHeaders, siteUrl } from '@/lib/site';

describe('siteUrl', () => {
  it('takes SITE_URL without a trailing slash, or the default', () => {
    expect(siteUrl({ SITE_URL: 'https://admissible.example/' })).toBe('https://admissible.example');
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(configuredSiteUrl({})).toBeUndefined();
    expect(configuredSiteUrl({ SITE_URL: '  ' })).toBeUndefined();
    expect(absoluteUrl('/node/x', 'https://a.example')).toBe('https://a.example/node/x');
    expect(absoluteUrl('/node/x', '')).toBe('/node/x');
    expect(() => siteUrl({ SITE_URL: 'not a url' })).toThrow(/SITE_URL is not a URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://a.example' })).toThrow(/SITE_URL must be an http\(s\) URL/);
  });
});

describe('originFromHeaders', () => {
  const headers = (h: Record<string, string>) => (name: string) => h[name];

  it('is the origin the request was made to', () => {
    expect(originFromHeaders(headers({ host: 'admissible.test' }), {})).toBe('http://admissible.test');
    expect(originFromHeaders(headers({ host: 'Admissible.Test:8080', 'x-forwarded-proto': 'https' }), {})).toBe('https://admissible.test:8080');
    expect(originFromHeaders(headers({ host: '[::1]:3000' }), {})).toBe('http://[::1]:3000');
  });

  it('prefers PUBLIC_ORIGIN, and reads X-Forwarded-Host only behind trusted proxies', () => {
    expect(originFromHeaders(headers({ host: 'internal:3000' }), { PUBLIC_ORIGIN: 'https://admissible.example/' })).toBe('https://admissible.example');
    expect(originFromHeaders(headers({ host: 'internal:3000', 'x-forwarded-host': 'evil.example' }), {})).toBe('http://internal:3000');
    expect(originFromHeaders(headers({ host: 'internal:3000', 'x-forwarded-host': 'admissible.example, other' }), { TRUSTED_PROXY_HOPS: '1' })).toBe('http://admissible.example');
  });

  it('gives undefined for a missing or malformed host, never an error', () => {
    expect(originFromHeaders(headers({}), {})).toBeUndefined();
    for (const host of ['evil.example/path', 'a b', 'x"><script>', 'host:99999999', '', '..', 'é.example']) {
      expect(originFromHeaders(headers({ host }), {}), host).toBeUndefined();
    }
    // An odd scheme is read as http, never copied into the page.
    expect(originFromHeaders(headers({ host: 'a.test', 'x-forwarded-proto': 'javascript' }), {})).toBe('http://a.test');
  });
});
