/** Every way to take the map elsewhere: whole-map formats, the bibliography and the read API. */
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { EXPORT_FORMATS, exportFileName } from '@/lib/export/formats';
import { absoluteUrl } from '@/lib/site';
import { pageOrigin } from '@/app/_site/origin';
import { MapPictureDownloads } from '@/components/MapPictureDownloads';

export const metadata: Metadata = {
  title: 'Exports',
  description: 'Download the whole map as JSON, AIF, Argdown or GraphML, the bibliography as BibTeX, RIS or CSL-JSON, or read it through the JSON API.',
};

export default async function ExportsPage() {
  const corpus = getCorpus();
  const base = await pageOrigin();
  const sample = corpus.nodes[0]?.id;
  const section = (bibliographic: boolean) =>
    EXPORT_FORMATS.filter((f) => f.bibliographic === bibliographic && !f.picture).map((f) => (
      <li key={f.id}>
        <a href={`/api/export/${f.id}`} download={exportFileName(f, corpus.version, false)} data-format={f.id}>
          {f.label}
        </a>
        <div className="small muted">{f.description}</div>
      </li>
    ));
  return (
    <>
      <h1>Exports</h1>
      <p className="lede">
        The map is open data under CC BY-SA 4.0. Every download is of dataset version <code>{corpus.version}</code>; cite that version with what you
        use.
      </p>
      <h2>The whole map</h2>
      <ul className="export-list">{section(false)}</ul>
      <h2>Pictures and embeds</h2>
      <p className="small">An SVG or PNG of the whole map or of one question, and a view to put in an iframe on your own site.</p>
      <MapPictureDownloads
        questions={corpus.nodes.filter((n) => n.kind === 'question').map((n) => ({ id: n.id, title: n.title }))}
        version={corpus.version}
      />
      <p className="small muted">
        Embed code: <code>{`<iframe src="${absoluteUrl('/embed', base)}" title="Admissible map" width="100%" height="600"></iframe>`}</code>
      </p>
      <h2>The bibliography</h2>
      <ul className="export-list">{section(true)}</ul>
      <p className="small">
        To download part of it, filter the <a href="/sources">sources</a> first.
      </p>
      <h2>Read API</h2>
      <p>Read-only JSON, with ETag and cache headers (answers 304 Not Modified when you send back the ETag):</p>
      <ul className="small">
        <li>
          <code>GET {absoluteUrl('/api/graph', base)}</code>: the whole map in the documented format
        </li>
        <li>
          <code>GET {absoluteUrl('/api/nodes/<id>', base)}</code>: one question, position, argument or fact with its links, sources and rulings
          {sample ? (
            <>
              {' '}
              (e.g. <a href={`/api/nodes/${sample}`}>/api/nodes/{sample}</a>)
            </>
          ) : null}
        </li>
        <li>
          <code>GET {absoluteUrl('/api/sources/<id>', base)}</code>: one source with the nodes citing it, its holdings and appeals
        </li>
        <li>
          <code>GET {absoluteUrl('/api/export/<format>', base)}</code>: the downloads above; bibliographic formats take{' '}
          <code>?jurisdiction=&amp;court=&amp;type=&amp;operation=</code>
        </li>
      </ul>
    </>
  );
}
