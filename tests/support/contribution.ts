/** A valid contribution body against the fixture corpus (tests/fixtures/corpus.ts), for tests to vary. */
import type { LoadedCorpus } from '@/lib/data/corpus';

export function validBody(corpus: Pick<LoadedCorpus, 'nodes' | 'sources'>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const position = corpus.nodes.find((n) => n.kind === 'position');
  if (!position) throw new Error('the corpus has no position to contribute an argument to');
  const source = corpus.sources[0];
  return {
    target: position.id,
    kind: 'argument',
    relation: 'supports',
    title: 'Synthetic test argument',
    text: 'A synthetic argument submitted by the test suite.',
    advancedBy: { kind: 'scholar', name: 'Test scholar' },
    sources: source
      ? [{ existing: source.id, pinpoint: { kind: 'paragraph', value: '12' } }]
      : [{ title: 'Synthetic test source', url: 'https://example.org/test', date: '2024-01-02', type: 'article', jurisdiction: 'EU', pinpoint: { kind: 'page', value: '3' } }],
    licence: true,
    conflictOfInterest: { declared: false },
    ...overrides,
  };
}
