'use client';
/**
 * The /map page's interactive part: fetches the laid-out map for the chosen day, and keeps search,
 * filters, date, focus, collapsed branches and zoom in one view state mirrored to the URL
 * (lib/map/view-state.ts), so any view can be shared and restored.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { childrenOf, type MapData } from '@/lib/map/encoding';
import { descendantCounts, hasFilters, MATCH, visibility } from '@/lib/map/filter';
import { evaluationUrlFor, layoutUrlFor, viewHref, type MapViewState } from '@/lib/map/view-state';
import { evalCodesFor, type EvaluationLabels } from '@/lib/map/evaluation';
import { ArgumentMap } from './ArgumentMap';
import { MapFilterBar } from './MapFilterBar';
import { MapLegend } from './MapLegend';
import { MapOutline } from './MapOutline';
import { MapSearch } from './MapSearch';
import { NodePanel } from './NodePanel';

export interface MapExplorerProps {
  /** The view parsed from the URL on the server. */
  initialView: MapViewState;
  /** The layout URL the page preloads (/api/map/layout?asOf=…). */
  layoutUrl: string;
}

export function MapExplorer({ initialView, layoutUrl }: MapExplorerProps) {
  const [view, setView] = useState<MapViewState>(initialView);
  const [data, setData] = useState<MapData | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [revealToken, setRevealToken] = useState<number | undefined>(undefined);
  // The key is built when first opened, off the path of the map's first paint.
  const [legendOpened, setLegendOpened] = useState(false);
  const [asOfDraft, setAsOfDraft] = useState(initialView.asOf ?? '');
  const url = data ? layoutUrlFor(view.asOf) : layoutUrl;

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : r.json().then((b: { error?: string }) => Promise.reject(new Error(b.error ?? `HTTP ${r.status}`)))))
      .then((d: MapData) => {
        // A transition lets React render the toolbar, outline and map in slices instead of one long task.
        startTransition(() => {
          setData(d);
          setError(undefined);
        });
      })
      .catch((e: Error) => e.name !== 'AbortError' && setError(`The map could not be loaded: ${e.message}`));
    return () => controller.abort();
  }, [url]);

  // The evaluation overlay: fetched for the day and the jurisdiction taken as settled, only when on.
  const [evaluation, setEvaluation] = useState<{ url: string; labels: EvaluationLabels } | undefined>();
  const evalUrl = view.evaluation ? evaluationUrlFor(view.asOf, view.evalJurisdiction) : undefined;
  useEffect(() => {
    if (!evalUrl) return;
    const controller = new AbortController();
    fetch(evalUrl, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : r.json().then((b: { error?: string }) => Promise.reject(new Error(b.error ?? `HTTP ${r.status}`)))))
      .then((d: { labels: EvaluationLabels }) => setEvaluation({ url: evalUrl, labels: d.labels }))
      .catch((e: Error) => e.name !== 'AbortError' && setError(`The evaluation could not be loaded: ${e.message}`));
    return () => controller.abort();
  }, [evalUrl]);
  const evalLabels = evaluation && evaluation.url === evalUrl ? evaluation.labels : undefined;
  const evalCodes = useMemo(() => (data && evalLabels ? evalCodesFor(data, evalLabels) : undefined), [data, evalLabels]);

  // Mirror the view to the URL without a navigation (history.replaceState keeps Next's router in step).
  useEffect(() => {
    const href = viewHref(view);
    if (href !== window.location.pathname + window.location.search) window.history.replaceState(null, '', href);
  }, [view]);

  const children = useMemo(() => (data ? childrenOf(data) : []), [data]);
  const collapsedSet = useMemo(() => new Set(view.collapsed), [view.collapsed]);
  const visible = useMemo(() => (data ? visibility(data, view.filters, collapsedSet) : undefined), [data, view.filters, collapsedSet]);
  const counts = useMemo(() => (data ? descendantCounts(data) : []), [data]);
  const matches = useMemo(() => (visible ? visible.reduce((n, v) => n + (v === MATCH ? 1 : 0), 0) : 0), [visible]);
  const focusIndex = data && view.focus ? data.ids.indexOf(view.focus) : -1;

  const setFocus = useCallback((id: string | undefined, reveal = false) => {
    setView((v) => {
      const next = { ...v };
      if (id) next.focus = id;
      else delete next.focus;
      return next;
    });
    if (reveal) setRevealToken((t) => (t ?? 0) + 1);
  }, []);
  const toggleCollapse = useCallback((id: string) => {
    setView((v) => ({ ...v, collapsed: v.collapsed.includes(id) ? v.collapsed.filter((c) => c !== id) : [...v.collapsed, id].sort() }));
  }, []);
  const setEvaluationOn = (on: boolean) =>
    setView((v) => {
      const next = { ...v };
      if (on) next.evaluation = true;
      else {
        delete next.evaluation;
        delete next.evalJurisdiction;
      }
      return next;
    });
  const setEvalJurisdiction = (code: string | undefined) =>
    setView((v) => {
      const next = { ...v };
      if (code) next.evalJurisdiction = code;
      else delete next.evalJurisdiction;
      return next;
    });
  const onZoomChange = useCallback((zoom: { x: number; y: number; k: number }) => setView((v) => ({ ...v, zoom })), []);

  // The day: applied when the input holds a whole date; the slider scrubs through the corpus's range.
  const dateTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const applyAsOf = (value: string) => {
    setAsOfDraft(value);
    clearTimeout(dateTimer.current);
    if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    dateTimer.current = setTimeout(() => {
      setView((v) => {
        const next = { ...v };
        if (value) next.asOf = value;
        else delete next.asOf;
        return next;
      });
    }, 200);
  };
  const range = data?.dateRange;
  const dayNumber = (d: string) => Math.round(Date.parse(d + 'T00:00:00Z') / 86_400_000);
  const dayString = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

  return (
    <div className="map-explorer">
      <div className="map-toolbar no-print">
        {data ? (
          <>
            <MapSearch data={data} query={view.q ?? ''} onQueryChange={(q) => setView((v) => ({ ...v, q: q || undefined }))} onSelect={(id) => setFocus(id, true)} />
            <div className="map-date">
              <label htmlFor="map-as-of">As of</label>
              <input id="map-as-of" type="date" value={asOfDraft} min={range?.[0]} max={range?.[1]} onChange={(e) => applyAsOf(e.target.value)} />
              {range ? (
                <input
                  type="range"
                  aria-label="Scrub the date"
                  aria-valuetext={asOfDraft || 'today'}
                  min={dayNumber(range[0])}
                  max={dayNumber(range[1])}
                  step={1}
                  value={asOfDraft ? dayNumber(asOfDraft) : dayNumber(range[1])}
                  onChange={(e) => applyAsOf(dayString(Number(e.target.value)))}
                />
              ) : null}
              {asOfDraft ? (
                <button type="button" onClick={() => applyAsOf('')}>
                  Today
                </button>
              ) : null}
            </div>
            <MapFilterBar data={data} filters={view.filters} onChange={(filters) => setView((v) => ({ ...v, filters }))} />
            <div className="map-eval">
              <label>
                <input type="checkbox" checked={!!view.evaluation} onChange={(e) => setEvaluationOn(e.target.checked)} /> Evaluation
              </label>
              {view.evaluation ? (
                <>
                  <label htmlFor="map-eval-jur">Settled in</label>
                  <select id="map-eval-jur" value={view.evalJurisdiction ?? ''} onChange={(e) => setEvalJurisdiction(e.target.value || undefined)}>
                    <option value="">No jurisdiction</option>
                    {data.dict.jurisdictions.map((j) => (
                      <option key={j.code} value={j.code}>
                        {j.name}
                      </option>
                    ))}
                  </select>
                </>
              ) : null}
            </div>
            <details className="map-legend-box" onToggle={(e) => e.currentTarget.open && setLegendOpened(true)}>
              <summary>Key</summary>
              {legendOpened ? <MapLegend evaluation={!!view.evaluation} /> : null}
            </details>
          </>
        ) : (
          <MapToolbarPlaceholder />
        )}
      </div>
      {data && view.evaluation ? (
        <p className="map-eval-note">
          The evaluation labels each position and argument <strong>in</strong>, <strong>out</strong> or <strong>undecided</strong> from the map’s attack relations
          {view.evalJurisdiction ? `, taking the holdings of ${data.dict.jurisdictions.find((j) => j.code === view.evalJurisdiction)?.name ?? view.evalJurisdiction} as settled` : ''}. It is a
          formal property of the map, not a legal verdict. <a href="/evaluation">How the evaluation works</a>
        </p>
      ) : null}
      <p className="map-status" role="status">
        {error ??
          (data
            ? `${data.ids.length} nodes${view.asOf ? ` as of ${view.asOf}` : ''}${hasFilters(view.filters) ? `; ${matches} match the filters` : ''}${view.focus && focusIndex >= 0 ? `; focused: ${data.titles[focusIndex]}` : ''}.`
            : 'Loading the map…')}
      </p>
      {data ? (
        <div className={`map-body${view.focus && focusIndex >= 0 ? ' has-panel' : ''}`}>
          <nav className="map-outline-box" aria-label="Outline">
            <h2 className="map-box-title">Outline</h2>
            <MapOutline data={data} children={children} visible={visible} focus={view.focus} onFocusChange={(id) => setFocus(id, true)} />
          </nav>
          <div className="map-canvas-box">
            <ArgumentMap
              data={data}
              visible={hasFilters(view.filters) || view.collapsed.length ? visible : undefined}
              focus={focusIndex >= 0 ? view.focus : undefined}
              zoom={view.zoom}
              collapsed={collapsedSet}
              hiddenCounts={counts}
              evaluation={view.evaluation ? evalCodes : undefined}
              revealToken={revealToken}
              onFocusChange={(id) => setFocus(id)}
              onZoomChange={onZoomChange}
              onToggleCollapse={toggleCollapse}
            />
          </div>
          {view.focus && focusIndex >= 0 ? (
            <NodePanel
              id={view.focus}
              collapsed={collapsedSet.has(view.focus)}
              hasChildren={(children[focusIndex]?.length ?? 0) > 0}
              onToggleCollapse={() => toggleCollapse(view.focus!)}
              evaluationOn={!!view.evaluation}
              evaluation={evalLabels ? (evalLabels[view.focus] ?? null) : undefined}
              onClose={() => {
                setFocus(undefined);
                // The panel and its button go away: the keyboard focus goes to the map, not to the page body.
                document.querySelector<HTMLElement>('.argument-map-surface')?.focus({ preventScroll: true });
              }}
              onFocusChange={(id) => setFocus(id, true)}
            />
          ) : null}
        </div>
      ) : (
        // The same boxes, empty, while the layout loads: the page does not jump when the map arrives.
        <div className="map-body map-body-pending" aria-hidden="true">
          <div className="map-outline-box" />
          <div className="map-canvas-box">
            <div className="argument-map-surface" />
          </div>
        </div>
      )}
    </div>
  );
}

/** The toolbar's controls, inert, in the same places, while the layout loads (so nothing shifts when it arrives). */
function MapToolbarPlaceholder() {
  return (
    <div className="map-toolbar-placeholder" aria-hidden="true" inert>
      <div className="map-search">
        <span className="map-placeholder-label">Search the map</span>
        <input type="search" tabIndex={-1} disabled aria-label="Search the map" placeholder="Words, an actor, a source or ECLI" />
      </div>
      <div className="map-date">
        <span className="map-placeholder-label">As of</span>
        <input type="date" tabIndex={-1} disabled aria-label="As of" />
        <input type="range" tabIndex={-1} disabled aria-label="Scrub the date" />
      </div>
      <details className="map-filters">
        <summary>Filters</summary>
      </details>
      <div className="map-eval">
        <label>
          <input type="checkbox" tabIndex={-1} disabled /> Evaluation
        </label>
      </div>
      <details className="map-legend-box">
        <summary>Key</summary>
      </details>
    </div>
  );
}
