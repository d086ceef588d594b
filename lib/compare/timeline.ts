/**
 * The timeline: operation events (including takedowns), rulings, references to the Court of
 * Justice and its answers, and appeals, each linked to its source; and its layout on a D3 time
 * scale, computed on the server so the client only rescales it when zooming.
 */
import { scaleUtc } from 'd3';
import type { Corpus } from '@/lib/data/validate';
import { earliestDay } from '@/lib/model/dates';
import type { Disposition, Source } from '@/lib/model/schema';
import { dispositionWords } from '@/lib/model/labels';

export const EVENT_KINDS = ['operation', 'takedown', 'ruling', 'opinion', 'reference', 'answer', 'appeal'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  operation: 'Operation event',
  takedown: 'Takedown',
  ruling: 'Ruling',
  opinion: 'Opinion',
  reference: 'Reference to the Court of Justice',
  answer: 'Answer to a reference',
  appeal: 'Appeal ruling',
};

export interface TimelineLink {
  relation: 'reversed-by' | 'upheld-by' | 'referred-to' | 'answered-by';
  /** The event the link points at (its source's event). */
  target: string;
  note?: string;
}

export interface TimelineEvent {
  id: string;
  /** As recorded (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** The first day the date can mean: where the event sits on the axis. */
  day: string;
  kind: EventKind;
  label: string;
  /** The lane: a jurisdiction code, or "operations" for operation events. */
  lane: string;
  jurisdiction: string | undefined;
  operations: string[];
  /** The cited source, always present: every event links to it. */
  source: string;
  /** Where the event's link goes: the source page. */
  href: string;
  /** Appeal and reference links leaving this event. */
  links: TimelineLink[];
  /** For rulings: what the court pronounced, in words, as its holdings record it (without repeats). */
  dispositions: string[];
}

/**
 * A display hint only: an operation event whose label says the network was taken down, dismantled,
 * shut down or switched off is drawn as a takedown. Nothing else depends on it.
 */
const TAKEDOWN = /\b(take ?down|taken down|takedown|dismantl\w*|shut ?down|shut down|switched off|went dark)\b/i;

const RULING_TYPES = new Set<Source['type']>(['judgment', 'decision', 'opinion']);

/** Every event in the corpus, in date order (ties by id). */
export function timelineEvents(corpus: Corpus): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const holdingOps = new Map<string, Set<string>>();
  const pronounced = new Map<string, Set<Disposition>>();
  const pronouncedWords = new Map<string, Set<string>>();
  for (const h of corpus.holdings) {
    const set = holdingOps.get(h.source) ?? new Set<string>();
    h.operations.forEach((o) => set.add(o));
    holdingOps.set(h.source, set);
    pronounced.set(h.source, (pronounced.get(h.source) ?? new Set()).add(h.disposition));
    pronouncedWords.set(h.source, (pronouncedWords.get(h.source) ?? new Set()).add(dispositionWords(h)));
  }
  const present = new Set(corpus.sources.map((s) => s.id));
  const incoming = new Map<string, TimelineLink['relation'][]>();
  for (const s of corpus.sources) {
    for (const a of s.appeal) if (present.has(a.target)) incoming.set(a.target, [...(incoming.get(a.target) ?? []), a.relation]);
  }
  for (const s of corpus.sources) {
    if (!RULING_TYPES.has(s.type)) continue;
    const inc = incoming.get(s.id) ?? [];
    const out = s.appeal.filter((a) => present.has(a.target));
    // The marker says what the court did: its holdings' dispositions first, then the appeal links between rulings.
    const did = pronounced.get(s.id) ?? new Set<Disposition>();
    const kind: EventKind =
      did.has('referred-to-cjeu') || out.some((a) => a.relation === 'referred-to')
        ? 'reference'
        : did.has('reference-answered') || inc.some((r) => r === 'referred-to' || r === 'answered-by')
          ? 'answer'
          : did.has('opinion-delivered') || s.type === 'opinion'
            ? 'opinion'
            : inc.some((r) => r === 'reversed-by' || r === 'upheld-by')
              ? 'appeal'
              : 'ruling';
    events.push({
      id: `source:${s.id}`,
      date: s.date,
      day: earliestDay(s.date),
      kind,
      label: s.title,
      lane: s.jurisdiction,
      jurisdiction: s.jurisdiction,
      operations: [...new Set([...s.operations, ...(holdingOps.get(s.id) ?? [])])].sort(),
      source: s.id,
      href: `/sources/${s.id}`,
      links: out.map((a) => ({ relation: a.relation, target: `source:${a.target}`, ...(a.note ? { note: a.note } : {}) })),
      dispositions: [...(pronouncedWords.get(s.id) ?? [])].sort(),
    });
  }
  for (const op of corpus.operations) {
    op.events.forEach((e, i) => {
      events.push({
        id: `operation:${op.id}:${i}`,
        date: e.date,
        day: earliestDay(e.date),
        kind: TAKEDOWN.test(e.label) ? 'takedown' : 'operation',
        label: `${op.name}: ${e.label}`,
        lane: 'operations',
        jurisdiction: undefined,
        operations: [op.id],
        source: e.citation.source,
        href: `/sources/${e.citation.source}`,
        links: [],
        dispositions: [],
      });
    });
  }
  return events.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

export interface TimelineFilter {
  operation?: string;
  jurisdiction?: string;
  kinds?: EventKind[];
}

/** Events matching the filter. Operation events have no jurisdiction; a jurisdiction filter keeps them if their operation ran there. */
export function filterTimeline(events: readonly TimelineEvent[], filter: TimelineFilter, operationJurisdictions: ReadonlyMap<string, readonly string[]> = new Map()): TimelineEvent[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  return events.filter(
    (e) =>
      (!filter.operation || e.operations.includes(filter.operation)) &&
      (!filter.jurisdiction ||
        e.jurisdiction === filter.jurisdiction ||
        (e.lane === 'operations' && e.operations.some((o) => operationJurisdictions.get(o)?.includes(filter.jurisdiction!)))) &&
      (!kinds || kinds.has(e.kind)),
  );
}

// ——— Layout ———

export const TIMELINE_DEFAULTS = {
  width: 1000,
  /** Left margin for lane names. */
  gutter: 150,
  rowHeight: 22,
  lanePadding: 10,
  axisHeight: 28,
  /** Markers closer than this (px at the initial zoom) in one lane go on separate rows. */
  minGap: 16,
  /** Days added before the first and after the last event. */
  padDays: 60,
} as const;

export interface LaidOutEvent {
  id: string;
  x: number;
  y: number;
  /** Milliseconds since the epoch of `day` (UTC), for rescaling on the client. */
  t: number;
}

export interface TimelineLane {
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  gutter: number;
  axisHeight: number;
  /** The scale's domain in ms since the epoch and its range in px: the client rebuilds the scale from these. */
  domain: [number, number];
  range: [number, number];
  lanes: TimelineLane[];
  items: LaidOutEvent[];
  ticks: { x: number; label: string }[];
}

const dayMs = (day: string) => Date.parse(day + 'T00:00:00Z');

/**
 * Lanes (operations first, then jurisdictions in `laneOrder`), x from a UTC time scale (d3.scaleUtc, so the server's time zone never shifts a day), and rows
 * within a lane packed greedily so markers closer than minGap do not overlap at the initial zoom.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  laneLabels: ReadonlyMap<string, string>,
  laneOrder: readonly string[],
  options: Partial<typeof TIMELINE_DEFAULTS> = {},
): TimelineLayout {
  const o = { ...TIMELINE_DEFAULTS, ...options };
  const times = events.map((e) => dayMs(e.day));
  const pad = o.padDays * 86_400_000;
  const lo = times.length ? Math.min(...times) - pad : dayMs('2020-01-01');
  const hi = times.length ? Math.max(...times) + pad : dayMs('2021-01-01');
  const range: [number, number] = [o.gutter, o.width - 10];
  const x = scaleUtc().domain([new Date(lo), new Date(hi)]).range(range);

  const order = new Map(['operations', ...laneOrder].map((k, i) => [k, i]));
  const laneKeys = [...new Set(events.map((e) => e.lane))].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b));
  const lanes: TimelineLane[] = [];
  const items: LaidOutEvent[] = [];
  let y = o.axisHeight;
  for (const key of laneKeys) {
    const rowEnds: number[] = [];
    const placed: { e: TimelineEvent; px: number; row: number }[] = [];
    for (const e of events.filter((ev) => ev.lane === key)) {
      const px = x(new Date(dayMs(e.day)));
      let row = rowEnds.findIndex((end) => px - end >= o.minGap);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(px);
      } else rowEnds[row] = px;
      placed.push({ e, px, row });
    }
    const height = Math.max(1, rowEnds.length) * o.rowHeight + o.lanePadding * 2;
    for (const p of placed) items.push({ id: p.e.id, x: round(p.px), y: round(y + o.lanePadding + p.row * o.rowHeight + o.rowHeight / 2), t: dayMs(p.e.day) });
    lanes.push({ key, label: laneLabels.get(key) ?? key, y, height });
    y += height;
  }
  const format = x.tickFormat();
  const ticks = x.ticks(Math.max(2, Math.floor((o.width - o.gutter) / 90))).map((d) => ({ x: round(x(d)), label: format(d) }));
  return { width: o.width, height: y + 4, gutter: o.gutter, axisHeight: o.axisHeight, domain: [lo, hi], range, lanes, items, ticks };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
