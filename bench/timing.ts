/** Timing for the in-process benchmarks: one warm-up call, then the median of `runs` timed calls, in ms. */
export function medianTime(fn: () => unknown, runs = 7): number {
  fn();
  const t: number[] = [];
  for (let r = 0; r < runs; r++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
