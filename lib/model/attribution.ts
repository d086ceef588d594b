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

export function attributionVerb(kind: ActorKind): string {
  return VERBS[kind];
}

export function actorKindLabel(kind: ActorKind): string {
  return LABELS[kind];
}
