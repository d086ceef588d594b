import { describe, expect, it } from 'vitest';
import { clientAddress, clientKey, normalizeAddress } from '@/lib/store/client';

const PEER = 'x-admissible-peer';
const req = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/contributions', { method: 'POST', headers });

describe('normalizeAddress', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64', () => {
    expect(normalizeAddress('127.0.0.2')).toBe('127.0.0.2');
    expect(normalizeAddress('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(normalizeAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('[2001:0db8::1]')).toBe('2001:db8:0:0::/64');
    expect(normalizeAddress('::1')).toBe('0:0:0:0::/64');
    expect(normalizeAddress('')).toBeUndefined();
    expect(normalizeAddress('not an address')).toBeUndefined();
  });
});

describe('clientAddress', () => {
  it('without a trusted proxy, is the socket address the server wrote, whatever X-Forwarded-For says', () => {
    expect(clientAddress(req({ [PEER]: '127.0.0.2', 'x-forwarded-for': '198.51.100.1' }), 0, PEER)).toBe('127.0.0.2');
    expect(clientKey(req({ [PEER]: '127.0.0.2', 'x-forwarded-for': '1.1.1.1' }), 0, PEER)).toBe(clientKey(req({ [PEER]: '127.0.0.2', 'x-forwarded-for': '2.2.2.2' }), 0, PEER));
    expect(clientKey(req({ [PEER]: '127.0.0.1' }), 0, PEER)).not.toBe(clientKey(req({ [PEER]: '127.0.0.2' }), 0, PEER));
  });

  it('trusts the peer header only when the server announced it', () => {
    expect(clientAddress(req({ [PEER]: '127.0.0.2' }), 0, undefined)).toBeUndefined();
    expect(clientKey(req({ [PEER]: '127.0.0.2' }), 0, undefined)).toBe(clientKey(req({ [PEER]: '127.0.0.3' }), 0, undefined));
  });

  it('behind N proxies, is the Nth X-Forwarded-For entry from the end; a shorter header means the peer itself', () => {
    expect(clientAddress(req({ [PEER]: '10.0.0.1', 'x-forwarded-for': '6.6.6.6, 192.0.2.10' }), 1, PEER)).toBe('192.0.2.10');
    expect(clientAddress(req({ [PEER]: '10.0.0.1', 'x-forwarded-for': '6.6.6.6, 192.0.2.10, 10.0.0.9' }), 2, PEER)).toBe('192.0.2.10');
    expect(clientAddress(req({ [PEER]: '10.0.0.1', 'x-forwarded-for': '192.0.2.10' }), 2, PEER)).toBe('10.0.0.1');
    expect(clientAddress(req({ [PEER]: '10.0.0.1', 'x-forwarded-for': 'garbage' }), 1, PEER)).toBe('10.0.0.1');
  });
});
