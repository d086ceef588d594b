/**
 * The graph index over the debate nodes: who points at whom, the path from any node up to
 * its root question, and neighbourhoods. Built once per corpus; every lookup is O(degree).
 */
import type { DebateNode, Relation } from '@/lib/model/schema';

/** A link, read from the node that holds it (from) to the node it points at (to). */
export interface Edge {
  from: string;
  to: string;
  relation: Relation;
  /** For undercuts: the node the attacked inference points at. */
  via?: string;
}

export interface GraphIndex {
  nodes: ReadonlyMap<string, DebateNode>;
  edges: readonly Edge[];
  /** Questions that are not sub-questions of another: the roots of the map. */
  roots: readonly string[];
  node(id: string): DebateNode | undefined;
  /** Edges pointing at id (its children in the map). */
  children(id: string): readonly Edge[];
  /** Edges leaving id (its parents in the map). */
  parents(id: string): readonly Edge[];
  /** Ids from the node up to its root question along primary (first) links, node first. */
  pathToRoot(id: string): string[];
  /** Ids within `depth` links of id, in either direction, including id. */
  neighbourhood(id: string, depth?: number): Set<string>;
  /** The root question a node belongs to (via its path to root). */
  rootOf(id: string): string | undefined;
}

export function buildGraph(nodes: readonly DebateNode[]): GraphIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: Edge[] = [];
  const childEdges = new Map<string, Edge[]>();
  const parentEdges = new Map<string, Edge[]>();
  for (const n of nodes) {
    for (const l of n.links) {
      if (!byId.has(l.target)) continue;
      const e: Edge = l.via ? { from: n.id, to: l.target, relation: l.relation, via: l.via } : { from: n.id, to: l.target, relation: l.relation };
      edges.push(e);
      push(childEdges, l.target, e);
      push(parentEdges, n.id, e);
    }
  }
  const roots = nodes.filter((n) => n.kind === 'question' && !n.links.some((l) => l.relation === 'subquestion-of')).map((n) => n.id);
  const EMPTY: Edge[] = [];

  const pathToRoot = (id: string): string[] => {
    const path: string[] = [];
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current !== undefined && byId.has(current) && !seen.has(current)) {
      path.push(current);
      seen.add(current);
      current = parentEdges.get(current)?.[0]?.to;
    }
    return path;
  };

  return {
    nodes: byId,
    edges,
    roots,
    node: (id) => byId.get(id),
    children: (id) => childEdges.get(id) ?? EMPTY,
    parents: (id) => parentEdges.get(id) ?? EMPTY,
    pathToRoot,
    rootOf: (id) => {
      const path = pathToRoot(id);
      const last = path[path.length - 1];
      return last !== undefined && byId.get(last)?.kind === 'question' ? last : undefined;
    },
    neighbourhood: (id, depth = 1) => {
      const out = new Set<string>([id]);
      let frontier = [id];
      for (let d = 0; d < depth; d++) {
        const next: string[] = [];
        for (const cur of frontier) {
          for (const e of [...(childEdges.get(cur) ?? EMPTY), ...(parentEdges.get(cur) ?? EMPTY)]) {
            const other = e.from === cur ? e.to : e.from;
            if (!out.has(other)) {
              out.add(other);
              next.push(other);
            }
          }
        }
        frontier = next;
      }
      return out;
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
