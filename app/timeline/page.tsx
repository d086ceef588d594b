import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { EVENT_KINDS, EVENT_KIND_LABELS, filterTimeline, layoutTimeline, timelineEvents, type EventKind } from '@/lib/compare/timeline';
import { firstParam, parseAsOf, queryString, type SearchParams } from '@/lib/compare/query';
import { AsOfForm } from '@/components/compare/AsOfForm';
import { TimelineChart, type ChartEvent } from '@/components/compare/TimelineChart';
import { SelectFilter } from '@/components/SelectFilter';
import { VerificationBadge } from '@/components/VerificationBadge';

export const metadata: Metadata = {
  title: 'Timeline',
  description: 'Operations, takedowns, rulings, references to the Court of Justice and their answers, and appeals, on one time axis, each linked to its source.',
};

const LINK_WORDS: Record<string, string> = { 'reversed-by': 'Reversed by', 'upheld-by': 'Upheld by', 'referred-to': 'Referred questions to', 'answered-by': 'Answered by' };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { asOf, problem } = parseAsOf(params);
  const full = getCorpus();
  const corpus = corpusAsOf(full, asOf);
  const sourceStatus = new Map(full.sources.map((s) => [s.id, s.verification.status]));
  const operation = firstParam(params.operation) || undefined;
  const jurisdiction = firstParam(params.jurisdiction)?.toUpperCase() || undefined;
  const kindParam = params.kind === undefined ? [] : ([] as string[]).concat(params.kind);
  const kinds = kindParam.filter((k): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k));
  const operationJurisdictions = new Map(corpus.operations.map((o) => [o.id, o.jurisdictions]));
  const all = timelineEvents(corpus);
  const events = filterTimeline(all, { operation, jurisdiction, kinds }, operationJurisdictions);
  const laneLabels = new Map<string, string>([['operations', 'Operations'], ...corpus.jurisdictions.map((j) => [j.code, j.name] as [string, string])]);
  const layout = layoutTimeline(events, laneLabels, corpus.jurisdictions.map((j) => j.code));
  const byId = new Map(events.map((e) => [e.id, e]));
  const chartEvents: ChartEvent[] = events.map((e) => ({
    id: e.id,
    kind: e.kind,
    kindLabel: EVENT_KIND_LABELS[e.kind],
    label: e.dispositions.length ? `${e.label} (${e.dispositions.join('; ')})` : e.label,
    date: e.date,
    href: e.href,
    links: e.links.filter((l) => byId.has(l.target)).map((l) => ({ relation: l.relation, target: l.target })),
    verification: sourceStatus.get(e.source) ?? 'unverified',
  }));
  const keep: [string, string][] = [
    ...(operation ? ([['operation', operation]] as [string, string][]) : []),
    ...(jurisdiction ? ([['jurisdiction', jurisdiction]] as [string, string][]) : []),
    ...kinds.map((k): [string, string] => ['kind', k]),
  ];
  const years = new Map<string, typeof events>();
  for (const e of events) years.set(e.day.slice(0, 4), [...(years.get(e.day.slice(0, 4)) ?? []), e]);
  const allById = new Map(all.map((e) => [e.id, e]));

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Operations and takedowns, rulings, references to the Court of Justice and its answers, and appeals, on one time axis. Every event links
        to its source.
      </p>
      <AsOfForm action="/timeline" asOf={asOf} keep={keep} problem={problem} />
      <form method="get" action="/timeline" className="filter-form inline-form">
        {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
        <SelectFilter label="Operation" name="operation" value={operation} allLabel="All operations" options={full.operations.map((x) => ({ value: x.id, label: x.name }))} />
        <SelectFilter label="Jurisdiction" name="jurisdiction" value={jurisdiction} allLabel="All jurisdictions" options={full.jurisdictions.map((x) => ({ value: x.code, label: x.name }))} />
        <fieldset>
          <legend>Kinds of event (none ticked: all)</legend>
          {EVENT_KINDS.map((k) => (
            <label key={k} className="inline">
              <input type="checkbox" name="kind" value={k} defaultChecked={kinds.includes(k)} /> <span className={`timeline-key ${k}`} aria-hidden="true" /> {EVENT_KIND_LABELS[k]}
            </label>
          ))}
          <p className="small muted">
            <span className="timeline-key not-verified" aria-hidden="true" /> A hollow, dashed marker: its source is not fully verified.
          </p>
        </fieldset>
        <div>
          <button type="submit">Apply</button> <a href={'/timeline' + queryString([['asOf', asOf]])}>Clear filters</a>
        </div>
      </form>

      {events.length ? (
        <TimelineChart layout={layout} events={chartEvents} />
      ) : (
        <p className="card">No event matches these filters{asOf ? ` by ${asOf}` : ''}.</p>
      )}

      <h2 id="events">
        All {events.length} event{events.length === 1 ? '' : 's'}, in order
      </h2>
      {[...years.entries()].map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h3 id={`year-${year}`}>{year}</h3>
          <ol className="event-list">
            {list.map((e) => (
              <li key={e.id} id={`event-${e.id.replace(/[^a-z0-9-]/gi, '-')}`} data-event={e.id} data-source={e.source}>
                <span className={`timeline-key ${e.kind}`} aria-hidden="true" /> <time dateTime={e.date}>{e.date}</time> ·{' '}
                <span className="kind-tag">{EVENT_KIND_LABELS[e.kind]}</span> · {laneLabels.get(e.lane) ?? e.lane}: <a href={e.href}>{e.label}</a>
                {e.dispositions.length ? <span className="muted small"> ({e.dispositions.join('; ')})</span> : null}{' '}
                {sourceStatus.get(e.source) ? <VerificationBadge status={sourceStatus.get(e.source)!} /> : null}
                {e.links.length ? (
                  <ul className="small">
                    {e.links.map((l) => (
                      <li key={l.target}>
                        {LINK_WORDS[l.relation]} <a href={allById.get(l.target)?.href ?? '#'}>{allById.get(l.target)?.label ?? l.target}</a>
                        {allById.get(l.target) ? ` (${allById.get(l.target)!.date})` : ''}
                        {l.note ? ` — ${l.note}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className="muted small">
        Operation events whose description says the network was taken down, dismantled or shut down are marked as takedowns. A ruling that
        referred questions to the Court of Justice is marked as a reference, and the judgment answering it as an answer; a ruling given on
        appeal is marked as an appeal ruling. A marker drawn hollow with a dashed outline rests on a source that is not fully verified
        (secondary, partial or unverified); the list gives each source's status. Dates recorded only as a month or year are placed at the start of that period.
      </p>
    </>
  );
}
