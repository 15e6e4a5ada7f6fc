/**
 * Lighthouse on the built site (run `npm run build` first), as a phone sees it:
 *
 *   node scripts/check-lighthouse.ts                      (npm run check:lighthouse)
 *   node scripts/check-lighthouse.ts /queries-keys-values/ /en/real-model/   (only these pages)
 *   node scripts/check-lighthouse.ts --runs=3 --json=/tmp/lh   (median of 3 runs; keep the reports)
 *   node scripts/check-lighthouse.ts --dist=/tmp/site          (a copy of a build instead of dist/)
 *
 * It serves dist/ from a small static server of its own on 127.0.0.1 (a free port, never 4321),
 * compressed with brotli as a static host would (Content-Encoding negotiated from Accept-Encoding,
 * long-lived caching for the hashed files under /_astro/), then runs Lighthouse 13 through its
 * Node API in Debian's Chromium (/usr/bin/chromium, or $CHROME_PATH) with its default mobile
 * settings (emulated phone, simulated slow 4G and 4× CPU slowdown) and all four categories, on
 * every HTML page of the site in both languages (Pagefind's and the assets' folders excepted).
 *
 * Prints one row per page: the four scores, total blocking time, largest contentful paint, layout
 * shift, DOM elements, transferred bytes and the main thread's CPU time (steadier than TBT on a busy
 * machine); for a score under the threshold, the audits that cost
 * it points. Exits 1 when any score of any page is under 95. Slow (about half a minute a page on two
 * cores): a budget check run by hand like `check:budget`, not part of `npm test`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const THRESHOLD = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Math.max(1, Number(option('runs') ?? 1) || 1);
const jsonDir = option('json');
const only = args.filter((a) => !a.startsWith('--'));
/** The built site; --dist=<folder> measures a copy (so a build can go on in dist/ meanwhile). */
const DIST = resolve(option('dist') ?? resolve(import.meta.dirname, '..', 'dist'));

// ---------------------------------------------------------------- the static server

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
/** Types a static host compresses (fonts in woff2 and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm|octet-stream)|image\/svg)/;

interface Body {
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}
const bodies = new Map<string, Body>();
const brotli = (raw: Buffer) => brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });

function fileFor(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  const full = resolve(DIST, `.${path}`);
  if (full !== DIST && !full.startsWith(DIST + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(full) ? full : null;
}

function serve(req: IncomingMessage, res: ServerResponse): void {
  let file = fileFor(req.url ?? '/');
  let status = 200;
  if (!file) {
    status = 404;
    file = join(DIST, '404.html');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  let body = bodies.get(file);
  if (!body) {
    body = { raw: readFileSync(file) };
    bodies.set(file, body);
  }
  const accept = String(req.headers['accept-encoding'] ?? '');
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': (req.url ?? '').startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    Vary: 'Accept-Encoding',
  };
  let data = body.raw;
  if (COMPRESSIBLE.test(type) && body.raw.length > 512) {
    if (/\bbr\b/.test(accept)) {
      body.br ??= brotli(body.raw);
      data = body.br;
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      body.gzip ??= gzipSync(body.raw, { level: 9 });
      data = body.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(data.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : data);
}

// ---------------------------------------------------------------- the pages

/** Every page of the site as a URL path ("/", "/en/real-model/", "/404.html"). */
function pages(dir = DIST): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === DIST && (entry.name === 'pagefind' || entry.name === '_astro' || entry.name === 'models'))) out.push(...pages(full));
    } else if (entry.name.endsWith('.html')) {
      const path = `/${relative(DIST, full).split(sep).join('/')}`;
      out.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
    }
  }
  return out.sort();
}

// ---------------------------------------------------------------- Lighthouse

interface Row {
  page: string;
  scores: Record<Category, number>;
  tbt: number;
  lcp: number;
  cls: number;
  dom: number;
  bytes: number;
  /**
   * Main-thread CPU time of the page's tasks (ms, unthrottled), from the trace's thread durations:
   * unlike TBT it barely moves when other programs load the machine, so it compares two builds.
   */
  cpu: number;
  /** Audits that cost points in a category under the threshold. */
  losses: string[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { data?: { frameTreeNodeId?: unknown; isMainFrame?: boolean; url?: string } } }

/** CPU time of the top-level tasks on the renderer main thread that loaded the page. */
function mainThreadCpu(events: readonly TraceEvent[]): number {
  // The renderer main thread: the one running the most 'RunTask' time among CrRendererMain threads.
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.ph === 'M') names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string } | undefined)?.name ?? ''));
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) !== 'CrRendererMain') continue;
    cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0));
  }
  return Math.max(0, ...cpu.values()) / 1000;
}

function rowOf(page: string, lhr: Lhr, trace: readonly TraceEvent[]): Row {
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const losses: string[] = [];
  for (const c of CATEGORIES) {
    if (scores[c] >= THRESHOLD && c !== 'performance') continue;
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      losses.push(`${c}: ${ref.id} (${audit.displayValue ?? audit.score})`);
    }
  }
  const dom = lhr.audits['dom-size-insight']?.details as { items?: { value?: { value?: number } }[] } | undefined;
  return {
    page,
    scores,
    tbt: num('total-blocking-time'),
    lcp: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    dom: Number(dom?.items?.[0]?.value?.value ?? num('dom-size') ?? NaN),
    bytes: num('total-byte-weight'),
    cpu: mainThreadCpu(trace),
    losses,
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('No built site in dist/: run `npm run build` first.');
    process.exit(2);
  }
  const all = pages();
  const wanted = only.length ? only.map((p) => (p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`)) : all;
  const unknown = wanted.filter((p) => !all.includes(p));
  if (unknown.length) {
    console.error(`Not a page of the built site: ${unknown.join(', ')}`);
    process.exit(2);
  }
  if (jsonDir) mkdirSync(jsonDir, { recursive: true });

  // Compress everything up front, as a static host serves precompressed files: compressing a page
  // while Lighthouse waits would count as server response time.
  (function precompress(dir: string): void {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) precompress(full);
      else if (COMPRESSIBLE.test(TYPES[extname(full)] ?? '') && statSync(full).size < 4 * 1024 * 1024) {
        const raw = readFileSync(full);
        bodies.set(full, { raw, br: brotli(raw), gzip: gzipSync(raw, { level: 9 }) });
      }
    }
  })(DIST);

  const server = createServer(serve);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });

  const rows: Row[] = [];
  try {
    for (const page of wanted) {
      const tries: Row[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${origin}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        if (result.lhr.runtimeError) throw new Error(`${page}: ${result.lhr.runtimeError.message}`);
        const artifacts = result.artifacts as unknown as { Trace?: { traceEvents?: TraceEvent[] } };
        tries.push(rowOf(page, result.lhr, artifacts.Trace?.traceEvents ?? []));
        if (jsonDir) {
          const name = page.replace(/^\/|\/$/g, '').replace(/[/.]/g, '_') || 'index';
          writeFileSync(join(jsonDir, `${name}${runs > 1 ? `-${i + 1}` : ''}.json`), JSON.stringify(result.lhr));
        }
      }
      // The run with the median performance score stands for the page.
      tries.sort((a, b) => a.scores.performance - b.scores.performance);
      const row = tries[Math.floor(tries.length / 2)]!;
      rows.push(row);
      console.error(`  ${page}: ${CATEGORIES.map((c) => row.scores[c]).join(' / ')}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }

  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'TBT ms', 'LCP s', 'CLS', 'DOM', 'KB', 'CPU ms'];
  const table = rows.map((r) => [
    r.page,
    ...CATEGORIES.map((c) => String(r.scores[c])),
    r.tbt.toFixed(0),
    (r.lcp / 1000).toFixed(1),
    r.cls.toFixed(3),
    Number.isFinite(r.dom) ? String(r.dom) : '?',
    (r.bytes / 1024).toFixed(0),
    r.cpu.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile, served with brotli from ${origin}`);
  console.log(line(header));
  for (const t of table) console.log(line(t));

  const failing = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] < THRESHOLD));
  for (const r of rows) {
    if (r.losses.length && (failing.includes(r) || args.includes('--verbose'))) {
      console.log(`\n${r.page}:\n  ${r.losses.join('\n  ')}`);
    }
  }
  if (failing.length) {
    console.log(`\nFAIL: ${failing.length} of ${rows.length} pages score under ${THRESHOLD} in some category.`);
    process.exit(1);
  }
  console.log(`\nOK: all ${rows.length} pages score at least ${THRESHOLD} in every category.`);
}

await main();
