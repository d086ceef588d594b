'use client';
/**
 * Pictures of a map view: the SVG comes from /api/export/svg; the PNG is drawn from that SVG on a
 * canvas in the browser (at twice the size, for print), so the server needs no image library.
 */
import { useEffect, useState } from 'react';

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
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      const image = new Image();
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG could not be drawn'));
        image.src = url;
      });
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth * scale;
      canvas.height = image.naturalHeight * scale;
      const context = canvas.getContext('2d')!;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(png);
      link.download = `${base}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
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
