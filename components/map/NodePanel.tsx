'use client';
/** The side panel for the focused node: full text, who advances it, every citation, the rulings that touch it. */
import { useEffect, useState } from 'react';
import type { NodeDetail } from '@/lib/map/details';
import { actorJurisdictionLabel, attributionVerb, actorKindLabel } from '@/lib/model/attribution';
import { formatPinpoint } from '@/lib/model/labels';
import { HoldingTerms } from '@/components/HoldingTerms';
import { Citation } from '@/components/Citation';
import { EVAL_STYLE, reasonOnly, type EvalLabel } from '@/lib/map/evaluation';

export interface NodePanelProps {
  id: string;
  collapsed: boolean;
  hasChildren: boolean;
  onToggleCollapse: () => void;
  onClose: () => void;
  onFocusChange: (id: string) => void;
  /** The evaluation overlay is on: show this node's label and why. */
  evaluationOn?: boolean;
  /** Its label and explanation; null: it takes no label (a question); undefined: still loading. */
  evaluation?: { label: EvalLabel; explanation: string } | null;
}

const cache = new Map<string, NodeDetail>();
// The same symbols as the holdings table; text stays in the body colour for contrast.

export function NodePanel({ id, collapsed, hasChildren, onToggleCollapse, onClose, onFocusChange, evaluationOn, evaluation }: NodePanelProps) {
  const [detail, setDetail] = useState<NodeDetail | undefined>(() => cache.get(id));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const hit = cache.get(id);
    setError(undefined);
    if (hit) return setDetail(hit);
    setDetail(undefined);
    const controller = new AbortController();
    // A short pause so that arrowing through the outline does not fetch every node it passes.
    const timer = setTimeout(() => {
      fetch(`/api/map/node/${encodeURIComponent(id)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`could not load node ${id} (HTTP ${r.status})`))))
        .then((d: NodeDetail) => {
          cache.set(id, d);
          setDetail(d);
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        });
    }, 60);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [id]);

  return (
    <section className="node-panel" aria-labelledby="node-panel-title" aria-busy={!detail && !error}>
      <div className="node-panel-bar no-print">
        <button type="button" onClick={onClose}>
          Close <span className="visually-hidden">details</span>
        </button>
        {hasChildren ? (
          <button type="button" onClick={onToggleCollapse} aria-pressed={collapsed}>
            {collapsed ? 'Expand its branch' : 'Collapse its branch'}
          </button>
        ) : null}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {!detail ? (
        <h2 id="node-panel-title">Loading…</h2>
      ) : (
        <>
          <div className="kind-tag">
            {detail.kind}
            {detail.status ? ` · ${detail.status}` : ''} · first stated {detail.firstStated}
          </div>
          <h2 id="node-panel-title">{detail.title}</h2>
          {evaluationOn ? (
            <div className="node-panel-eval" data-eval-label={evaluation?.label ?? ''}>
              <h3>Evaluation</h3>
              {evaluation === undefined ? (
                <p className="muted">Loading the evaluation…</p>
              ) : evaluation === null ? (
                <p className="muted">Questions take no label: the evaluation labels positions and arguments.</p>
              ) : (
                <p>
                  <span className={`eval-label ${evaluation.label}`}>
                    <span aria-hidden="true">{EVAL_STYLE[evaluation.label].symbol}</span> {EVAL_STYLE[evaluation.label].word}
                  </span>{' '}
                  <span className="node-panel-eval-why">{reasonOnly(evaluation.explanation)}</span>
                </p>
              )}
              <p className="small muted">
                A formal property of the map, not a legal verdict. <a href="/evaluation">How the evaluation works</a>
              </p>
            </div>
          ) : null}
          <p>{detail.text}</p>
          <p>
            <a href={detail.href}>Open its own page</a>
          </p>
          {detail.advancedBy.length ? (
            <>
              <h3>Who advances it</h3>
              <ul className="panel-list">
                {detail.advancedBy.map((a) => (
                  <li key={a.id}>
                    {a.name} <span className="muted small">({actorKindLabel(a.kind)}, {actorJurisdictionLabel(a.jurisdiction)}) {attributionVerb(a.kind)} this</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {detail.establishedBy.length ? (
            <>
              <h3>Established by</h3>
              <ul className="panel-list">
                {detail.establishedBy.map((a) => (
                  <li key={a.id}>{a.name}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>Citations ({detail.citations.length})</h3>
          {detail.citations.length ? (
            <ul className="citations">
              {detail.citations.map((c, i) => (
                <Citation key={i} citation={c.citation} source={c.source} />
              ))}
            </ul>
          ) : (
            <p className="muted">No citation.</p>
          )}
          <h3>Rulings that touch it ({detail.holdings.length})</h3>
          {detail.holdings.length ? (
            <ul className="panel-list">
              {detail.holdings.map((h) => (
                <li key={h.id}>
                  <HoldingTerms words={h.words} showReason={false} /> · {h.courtName} ({h.jurisdiction}, {h.date}
                  {h.pinpoint ? `, ${formatPinpoint(h.pinpoint)}` : ''}) — {h.relation === 'cited' ? 'a ruling it cites' : h.relation}: <a href={`/sources/${h.source}`}>{h.sourceTitle}</a>
                  <div className="small">{h.summary}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None in the corpus.</p>
          )}
          {detail.links.length ? (
            <>
              <h3>Linked nodes</h3>
              <ul className="panel-list">
                {detail.links.map((l) => (
                  <li key={`${l.direction}-${l.id}-${l.relation}`}>
                    <span className="muted small">{l.direction === 'out' ? `it ${l.relation.replace(/-/g, ' ')}` : `${l.relation.replace(/-/g, ' ')} it`}:</span>{' '}
                    <button type="button" className="linklike" onClick={() => onFocusChange(l.id)}>
                      {l.title}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
