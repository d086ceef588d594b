/**
 * The brief builder: the nodes and rulings a reader collected, in their order, with footnotes in
 * the chosen style, downloadable as Markdown or Word. The brief lives in the URL, so sharing the
 * address shares the brief; every control is a link or a form, so it works by keyboard and without JavaScript.
 */
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { buildBrief, briefQuery, footnoteText, moveItem, parseBriefParams, unknownItems } from '@/lib/brief/brief';
import { CITATION_STYLES } from '@/lib/cite/format';
import { isoDay } from '@/lib/cite/accessed';
import { pageOrigin } from '@/app/_site/origin';
import { BriefSync } from '@/components/brief/BriefSync';

export const metadata: Metadata = { title: 'Brief', robots: { index: false } };

type Params = Record<string, string | string[] | undefined>;

export default async function BriefPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const parsed = parseBriefParams(params);
  const base = await pageOrigin();
  if (!parsed.ok) {
    return (
      <>
        <h1>Brief</h1>
        <div role="alert" className="form-errors">
          <p>This brief&apos;s address has a problem:</p>
          <ul>
            {parsed.problems.map((p, i) => (
              <li key={i}>
                <code>{p.parameter}</code>: {p.message}
              </li>
            ))}
          </ul>
          <p>
            <a href="/brief">Start a new brief</a>
          </p>
        </div>
      </>
    );
  }
  const { items, style, asOf } = parsed.value;
  const corpus = corpusAsOf(getCorpus(), asOf);
  const missing = unknownItems(corpus, items);
  const known = items.filter((id) => !missing.includes(id));
  const brief = buildBrief(corpus, { ...parsed.value, items: known }, base, isoDay(new Date()));
  const href = (next: readonly string[], s = style.id) => `/brief${briefQuery(next, s, asOf)}`;
  const download = (format: 'md' | 'docx') => `/api/brief${briefQuery(known, style.id, asOf)}${known.length ? '&' : '?'}format=${format}`;
  let note = 0;
  return (
    <>
      <BriefSync items={known} />
      <h1>Brief</h1>
      <p className="lede">
        Collect positions, arguments, facts and rulings with <strong>Add to brief</strong> on their pages, put them in order, and download the
        brief with footnotes in {style.label}, permalinks carrying the dataset version{asOf ? ' and the as-of date' : ''}, and a bibliography.
        The brief is kept in this page&apos;s address: share the address to share the brief.
      </p>
      {asOf ? (
        <p className="asof-banner" role="note">
          Showing the debate as of {asOf}. <a href={href(known).replace(/[?&]asOf=[^&]*/, '')}>Show today&apos;s map instead</a>
        </p>
      ) : null}
      {missing.length ? (
        <div role="alert" className="form-errors">
          Not in the map{asOf ? ` as of ${asOf}` : ''}, so left out: {missing.map((m) => `"${m}"`).join(', ')}.{' '}
          <a href={href(known)}>Remove them from the address</a>
        </div>
      ) : null}
      <form method="get" action="/brief" className="brief-style">
        <input type="hidden" name="items" value={known.join(',')} />
        {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
        <label htmlFor="brief-style">Citation style</label>{' '}
        <select id="brief-style" name="style" defaultValue={style.id}>
          {CITATION_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Apply</button>
      </form>
      {brief.entries.length === 0 ? (
        <p>This brief is empty. Open a node or a source and choose “Add to brief”.</p>
      ) : (
        <>
          <p>
            Download: <a href={download('md')}>Markdown</a> · <a href={download('docx')}>Word (DOCX)</a>
          </p>
          <ol className="brief-entries">
            {brief.entries.map((entry, i) => (
              <li key={entry.id} id={`entry-${entry.id}`} className="card">
                <h2 className="h3">
                  {entry.kindLabel}: <a href={entry.permalink}>{entry.title}</a>
                </h2>
                <p>
                  {entry.text}
                  {entry.footnotes.map(() => {
                    note += 1;
                    return (
                      <sup key={note}>
                        <a href={`#note-${note}`} id={`ref-${note}`} aria-label={`Note ${note}`}>
                          {note}
                        </a>
                      </sup>
                    );
                  })}
                </p>
                <p className="brief-controls small no-print">
                  {i > 0 ? <a href={href(moveItem(known, i, -1))}>Move up<span className="visually-hidden">: {entry.title}</span></a> : null}
                  {i < known.length - 1 ? <a href={href(moveItem(known, i, 1))}>Move down<span className="visually-hidden">: {entry.title}</span></a> : null}
                  <a href={href(known.filter((x) => x !== entry.id))}>Remove<span className="visually-hidden">: {entry.title}</span></a>
                </p>
              </li>
            ))}
          </ol>
          <h2 id="notes">Notes</h2>
          <ol className="brief-notes small">
            {brief.entries.flatMap((e) => e.footnotes).map((f, i) => (
              <li key={i} id={`note-${i + 1}`}>
                {footnoteText(f)} <a href={`#ref-${i + 1}`} aria-label={`Back to the text of note ${i + 1}`}>↩</a>
              </li>
            ))}
          </ol>
          <h2 id="bibliography">Bibliography</h2>
          <ul className="brief-bibliography small">
            {brief.bibliography.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
