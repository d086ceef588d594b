/** /embed: the whole map for an iframe (the only routes that may be framed; see next.config.js). */
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { EmbedMap } from '@/components/EmbedMap';

export const metadata: Metadata = { title: 'Map (embedded)', robots: { index: false } };

export default function EmbedPage() {
  return <EmbedMap corpus={getCorpus()} />;
}
