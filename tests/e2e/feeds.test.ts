/**
 * Atom feeds over HTTP: linked from the pages they follow, parsed by a real feed parser, and
 * carrying a contribution within seconds of its approval (and dropping it once rejected later).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { addModerator } from '@/lib/store/moderators';
import { startStoreServer, signIn, type StoreServer } from '../support/store-server';
import { validBody } from '../support/contribution';

const corpus = indexCorpus(loadCorpus());
const PASSWORD = 'a moderator password for feed tests';
let s: StoreServer;

beforeAll(async () => {
  s = await startStoreServer();
  await addModerator(s.store, 'feeds@example.org', PASSWORD, new Date());
});
afterAll(async () => {
  await s?.stop();
});

function alternates(html: string): string[] {
  return [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes('application/atom+xml')).map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
}

async function feed(path: string) {
  const res = await fetch(`${s.url}${path}`);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  const xml = await res.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  return parseFeed(xml);
}

describe('Atom feeds', () => {
  it('the home page links the site feed, which parses and lists the corpus rulings', async () => {
    const html = await (await fetch(`${s.url}/`)).text();
    expect(alternates(html)).toContain('/feed.atom');
    expect(html).toContain('href="/feed.atom"');
    const f = await feed('/feed.atom');
    expect(f.meta.type).toBe('atom');
    expect(f.items.length).toBeGreaterThan(10);
    expect(f.self).toBe(`${s.url}/feed.atom`);
    for (const item of f.items) expect(item.url, item.title ?? '').toMatch(new RegExp(`^${s.url}/`));
  });

  it('question, jurisdiction and operation pages link their own feeds, and each parses', async () => {
    const question = corpus.graph.roots[0]!;
    const op = corpus.operations[0]!.id;
    for (const [page, path] of [
      [`/questions/${question}`, `/questions/${question}/feed.atom`],
      ['/jurisdictions/de', '/jurisdictions/de/feed.atom'],
      [`/operations/${op}`, `/operations/${op}/feed.atom`],
    ] as const) {
      const html = await (await fetch(`${s.url}${page}`)).text();
      expect(alternates(html), page).toEqual(['/feed.atom', path]);
      const f = await feed(path);
      expect(f.items.length, path).toBeGreaterThan(0);
    }
  });

  it('unknown scopes answer 404 naming what was asked for', async () => {
    for (const path of ['/questions/q-no-such-question/feed.atom', '/jurisdictions/zz/feed.atom', '/operations/no-such-op/feed.atom']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toMatch(/no (question|jurisdiction|operation) "/);
    }
  });

  it('an approved contribution is in the site and question feeds within 5 s, with its contributor and its own page', async () => {
    const body = validBody(corpus, { title: 'A feed-borne argument about remedies', contributor: { name: 'Feed Tester' } });
    const submitted = await fetch(`${s.url}/api/contributions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: s.url }, body: JSON.stringify(body) });
    expect(submitted.status).toBe(201);
    const { id } = await submitted.json();
    const { cookie } = await signIn(s.url, 'feeds@example.org', PASSWORD);
    const decide = (fields: Record<string, string>) =>
      fetch(`${s.url}/api/moderate/contributions/${id}`, { method: 'POST', redirect: 'manual', headers: { origin: s.url, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    expect((await decide({ action: 'approve' })).status).toBe(303);
    const started = Date.now();
    const question = corpus.graph.rootOf(body.target as string)!;
    let found = false;
    while (!found && Date.now() - started < 5_000) {
      found = (await feed('/feed.atom')).items.some((i) => i.title === 'Argument: A feed-borne argument about remedies');
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found).toBe(true);
    const q = await feed(`/questions/${question}/feed.atom`);
    const item = q.items.find((i) => i.title === 'Argument: A feed-borne argument about remedies')!;
    expect(item.url).toBe(`${s.url}/node/community-${id}`);
    expect((await fetch(item.url!)).status).toBe(200);
    expect(item.authors[0]!.name).toBe('Feed Tester');
  });
});
