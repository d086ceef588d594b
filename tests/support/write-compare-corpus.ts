/**
 * Writes the synthetic comparison corpus (tests/fixtures/compare.ts) to DIR/data, so the site and the
 * browser tests can run against it: ADMISSIBLE_DATA_DIR=DIR/data npm run build && … vitest.e2e …
 * Usage: npx tsx tests/support/write-compare-corpus.ts DIR
 */
import { resolve } from 'node:path';
import { compareFixtureFiles, writeCorpus } from '../fixtures/compare';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx tests/support/write-compare-corpus.ts DIR (writes DIR/data)');
  process.exit(2);
}
console.log(writeCorpus(resolve(dir), compareFixtureFiles()));
