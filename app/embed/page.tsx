/**
 * /embed: a map view for an iframe (the only routes that may be framed; see proxy.ts).
 * With map view parameters (focus, filters, zoom, asOf, collapsed; lib/map/view-state.ts, as
 * /map puts them in its URL) it draws exactly that view with the map's renderer; without them,
 * the list of questions, each a readable tree at /embed/<question> (the whole map as one picture
 * is several hundred kilobytes, too heavy for one page; it is the SVG export).
 */
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import type { LoadedCorpus } from '@/lib/data/corpus';
import { mapDataFor } from '@/lib/map/details';
import { parseViewState, serializeViewState } from '@/lib/map/view-state';
import { DEFAULT_VIEW_SIZE, viewSide, viewToSvg } from '@/lib/map/view-svg';
import { pageOrigin } from '@/app/_site/origin';

export const metadata: Metadata = { title: 'Map (embedded)', robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function EmbedPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const corpus = getCorpus();
  const view = parseViewState(search);
  const query = serializeViewState(view).toString();
  const base = await pageOrigin();
  if (!query) return <EmbedIndex corpus={corpus} base={base} />;
  const size = { width: viewSide(one(search.w), DEFAULT_VIEW_SIZE.width), height: viewSide(one(search.h), DEFAULT_VIEW_SIZE.height) };
  const svg = viewToSvg(mapDataFor(corpus, view.asOf), view, size);
  const href = `${base}/map?${query}`;
  return (
    <div className="embed-view">
      <h1 className="visually-hidden">A view of the Admissible argument map</h1>
      {/* The SVG is drawn by lib/map/svg.ts, which escapes every title it writes. */}
      <div className="embed-svg" role="img" aria-label="Argument map view" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="embed-credit small">
        <a href={href} target="_top">
          Open this view in Admissible
        </a>{' '}
        · dataset version <code>{corpus.version}</code>
        {view.asOf ? <> · as of {view.asOf}</> : null} · CC BY-SA 4.0
      </p>
    </div>
  );
}

/** Without a view: every question, each linked to its own embeddable tree, and the whole map as a picture. */
function EmbedIndex({ corpus, base }: { corpus: LoadedCorpus; base: string }) {
  const questions = corpus.nodes.filter((n) => n.kind === 'question');
  return (
    <div className="embed-view">
      <h1>The Admissible map, one question at a time</h1>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>
            <a href={`${base}/embed/${q.id}`}>{q.title}</a>
          </li>
        ))}
      </ol>
      <p className="embed-credit small">
        The whole map as one picture: <a href={`${base}/api/export/svg`} target="_top">SVG</a> ·{' '}
        <a href={base} target="_top">
          Admissible
        </a>{' '}
        · dataset version <code>{corpus.version}</code> · CC BY-SA 4.0
      </p>
    </div>
  );
}
