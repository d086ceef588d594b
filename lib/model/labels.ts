/** Reader-facing words for the model's enums, in one place so every view says the same. */
import type { AuthorityLevel, NodeKind, Outcome, SourceType, VerificationStatus } from './schema';

export const NODE_KIND_LABELS: Record<NodeKind, string> = { question: 'Question', position: 'Position', argument: 'Argument', fact: 'Fact' };

export const VERIFICATION_LABELS: Record<VerificationStatus, { label: string; explanation: string }> = {
  verified: { label: 'Verified', explanation: "The facts in this record were seen on the pages listed: the source's own page or a faithful full-text copy of it." },
  secondary: { label: 'Secondary', explanation: 'Seen only in a report, summary or excerpt of the source, not in its text.' },
  partial: { label: 'Partly verified', explanation: 'The source exists, but an element of it (often the outcome) was not seen.' },
  unverified: { label: 'Unverified', explanation: 'Not checked against the source; a lead only.' },
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  admitted: 'Admitted',
  excluded: 'Excluded',
  mixed: 'Mixed',
  open: 'Open',
};

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  judgment: 'Judgment',
  decision: 'Decision',
  opinion: 'Opinion',
  legislation: 'Legislation',
  'press-release': 'Press release',
  report: 'Report',
  article: 'Article',
  news: 'News',
};

export const AUTHORITY_LABELS: Record<AuthorityLevel, string> = {
  'primary-law': 'Primary law',
  court: 'Court',
  official: 'Official',
  scholarship: 'Scholarship',
  ngo: 'NGO',
  press: 'Press',
};

export function formatPinpoint(p: { kind: string; value: string }): string {
  const multi = /[-–,]/.test(p.value);
  switch (p.kind) {
    case 'paragraph':
      return `${multi ? 'paras' : 'para'} ${p.value}`;
    case 'page':
      return `${multi ? 'pp' : 'p'} ${p.value}`;
    case 'section':
      return `${multi ? 'ss' : 's'} ${p.value}`;
    case 'article':
      return `${multi ? 'arts' : 'art'} ${p.value}`;
    case 'recital':
      return `${multi ? 'recitals' : 'recital'} ${p.value}`;
    default:
      return `${p.kind} ${p.value}`;
  }
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "de" → "German": the language of a quote, for readers. Unknown tags are shown as given. */
export function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
