import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { corpusAsOf } from '@/lib/graph/replay';
import { parseAsOf, queryString, type SearchParams } from '@/lib/compare/query';
import { AsOfForm } from '@/components/compare/AsOfForm';

export const metadata: Metadata = { title: 'Jurisdictions', description: 'Every jurisdiction in the corpus, its courts and how many of their rulings are recorded.' };

export default async function JurisdictionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { asOf, problem } = parseAsOf(params);
  const corpus = corpusAsOf(getCorpus(), asOf);
  const rulings = (code: string) => corpus.sources.filter((s) => s.jurisdiction === code && (s.type === 'judgment' || s.type === 'decision' || s.type === 'opinion')).length;
  return (
    <>
      <h1>Jurisdictions</h1>
      <p className="lede">Each jurisdiction’s courts, its rulings in order, where each question stands there, and its appeal chains.</p>
      <AsOfForm action="/jurisdictions" asOf={asOf} keep={[]} problem={problem} />
      <ul className="question-list">
        {corpus.jurisdictions.map((j) => (
          <li key={j.code}>
            <a href={`/jurisdictions/${j.code.toLowerCase()}${queryString([['asOf', asOf]])}`}>{j.name}</a>
            <div className="muted small">
              {j.code} · {j.courts.length} court{j.courts.length === 1 ? '' : 's'} · {rulings(j.code)} ruling{rulings(j.code) === 1 ? '' : 's'}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
