/**
 * The bibliography: every source, filterable by jurisdiction, court, type and operation, each with
 * its OSCOLA reference, and downloadable whole or filtered as BibTeX, RIS and CSL-JSON.
 */
import type { Metadata } from 'next';
import { getCorpus, type LoadedCorpus } from '@/lib/data/corpus';
import { VerificationBadge } from '@/components/VerificationBadge';
import { bibliography, filterToQuery, parseFilter, type BibliographyFilter } from '@/lib/cite/bibliography';
import { sourceReference } from '@/lib/cite/page-refs';
import { EXPORT_FORMATS, exportFileName } from '@/lib/export/formats';
import { SOURCE_TYPES } from '@/lib/model/schema';
import { SOURCE_TYPE_LABELS } from '@/lib/model/labels';
import { absoluteUrl, sourcePath } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';
import { SelectFilter } from '@/components/SelectFilter';

export async function generateMetadata(): Promise<Metadata> {
  const base = await pageOrigin();
  const description = 'Every judgment, decision, opinion, law, report and article the map cites, with formatted references, downloadable as BibTeX, RIS and CSL-JSON.';
  return {
    title: 'Sources',
    description,
    alternates: { canonical: absoluteUrl('/sources', base) },
    openGraph: { type: 'website', title: 'Sources — Admissible', description, url: absoluteUrl('/sources', base), siteName: 'Admissible' },
  };
}

// OSCOLA references are the costly part of this page: made once per dataset version and source.
const references = new WeakMap<LoadedCorpus, Map<string, string>>();
function oscola(corpus: LoadedCorpus, id: string): string {
  let byId = references.get(corpus);
  if (!byId) references.set(corpus, (byId = new Map()));
  if (!byId.has(id)) byId.set(id, sourceReference(corpus.sourceById.get(id)!, corpus));
  return byId.get(id)!;
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' && k !== 'page') params.set(k, v);
  const corpus = getCorpus();
  let filter: BibliographyFilter = {};
  let problem: string | undefined;
  try {
    filter = parseFilter(params);
  } catch (e) {
    problem = (e as Error).message;
  }
  const all = bibliography(corpus.sources, filter);
  const query = filterToQuery(filter);
  // Pages of PAGE_SIZE: the whole bibliography on one page is more HTML than a phone should load.
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const asked = typeof raw.page === 'string' && /^[1-9]\d{0,3}$/.test(raw.page) ? Number(raw.page) : 1;
  const pageNo = Math.min(asked, pages);
  const sources = all.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
  const pageHref = (n: number) => `/sources${query ? `${query}&` : '?'}page=${n}#list`;
  const filtered = query !== '';
  const courts = corpus.jurisdictions.flatMap((j) => j.courts.map((c) => ({ ...c, jurisdiction: j.code }))).filter((c) => corpus.sources.some((s) => s.court === c.id));
  const jurisdictions = corpus.jurisdictions.filter((j) => corpus.sources.some((s) => s.jurisdiction === j.code));
  const types = SOURCE_TYPES.filter((t) => corpus.sources.some((s) => s.type === t));
  const operations = corpus.operations.filter((o) => corpus.sources.some((s) => s.operations.includes(o.id)));
  const bibFormats = EXPORT_FORMATS.filter((f) => f.bibliographic);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every source the map cites: {corpus.sources.length} in all. Each has a permanent page with its full record, official links, verification and
        the nodes that cite it.
      </p>
      <form method="get" action="/sources" className="filters no-print" aria-label="Filter the sources">
        <SelectFilter label="Jurisdiction" name="jurisdiction" value={filter.jurisdiction} allLabel="All" options={jurisdictions.map((x) => ({ value: x.code, label: x.name }))} />
        <SelectFilter label="Court" name="court" value={filter.court} allLabel="All" options={courts.map((x) => ({ value: x.id, label: `${x.name} (${x.jurisdiction})` }))} />
        <SelectFilter label="Type" name="type" value={filter.type} allLabel="All" options={types.map((x) => ({ value: x, label: SOURCE_TYPE_LABELS[x] }))} />
        <SelectFilter label="Operation" name="operation" value={filter.operation} allLabel="All" options={operations.map((x) => ({ value: x.id, label: x.name }))} />
        <button type="submit">Filter</button>
        {filtered ? <a href="/sources">Clear filters</a> : null}
      </form>
      {problem ? (
        <p role="alert" className="problem">
          {problem}
        </p>
      ) : null}
      <section aria-labelledby="download" className="downloads no-print">
        <h2 id="download">Download {filtered ? `these ${all.length} sources` : 'the bibliography'}</h2>
        <ul>
          {bibFormats.map((f) => (
            <li key={f.id}>
              <a href={`/api/export/${f.id}${query}`} download={exportFileName(f, corpus.version, filtered)} data-format={f.id}>
                {f.label}
              </a>{' '}
              <span className="muted small">{f.description}</span>
            </li>
          ))}
        </ul>
        <p className="small muted">
          Dataset version <code>{corpus.version}</code>. Whole-map formats are on the <a href="/exports">exports page</a>.
        </p>
      </section>
      <h2 id="list">
        {filtered ? 'Matching sources' : 'All sources'} ({all.length})
      </h2>
      {pages > 1 ? <Pager label="Pages of sources" pages={pages} current={pageNo} href={pageHref} first={(pageNo - 1) * PAGE_SIZE + 1} last={(pageNo - 1) * PAGE_SIZE + sources.length} total={all.length} /> : null}
      {sources.length ? (
        <ol className="bibliography" start={(pageNo - 1) * PAGE_SIZE + 1}>
          {sources.map((s) => (
            <li key={s.id} id={s.id}>
              <a href={sourcePath(s.id)} className="bib-title">
                {s.title}
              </a>{' '}
              <VerificationBadge status={s.verification.status} />
              <div className="small">
                {SOURCE_TYPE_LABELS[s.type]} · {s.issuer} · <time dateTime={s.date}>{s.date}</time>
                {s.identifiers.ecli ? (
                  <>
                    {' '}
                    · <code>{s.identifiers.ecli}</code>
                  </>
                ) : null}
              </div>
              <div className="small cite-text">{oscola(corpus, s.id)}</div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No source matches these filters.</p>
      )}
      {pages > 1 ? <Pager label="Pages of sources, after the list" pages={pages} current={pageNo} href={pageHref} first={(pageNo - 1) * PAGE_SIZE + 1} last={(pageNo - 1) * PAGE_SIZE + sources.length} total={all.length} /> : null}
    </>
  );
}

const PAGE_SIZE = 80;

/** Links to every page of the list, the current one marked. */
function Pager({ label, pages, current, href, first, last, total }: { label: string; pages: number; current: number; href: (n: number) => string; first: number; last: number; total: number }) {
  return (
    <nav className="pager no-print" aria-label={label}>
      <span className="small muted">
        {first}–{last} of {total}:
      </span>{' '}
      {Array.from({ length: pages }, (_, k) => k + 1).map((n) => (
        <a key={n} href={href(n)} aria-current={n === current ? 'page' : undefined}>
          Page {n}
        </a>
      ))}
    </nav>
  );
}
