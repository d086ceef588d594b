/** Reads the corpus from disk (data/ by default) and validates it. Server-side only. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CorpusError, validateCorpus, type Corpus, type RawFile } from './validate';

// The corpus is read from disk at build time; the ignore comments keep the bundler from tracing the whole project.
// ADMISSIBLE_DATA_DIR points the site at another corpus (benchmarks, synthetic fixtures).
export const DEFAULT_DATA_DIR = process.env.ADMISSIBLE_DATA_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), 'data');

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(/*turbopackIgnore: true*/ dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'schema') out.push(...listJson(full));
    } else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Reads every corpus JSON file under dataDir; unparsable JSON becomes an issue, not a crash. */
export function readCorpusFiles(dataDir = DEFAULT_DATA_DIR): { files: RawFile[]; parseErrors: CorpusError | undefined } {
  const root = join(/*turbopackIgnore: true*/ dataDir, '..');
  const files: RawFile[] = [];
  const errors: { file: string; path: string; message: string }[] = [];
  for (const full of listJson(dataDir)) {
    const path = relative(root, full).split(sep).join('/');
    try {
      files.push({ path, data: JSON.parse(readFileSync(full, 'utf8')) });
    } catch (e) {
      errors.push({ file: path, path: '$', message: `invalid JSON: ${(e as Error).message}` });
    }
  }
  return { files, parseErrors: errors.length ? new CorpusError(errors) : undefined };
}

export function loadCorpus(dataDir = DEFAULT_DATA_DIR): Corpus {
  const { files, parseErrors } = readCorpusFiles(dataDir);
  if (parseErrors) throw parseErrors;
  return validateCorpus(files);
}
