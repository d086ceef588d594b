/**
 * "As of" replay: the debate as it stood on a given day. A node, holding, source or event
 * appears only once it had certainly been stated (partial dates count from the end of their period),
 * and a node stays only while at least one node it points at is there too (no dangling arguments).
 */
import type { Corpus } from '@/lib/data/validate';
import { isOnOrBefore } from '@/lib/model/dates';

/** True for a full YYYY-MM-DD that exists in the calendar. */
export function isReplayDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value + 'T00:00:00Z')) && new Date(value + 'T00:00:00Z').toISOString().startsWith(value);
}

export function corpusAsOf<C extends Corpus>(corpus: C, asOf: string | undefined): C {
  if (!asOf) return corpus;
  if (!isReplayDate(asOf)) throw new Error(`"as of" date must be YYYY-MM-DD, got "${asOf}"`);
  const stated = new Set(corpus.nodes.filter((n) => isOnOrBefore(n.firstStated, asOf)).map((n) => n.id));
  const byId = new Map(corpus.nodes.map((n) => [n.id, n]));
  const present = new Map<string, boolean>();
  const isPresent = (id: string, seen = new Set<string>()): boolean => {
    const known = present.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let ok = !!node && stated.has(id);
    if (ok && node!.links.length > 0) {
      const next = new Set(seen).add(id);
      ok = node!.links.some((l) => !next.has(l.target) && isPresent(l.target, next));
    }
    // The link graph is acyclic (validation forbids cycles), so a result never depends on the path taken.
    present.set(id, ok);
    return ok;
  };
  const sources = corpus.sources.filter((s) => isOnOrBefore(s.date, asOf)).map((s) => ({ ...s, appeal: s.appeal.filter((a) => sourceDate(corpus, a.target, asOf)) }));
  const published = new Set(sources.map((s) => s.id));
  // Citations to what was not yet published that day go too: the reader sees only what existed.
  const nodes = corpus.nodes
    .filter((n) => isPresent(n.id))
    .map((n) => ({
      ...n,
      links: n.links.filter((l) => isPresent(l.target) && (!l.via || isPresent(l.via))),
      citations: n.citations.filter((c) => published.has(c.source)),
    }));
  const holdings = corpus.holdings.filter((h) => h.date !== '' && isOnOrBefore(h.date, asOf));
  const operations = corpus.operations.map((o) => ({
    ...o,
    figures: o.figures.filter((f) => sourceDate(corpus, f.citation.source, asOf)),
    events: o.events.filter((e) => isOnOrBefore(e.date, asOf)),
  }));
  return { ...corpus, nodes, sources, holdings, operations };
}

function sourceDate(corpus: Corpus, id: string, asOf: string): boolean {
  const s = corpus.sources.find((x) => x.id === id);
  return !!s && isOnOrBefore(s.date, asOf);
}
