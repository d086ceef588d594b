/** The holding vocabulary shared by every question, kept free of zod so client components can use it. */
/**
 * What a court pronounced, in a vocabulary shared by every question: the ruling's own terms, so an
 * application declared inadmissible is never read as evidence admitted. Meanings: lib/model/labels.ts.
 */
export const DISPOSITIONS = [
  'declared-inadmissible',
  'leave-refused',
  'dismissed',
  'allowed',
  'quashed-and-remitted',
  'referred-to-cjeu',
  'reference-answered',
  'declared-in-conformity',
  'declared-unconstitutional',
  'convicted',
  'acquitted',
  'evidence-ruling',
  'detention-upheld',
  'detention-lifted',
  'opinion-delivered',
  'other',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** The effect a ruling had on the evidence in its case, recorded only where it had one. */
export const EVIDENCE_EFFECTS = ['admitted', 'excluded', 'partly-excluded', 'reduced-weight', 'reassessment-ordered'] as const;
export type EvidenceEffect = (typeof EVIDENCE_EFFECTS)[number];

/**
 * Dispositions of rulings that decide no question of using evidence in a case (an admissibility
 * decision, a preliminary ruling, a referral, a conformity decision, an opinion): such a holding
 * never carries an evidence effect, and no view shows one for it.
 */
export const NON_EVIDENCE_DISPOSITIONS: ReadonlySet<Disposition> = new Set<Disposition>([
  'declared-inadmissible',
  'referred-to-cjeu',
  'reference-answered',
  'declared-in-conformity',
  'declared-unconstitutional',
  'opinion-delivered',
]);

/** The answer id every question has: the ruling did not decide the question. */
export const NOT_REACHED = 'not-reached';
