/**
 * Server-side layout of the argument map. Each node hangs in a tree under its primary link (its
 * first link: a position under the question it answers, an argument under what it supports,
 * opposes or undercuts); every other link is drawn as a cross-link. Each root's tree is laid out
 * left to right with d3-hierarchy's tidy tree, and the trees are shelf-packed into rows so a large
 * forest fills a screen-shaped rectangle instead of one very tall column.
 */
import type { Corpus } from '@/lib/data/validate';
import { datasetVersion } from '@/lib/data/version';
import { earliestDay, latestDay } from '@/lib/model/dates';
import type { DebateNode, Relation } from '@/lib/model/schema';
import { MAP_ACTOR_KINDS, MAP_AUTHORITIES, MAP_NODE_KINDS, MAP_RELATIONS, MAP_VERIFICATIONS, type MapData } from './encoding';
import { placeForest, type TreeItem } from './place';

export { ROW_SPACING, LEVEL_SPACING, TREE_GAP, TARGET_ASPECT, type TreeItem } from './place';

const RELATION_ORDER: Record<string, number> = { answers: 0, 'subquestion-of': 1, supports: 2, opposes: 3, undercuts: 4, 'relies-on-fact': 5 };

/**
 * The tree parent of each node: its first link whose target is in the corpus. A fact nothing
 * points from hangs under the first node that relies on it. A parent choice that would close a
 * loop is dropped (the node becomes a root), so the result is always a forest.
 */
export function treeParents(nodes: readonly DebateNode[]): { parent: number[]; relation: number[] } {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const parent = nodes.map(() => -1);
  const relation = nodes.map(() => -1);
  nodes.forEach((n, i) => {
    const link = n.links.find((l) => index.has(l.target));
    if (link) {
      parent[i] = index.get(link.target)!;
      relation[i] = MAP_RELATIONS.indexOf(link.relation);
    }
  });
  nodes.forEach((n, i) => {
    for (const l of n.links) {
      const t = index.get(l.target);
      if (l.relation === 'relies-on-fact' && t !== undefined && parent[t] === -1 && nodes[t]!.kind === 'fact' && t !== i) {
        parent[t] = i;
        relation[t] = MAP_RELATIONS.indexOf('relies-on-fact');
      }
    }
  });
  // Break any loop by cutting the edge that closes it.
  const state = new Uint8Array(nodes.length);
  for (let start = 0; start < nodes.length; start++) {
    const chain: number[] = [];
    let cur = start;
    while (cur !== -1 && state[cur] === 0) {
      state[cur] = 1;
      chain.push(cur);
      cur = parent[cur]!;
    }
    if (cur !== -1 && state[cur] === 1) {
      parent[cur] = -1;
      relation[cur] = -1;
    }
    for (const c of chain) state[c] = 2;
  }
  return { parent, relation };
}

/**
 * Whether the link from → to is a tree link: 'forward' when it is the node's own place (its first
 * link), 'backwards' when it is the relies-on-fact link under which the fact was hung; otherwise
 * it is drawn as a cross-link.
 */
export function treeLinkDirection(parent: readonly number[], relation: readonly number[], from: number, to: number, linkRelation: Relation): 'forward' | 'backwards' | undefined {
  if (parent[from] === to && MAP_RELATIONS[relation[from]!] === linkRelation) return 'forward';
  if (parent[to] === from && linkRelation === 'relies-on-fact') return 'backwards';
  return undefined;
}

/**
 * The forest the map draws: every node's tree item (its children in the map's deterministic
 * order), the roots (questions first), and each node's kind as an index into MAP_NODE_KINDS.
 * The SVG export places nodes with the same forest.
 */
export function treeForest(nodes: readonly DebateNode[]): { parent: number[]; relation: number[]; kind: number[]; items: TreeItem[]; roots: TreeItem[] } {
  const { parent, relation } = treeParents(nodes);
  const items: TreeItem[] = nodes.map((_, index) => ({ index, children: [] }));
  const roots: TreeItem[] = [];
  parent.forEach((p, i) => (p >= 0 ? items[p]!.children.push(items[i]!) : roots.push(items[i]!)));
  // Deterministic order: by relation (answers, supports, opposes, ...), then date, then id.
  // Keys are computed once: a comparator that parses dates would dominate the layout's cost.
  const relationKey = relation.map((r) => RELATION_ORDER[MAP_RELATIONS[r] ?? ''] ?? 9);
  const dayKey = nodes.map((n) => earliestDay(n.firstStated));
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const order = (a: TreeItem, b: TreeItem) =>
    relationKey[a.index]! - relationKey[b.index]! || byCodePoint(dayKey[a.index]!, dayKey[b.index]!) || byCodePoint(nodes[a.index]!.id, nodes[b.index]!.id);
  for (const item of items) if (item.children.length > 1) item.children.sort(order);
  // Questions first, then stray facts; each group in id order.
  const kindKey = nodes.map((n) => MAP_NODE_KINDS.indexOf(n.kind));
  roots.sort((a, b) => kindKey[a.index]! - kindKey[b.index]! || byCodePoint(nodes[a.index]!.id, nodes[b.index]!.id));
  return { parent, relation, kind: kindKey, items, roots };
}

export function layoutMap(corpus: Corpus, options: { asOf?: string; dateRange?: [string, string]; version?: string } = {}): MapData {
  const nodes = corpus.nodes;
  const { parent, relation, kind, roots } = treeForest(nodes);

  const { x, y, depth, bounds } = placeForest(roots, nodes.length);

  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const cross: number[] = [];
  nodes.forEach((n, i) => {
    n.links.forEach((l) => {
      const t = nodeIndex.get(l.target);
      if (t === undefined) return;
      if (!treeLinkDirection(parent, relation, i, t, l.relation)) cross.push(i, t, MAP_RELATIONS.indexOf(l.relation));
    });
  });

  const dictIndex = <T>(list: T[], key: (t: T) => string) => new Map(list.map((t, i) => [key(t), i]));
  const opIndex = dictIndex(corpus.operations, (o) => o.id);
  const jurIndex = dictIndex(corpus.jurisdictions, (j) => j.code);
  const actorIndex = dictIndex(corpus.actors, (a) => a.id);
  const sourceIndex = dictIndex(corpus.sources, (s) => s.id);
  const indices = (ids: readonly string[], map: Map<string, number>) => [...new Set(ids.map((id) => map.get(id)).filter((v) => v !== undefined))];

  const days = nodes.map((n) => n.firstStated);
  return {
    version: options.version ?? datasetVersion(corpus),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    dateRange: options.dateRange ?? dateRangeOf(corpus),
    ids: nodes.map((n) => n.id),
    titles: nodes.map((n) => n.title),
    kind,
    firstStated: days,
    x,
    y,
    parent,
    relation,
    depth,
    cross,
    operations: nodes.map((n) => indices(n.operations, opIndex)),
    jurisdictions: nodes.map((n) => indices(n.jurisdictions, jurIndex)),
    actors: nodes.map((n) => indices(n.kind === 'fact' ? [...n.advancedBy, ...n.establishedBy] : n.advancedBy, actorIndex)),
    sources: nodes.map((n) => indices(n.citations.map((c) => c.source), sourceIndex)),
    dict: {
      operations: corpus.operations.map((o) => ({ id: o.id, name: o.name })),
      jurisdictions: corpus.jurisdictions.map((j) => ({ code: j.code, name: j.name })),
      actors: corpus.actors.map((a) => ({ id: a.id, name: a.name, kind: MAP_ACTOR_KINDS.indexOf(a.kind) })),
      sources: corpus.sources.map((s) => ({
        id: s.id,
        title: s.title,
        ...(s.identifiers.ecli ? { ecli: s.identifiers.ecli } : {}),
        authority: MAP_AUTHORITIES.indexOf(s.authority),
        verification: MAP_VERIFICATIONS.indexOf(s.verification.status),
      })),
    },
    bounds,
  };
}

/** The first and last day on which anything in the corpus was stated. */
export function dateRangeOf(corpus: Corpus): [string, string] {
  if (corpus.nodes.length === 0) return ['2020-01-01', '2020-01-01'];
  let min = '9999-12-31';
  let max = '0000-01-01';
  for (const n of corpus.nodes) {
    const a = earliestDay(n.firstStated);
    const b = latestDay(n.firstStated);
    if (a < min) min = a;
    if (b > max) max = b;
  }
  return [min, max];
}
