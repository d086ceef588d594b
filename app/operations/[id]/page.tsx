import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/data/corpus';
import { groupFigures } from '@/lib/operations/figures';
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
  const facts = corpus.nodes.filter((n) => n.kind === 'fact' && n.operations.includes(id));
  const groups = groupFigures(op.figures);
  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Operations', href: '/operations' }, { label: op.name }]} />
      <h1>{op.name}</h1>
      {op.aliases.length ? <p className="muted">Also known as {op.aliases.join(', ')}</p> : null}
      <p className="lede">{op.summary}</p>
      <FeedLink scope={{ kind: 'operation', id }} label={`new rulings and contributions on ${op.name}`} />
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
      {facts.map((f) =>
        f.kind === 'fact' ? <NodeCard key={f.id} node={f} corpus={corpus} /> : null,
      )}
    </>
  );
}
