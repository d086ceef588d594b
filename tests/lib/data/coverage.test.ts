import { describe, expect, it } from 'vitest';
import { citationCoverage, isPinpointable } from '@/lib/data/coverage';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles, withEdit } from '../../fixtures/corpus';

const Q = 'data/questions/q01-test.json';

describe('citationCoverage', () => {
  it('counts position and argument citations, the primary ones, and the pinpointed or explained numbered ones', () => {
    const corpus = validateCorpus(fixtureFiles());
    const c = citationCoverage(corpus);
    const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));
    const cites = corpus.nodes.filter((n) => n.kind === 'position' || n.kind === 'argument').flatMap((n) => n.citations);
    expect(c.citations).toBe(cites.length);
    expect(c.pinpointable).toBe(cites.filter((x) => isPinpointable(sourceById.get(x.source)!)).length);
    expect(c.pinpointed).toBe(cites.filter((x) => isPinpointable(sourceById.get(x.source)!) && x.pinpoint).length);
    expect(c.holdings).toBe(corpus.holdings.length);
  });

  it('moves a citation from pinpointed to explained when its pinpoint gives way to a reason', () => {
    const before = citationCoverage(validateCorpus(fixtureFiles()));
    const files = withEdit(Q, (d) => {
      const cited = [...d.positions, ...d.arguments].flatMap((n: { citations: Record<string, unknown>[] }) => n.citations).find((x: Record<string, unknown>) => x.pinpoint)!;
      delete cited.pinpoint;
      cited.unpinned = 'The numbered text was not read.';
    });
    const after = citationCoverage(validateCorpus(files));
    expect(after.pinpointed).toBe(before.pinpointed - 1);
    expect(after.explained).toBe(before.explained + 1);
    expect(after.pinpointable).toBe(before.pinpointable);
  });
});
