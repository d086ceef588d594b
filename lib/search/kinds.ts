/** The kinds of record the site search finds, and how results are grouped (small: the header's search box imports it). */
export const SEARCH_KINDS = ['question', 'position', 'argument', 'fact', 'source', 'holding', 'actor', 'court', 'operation', 'jurisdiction'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How each kind is headed where results are grouped. */
export const KIND_LABELS: Record<SearchKind, string> = {
  source: 'Rulings and sources',
  holding: 'Holdings',
  question: 'Questions',
  position: 'Positions',
  argument: 'Arguments',
  fact: 'Facts',
  operation: 'Operations',
  court: 'Courts',
  actor: 'Actors',
  jurisdiction: 'Jurisdictions',
};

/** Hits grouped by kind, each group in rank order; a group comes where its best hit ranks, so the first result stays first. */
export function groupByKind<T extends { kind: SearchKind }>(hits: readonly T[]): { kind: SearchKind; label: string; hits: T[] }[] {
  const kinds = [...new Set(hits.map((h) => h.kind))];
  return kinds.map((kind) => ({ kind, label: KIND_LABELS[kind], hits: hits.filter((h) => h.kind === kind) }));
}
