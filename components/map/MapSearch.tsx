'use client';
/**
 * The map's search box (ARIA combobox with a listbox of results): the site search (lib/search),
 * loaded on first focus, with each result shown as the map node it leads to; a ruling leads to the
 * nodes citing it, a holding to its question. The combobox is the header box's
 * (components/useSearchCombobox.ts), with the first result active so Enter focuses it.
 */
import { useMemo } from 'react';
import type { MapData } from '@/lib/map/encoding';
import { GLYPHS, glyphOf } from '@/lib/map/geometry';
import { mapSearchHits } from '@/lib/search/map';
import { useSearchCombobox, useSiteSearch } from '../useSearchCombobox';

export interface MapSearchProps {
  data: MapData;
  query: string;
  onQueryChange: (q: string) => void;
  onSelect: (id: string) => void;
}

const MATCHED: Record<string, string> = { identifier: 'an identifier', title: 'the title', names: 'a name', text: 'the text' };

export function MapSearch({ data, query, onQueryChange, onSelect }: MapSearchProps) {
  const [search, load] = useSiteSearch();
  const hits = useMemo(
    () => (typeof search === 'object' && query.trim() ? mapSearchHits(data, search.search(query.trim(), { limit: 40 }), 12) : []),
    [search, data, query],
  );
  const { expanded, active, optionId, choose, inputProps } = useSearchCombobox({
    listId: 'map-search-results',
    query,
    onQueryChange,
    optionCount: hits.length,
    onChoose: (k) => onSelect(data.ids[hits[k]!.index]!),
    autoSelectFirst: true,
    onFocus: load,
  });

  return (
    <div className="map-search">
      <label htmlFor="map-search-input">Search the map</label>
      <input
        id="map-search-input"
        placeholder="Words, an actor, a ruling, ECLI or case number"
        {...inputProps}
      />
      <ul id="map-search-results" role="listbox" aria-label="Search results" className="map-search-results" hidden={!expanded}>
        {expanded && hits.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            {search === 'loading' ? 'Loading the index…' : search === 'failed' ? 'The search index could not be loaded.' : `No node matches “${query}”`}
          </li>
        ) : null}
        {expanded
          ? hits.map((h, k) => {
              const g = glyphOf(data, h.index);
              return (
                <li
                  key={h.index}
                  id={optionId(k)}
                  role="option"
                  aria-selected={k === active}
                  data-id={data.ids[h.index]}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(k)}
                >
                  <span className={`glyph glyph-${g}`} aria-hidden="true">
                    {GLYPHS[g].symbol}
                  </span>{' '}
                  {data.titles[h.index]}{' '}
                  <span className="muted small">
                    ({GLYPHS[g].label.toLowerCase()}; {h.via ? `via ${h.hit.kind === 'holding' ? 'the holding' : 'the source'} “${h.via}”` : `matched in ${MATCHED[h.hit.matched]}`})
                  </span>
                </li>
              );
            })
          : null}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </p>
    </div>
  );
}
