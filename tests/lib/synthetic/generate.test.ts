import { describe, expect, it } from 'vitest';
import { generateSyntheticFiles, mulberry32 } from '@/lib/synthetic/generate';
import { validateCorpus } from '@/lib/data/validate';

describe('generateSyntheticFiles', () => {
  it('produces a valid corpus with exactly the requested number of nodes, of every kind and relation', () => {
    const corpus = validateCorpus(generateSyntheticFiles({ nodes: 600, seed: 7 }));
    expect(corpus.nodes).toHaveLength(600);
    for (const kind of ['question', 'position', 'argument', 'fact']) expect(corpus.nodes.some((n) => n.kind === kind), kind).toBe(true);
    const relations = new Set(corpus.nodes.flatMap((n) => n.links.map((l) => l.relation)));
    for (const r of ['answers', 'supports', 'opposes', 'undercuts', 'relies-on-fact']) expect(relations.has(r as never), r).toBe(true);
    expect(corpus.holdings.length).toBeGreaterThan(0);
    // Everything says it is synthetic, so it can never pass for real data.
    expect(corpus.nodes.every((n) => n.title.startsWith('Synthetic'))).toBe(true);
    expect(corpus.sources.every((s) => s.url.startsWith('https://example.org/'))).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateSyntheticFiles({ nodes: 120, seed: 3 }))).toBe(JSON.stringify(generateSyntheticFiles({ nodes: 120, seed: 3 })));
    expect(JSON.stringify(generateSyntheticFiles({ nodes: 120, seed: 3 }))).not.toBe(JSON.stringify(generateSyntheticFiles({ nodes: 120, seed: 4 })));
  });

  it('rejects a size it cannot build', () => {
    expect(() => generateSyntheticFiles({ nodes: 2 })).toThrow(/nodes must be an integer ≥ 4/);
  });

  it('mulberry32 stays in [0, 1)', () => {
    const r = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const v = r();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});
