/**
 * npm run bench:map — measures the map's budgets against baselines taken in the same run.
 * Builds the site with its baselines into .next-bench/ (bench/bench-build.ts; BENCH_REUSE_BUILD=1
 * reuses it). Generates seeded synthetic corpora of 500 and 10,000 nodes, serves each with the
 * production server (ADMISSIBLE_DATA_DIR), drives Debian's chromium with
 * playwright-core, and prints medians of RUNS runs (default 5; RUNS=… to change):
 *  - JS shipped: sum of script encodedBodySize on /map vs /bench/empty (framework-only page)
 *  - map ready: performance mark "map-ready" after navigation, 500 and 10,000 nodes; longest main-thread task;
 *    and the real corpus with 1,000 approved community contributions in a throwaway SQLite store (step "community")
 *  - pan and zoom at 10,000 nodes: rAF frame times of the same synthetic input loop on /map and on /bench/empty, under CDP 4× CPU throttling
 *  - server layout of 10,000 nodes (in process), click → highlight painted at 10,000 nodes
 *  - Lighthouse mobile performance and accessibility on /map: the real corpus (data/, or BENCH_REAL_DATA_DIR) and 500 synthetic nodes
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { writeSyntheticCorpus } from '../scripts/synthetic';
import { startServer, type RunningServer } from '../tests/support/server';
import { benchBuild } from './bench-build';
import { launchBrowser, CHROMIUM_PATH } from '../tests/support/browser';
import { loadCorpus } from '@/lib/data/read';
import { indexCorpus } from '@/lib/data/corpus';
import { mapDataFor } from '@/lib/map/details';
import { openStore } from '@/lib/store/db';
import { seedApproved } from './community-seed';
import type { MapData } from '@/lib/map/encoding';

const RUNS = Number(process.env.RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? RUNS);
const THROTTLE = 4;
/** ONLY=pan,click (any of layout, js, ready, community, pan, click, lighthouse) runs just those steps, for iterating. */
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : undefined;
const step = (name: string) => !ONLY || ONLY.has(name);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const results: { name: string; value: string; budget: string; ok: boolean }[] = [];
const report = (name: string, value: string, budget: string, ok: boolean) => {
  results.push({ name, value, budget, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}  (budget: ${budget})`);
};

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); give evaluated code that helper.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(() => {
      (window as unknown as { __longtasks: number[] }).__longtasks = [];
      new PerformanceObserver((l) => (window as unknown as { __longtasks: number[] }).__longtasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    return await fn(page);
  } finally {
    await browser.close();
  }
}

const scriptBytes = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.initiatorType === 'script' || /\.js(\?|$)/.test(r.name)).reduce((s, r) => s + r.encodedBodySize, 0),
  );

async function jsShipped(server: RunningServer, path: string): Promise<number> {
  return withPage(async (page) => {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    return scriptBytes(page);
  });
}

async function mapReady(server: RunningServer): Promise<{ ready: number; longest: number }> {
  return withPage(async (page) => {
    await page.goto(server.url + '/map');
    await page.waitForSelector('.argument-map-surface[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    return page.evaluate(() => ({
      ready: performance.getEntriesByName('map-ready')[0]!.startTime,
      longest: Math.max(0, ...(window as unknown as { __longtasks: number[] }).__longtasks),
    }));
  });
}

/** The same input loop on any page: per frame, a wheel step and a drag step on `selector`; returns frame intervals. */
async function frameLoop(server: RunningServer, path: string, selector: string, frames = 180): Promise<number[]> {
  return withPage(async (page) => {
    await page.goto(server.url + path);
    await page.waitForSelector(`${selector}[data-ready="true"]`, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const intervals = await page.evaluate(
      ({ selector, frames }) =>
        new Promise<number[]>((resolve) => {
          const el = document.querySelector(selector) as HTMLElement;
          const r = el.getBoundingClientRect();
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          const out: number[] = [];
          let last = 0;
          let n = 0;
          el.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 7, clientX: cx, clientY: cy, button: 0, pointerType: 'mouse', bubbles: true }));
          const step = (now: number) => {
            if (last) out.push(now - last);
            last = now;
            const phase = Math.sin(n / 12);
            el.dispatchEvent(new WheelEvent('wheel', { deltaY: phase * 40, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
            el.dispatchEvent(new PointerEvent('pointermove', { pointerId: 7, clientX: cx + 60 * Math.cos(n / 15), clientY: cy + 40 * Math.sin(n / 15), pointerType: 'mouse', bubbles: true }));
            if (++n < frames) requestAnimationFrame(step);
            else {
              el.dispatchEvent(new PointerEvent('pointerup', { pointerId: 7, clientX: cx, clientY: cy, pointerType: 'mouse', bubbles: true }));
              resolve(out.slice(5));
            }
          };
          requestAnimationFrame(step);
        }),
      { selector, frames },
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return intervals;
  });
}

/** Click a node and wait until the frame after its highlight was painted; milliseconds from the click. The page must also record the focus in its URL. */
async function clickToHighlight(server: RunningServer, data: MapData, run: number): Promise<number> {
  return withPage(async (page) => {
    // Start zoomed on a node so the click lands on it; different node each run.
    const i = data.ids.findIndex((id, k) => k > run * 997 && data.kind[k] === 2);
    await page.goto(`${server.url}/map?z=${data.x[i]},${data.y[i]},0.6`);
    await page.waitForSelector('.argument-map-surface[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(300);
    const ms = await page.evaluate(
      ({ id }) =>
        new Promise<number>((resolve) => {
          const el = document.querySelector('.argument-map-surface') as HTMLElement;
          const r = el.getBoundingClientRect();
          const t0 = performance.now();
          const opts = { pointerId: 9, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0, pointerType: 'mouse', bubbles: true };
          el.dispatchEvent(new PointerEvent('pointerdown', opts));
          el.dispatchEvent(new PointerEvent('pointerup', opts));
          // Painted: the canvas says it shows this focus (data-painted-focus, set when the picture is
          // painted); the next animation frame starts after that picture was presented.
          // Conservative: once seen painted, one more frame is counted.
          const painted = () => el.dataset.paintedFocus === id;
          const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
          if (painted()) requestAnimationFrame(done);
          else {
            const wait = () => (painted() ? done() : requestAnimationFrame(wait));
            requestAnimationFrame(wait);
          }
        }),
      { id: data.ids[i]! },
    );
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('focus') === id, data.ids[i]!, { timeout: 5_000 });
    return ms;
  });
}

async function lighthouse(url: string): Promise<{ performance: number; accessibility: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'lh-'));
  try {
    const { stdout } = await promisify(execFile)(
      join(process.cwd(), 'node_modules/.bin/lighthouse'),
      [url, '--output=json', '--quiet', '--only-categories=performance,accessibility', `--chrome-flags=--headless --no-sandbox --disable-gpu --user-data-dir=${profile}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(stdout);
    return { performance: lhr.categories.performance.score * 100, accessibility: lhr.categories.accessibility.score * 100 };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'bench-map-'));
  const small = writeSyntheticCorpus(join(work, 's500'), 500, 1);
  const large = writeSyntheticCorpus(join(work, 's10k'), 10_000, 1);
  console.log(`bench:map — medians of ${RUNS} runs; synthetic corpora in ${work}`);

  // Server layout of 10,000 nodes (the corpus read once, as the server does).
  // The server computes the dataset version once per corpus load, not per layout: pass it in.
  if (step('layout')) {
    const corpus10k = indexCorpus(loadCorpus(large));
    mapDataFor(corpus10k, '2099-01-01');
    const layoutTimes = Array.from({ length: Math.max(RUNS, 5) }, (_, r) => {
      const t = performance.now();
      // A different day each run so the layout cache never answers.
      mapDataFor(corpus10k, `2099-01-${String(r + 2).padStart(2, '0')}`);
      return performance.now() - t;
    });
    report('server layout, 10,000 nodes', `${median(layoutTimes).toFixed(1)} ms`, '≤ 150 ms', median(layoutTimes) <= 150);
  }

  // The bench build has the framework-only baseline page /bench/empty (bench/bench-build.ts); the site's build does not.
  const bench = benchBuild();
  const s500 = await startServer({ ...bench, ADMISSIBLE_DATA_DIR: small });
  const s10k = await startServer({ ...bench, ADMISSIBLE_DATA_DIR: large });
  try {
    // Warm both servers (first request reads and indexes the corpus).
    for (const s of [s500, s10k]) for (const p of ['/map', '/api/map/layout', '/bench/empty']) await fetch(s.url + p).then((r) => r.arrayBuffer());

    if (step('js')) {
      const base: number[] = [];
      const map: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        base.push(await jsShipped(s500, '/bench/empty'));
        map.push(await jsShipped(s500, '/map'));
      }
      const b = median(base);
      const m = median(map);
      report('JS shipped (gzip), /map vs framework-only /bench/empty', `${(m / 1024).toFixed(1)} KiB vs ${(b / 1024).toFixed(1)} KiB = ${(m / b).toFixed(3)}×, +${((m - b) / 1024).toFixed(1)} KiB`, '≤ 1.3× and ≤ +35 KiB', m / b <= 1.3 && m - b <= 35 * 1024);
    }

    if (step('ready')) {
      for (const [server, n, budget] of [[s500, 500, 1000], [s10k, 10_000, 2500]] as const) {
        const runs = [];
        for (let r = 0; r < RUNS; r++) runs.push(await mapReady(server));
        const ready = median(runs.map((x) => x.ready));
        const longest = median(runs.map((x) => x.longest));
        report(`map ready, ${n} nodes`, `${ready.toFixed(0)} ms after navigation; longest main-thread task ${longest.toFixed(0)} ms`, `≤ ${budget} ms${n === 10_000 ? ', no task > 200 ms' : ''}`, ready <= budget && (n !== 10_000 || longest <= 200));
      }
    }

    if (step('community')) {
      // The real corpus, served with 1,000 approved community contributions merged in at request time.
      const dbFile = join(work, 'community.sqlite');
      const store = await openStore({ sqliteFile: dbFile });
      await seedApproved(store, indexCorpus(loadCorpus()), 1000);
      await store.close();
      const live = await startServer({ ...bench, ADMISSIBLE_DB_FILE: dbFile });
      try {
        const layout = (await (await fetch(live.url + '/api/map/layout')).json()) as MapData;
        if ((layout.community ?? []).length !== 1000) throw new Error(`expected 1,000 community nodes in the layout, got ${(layout.community ?? []).length}`);
        await fetch(live.url + '/map').then((r) => r.arrayBuffer());
        const runs = [];
        for (let r = 0; r < RUNS; r++) runs.push(await mapReady(live));
        const ready = median(runs.map((x) => x.ready));
        report(`map ready, real corpus + 1,000 community nodes (${layout.ids.length} nodes)`, `${ready.toFixed(0)} ms after navigation; longest main-thread task ${median(runs.map((x) => x.longest)).toFixed(0)} ms`, '≤ 1000 ms', ready <= 1000);
      } finally {
        await live.stop();
      }
    }

    if (step('pan')) {
      const emptyP50: number[] = [];
      const emptyP95: number[] = [];
      const mapP50: number[] = [];
      const mapP95: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const e = await frameLoop(s10k, '/bench/empty', '#bench-surface');
        const f = await frameLoop(s10k, '/map', '.argument-map-surface');
        emptyP50.push(pct(e, 50));
        emptyP95.push(pct(e, 95));
        mapP50.push(pct(f, 50));
        mapP95.push(pct(f, 95));
      }
      const [e50, e95, m50, m95] = [median(emptyP50), median(emptyP95), median(mapP50), median(mapP95)];
      report(
        `pan and zoom, 10,000 nodes, ${THROTTLE}× CPU throttling`,
        `frame p50 ${m50.toFixed(1)} ms vs empty ${e50.toFixed(1)} ms (${(m50 / e50).toFixed(2)}×); p95 ${m95.toFixed(1)} ms vs ${e95.toFixed(1)} ms (${(m95 / e95).toFixed(2)}×)`,
        'p50 ≤ 1.1×, p95 ≤ 2×',
        m50 / e50 <= 1.1 && m95 / e95 <= 2,
      );
    }

    if (step('click')) {
      const data10k = (await (await fetch(s10k.url + '/api/map/layout')).json()) as MapData;
      const clicks = [];
      // A run that fails or hangs counts as infinitely slow rather than aborting the whole benchmark.
      for (let r = 0; r < RUNS; r++)
        clicks.push(await Promise.race([clickToHighlight(s10k, data10k, r), new Promise<number>((res) => setTimeout(() => res(Infinity), 30_000))]).catch(() => Infinity));
      report('click → highlight painted, 10,000 nodes', `${median(clicks).toFixed(0)} ms`, '≤ 100 ms', median(clicks) <= 100);
    }

    if (step('lighthouse')) {
      // The real corpus is what visitors load; the synthetic 500 shows the headroom at a larger map.
      const real = await startServer({ ...bench, ...(process.env.BENCH_REAL_DATA_DIR ? { ADMISSIBLE_DATA_DIR: process.env.BENCH_REAL_DATA_DIR } : {}) });
      try {
        for (const p of ['/map', '/api/map/layout']) await fetch(real.url + p).then((r) => r.arrayBuffer());
        for (const [server, name] of [[real, 'real corpus'], [s500, '500 synthetic nodes']] as const) {
          const lh = [];
          for (let r = 0; r < LIGHTHOUSE_RUNS; r++) lh.push(await lighthouse(server.url + '/map'));
          const perf = median(lh.map((x) => x.performance));
          const a11y = median(lh.map((x) => x.accessibility));
          report(`Lighthouse mobile, /map (${name})`, `performance ${perf.toFixed(0)}, accessibility ${a11y.toFixed(0)} (runs: ${lh.map((x) => x.performance).join(', ')})`, 'performance ≥ 95, accessibility 100', perf >= 95 && a11y >= 100);
        }
      } finally {
        await real.stop();
      }
    }
  } finally {
    await s500.stop();
    await s10k.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok);
  console.log(failed.length ? `${failed.length} budget(s) missed` : 'all budgets met');
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
