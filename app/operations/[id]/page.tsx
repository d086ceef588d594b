import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/data/corpus';
import { groupFigures } from '@/lib/operations/figures';
import { operationFacts, operationRulings } from '@/lib/operations/profile';
import { courtIndex } from '@/lib/compare/courts';
import { Citation } from '@/components/Citation';
import { NodeCard } from '@/components/NodeCard';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { VerificationBadge } from '@/components/VerificationBadge';
import { FeedLink } from '@/components/FeedLink';
import { feedAlternates } from '@/lib/feeds/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().operations.map((o) => ({ id: o.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const op = getCorpus().operations.find((o) => o.id === id);
  return op ? { title: op.name, description: op.summary.slice(0, 200), alternates: feedAlternates({ kind: 'operation', id }, `Admissible: ${op.name}`) } : {};
}

export default async function OperationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const corpus = getCorpus();
  const op = corpus.operations.find((o) => o.id === id);
  if (!op) notFound();
  const facts = operationFacts(corpus, id);
  const groups = groupFigures(op.figures);
  const disputed = groups.filter((g) => g.disputed);
  const rulings = operationRulings(corpus, id);
  const courts = courtIndex(corpus.jurisdictions);
  const others = corpus.operations.filter((o) => o.id !== id).slice(0, 2).map((o) => o.id);
  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Operations', href: '/operations' }, { label: op.name }]} />
      <h1>{op.name}</h1>
      {op.aliases.length ? <p className="muted">Also known as {op.aliases.join(', ')}</p> : null}
      <p className="lede">{op.summary}</p>
      <FeedLink scope={{ kind: 'operation', id }} label={`new rulings and contributions on ${op.name}`} />
      <nav aria-label="On this page" className="small">
        <a href="#rulings">Rulings ({rulings.length})</a> · <a href="#facts">Facts ({facts.length})</a> · <a href="#figures">Figures</a>
        {disputed.length ? (
          <>
            {' '}
            (<a href="#disputed">{disputed.length} disputed</a>)
          </>
        ) : null}{' '}
        · <a href="#events">Events</a> · <a href={`/operations/compare?ops=${[id, ...others].join(',')}`}>Compare with other operations</a>
      </nav>
      <h2 id="rulings">Rulings ({rulings.length})</h2>
      {rulings.length === 0 ? <p className="muted">No ruling in the map concerns this operation yet.</p> : null}
      {rulings.length ? (
        <p className="small muted">
          Newest first. How each court answered each question on this operation: <a href={`/operations/compare?ops=${[id, ...others].join(',')}`}>compared</a>; every
          holding is on its question’s page.
        </p>
      ) : null}
      <ol className="operation-rulings">
        {rulings.map(({ source, holdings }) => (
          <li key={source.id}>
            <time dateTime={source.date}>{source.date}</time> · {(source.court ? courts.get(source.court)?.name : undefined) ?? source.issuer}:{' '}
            <a href={`/sources/${source.id}`}>{source.title}</a>
            {source.identifiers.ecli ? <span className="muted small break"> {source.identifiers.ecli}</span> : null} <VerificationBadge status={source.verification.status} />
            {holdings.length ? (
              <span className="small muted">
                {' '}
                ({holdings.length} holding{holdings.length === 1 ? '' : 's'})
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <h2 id="disputed">Disputed figures ({disputed.length})</h2>
      {disputed.length === 0 ? <p className="muted">No figure for this operation is disputed in the sources recorded.</p> : (
        <ul>
          {disputed.map((g) => (
            <li key={g.key}>
              <a href={`#fig-${g.key}`}>{g.label}</a>: {g.figures.map((f) => f.value).join(' / ')}
            </li>
          ))}
        </ul>
      )}
      <h2 id="figures">Figures</h2>
      {groups.length === 0 ? <p className="muted">No figures recorded.</p> : null}
      {groups.map((g) => (
        <section key={g.key} className="card" aria-labelledby={`fig-${g.key}`}>
          <h3 id={`fig-${g.key}`}>
            {g.label}{' '}
            {g.disputed ? (
              <span className="badge unverified" title="Sources give different figures for this; each is shown with its source.">
                <span aria-hidden="true">≠</span> Disputed
              </span>
            ) : null}
          </h3>
          <ul className="citations">
            {g.figures.map((f) => (
              <li key={f.id}>
                <strong>{f.value}</strong>
                {g.figures.length > 1 && f.label !== g.label ? <span> ({f.label})</span> : null}
                {f.note ? <span className="muted small"> — {f.note}</span> : null}
                <ul className="citations">
                  <Citation citation={f.citation} source={corpus.sourceById.get(f.citation.source)} />
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2 id="events">Events</h2>
      <ol>
        {[...op.events]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((e, i) => (
            <li key={i}>
              <time dateTime={e.date}>{e.date}</time>: {e.label}{' '}
              <a href={`/sources/${e.citation.source}`} className="small">
                {corpus.sourceById.get(e.citation.source)?.title ?? e.citation.source}
              </a>{' '}
              {corpus.sourceById.get(e.citation.source) ? <VerificationBadge status={corpus.sourceById.get(e.citation.source)!.verification.status} /> : null}
            </li>
          ))}
      </ol>
      <h2 id="facts">How it worked: the facts ({facts.length})</h2>
      {facts.length === 0 ? <p className="muted">No fact recorded for this operation yet.</p> : null}
      {/* Each fact's citations as source, pinpoint and status; their notes and quotes are on the fact's own page. */}
      {facts.map((f) => (
        <NodeCard key={f.id} node={f} corpus={corpus} brief />
      ))}
    </>
  );
}
