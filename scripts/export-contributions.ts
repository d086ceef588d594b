/**
 * npm run contributions:export -- [--out DIR]
 * Writes each approved contribution as <DIR>/<id>.json (default var/community-export/) in the
 * corpus's record shapes, for curators to promote into data/ by pull request.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCorpus } from '@/lib/data/corpus';
import { openStore, storeOptionsFromEnv } from '@/lib/store/db';
import { listContributions } from '@/lib/store/contributions';
import { proposalsFor } from '@/lib/store/export';

async function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : join('var', 'community-export');
  const store = await openStore(storeOptionsFromEnv());
  try {
    const approved = await listContributions(store, { status: 'approved', oldestFirst: true, limit: 100_000 });
    const proposals = proposalsFor(getCorpus(), approved);
    mkdirSync(out, { recursive: true });
    for (const p of proposals) writeFileSync(join(out, `${p.provenance.contributionId}.json`), JSON.stringify(p, null, 2) + '\n');
    console.log(`${proposals.length} approved contribution(s) written to ${out}/`);
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error(`contributions:export: ${(e as Error).message}`);
  process.exit(1);
});
