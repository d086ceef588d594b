'use client';
/**
 * The map's search box (ARIA combobox with a listbox of results): the site search (lib/search),
 * loaded on first focus, with each result shown as the map node it leads to; a ruling leads to the
 * nodes citing it, a holding to its question.
 */
import { useMemo, useState } from 'react';
import type { MapData } from '@/lib/map/encoding';
import { GLYPHS, glyphOf } from '@/lib/map/geometry';
import type { SiteSearch } from '@/lib/search/index';
import { mapSearchHits } from '@/lib/search/map';

export interface MapSearchProps {
  data: MapData;
  query: string;
  onQueryChange: (q: string) => void;
  onSelect: (id: string) => void;
}

const MATCHED: Record<string, string> = { identifier: 'an identifier', title: 'the title', names: 'a name', text: 'the text' };

export function MapSearch({ data, query, onQueryChange, onSelect }: MapSearchProps) {
  const [search, setSearch] = useState<SiteSearch | 'loading' | 'failed'>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const load = () => {
    if (search && search !== 'failed') return;
    setSearch('loading');
    import('@/lib/search/load')
      .then((m) => m.loadSiteSearch())
      .then(setSearch, () => setSearch('failed'));
  };
  const hits = useMemo(
    () => (typeof search === 'object' && query.trim() ? mapSearchHits(data, search.search(query.trim(), { limit: 40 }), 12) : []),
    [search, data, query],
  );
  const expanded = open && query.trim().length > 0;

  const choose = (i: number) => {
    onSelect(data.ids[i]!);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]!.index);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
    setOpen(e.key !== 'Escape' && e.key !== 'Enter');
  };

  return (
    <div className="map-search">
      <label htmlFor="map-search-input">Search the map</label>
      <input
        id="map-search-input"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls="map-search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `map-hit-${hits[active]!.index}` : undefined}
        placeholder="Words, an actor, a ruling, ECLI or case number"
        autoComplete="off"
        maxLength={200}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
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
                  id={`map-hit-${h.index}`}
                  role="option"
                  aria-selected={k === active}
                  data-id={data.ids[h.index]}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(h.index)}
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
