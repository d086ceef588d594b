/**
 * npm run check:crash [-- --kills 10]
 * kill -9 the server in the middle of a burst of submissions, `kills` times. After each kill:
 * every acknowledged (201) submission is in the database, each with its audit entry, and
 * PRAGMA integrity_check is ok. Then the server restarts on the same file. Needs a build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { startServer } from '../tests/support/server';
import { loadCorpus } from '@/lib/data/read';
import { validBody } from '../tests/support/contribution';

export interface CrashRound {
  acknowledged: number;
  rows: number;
  missing: number;
  integrity: string;
  auditMismatch: number;
}

export async function runCrashCheck(options: { kills: number; clients?: number; log?: (line: string) => void }): Promise<CrashRound[]> {
  const dir = mkdtempSync(join(tmpdir(), 'admissible-crash-'));
  const dbFile = join(dir, 'crash.sqlite');
  const body = JSON.stringify(validBody(loadCorpus()));
  const acked = new Set<string>();
  const rounds: CrashRound[] = [];
  try {
    for (let round = 0; round < options.kills; round++) {
      const server = await startServer({ ADMISSIBLE_DB_FILE: dbFile, RATE_LIMIT_MAX: '1000000000', RATE_LIMIT_GLOBAL_MAX: '1000000000' });
      let stop = false;
      const client = async () => {
        while (!stop) {
          try {
            const res = await fetch(`${server.url}/api/contributions`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body });
            if (res.status === 201) acked.add(((await res.json()) as { id: string }).id);
            else if (res.status >= 500) throw new Error(`HTTP ${res.status} before the kill`);
          } catch (e) {
            if (!stop && !(e instanceof TypeError)) throw e;
            return; // the connection died with the server
          }
        }
      };
      const ackedBefore = acked.size;
      const clients = Array.from({ length: options.clients ?? 20 }, client);
      // Kill in the middle of the burst: once this round's writes are being acknowledged, at a varying moment.
      const deadline = Date.now() + 30_000;
      while (acked.size === ackedBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      if (acked.size === ackedBefore) throw new Error(`round ${round + 1}: no submission was acknowledged within 30 s`);
      await new Promise((r) => setTimeout(r, 100 + ((round * 337) % 800)));
      const exited = new Promise((r) => server.process.once('exit', r));
      process.kill(server.process.pid!, 'SIGKILL');
      await exited;
      stop = true;
      await Promise.all(clients);

      const db = new Sqlite(dbFile);
      const integrity = String(db.pragma('integrity_check', { simple: true }));
      const ids = new Set((db.prepare('select id from contributions').all() as { id: string }[]).map((r) => r.id));
      const audited = Number((db.prepare("select count(*) as n from audit_log where action = 'submit'").get() as { n: number }).n);
      db.close();
      const missing = [...acked].filter((id) => !ids.has(id)).length;
      const result = { acknowledged: acked.size, rows: ids.size, missing, integrity, auditMismatch: ids.size - audited };
      rounds.push(result);
      options.log?.(`kill ${round + 1}: ${acked.size} acknowledged so far, ${ids.size} rows, ${missing} missing, integrity_check ${integrity}, rows without audit entry ${result.auditMismatch}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rounds;
}

if (process.argv[1]?.endsWith('crash-check.ts')) {
  const i = process.argv.indexOf('--kills');
  const kills = i >= 0 ? Number(process.argv[i + 1]) : 10;
  runCrashCheck({ kills, log: console.log })
    .then((rounds) => {
      const bad = rounds.filter((r) => r.missing || r.integrity !== 'ok' || r.auditMismatch);
      if (bad.length) {
        console.error(`FAILED: ${bad.length} of ${rounds.length} kills lost acknowledged submissions or damaged the database`);
        process.exit(1);
      }
      console.log(`crash check: ${rounds.length} kills, ${rounds.at(-1)?.acknowledged ?? 0} acknowledged submissions, none lost, integrity ok`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
