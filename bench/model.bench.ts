/**
 * The real-model demo in a browser, on the built site (`npm run build` first):
 *
 *   npm run bench:model        (node bench/model.bench.ts [page path], default /real-model/)
 *
 * Starts `astro preview` on a free port (unless BENCH_URL points at a running site), opens the
 * demo page in Debian's Chromium and prints:
 *   - bytes fetched for the runtime (onnxruntime-web's JS and .wasm, the worker) and the models;
 *   - time from navigation to the first (precomputed) heatmap, and from pressing "load the model"
 *     to the first heatmap the model computed (median of 5 fresh browser contexts: no cache);
 *   - the median time of session.run per sentence, over sentences alternating by a flipped ending.
 * Figures, not pass/fail: the targets (models ≤ 1 MB, first heatmap ≤ 1.5 s, inference ≤ 20 ms)
 * are printed beside them. Localhost has no network latency: a real connection adds download time.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { type Page, chromium } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '..', 'dist');

const RUNS = 30;
const LOADS = 5;
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
  // its own process group, so stopping it stops astro as well as npx
  const child = spawn('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'ignore', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const stopGroup = () => { try { process.kill(-child.pid!); } catch { /* already gone */ } };
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: stopGroup };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopGroup();
  throw new Error('astro preview did not start; run `npm run build` first');
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const { url, stop } = await startPreview();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

/** Opens the demo, waits until its island has hydrated (client:visible: once it is on screen). */
async function openDemo(page: Page): Promise<number> {
  const navigated = Date.now();
  await page.goto(`${url}${path}`);
  await page.locator('.coref .grid svg').first().waitFor();
  const toPresetHeatmap = Date.now() - navigated;
  await page.locator('.coref').first().evaluate((el) => new Promise<void>((resolve) => {
    const island = el.closest('astro-island')!;
    const done = () => !island.hasAttribute('ssr') && (resolve(), true);
    if (!done()) new MutationObserver((_, o) => done() && o.disconnect()).observe(island, { attributes: true });
    el.scrollIntoView({ block: 'center' });
  }));
  return toPresetHeatmap;
}

async function loadModel(page: Page): Promise<number> {
  // a reader presses the button on a settled page, not in the same millisecond the widget appears
  await page.waitForLoadState('networkidle');
  const clicked = Date.now();
  await page.locator('.coref .status .load').click();
  await page.locator('.coref .status[data-kind="ok"]').waitFor({ timeout: 60_000 });
  return Date.now() - clicked;
}

try {
  // Pass 1: which files the demo fetches (their sizes are those in dist/, served uncompressed).
  const fetched = new Set<string>();
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('request', (request) => fetched.add(new URL(request.url()).pathname));
    await openDemo(page);
    await loadModel(page);
    await context.close();
  }
  const size = (p: string) => { try { return statSync(join(DIST, ...p.split('/').filter(Boolean))).size; } catch { return 0; } };
  const sum = (test: (p: string) => boolean) => [...fetched].filter(test).reduce((s, p) => s + size(p), 0);
  const runtime = sum((p) => /\/_astro\/(ort[.-]|ort-wasm|model\.worker)/.test(p));
  const models = sum((p) => p.startsWith('/models/'));
  const modelFiles = [...fetched].filter((p) => p.startsWith('/models/')).map((p) => `${p.replace('/models/', '')} ${kb(size(p))}`);
  const allModels = readdirSync(join(DIST, 'models')).filter((f) => /\.(onnx|bin)$/.test(f)).reduce((s, f) => s + statSync(join(DIST, 'models', f)).size, 0);

  // Timings: LOADS fresh contexts (empty cache each time), nothing listening to the network.
  const presetTimes: number[] = [], loadTimes: number[] = [];
  for (let i = 0; i < LOADS - 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    presetTimes.push(await openDemo(page));
    loadTimes.push(await loadModel(page));
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  presetTimes.push(await openDemo(page));
  loadTimes.push(await loadModel(page));
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
  await context.close();

  console.log(`page ${url}${path} (Chromium ${browser.version()}, astro preview on localhost, no compression)`);
  console.log(`runtime fetched        ${kb(runtime)}  (onnxruntime-web JS + .wasm + the worker)`);
  console.log(`models fetched         ${kb(models)}  (${modelFiles.join(', ')})`);
  console.log(`all model files        ${kb(allModels)}  (every .onnx and .bin in public/models)   target ≤ 1024 KB`);
  const list = (xs: number[]) => xs.map((x) => `${x}`).join(', ');
  console.log(`navigation → heatmap   median ${median(presetTimes)} ms of ${LOADS} (${list(presetTimes)})  (precomputed preset, static HTML)`);
  console.log(`load → model heatmap   median ${median(loadTimes)} ms of ${LOADS} (${list(loadTimes)})  (runtime + model download, session, first run)   target ≤ 1500 ms`);
  console.log(`session.run, median    ${median(times).toFixed(2)} ms over ${RUNS} sentences (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})   target ≤ 20 ms`);
} finally {
  await browser.close();
  stop();
}
