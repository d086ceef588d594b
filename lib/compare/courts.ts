/** Courts with their jurisdiction and place in its hierarchy, looked up by id. */
import type { Court, CourtLevel, Jurisdiction } from '@/lib/model/schema';

export interface CourtInfo extends Court {
  jurisdiction: string;
}

/** Levels whose answer settles a question for their jurisdiction (there is no appeal above them on it). */
export const TOP_LEVELS: ReadonlySet<CourtLevel> = new Set(['supranational', 'constitutional', 'supreme']);

export const COURT_LEVEL_LABELS: Record<CourtLevel, string> = {
  supranational: 'Supranational court',
  constitutional: 'Constitutional court',
  supreme: 'Supreme court',
  appeal: 'Appeal court',
  'first-instance': 'First-instance court',
  tribunal: 'Tribunal',
  investigating: 'Investigating court',
};

/** A rank for courts that data/jurisdictions.json does not know: below every listed court. */
export const UNKNOWN_RANK = Number.MAX_SAFE_INTEGER;

export function courtIndex(jurisdictions: readonly Jurisdiction[]): ReadonlyMap<string, CourtInfo> {
  return new Map(jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, { ...c, jurisdiction: j.code }] as const)));
}
