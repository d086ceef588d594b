import { describe, expect, it } from 'vitest';
import { CorpusError, validateCorpus, type CorpusIssue, type RawFile } from '@/lib/data/validate';
import { fixtureFiles, withEdit } from '../../fixtures/corpus';

const Q = 'data/questions/q01-test.json';
const JUDGMENT = 'data/sources/eu/src-judgment.json';
const HOLDINGS = 'data/holdings/q01-test.json';

function issuesOf(files: RawFile[]): CorpusIssue[] {
  try {
    validateCorpus(files);
  } catch (e) {
    if (e instanceof CorpusError) return e.issues;
    throw e;
  }
  throw new Error('expected the corpus to be rejected');
}

function expectIssue(files: RawFile[], file: string, path: string, message: RegExp) {
  const issues = issuesOf(files);
  const match = issues.find((i) => i.file === file && i.path === path && message.test(i.message));
  expect(match, `expected ${file}: ${path}: ${message}, got:\n${issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n')}`).toBeDefined();
  // The error's own text names the file, the path and the problem, as check:data prints it.
  expect(new CorpusError(issues).message).toContain(`${file}: ${path}: `);
}

describe('validateCorpus', () => {
  it('accepts the fixture and assembles nodes, sources and located holdings', () => {
    const corpus = validateCorpus(fixtureFiles());
    expect(corpus.nodes.map((n) => n.id).sort()).toEqual(['arg-against-yes', 'arg-for-yes', 'arg-undercut', 'fact-test', 'pos-no', 'pos-yes', 'q-test']);
    expect(corpus.holdings).toEqual([expect.objectContaining({ id: 'h-test', source: 'src-judgment', date: '2024-04-30' })]);
  });

  it('rejects an unknown link target', () => {
    const files = withEdit(Q, (d) => (d.arguments[0].links[0].target = 'pos-missing'));
    expectIssue(files, Q, '$.arguments[0].links[0].target', /unknown node id "pos-missing"/);
  });

  it('rejects an unknown actor', () => {
    const files = withEdit(Q, (d) => (d.positions[1].advancedBy = ['defence-nobody']));
    expectIssue(files, Q, '$.positions[1].advancedBy[0]', /unknown actor "defence-nobody"/);
  });

  it('rejects a duplicate id, naming where it was first defined', () => {
    const files = withEdit(Q, (d) => (d.arguments[1].id = 'arg-for-yes'));
    expectIssue(files, Q, '$.arguments[1]', /duplicate id "arg-for-yes" \(first defined in data\/questions\/q01-test.json at \$\.arguments\[0\]\)/);
  });

  it('rejects a duplicate id across files', () => {
    const files = withEdit('data/sources/de/src-article.json', (d) => (d.id = 'src-judgment'));
    expectIssue(files, JUDGMENT, '$', /duplicate id "src-judgment"/);
  });

  it('rejects a citation that gives both a pinpoint and a reason for having none', () => {
    const files = withEdit(Q, (d) => (d.positions[0].citations[0] = { ...d.positions[0].citations[0], pinpoint: { kind: 'paragraph', value: '3' }, unpinned: 'The numbered text was not read.' }));
    expectIssue(files, Q, '$.positions[0].citations[0].unpinned', /either a pinpoint or an "unpinned" reason/);
  });

  it('rejects a holding that gives both a pinpoint and a reason for having none', () => {
    const files = withEdit(HOLDINGS, (d) => (d.holdings[0] = { ...d.holdings[0], pinpoint: { kind: 'paragraph', value: '3' }, unpinned: 'The numbered text was not read.' }));
    expectIssue(files, HOLDINGS, '$.holdings[0].unpinned', /either a pinpoint or an "unpinned" reason/);
  });

  it('rejects a position without a citation', () => {
    const files = withEdit(Q, (d) => (d.positions[0].citations = []));
    expectIssue(files, Q, '$.positions[0].citations', /every position cites at least one source/);
  });

  it('rejects an argument without a citation', () => {
    const files = withEdit(Q, (d) => delete d.arguments[0].citations);
    expectIssue(files, Q, '$.arguments[0].citations', /./);
  });

  it('rejects a citation to a missing source', () => {
    const files = withEdit(Q, (d) => (d.positions[0].citations[0].source = 'src-nowhere'));
    expectIssue(files, Q, '$.positions[0].citations[0].source', /citation to missing source "src-nowhere"/);
  });

  it("keeps a withdrawn node's id reserved: a node may not take it again", () => {
    const gone = { id: 'arg-gone', kind: 'argument', title: 'Gone', withdrawn: '2026-12-03', reason: 'No one holds it.' };
    const withdrawn: RawFile = { path: 'data/withdrawn.json', data: { nodes: [gone] } };
    expect(validateCorpus([...fixtureFiles(), withdrawn]).withdrawn).toEqual([gone]);
    const reused = withEdit(Q, (d) => (d.arguments[0].id = 'arg-gone'));
    expect(() => validateCorpus([...reused, withdrawn])).toThrow(/duplicate id "arg-gone"/);
    expect(() => validateCorpus([...fixtureFiles(), { path: 'data/withdrawn.json', data: { nodes: [{ id: 'arg-gone', kind: 'argument', title: 'Gone', withdrawn: '2026-12-03' }] } }])).toThrow(/reason/);
  });

  it('rejects a malformed ECLI', () => {
    const files = withEdit(JUDGMENT, (d) => (d.identifiers.ecli = 'ECLI:EU:C:24:372'));
    expectIssue(files, JUDGMENT, '$.identifiers.ecli', /malformed ECLI/);
    expectIssue(withEdit(JUDGMENT, (d) => (d.identifiers.ecli = 'ecli:eu:c:2024:372')), JUDGMENT, '$.identifiers.ecli', /malformed ECLI/);
  });

  it("accepts an ECLI in the mixed case its court publishes (the Federal Constitutional Court's)", () => {
    const files = withEdit(JUDGMENT, (d) => (d.identifiers.ecli = 'ECLI:DE:BVerfG:2023:rk20230809.2bvr055822'));
    expect(validateCorpus(files).sources.some((s) => s.identifiers.ecli === 'ECLI:DE:BVerfG:2023:rk20230809.2bvr055822')).toBe(true);
  });

  it("accepts ownTitle as the document's own title (a string) or null (not seen), and rejects an empty one or one repeating the title", () => {
    const own = validateCorpus(withEdit(JUDGMENT, (d) => (d.ownTitle = 'The judgment as published'))).sources.find((s) => s.id === 'src-judgment')!;
    expect(own.ownTitle).toBe('The judgment as published');
    expect(validateCorpus(withEdit(JUDGMENT, (d) => (d.ownTitle = null))).sources.find((s) => s.id === 'src-judgment')!.ownTitle).toBeNull();
    expect(validateCorpus(withEdit(JUDGMENT, () => undefined)).sources.find((s) => s.id === 'src-judgment')!.ownTitle).toBeUndefined();
    expectIssue(withEdit(JUDGMENT, (d) => (d.ownTitle = '')), JUDGMENT, '$.ownTitle', /not empty/);
    expectIssue(withEdit(JUDGMENT, (d) => (d.ownTitle = '   ')), JUDGMENT, '$.ownTitle', /not empty/);
    expectIssue(withEdit(JUDGMENT, (d) => (d.ownTitle = ` ${d.title}`)), JUDGMENT, '$.ownTitle', /repeats "title"/);
  });

  it('rejects a malformed date and an impossible one', () => {
    expectIssue(withEdit(JUDGMENT, (d) => (d.date = '30/04/2024')), JUDGMENT, '$.date', /dates are YYYY-MM-DD/);
    expectIssue(withEdit(Q, (d) => (d.positions[0].firstStated = '2023-02-29')), Q, '$.positions[0].firstStated', /must exist in the calendar/);
  });

  it('rejects a non-https URL', () => {
    const files = withEdit(JUDGMENT, (d) => (d.url = 'http://example.org/judgment'));
    expectIssue(files, JUDGMENT, '$.url', /must use https/);
  });

  it('rejects a holding for a missing question', () => {
    const files = withEdit(HOLDINGS, (d) => (d.holdings[0].question = 'q-missing'));
    expectIssue(files, HOLDINGS, '$.holdings[0].question', /holding for missing question "q-missing"/);
  });

  it('rejects a holding whose source is not a ruling', () => {
    const files = withEdit(HOLDINGS, (d) => (d.holdings[0].source = 'src-article'));
    expectIssue(files, HOLDINGS, '$.holdings[0].source', /holdings come from rulings/);
  });

  it('rejects a support/attack cycle, naming its members', () => {
    const files = withEdit(Q, (d) => d.arguments[0].links.push({ relation: 'opposes', target: 'arg-against-yes' }));
    const files2 = files.map((f) => (f.path === Q ? { ...f, data: structuredClone(f.data) } : f));
    (files2.find((f) => f.path === Q)!.data as any).arguments[1].links.push({ relation: 'opposes', target: 'arg-for-yes' });
    expectIssue(files2, Q, '$.arguments[1].links', /support\/attack cycle: arg-against-yes → arg-for-yes → arg-against-yes/);
  });

  it('rejects a relation between the wrong kinds', () => {
    const files = withEdit(Q, (d) => (d.arguments[0].links[0] = { relation: 'answers', target: 'q-test' }));
    expectIssue(files, Q, '$.arguments[0].links[0].relation', /"answers" joins position → question, not argument → question/);
  });

  it('rejects an undercut that names no inference of its target', () => {
    const files = withEdit(Q, (d) => (d.arguments[2].links[0].via = 'pos-no'));
    expectIssue(files, Q, '$.arguments[2].links[0].via', /"arg-for-yes" does not support or oppose "pos-no"/);
  });

  it('rejects an unknown jurisdiction and an unknown court', () => {
    expectIssue(withEdit(JUDGMENT, (d) => (d.jurisdiction = 'XX')), JUDGMENT, '$.jurisdiction', /unknown jurisdiction "XX"/);
    expectIssue(withEdit(HOLDINGS, (d) => (d.holdings[0].court = 'de-bgh')), HOLDINGS, '$.holdings[0].jurisdiction', /court "de-bgh" belongs to DE, not EU/);
  });

  it('rejects a quote longer than 40 words', () => {
    const files = withEdit(Q, (d) => (d.arguments[1].citations[0].quote.text = Array(41).fill('Wort').join(' ')));
    expectIssue(files, Q, '$.arguments[1].citations[0].quote.text', /40 words at most/);
  });

  it('rejects an established fact that names no court', () => {
    const files = withEdit('data/facts/op-test.json', (d) => (d.facts[0].establishedBy = []));
    expectIssue(files, 'data/facts/op-test.json', '$.facts[0].establishedBy', /names the court/);
  });

  it('rejects a file in an unknown place', () => {
    const files = [...fixtureFiles(), { path: 'data/misc/notes.json', data: {} }];
    expectIssue(files, 'data/misc/notes.json', '$', /not a known corpus file/);
  });

  describe('answers and dispositions', () => {
    it('rejects a holding whose answer is not in its question\'s vocabulary, listing the answers', () => {
      const files = withEdit(HOLDINGS, (d) => (d.holdings[0].answer = 'admitted'));
      expectIssue(files, HOLDINGS, '$.holdings[0].answer', /^"admitted" is not an answer of q-test \(answers: yes, no, not-reached\)$/);
    });

    it('rejects a holding without an answer or without a disposition', () => {
      expectIssue(withEdit(HOLDINGS, (d) => delete d.holdings[0].answer), HOLDINGS, '$.holdings[0].answer', /missing "answer"/);
      expectIssue(withEdit(HOLDINGS, (d) => delete d.holdings[0].disposition), HOLDINGS, '$.holdings[0].disposition', /missing "disposition".*declared-inadmissible/);
    });

    it('rejects an unknown disposition and the old outcome field', () => {
      expectIssue(withEdit(HOLDINGS, (d) => (d.holdings[0].disposition = 'upheld')), HOLDINGS, '$.holdings[0].disposition', /unknown disposition "upheld"/);
      expectIssue(withEdit(HOLDINGS, (d) => (d.holdings[0].outcome = 'admitted')), HOLDINGS, '$.holdings[0]', /outcome/);
    });

    it('requires notReached with "not-reached" and forbids it otherwise', () => {
      const missing = withEdit(HOLDINGS, (d) => {
        d.holdings[0].answer = 'not-reached';
        d.holdings[0].adopts = [];
      });
      expectIssue(missing, HOLDINGS, '$.holdings[0].notReached', /needs "notReached"/);
      expectIssue(withEdit(HOLDINGS, (d) => (d.holdings[0].notReached = 'The court decided on another ground.')), HOLDINGS, '$.holdings[0].notReached', /only for answer "not-reached"/);
      const given = withEdit(HOLDINGS, (d) => Object.assign(d.holdings[0], { answer: 'not-reached', adopts: [], notReached: 'The court decided on another ground.' }));
      expect(validateCorpus(given).holdings[0]).toMatchObject({ answer: 'not-reached', notReached: 'The court decided on another ground.' });
    });

    it('a holding that did not reach its question adopts and rejects no position on it', () => {
      const taking = withEdit(HOLDINGS, (d) => Object.assign(d.holdings[0], { answer: 'not-reached', notReached: 'The court decided on another ground.', adopts: [], rejects: [d.holdings[0].adopts[0] ?? 'pos-x'] }));
      expectIssue(taking, HOLDINGS, '$.holdings[0].adopts', /adopts and rejects no position/);
    });

    it('requires a note with disposition "other"', () => {
      expectIssue(withEdit(HOLDINGS, (d) => (d.holdings[0].disposition = 'other')), HOLDINGS, '$.holdings[0].dispositionNote', /needs "dispositionNote"/);
      const noted = withEdit(HOLDINGS, (d) => Object.assign(d.holdings[0], { disposition: 'other', dispositionNote: 'damages action' }));
      expect(validateCorpus(noted).holdings[0]).toMatchObject({ disposition: 'other', dispositionNote: 'damages action' });
    });

    it('rejects an evidence effect on every ruling that decided no question of using evidence', () => {
      for (const disposition of ['declared-inadmissible', 'referred-to-cjeu', 'reference-answered', 'declared-in-conformity', 'declared-unconstitutional', 'opinion-delivered']) {
        const files = withEdit(HOLDINGS, (d) => Object.assign(d.holdings[0], { disposition, evidence: 'admitted' }));
        expectIssue(files, HOLDINGS, '$.holdings[0].evidence', /decided no question of using evidence/);
      }
      const trial = withEdit(HOLDINGS, (d) => Object.assign(d.holdings[0], { disposition: 'evidence-ruling', evidence: 'excluded' }));
      expect(validateCorpus(trial).holdings[0]).toMatchObject({ disposition: 'evidence-ruling', evidence: 'excluded' });
    });

    it('rejects a question with fewer than three answers or without "not-reached"', () => {
      expectIssue(withEdit(Q, (d) => d.question.answers.splice(1, 1)), Q, '$.question.answers', /at least three answers/);
      expectIssue(withEdit(Q, (d) => delete d.question.answers), Q, '$.question.answers', /./);
      const noNotReached = withEdit(Q, (d) => (d.question.answers[2] = { id: 'partly', label: 'Partly', meaning: 'The ruling held that it partly is.', positions: [] }));
      expectIssue(noNotReached, Q, '$.question.answers', /q-test has no "not-reached" answer \(answers: yes, no, partly\)/);
    });

    it('rejects a duplicate answer id, an over-long label and a "not-reached" with positions', () => {
      expectIssue(withEdit(Q, (d) => (d.question.answers[1].id = 'yes')), Q, '$.question.answers[1].id', /duplicate answer id "yes"/);
      expectIssue(withEdit(Q, (d) => (d.question.answers[0].label = 'x'.repeat(61))), Q, '$.question.answers[0].label', /./);
      expectIssue(withEdit(Q, (d) => (d.question.answers[2].positions = ['pos-no'])), Q, '$.question.answers[2].positions', /"not-reached" corresponds to no position/);
    });

    it('rejects a position listed under two answers, or one that does not answer the question', () => {
      expectIssue(withEdit(Q, (d) => d.question.answers[1].positions.push('pos-yes')), Q, '$.question.answers[1].positions[1]', /"pos-yes" is already listed under answer "yes"/);
      expectIssue(withEdit(Q, (d) => d.question.answers[1].positions.push('arg-for-yes')), Q, '$.question.answers[1].positions[1]', /"arg-for-yes" is not a position/);
    });

    it('rejects a holding that adopts a position listed under another answer', () => {
      const files = withEdit(HOLDINGS, (d) => (d.holdings[0].answer = 'no'));
      expectIssue(files, HOLDINGS, '$.holdings[0].adopts[0]', /adopts "pos-yes", which is listed under answer "yes" of q-test, not under this holding's answer "no"/);
    });
  });

  it('collects every problem before failing', () => {
    const files = withEdit(Q, (d) => {
      d.positions[0].citations[0].source = 'src-a';
      d.positions[1].citations[0].source = 'src-b';
    });
    expect(issuesOf(files)).toHaveLength(2);
  });
});
