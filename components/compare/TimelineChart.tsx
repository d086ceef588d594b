'use client';
/**
 * The timeline chart. The server laid it out (lanes, rows, the time scale's domain and range);
 * here d3-zoom turns pointer and button input into a transform, the scale is rescaled, and React
 * redraws the markers, links and ticks. Only markers inside the visible range are rendered.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { scaleUtc, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { EventKind, TimelineLayout } from '@/lib/compare/timeline';
import type { VerificationStatus } from '@/lib/model/schema';
import { VERIFICATION_LABELS } from '@/lib/model/labels';

export interface ChartEvent {
  id: string;
  kind: EventKind;
  kindLabel: string;
  label: string;
  date: string;
  href: string;
  links: { relation: string; target: string }[];
  /** The verification status of the event's source: anything short of verified is drawn hollow and dashed, and said in words. */
  verification: VerificationStatus;
}

export interface TimelineChartProps {
  /** Positions computed on the server. */
  layout: TimelineLayout;
  /** The events, in the same order as layout.items. */
  events: ChartEvent[];
}

const SHAPES: Record<EventKind, string> = {
  operation: 'M-4,-4h8v8h-8z',
  takedown: 'M-5,-5L5,5M5,-5L-5,5',
  ruling: 'M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0',
  opinion: 'M-4,0a4,4 0 1,0 8,0a4,4 0 1,0 -8,0',
  reference: 'M0,-6L6,0L0,6L-6,0z',
  answer: 'M-5,-5h10v10h-10z',
  appeal: 'M0,-6L6,5h-12z',
};

const r2 = (n: number) => Math.round(n * 100) / 100;

export function TimelineChart({ layout, events }: TimelineChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [ready, setReady] = useState(false);
  /** The event under the pointer or the keyboard focus: its label shows in full. */
  const [hot, setHot] = useState<string | undefined>(undefined);
  const [range0, range1] = layout.range;
  const base = useMemo(() => scaleUtc().domain([new Date(layout.domain[0]), new Date(layout.domain[1])]).range(layout.range), [layout.domain, layout.range]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 80])
      .extent([
        [range0, 0],
        [range1, layout.height],
      ])
      .translateExtent([
        [range0, 0],
        [range1, layout.height],
      ])
      // A plain wheel scrolls the page; pinch (ctrl+wheel), ctrl/cmd+wheel, dragging and the buttons zoom.
      .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomRef.current = behaviour;
    select(svg).call(behaviour);
    setReady(true);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [range0, range1, layout.height]);

  const hotEvent = hot !== undefined ? events.find((e) => e.id === hot) : undefined;
  const x = transform.rescaleX(base);
  const pos = new Map(layout.items.map((it) => [it.id, { x: r2(x(new Date(it.t))), y: it.y }]));
  const visible = (px: number) => px >= range0 - 8 && px <= range1 + 8;
  const ticks = x.ticks(Math.max(2, Math.floor((range1 - range0) / 90)));
  const format = x.tickFormat();
  // Room for a label: up to the next marker in the same row.
  const nextInRow = new Map<string, number>();
  const byRow = new Map<number, { id: string; x: number }[]>();
  for (const it of layout.items) {
    const p = pos.get(it.id)!;
    byRow.set(it.y, [...(byRow.get(it.y) ?? []), { id: it.id, x: p.x }]);
  }
  for (const row of byRow.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((it, i) => nextInRow.set(it.id, (row[i + 1]?.x ?? range1 + 200) - it.x));
  }
  const act = (f: (b: ZoomBehavior<SVGSVGElement, unknown>, s: ReturnType<typeof select<SVGSVGElement, unknown>>) => void) => {
    if (svgRef.current && zoomRef.current) f(zoomRef.current, select(svgRef.current));
  };

  return (
    <div className="timeline-chart" data-ready={ready ? 'true' : undefined}>
      <div className="timeline-controls" role="group" aria-label="Zoom the timeline">
        <button type="button" onClick={() => act((b, s) => b.scaleBy(s, 2))}>
          Zoom in
        </button>
        <button type="button" onClick={() => act((b, s) => b.scaleBy(s, 0.5))}>
          Zoom out
        </button>
        <button type="button" onClick={() => act((b, s) => b.translateBy(s, (range1 - range0) / 3 / transform.k, 0))}>
          ← Earlier
        </button>
        <button type="button" onClick={() => act((b, s) => b.translateBy(s, -(range1 - range0) / 3 / transform.k, 0))}>
          Later →
        </button>
        <button type="button" onClick={() => act((b, s) => b.transform(s, zoomIdentity))}>
          Reset
        </button>
        <span className="muted small">Drag to pan; pinch or Ctrl + scroll to zoom. {transform.k > 1 ? `Zoom ×${Math.round(transform.k * 10) / 10}` : ''}</span>
      </div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        className="timeline-svg"
        role="group"
        aria-label="Timeline of operations, rulings, references and appeals; the list below gives the same events as text"
      >
        <defs>
          <clipPath id="timeline-plot">
            <rect x={range0 - 8} y={0} width={range1 - range0 + 16} height={layout.height} />
          </clipPath>
        </defs>
        {layout.lanes.map((lane, i) => (
          <g key={lane.key} className={`timeline-lane ${i % 2 ? 'odd' : 'even'}`}>
            <rect x={0} y={lane.y} width={layout.width} height={lane.height} />
            <text x={8} y={lane.y + 16} className="timeline-lane-label">
              {lane.label}
            </text>
          </g>
        ))}
        <g className="timeline-axis" aria-hidden="true">
          {ticks.map((t) => {
            const tx = r2(x(t));
            return (
              <g key={t.getTime()}>
                <line x1={tx} x2={tx} y1={layout.axisHeight - 6} y2={layout.height} />
                <text x={tx} y={layout.axisHeight - 10} textAnchor="middle">
                  {format(t)}
                </text>
              </g>
            );
          })}
        </g>
        <g clipPath="url(#timeline-plot)">
          <g className="timeline-links" aria-hidden="true">
            {events.flatMap((e) =>
              e.links.map((l) => {
                const a = pos.get(e.id);
                const b = pos.get(l.target);
                if (!a || !b || (!visible(a.x) && !visible(b.x))) return null;
                const mid = (a.x + b.x) / 2;
                return <path key={`${e.id}-${l.target}`} className={`timeline-link ${l.relation}`} d={`M${a.x},${a.y} C${mid},${a.y} ${mid},${b.y} ${b.x},${b.y}`} />;
              }),
            )}
          </g>
          {events.map((e) => {
            const p = pos.get(e.id);
            if (!p || !visible(p.x)) return null;
            const status = e.verification === 'verified' ? '' : ` (source ${VERIFICATION_LABELS[e.verification].label.toLowerCase()})`;
            return (
              <a
                key={e.id}
                href={e.href}
                onFocus={() => setHot(e.id)}
                onBlur={() => setHot((h) => (h === e.id ? undefined : h))}
                onMouseEnter={() => setHot(e.id)}
                onMouseLeave={() => setHot((h) => (h === e.id ? undefined : h))}
                className={`timeline-event ${e.kind}${e.verification === 'verified' ? '' : ' not-verified'}`}
                data-event={e.id}
                data-verification={e.verification}
                aria-label={`${e.date}, ${e.kindLabel}: ${e.label}${status}`}
              >
                <path transform={`translate(${p.x},${p.y})`} d={SHAPES[e.kind]} />
              </a>
            );
          })}
          {/* Labels sit outside the links so each link's name is its full description, not a truncated label. */}
          <g className="timeline-labels" aria-hidden="true">
            {events.map((e) => {
              const p = pos.get(e.id);
              if (!p || !visible(p.x)) return null;
              // A label is drawn only whole, where it fits before the next marker in its row; the others
              // show in full on hover and on focus (below), never cut off.
              const chars = Math.floor((nextInRow.get(e.id)! - 14) / 6.2);
              if (e.label.length > chars || e.id === hot) return null;
              return (
                <text key={e.id} x={p.x + 9} y={p.y + 4}>
                  {e.label}
                </text>
              );
            })}
          </g>
          {/* The full label of the event under the pointer or the focus (the links' names carry it for screen readers). */}
          {hotEvent && pos.get(hotEvent.id) ? <HotLabel label={`${hotEvent.date} · ${hotEvent.label}`} x={pos.get(hotEvent.id)!.x} y={pos.get(hotEvent.id)!.y} right={range1} left={range0} /> : null}
        </g>
      </svg>
    </div>
  );
}

/** The full label of the event under the pointer or the keyboard focus, on a plate, kept inside the plot. */
function HotLabel({ label, x, y, left, right }: { label: string; x: number; y: number; left: number; right: number }) {
  const width = label.length * 6.4 + 12;
  const px = Math.max(left, Math.min(x + 9, right - width));
  return (
    <g className="timeline-hot" aria-hidden="true">
      <rect x={px - 4} y={y - 10} width={width} height={20} rx={3} />
      <text x={px + 2} y={y + 4}>
        {label}
      </text>
    </g>
  );
}
