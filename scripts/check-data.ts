/** npm run check:data — validates data/ and checks that data/schema/ matches the model. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '@/lib/data/read';
import { CorpusError } from '@/lib/data/validate';
import { generateJsonSchemas } from '@/lib/model/json-schema';

const dataDir = join(process.cwd(), 'data');
let failed = false;
try {
  const corpus = loadCorpus(dataDir);
  const kinds = (k: string) => corpus.nodes.filter((n) => n.kind === k).length;
  console.log(
    `data/ is valid: ${kinds('question')} questions, ${kinds('position')} positions, ${kinds('argument')} arguments, ` +
      `${kinds('fact')} facts, ${corpus.sources.length} sources, ${corpus.holdings.length} holdings, ${corpus.actors.length} actors.`,
  );
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  console.error(e.message);
  failed = true;
}
for (const [name, text] of Object.entries(generateJsonSchemas())) {
  const file = join(dataDir, 'schema', name);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error(`data/schema/${name}: out of date with lib/model; run npm run schema`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
