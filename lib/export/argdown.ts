/**
 * The map in Argdown (https://argdown.org): a section per question, its positions as statements
 * and its arguments as arguments, each declared once with its text, and each relation written
 * under the element it comes from: `+>` supports, `->` opposes, `_>` undercuts. A position's
 * reliance on a fact is written as the fact supporting it. Facts that belong to no question go
 * in a closing "Facts" section. Argdown has no relation for answering a question: the section
 * a position sits in says which question it answers.
 */
import type { DebateNode } from '@/lib/model/schema';
import type { GraphIndex } from '@/lib/graph/graph';

/** Escapes what Argdown would read as markup (tags, mentions, emphasis, comments, special chars). */
export function escapeArgdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\@#*_[\]<>/{}:]/g, (c) => `\\${c}`)
    .replace(/\.(?=\S)/g, '\\.')
    .replace(/^([+-])/, '\\$1');
}

/** Titles sit inside [ ] or < >: the brackets themselves and line breaks cannot appear. */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/[[\]<>]/g, (c) => ({ '[': '(', ']': ')', '<': '‹', '>': '›' })[c]!).trim();
}

export interface ArgdownRelation {
  from: string;
  to: string;
  type: 'support' | 'attack' | 'undercut';
}

/** The relations the Argdown document states, deduplicated as Argdown itself would merge them. */
export function argdownRelations(graph: GraphIndex): ArgdownRelation[] {
  const out = new Map<string, ArgdownRelation>();
  for (const e of graph.edges) {
    let r: ArgdownRelation | undefined;
    if (e.relation === 'supports') r = { from: e.from, to: e.to, type: 'support' };
    else if (e.relation === 'opposes') r = { from: e.from, to: e.to, type: 'attack' };
    else if (e.relation === 'undercuts') r = { from: e.from, to: e.to, type: 'undercut' };
    else if (e.relation === 'relies-on-fact') r = { from: e.to, to: e.from, type: 'support' };
    if (r) out.set(`${r.from}|${r.to}|${r.type}`, r);
  }
  return [...out.values()];
}

export function toArgdown(graph: GraphIndex, options: { version: string; siteUrl: string }): string {
  const nodes = [...graph.nodes.values()];
  // Unique titles: Argdown identifies elements by title, so a repeated title gets its id appended.
  const titleCount = new Map<string, number>();
  for (const n of nodes) titleCount.set(cleanTitle(n.title), (titleCount.get(cleanTitle(n.title)) ?? 0) + 1);
  const title = (n: DebateNode) => (titleCount.get(cleanTitle(n.title))! > 1 ? `${cleanTitle(n.title)} (${n.id})` : cleanTitle(n.title));
  const ref = (n: DebateNode) => (n.kind === 'argument' ? `<${title(n)}>` : `[${title(n)}]`);

  const relationsFrom = new Map<string, ArgdownRelation[]>();
  for (const r of argdownRelations(graph)) relationsFrom.set(r.from, [...(relationsFrom.get(r.from) ?? []), r]);
  const ARROWS = { support: '+>', attack: '->', undercut: '_>' } as const;

  const declare = (n: DebateNode): string[] => {
    const lines = [`${ref(n)}: ${escapeArgdownText(n.text)} #${n.kind}`];
    for (const r of relationsFrom.get(n.id) ?? []) {
      const target = graph.node(r.to);
      if (target) lines.push(`  ${ARROWS[r.type]} ${ref(target)}`);
    }
    return [...lines, ''];
  };

  const sections = new Map<string, DebateNode[]>();
  const loose: DebateNode[] = [];
  for (const n of nodes) {
    if (n.kind === 'question') continue;
    const root = n.kind === 'position' ? (n.links.find((l) => l.relation === 'answers')?.target ?? graph.rootOf(n.id)) : graph.rootOf(n.id);
    if (root && graph.node(root)?.kind === 'question') sections.set(root, [...(sections.get(root) ?? []), n]);
    else loose.push(n);
  }
  const ORDER = { position: 0, argument: 1, fact: 2, question: 3 } as const;
  const byKindThenId = (a: DebateNode, b: DebateNode) => ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id);

  const out = [
    `// Admissible: the encrypted-phone evidence debate, as Argdown. Dataset version ${options.version}.`,
    `// Each element's page: ${options.siteUrl}/node/<id>. Content under CC BY-SA 4.0.`,
    '',
  ];
  for (const q of nodes.filter((n) => n.kind === 'question').sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`# ${escapeArgdownText(q.title)}`, '', `// ${q.id}: ${q.text.replace(/\s+/g, ' ')}`, '');
    for (const n of (sections.get(q.id) ?? []).sort(byKindThenId)) out.push(...declare(n));
  }
  if (loose.length) {
    out.push('# Facts and other statements', '');
    for (const n of loose.sort(byKindThenId)) out.push(...declare(n));
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
