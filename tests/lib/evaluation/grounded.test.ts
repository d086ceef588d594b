import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLabels, groundedLabelling, type Attack } from '@/lib/evaluation/grounded';

const attack = (from: string, to: string): Attack => ({ from, to });
const labelsOf = (args: string[], attacks: Attack[]) => Object.fromEntries(groundedLabelling({ args, attacks }).labels);

describe('groundedLabelling on textbook frameworks', () => {
  it('labels an unattacked argument in', () => {
    expect(labelsOf(['a'], [])).toEqual({ a: 'in' });
  });

  it('alternates along a chain: a → b → c → d', () => {
    const result = groundedLabelling({ args: ['a', 'b', 'c', 'd'], attacks: [attack('a', 'b'), attack('b', 'c'), attack('c', 'd')] });
    expect(Object.fromEntries(result.labels)).toEqual({ a: 'in', b: 'out', c: 'in', d: 'out' });
    expect(Object.fromEntries(result.round)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    expect(result.reasons.get('c')).toEqual({ label: 'in', kind: 'defended', attackersOut: ['b'] });
    expect(result.reasons.get('d')).toEqual({ label: 'out', kind: 'defeated', by: ['c'] });
  });

  it('leaves an odd cycle undecided and names the cycle', () => {
    const result = groundedLabelling({ args: ['a', 'b', 'c'], attacks: [attack('a', 'b'), attack('b', 'c'), attack('c', 'a')] });
    expect(Object.fromEntries(result.labels)).toEqual({ a: 'undecided', b: 'undecided', c: 'undecided' });
    expect(result.reasons.get('a')).toEqual({ label: 'undecided', kind: 'unresolved', undecidedAttackers: ['c'], cycle: ['a', 'b', 'c'] });
  });

  it('leaves an even cycle undecided (grounded is sceptical, unlike preferred semantics)', () => {
    expect(labelsOf(['a', 'b'], [attack('a', 'b'), attack('b', 'a')])).toEqual({ a: 'undecided', b: 'undecided' });
    const result = groundedLabelling({ args: ['a', 'b', 'c', 'd'], attacks: [attack('a', 'b'), attack('b', 'c'), attack('c', 'd'), attack('d', 'a')] });
    expect([...result.labels.values()].every((l) => l === 'undecided')).toBe(true);
  });

  it('reinstates an argument whose attacker is defeated: c → b → a', () => {
    const result = groundedLabelling({ args: ['a', 'b', 'c'], attacks: [attack('b', 'a'), attack('c', 'b')] });
    expect(Object.fromEntries(result.labels)).toEqual({ a: 'in', b: 'out', c: 'in' });
    expect(result.reasons.get('a')).toEqual({ label: 'in', kind: 'defended', attackersOut: ['b'] });
  });

  it('breaks a cycle from outside: an unattacked attacker settles it', () => {
    // e → a, a ↔ b: a is out, so b is reinstated.
    expect(labelsOf(['a', 'b', 'e'], [attack('a', 'b'), attack('b', 'a'), attack('e', 'a')])).toEqual({ a: 'out', b: 'in', e: 'in' });
  });

  it('propagates undecided downstream of a cycle without calling it a cycle', () => {
    const result = groundedLabelling({ args: ['a', 'b', 'c'], attacks: [attack('a', 'b'), attack('b', 'a'), attack('b', 'c')] });
    expect(result.labels.get('c')).toBe('undecided');
    expect(result.reasons.get('c')).toEqual({ label: 'undecided', kind: 'unresolved', undecidedAttackers: ['b'], cycle: undefined });
  });

  it('labels a long cycle undecided without spelling out a cycle longer than MAX_CYCLE', () => {
    const args = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const result = groundedLabelling({ args, attacks: args.map((a, i) => attack(a, args[(i + 1) % args.length]!)) });
    expect([...result.labels.values()].every((l) => l === 'undecided')).toBe(true);
    expect(result.reasons.get('a00')).toMatchObject({ cycle: undefined, undecidedAttackers: ['a39'] });
  });

  it('handles a self-attacking argument', () => {
    const result = groundedLabelling({ args: ['a', 'b'], attacks: [attack('a', 'a'), attack('a', 'b')] });
    expect(Object.fromEntries(result.labels)).toEqual({ a: 'undecided', b: 'undecided' });
    expect(result.reasons.get('a')).toMatchObject({ cycle: ['a'] });
  });

  it('refuses an attack on an argument that is not in the framework', () => {
    expect(() => groundedLabelling({ args: ['a'], attacks: [attack('a', 'zz')] })).toThrow(/zz/);
  });

  it('counts labels', () => {
    const result = groundedLabelling({ args: ['a', 'b', 'c'], attacks: [attack('a', 'b')] });
    expect(countLabels(result)).toEqual({ in: 2, out: 1, undecided: 0 });
  });
});

describe('groundedLabelling on random frameworks', () => {
  const framework = fc
    .integer({ min: 1, max: 9 })
    .chain((n) => fc.tuple(fc.constant(Array.from({ length: n }, (_, i) => `a${i}`)), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 })))
    .map(([args, pairs]) => ({ args, attacks: pairs.map(([f, t]) => attack(args[f]!, args[t]!)) }));

  it('is a complete labelling: in iff every attacker is out, out iff some attacker is in', () => {
    fc.assert(
      fc.property(framework, (fw) => {
        const { labels, attackers } = groundedLabelling(fw);
        for (const a of fw.args) {
          const att = attackers.get(a)!;
          const l = labels.get(a);
          expect(l === 'in').toBe(att.every((b) => labels.get(b) === 'out'));
          expect(l === 'out').toBe(att.some((b) => labels.get(b) === 'in'));
        }
      }),
    );
  });

  it('is the least complete labelling: its "in" set is contained in that of every complete labelling (checked by brute force)', () => {
    fc.assert(
      fc.property(framework, (fw) => {
        const { labels, attackers } = groundedLabelling(fw);
        const grounded = fw.args.filter((a) => labels.get(a) === 'in');
        const n = fw.args.length;
        for (let mask = 0; mask < 1 << n; mask++) {
          const ins = new Set(fw.args.filter((_, i) => mask & (1 << i)));
          const outs = new Set(fw.args.filter((a) => attackers.get(a)!.some((b) => ins.has(b))));
          const complete = fw.args.every((a) => ins.has(a) === attackers.get(a)!.every((b) => outs.has(b)));
          if (complete) for (const g of grounded) expect(ins.has(g)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order arguments and attacks are given in', () => {
    fc.assert(
      fc.property(framework, (fw) => {
        const a = groundedLabelling(fw);
        const b = groundedLabelling({ args: [...fw.args].reverse(), attacks: [...fw.attacks].reverse() });
        expect(Object.fromEntries(b.labels)).toEqual(Object.fromEntries(a.labels));
        expect(Object.fromEntries(b.reasons)).toEqual(Object.fromEntries(a.reasons));
      }),
    );
  });
});
