/**
 * A seeded synthetic corpus, shaped exactly like data/, for benchmarks and tests of the map at
 * sizes the real corpus will never reach (hundreds to 10,000 nodes). Every record says it is
 * synthetic: titles start "Synthetic", URLs point at example.org, and no real case, court ruling,
 * date or quote is implied. Same seed and size → byte-identical files.
 *
 * Also here: generateGridQuestions, a regular grid of questions for tests that need a known shape.
 * Both build their records with lib/synthetic/records.ts, as the hand-shaped test scenarios do.
 */
import type { RawFile } from '@/lib/data/validate';
import { answerSet, argumentRecord, holdingRecord, positionRecord, questionFile, questionRecord, sourceFile, syntheticUrl } from './records';
import { ACTOR_KINDS, AUTHORITY_LEVELS, VERIFICATION_STATUSES, type ActorKind } from '@/lib/model/schema';

export interface SyntheticOptions {
  /** How many debate nodes (questions, positions, arguments and facts) to generate; at least 4. */
  nodes: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. */
  seed?: number;
}

/** Mulberry32: a tiny, fast, seedable PRNG (deterministic across platforms). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JURISDICTIONS = [
  { code: 'EU', name: 'European Union (synthetic)' },
  { code: 'ECHR', name: 'Council of Europe (synthetic)' },
  { code: 'DE', name: 'Germany (synthetic)' },
  { code: 'NL', name: 'Netherlands (synthetic)' },
  { code: 'FR', name: 'France (synthetic)' },
  { code: 'BE', name: 'Belgium (synthetic)' },
  { code: 'GB', name: 'United Kingdom (synthetic)' },
  { code: 'IT', name: 'Italy (synthetic)' },
  { code: 'SE', name: 'Sweden (synthetic)' },
];
const OPERATIONS = ['syn-alpha', 'syn-bravo', 'syn-charlie', 'syn-delta', 'syn-echo'];
const SUBJECTS = ['interception', 'warrant', 'handset data', 'server image', 'mutual trust', 'disclosure', 'proportionality', 'notification', 'encryption', 'metadata', 'chain of custody', 'remedy', 'forum', 'exclusion', 'reliability', 'bulk collection', 'retention', 'hash values', 'source code', 'investigating judge'];
const VERBS = ['requires', 'excludes', 'limits', 'outweighs', 'does not affect', 'depends on', 'undermines', 'presupposes', 'justifies', 'rules out'];
const OBJECTS = ['judicial review', 'the defence', 'fair trial rights', 'the requesting state', 'the executing state', 'national law', 'the Charter', 'Article 8', 'Article 6', 'the trial court', 'the evidence', 'the users'];

function slug(words: string): string {
  return words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function generateSyntheticFiles({ nodes: total, seed = 1 }: SyntheticOptions): RawFile[] {
  if (!Number.isInteger(total) || total < 4) throw new Error(`synthetic corpus: nodes must be an integer ≥ 4, got ${total}`);
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const files: RawFile[] = [];

  files.push({
    path: 'data/jurisdictions.json',
    data: {
      jurisdictions: JURISDICTIONS.map((j) => ({
        code: j.code,
        name: j.name,
        courts: [
          { id: `syn-${j.code.toLowerCase()}-apex`, name: `Synthetic apex court (${j.code})`, level: j.code === 'EU' || j.code === 'ECHR' ? 'supranational' : 'supreme', rank: 1 },
          { id: `syn-${j.code.toLowerCase()}-appeal`, name: `Synthetic appeal court (${j.code})`, level: 'appeal', rank: 2 },
        ],
      })),
    },
  });

  const actorsByKind = new Map<ActorKind, string[]>();
  const addActor = (kind: ActorKind, index: number, jurisdiction: string, court?: string) => {
    const id = `${kind === 'advocate-general' ? 'ag' : kind === 'government' ? 'gov' : kind}-syn-${jurisdiction.toLowerCase()}-${index}`;
    actorsByKind.set(kind, [...(actorsByKind.get(kind) ?? []), id]);
    files.push({ path: `data/actors/${id}.json`, data: { id, kind, name: `Synthetic ${kind.replace('-', ' ')} ${jurisdiction} ${index}`, jurisdiction, ...(court ? { court } : {}) } });
  };
  for (const j of JURISDICTIONS) {
    addActor('court', 1, j.code, `syn-${j.code.toLowerCase()}-apex`);
    addActor('court', 2, j.code, `syn-${j.code.toLowerCase()}-appeal`);
  }
  for (const kind of ACTOR_KINDS) if (kind !== 'court') for (let i = 1; i <= 3; i++) addActor(kind, i, pick(JURISDICTIONS).code);
  const allActors = [...actorsByKind.values()].flat();

  for (const op of OPERATIONS) {
    files.push({ path: `data/operations/${op}.json`, data: { id: op, name: `Synthetic operation ${op.slice(4)}`, summary: 'A synthetic operation generated for benchmarks.', jurisdictions: [pick(JURISDICTIONS).code] } });
  }

  const sourceCount = Math.max(12, Math.round(total / 15));
  const sources: { id: string; type: string; jurisdiction: string; court?: string; date: string }[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const j = pick(JURISDICTIONS).code;
    const ruling = i % 3 === 0;
    const type = ruling ? 'judgment' : pick(['article', 'report', 'news', 'press-release', 'legislation'] as const);
    const authority = ruling ? 'court' : type === 'legislation' ? 'primary-law' : type === 'article' ? 'scholarship' : type === 'news' ? 'press' : pick(AUTHORITY_LEVELS);
    const id = `syn-src-${i + 1}`;
    const date = `${2018 + Math.floor(rnd() * 8)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const court = ruling ? `syn-${j.toLowerCase()}-${chance(0.5) ? 'apex' : 'appeal'}` : undefined;
    sources.push({ id, type, jurisdiction: j, court, date });
    const title = `Synthetic ${type} ${i + 1} on ${pick(SUBJECTS)}`;
    const status = pick(VERIFICATION_STATUSES);
    files.push(
      sourceFile(
        {
          id,
          type,
          title,
          issuer: ruling ? `Synthetic court ${j}` : `Synthetic publisher ${1 + (i % 7)}`,
          court,
          jurisdiction: j,
          date,
          url: syntheticUrl(`synthetic/${id}`),
          authority,
          verification: { status, notes: 'Synthetic record for benchmarks.' },
          summary: `A synthetic ${type} generated for benchmarks and tests.`,
        },
        { operations: [pick(OPERATIONS)] },
      ),
    );
  }

  const statement = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
  const citations = () =>
    Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => {
      const s = pick(sources);
      return {
        source: s.id,
        pinpoint: { kind: 'paragraph', value: String(1 + Math.floor(rnd() * 200)) },
        ...(chance(0.2) ? { quote: { text: `synthetic quoted words about ${pick(SUBJECTS)}`, language: 'en' } } : {}),
      };
    });
  const later = (date: string) => {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const months = y * 12 + (m - 1) + Math.floor(rnd() * 18);
    const year = Math.min(2025, Math.floor(months / 12));
    const month = year === 2025 && Math.floor(months / 12) > 2025 ? 12 : (months % 12) + 1;
    return chance(0.15) ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  };
  const common = (id: string, date: string, kindWord: string) => {
    const words = statement();
    return {
      id,
      title: `Synthetic ${kindWord}: ${words}`.slice(0, 90),
      text: `A synthetic ${kindWord} generated for benchmarks: ${words}, because ${statement()}.`,
      firstStated: date,
      operations: chance(0.8) ? [pick(OPERATIONS)] : [],
      jurisdictions: chance(0.85) ? [pick(JURISDICTIONS).code] : [],
    };
  };

  interface Made {
    id: string;
    kind: 'question' | 'position' | 'argument' | 'fact';
    root: number;
    date: string;
    links: { relation: string; target: string; via?: string }[];
  }
  const questionCount = Math.max(2, Math.round(total / 60));
  const perQuestion: { question: Record<string, unknown>; positions: Record<string, unknown>[]; arguments: Record<string, unknown>[] }[] = [];
  const facts = new Map<string, Record<string, unknown>[]>();
  const made: Made[] = [];
  const claims: Made[] = [];
  const factsMade: Made[] = [];

  for (let q = 0; q < questionCount; q++) {
    const id = `q-syn-${q + 1}`;
    const date = `${2018 + Math.floor(rnd() * 4)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-01`;
    const links = q > 0 && chance(0.15) ? [{ relation: 'subquestion-of', target: made[Math.floor(rnd() * q)]!.id }] : [];
    const m: Made = { id, kind: 'question', root: q, date, links };
    made.push(m);
    perQuestion.push({ question: { ...common(id, date, 'question'), title: `Synthetic question ${q + 1}: does ${statement()}?`.slice(0, 90), kind: 'question', links }, positions: [], arguments: [] });
  }
  let n = questionCount;
  for (let q = 0; q < questionCount && n < total; q++) {
    const count = 2 + Math.floor(rnd() * 3);
    for (let p = 0; p < count && n < total; p++, n++) {
      const id = `pos-syn-${n}`;
      const date = later(made[q]!.date);
      const links = [{ relation: 'answers', target: made[q]!.id }];
      const m: Made = { id, kind: 'position', root: q, date, links };
      made.push(m);
      claims.push(m);
      perQuestion[q]!.positions.push({ ...common(id, date, 'position'), kind: 'position', links, advancedBy: [pick(allActors)], citations: citations() });
    }
  }
  // Arguments and facts attach to earlier claims only, so the link graph stays acyclic.
  for (; n < total; n++) {
    const isFact = chance(0.06);
    // Prefer recent claims so trees grow deep as well as wide.
    const parent = chance(0.6) ? claims[Math.max(0, claims.length - 1 - Math.floor(rnd() * 40))]! : pick(claims);
    const date = later(parent.date);
    const relation = chance(0.5) ? 'supports' : 'opposes';
    const links: Made['links'] = [];
    if (!isFact && parent.kind === 'argument' && chance(0.08)) {
      const inference = parent.links.find((l) => l.relation === 'supports' || l.relation === 'opposes');
      if (inference) links.push({ relation: 'undercuts', target: parent.id, via: inference.target });
    }
    if (links.length === 0) links.push({ relation, target: parent.id });
    if (chance(0.08)) {
      const other = pick(claims);
      if (other.id !== parent.id) links.push({ relation: chance(0.5) ? 'supports' : 'opposes', target: other.id });
    }
    if (isFact) {
      const id = `fact-syn-${n}`;
      const m: Made = { id, kind: 'fact', root: parent.root, date, links };
      factsMade.push(m);
      const status = pick(['established', 'contested', 'unknown'] as const);
      const op = pick(OPERATIONS);
      facts.set(op, [
        ...(facts.get(op) ?? []),
        { ...common(id, date, 'fact'), kind: 'fact', status, establishedBy: status === 'established' ? [pick(actorsByKind.get('court')!)] : [], links, advancedBy: chance(0.5) ? [pick(allActors)] : [], citations: citations() },
      ]);
      continue;
    }
    if (factsMade.length && chance(0.05)) links.push({ relation: 'relies-on-fact', target: pick(factsMade).id });
    const id = `arg-syn-${n}`;
    const m: Made = { id, kind: 'argument', root: parent.root, date, links };
    claims.push(m);
    perQuestion[parent.root]!.arguments.push({ ...common(id, date, 'argument'), kind: 'argument', links, advancedBy: [pick(allActors)], ...(chance(0.3) ? { advancedBy: [pick(allActors), pick(allActors)].filter((a, i, all) => all.indexOf(a) === i) } : {}), citations: citations() });
  }

  perQuestion.forEach((file, q) => {
    const num = String(q + 1).padStart(3, '0');
    // One answer per position, a spare answer when there are fewer than two, and "not-reached": the shape every question has.
    const answerOf = new Map<string, string>();
    const answers = file.positions.map((p, i) => {
      answerOf.set(String(p.id), `answer-${i + 1}`);
      return { id: `answer-${i + 1}`, label: `Synthetic answer ${i + 1}`, meaning: 'A synthetic answer generated for benchmarks.', positions: [String(p.id)] };
    });
    while (answers.length < 2) answers.push({ id: `answer-${answers.length + 1}`, label: `Synthetic answer ${answers.length + 1}`, meaning: 'A synthetic answer generated for benchmarks.', positions: [] });
    file.question.answers = answerSet(answers);
    files.push({ path: `data/questions/q${num}-${slug(String(file.question.id))}.json`, data: file });
    const rulings = sources.filter((s) => s.type === 'judgment');
    const holdings = file.positions.slice(0, 1 + Math.floor(rnd() * 2)).map((p, i) => {
      const s = pick(rulings);
      const { disposition, ...evidence } = pick([{ disposition: 'dismissed' }, { disposition: 'convicted', evidence: 'admitted' }, { disposition: 'evidence-ruling', evidence: 'excluded' }, { disposition: 'declared-inadmissible' }] as const);
      return holdingRecord(
        { id: `h-syn-${q + 1}-${i + 1}`, source: s.id, question: String(file.question.id), jurisdiction: s.jurisdiction, court: s.court!, answer: answerOf.get(String(p.id))!, disposition, summary: 'A synthetic holding generated for benchmarks.' },
        { ...evidence, pinpoint: { kind: 'paragraph', value: String(1 + Math.floor(rnd() * 150)) }, adopts: [p.id] },
      );
    });
    if (holdings.length) files.push({ path: `data/holdings/q${num}-${slug(String(file.question.id))}.json`, data: { holdings } });
  });
  for (const [op, list] of facts) files.push({ path: `data/facts/${op}.json`, data: { facts: list } });
  return files;
}

export interface GridSize {
  questions: number;
  positionsPerQuestion: number;
  argumentsPerPosition: number;
}

/**
 * A regular grid of questions, positions and arguments with predictable ids (q-syn-01,
 * pos-syn-01-02, arg-syn-01-02-03), for tests that need a corpus of a known shape rather than a
 * random one. The sources and actors it cites are the caller's, so it can sit on any base corpus.
 */
export function generateGridQuestions(size: GridSize, uses: { sources: string[]; positionActors: [string, string]; argumentActor: string }): RawFile[] {
  for (const [name, value] of Object.entries(size)) if (!Number.isInteger(value) || value < 0) throw new Error(`synthetic grid: ${name} must be an integer ≥ 0, got ${value}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  const { sources } = uses;
  const files: RawFile[] = [];
  for (let q = 1; q <= size.questions; q++) {
    const qid = `q-syn-${pad(q)}`;
    const positions: Record<string, unknown>[] = [];
    const args: Record<string, unknown>[] = [];
    for (let p = 1; p <= size.positionsPerQuestion; p++) {
      const pid = `pos-syn-${pad(q)}-${pad(p)}`;
      positions.push(
        positionRecord(
          { id: pid, title: `Synthetic position ${q}.${p}`, text: `Synthetic position ${p} answering synthetic question ${q}, for tests only.`, firstStated: '2022-01-01' },
          qid,
          [uses.positionActors[(p + 1) % 2]!],
          [{ source: sources[(q + p) % sources.length]!, pinpoint: { kind: 'paragraph', value: String(10 + p) } }],
        ),
      );
      for (let a = 1; a <= size.argumentsPerPosition; a++) {
        args.push(
          argumentRecord(
            { id: `arg-syn-${pad(q)}-${pad(p)}-${pad(a)}`, title: `Synthetic argument ${q}.${p}.${a}`, text: `Synthetic argument ${a} ${a % 2 ? 'for' : 'against'} position ${q}.${p}, for tests only.`, firstStated: '2022-06' },
            [{ relation: a % 2 ? 'supports' : 'opposes', target: pid }],
            [uses.argumentActor],
            [{ source: sources[(q + p + a) % sources.length]! }],
          ),
        );
      }
    }
    const question = questionRecord({ id: qid, title: `Synthetic question ${q}?`, text: `Is this synthetic question ${q} for tests?`, firstStated: '2021' }, [
      { id: 'first', label: 'First answer', meaning: 'A synthetic answer for tests.', positions: positions.slice(0, 1).map((p) => String(p.id)) },
      { id: 'second', label: 'Second answer', meaning: 'A synthetic answer for tests.', positions: positions.slice(1).map((p) => String(p.id)) },
    ]);
    // Files are numbered from q02: q01 is left to the base corpus the grid sits on.
    files.push(questionFile(`data/questions/q${pad(q + 1)}-syn.json`, question, positions, args));
  }
  return files;
}
