/**
 * /map — the whole debate as an argument graph. The server reads the view from the URL and
 * preloads the layout; the client (components/map/MapExplorer) draws and navigates it.
 */
import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { layoutUrlFor, parseViewState } from '@/lib/map/view-state';
import { MapExplorer } from '@/components/map/MapExplorer';
import { MapViewExports } from '@/components/map/MapViewExports';
import { getCorpus } from '@/lib/data/corpus';

export const metadata: Metadata = {
  title: 'Argument map',
  description: 'Every question, position, argument and fact in the debate on encrypted-phone evidence, as one searchable, filterable argument map.',
};

export default async function MapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = parseViewState(await searchParams);
  const layoutUrl = layoutUrlFor(view.asOf);
  preload(layoutUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="map-page">
      <h1>Argument map</h1>
      <p className="lede map-intro">
        Questions on the left; the positions that answer them, and the arguments and facts for and against, branch to the right. Select a node to read it with
        its sources, or use the outline.
      </p>
      <MapExplorer initialView={view} layoutUrl={layoutUrl} />
      <MapViewExports version={getCorpus().version} />
    </div>
  );
}
