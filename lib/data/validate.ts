/**
 * Validates the raw corpus files and assembles them into one Corpus.
 * Every problem is reported with the file, the JSON path inside it and what is wrong,
 * and all problems are collected before failing, so an editor fixes them in one pass.
 */
import type { z } from 'zod';
import {
  ActorFile,
  FactFile,
  HoldingFile,
  JurisdictionsFile,
  WithdrawnFile,
  type WithdrawnNode,
  OperationFile,
  QuestionFile,
  SourceFile,
  type Actor,
  type Citation,
  type Court,
  type DebateNode,
  type Holding,
  type Jurisdiction,
  type NodeKind,
  type Operation,
  type Relation,
  type Source,
  NOT_REACHED,
} from '@/lib/model/schema';

export interface RawFile {
  /** Path relative to the repository root, e.g. "data/questions/q01.json". */
  path: string;
  data: unknown;
}

export interface CorpusIssue {
  file: string;
  /** JSON path inside the file, e.g. "$.positions[2].citations[0].source". */
  path: string;
  message: string;
}

export class CorpusError extends Error {
  constructor(readonly issues: CorpusIssue[]) {
    super(`${issues.length} problem(s) in data/:\n` + issues.map(formatIssue).join('\n'));
    this.name = 'CorpusError';
  }
}

export function formatIssue(issue: CorpusIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/** A holding with the ruling it comes from, as the matrix and timeline use it. */
export interface LocatedHolding extends Holding {
  /** The ruling's date, taken from its source record. */
  date: string;
}

export interface Corpus {
  nodes: DebateNode[];
  sources: Source[];
  actors: Actor[];
  operations: Operation[];
  jurisdictions: Jurisdiction[];
  holdings: LocatedHolding[];
  /** Nodes taken out of the map (data/withdrawn.json): their ids stay reserved, their permalinks say why. */
  withdrawn?: WithdrawnNode[];
}

/** Where a record lives, so later checks can point at it. */
interface Origin {
  file: string;
  path: string;
}

type FileKind = 'question' | 'facts' | 'holdings' | 'source' | 'actor' | 'operation' | 'jurisdictions' | 'withdrawn';

export function fileKind(path: string): FileKind | undefined {
  if (/(^|\/)data\/questions\/[^/]+\.json$/.test(path)) return 'question';
  if (/(^|\/)data\/facts\/[^/]+\.json$/.test(path)) return 'facts';
  if (/(^|\/)data\/holdings\/[^/]+\.json$/.test(path)) return 'holdings';
  if (/(^|\/)data\/sources\/(?:[^/]+\/)?[^/]+\.json$/.test(path)) return 'source';
  if (/(^|\/)data\/actors\/[^/]+\.json$/.test(path)) return 'actor';
  if (/(^|\/)data\/operations\/[^/]+\.json$/.test(path)) return 'operation';
  if (/(^|\/)data\/jurisdictions\.json$/.test(path)) return 'jurisdictions';
  if (/(^|\/)data\/withdrawn\.json$/.test(path)) return 'withdrawn';
  return undefined;
}

export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return (
    '$' +
    segments
      .map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(String(s)) ? `.${String(s)}` : `[${JSON.stringify(String(s))}]`))
      .join('')
  );
}

function parseWith<T>(schema: z.ZodType<T>, file: RawFile, issues: CorpusIssue[]): T | undefined {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file: file.path, path: jsonPath(issue.path), message: issue.message });
  }
  return undefined;
}

/** Which kinds each relation may join: from → to. */
const RELATION_KINDS: Record<Relation, { from: NodeKind[]; to: NodeKind[] }> = {
  answers: { from: ['position'], to: ['question'] },
  supports: { from: ['argument', 'fact'], to: ['position', 'argument'] },
  opposes: { from: ['argument', 'fact'], to: ['position', 'argument'] },
  undercuts: { from: ['argument'], to: ['argument'] },
  'subquestion-of': { from: ['question'], to: ['question'] },
  'relies-on-fact': { from: ['position', 'argument'], to: ['fact'] },
};

export function validateCorpus(files: RawFile[]): Corpus {
  const issues: CorpusIssue[] = [];
  const nodes: DebateNode[] = [];
  const sources: Source[] = [];
  const actors: Actor[] = [];
  const operations: Operation[] = [];
  const jurisdictions: Jurisdiction[] = [];
  const rawHoldings: Holding[] = [];
  const withdrawn: WithdrawnNode[] = [];
  const origin = new Map<string, Origin>();
  const ids = new Map<string, Origin>();

  const claimId = (id: string, where: Origin) => {
    const first = ids.get(id);
    if (first) {
      issues.push({ ...where, message: `duplicate id "${id}" (first defined in ${first.file} at ${first.path})` });
    } else {
      ids.set(id, where);
    }
    origin.set(id, where);
  };

  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const kind = fileKind(file.path);
    if (!kind) {
      issues.push({ file: file.path, path: '$', message: 'not a known corpus file (expected data/questions, data/facts, data/sources, data/actors, data/operations, data/jurisdictions.json or data/withdrawn.json)' });
      continue;
    }
    switch (kind) {
      case 'question': {
        const parsed = parseWith(QuestionFile, file, issues);
        if (!parsed) break;
        const entries: [DebateNode, string][] = [
          [parsed.question, '$.question'],
          ...parsed.positions.map((p, i): [DebateNode, string] => [p, `$.positions[${i}]`]),
          ...parsed.arguments.map((a, i): [DebateNode, string] => [a, `$.arguments[${i}]`]),
        ];
        for (const [node, path] of entries) {
          claimId(node.id, { file: file.path, path });
          nodes.push(node);
        }
        break;
      }
      case 'facts': {
        const parsed = parseWith(FactFile, file, issues);
        if (!parsed) break;
        parsed.facts.forEach((f, i) => {
          claimId(f.id, { file: file.path, path: `$.facts[${i}]` });
          nodes.push(f);
        });
        break;
      }
      case 'holdings': {
        const parsed = parseWith(HoldingFile, file, issues);
        if (!parsed) break;
        parsed.holdings.forEach((h, i) => {
          claimId(h.id, { file: file.path, path: `$.holdings[${i}]` });
          rawHoldings.push(h);
        });
        break;
      }
      case 'source': {
        const parsed = parseWith(SourceFile, file, issues);
        if (!parsed) break;
        const { $schema: _schema, ...source } = parsed;
        claimId(source.id, { file: file.path, path: '$' });
        sources.push(source);
        break;
      }
      case 'actor': {
        const parsed = parseWith(ActorFile, file, issues);
        if (!parsed) break;
        const { $schema: _schema, ...actor } = parsed;
        claimId(actor.id, { file: file.path, path: '$' });
        actors.push(actor);
        break;
      }
      case 'operation': {
        const parsed = parseWith(OperationFile, file, issues);
        if (!parsed) break;
        const { $schema: _schema, ...operation } = parsed;
        claimId(operation.id, { file: file.path, path: '$' });
        operations.push(operation);
        break;
      }
      case 'jurisdictions': {
        const parsed = parseWith(JurisdictionsFile, file, issues);
        if (!parsed) break;
        parsed.jurisdictions.forEach((j, i) => {
          claimId(`jurisdiction:${j.code}`, { file: file.path, path: `$.jurisdictions[${i}]` });
          j.courts.forEach((c, k) => claimId(c.id, { file: file.path, path: `$.jurisdictions[${i}].courts[${k}]` }));
          jurisdictions.push(j);
        });
        break;
      }
      case 'withdrawn': {
        const parsed = parseWith(WithdrawnFile, file, issues);
        if (!parsed) break;
        // Claimed like any id: a withdrawn id is never used again.
        parsed.nodes.forEach((w, i) => {
          claimId(w.id, { file: file.path, path: `$.nodes[${i}]` });
          withdrawn.push(w);
        });
        break;
      }
    }
  }

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const sourceIds = new Set(sources.map((s) => s.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const operationIds = new Set(operations.map((o) => o.id));
  const jurisdictionCodes = new Set(jurisdictions.map((j) => j.code));
  const courts = new Map<string, Court & { jurisdiction: string }>();
  for (const j of jurisdictions) for (const c of j.courts) courts.set(c.id, { ...c, jurisdiction: j.code });

  const at = (id: string, suffix: string): Origin => {
    const o = origin.get(id)!;
    return { file: o.file, path: o.path + suffix };
  };
  const checkCitation = (c: Citation, where: Origin) => {
    if (!sourceIds.has(c.source)) issues.push({ ...where, path: `${where.path}.source`, message: `citation to missing source "${c.source}"` });
  };
  const checkJurisdiction = (code: string, where: Origin) => {
    if (!jurisdictionCodes.has(code)) issues.push({ ...where, message: `unknown jurisdiction "${code}" (add it to data/jurisdictions.json)` });
  };
  const checkOperation = (id: string, where: Origin) => {
    if (!operationIds.has(id)) issues.push({ ...where, message: `unknown operation "${id}"` });
  };

  for (const node of nodes) {
    node.links.forEach((link, i) => {
      const where = at(node.id, `.links[${i}]`);
      const target = nodeById.get(link.target);
      const allowed = RELATION_KINDS[link.relation];
      if (!target) {
        issues.push({ ...where, path: `${where.path}.target`, message: `unknown node id "${link.target}"` });
        return;
      }
      if (!allowed.from.includes(node.kind) || !allowed.to.includes(target.kind)) {
        issues.push({
          ...where,
          path: `${where.path}.relation`,
          message: `"${link.relation}" joins ${allowed.from.join('/')} → ${allowed.to.join('/')}, not ${node.kind} → ${target.kind} ("${link.target}")`,
        });
      }
      if (link.relation === 'undercuts') {
        const via = link.via ? target.links.find((l) => l.target === link.via && (l.relation === 'supports' || l.relation === 'opposes')) : undefined;
        const inferences = target.links.filter((l) => l.relation === 'supports' || l.relation === 'opposes');
        if (link.via ? !via : inferences.length !== 1) {
          issues.push({
            ...where,
            path: `${where.path}.via`,
            message: link.via
              ? `"${link.target}" does not support or oppose "${link.via}", so there is no such inference to undercut`
              : `"undercuts" needs "via" naming which inference of "${link.target}" it attacks`,
          });
        }
      } else if (link.via) {
        issues.push({ ...where, path: `${where.path}.via`, message: `"via" is only for "undercuts" links` });
      }
    });
    node.advancedBy.forEach((a, i) => {
      if (!actorIds.has(a)) issues.push({ ...at(node.id, `.advancedBy[${i}]`), message: `unknown actor "${a}" (add data/actors/${a}.json)` });
    });
    node.citations.forEach((c, i) => checkCitation(c, at(node.id, `.citations[${i}]`)));
    node.operations.forEach((o, i) => checkOperation(o, at(node.id, `.operations[${i}]`)));
    node.jurisdictions.forEach((j, i) => checkJurisdiction(j, at(node.id, `.jurisdictions[${i}]`)));
    if (node.kind === 'fact') {
      node.establishedBy.forEach((a, i) => {
        if (!actorIds.has(a)) issues.push({ ...at(node.id, `.establishedBy[${i}]`), message: `unknown actor "${a}"` });
      });
      if (node.status === 'established' && node.establishedBy.length === 0) {
        issues.push({ ...at(node.id, '.establishedBy'), message: 'an established fact names the court(s) that established it' });
      }
    }
  }

  // A question's answers: unique ids, "not-reached" among them with no positions, each position one
  // of the question's own and under at most one answer. answerOf maps question → position → answer.
  const answerOf = new Map<string, Map<string, string>>();
  for (const node of nodes) {
    if (node.kind !== 'question' || node.answers.length === 0) continue;
    const byPosition = new Map<string, string>();
    const seen = new Set<string>();
    node.answers.forEach((answer, i) => {
      const where = at(node.id, `.answers[${i}]`);
      if (seen.has(answer.id)) issues.push({ ...where, path: `${where.path}.id`, message: `duplicate answer id "${answer.id}" in ${node.id}` });
      seen.add(answer.id);
      if (answer.id === NOT_REACHED && answer.positions.length > 0) {
        issues.push({ ...where, path: `${where.path}.positions`, message: `"not-reached" corresponds to no position (it lists ${answer.positions.map((p) => `"${p}"`).join(', ')})` });
      }
      answer.positions.forEach((p, k) => {
        const pos = nodeById.get(p);
        const path = `${where.path}.positions[${k}]`;
        if (!pos || pos.kind !== 'position') issues.push({ ...where, path, message: `"${p}" is not a position` });
        else if (!pos.links.some((l) => l.relation === 'answers' && l.target === node.id)) issues.push({ ...where, path, message: `"${p}" does not answer ${node.id}, so it cannot belong to one of its answers` });
        const other = byPosition.get(p);
        if (other !== undefined && other !== answer.id) issues.push({ ...where, path, message: `position "${p}" is already listed under answer "${other}"; a position belongs to at most one answer` });
        else byPosition.set(p, answer.id);
      });
    });
    if (!seen.has(NOT_REACHED)) issues.push({ ...at(node.id, '.answers'), message: `${node.id} has no "not-reached" answer (answers: ${node.answers.map((a) => a.id).join(', ')})` });
    answerOf.set(node.id, byPosition);
  }

  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const source of sources) {
    checkJurisdiction(source.jurisdiction, at(source.id, '.jurisdiction'));
    source.operations.forEach((o, i) => checkOperation(o, at(source.id, `.operations[${i}]`)));
    if (source.court && !courts.has(source.court)) issues.push({ ...at(source.id, '.court'), message: `unknown court "${source.court}" (courts are listed in data/jurisdictions.json)` });
    if (typeof source.ownTitle === 'string' && source.ownTitle.trim() === source.title.trim())
      issues.push({ ...at(source.id, '.ownTitle'), message: '"ownTitle" repeats "title": leave it out where the title is the document\'s own' });
    source.appeal.forEach((link, i) => {
      if (!sourceIds.has(link.target)) issues.push({ ...at(source.id, `.appeal[${i}].target`), message: `appeal link to missing source "${link.target}"` });
    });
  }

  const holdings: LocatedHolding[] = [];
  for (const h of rawHoldings) {
    const where = at(h.id, '');
    const source = sourceById.get(h.source);
    if (!source) {
      issues.push({ ...where, path: `${where.path}.source`, message: `holding cites missing source "${h.source}"` });
    } else if (source.type !== 'judgment' && source.type !== 'decision' && source.type !== 'opinion') {
      issues.push({ ...where, path: `${where.path}.source`, message: `holdings come from rulings (judgment, decision or opinion), not from a ${source.type} ("${h.source}")` });
    }
    const question = nodeById.get(h.question);
    if (!question || question.kind !== 'question') {
      issues.push({ ...where, path: `${where.path}.question`, message: `holding for missing question "${h.question}"` });
    } else if (!question.answers.some((a) => a.id === h.answer)) {
      issues.push({
        ...where,
        path: `${where.path}.answer`,
        message: `"${h.answer}" is not an answer of ${h.question} (answers: ${question.answers.map((a) => a.id).join(', ') || 'none declared'})`,
      });
    } else {
      const byPosition = answerOf.get(question.id);
      h.adopts.forEach((p, i) => {
        const listed = byPosition?.get(p);
        if (listed !== undefined && listed !== h.answer) {
          issues.push({ ...where, path: `${where.path}.adopts[${i}]`, message: `adopts "${p}", which is listed under answer "${listed}" of ${h.question}, not under this holding's answer "${h.answer}"` });
        }
      });
    }
    const court = courts.get(h.court);
    if (!court) issues.push({ ...where, path: `${where.path}.court`, message: `unknown court "${h.court}" (courts are listed in data/jurisdictions.json)` });
    else if (court.jurisdiction !== h.jurisdiction) {
      issues.push({ ...where, path: `${where.path}.jurisdiction`, message: `court "${h.court}" belongs to ${court.jurisdiction}, not ${h.jurisdiction}` });
    }
    checkJurisdiction(h.jurisdiction, { ...where, path: `${where.path}.jurisdiction` });
    for (const field of ['adopts', 'rejects'] as const) {
      h[field].forEach((p, i) => {
        const n = nodeById.get(p);
        if (!n || n.kind !== 'position') issues.push({ ...where, path: `${where.path}.${field}[${i}]`, message: `"${p}" is not a position` });
      });
    }
    h.operations.forEach((o, k) => checkOperation(o, { ...where, path: `${where.path}.operations[${k}]` }));
    holdings.push({ ...h, date: source?.date ?? '' });
  }

  for (const actor of actors) {
    checkJurisdiction(actor.jurisdiction, at(actor.id, '.jurisdiction'));
    if (actor.court && !courts.has(actor.court)) issues.push({ ...at(actor.id, '.court'), message: `unknown court "${actor.court}"` });
  }
  for (const op of operations) {
    op.jurisdictions.forEach((j, i) => checkJurisdiction(j, at(op.id, `.jurisdictions[${i}]`)));
    op.figures.forEach((f, i) => checkCitation(f.citation, at(op.id, `.figures[${i}].citation`)));
    op.events.forEach((e, i) => checkCitation(e.citation, at(op.id, `.events[${i}].citation`)));
  }

  for (const cycle of findCycles(nodes)) {
    const first = cycle[0]!;
    issues.push({ ...at(first, '.links'), message: `support/attack cycle: ${[...cycle, first].join(' → ')}` });
  }

  if (issues.length) throw new CorpusError(issues);
  return { nodes, sources, actors, operations, jurisdictions, holdings, ...(withdrawn.length ? { withdrawn } : {}) };
}

/** Cycles along node links (each reported once, from its smallest id), by depth-first search. */
export function findCycles(nodes: ReadonlyArray<Pick<DebateNode, 'id' | 'links'>>): string[][] {
  const targets = new Map(nodes.map((n) => [n.id, n.links.map((l) => l.target)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of targets.get(id) ?? []) {
      if (!targets.has(next)) continue;
      const s = state.get(next);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const min = cycle.reduce((a, b) => (a < b ? a : b));
        const rotated = [...cycle.slice(cycle.indexOf(min)), ...cycle.slice(0, cycle.indexOf(min))];
        const key = rotated.join('>');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...targets.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
