/**
 * /embed: a map view for an iframe (the only routes that may be framed; see proxy.ts).
 * With map view parameters (focus, filters, zoom, asOf, collapsed; lib/map/view-state.ts, as
 * /map puts them in its URL) it draws exactly that view with the map's renderer; without them,
 * the whole map as readable trees.
 */
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { EmbedMap } from '@/components/EmbedMap';
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
  if (!query) return <EmbedMap corpus={corpus} base={base} />;
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
