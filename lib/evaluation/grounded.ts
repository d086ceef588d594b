/**
 * Grounded labelling of an abstract argumentation framework (Dung 1995), computed the way
 * Caminada (2006) and Modgil & Caminada (2009) describe it: label "in" every argument whose
 * attackers are all "out", label "out" every argument attacked by an "in" argument, repeat until
 * nothing changes, and label the rest "undecided". The result is the unique grounded labelling:
 * the most sceptical position a reader can take while accepting only what cannot be doubted.
 *
 * The framework builder takes any list of attacks (cycles and self-attacks included) even though
 * the validated corpus is acyclic, so the textbook frameworks can be checked and so an overlay
 * with extra attacks (e.g. holdings taken as settled) still labels correctly.
 */

export type Label = 'in' | 'out' | 'undecided';

export interface Attack {
  from: string;
  to: string;
}

export interface Framework {
  /** Argument ids; order does not affect the result. */
  args: readonly string[];
  attacks: readonly Attack[];
}

/** Why an argument has its label, as data (the words are written by explainLabel). */
export type Reason =
  /** in: nothing attacks it. */
  | { label: 'in'; kind: 'unattacked' }
  /** in: every attacker is out (it is defended). */
  | { label: 'in'; kind: 'defended'; attackersOut: string[] }
  /** out: attacked by an argument that is in; `by` lists those, the first settled earliest. */
  | { label: 'out'; kind: 'defeated'; by: string[] }
  /** undecided: no attacker is in, but some attacker is undecided; `cycle` when it sits on a cycle of at most MAX_CYCLE undecided attacks. */
  | { label: 'undecided'; kind: 'unresolved'; undecidedAttackers: string[]; cycle: string[] | undefined };

export interface Labelling {
  labels: ReadonlyMap<string, Label>;
  /** The round (1, 2, …) in which an in/out label was settled; undecided arguments have none. */
  round: ReadonlyMap<string, number>;
  reasons: ReadonlyMap<string, Reason>;
  attackers: ReadonlyMap<string, readonly string[]>;
}

/** The grounded labelling; attacks naming unknown arguments are an error (they would silently change the result). */
export function groundedLabelling(framework: Framework): Labelling {
  const args = [...new Set(framework.args)].sort();
  const known = new Set(args);
  const attackers = new Map<string, string[]>(args.map((a) => [a, []]));
  for (const { from, to } of framework.attacks) {
    if (!known.has(from) || !known.has(to)) {
      throw new Error(`attack ${from} → ${to} names an argument that is not in the framework (${!known.has(from) ? from : to})`);
    }
    const list = attackers.get(to)!;
    if (!list.includes(from)) list.push(from);
  }
  for (const list of attackers.values()) list.sort();

  // Worklist form of the round-by-round definition, linear in arguments + attacks: an argument becomes
  // in the round after its last attacker went out; everything an in argument attacks goes out that round.
  const targets = new Map<string, string[]>(args.map((a) => [a, []]));
  for (const [to, list] of attackers) for (const from of list) targets.get(from)!.push(to);
  const notOut = new Map(args.map((a) => [a, attackers.get(a)!.length]));
  const labels = new Map<string, Label>();
  const round = new Map<string, number>();
  let candidates = args.filter((a) => notOut.get(a) === 0);
  for (let r = 1; candidates.length > 0; r++) {
    const newIn = candidates.filter((a) => !labels.has(a));
    for (const a of newIn) {
      labels.set(a, 'in');
      round.set(a, r);
    }
    const next: string[] = [];
    for (const a of newIn) {
      for (const t of targets.get(a)!) {
        if (labels.has(t)) continue;
        labels.set(t, 'out');
        round.set(t, r);
        for (const u of targets.get(t)!) {
          const left = notOut.get(u)! - 1;
          notOut.set(u, left);
          if (left === 0 && !labels.has(u)) next.push(u);
        }
      }
    }
    candidates = [...new Set(next)].sort();
  }
  for (const a of args) if (!labels.has(a)) labels.set(a, 'undecided');

  const reasons = new Map<string, Reason>();
  for (const a of args) {
    const att = attackers.get(a)!;
    const label = labels.get(a)!;
    if (label === 'in') {
      reasons.set(a, att.length === 0 ? { label, kind: 'unattacked' } : { label, kind: 'defended', attackersOut: att });
    } else if (label === 'out') {
      const by = att.filter((b) => labels.get(b) === 'in').sort((x, y) => round.get(x)! - round.get(y)! || x.localeCompare(y));
      reasons.set(a, { label, kind: 'defeated', by });
    } else {
      const undecidedAttackers = att.filter((b) => labels.get(b) === 'undecided');
      reasons.set(a, { label, kind: 'unresolved', undecidedAttackers, cycle: undecidedCycle(a, attackers, labels) });
    }
  }
  return { labels, round, reasons, attackers };
}

/**
 * The shortest cycle of undecided attacks through `start`, as [start, …] where each attacks the
 * next and the last attacks start; undefined when the argument is only downstream of a cycle.
 */
/** Longer cycles are not spelled out (an explanation naming dozens of arguments helps nobody), and the search stays cheap. */
export const MAX_CYCLE = 12;

function undecidedCycle(start: string, attackers: ReadonlyMap<string, readonly string[]>, labels: ReadonlyMap<string, Label>): string[] | undefined {
  // Breadth-first backwards along attacks (attacker of attacker …) finds the shortest way back to start.
  const previous = new Map<string, string>();
  let frontier = [start];
  for (let depth = 0; frontier.length && depth < MAX_CYCLE; depth++) {
    const next: string[] = [];
    for (const cur of frontier) {
      for (const b of attackers.get(cur) ?? []) {
        if (labels.get(b) !== 'undecided') continue;
        if (b === start) {
          // previous maps an attacker to the argument it attacks, so from cur it leads on to start:
          // start attacks cur, cur attacks previous(cur), …, and the last one attacks start.
          const path = [start];
          for (let p = cur; p !== start; p = previous.get(p)!) path.push(p);
          return path;
        }
        if (!previous.has(b) && b !== start) {
          previous.set(b, cur);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

/** Counts per label, for summaries. */
export function countLabels(labelling: Labelling, ids?: Iterable<string>): Record<Label, number> {
  const counts: Record<Label, number> = { in: 0, out: 0, undecided: 0 };
  for (const id of ids ?? labelling.labels.keys()) {
    const l = labelling.labels.get(id);
    if (l) counts[l]++;
  }
  return counts;
}
