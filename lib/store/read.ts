/**
 * The live corpus: the curated corpus with approved contributions joined, for every view that
 * must show an approval (or an edit, a withdrawal, a later rejection) within seconds without a
 * rebuild: /map's layout, /api/graph, /api/nodes, the exports, /community, the search index.
 *
 * A request-time merge with a short cache, rather than Next's cache tags: the store may be shared
 * by several server instances (PostgreSQL, or one SQLite file), and a revalidateTag call reaches
 * only the instance that made it, while a merge that is at most COMMUNITY_CACHE_MS old (2 s by
 * default) is right on every instance. Asking the store again costs one indexed query; the merge
 * is redone only when the approved set changed, so the layouts and documents memoised on the
 * merged corpus are kept in between. A decision made through this process drops the cache at
 * once (invalidateLiveCorpus), so on one instance the change shows on the next request.
 * The merge reads only approved rows, so it costs one indexed query per rebuild.
 */
import { getCorpus, indexCorpus, type LoadedCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { getStore } from './db';
import { listContributions, type Contribution } from './contributions';
import { mergeApproved, type CommunityCorpus, type Provenance } from './community';
import type { DebateNode } from '@/lib/model/schema';

/** How long a merged corpus is reused before the store is asked again; COMMUNITY_CACHE_MS=0 asks on every request. */
const FRESH_MS = Number(process.env.COMMUNITY_CACHE_MS ?? 2_000);

interface LiveState {
  cached?: { at: number; value: Promise<CommunityCorpus> };
  /** The last merge and what it was made from: asking the store again and finding nothing changed keeps it (and every view memoised on it). */
  merged?: { fingerprint: string; corpus: CommunityCorpus };
}

function fingerprint(approved: readonly Contribution[]): string {
  return approved.map((c) => `${c.id}@${c.updatedAt}`).join(',');
}
// Process-wide, not per module instance: the routes that decide and the routes that read may be
// bundled separately, and must still share one cache.
const STATE_KEY = Symbol.for('admissible.liveCorpus');
const state: LiveState = ((globalThis as Record<symbol, LiveState | undefined>)[STATE_KEY] ??= {});

export function getCommunityCorpus(nowMs = Date.now()): Promise<CommunityCorpus> {
  const cached = state.cached;
  if (!cached || nowMs - cached.at >= FRESH_MS || nowMs < cached.at) {
    const value = getStore()
      .then((store) => listContributions(store, { status: 'approved', limit: 100_000, oldestFirst: true }))
      .then((approved) => {
        const print = fingerprint(approved);
        if (state.merged?.fingerprint !== print) state.merged = { fingerprint: print, corpus: mergeApproved(getCorpus(), approved) };
        return state.merged.corpus;
      })
      .catch((e: unknown) => {
        // The curated map stays up when the store is down; the failure is logged, and the next
        // rebuild (after FRESH_MS) tries the store again.
        console.error(`community contributions left out: the store could not be read (${(e as Error).message})`);
        return mergeApproved(getCorpus(), []);
      });
    state.cached = { at: nowMs, value };
  }
  return state.cached!.value;
}

/** The corpus every live view reads: curated plus approved community contributions (see above). */
export const liveCorpus = getCommunityCorpus;

/** Drops the cached merge: called after every moderation decision made in this process. */
export function invalidateLiveCorpus(): void {
  state.cached = undefined;
}

const datedViews = new WeakMap<CommunityCorpus, Map<string, LoadedCorpus>>();

/**
 * The live corpus as it stood on a day (asOf=YYYY-MM-DD, already checked by proxy.ts), indexed and
 * carrying the whole corpus's dataset version; today's when asOf is undefined. A few dates are kept
 * per merge, so a dated API answer costs a lookup after the first.
 */
export async function liveCorpusAsOf(asOf: string | undefined): Promise<LoadedCorpus> {
  const live = await liveCorpus();
  if (!asOf) return live;
  let views = datedViews.get(live);
  if (!views) datedViews.set(live, (views = new Map()));
  let hit = views.get(asOf);
  if (!hit) {
    if (views.size >= 16) views.delete(views.keys().next().value!);
    hit = { ...indexCorpus(corpusAsOf(live, asOf)), version: live.version };
    views.set(asOf, hit);
  }
  return hit;
}

/**
 * An approved community node as the live corpus holds it now, with where it came from; undefined
 * for a curated id, and for a community node that is not (or no longer) approved.
 */
export async function communityNode(id: string): Promise<{ node: DebateNode; provenance: Provenance } | undefined> {
  const live = await liveCorpus();
  const node = live.graph.node(id);
  const provenance = live.community.get(id);
  return node && provenance ? { node, provenance } : undefined;
}
