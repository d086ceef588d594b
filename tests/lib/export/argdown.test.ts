import { describe, expect, it } from 'vitest';
import { ArgdownApplication, ParserPlugin, ModelPlugin } from '@argdown/core';
import { validateCorpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { argdownRelations, escapeArgdownText, toArgdown } from '@/lib/export/argdown';
import { fixtureFiles, withEdit } from '../../fixtures/corpus';

function parse(text: string) {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ process: ['parse-input', 'build-model'], input: text, logLevel: 'error' });
}

const options = { version: 'abcdef123456', siteUrl: 'https://admissible.test' };

describe('toArgdown', () => {
  it('parses with @argdown/core without errors, with the map’s statements, arguments and relations', () => {
    const corpus = validateCorpus(fixtureFiles());
    const graph = buildGraph(corpus.nodes);
    const result = parse(toArgdown(graph, options));
    expect(result.lexerErrors ?? []).toEqual([]);
    expect(result.parserErrors ?? []).toEqual([]);
    const statements = corpus.nodes.filter((n) => n.kind === 'position' || n.kind === 'fact');
    const args = corpus.nodes.filter((n) => n.kind === 'argument');
    expect(Object.keys(result.statements!).length).toBe(statements.length);
    expect(Object.keys(result.arguments!).length).toBe(args.length);
    expect(result.relations!.length).toBe(argdownRelations(graph).length);
    expect(result.relations!.length).toBeGreaterThan(0);
    // Every relation joins the right elements with the right type.
    const titleOf = new Map(corpus.nodes.map((n) => [n.title, n.id]));
    const got = result.relations!.map((r: any) => `${titleOf.get(r.from.title)}|${titleOf.get(r.to.title)}|${r.relationType}`).sort();
    const want = argdownRelations(graph).map((r) => `${r.from}|${r.to}|${r.type}`).sort();
    expect(got).toEqual(want);
    // A section per question.
    expect(result.sections!.map((s: any) => s.title)).toContain('Test question?');
  });

  it('keeps texts with Argdown markup characters as plain text', () => {
    const tricky = 'See ECLI:EU:C:2024:372 at https://example.org/x, para. 119 — e.g. #1 *not* _emphasis_ [a] <b> {c} @d // not a comment';
    const files = withEdit('data/questions/q01-test.json', (d) => {
      d.positions[0].text = tricky;
      d.positions[0].title = 'Yes [really] <it> is';
    });
    const corpus = validateCorpus(files);
    const result = parse(toArgdown(buildGraph(corpus.nodes), options));
    expect(result.parserErrors ?? []).toEqual([]);
    const statement = Object.values(result.statements! as Record<string, any>).find((s) => s.title.startsWith('Yes'));
    expect(statement.members[0].text.replace(/\s+#position$/, '').trim()).toBe(tricky);
    expect(result.relations!.length).toBe(argdownRelations(buildGraph(corpus.nodes)).length);
  });

  it('escapes markup characters with a backslash', () => {
    expect(escapeArgdownText('a:b #c')).toBe('a\\:b \\#c');
    expect(escapeArgdownText('- leading')).toBe('\\- leading');
  });
});
