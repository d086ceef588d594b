'use client';
/**
 * What both search boxes share (the header's, components/SiteSearchBox.tsx, and the map's,
 * components/map/MapSearch.tsx): loading the site search on first focus (useSiteSearch: a dynamic
 * import, so a page pays for it only then) and the ARIA combobox (useSearchCombobox): the input's
 * attributes and the keys. Arrows move through the options and wrap, Enter chooses the active
 * option, Escape closes the list, then clears the box.
 *
 * The one difference between the boxes is a choice, not a copy: with `autoSelectFirst` (the map) the
 * first result is active as you type, so Enter focuses it; without it (the header) nothing is active
 * until an arrow is pressed, so Enter submits the box's form to /search.
 */
import { useEffect, useState } from 'react';
import type { SiteSearch } from '@/lib/search/index';

export type SearchState = SiteSearch | 'loading' | 'failed' | undefined;

/** The site search, loaded by `load` (call it on focus): once per page load, shared by every box. */
export function useSiteSearch(): [SearchState, () => void] {
  const [search, setSearch] = useState<SearchState>();
  const load = () => {
    if (search && search !== 'failed') return;
    setSearch('loading');
    import('@/lib/search/load')
      .then((m) => m.loadSiteSearch())
      .then(setSearch, () => setSearch('failed'));
  };
  return [search, load];
}

export interface SearchComboboxOptions {
  /** The listbox's id; option i has the id `${listId}-${i}`. */
  listId: string;
  query: string;
  onQueryChange: (q: string) => void;
  /** How many options the list shows now. */
  optionCount: number;
  /** Option i was chosen (Enter on it); clicks call the same through `choose`. */
  onChoose: (i: number) => void;
  autoSelectFirst?: boolean;
  /** Run on every focus: load the search (useSiteSearch), and what else the box needs then. */
  onFocus: () => void;
  /** The list closes whenever this changes (the header's box: the page's path, after a client-side navigation). */
  closeWhen?: unknown;
}

export function useSearchCombobox({ listId, query, onQueryChange, optionCount, onChoose, autoSelectFirst = false, onFocus, closeWhen }: SearchComboboxOptions) {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [closeWhen]);
  const none = autoSelectFirst ? 0 : -1;
  const [active, setActive] = useState(none);
  const expanded = open && query.trim().length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  const choose = (i: number) => {
    setOpen(false);
    onChoose(i);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = optionCount;
      if (n > 0) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && expanded && active >= 0 && active < optionCount) {
      // With nothing active, Enter goes on to the form (if any).
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (expanded) setOpen(false);
      else onQueryChange('');
      setActive(none);
    }
  };

  return {
    expanded,
    active,
    optionId,
    choose,
    close: () => setOpen(false),
    /** Spread on the <input>; id, name, placeholder and label stay the caller's. */
    inputProps: {
      type: 'search',
      role: 'combobox',
      'aria-expanded': expanded,
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': expanded && active >= 0 && active < optionCount ? optionId(active) : undefined,
      autoComplete: 'off',
      maxLength: 200,
      value: query,
      onFocus: () => {
        onFocus();
        setOpen(true);
      },
      // Options keep the focus on mousedown, so a click on one lands before the list closes.
      onBlur: () => setOpen(false),
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
        onQueryChange(e.target.value);
        setActive(none);
        setOpen(true);
      },
      onKeyDown,
    } as const,
  };
}
