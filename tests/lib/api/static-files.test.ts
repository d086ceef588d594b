import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { indexCorpus } from '@/lib/data/corpus';
import { apiFiles } from '@/lib/api/static-files';
import { MapExport } from '@/lib/export/json';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = indexCorpus(validateCorpus(syntheticFiles()));

describe('apiFiles', () => {
  const files = new Map(apiFiles(corpus, 'https://a.test').map((f) => [f.path, JSON.parse(f.body)]));

  it('writes the graph, every node and every source', () => {
    expect(MapExport.parse(files.get('graph.json'))).toBeTruthy();
    for (const n of corpus.nodes) expect(files.get(`nodes/${n.id}.json`)?.node.id, n.id).toBe(n.id);
    for (const s of corpus.sources) expect(files.get(`sources/${s.id}.json`)?.source.id, s.id).toBe(s.id);
    expect(files.get('version.json')).toEqual({ datasetVersion: corpus.version, files: files.size - 1 });
  });

  it('gives a node its links both ways, its path to the question and its sources', () => {
    const doc = files.get('nodes/arg-for-yes.json');
    expect(doc).toMatchObject({ apiVersion: 1, datasetVersion: corpus.version, permalink: 'https://a.test/node/arg-for-yes', pathToQuestion: ['arg-for-yes', 'pos-yes', 'q-test'] });
    expect(doc.incoming).toEqual([{ from: 'arg-undercut', to: 'arg-for-yes', relation: 'undercuts', via: 'pos-yes' }]);
    expect(doc.outgoing).toEqual([{ from: 'arg-for-yes', to: 'pos-yes', relation: 'supports' }]);
    expect(doc.sources[0]).toMatchObject({ source: 'src-judgment', title: 'Test judgment', page: 'https://a.test/sources/src-judgment' });
  });

  it('gives a source who cites it and its appeal chain', () => {
    expect(files.get('sources/syn-uk-appeal.json').appealedFrom).toEqual([{ source: 'syn-uk-first', relation: 'upheld-by' }]);
    expect(files.get('sources/src-judgment.json').citedBy).toContainEqual({ node: 'pos-yes', pinpoint: { kind: 'paragraph', value: '119' } });
  });
});
