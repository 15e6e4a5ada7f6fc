/**
 * The real-model demo in a browser, on the built site (`npm run build` first):
 *
 *   npm run bench:model        (node bench/model.bench.ts [page path], default /real-model/)
 *
 * Starts `astro preview` on a free port (unless BENCH_URL points at a running site), opens the
 * demo page in Debian's Chromium and prints:
 *   - bytes fetched for the runtime (onnxruntime-web's JS and .wasm, the worker) and the models;
 *   - time from navigation to the first (precomputed) heatmap, and from pressing "load the model"
 *     to the first heatmap the model computed;
 *   - the median time of session.run per sentence, over sentences alternating by a flipped ending.
 * Figures, not pass/fail: the targets (models ≤ 1 MB, first heatmap ≤ 1.5 s, inference ≤ 20 ms)
 * are printed beside them. Localhost has no network latency: a real connection adds download time.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const RUNS = 30;
const path = process.argv[2] ?? '/real-model/';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startPreview(): Promise<{ url: string; stop: () => void }> {
  if (process.env['BENCH_URL']) return { url: process.env['BENCH_URL'], stop: () => {} };
  const port = await freePort();
  const child = spawn('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill() };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('astro preview did not start; run `npm run build` first');
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const { url, stop } = await startPreview();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const bytes = new Map<string, number>();
  page.on('response', async (response) => {
    try { bytes.set(new URL(response.url()).pathname, (await response.body()).byteLength); } catch { /* redirects have no body */ }
  });

  const navigated = Date.now();
  await page.goto(`${url}${path}`);
  await page.locator('.coref .grid svg').first().waitFor();
  const toPresetHeatmap = Date.now() - navigated;
  // client:visible: the island hydrates once it is on screen
  await page.locator('.coref').first().evaluate((el) => new Promise<void>((resolve) => {
    const island = el.closest('astro-island')!;
    const done = () => !island.hasAttribute('ssr') && (resolve(), true);
    if (!done()) new MutationObserver((_, o) => done() && o.disconnect()).observe(island, { attributes: true });
    el.scrollIntoView({ block: 'center' });
  }));

  const clicked = Date.now();
  await page.locator('.coref .status .load').click();
  await page.locator('.coref .status[data-kind="ok"]').waitFor({ timeout: 60_000 });
  const toModelHeatmap = Date.now() - clicked;

  const times: number[] = [];
  const flip = page.locator('.coref button.flip');
  for (let i = 0; i < RUNS; i++) {
    const before = await page.locator('.coref .status').getAttribute('data-run');
    await flip.click();
    await page.waitForFunction((old) => {
      const s = document.querySelector('.coref .status');
      return s?.getAttribute('data-kind') === 'ok' && s.getAttribute('data-run') !== old;
    }, before);
    times.push(Number(await page.locator('.coref .status').getAttribute('data-ms')));
  }

  const sum = (test: (p: string) => boolean) => [...bytes].filter(([p]) => test(p)).reduce((s, [, n]) => s + n, 0);
  const runtime = sum((p) => /\/_astro\/(ort[.-]|ort-wasm|model\.worker)/.test(p));
  const models = sum((p) => p.startsWith('/models/'));
  const modelFiles = [...bytes].filter(([p]) => p.startsWith('/models/')).map(([p, n]) => `${p.replace('/models/', '')} ${kb(n)}`);
  console.log(`page ${url}${path} (Chromium ${browser.version()}, astro preview on localhost, no compression)`);
  console.log(`runtime fetched        ${kb(runtime)}  (onnxruntime-web JS + .wasm + the worker)`);
  console.log(`models fetched         ${kb(models)}  (${modelFiles.join(', ')})   target ≤ 1024 KB for all models`);
  console.log(`navigation → heatmap   ${toPresetHeatmap} ms  (precomputed preset, static HTML)`);
  console.log(`load → model heatmap   ${toModelHeatmap} ms  (runtime + model download, session, first run)   target ≤ 1500 ms`);
  console.log(`session.run, median    ${median(times).toFixed(2)} ms over ${RUNS} sentences (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})   target ≤ 20 ms`);
} finally {
  await browser.close();
  stop();
}
