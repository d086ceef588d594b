/**
 * Every download the site offers, by the name used in /api/export/<format>: what it is, its
 * media type and file name, and the pure function that writes it. Bibliographic formats take
 * the bibliography filter, so a filtered download holds exactly what the reader filtered.
 */
import type { Corpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { bibliography, type BibliographyFilter } from '@/lib/cite/bibliography';
import { toMapExport } from './json';
import { toAifJson } from './aif';
import { toArgdown } from './argdown';
import { toGraphml } from './graphml';
import { toBibtex } from './bibtex';
import { toRis } from './ris';
import { toCslJson } from './csl-json';
import { toSvg, type MapView } from './svg';

export interface ExportContext {
  version: string;
  siteUrl: string;
  filter?: BibliographyFilter;
  /** For pictures: which part of the map (?question=<id>); the whole map when absent. */
  view?: MapView;
}

export interface ExportFormat {
  id: string;
  label: string;
  /** One line for the exports page: what the file holds and what reads it. */
  description: string;
  mediaType: string;
  extension: string;
  /** Bibliographic formats hold sources and honour the bibliography filter. */
  bibliographic: boolean;
  /** Pictures of a map view take ?question=<id>. */
  picture?: boolean;
  render(corpus: Corpus, ctx: ExportContext): string;
}

const sourcesOf = (corpus: Corpus, ctx: ExportContext) => bibliography(corpus.sources, ctx.filter);
const sourceContext = (corpus: Corpus) => ({ jurisdictions: corpus.jurisdictions });

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    label: 'JSON (Admissible map format)',
    description: 'The whole map: nodes, links, sources, holdings, actors, operations and jurisdictions, as documented in docs/export-format.md.',
    mediaType: 'application/json',
    extension: 'json',
    bibliographic: false,
    render: (corpus) => JSON.stringify(toMapExport(corpus), null, 2) + '\n',
  },
  {
    id: 'aif',
    label: 'AIF JSON',
    description: 'Argument Interchange Format as AIFdb/OVA JSON: I-nodes for positions, arguments and facts, RA and CA nodes for support and attack.',
    mediaType: 'application/json',
    extension: 'aif.json',
    bibliographic: false,
    render: (corpus) => {
      const graph = buildGraph(corpus.nodes);
      return toAifJson(corpus.nodes, graph.edges);
    },
  },
  {
    id: 'argdown',
    label: 'Argdown',
    description: 'A section per question with its positions and arguments and their relations, for the Argdown editor and its map views.',
    mediaType: 'text/plain',
    extension: 'argdown',
    bibliographic: false,
    render: (corpus, ctx) => toArgdown(buildGraph(corpus.nodes), ctx),
  },
  {
    id: 'graphml',
    label: 'GraphML',
    description: 'The graph for yEd, Gephi, Cytoscape or networkx: a node per question, position, argument and fact, an edge per link.',
    mediaType: 'application/graphml+xml',
    extension: 'graphml',
    bibliographic: false,
    render: (corpus, ctx) => toGraphml(corpus.nodes, buildGraph(corpus.nodes).edges, ctx),
  },
  {
    id: 'svg',
    label: 'SVG picture',
    description: 'A picture of the map (or of one question with ?question=<id>), each box linked to its page; the PNG is made from it.',
    mediaType: 'image/svg+xml',
    extension: 'svg',
    bibliographic: false,
    picture: true,
    render: (corpus, ctx) => toSvg(buildGraph(corpus.nodes), ctx.view ?? {}, ctx),
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    description: 'The bibliography without loss (court decisions as legal_case with court and identifiers), for Zotero, Pandoc and citeproc.',
    mediaType: 'application/vnd.citationstyles.csl+json',
    extension: 'csl.json',
    bibliographic: true,
    render: (corpus, ctx) => toCslJson(sourcesOf(corpus, ctx), sourceContext(corpus)),
  },
  {
    id: 'bibtex',
    label: 'BibTeX (biblatex)',
    description: 'The bibliography for LaTeX with biblatex and biber; keys are the source ids. Court decisions as @jurisdiction with the court in institution, the case number in number and the ECLI in ecli.',
    mediaType: 'application/x-bibtex',
    extension: 'bib',
    bibliographic: true,
    render: (corpus, ctx) => toBibtex(sourcesOf(corpus, ctx), sourceContext(corpus)),
  },
  {
    id: 'ris',
    label: 'RIS',
    description: 'The bibliography for EndNote, Zotero and Mendeley; court decisions as CASE entries with the court (PB), case number (SV) and ECLI (AN) each in its own tag.',
    mediaType: 'application/x-research-info-systems',
    extension: 'ris',
    bibliographic: true,
    render: (corpus, ctx) => toRis(sourcesOf(corpus, ctx), sourceContext(corpus)),
  },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

export function exportFileName(format: ExportFormat, version: string, filtered: boolean, question?: string): string {
  const what = format.bibliographic ? 'bibliography' : question ? `map-${question}` : 'map';
  return `admissible-${what}${filtered ? '-filtered' : ''}-${version}.${format.extension}`;
}
