/**
 * Group commit: calls made while a write is being prepared or run are gathered and written
 * together in one statement, so concurrent requests share one commit instead of queueing for
 * one each. Each caller gets its own result, or the error if the shared write failed (then
 * none of the batch was written: a statement is atomic).
 */
export type BatchWriter<T, R> = (items: T[]) => Promise<R[]>;

export function batched<T, R>(write: BatchWriter<T, R>, maxBatch = 100): (item: T) => Promise<R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let running = false;

  const flush = async () => {
    running = true;
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const results = await write(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(results[i]!));
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    }
    running = false;
  };

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Wait one turn of the event loop so that requests arriving together are written together.
      if (!running && queue.length === 1) setImmediate(() => void flush());
    });
}
