'use client';
/**
 * The header's search box: an ARIA combobox over the whole site. It is a plain GET form to /search
 * (so it works without JavaScript); on first focus it loads the site's search index (a dynamic
 * import and two static files), then lists results as you type, grouped by kind. Arrows move,
 * Enter opens the result (or the search page when none is chosen), Escape closes, then clears.
 */
import { useEffect, useMemo, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import type { SiteSearch } from '@/lib/search/index';
import { groupByKind } from '@/lib/search/kinds';
import { ASOF_PARAM, readAsOf, withAsOf } from '@/lib/asof';

const LIMIT = 12;

export function SiteSearchBox() {
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SiteSearch | 'loading' | 'failed'>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // A reader viewing the debate as of a date searches what existed then, and stays on that date.
  const [asOf, setAsOf] = useState<string>();
  useEffect(() => setOpen(false), [pathname]);

  const load = () => {
    setAsOf(readAsOf(new URLSearchParams(window.location.search).get(ASOF_PARAM)).asOf);
    if (search && search !== 'failed') return;
    setSearch('loading');
    import('@/lib/search/load')
      .then((m) => m.loadSiteSearch())
      .then(setSearch, () => setSearch('failed'));
  };
  const q = query.trim();
  const groups = useMemo(() => (typeof search === 'object' && q ? groupByKind(search.search(q, { limit: LIMIT, asOf })) : []), [search, q, asOf]);
  const options = [...groups.flatMap((g) => g.hits.map((h) => ({ key: `${h.kind}-${h.id}`, url: h.url }))), { key: 'all', url: `/search?q=${encodeURIComponent(q)}` }];
  const expanded = open && q.length > 0;

  const go = (url: string) => {
    setOpen(false);
    router.push(withAsOf(url, asOf));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = options.length;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && expanded && active >= 0 && options[active]) {
      e.preventDefault();
      go(options[active]!.url);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  let k = 0;
  const option = (key: string, url: string, body: React.ReactNode, Tag: 'li' | 'div' = 'li') => {
    const i = k++;
    return (
      <Tag key={key} id={`site-search-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => go(url)}>
        {body}
      </Tag>
    );
  };
  const status = search === 'loading' ? 'Loading the index…' : search === 'failed' ? 'The index could not be loaded; press Enter to search.' : `${options.length - 1} result${options.length === 2 ? '' : 's'}`;
  return (
    <form role="search" action="/search" method="get" className="site-search" onSubmit={() => setOpen(false)}>
      <label htmlFor="site-search-input" className="visually-hidden">
        Search the site
      </label>
      <input
        id="site-search-input"
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls="site-search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `site-search-${active}` : undefined}
        placeholder="Search: words, ECLI, case no., party"
        autoComplete="off"
        maxLength={200}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {asOf ? <input type="hidden" name={ASOF_PARAM} value={asOf} /> : null}
      <button type="submit">Search</button>
      <div id="site-search-results" role="listbox" aria-label="Search results" className="site-search-results" hidden={!expanded}>
        {expanded
          ? groups.map((g) => (
              <ul key={g.kind} role="group" aria-labelledby={`site-search-group-${g.kind}`}>
                <li role="presentation" id={`site-search-group-${g.kind}`} className="site-search-group">
                  {g.label}
                </li>
                {g.hits.map((h) => option(`${h.kind}-${h.id}`, h.url, h.title))}
              </ul>
            ))
          : null}
        {expanded ? option('all', options[options.length - 1]!.url, <>All results for “{q}” on the search page</>, 'div') : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? status : ''}
      </p>
    </form>
  );
}
