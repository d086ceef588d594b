/**
 * citation-js with this project's CSL styles and locales registered. Everything is registered
 * once, before the first format(): citation-js caches an engine per style and language, and an
 * unknown style name silently falls back to APA (see lib/cite/csl/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

// Read from the repository at build or run time; the ignore comment keeps the bundler from tracing the tree.
const CSL_DIR = join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'cite', 'csl');

export const STYLE_FILES = {
  oscola: 'oscola.csl',
  apa: 'apa.csl',
  'chicago-fullnote-bibliography': 'chicago-fullnote-bibliography.csl',
} as const;
export type StyleName = keyof typeof STYLE_FILES;

let registered = false;

export function citationJs(): typeof Cite {
  if (!registered) {
    const csl = plugins.config.get('@csl');
    for (const [name, file] of Object.entries(STYLE_FILES)) {
      if (!csl.templates.has(name)) csl.templates.add(name, readFileSync(join(/*turbopackIgnore: true*/ CSL_DIR, file), 'utf8'));
    }
    csl.locales.add('en-GB', readFileSync(join(/*turbopackIgnore: true*/ CSL_DIR, 'locales-en-GB.xml'), 'utf8'));
    csl.locales.add('en-US', readFileSync(join(/*turbopackIgnore: true*/ CSL_DIR, 'locales-en-US.xml'), 'utf8'));
    // BibTeX keys are the source ids, so an exported bibliography round-trips by id. Ids are
    // [a-z0-9-], all legal in a BibTeX key; citation-js's label check would strip the hyphens.
    const bibtex = plugins.config.get('@bibtex');
    if (bibtex.format) Object.assign(bibtex.format, { useIdAsLabel: true, checkLabel: false });
    registered = true;
  }
  return Cite;
}
