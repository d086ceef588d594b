/** References for the Cite box of node and source pages, with the placeholder access date. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { DebateNode, Pinpoint, Source } from '@/lib/model/schema';
import { absoluteUrl, nodePath } from '@/lib/site';
import { ACCESS_DATE_PLACEHOLDER } from './accessed';
import { withAsOf } from '@/lib/asof';
import { citeNode, citeSource } from './cite';
import { CITATION_STYLES } from './format';

export interface PageReference {
  style: string;
  label: string;
  text: string;
  lang: 'en-GB' | 'en-US';
}

const langOf = (style: string) => CITATION_STYLES.find((s) => s.id === style)!.lang;

/** base: the site's origin (app/_site/origin.ts pageOrigin); asOf: the date the page shows the debate as of. */
export function nodeReferences(node: DebateNode, corpus: LoadedCorpus, base: string, asOf?: string): PageReference[] {
  const permalink = absoluteUrl(withAsOf(nodePath(node.id), asOf), base);
  return citeNode(node, { permalink, version: corpus.version, accessed: ACCESS_DATE_PLACEHOLDER, asOf }).map((r) => ({ ...r, lang: langOf(r.style) }));
}

export function sourceReferences(source: Source, corpus: LoadedCorpus, pinpoint?: Pinpoint): PageReference[] {
  return citeSource(source, { jurisdictions: corpus.jurisdictions }, pinpoint).map((r) => ({ ...r, lang: langOf(r.style) }));
}

/** One style only (OSCOLA by default), for lists of a node's sources with their pinpoints. */
export function sourceReference(source: Source, corpus: LoadedCorpus, pinpoint?: Pinpoint, style = 'oscola'): string {
  return sourceReferences(source, corpus, pinpoint).find((r) => r.style === style)!.text;
}
