/**
 * The documented whole-map JSON export (docs/export-format.md). Other tools read it:
 * add fields only, and bump FORMAT_VERSION for anything that is not purely additive.
 */
import { z } from 'zod';
import { Actor, DebateNode, DISPOSITIONS, Disposition, EVIDENCE_EFFECTS, EvidenceEffect, Holding, Jurisdiction, NON_EVIDENCE_DISPOSITIONS, Operation, Relation, Source } from '@/lib/model/schema';
import { DISPOSITION_LABELS, EVIDENCE_LABELS, shownEvidence } from '@/lib/model/labels';
import type { Corpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { datasetVersion } from '@/lib/data/version';

export const FORMAT = 'admissible-map';
/** 2: holdings carry answer / disposition / evidence instead of outcome; questions carry answers; vocabulary added. */
export const FORMAT_VERSION = 2;

export const ExportEdge = z.strictObject({
  from: z.string(),
  to: z.string(),
  relation: Relation,
  via: z.string().optional(),
});

export const MapExport = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  /** A content hash of the corpus: the same data always gives the same version. */
  datasetVersion: z.string().regex(/^[0-9a-f]{12}$/),
  counts: z.strictObject({
    questions: z.number().int(),
    positions: z.number().int(),
    arguments: z.number().int(),
    facts: z.number().int(),
    sources: z.number().int(),
    holdings: z.number().int(),
  }),
  nodes: z.array(DebateNode),
  edges: z.array(ExportEdge),
  sources: z.array(Source),
  holdings: z.array(Holding.safeExtend({ date: z.string() })),
  /** The shared holding vocabulary with its reader-facing words, so a consumer needs no copy of the site's labels. */
  vocabulary: z.strictObject({
    dispositions: z.array(z.strictObject({ id: Disposition, label: z.string(), meaning: z.string(), evidence: z.boolean() })),
    evidenceEffects: z.array(z.strictObject({ id: EvidenceEffect, label: z.string(), meaning: z.string() })),
  }),
  actors: z.array(Actor),
  operations: z.array(Operation),
  jurisdictions: z.array(Jurisdiction),
});
export type MapExport = z.infer<typeof MapExport>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function toMapExport(corpus: Corpus): MapExport {
  const nodes = [...corpus.nodes].sort(byId);
  const graph = buildGraph(nodes);
  const count = (kind: DebateNode['kind']) => nodes.filter((n) => n.kind === kind).length;
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    datasetVersion: datasetVersion(corpus),
    counts: {
      questions: count('question'),
      positions: count('position'),
      arguments: count('argument'),
      facts: count('fact'),
      sources: corpus.sources.length,
      holdings: corpus.holdings.length,
    },
    nodes,
    edges: graph.edges.map((e) => ({ ...e })),
    sources: [...corpus.sources].sort(byId),
    // A holding whose ruling decided no question of using evidence never carries an evidence effect (validation rejects one; the export does not repeat it).
    holdings: [...corpus.holdings].sort(byId).map((h) => {
      const { evidence: _evidence, ...rest } = h;
      const evidence = shownEvidence(h);
      return evidence ? { ...rest, evidence } : rest;
    }),
    vocabulary: {
      dispositions: DISPOSITIONS.map((d) => ({ id: d, ...DISPOSITION_LABELS[d], evidence: !NON_EVIDENCE_DISPOSITIONS.has(d) })),
      evidenceEffects: EVIDENCE_EFFECTS.map((e) => ({ id: e, ...EVIDENCE_LABELS[e] })),
    },
    actors: [...corpus.actors].sort(byId),
    operations: [...corpus.operations].sort(byId),
    jurisdictions: [...corpus.jurisdictions].sort((a, b) => a.code.localeCompare(b.code)),
  };
}
