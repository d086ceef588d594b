'use client';
/**
 * Search box (ARIA combobox with a listbox of results). Titles, actors and sources are searched at
 * once from the map data; the full texts are fetched on first focus and then searched too.
 */
import { useEffect, useMemo, useState } from 'react';
import type { MapData } from '@/lib/map/encoding';
import { GLYPHS, glyphOf } from '@/lib/map/geometry';
import { buildSearchIndex, searchMap } from '@/lib/map/search';

export interface MapSearchProps {
  data: MapData;
  query: string;
  onQueryChange: (q: string) => void;
  onSelect: (id: string) => void;
}

export function MapSearch({ data, query, onQueryChange, onSelect }: MapSearchProps) {
  const [texts, setTexts] = useState<Map<string, string> | undefined>();
  const [wantTexts, setWantTexts] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    if (!wantTexts || texts) return;
    let cancelled = false;
    fetch('/api/map/text')
      .then((r) => (r.ok ? r.json() : {}))
      .then((t: Record<string, string>) => !cancelled && setTexts(new Map(Object.entries(t))))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [wantTexts, texts]);
  const index = useMemo(() => (query || wantTexts ? buildSearchIndex(data, texts) : undefined), [data, texts, query, wantTexts]);
  const hits = useMemo(() => (index && query.trim() ? searchMap(index, query, 12) : []), [index, query]);
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
        placeholder="Words, an actor, a source or ECLI"
        autoComplete="off"
        value={query}
        onFocus={() => {
          setWantTexts(true);
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
            No node matches “{query}”
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
                  {data.titles[h.index]} <span className="muted small">({GLYPHS[g].label.toLowerCase()}; matched in {h.where})</span>
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
