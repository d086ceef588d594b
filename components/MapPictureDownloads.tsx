'use client';
/**
 * Pictures of a map view: the SVG comes from /api/export/svg; the PNG is drawn from that SVG on a
 * canvas in the browser (at twice the size, for print), so the server needs no image library.
 */
import { useEffect, useState } from 'react';
import { downloadBlob, svgToPng } from './svg-to-png';

/** questions: the map's questions to choose from; version: for the file names. */
export function MapPictureDownloads({ questions, version }: { questions: Array<{ id: string; title: string }>; version: string }) {
  const [question, setQuestion] = useState('');
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const query = question ? `?question=${encodeURIComponent(question)}` : '';
  const base = `admissible-map${question ? `-${question}` : ''}-${version}`;

  const downloadPng = async () => {
    setStatus('Drawing the PNG…');
    try {
      const svg = await (await fetch(`/api/export/svg${query}`)).text();
      downloadBlob(await svgToPng(svg), `${base}.png`);
      setStatus(`PNG ready: ${base}.png`);
    } catch (e) {
      setStatus(`Could not make the PNG: ${(e as Error).message}. Download the SVG instead.`);
    }
  };

  return (
    <div className="picture-downloads" data-ready={ready ? 'true' : undefined}>
      <label>
        Map view{' '}
        <select value={question} onChange={(e) => setQuestion(e.target.value)}>
          <option value="">The whole map</option>
          {questions.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </select>
      </label>{' '}
      <a href={`/api/export/svg${query}`} download={`${base}.svg`} data-format="svg">
        SVG
      </a>{' '}
      <button type="button" className="copy" onClick={downloadPng} data-format="png">
        PNG
      </button>{' '}
      <a href={question ? `/embed/${question}` : '/embed'}>Embeddable view</a>
      <p role="status" aria-live="polite" className="small muted">
        {status}
      </p>
    </div>
  );
}
