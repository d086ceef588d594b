/**
 * BibTeX and RIS have no field for a court or a case number (citation-js drops `authority` and
 * `number` for cases): before those exports, the court, case numbers and identifiers are also
 * written into the item's note, so nothing a lawyer needs to find the decision is lost.
 */
import type { CslItem } from '@/lib/cite/csl-item';

export function withIdentifiersInNote(item: CslItem): CslItem {
  if (item.type !== 'legal_case' && item.type !== 'legislation') return item;
  // references already holds every identifier (ECLI, neutral citation, case numbers); the court is
  // added unless an identifier names it already (a neutral citation "[2021] EWCA Crim 128" does).
  const references = item.references ? item.references.split('; ') : [];
  const court = item.authority && !references.some((r) => r.includes(item.authority!)) ? [item.authority] : [];
  const parts = [...court, ...references];
  return parts.length ? { ...item, note: parts.join('; ') } : item;
}
