/** How the site words who advances what: a court holds, a party argues, a scholar writes. */
import type { ActorKind } from './schema';

const VERBS: Record<ActorKind, string> = {
  court: 'held',
  prosecution: 'argued',
  defence: 'argued',
  'advocate-general': 'opined',
  government: 'stated',
  agency: 'stated',
  scholar: 'writes',
  ngo: 'argues',
  press: 'reported',
};

const LABELS: Record<ActorKind, string> = {
  court: 'Court',
  prosecution: 'Prosecution',
  defence: 'Defence',
  'advocate-general': 'Advocate General',
  government: 'Government',
  agency: 'Agency',
  scholar: 'Scholar',
  ngo: 'NGO',
  press: 'Press',
};

/**
 * The jurisdiction of an actor nobody gave one for: a community contributor names who advances
 * a claim but not where. Never a real code (those are upper-case), so no filter ever matches it.
 */
export const JURISDICTION_NOT_GIVEN = 'not-given';

/** An actor's jurisdiction as shown next to its name. */
export function actorJurisdictionLabel(jurisdiction: string): string {
  return jurisdiction === JURISDICTION_NOT_GIVEN ? 'jurisdiction not given' : jurisdiction;
}

export function attributionVerb(kind: ActorKind): string {
  return VERBS[kind];
}

export function actorKindLabel(kind: ActorKind): string {
  return LABELS[kind];
}
