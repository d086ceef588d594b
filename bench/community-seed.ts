/**
 * Fills a contribution store with approved community contributions spread over the corpus's
 * positions and arguments (an argument supporting or opposing each, in turn), as moderators would
 * have approved them: for benchmarks of the map with community nodes.
 */
import type { LoadedCorpus } from '../lib/data/corpus';
import type { Store } from '../lib/store/db';
import { decideContribution, submitContribution } from '../lib/store/contributions';
import { mapLookup } from '../lib/store/community';
import { validateContribution } from '../lib/store/rules';
import { validBody } from '../tests/support/contribution';

export async function seedApproved(store: Store, corpus: LoadedCorpus, count: number): Promise<void> {
  const targets = corpus.nodes.filter((n) => n.kind === 'position' || n.kind === 'argument');
  if (!targets.length) throw new Error('the corpus has no position or argument to attach community arguments to');
  const map = mapLookup(corpus);
  const t0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    const target = targets[i % targets.length]!;
    const checked = validateContribution(
      validBody(corpus, { target: target.id, relation: i % 2 ? 'opposes' : 'supports', title: `Community argument ${i + 1}`, text: `A community argument, number ${i + 1}, seeded for the benchmark.` }),
      map,
    );
    if (!checked.ok) throw new Error(`seed ${i}: ${JSON.stringify(checked.errors)}`);
    const c = await submitContribution(store, checked.value, new Date(t0 + i * 1000));
    await decideContribution(store, c.id, 'bench@example.org', { action: 'approve' }, new Date(t0 + i * 1000 + 500));
  }
}
