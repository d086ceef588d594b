import { describe, expect, it } from 'vitest';
import { etagFor, isNotModified } from '@/lib/api/http';

describe('ETags', () => {
  it('are stable for the same version and key and differ otherwise', () => {
    expect(etagFor('abc', '/api/graph')).toBe(etagFor('abc', '/api/graph'));
    expect(etagFor('abc', '/api/graph')).not.toBe(etagFor('abd', '/api/graph'));
    expect(etagFor('abc', '/api/graph')).not.toBe(etagFor('abc', '/api/nodes/x'));
    expect(etagFor('abc', 'k')).toMatch(/^"abc-[0-9a-f]{16}"$/);
  });
  it('match If-None-Match lists, weak tags and *', () => {
    const tag = etagFor('v', 'k');
    expect(isNotModified(tag, tag)).toBe(true);
    expect(isNotModified(`"other", W/${tag}`, tag)).toBe(true);
    expect(isNotModified('*', tag)).toBe(true);
    expect(isNotModified('"other"', tag)).toBe(false);
    expect(isNotModified(null, tag)).toBe(false);
  });
});

