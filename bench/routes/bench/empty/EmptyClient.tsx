'use client';
/** The smallest client component: marks hydration so the benchmark can start its loops. */
import { useEffect, useState } from 'react';

export function EmptyClient() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <div id="bench-surface" data-ready={ready ? 'true' : undefined} tabIndex={0} style={{ height: '70vh', touchAction: 'none' }}>
      <h1>Benchmark baseline</h1>
    </div>
  );
}
