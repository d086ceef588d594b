import { describe, expect, it } from 'vitest';
import { generateGridQuestions, generateSyntheticFiles, mulberry32 } from '@/lib/synthetic/generate';
import { validateCorpus } from '@/lib/data/validate';
import { syntheticFiles } from '../../fixtures/synthetic';

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

describe('generateGridQuestions', () => {
  it('lays out exactly the requested grid with predictable ids, valid on the base corpus it cites', () => {
    const corpus = validateCorpus(syntheticFiles({ questions: 4, positionsPerQuestion: 3, argumentsPerPosition: 2 }));
    const grid = corpus.nodes.filter((n) => n.id.includes('-syn-'));
    expect(grid.filter((n) => n.kind === 'question')).toHaveLength(4);
    expect(grid.filter((n) => n.kind === 'position')).toHaveLength(12);
    expect(grid.filter((n) => n.kind === 'argument')).toHaveLength(24);
    expect(grid.map((n) => n.id)).toContain('arg-syn-04-03-02');
    const question = corpus.nodes.find((n) => n.id === 'q-syn-02');
    expect(question && 'answers' in question ? question.answers.map((a) => a.id) : []).toEqual(['first', 'second', 'not-reached']);
  });

  it('names the size that is wrong', () => {
    const uses = { sources: ['s'], positionActors: ['a', 'b'] as [string, string], argumentActor: 'a' };
    expect(() => generateGridQuestions({ questions: 2, positionsPerQuestion: 1.5, argumentsPerPosition: 0 }, uses)).toThrow(/positionsPerQuestion must be an integer ≥ 0, got 1.5/);
  });
});
