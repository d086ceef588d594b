/**
 * BibTeX and RIS have no field for a court or a case number (citation-js drops `authority` and
 * `number` for cases): before those exports, the court, case numbers and identifiers are also
 * written into the item's note, so nothing a lawyer needs to find the decision is lost.
 */
import type { CslItem } from '@/lib/cite/csl-item';

export function withIdentifiersInNote(item: CslItem): CslItem {
  if (item.type !== 'legal_case' && item.type !== 'legislation') return item;
  const parts = [item.authority, item.number, item.references].filter((p): p is string => Boolean(p));
  const unique = [...new Set(parts.flatMap((p) => p.split('; ')))];
  return unique.length ? { ...item, note: unique.join('; ') } : item;
}
