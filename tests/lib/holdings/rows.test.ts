import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { holdingRows } from '@/lib/holdings/rows';
import { questionHoldingsDocument } from '@/lib/api/read';
import { DISPOSITION_LABELS } from '@/lib/model/labels';

const corpus = indexCorpus(loadCorpus());
const questions = corpus.nodes.filter((n) => n.kind === 'question');

describe('holdingRows', () => {
  it('lists every holding of a question once, by jurisdiction, highest court first, newest first', () => {
    for (const q of questions) {
      const holdings = corpus.holdings.filter((h) => h.question === q.id);
      const rows = holdingRows(corpus, holdings);
      expect(rows.map((r) => r.id).sort()).toEqual(holdings.map((h) => h.id).sort());
      const rank = new Map(corpus.jurisdictions.flatMap((j) => j.courts.map((c) => [c.id, c.rank] as const)));
      const byId = new Map(holdings.map((h) => [h.id, h]));
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [byId.get(rows[i - 1]!.id)!, byId.get(rows[i]!.id)!];
        const order = a.jurisdiction.localeCompare(b.jurisdiction) || (rank.get(a.court) ?? 9) - (rank.get(b.court) ?? 9) || b.date.localeCompare(a.date);
        expect(order, `${a.id} before ${b.id}`).toBeLessThanOrEqual(0);
      }
    }
  });

  it("resolves the court, jurisdiction and source, and gives the answer and disposition in the question's words", () => {
    const h = corpus.holdings.find((x) => corpus.sourceById.get(x.source)?.identifiers.ecli)!;
    const [row] = holdingRows(corpus, [h]);
    const source = corpus.sourceById.get(h.source)!;
    const question = corpus.graph.node(h.question);
    expect(row!.sourceLabel).toBe(source.identifiers.ecli);
    expect(row!.sourceTitle).toBe(source.title);
    expect(row!.verification).toBe(source.verification.status);
    expect(row!.jurisdictionName).toBe(corpus.jurisdictions.find((j) => j.code === h.jurisdiction)!.name);
    expect(row!.courtName).toBe(corpus.jurisdictions.flatMap((j) => j.courts).find((c) => c.id === h.court)!.name);
    expect(row!.words.answer).toBe(question?.kind === 'question' ? question.answers.find((a) => a.id === h.answer)!.label : undefined);
    expect(row!.words.disposition).toContain(DISPOSITION_LABELS[h.disposition].label);
  });
});

describe('questionHoldingsDocument', () => {
  it("is the question's rows with the dataset version, and null for an id that is not a question", () => {
    const q = questions[0]!;
    const doc = questionHoldingsDocument(corpus, q.id, 'https://example.org');
    const body = JSON.parse(doc!.body);
    expect(body.datasetVersion).toBe(corpus.version);
    expect(body.permalink).toBe(`https://example.org/questions/${q.id}`);
    expect(body.holdings).toEqual(JSON.parse(JSON.stringify(holdingRows(corpus, corpus.holdings.filter((h) => h.question === q.id)))));
    expect(questionHoldingsDocument(corpus, 'q-none', '')).toBeNull();
    const position = corpus.nodes.find((n) => n.kind === 'position')!;
    expect(questionHoldingsDocument(corpus, position.id, '')).toBeNull();
  });
});
