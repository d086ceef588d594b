/** The curated corpus with approved contributions joined, for dynamic views; rebuilt at most every few seconds. */
import { getCorpus } from '@/lib/data/corpus';
import { getStore } from './db';
import { listContributions } from './contributions';
import { mergeApproved, type CommunityCorpus } from './community';

/** How long a merged corpus is reused; COMMUNITY_CACHE_MS=0 rebuilds it on every request. */
const FRESH_MS = Number(process.env.COMMUNITY_CACHE_MS ?? 5_000);
let cached: { at: number; value: Promise<CommunityCorpus> } | undefined;

export function getCommunityCorpus(nowMs = Date.now()): Promise<CommunityCorpus> {
  if (!cached || nowMs - cached.at >= FRESH_MS) {
    const value = getStore()
      .then((store) => listContributions(store, { status: 'approved', limit: 10_000, oldestFirst: true }))
      .then((approved) => mergeApproved(getCorpus(), approved));
    value.catch(() => (cached = undefined));
    cached = { at: nowMs, value };
  }
  return cached.value;
}
