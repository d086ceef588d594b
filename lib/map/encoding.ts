/**
 * The compact shape in which the server hands a laid-out map to the browser: parallel arrays
 * indexed by node, small dictionaries for actors, sources, operations and jurisdictions, and
 * codes instead of strings. No full text (that is fetched on focus or on the first search), so
 * a 10,000-node map stays a few hundred kilobytes. Client code imports this module, so it must
 * not import zod or the schema's runtime values: the constants below mirror lib/model/schema.ts
 * (a test keeps them equal).
 */
import type { ActorKind, AuthorityLevel, NodeKind, Relation, VerificationStatus } from '@/lib/model/schema';

export const MAP_NODE_KINDS: readonly NodeKind[] = ['question', 'position', 'argument', 'fact'];
export const MAP_RELATIONS: readonly Relation[] = ['answers', 'supports', 'opposes', 'undercuts', 'subquestion-of', 'relies-on-fact'];
export const MAP_ACTOR_KINDS: readonly ActorKind[] = ['court', 'prosecution', 'defence', 'advocate-general', 'government', 'agency', 'scholar', 'ngo', 'press'];
export const MAP_AUTHORITIES: readonly AuthorityLevel[] = ['primary-law', 'court', 'official', 'scholarship', 'ngo', 'press'];
export const MAP_VERIFICATIONS: readonly VerificationStatus[] = ['verified', 'secondary', 'partial', 'unverified'];
/** The stances a node can take towards what it points at (its tree or cross links). */
export const MAP_STANCES = ['supports', 'opposes', 'undercuts'] as const;
export type Stance = (typeof MAP_STANCES)[number];

/** Layout units: every node is a box of NODE_WIDTH × NODE_HEIGHT centred on (x, y). */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 56;

export interface MapData {
  /** Dataset version and the "as of" day this layout shows (undefined: today). */
  version: string;
  asOf?: string;
  /** Earliest and latest firstStated day in the whole corpus, for the date control. */
  dateRange: [string, string];
  ids: string[];
  titles: string[];
  /** Index into MAP_NODE_KINDS. */
  kind: number[];
  firstStated: string[];
  x: number[];
  y: number[];
  /** Tree parent (index), -1 for a root. */
  parent: number[];
  /** Relation of the tree link (index into MAP_RELATIONS), -1 for a root. */
  relation: number[];
  depth: number[];
  /** Links not used as tree edges, as flat triples [from, to, relation, from, to, relation, ...]. */
  cross: number[];
  /** Per node: indices into the dictionaries below. */
  operations: number[][];
  jurisdictions: number[][];
  actors: number[][];
  sources: number[][];
  dict: {
    operations: { id: string; name: string }[];
    jurisdictions: { code: string; name: string }[];
    actors: { id: string; name: string; kind: number }[];
    sources: { id: string; title: string; ecli?: string; authority: number; verification: number }[];
  };
  /** [minX, minY, maxX, maxY] of all node boxes. */
  bounds: [number, number, number, number];
  /** Indices of the nodes that come from approved community contributions (absent: none). */
  community?: number[];
}

/** The stance a node takes: the relation of its tree link when that is supports/opposes/undercuts. */
export function stanceOf(data: MapData, i: number): Stance | undefined {
  const r = MAP_RELATIONS[data.relation[i] ?? -1];
  return r === 'supports' || r === 'opposes' || r === 'undercuts' ? r : undefined;
}

/** Children lists (by tree parent) in their top-to-bottom order on the map, built once per MapData on the client. */
export function childrenOf(data: MapData): number[][] {
  const children: number[][] = data.ids.map(() => []);
  data.parent.forEach((p, i) => {
    if (p >= 0) children[p]!.push(i);
  });
  for (const list of children) if (list.length > 1) list.sort((a, b) => data.y[a]! - data.y[b]!);
  return children;
}
