'use client';
/**
 * Exports of the map view on screen: an SVG and a PNG drawn by the map's own renderer, and the
 * code to embed the same view in another page. The view lives in the URL, so each action reads
 * the address bar (and the map's size) when it is used, whatever the map did since.
 */
import { useEffect, useState } from 'react';
import { downloadBlob, svgToPng } from '@/components/svg-to-png';

/** version: the dataset version, for file names. */
export function MapViewExports({ version }: { version: string }) {
  const [status, setStatus] = useState('');
  const [embedCode, setEmbedCode] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const viewQuery = () => {
    const params = new URLSearchParams(window.location.search);
    const surface = document.querySelector('.argument-map-surface');
    const box = surface?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) {
      params.set('w', String(Math.round(box.width)));
      params.set('h', String(Math.round(box.height)));
    }
    return params;
  };
  const fileBase = `admissible-map-view-${version}`;

  const downloadSvg = async () => {
    setStatus('Drawing the SVG…');
    try {
      const res = await fetch(`/api/map/svg?${viewQuery()}`);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      downloadBlob(new Blob([await res.text()], { type: 'image/svg+xml' }), `${fileBase}.svg`);
      setStatus(`SVG ready: ${fileBase}.svg`);
    } catch (e) {
      setStatus(`Could not make the SVG: ${(e as Error).message}.`);
    }
  };
  const downloadPng = async () => {
    setStatus('Drawing the PNG…');
    try {
      const res = await fetch(`/api/map/svg?${viewQuery()}`);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      downloadBlob(await svgToPng(await res.text()), `${fileBase}.png`);
      setStatus(`PNG ready: ${fileBase}.png`);
    } catch (e) {
      setStatus(`Could not make the PNG: ${(e as Error).message}. Download the SVG instead.`);
    }
  };
  const showEmbed = () => {
    const params = viewQuery();
    const width = params.get('w') ?? '1200';
    const height = params.get('h') ?? '800';
    const src = `${window.location.origin}/embed?${params}`;
    setEmbedCode(`<iframe src="${src}" width="${width}" height="${Number(height) + 40}" title="Admissible argument map" loading="lazy"></iframe>`);
  };

  return (
    <section className="map-view-exports no-print" aria-labelledby="map-view-exports-title" data-ready={ready ? 'true' : undefined}>
      <h2 id="map-view-exports-title" className="small">
        This view
      </h2>
      <button type="button" onClick={downloadSvg} data-format="svg">
        Download SVG
      </button>{' '}
      <button type="button" onClick={downloadPng} data-format="png">
        Download PNG
      </button>{' '}
      <button type="button" onClick={showEmbed} data-format="embed">
        Embed code
      </button>
      {embedCode ? (
        <label className="embed-code">
          Paste this into your page
          <textarea readOnly value={embedCode} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      <p role="status" aria-live="polite" className="small muted">
        {status}
      </p>
    </section>
  );
}
