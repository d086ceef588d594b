import { startServer } from './tests/support/server';
import { launchBrowser } from './tests/support/browser';
(async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const p of ['/rulings', '/search?q=encrochat', '/operations/anom']) {
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      const els = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 392 && !e.closest('.table-scroll')).slice(0, 6).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 50)}`));
      console.log(p, els);
    }
  } finally { await browser.close(); await server.stop(); }
})();
