/**
 * What the site search finds: one search document per question, position, argument, fact, source,
 * holding, actor, court, operation and jurisdiction, each with the page it links to, its
 * identifiers (ECLI, case numbers, neutral citation, CELEX, aliases, codes) and its words
 * (summaries, statements, quotes and their translations).
 */
import type { Corpus } from '@/lib/data/validate';

import type { SearchKind } from './kinds';
import { nodePath, questionPath, sourcePath } from '@/lib/site';
import { dispositionWords } from '@/lib/model/labels';

export { SEARCH_KINDS, KIND_LABELS, type SearchKind } from './kinds';

export interface SearchDocument {
  kind: SearchKind;
  /** The record's own id (a node, source, holding, actor, court or operation id, or a jurisdiction code). */
  id: string;
  title: string;
  url: string;
  /** Identifiers matched exactly (after identifierKey) as well as by words. */
  identifiers: string[];
  /** Names that find the record: parties and authors, issuer, who advances it, aliases. */
  names: string;
  /** Summaries and statements in the editors' words. */
  text: string;
  /** Quotes from the sources and their translations, in every language they come in. */
  quotes: string;
  /** Jurisdiction codes the record belongs to (for the jurisdiction filter). */
  jurisdictions: string[];
  /** When the record was first stated or published (YYYY[-MM[-DD]]); absent for what has no date (actors, courts). */
  date?: string;
  /** Set for community contributions: the map's curated corpus does not contain them. */
  community?: boolean;
}

const join = (...parts: ReadonlyArray<string | undefined | false>) => parts.filter((p): p is string => !!p).join(' \n ');

export function searchDocuments(corpus: Corpus): SearchDocument[] {
  const sourceById = new Map(corpus.sources.map((s) => [s.id, s]));
  const actorById = new Map(corpus.actors.map((a) => [a.id, a]));
  const nodeById = new Map(corpus.nodes.map((n) => [n.id, n]));
  const courtById = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, { court: c, jurisdiction: j.code }] as const)));
  const docs: SearchDocument[] = [];

  for (const n of corpus.nodes) {
    const quotes = n.citations.flatMap((c) => [c.quote?.text, c.quote?.translation?.text]);
    docs.push({
      kind: n.kind,
      id: n.id,
      title: n.title,
      url: n.kind === 'question' ? questionPath(n.id) : nodePath(n.id),
      identifiers: [],
      names: join(...n.advancedBy.map((a) => actorById.get(a)?.name)),
      text: n.text,
      quotes: join(...quotes),
      jurisdictions: n.jurisdictions,
      date: n.firstStated,
    });
  }

  for (const s of corpus.sources) {
    const ids = s.identifiers;
    docs.push({
      kind: 'source',
      id: s.id,
      title: s.title,
      url: sourcePath(s.id),
      identifiers: [ids.ecli, ...ids.caseNumbers, ids.neutralCitation, ids.celex, ...ids.other].filter((x): x is string => !!x),
      names: join(s.issuer, s.container, ...s.authors.map((p) => ('literal' in p ? p.literal : `${p.given} ${p.family}`))),
      text: s.summary,
      quotes: '',
      jurisdictions: [s.jurisdiction],
      date: s.date,
    });
  }

  for (const h of corpus.holdings) {
    const source = sourceById.get(h.source);
    const question = nodeById.get(h.question);
    const court = courtById.get(h.court)?.court;
    docs.push({
      kind: 'holding',
      id: h.id,
      title: `${source?.title ?? h.source}${question ? ` — on ${question.title}` : ''}`,
      url: `${questionPath(h.question)}#${h.id}`,
      // A holding is found by its ruling's identifiers too; the ruling itself ranks first.
      identifiers: source ? [source.identifiers.ecli, ...source.identifiers.caseNumbers, source.identifiers.neutralCitation].filter((x): x is string => !!x) : [],
      names: join(court?.name),
      // The answer and what the court pronounced, in the map's words, so "declared inadmissible" finds them.
      text: join(h.summary, question?.kind === 'question' ? question.answers.find((a) => a.id === h.answer)?.label : undefined, dispositionWords(h)),
      quotes: join(h.quote?.text, h.quote?.translation?.text),
      jurisdictions: [h.jurisdiction],
      date: h.date || undefined,
    });
  }

  for (const a of corpus.actors) {
    const court = a.court ? courtById.get(a.court) : undefined;
    docs.push({
      kind: 'actor',
      id: a.id,
      title: a.name,
      url: court ? `/jurisdictions/${court.jurisdiction.toLowerCase()}#court-${a.court}` : `/search?q=${encodeURIComponent(a.name)}`,
      identifiers: [],
      names: '',
      text: '',
      quotes: '',
      jurisdictions: [a.jurisdiction],
    });
  }

  for (const j of corpus.jurisdictions) {
    docs.push({
      kind: 'jurisdiction',
      id: j.code,
      title: j.name,
      url: `/jurisdictions/${j.code.toLowerCase()}`,
      identifiers: [j.code],
      names: '',
      text: '',
      quotes: '',
      jurisdictions: [j.code],
    });
    for (const c of j.courts) {
      docs.push({
        kind: 'court',
        id: c.id,
        title: c.name,
        url: `/jurisdictions/${j.code.toLowerCase()}#court-${c.id}`,
        identifiers: [],
        names: j.name,
        text: '',
      quotes: '',
        jurisdictions: [j.code],
      });
    }
  }

  for (const o of corpus.operations) {
    docs.push({
      kind: 'operation',
      id: o.id,
      title: o.name,
      url: `/operations/${o.id}`,
      identifiers: [],
      names: join(...o.aliases),
      text: o.summary,
      quotes: '',
      jurisdictions: o.jurisdictions,
      date: [...o.events].sort((a, b) => a.date.localeCompare(b.date))[0]?.date,
    });
  }
  return docs;
}
