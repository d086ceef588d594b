/**
 * Benchmark baseline, in the bench build only (bench/bench-build.ts): a framework-only client page (same layout, no feature code), against
 * which bench/map.ts measures the map page's JavaScript and frame times. Not linked from the site.
 */
import type { Metadata } from 'next';
import { EmptyClient } from './EmptyClient';

export const metadata: Metadata = { title: 'Benchmark baseline', robots: { index: false } };

export default function BenchEmptyPage() {
  return <EmptyClient />;
}
