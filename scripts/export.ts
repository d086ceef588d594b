/**
 * npm run --silent export -- --format json   prints the whole curated map on stdout.
 * The shape is documented in docs/export-format.md and data/schema/export.schema.json.
 */
import { loadCorpus } from '@/lib/data/read';
import { CorpusError } from '@/lib/data/validate';
import { toMapExport } from '@/lib/export/json';

const FORMATS = ['json'] as const;

function parseArgs(argv: string[]): { format: string } {
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else throw new Error(`unknown argument "${arg}"; usage: npm run --silent export -- --format json`);
  }
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`unknown format "${format}"; known: ${FORMATS.join(', ')}`);
  return { format };
}

try {
  parseArgs(process.argv.slice(2));
  process.stdout.write(JSON.stringify(toMapExport(loadCorpus()), null, 2) + '\n');
} catch (e) {
  console.error(e instanceof CorpusError ? e.message : `export: ${(e as Error).message}`);
  process.exit(1);
}
