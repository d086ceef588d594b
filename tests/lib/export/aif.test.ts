import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { buildGraph } from '@/lib/graph/graph';
import { toAif, toAifJson } from '@/lib/export/aif';
import { syntheticFiles } from '../../fixtures/synthetic';

const corpus = validateCorpus(syntheticFiles());
const graph = buildGraph(corpus.nodes);

describe('toAif', () => {
  const doc = JSON.parse(toAifJson(corpus.nodes, graph.edges));

  it('holds together: every edge joins existing nodes, and every RA and CA node joins I-nodes', () => {
    const byId = new Map<string, any>(doc.nodes.map((n: any) => [n.nodeID, n]));
    expect(byId.size).toBe(doc.nodes.length);
    for (const e of doc.edges) {
      expect(byId.has(e.fromID), `edge ${e.edgeID} from ${e.fromID}`).toBe(true);
      expect(byId.has(e.toID), `edge ${e.edgeID} to ${e.toID}`).toBe(true);
      expect(byId.get(e.fromID).type === 'I' && byId.get(e.toID).type === 'I', `edge ${e.edgeID} joins two I-nodes`).toBe(false);
    }
    for (const s of doc.nodes.filter((n: any) => n.type !== 'I')) {
      const incoming = doc.edges.filter((e: any) => e.toID === s.nodeID).map((e: any) => byId.get(e.fromID));
      const outgoing = doc.edges.filter((e: any) => e.fromID === s.nodeID).map((e: any) => byId.get(e.toID));
      expect(incoming.filter((n: any) => n.type === 'I').length, `${s.nodeID} has an I-node premise`).toBeGreaterThanOrEqual(1);
      // Besides premises, only undercutting CA nodes may point at an inference.
      expect(incoming.every((n: any) => n.type === 'I' || n.type === 'CA'), `${s.nodeID}'s incoming nodes`).toBe(true);
      expect(outgoing).toHaveLength(1);
      // A conclusion is an I-node, except for an undercut, which attacks an inference (an S-node).
      expect(outgoing[0].type === 'I' || (s.type === 'CA' && ['RA', 'CA'].includes(outgoing[0].type)), `${s.nodeID} → ${outgoing[0].nodeID}`).toBe(true);
    }
    expect(doc.locutions).toEqual([]);
  });

  it('has an I-node per position, argument and fact, an RA per support and a CA per attack', () => {
    const count = (t: string) => doc.nodes.filter((n: any) => n.type === t).length;
    expect(count('I')).toBe(corpus.nodes.filter((n) => n.kind !== 'question').length);
    const rel = (r: string) => graph.edges.filter((e) => e.relation === r).length;
    expect(count('RA')).toBe(rel('supports') + rel('relies-on-fact'));
    expect(count('CA')).toBe(rel('opposes') + rel('undercuts'));
    expect(rel('undercuts')).toBeGreaterThan(0);
  });

  it('aims an undercut at the RA node of the inference it attacks', () => {
    const undercut = graph.edges.find((e) => e.relation === 'undercuts')!;
    const aif = toAif(corpus.nodes, graph.edges);
    const ca = aif.edges.find((e) => e.fromID === undercut.from)!.toID;
    const target = aif.edges.find((e) => e.fromID === ca)!.toID;
    expect(target).toBe(`ra-${undercut.to}--${undercut.via}`);
  });
});
