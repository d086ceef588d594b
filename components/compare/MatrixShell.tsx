'use client';
/**
 * The matrix's only interactive part: it marks the matrix ready, gives the open cell's panel the
 * focus when a cell's link brought the reader here, and closes the panel in place. It receives no
 * data: the table and the panel's rulings are rendered on the server (each cell is a link,
 * ?cell=…, so the page works without JavaScript), which keeps them out of the client payload.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MatrixShellProps {
  /** The server-rendered table. */
  children: ReactNode;
  /** The open cell's heading ("question — column"), or undefined when no cell is open. */
  heading: string | undefined;
  /** The open cell's server-rendered rulings. */
  panel: ReactNode;
}

export function MatrixShell({ children, heading, panel }: MatrixShellProps) {
  const [open, setOpen] = useState(heading !== undefined);
  const [ready, setReady] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setReady(true);
    // Arrived by a cell's link: the panel's heading takes the focus.
    if (heading !== undefined && window.location.hash === '#cell-panel') panelHeading.current?.focus();
  }, [heading]);

  const close = () => {
    setOpen(false);
    const url = new URL(window.location.href);
    url.searchParams.delete('cell');
    url.hash = '';
    window.history.replaceState(null, '', url);
    for (const a of document.querySelectorAll('.matrix-table a.matrix-cell[aria-expanded="true"]')) a.setAttribute('aria-expanded', 'false');
  };

  return (
    <div data-ready={ready ? 'true' : undefined} className="matrix">
      {children}
      <section id="cell-panel" className="cell-panel" aria-labelledby="cell-panel-heading" hidden={!open || heading === undefined}>
        {heading !== undefined && open ? (
          <>
            <div className="cell-panel-head">
              <h2 id="cell-panel-heading" ref={panelHeading} tabIndex={-1}>
                {heading}
              </h2>
              <button type="button" onClick={close}>
                Close
              </button>
            </div>
            {panel}
          </>
        ) : (
          <h2 id="cell-panel-heading">Rulings</h2>
        )}
      </section>
    </div>
  );
}
