/**
 * Writes the read API's answers to public/api-data/ from the loaded corpus (ADMISSIBLE_DATA_DIR or
 * data/). next.config.js runs it after every production compile and when the dev server starts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCorpus } from '../lib/data/corpus';
import { API_DATA_DIR, apiFiles } from '../lib/api/static-files';
import { configuredSiteUrl } from '../lib/site';

const root = join(process.cwd(), 'public', API_DATA_DIR);
const corpus = getCorpus();
// Without SITE_URL the files carry root-relative permalinks: they are written once, for any host.
const files = apiFiles(corpus, configuredSiteUrl() ?? '');
rmSync(root, { recursive: true, force: true });
for (const f of files) {
  const target = join(root, f.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, f.body);
}
console.log(`read API: ${files.length} files for dataset version ${corpus.version} in public/${API_DATA_DIR}/`);
