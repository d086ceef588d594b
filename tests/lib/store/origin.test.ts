import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '@/lib/store/origin';

const req = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/contributions', { method: 'POST', headers: { host: '127.0.0.1:3000', ...headers } });

describe('isSameOrigin', () => {
  it('accepts a same-origin browser post and refuses a cross-origin one', () => {
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }), { required: true })).toBe(true);
    expect(isSameOrigin(req({ origin: 'https://evil.example' }), { required: false })).toBe(false);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }), { required: false })).toBe(false);
    expect(isSameOrigin(req({ origin: 'null' }), { required: false })).toBe(false);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-site' }), { required: false })).toBe(false);
  });

  it('lets header-less API clients through only when not required', () => {
    expect(isSameOrigin(req({}), { required: false })).toBe(true);
    expect(isSameOrigin(req({}), { required: true })).toBe(false);
  });

  it('compares with the public origin when one is configured', () => {
    expect(isSameOrigin(req({ origin: 'https://admissible.example' }), { required: true, publicOrigin: 'https://admissible.example' })).toBe(true);
    expect(isSameOrigin(req({ origin: 'http://127.0.0.1:3000' }), { required: true, publicOrigin: 'https://admissible.example' })).toBe(false);
  });
});
