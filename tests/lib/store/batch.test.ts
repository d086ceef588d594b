import { describe, expect, it } from 'vitest';
import { batched } from '@/lib/store/batch';

describe('batched', () => {
  it('writes calls made together in one write, each getting its own result', async () => {
    const writes: number[][] = [];
    const double = batched(async (xs: number[]) => {
      writes.push(xs);
      return xs.map((x) => x * 2);
    });
    expect(await Promise.all([1, 2, 3].map(double))).toEqual([2, 4, 6]);
    expect(writes).toEqual([[1, 2, 3]]);
    expect(await double(5)).toBe(10);
    expect(writes).toHaveLength(2);
  });

  it('splits at the maximum batch size and queues calls made during a write', async () => {
    const writes: number[][] = [];
    const echo = batched(async (xs: number[]) => {
      writes.push(xs);
      await new Promise((r) => setTimeout(r, 5));
      return xs;
    }, 2);
    const first = [1, 2, 3].map(echo);
    await new Promise((r) => setTimeout(r, 1));
    const later = echo(4);
    expect(await Promise.all([...first, later])).toEqual([1, 2, 3, 4]);
    expect(writes).toEqual([[1, 2], [3, 4]]);
  });

  it('rejects every call of a failed write, and carries on with the next', async () => {
    const fail = batched(async (xs: number[]) => {
      if (xs.includes(0)) throw new Error('write failed');
      return xs;
    });
    const results = await Promise.allSettled([fail(0), fail(1)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await fail(2)).toBe(2);
  });
});
