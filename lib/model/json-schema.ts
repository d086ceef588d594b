/** JSON Schemas generated from the zod model, written to data/schema/ for editors and other tools. */
import { z } from 'zod';
import { ActorFile, FactFile, HoldingFile, JurisdictionsFile, OperationFile, QuestionFile, SourceFile, WithdrawnFile } from './schema';
import { MapExport } from '@/lib/export/json';

const SCHEMAS = {
  'question-file': QuestionFile,
  'facts-file': FactFile,
  'holdings-file': HoldingFile,
  source: SourceFile,
  actor: ActorFile,
  operation: OperationFile,
  jurisdictions: JurisdictionsFile,
  withdrawn: WithdrawnFile,
  export: MapExport,
} as const;

/** File name → pretty-printed JSON Schema text. */
export function generateJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    // "input" so that fields with defaults are optional for editors, as they are in the files.
    const json = z.toJSONSchema(schema, { io: name === 'export' ? 'output' : 'input', unrepresentable: 'any' });
    out[`${name}.schema.json`] = JSON.stringify({ title: `Admissible ${name}`, ...json }, null, 2) + "\n";
  }
  return out;
}
