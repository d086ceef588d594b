import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCorpus } from '@/lib/data/corpus';
import { getStore } from '@/lib/store/db';
import { decideContribution, submitContribution } from '@/lib/store/contributions';
import { communityNodeId, mapLookup } from '@/lib/store/community';
import { validateContribution } from '@/lib/store/rules';
import { communityNode, invalidateLiveCorpus, liveCorpus } from '@/lib/store/read';
import { validBody } from '../../support/contribution';

// The server's own store (getStore reads the environment on first use), on a throwaway file.
const dir = mkdtempSync(join(tmpdir(), 'admissible-live-'));
process.env.ADMISSIBLE_DB_FILE = join(dir, 'live.sqlite');
afterAll(async () => {
  await (await getStore()).close();
  rmSync(dir, { recursive: true, force: true });
});

describe('liveCorpus', () => {
  it('shows an approval at once after a decision in this process, a withdrawal too, and keeps one merge while nothing changed', async () => {
    const store = await getStore();
    const corpus = getCorpus();
    invalidateLiveCorpus();
    const before = await liveCorpus();
    expect(before.community.size).toBe(0);
    expect(before.version).toBe(corpus.version);

    const checked = validateContribution(validBody(corpus, { title: 'A live argument' }), mapLookup(corpus));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const c = await submitContribution(store, checked.value, new Date());
    await decideContribution(store, c.id, 'mod@example.org', { action: 'approve' }, new Date());
    // Within the cache's few seconds the old merge is still served, until a decision drops it.
    expect(await liveCorpus()).toBe(before);
    invalidateLiveCorpus();
    const after = await liveCorpus();
    expect(after.graph.node(communityNodeId(c.id))?.title).toBe('A live argument');
    expect(after.version).not.toBe(corpus.version);
    // Its node page reads it from here, with where it came from; a curated id is not a community node.
    expect(await communityNode(communityNodeId(c.id))).toMatchObject({ node: { title: 'A live argument' }, provenance: { contributionId: c.id, approvedBy: 'mod@example.org' } });
    expect(await communityNode(corpus.nodes[0]!.id)).toBeUndefined();
    // Asking the store again with nothing changed keeps the same merged corpus (and what is memoised on it).
    invalidateLiveCorpus();
    expect(await liveCorpus()).toBe(after);

    await decideContribution(store, c.id, 'mod@example.org', { action: 'withdraw', reason: 'Withdrawn in a test.' }, new Date());
    invalidateLiveCorpus();
    const withdrawn = await liveCorpus();
    expect(withdrawn.graph.node(communityNodeId(c.id))).toBeUndefined();
    expect(await communityNode(communityNodeId(c.id))).toBeUndefined();
    expect(withdrawn.version).toBe(corpus.version);
  });
});
