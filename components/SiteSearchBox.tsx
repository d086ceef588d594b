'use client';
/**
 * The header's search box: an ARIA combobox over the whole site. It is a plain GET form to /search
 * (so it works without JavaScript); on first focus it loads the site's search index (a dynamic
 * import and two static files), then lists results as you type, grouped by kind. Arrows move,
 * Enter opens the result (or the search page when none is chosen), Escape closes, then clears.
 */
import { useMemo, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { groupByKind } from '@/lib/search/kinds';
import { ASOF_PARAM, readAsOf, withAsOf } from '@/lib/asof';
import { useSearchCombobox, useSiteSearch } from './useSearchCombobox';

const LIMIT = 12;

export function SiteSearchBox() {
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState('');
  // A reader viewing the debate as of a date searches what existed then, and stays on that date.
  const [asOf, setAsOf] = useState<string>();
  const [search, load] = useSiteSearch();
  const q = query.trim();
  const groups = useMemo(() => (typeof search === 'object' && q ? groupByKind(search.search(q, { limit: LIMIT, asOf })) : []), [search, q, asOf]);
  const options = [...groups.flatMap((g) => g.hits.map((h) => ({ key: `${h.kind}-${h.id}`, url: h.url }))), { key: 'all', url: `/search?q=${encodeURIComponent(q)}` }];
  const { expanded, active, optionId, choose, close, inputProps } = useSearchCombobox({
    listId: 'site-search-results',
    query,
    onQueryChange: setQuery,
    optionCount: options.length,
    onChoose: (i) => router.push(withAsOf(options[i]!.url, asOf)),
    closeWhen: pathname,
    onFocus: () => {
      setAsOf(readAsOf(new URLSearchParams(window.location.search).get(ASOF_PARAM)).asOf);
      load();
    },
  });

  let k = 0;
  const option = (key: string, body: React.ReactNode, Tag: 'li' | 'div' = 'li') => {
    const i = k++;
    return (
      <Tag key={key} id={optionId(i)} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(i)}>
        {body}
      </Tag>
    );
  };
  const status = search === 'loading' ? 'Loading the index…' : search === 'failed' ? 'The index could not be loaded; press Enter to search.' : `${options.length - 1} result${options.length === 2 ? '' : 's'}`;
  return (
    <form role="search" action="/search" method="get" className="site-search" onSubmit={close}>
      <label htmlFor="site-search-input" className="visually-hidden">
        Search the site
      </label>
      <input
        id="site-search-input"
        name="q"
        placeholder="Search: words, ECLI, case no., party"
        {...inputProps}
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
                {g.hits.map((h) => option(
                    `${h.kind}-${h.id}`,
                    h.community ? (
                      <>
                        {h.title} <span className="community-mark">Community</span>
                      </>
                    ) : (
                      h.title
                    ),
                  ))}
              </ul>
            ))
          : null}
        {expanded ? option('all', <>All results for “{q}” on the search page</>, 'div') : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? status : ''}
      </p>
    </form>
  );
}
