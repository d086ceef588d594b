/**
 * Readers supplying what is missing, in chromium against `next start`: a pinpoint suggested from a
 * node page's "Suggest a pinpoint" link, approved by a moderator, then shown on the node page with
 * its provenance; an approved community node's own page, found by the search boxes until it is
 * withdrawn; and the contribution form without JavaScript: a missing field comes back beside its
 * input with what was typed kept, and the corrected form lands on the status page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { addModerator } from '@/lib/store/moderators';
import { getContribution } from '@/lib/store/contributions';
import { launchBrowser, watchProblems, type Browser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { signIn, startStoreServer, type StoreServer } from '../support/store-server';
import { validBody } from '../support/contribution';

const corpus = indexCorpus(loadCorpus());
const PASSWORD = 'a moderator password for tests';
let s: StoreServer;
let browser: Browser;
let noScript: Browser;

beforeAll(async () => {
  s = await startStoreServer();
  await addModerator(s.store, 'mod@example.org', PASSWORD, new Date());
  browser = await launchBrowser();
  noScript = await launchBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await noScript?.close();
  await s?.stop();
});

describe('suggest a pinpoint', () => {
  it('from the node page, approved by a moderator, shown on the node page with its provenance', async () => {
    const node = corpus.nodes.find((n) => n.kind !== 'question' && n.citations.some((c) => c.unpinned))!;
    const index = node.citations.findIndex((c) => c.unpinned);
    const href = `/contribute?suggest=pinpoint&target=${node.id}&citation=${index}`;
    const page = await browser.context.newPage();
    const problems = watchProblems(page, s.url);
    await page.goto(`${s.url}/node/${node.id}`, { waitUntil: 'networkidle' });
    const link = page.locator(`a.suggest-pinpoint[href="${href}"]`);
    expect(await link.textContent()).toBe('Suggest a pinpoint');
    // The node's citations are folded under "n citations".
    await page.locator('details:has(a.suggest-pinpoint) > summary').first().click();
    await Promise.all([page.waitForURL(`${s.url}${href}`), link.click()]);
    expect(await page.textContent('h1')).toBe('Suggest a pinpoint');
    expect(await axeViolations(page)).toEqual([]);

    // Sent with a field missing: the error is beside its field.
    await page.selectOption('#f-pinpoint-kind', 'paragraph');
    await page.fill('#f-pinpoint-value', '57');
    await page.fill('#f-excerpt', 'the words a reader found at this paragraph');
    await page.check('#f-coi-none');
    await page.check('#f-licence');
    await page.fill('#f-contributor-name', 'Reader in a test');
    await Promise.all([page.waitForURL(/\/contribute\?draft=/), page.click('main button[type=submit]')]);
    expect(await page.textContent('#f-seenAt-error')).toContain('https');
    expect(await page.getAttribute('#f-seenAt', 'aria-describedby')).toBe('f-seenAt-error');
    expect(await page.inputValue('#f-pinpoint-value')).toBe('57');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#f-seenAt', 'https://example.org/full-text-of-the-judgment');
    await Promise.all([page.waitForURL(/\/contributions\/[0-9a-f]{24}$/), page.click('main button[type=submit]')]);
    const id = page.url().split('/').pop()!;
    expect(await getContribution(s.store, id)).toMatchObject({ status: 'pending', kind: 'pinpoint', target: node.id });
    expect(await page.textContent('main')).toContain('para 57');

    // A moderator sees its kind in the queue and approves it.
    await page.goto(`${s.url}/moderate`);
    await page.fill('#email', 'mod@example.org');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${s.url}/moderate`), page.click('main button[type=submit]')]);
    const item = page.locator(`#c-${id}`);
    expect(await item.textContent()).toContain('Pinpoint suggestion');
    await Promise.all([page.waitForURL(/notice=approved/), item.locator('form:has(input[value=approve]) button').click()]);
    expect(await getContribution(s.store, id)).toMatchObject({ status: 'approved', decidedBy: 'mod@example.org' });

    // The node page shows it beside the citation, with who suggested it, that a moderator checked it, and its record.
    await page.goto(`${s.url}/node/${node.id}`, { waitUntil: 'networkidle' });
    await page.locator('details:has(a.suggest-pinpoint) > summary').first().click();
    const shown = page.locator(`a.suggest-pinpoint[href="${href}"] + .reader-pinpoint`);
    await shown.waitFor();
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('para 57');
    expect(text).toContain('suggested by Reader in a test, checked by a moderator');
    expect(text).toContain('example.org');
    expect(await shown.locator('a', { hasText: 'Contribution record' }).getAttribute('href')).toBe(`/contributions/${id}`);
    // And the API gives the citation with its pinpoint.
    const api = await (await fetch(`${s.url}/api/community/pinpoints`)).json();
    expect(api.items).toEqual([expect.objectContaining({ target: node.id, citation: index, pinpoint: { kind: 'paragraph', value: '57', seenAt: 'https://example.org/full-text-of-the-judgment' } })]);
    expect(problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    await page.close();
  });
});

describe('contribute without JavaScript', () => {
  it('a missing field comes back beside its input with the rest kept; the corrected form lands on the status page', async () => {
    const target = corpus.nodes.find((n) => n.kind === 'position')!;
    const source = corpus.sources[0]!;
    const page = await noScript.context.newPage();
    await page.goto(`${s.url}/contribute?target=${target.id}`);
    // No script ran: the form never became interactive, so every optional part is in the page.
    expect(await page.locator('form[data-ready]').count()).toBe(0);
    expect(await page.locator('form.contribute-form').getAttribute('action')).toBe('/contribute/submit');
    await page.check('input[name=kind][value=argument]');
    await page.fill('#f-title', 'An argument sent without JavaScript');
    // The text is left empty.
    await page.fill('#f-advancedBy-name', 'A scholar without scripts');
    await page.selectOption('#f-advancedBy-kind', 'scholar');
    await page.selectOption('#f-sources-0-existing', source.id);
    await page.check('#f-coi-none');
    await page.check('#f-licence');
    await Promise.all([page.waitForURL(/\/contribute\?draft=[0-9a-f]{24}/), page.click('main button[type=submit]')]);

    const summary = page.locator('.error-summary');
    expect(await summary.textContent()).toContain('Text');
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#f-text');
    expect(await page.textContent('#f-text-error')).toContain('at least 10 characters');
    expect(await page.getAttribute('#f-text', 'aria-describedby')).toBe('f-text-error');
    expect(await page.getAttribute('#f-text', 'aria-invalid')).toBe('true');
    // What was typed is kept.
    expect(await page.inputValue('#f-title')).toBe('An argument sent without JavaScript');
    expect(await page.inputValue('#f-advancedBy-name')).toBe('A scholar without scripts');
    expect(await page.inputValue('#f-sources-0-existing')).toBe(source.id);
    expect(await page.isChecked('#f-licence')).toBe(true);

    await page.fill('#f-text', 'The text, now given, of an argument sent without JavaScript.');
    await Promise.all([page.waitForURL(/\/contributions\/[0-9a-f]{24}$/), page.click('main button[type=submit]')]);
    const id = page.url().split('/').pop()!;
    expect(await getContribution(s.store, id)).toMatchObject({
      status: 'pending',
      kind: 'argument',
      target: target.id,
      submission: { title: 'An argument sent without JavaScript', text: 'The text, now given, of an argument sent without JavaScript.', advancedBy: { kind: 'scholar', name: 'A scholar without scripts' } },
    });
    expect(await page.textContent('main')).toContain('An argument sent without JavaScript');
    await page.close();
  });

  it('a ruling is proposed with an answer from its question, and lands in the queue as one', async () => {
    const question = corpus.nodes.find((n) => n.kind === 'question' && n.answers.length >= 3)!;
    const answer = question.kind === 'question' ? question.answers.find((a) => a.id !== 'not-reached')! : undefined;
    const court = corpus.jurisdictions.find((j) => j.courts.length)!.courts[0]!;
    // axe runs in a page with scripts; the proposal is sent from one without.
    const withScripts = await browser.context.newPage();
    await withScripts.goto(`${s.url}/contribute?suggest=ruling&target=${question.id}`);
    expect(await axeViolations(withScripts)).toEqual([]);
    await withScripts.close();
    const page = await noScript.context.newPage();
    await page.goto(`${s.url}/contribute?suggest=ruling&target=${question.id}`);
    await page.selectOption('#f-court', court.id);
    await page.selectOption('#f-type', 'judgment');
    await page.fill('#f-date', '2025-02-30');
    await page.fill('#f-identifiers-ecli', 'ECLI:XX:TEST:2025:1');
    await page.fill('#f-url', 'https://example.org/official-text');
    await page.selectOption('#f-answer', answer!.id);
    await page.selectOption('#f-disposition', 'dismissed');
    await page.fill('#f-summary', 'A summary of a ruling typed by the browser test.');
    await page.check('#f-coi-none');
    await page.check('#f-licence');
    await Promise.all([page.waitForURL(/\/contribute\?draft=/), page.click('main button[type=submit]')]);
    expect(await page.textContent('#f-date-error')).toContain('exist in the calendar');
    expect(await page.inputValue('#f-answer')).toBe(answer!.id);
    await page.fill('#f-date', '2025-02-03');
    await Promise.all([page.waitForURL(/\/contributions\/[0-9a-f]{24}$/), page.click('main button[type=submit]')]);
    const id = page.url().split('/').pop()!;
    expect(await getContribution(s.store, id)).toMatchObject({ status: 'pending', kind: 'ruling', target: question.id, submission: { court: court.id, answer: answer!.id, disposition: 'dismissed', identifiers: { ecli: 'ECLI:XX:TEST:2025:1' } } });
    expect(await page.textContent('main')).toContain(answer!.label);
    await page.close();
  });

  it('a cross-origin form post is refused', async () => {
    const res = await fetch(`${s.url}/contribute/submit`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ form: 'contribution', target: corpus.nodes[0]!.id }),
    });
    expect(res.status).toBe(403);
  });
});

describe('an approved community node', () => {
  it('has its own page with its provenance and a Cite box, the search boxes find it, and both let go of it once withdrawn', async () => {
    const title = 'Quokkas intercepted: a community argument on remedies';
    const body = validBody(corpus, {
      title,
      contributor: { name: 'Reader Numbat' },
      sources: [
        { existing: corpus.sources[0]!.id, pinpoint: { kind: 'paragraph', value: '12' } },
        { title: 'A reader’s article on quokkas', url: 'https://example.org/quokkas', date: '2025-05-06', type: 'article', jurisdiction: 'EU', pinpoint: { kind: 'page', value: '3' } },
      ],
    });
    const target = corpus.graph.node(body.target as string)!;
    const submitted = await fetch(`${s.url}/api/contributions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: s.url }, body: JSON.stringify(body) });
    expect(submitted.status).toBe(201);
    const { id } = (await submitted.json()) as { id: string };
    const path = `/node/community-${id}`;
    // Pending: no page yet.
    expect((await fetch(`${s.url}${path}`)).status).toBe(404);
    const { cookie } = await signIn(s.url, 'mod@example.org', PASSWORD);
    const decide = (fields: Record<string, string>) =>
      fetch(`${s.url}/api/moderate/contributions/${id}`, { method: 'POST', redirect: 'manual', headers: { origin: s.url, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    expect((await decide({ action: 'approve' })).status).toBe(303);
    const approvedOn = (await getContribution(s.store, id))!.decidedAt!.slice(0, 10);
    // The search boxes' live supplement holds it: revalidated by ETag on every load, and by asOf.
    const supplement = `${s.url}/api/search/community`;
    const ids = async (url: string) => ((await (await fetch(url)).json()) as { documents: { id: string }[] }).documents.map((d) => d.id);
    const first = await fetch(supplement);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag')!;
    expect(((await first.json()) as { documents: { id: string }[] }).documents.map((d) => d.id)).toContain(`community-${id}`);
    expect((await fetch(supplement, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(await ids(`${supplement}?asOf=2001-01-01`)).not.toContain(`community-${id}`);
    // The map's side panel ("Open its own page") and the sitemap point at its page.
    expect(await (await fetch(`${s.url}/api/map/node/community-${id}`)).json()).toMatchObject({ href: path });
    expect(await (await fetch(`${s.url}/sitemap.xml`)).text()).toContain(`<loc>${s.url}${path}</loc>`);

    // Its page: marked as a community contribution, with its provenance, its place in the debate, its sources and a Cite box.
    const page = await browser.context.newPage();
    const problems = watchProblems(page, s.url);
    const response = await page.goto(`${s.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.textContent('main h1')).toBe(title);
    const main = (await page.textContent('main'))!;
    expect(main).toContain('Community contribution');
    expect(main).toContain(`approved it on ${approvedOn}`);
    expect(main).toContain('Reader Numbat');
    expect(await page.locator(`main a[href="/contributions/${id}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`main .community-links a[href="/node/${target.id}"]`).textContent()).toBe(target.title);
    expect(await page.locator('main .community-links li').first().textContent()).toContain('Supports');
    expect(await page.locator('main .source-refs li').count()).toBe(2);
    expect(await page.locator('main .source-refs a[href="https://example.org/quokkas"]').count()).toBe(1);
    expect(await page.locator(`main .source-refs a[href="/sources/${corpus.sources[0]!.id}"]`).count()).toBe(1);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@graph'][0]).toMatchObject({ '@type': 'Claim', name: title });
    await page.locator('.cite-box[data-ready="true"]').waitFor();
    expect(await page.locator('.cite-box a.permalink').getAttribute('href')).toBe(`${s.url}${path}`);
    const oscola = (await page.locator('.cite-text[data-style="oscola"]').textContent())!;
    expect(oscola).toContain(`${s.url}${path}`);
    await page.locator('button[data-copy="oscola"]').click();
    await page.locator('.cite-status', { hasText: 'copied' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // As of a day before its approval it did not exist yet, as curated pages say of later nodes.
    await page.goto(`${s.url}${path}?asOf=2001-01-01`, { waitUntil: 'domcontentloaded' });
    expect(await page.textContent('main h1')).toContain('Not yet part of the debate on 2001-01-01');

    // The header's box finds it by a word of its title and opens its page; so does the map's box.
    await page.goto(`${s.url}/sources`, { waitUntil: 'networkidle' });
    const box = page.locator('#site-search-input');
    await box.focus();
    await box.pressSequentially('quokkas');
    const option = page.locator('#site-search-results [role="option"]', { hasText: title });
    await option.waitFor();
    expect(await option.textContent()).toContain('Community');
    await Promise.all([page.waitForURL(`${s.url}${path}`), option.click()]);
    await page.goto(`${s.url}/map`, { waitUntil: 'networkidle' });
    await page.locator('#map-search-input').fill('quokkas');
    await page.locator(`#map-search-results [role="option"][data-id="community-${id}"]`).waitFor();
    expect(problems).toEqual([]);

    // Withdrawn: its page says so (a 404 naming the withdrawal and its reason), and the box no longer finds it.
    expect((await decide({ action: 'withdraw', reason: 'The cited page does not say this.' })).status).toBe(303);
    expect(await (await fetch(`${s.url}/sitemap.xml`)).text()).not.toContain(path);
    expect(await ids(supplement)).not.toContain(`community-${id}`);
    expect((await fetch(supplement, { headers: { 'if-none-match': etag } })).status).toBe(200);
    const gone = await page.goto(`${s.url}${path}`, { waitUntil: 'networkidle' });
    expect(gone?.status()).toBe(404);
    expect(await page.textContent('main h1')).toBe('This node is not part of the map');
    await page.locator('main', { hasText: 'The cited page does not say this.' }).waitFor();
    expect(await page.textContent('main')).toContain('A moderator withdrew (or rejected) it on');
    expect(await page.locator(`main a[href="/contributions/${id}"]`).count()).toBe(1);
    expect(await axeViolations(page, 'main')).toEqual([]);
    await page.goto(`${s.url}/sources`, { waitUntil: 'networkidle' });
    await page.locator('#site-search-input').focus();
    await page.locator('#site-search-input').pressSequentially('quokkas');
    await page.waitForFunction(() => /^\d+ results?$/.test(document.querySelector('.site-search [aria-live]')?.textContent ?? ''));
    expect(await page.locator('#site-search-results').textContent()).not.toContain(title);
    await page.close();
  });
});
