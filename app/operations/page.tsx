import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';

export const metadata: Metadata = { title: 'Operations', description: 'The encrypted-phone operations: EncroChat, Sky ECC, ANOM and others, with their sourced figures.' };

export default function OperationsPage() {
  const corpus = getCorpus();
  const facts = (id: string) => corpus.nodes.filter((n) => n.kind === 'fact' && n.operations.includes(id)).length;
  return (
    <>
      <h1>Operations</h1>
      <p className="lede">The police operations against encrypted-phone networks that the debate is about, with how each worked and the figures announced, each figure with its source.</p>
      <p>
        <a href="/operations/compare?ops=encrochat,sky-ecc,anom">Compare EncroChat, Sky ECC and ANOM side by side</a> (or any operations you choose).
      </p>
      <ul className="question-list">
        {corpus.operations.map((op) => (
          <li key={op.id}>
            <a href={`/operations/${op.id}`}>{op.name}</a>
            {op.aliases.length ? <span className="muted small"> ({op.aliases.join(', ')})</span> : null}
            <div className="muted small">
              {op.figures.length} figures · {op.events.length} events · {facts(op.id)} facts
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
