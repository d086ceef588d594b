import { describe, expect, it } from 'vitest';
import { allowedOrigins, isSameOrigin } from '@/lib/store/origin';

const site = ['http://127.0.0.1:3000'];
const req = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/contributions', { method: 'POST', headers: { host: '127.0.0.1:3000', ...headers } });

describe('isSameOrigin', () => {
  it('accepts a same-origin browser post and refuses a cross-origin one', () => {
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }), { allowedOrigins: site })).toBe(true);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000' }), { allowedOrigins: site })).toBe(true);
    expect(isSameOrigin(req({ origin: 'https://evil.example' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ origin: 'null' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ origin: 'not a url' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-site' }), { allowedOrigins: site })).toBe(false);
  });

  it('compares scheme, host and port, not just the host', () => {
    expect(isSameOrigin(req({ origin: 'https://127.0.0.1:3000' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3001' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.2:3000' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000/' }), { allowedOrigins: site })).toBe(true);
  });

  it('never trusts Host or X-Forwarded-Host', () => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' };
    expect(isSameOrigin(req(forged), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ ...forged, origin: 'http://evil.example' }), { allowedOrigins: site })).toBe(false);
  });

  it('refuses a request without Origin unless Sec-Fetch-Site says same-origin', () => {
    expect(isSameOrigin(req({}), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'none' }), { allowedOrigins: site })).toBe(false);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-origin' }), { allowedOrigins: site })).toBe(true);
  });

  it('accepts any configured origin', () => {
    const two = ['https://admissible.example', 'https://mirror.example'];
    expect(isSameOrigin(req({ origin: 'https://mirror.example' }), { allowedOrigins: two })).toBe(true);
    expect(isSameOrigin(req({ origin: 'http://admissible.example' }), { allowedOrigins: two })).toBe(false);
  });
});

describe('allowedOrigins', () => {
  it('is SITE_URL, ALLOWED_ORIGINS and PUBLIC_ORIGIN when set, as origins', () => {
    expect(allowedOrigins({ SITE_URL: 'https://admissible.example/sub/' }, 3000)).toEqual(['https://admissible.example']);
    expect(allowedOrigins({ SITE_URL: 'https://a.example', ALLOWED_ORIGINS: 'https://b.example, http://c.example:8080', PUBLIC_ORIGIN: 'https://a.example' }, 3000)).toEqual(['https://a.example', 'https://b.example', 'http://c.example:8080']);
  });

  it('falls back to loopback on the listening port when nothing is configured', () => {
    expect(allowedOrigins({}, 4123)).toEqual(['http://127.0.0.1:4123', 'http://localhost:4123', 'http://[::1]:4123']);
  });

  it('names the variable when a configured origin is not a URL', () => {
    expect(() => allowedOrigins({ ALLOWED_ORIGINS: 'admissible.example' }, 3000)).toThrow(/ALLOWED_ORIGINS/);
    expect(() => allowedOrigins({ SITE_URL: 'ftp://x.example' }, 3000)).toThrow(/SITE_URL/);
  });
});
