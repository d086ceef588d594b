/**
 * The map in the Argument Interchange Format, as AIFdb/OVA JSON: {nodes, edges, locutions}.
 * Positions, arguments and facts become I-nodes (their statement as text). "supports" and
 * "relies-on-fact" become an RA node between premise and conclusion; "opposes" a CA node; an
 * undercut is a CA node aimed at the RA (or CA) node of the inference it attacks. AIF has no node
 * for a question or for answering one: questions and "answers" / "subquestion-of" links are left
 * out here (the JSON, Argdown and GraphML exports keep them).
 */
import type { DebateNode } from '@/lib/model/schema';
import type { Edge } from '@/lib/graph/graph';

export interface AifNode {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA';
  timestamp: string;
  /** Not part of AIF: the Admissible node id, so tools can link back. */
  admissibleId?: string;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: [];
}

const timestamp = (date: string) => `${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date} 00:00:00`;

export function toAif(nodes: readonly DebateNode[], edges: readonly Edge[]): AifDocument {
  const byId = new Map(nodes.filter((n) => n.kind !== 'question').map((n) => [n.id, n]));
  const out: AifDocument = { nodes: [], edges: [], locutions: [] };
  for (const n of byId.values()) out.nodes.push({ nodeID: n.id, text: n.text, type: 'I', timestamp: timestamp(n.firstStated), admissibleId: n.id });

  let edgeCount = 0;
  const connect = (fromID: string, toID: string) => out.edges.push({ edgeID: `e${++edgeCount}`, fromID, toID, formEdgeID: null });
  /** The S-node standing for the inference premise → conclusion, by their ids. */
  const inferenceNode = new Map<string, string>();
  const addScheme = (type: 'RA' | 'CA', premise: DebateNode, target: string, date: string, text: string) => {
    const nodeID = `${type.toLowerCase()}-${premise.id}--${target}`;
    out.nodes.push({ nodeID, text, type, timestamp: timestamp(date) });
    connect(premise.id, nodeID);
    connect(nodeID, target);
    return nodeID;
  };

  // Support and attack first, so that undercuts find the inference nodes they aim at.
  for (const e of edges) {
    if (e.relation !== 'supports' && e.relation !== 'opposes' && e.relation !== 'relies-on-fact') continue;
    // "relies-on-fact" is held by the position; the fact is the premise.
    const [premiseId, conclusionId] = e.relation === 'relies-on-fact' ? [e.to, e.from] : [e.from, e.to];
    const premise = byId.get(premiseId);
    if (!premise || !byId.has(conclusionId)) continue;
    const key = `${premiseId}→${conclusionId}`;
    if (inferenceNode.has(key)) continue;
    const type = e.relation === 'opposes' ? 'CA' : 'RA';
    inferenceNode.set(key, addScheme(type, premise, conclusionId, premise.firstStated, type === 'RA' ? 'Default Inference' : 'Default Conflict'));
  }
  for (const e of edges) {
    if (e.relation !== 'undercuts') continue;
    const attacker = byId.get(e.from);
    if (!attacker || !byId.has(e.to)) continue;
    const target = (e.via && inferenceNode.get(`${e.to}→${e.via}`)) ?? e.to;
    addScheme('CA', attacker, target, attacker.firstStated, 'Default Conflict');
  }
  return out;
}

export function toAifJson(nodes: readonly DebateNode[], edges: readonly Edge[]): string {
  return JSON.stringify(toAif(nodes, edges), null, 2) + '\n';
}
