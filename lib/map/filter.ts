/**
 * Filters over the laid-out map. Facets combine with AND, values within a facet with OR. A node
 * that fails the filters stays visible, faded, when something below it in the tree matches, so the
 * path from a match up to its question is never broken.
 */
import { MAP_ACTOR_KINDS, MAP_AUTHORITIES, MAP_RELATIONS, MAP_VERIFICATIONS, type MapData, type Stance } from './encoding';
import type { ActorKind, AuthorityLevel, VerificationStatus } from '@/lib/model/schema';

export interface MapFilters {
  operations: string[];
  jurisdictions: string[];
  actorKinds: ActorKind[];
  stances: Stance[];
  authorities: AuthorityLevel[];
  verification: VerificationStatus[];
}

export const NO_FILTERS: MapFilters = { operations: [], jurisdictions: [], actorKinds: [], stances: [], authorities: [], verification: [] };

export function hasFilters(f: MapFilters): boolean {
  return Object.values(f).some((v) => v.length > 0);
}

/** Per node: HIDDEN, CONTEXT (shown faded as the way to a match) or MATCH. */
export const HIDDEN = 0;
export const CONTEXT = 1;
export const MATCH = 2;

export function matchesFilters(data: MapData, i: number, f: MapFilters): boolean {
  if (f.operations.length) {
    const wanted = new Set(f.operations);
    if (!data.operations[i]!.some((o) => wanted.has(data.dict.operations[o]!.id))) return false;
  }
  if (f.jurisdictions.length) {
    const wanted = new Set(f.jurisdictions);
    if (!data.jurisdictions[i]!.some((j) => wanted.has(data.dict.jurisdictions[j]!.code))) return false;
  }
  if (f.actorKinds.length) {
    const wanted = new Set(f.actorKinds);
    if (!data.actors[i]!.some((a) => wanted.has(MAP_ACTOR_KINDS[data.dict.actors[a]!.kind]!))) return false;
  }
  if (f.authorities.length) {
    const wanted = new Set(f.authorities);
    if (!data.sources[i]!.some((s) => wanted.has(MAP_AUTHORITIES[data.dict.sources[s]!.authority]!))) return false;
  }
  if (f.verification.length) {
    const wanted = new Set(f.verification);
    if (!data.sources[i]!.some((s) => wanted.has(MAP_VERIFICATIONS[data.dict.sources[s]!.verification]!))) return false;
  }
  if (f.stances.length) {
    const wanted = new Set<string>(f.stances);
    const own = MAP_RELATIONS[data.relation[i] ?? -1];
    let ok = own !== undefined && wanted.has(own);
    for (let c = 0; !ok && c < data.cross.length; c += 3) if (data.cross[c] === i && wanted.has(MAP_RELATIONS[data.cross[c + 2]!]!)) ok = true;
    if (!ok) return false;
  }
  return true;
}

/** Visibility of every node under the filters and the collapsed subtrees. */
export function visibility(data: MapData, f: MapFilters, collapsed: ReadonlySet<string> = new Set()): Uint8Array {
  const n = data.ids.length;
  const out = new Uint8Array(n);
  if (!hasFilters(f)) out.fill(MATCH);
  else
    for (let i = 0; i < n; i++) {
      if (out[i] === MATCH || !matchesFilters(data, i, f)) continue;
      out[i] = MATCH;
      for (let p = data.parent[i]!; p >= 0 && out[p] === HIDDEN; p = data.parent[p]!) out[p] = CONTEXT;
    }
  if (collapsed.size) {
    // Hidden under a collapsed ancestor: walk up once per node, memoised by a depth-ordered pass.
    const under = new Uint8Array(n);
    const order = [...data.ids.keys()].sort((a, b) => data.depth[a]! - data.depth[b]!);
    for (const i of order) {
      const p = data.parent[i]!;
      if (p >= 0 && (under[p] || collapsed.has(data.ids[p]!))) {
        under[i] = 1;
        out[i] = HIDDEN;
      }
    }
  }
  return out;
}

/** How many descendants a node hides when collapsed (for the "+N" badge). */
export function descendantCounts(data: MapData): number[] {
  const counts = data.ids.map(() => 0);
  const order = [...data.ids.keys()].sort((a, b) => data.depth[b]! - data.depth[a]!);
  for (const i of order) {
    const p = data.parent[i]!;
    if (p >= 0) counts[p]! += counts[i]! + 1;
  }
  return counts;
}
