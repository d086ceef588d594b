'use client';
/**
 * "Cite this": the reference in each style with a copy button, the permalink, the dataset version
 * and the access date. References arrive formatted by the server (citeproc through citation-js)
 * with a placeholder access date; the reader's browser writes in today's date after hydration.
 */
import { useEffect, useRef, useState } from 'react';
import { isoDay, withAccessDate } from '@/lib/cite/accessed';

export interface CiteBoxReference {
  style: string;
  label: string;
  /** Formatted text with the placeholder access date. */
  text: string;
  lang: 'en-GB' | 'en-US';
}

/** references: one per style; permalink: the page's stable URL; version: the dataset version; builtOn: the day the page was built (shown until hydration). */
export function CiteBox({ references, permalink, version, builtOn, heading = 'Cite this' }: { references: CiteBoxReference[]; permalink: string; version: string; builtOn: string; heading?: string }) {
  const [today, setToday] = useState(builtOn);
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  // Which button last copied: it reads "Copied" for a few seconds, and the status line says so to screen readers.
  const [copied, setCopied] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    setToday(isoDay(new Date()));
    setReady(true);
    return () => clearTimeout(timer.current);
  }, []);

  const copy = async (key: string, label: string, text: string) => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(key);
      setMessage(`Copied: ${label} is on the clipboard.`);
      timer.current = setTimeout(() => setCopied(null), 4000);
    } catch {
      setCopied(null);
      setMessage(`Could not copy: select the ${label} text and copy it by hand.`);
    }
  };
  const buttonText = (key: string, what: string) => (
    <>
      {copied === key ? 'Copied' : 'Copy'}
      <span className="visually-hidden"> {what}</span>
    </>
  );

  return (
    <section className="cite-box" aria-labelledby="cite-this" data-ready={ready ? 'true' : undefined}>
      <h2 id="cite-this">{heading}</h2>
      <dl className="cite-meta">
        <dt>Permalink</dt>
        <dd>
          <a href={permalink} className="permalink">
            {permalink}
          </a>{' '}
          <button type="button" className="copy no-print" data-copy="permalink" data-copied={copied === 'permalink' ? 'true' : undefined} onClick={() => copy('permalink', 'the permalink', permalink)}>
            {buttonText('permalink', 'permalink')}
          </button>
        </dd>
        <dt>Dataset version</dt>
        <dd>
          <code>{version}</code>
        </dd>
        <dt>Accessed</dt>
        <dd>
          <time dateTime={today}>{today}</time>
        </dd>
      </dl>
      {references.map((r) => {
        const text = withAccessDate(r.text, today, r.lang);
        return (
          <div className="cite-ref" key={r.style}>
            <h3 id={`cite-${r.style}`}>{r.label}</h3>
            <p className="cite-text" data-style={r.style} aria-labelledby={`cite-${r.style}`}>
              {text}
            </p>
            <button type="button" className="copy no-print" data-copy={r.style} data-copied={copied === r.style ? 'true' : undefined} onClick={() => copy(r.style, `the ${r.label} citation`, text)}>
              {buttonText(r.style, `${r.label} citation`)}
            </button>
          </div>
        );
      })}
      <p role="status" aria-live="polite" className="small muted cite-status">
        {message}
      </p>
    </section>
  );
}
