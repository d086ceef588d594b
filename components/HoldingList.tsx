/** Rulings on a question, grouped by jurisdiction, highest court first, each with its answer and what the court pronounced. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import type { LocatedHolding } from '@/lib/data/validate';
import { holdingRows } from '@/lib/holdings/rows';
import { HoldingTable } from './HoldingTable';

/**
 * holdings: the rulings to list; corpus: to resolve courts and sources; compact: without the
 * editors' summaries, for pages that list many rulings and must stay light.
 */
export function HoldingList({ holdings, corpus, compact = false }: { holdings: LocatedHolding[]; corpus: LoadedCorpus; compact?: boolean }) {
  return <HoldingTable rows={holdingRows(corpus, holdings)} compact={compact} />;
}
