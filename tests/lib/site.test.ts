import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, absoluteUrl, siteUrl } from '@/lib/site';

describe('siteUrl', () => {
  it('takes SITE_URL without a trailing slash, or the default', () => {
    expect(siteUrl({ SITE_URL: 'https://admissible.example/' })).toBe('https://admissible.example');
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(absoluteUrl('/node/x', 'https://a.example')).toBe('https://a.example/node/x');
    expect(() => siteUrl({ SITE_URL: 'not a url' })).toThrow(/SITE_URL is not a URL/);
  });
});
