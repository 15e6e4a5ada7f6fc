/**
 * The page-weight budget, measured on the built site (run `npm run build` first):
 *
 *   node scripts/check-budget.ts        (npm run check:budget)
 *
 * For every HTML page in dist/ it counts the JavaScript a reader downloads before doing
 * anything: the page's <script src> and inline scripts, <link rel="modulepreload">, each
 * <astro-island>'s component and renderer, and every module those import statically, followed
 * recursively through the built files. Modules behind a dynamic import() load on demand (KaTeX
 * for live equations, a parametric exercise’s generator, Pagefind) and are reported separately, not counted.
 * Page weight = HTML + linked CSS + the counted JavaScript. Sizes are gzip level 9; 1 KB = 1024 bytes.
 * Fails (exit 1) when a chapter page (<body data-chapter>) counts more than 60 KB of JavaScript.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '..', 'dist');
const CHAPTER_JS_LIMIT = 60 * 1024;

const gzipCache = new Map<string, number>();
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
/** Gzip size of a file in dist/, by its site path ("/_astro/x.js"). */
function gzFile(sitePath: string): number {
  let size = gzipCache.get(sitePath);
  if (size === undefined) {
    size = gz(readFileSync(fileOf(sitePath)));
    gzipCache.set(sitePath, size);
  }
  return size;
}
const fileOf = (sitePath: string) => join(DIST, ...sitePath.split('/').filter(Boolean));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every .html under dist/ except Pagefind's own folder, as site paths. */
function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === DIST && (entry.name === 'pagefind' || entry.name === '_astro'))) out.push(...htmlPages(full));
    } else if (entry.name.endsWith('.html')) {
      out.push(`/${relative(DIST, full).split(sep).join('/')}`);
    }
  }
  return out.sort();
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};
const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** A URL in the page → a site path in dist/, or null for another origin. */
function sitePath(url: string, from: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  return clean.startsWith('/') ? posix.normalize(clean) : posix.normalize(posix.join(posix.dirname(from), clean));
}

// `import x from "./a.js"`, `import{a as b}from"./a.js"`, `import "./a.js"`, `export*from"./a.js"`;
// minified output may use ', " or ` quotes and drop the spaces.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`\n]+?)\1/g;
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n]+?)\1\s*\)/g;

interface ModuleGraph {
  /** Modules loaded with the page, in the order found. */
  loaded: Set<string>;
  /** Modules reached only through a dynamic import(). */
  onDemand: Set<string>;
  /** Specifiers that are not files in dist/ (another origin, a bare name). */
  unresolved: Set<string>;
}

function follow(entry: string, graph: ModuleGraph, eager: boolean): void {
  const target = eager ? graph.loaded : graph.onDemand;
  if (graph.loaded.has(entry) || target.has(entry)) return;
  if (!existsSync(fileOf(entry))) {
    graph.unresolved.add(entry);
    return;
  }
  target.add(entry);
  const code = readFileSync(fileOf(entry), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[2] ?? '';
    const path = spec.startsWith('.') || spec.startsWith('/') ? sitePath(spec, entry) : null;
    if (path === null) graph.unresolved.add(`${spec} (imported by ${entry})`);
    else follow(path, graph, eager);
  }
  for (const m of code.matchAll(DYNAMIC_IMPORT)) {
    const spec = m[2] ?? '';
    const path = spec.startsWith('.') || spec.startsWith('/') ? sitePath(spec, entry) : null;
    if (path === null) graph.unresolved.add(`${spec} (dynamic, in ${entry})`);
    else if (!graph.loaded.has(path)) follow(path, graph, false);
  }
}

interface PageReport {
  page: string;
  chapter: boolean;
  html: number;
  css: { path: string; size: number }[];
  inlineJs: number;
  inlineCount: number;
  js: { path: string; size: number }[];
  onDemand: { path: string; size: number }[];
  islands: string[];
  unresolved: string[];
  jsTotal: number;
  weight: number;
}

function measure(page: string): PageReport {
  const html = readFileSync(fileOf(page), 'utf8');
  const graph: ModuleGraph = { loaded: new Set(), onDemand: new Set(), unresolved: new Set() };
  const entries: string[] = [];
  let inlineJs = 0;
  let inlineCount = 0;

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? '';
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue; // JSON data, not code
    const src = attr(tag, 'src');
    if (src !== undefined) {
      const path = sitePath(decodeEntities(src), page);
      if (path === null) graph.unresolved.add(src);
      else entries.push(path);
    } else if ((m[2] ?? '').trim() !== '') {
      inlineJs += gz(m[2] ?? '');
      inlineCount++;
      // An inline module can import files too.
      if (type === 'module') for (const i of (m[2] ?? '').matchAll(STATIC_IMPORT)) {
        const path = sitePath(i[2] ?? '', page);
        if (path !== null) entries.push(path);
      }
    }
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const tag = m[1] ?? '';
    if ((attr(tag, 'rel') ?? '').toLowerCase() !== 'modulepreload') continue;
    const path = sitePath(decodeEntities(attr(tag, 'href') ?? ''), page);
    if (path !== null) entries.push(path);
  }
  const islands: string[] = [];
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const tag = m[1] ?? '';
    const component = attr(tag, 'component-url');
    islands.push(`${component?.replace(/^.*\//, '') ?? '?'} (client:${attr(tag, 'client') ?? '?'})`);
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(tag, name);
      if (url === undefined || url === '') continue;
      const path = sitePath(decodeEntities(url), page);
      if (path !== null) entries.push(path);
    }
  }
  for (const e of entries) follow(e, graph, true);
  for (const p of graph.loaded) graph.onDemand.delete(p);

  // A stylesheet linked in <head> holds back the first paint; one after the content does not.
  const headEnd = html.search(/<\/head>/i);
  const css: { path: string; size: number; blocking: boolean }[] = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const tag = m[1] ?? '';
    if ((attr(tag, 'rel') ?? '').toLowerCase() !== 'stylesheet') continue;
    const path = sitePath(decodeEntities(attr(tag, 'href') ?? ''), page);
    if (path !== null && existsSync(fileOf(path))) css.push({ path, size: gzFile(path), blocking: m.index < headEnd });
  }

  const js = [...graph.loaded].map((path) => ({ path, size: gzFile(path) }));
  const onDemand = [...graph.onDemand].map((path) => ({ path, size: gzFile(path) }));
  const jsTotal = inlineJs + js.reduce((a, f) => a + f.size, 0);
  const htmlSize = gz(html);
  return {
    page,
    chapter: /<body\b[^>]*\sdata-chapter=/.test(html),
    html: htmlSize,
    css,
    inlineJs,
    inlineCount,
    js,
    onDemand,
    islands,
    unresolved: [...graph.unresolved],
    jsTotal,
    weight: htmlSize + css.reduce((a, f) => a + f.size, 0) + jsTotal,
  };
}

if (!existsSync(DIST)) {
  console.error('check-budget: dist/ not found; run `npm run build` first.');
  process.exit(2);
}
const pages = htmlPages();
if (pages.length === 0) {
  console.error('check-budget: no HTML pages in dist/; run `npm run build` first.');
  process.exit(2);
}
const reports = pages.map(measure);

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const width = Math.max(4, ...reports.map((r) => r.page.length)) + 2;
console.log(`JavaScript loaded before any interaction and page weight (gzip -9; 1 KB = 1024 bytes; limit ${kb(CHAPTER_JS_LIMIT)} of JS on chapter pages)\n`);
console.log(`${pad('page', width)}${pad('kind', 9)}${lpad('JS', 10)}${lpad('on demand', 12)}${lpad('HTML', 10)}${lpad('CSS', 10)}${lpad('total', 10)}  verdict`);
let failed = 0;
for (const r of reports) {
  const over = r.chapter && r.jsTotal > CHAPTER_JS_LIMIT;
  if (over) failed++;
  const css = r.css.reduce((a, f) => a + f.size, 0);
  const onDemand = r.onDemand.reduce((a, f) => a + f.size, 0);
  const verdict = r.chapter ? (over ? `OVER by ${kb(r.jsTotal - CHAPTER_JS_LIMIT)}` : 'ok') : '(no limit)';
  console.log(`${pad(r.page, width)}${pad(r.chapter ? 'chapter' : 'page', 9)}${lpad(kb(r.jsTotal), 10)}${lpad(kb(onDemand), 12)}${lpad(kb(r.html), 10)}${lpad(kb(css), 10)}${lpad(kb(r.weight), 10)}  ${verdict}`);
}

console.log('\nWhat was counted, page by page:');
for (const r of reports) {
  console.log(`\n${r.page}`);
  console.log(`  HTML ${kb(r.html)}; inline scripts: ${r.inlineCount} (${kb(r.inlineJs)})`);
  if (r.islands.length > 0) console.log(`  islands: ${[...new Set(r.islands)].map((i) => `${i} ×${r.islands.filter((x) => x === i).length}`).join(', ')}`);
  const sheets = (blocking: boolean) => r.css.filter((f) => f.blocking === blocking).map((f) => `${f.path} ${kb(f.size)}`).join(', ') || 'none';
  console.log(`  CSS before the first paint: ${sheets(true)}`);
  console.log(`  CSS after the content (styles components loaded later): ${sheets(false)}`);
  console.log(`  JS:  ${r.js.map((f) => `${f.path} ${kb(f.size)}`).join(', ') || 'none'}`);
  if (r.onDemand.length > 0) console.log(`  on demand (not counted): ${r.onDemand.map((f) => `${f.path} ${kb(f.size)}`).join(', ')}`);
  if (r.unresolved.length > 0) console.log(`  not in dist/ (not counted): ${r.unresolved.join(', ')}`);
}

console.log('');
if (failed > 0) {
  console.log(`check-budget: ${failed} chapter page(s) load more than ${kb(CHAPTER_JS_LIMIT)} of JavaScript before any interaction.`);
  process.exit(1);
}
console.log(`check-budget: every chapter page loads at most ${kb(CHAPTER_JS_LIMIT)} of JavaScript before any interaction.`);
