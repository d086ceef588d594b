/**
 * The map as GraphML (yEd, Gephi, Cytoscape, networkx): one node per question, position,
 * argument and fact, one directed edge per link, with kind, title, text, date and relation as data.
 */
import type { DebateNode } from '@/lib/model/schema';
import type { Edge } from '@/lib/graph/graph';

export function escapeXml(s: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the five specials are escaped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const NODE_KEYS = [
  ['kind', 'kind'],
  ['title', 'title'],
  ['text', 'text'],
  ['firstStated', 'firstStated'],
  ['url', 'url'],
] as const;

export function toGraphml(nodes: readonly DebateNode[], edges: readonly Edge[], options: { siteUrl: string; version: string }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([id, name]) => `  <key id="${id}" for="node" attr.name="${name}" attr.type="string"/>`),
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="via" for="edge" attr.name="via" attr.type="string"/>',
    '  <key id="datasetVersion" for="graph" attr.name="datasetVersion" attr.type="string"/>',
    '  <graph id="admissible" edgedefault="directed">',
    `    <data key="datasetVersion">${escapeXml(options.version)}</data>`,
  ];
  for (const n of nodes) {
    const url = `${options.siteUrl}${n.kind === 'question' ? '/questions/' : '/node/'}${n.id}`;
    const values: Record<(typeof NODE_KEYS)[number][0], string> = { kind: n.kind, title: n.title, text: n.text, firstStated: n.firstStated, url };
    lines.push(`    <node id="${escapeXml(n.id)}">`);
    for (const [key] of NODE_KEYS) lines.push(`      <data key="${key}">${escapeXml(values[key])}</data>`);
    lines.push('    </node>');
  }
  edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i + 1}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">`);
    lines.push(`      <data key="relation">${e.relation}</data>`);
    if (e.via) lines.push(`      <data key="via">${escapeXml(e.via)}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
