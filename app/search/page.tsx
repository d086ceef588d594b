import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { firstParam, type SearchParams } from '@/lib/compare/query';
import { parseSearchRequest } from '@/lib/search/query';
import { searchSite } from '@/lib/search/server';
import { KIND_LABELS, SEARCH_KINDS, groupByKind } from '@/lib/search/kinds';
import { SelectFilter } from '@/components/SelectFilter';
import { withAsOf } from '@/lib/asof';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every question, position, argument, fact, ruling, holding, court and operation, by words, ECLI, case number or party.',
  robots: { index: false },
};

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const corpus = getCorpus();
  const get = (name: string) => firstParam(params[name]) ?? null;
  const asked = (get('q') ?? '').trim() !== '';
  const { request, errors } = parseSearchRequest({ get }, new Set(corpus.jurisdictions.map((j) => j.code)));
  const answer = request ? await searchSite(request.q, { kinds: request.kinds, jurisdiction: request.jurisdiction, asOf: request.asOf, limit: 50 }) : undefined;
  const groups = answer ? groupByKind(answer.hits) : [];
  return (
    <>
      <h1>Search</h1>
      <p className="lede">Words in any language (accents optional), an ECLI with or without “ECLI:”, a case or application number as the court writes it, a neutral citation, or a party’s name.</p>
      <form action="/search" method="get" className="search-form" role="search" aria-label="Search the site">
        <label>
          Search for
          <input type="search" name="q" defaultValue={get('q') ?? ''} maxLength={200} />
        </label>
        <SelectFilter label="Kind" name="kind" value={get('kind') ?? undefined} allLabel="All kinds" options={SEARCH_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        <SelectFilter label="Jurisdiction" name="jurisdiction" value={get('jurisdiction') ?? undefined} allLabel="All jurisdictions" options={corpus.jurisdictions.map((j) => ({ value: j.code, label: j.name }))} />
        <label>
          As of
          <input type="date" name="asOf" defaultValue={get('asOf') ?? ''} />
        </label>
        <button type="submit">Search</button>
      </form>
      {asked || errors.some((e) => e.field !== 'q') ? (
        errors.length > 0 ? (
          <div role="alert" className="card">
            <p>The search could not be run:</p>
            <ul>
              {errors.map((e) => (
                <li key={e.field}>
                  <code>{e.field}</code>: {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null
      ) : null}
      {answer ? (
        <>
          <p aria-live="polite">
            {answer.hits.length === 0 ? `Nothing matches “${request!.q}”.` : `${answer.hits.length}${answer.hits.length === 50 ? ' (the first 50)' : ''} result${answer.hits.length === 1 ? '' : 's'} for “${request!.q}”.`}
            {answer.communityIncluded ? null : <span className="muted"> Community contributions could not be searched just now.</span>}
          </p>
          {groups.map((g) => (
            <section key={g.kind} aria-labelledby={`results-${g.kind}`}>
              <h2 id={`results-${g.kind}`}>
                {g.label} ({g.hits.length})
              </h2>
              <ol className="search-results">
                {g.hits.map((h) => (
                  <li key={`${h.kind}-${h.id}`}>
                    <a href={withAsOf(h.url, request?.asOf)}>{h.title}</a>
                    {h.community ? <span className="badge"> community</span> : null}
                    {h.date ? <span className="muted small"> · {h.date}</span> : null}
                    {h.matched === 'identifier' ? <span className="muted small"> · identifier match</span> : null}
                    {h.snippet && h.snippet !== h.title ? <p className="snippet small">{h.snippet}</p> : null}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
