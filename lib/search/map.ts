/**
 * The map's search box uses the site search and shows where each result is on the map: a node is
 * itself; a ruling or other source leads to the nodes that cite it; a holding to its question.
 */
import type { MapData } from '@/lib/map/encoding';
import type { SearchHit } from './index';

export interface MapSearchHit {
  /** The map node to focus (an index into data.ids). */
  index: number;
  /** The site search result it came from. */
  hit: SearchHit;
  /** For a source or holding: what was found, shown beside the node it leads to. */
  via?: string;
}

export function mapSearchHits(data: MapData, hits: readonly SearchHit[], limit = 12): MapSearchHit[] {
  const indexOf = new Map(data.ids.map((id, i) => [id, i]));
  const citing = new Map<string, number[]>();
  data.sources.forEach((list, i) => {
    for (const s of list) {
      const id = data.dict.sources[s]!.id;
      citing.set(id, [...(citing.get(id) ?? []), i]);
    }
  });
  const out: MapSearchHit[] = [];
  const seen = new Set<number>();
  const add = (index: number | undefined, hit: SearchHit, via?: string) => {
    if (index === undefined || seen.has(index) || out.length >= limit) return;
    seen.add(index);
    out.push({ index, hit, ...(via ? { via } : {}) });
  };
  for (const h of hits) {
    if (h.kind === 'question' || h.kind === 'position' || h.kind === 'argument' || h.kind === 'fact') add(indexOf.get(h.id), h);
    else if (h.kind === 'source') for (const i of citing.get(h.id) ?? []) add(i, h, h.title);
    // A holding's page is its question's (/questions/<question>#<holding>).
    else if (h.kind === 'holding') add(indexOf.get(/^\/questions\/([^/#?]+)/.exec(h.url)?.[1] ?? ''), h, h.title);
  }
  return out;
}
