/**
 * The server checks data/ against its build's model when it starts (instrumentation.ts): data edited
 * after the build that the build cannot read stops the start, naming the file and the problem,
 * instead of dropping records and answering 500 page by page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/server';

const work = mkdtempSync(join(tmpdir(), 'admissible-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('server start', () => {
  it('refuses data the build cannot read, naming the file and the problem', async () => {
    const dataDir = join(work, 'data');
    cpSync(join(process.cwd(), 'data'), dataDir, { recursive: true });
    const file = join(dataDir, 'jurisdictions.json');
    const jurisdictions = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...jurisdictions, addedAfterTheBuild: true }));
    const started = startServer({ ADMISSIBLE_DATA_DIR: dataDir });
    await expect(started).rejects.toThrow(/the server exited with 1/);
    const message = String(await started.catch((e: Error) => e.message));
    expect(message).toContain('does not fit this build of the site');
    expect(message).toContain('data/jurisdictions.json: $: Unrecognized key: "addedAfterTheBuild"');
    expect(message).toContain('npm run check:data');
  }, 60_000);

  it('starts on data that fits', async () => {
    const server = await startServer();
    try {
      expect((await fetch(server.url + '/')).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
