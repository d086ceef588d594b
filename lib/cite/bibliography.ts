/**
 * The bibliography: every source, filterable by jurisdiction, court, type and operation.
 * The same filter serves the page, its download links and /api/export/<format>?…, so a
 * filtered download holds exactly the entries the reader saw.
 */
import type { Source, SourceType } from '@/lib/model/schema';
import { SOURCE_TYPES } from '@/lib/model/schema';

export interface BibliographyFilter {
  jurisdiction?: string;
  court?: string;
  type?: SourceType;
  operation?: string;
}

export const FILTER_KEYS = ['jurisdiction', 'court', 'type', 'operation'] as const;

/** Reads a filter from query parameters; unknown or empty values are ignored, an unknown type is an error. */
export function parseFilter(params: URLSearchParams): BibliographyFilter {
  const filter: BibliographyFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'type') {
      if (!(SOURCE_TYPES as readonly string[]).includes(value)) throw new Error(`unknown source type "${value}" in ?type=; expected one of ${SOURCE_TYPES.join(', ')}`);
      filter.type = value as SourceType;
    } else filter[key] = value;
  }
  return filter;
}

export function filterToQuery(filter: BibliographyFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]!);
  const q = params.toString();
  return q ? `?${q}` : '';
}

export function matchesFilter(source: Source, filter: BibliographyFilter): boolean {
  return (
    (!filter.jurisdiction || source.jurisdiction === filter.jurisdiction) &&
    (!filter.court || source.court === filter.court) &&
    (!filter.type || source.type === filter.type) &&
    (!filter.operation || source.operations.includes(filter.operation))
  );
}

/** Sources in bibliography order: by jurisdiction, then date (newest first), then title. */
export function bibliography(sources: readonly Source[], filter: BibliographyFilter = {}): Source[] {
  return sources
    .filter((s) => matchesFilter(s, filter))
    .sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
