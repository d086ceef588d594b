/** npm run schema — writes the JSON Schemas generated from lib/model to data/schema/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from '@/lib/model/json-schema';

const dir = join(process.cwd(), 'data', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(generateJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote data/schema/${name}`);
}
