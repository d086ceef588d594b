/**
 * A ruling's appeal chain: the rulings that led to it (followed back through `appeal` links that
 * point at it) and where it went next, in order, earliest first. Branches keep the first link;
 * a cycle in the data stops the walk rather than looping.
 */
import type { Source } from '@/lib/model/schema';

export interface AppealStep {
  source: Source;
  /** How this ruling relates to the next step (reversed-by, upheld-by, referred-to, answered-by). */
  relationToNext?: string;
}

export function appealChain(id: string, sources: readonly Source[]): AppealStep[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const start = byId.get(id);
  if (!start) return [];
  const seen = new Set([id]);
  const before: Source[] = [];
  let current: Source | undefined = start;
  while (current) {
    const currentId: string = current.id;
    const previous = sources.find((s) => !seen.has(s.id) && s.appeal.some((a) => a.target === currentId));
    if (!previous) break;
    seen.add(previous.id);
    before.unshift(previous);
    current = previous;
  }
  const after: Source[] = [];
  current = start;
  while (current) {
    const next: Source | undefined = current.appeal.map((a) => byId.get(a.target)).find((s) => s !== undefined && !seen.has(s.id));
    if (!next) break;
    seen.add(next.id);
    after.push(next);
    current = next;
  }
  const chain = [...before, start, ...after];
  if (chain.length === 1) return [];
  return chain.map((source, i) => {
    const next = chain[i + 1];
    const relation = next ? source.appeal.find((a) => a.target === next.id)?.relation : undefined;
    return relation ? { source, relationToNext: relation } : { source };
  });
}
