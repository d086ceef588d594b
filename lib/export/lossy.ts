/**
 * BibTeX and RIS have no field for a court or a case number (citation-js drops `authority` and
 * `number` for cases): before those exports, the court, case numbers and identifiers are also
 * written into the item's note, so nothing a lawyer needs to find the decision is lost.
 */
import type { CslItem } from '@/lib/cite/csl-item';

export function withIdentifiersInNote(item: CslItem): CslItem {
  if (item.type !== 'legal_case' && item.type !== 'legislation') return item;
  // The note already holds every identifier (ECLI, neutral citation, case numbers); the court is
  // added unless an identifier names it already (a neutral citation "[2021] EWCA Crim 128" does).
  const identifiers = item.note ? item.note.split('; ') : [];
  if (!item.authority || identifiers.some((r) => r.includes(item.authority!))) return item;
  return { ...item, note: [item.authority, ...identifiers].join('; ') };
}
