import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, AUTHORITY_LEVELS, NODE_KINDS, RELATIONS, VERIFICATION_STATUSES } from '@/lib/model/schema';
import { MAP_ACTOR_KINDS, MAP_AUTHORITIES, MAP_NODE_KINDS, MAP_RELATIONS, MAP_VERIFICATIONS } from '@/lib/map/encoding';

describe('map encoding constants', () => {
  it('mirror the model (they exist so client code need not bundle zod)', () => {
    expect(MAP_NODE_KINDS).toEqual(NODE_KINDS);
    expect(MAP_RELATIONS).toEqual(RELATIONS);
    expect(MAP_ACTOR_KINDS).toEqual(ACTOR_KINDS);
    expect(MAP_AUTHORITIES).toEqual(AUTHORITY_LEVELS);
    expect(MAP_VERIFICATIONS).toEqual(VERIFICATION_STATUSES);
  });
});
