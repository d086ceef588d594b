/** Reader-facing words for the model's enums, in one place so every view says the same. */
import type { Answer, AuthorityLevel, Holding, NodeKind, Source, SourceType, VerificationStatus } from './schema';
import { NON_EVIDENCE_DISPOSITIONS, type Disposition, type EvidenceEffect } from './holding-terms';

export const NODE_KIND_LABELS: Record<NodeKind, string> = { question: 'Question', position: 'Position', argument: 'Argument', fact: 'Fact' };

export const VERIFICATION_LABELS: Record<VerificationStatus, { label: string; explanation: string }> = {
  verified: { label: 'Verified', explanation: "The facts in this record were seen on the pages listed: the source's own page or a faithful full-text copy of it." },
  secondary: { label: 'Secondary', explanation: 'Seen only in a report, summary or excerpt of the source, not in its text.' },
  partial: { label: 'Partly verified', explanation: 'The source exists, but an element of it (often the outcome) was not seen.' },
  unverified: { label: 'Unverified', explanation: 'Not checked against the source; a lead only.' },
};

/** What a court pronounced: a label and one line of meaning for each disposition. */
export const DISPOSITION_LABELS: Record<Disposition, { label: string; meaning: string }> = {
  'declared-inadmissible': { label: 'Declared inadmissible', meaning: 'Application, complaint, appeal or action declared inadmissible: the merits were not decided.' },
  'leave-refused': { label: 'Leave refused', meaning: 'Permission or leave to appeal refused, or the appeal not admitted for hearing.' },
  dismissed: { label: 'Dismissed', meaning: 'Action, appeal, complaint or application dismissed or rejected as unfounded.' },
  allowed: { label: 'Allowed', meaning: 'Appeal, complaint or application allowed, in whole or in part, without remittal.' },
  'quashed-and-remitted': { label: 'Quashed and remitted', meaning: 'The decision under review set aside and the case sent back.' },
  'referred-to-cjeu': { label: 'Referred to the Court of Justice', meaning: 'Questions referred to the Court of Justice for a preliminary ruling.' },
  'reference-answered': { label: 'Reference answered', meaning: 'Questions referred by another court answered (a preliminary ruling, or a supreme court answering a lower court).' },
  'declared-in-conformity': { label: 'Declared in conformity', meaning: 'Statutory provisions declared compatible with the constitution.' },
  'declared-unconstitutional': { label: 'Declared unconstitutional', meaning: 'Statutory provisions declared incompatible with the constitution.' },
  convicted: { label: 'Convicted', meaning: 'Trial judgment convicting, resting in part on the evidence.' },
  acquitted: { label: 'Acquitted', meaning: 'Trial judgment acquitting.' },
  'evidence-ruling': { label: 'Ruling on evidence', meaning: 'A ruling at trial or in a preparatory hearing on whether evidence may be used, not a final judgment.' },
  'detention-upheld': { label: 'Detention upheld', meaning: 'Pre-trial detention, or the rejection of a detention complaint, upheld.' },
  'detention-lifted': { label: 'Detention lifted', meaning: 'Pre-trial detention lifted or arrest warrant set aside.' },
  'opinion-delivered': { label: 'Opinion delivered', meaning: "An Advocate General's opinion: no decision." },
  other: { label: 'Other', meaning: 'None of the above; the note says what the court did.' },
};

/** The effect a ruling had on the evidence in its case: a label and one line of meaning. */
export const EVIDENCE_LABELS: Record<EvidenceEffect, { label: string; meaning: string }> = {
  admitted: { label: 'Evidence admitted', meaning: 'The evidence was used, or held usable, in the case.' },
  excluded: { label: 'Evidence excluded', meaning: 'The evidence was held unusable in the case.' },
  'partly-excluded': { label: 'Evidence partly excluded', meaning: 'Part of the evidence was held unusable; the rest could be used.' },
  'reduced-weight': { label: 'Evidence given reduced weight', meaning: 'The evidence was usable but given less weight.' },
  'reassessment-ordered': { label: 'Reassessment ordered', meaning: 'Sent back for the lower court to decide whether the evidence may be used.' },
};

/** A holding's disposition in words: the label, with the editors' note where there is one ("Other: damages action"). */
export function dispositionWords(h: Pick<Holding, 'disposition' | 'dispositionNote'>): string {
  const label = DISPOSITION_LABELS[h.disposition].label;
  return h.dispositionNote ? `${label} (${h.dispositionNote})` : label;
}

/**
 * The evidence effect a view may show for a holding: none for a ruling that decided no question of
 * using evidence, even if a record carried one (validation rejects that, and no view repeats it).
 */
export function shownEvidence(h: Pick<Holding, 'disposition' | 'evidence'>): EvidenceEffect | undefined {
  return h.evidence && !NON_EVIDENCE_DISPOSITIONS.has(h.disposition) ? h.evidence : undefined;
}

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

/**
 * What a source page says under its title when the title is not the document's own: the title as
 * published (ownTitle a string), or that the editors gave the title (ownTitle null); nothing otherwise.
 */
export function ownTitleNote(source: Pick<Source, 'ownTitle'>): string | undefined {
  if (source.ownTitle === null) return "Title given by the editors: the document's own title was not seen";
  return source.ownTitle === undefined ? undefined : `Published as: ${source.ownTitle}`;
}

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

/** A holding in words: the answer in its question's vocabulary, what the court pronounced, and the evidence effect where it had one. */
export interface HoldingWords {
  answerId: string;
  answer: string;
  /** Why the ruling did not decide the question (answer "not-reached"). */
  notReached: string | undefined;
  disposition: string;
  evidence: string | undefined;
}

export function holdingWords(
  h: Pick<Holding, 'answer' | 'notReached' | 'disposition' | 'dispositionNote' | 'evidence'>,
  answers: readonly Pick<Answer, 'id' | 'label'>[],
): HoldingWords {
  const evidence = shownEvidence(h);
  return {
    answerId: h.answer,
    answer: answers.find((a) => a.id === h.answer)?.label ?? h.answer,
    notReached: h.notReached,
    disposition: dispositionWords(h),
    evidence: evidence ? EVIDENCE_LABELS[evidence].label : undefined,
  };
}
