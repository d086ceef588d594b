/** What the route handlers share: the store, the map lookup and the configuration from the environment. */
import { getCorpus } from '@/lib/data/corpus';
import { getStore } from './db';
import { mapLookup } from './community';
import { submitConfigFromEnv, trustedProxyHopsFromEnv, type SubmitConfig } from './http';
import type { ModerationDeps } from './moderation-http';
import type { MapLookup } from './rules';
import type { SuggestionLookup } from './suggestions';
import { allowedOrigins } from './origin';
import { invalidateLiveCorpus } from './read';

let config: SubmitConfig | undefined;
let lookup: (MapLookup & SuggestionLookup) | undefined;

export async function submitDeps() {
  config ??= submitConfigFromEnv();
  lookup ??= mapLookup(getCorpus());
  return { store: await getStore(), map: lookup, config };
}

export async function moderationDeps(): Promise<ModerationDeps> {
  lookup ??= mapLookup(getCorpus());
  return {
    store: await getStore(),
    map: lookup,
    secureCookies: process.env.NODE_ENV === 'production' && process.env.ADMISSIBLE_INSECURE_COOKIES !== '1',
    sessionSeconds: process.env.SESSION_SECONDS ? Number(process.env.SESSION_SECONDS) : undefined,
    allowedOrigins: allowedOrigins(),
    trustedProxyHops: trustedProxyHopsFromEnv(),
    onDecision: invalidateLiveCorpus,
  };
}
