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

  it('rejects a malformed ECLI', () => {
    const files = withEdit(JUDGMENT, (d) => (d.identifiers.ecli = 'ECLI:EU:C:24:372'));
    expectIssue(files, JUDGMENT, '$.identifiers.ecli', /malformed ECLI/);
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

  it('collects every problem before failing', () => {
    const files = withEdit(Q, (d) => {
      d.positions[0].citations[0].source = 'src-a';
      d.positions[1].citations[0].source = 'src-b';
    });
    expect(issuesOf(files)).toHaveLength(2);
  });
});
