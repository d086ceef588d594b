/**
 * Instant search over the map: node titles, who advances each node, the sources it cites, and,
 * once fetched, the full text. Every word of the query must occur somewhere; a hit in the title
 * ranks above one in an actor or source, which ranks above one in the text only.
 */
import type { MapData } from './encoding';

export interface SearchIndex {
  titles: string[];
  /** Actor names and source titles / ids / ECLIs, lower-cased and joined. */
  meta: string[];
  texts: string[];
}

export interface SearchHit {
  index: number;
  score: number;
  /** Where the words were found: shown beside each result. */
  where: 'title' | 'actor or source' | 'text';
}

export function buildSearchIndex(data: MapData, texts?: ReadonlyMap<string, string>): SearchIndex {
  return {
    titles: data.titles.map((t) => fold(t)),
    meta: data.ids.map((_, i) =>
      fold(
        [...data.actors[i]!.map((a) => data.dict.actors[a]!.name), ...data.sources[i]!.flatMap((s) => {
          const src = data.dict.sources[s]!;
          return [src.title, src.id, src.ecli ?? ''];
        })].join(' \u0000 '),
      ),
    ),
    texts: data.ids.map((id) => fold(texts?.get(id) ?? '')),
  };
}

/** Lower case without diacritics, so "Bundesgerichtshof" matches "bundesgerichtshof" and "Cour de cassation" "cour de cassation". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function searchMap(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const terms = fold(query).split(/\s+/).filter((t) => t.length > 0);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (let i = 0; i < index.titles.length; i++) {
    const title = index.titles[i]!;
    const meta = index.meta[i]!;
    const text = index.texts[i]!;
    let score = 0;
    let best: SearchHit['where'] = 'text';
    let ok = true;
    for (const t of terms) {
      const inTitle = title.indexOf(t);
      if (inTitle >= 0) {
        score += inTitle === 0 || title[inTitle - 1] === ' ' ? 4 : 3;
        best = 'title';
      } else if (meta.includes(t)) {
        score += 2;
        if (best !== 'title') best = 'actor or source';
      } else if (text.includes(t)) score += 1;
      else {
        ok = false;
        break;
      }
    }
    if (ok) hits.push({ index: i, score, where: best });
  }
  hits.sort((a, b) => b.score - a.score || index.titles[a.index]!.length - index.titles[b.index]!.length || a.index - b.index);
  return hits.slice(0, limit);
}
