/**
 * What a reader sees of the course's text, on every built page in both languages: no label of
 * the source documents ("资料 003", "Source 004"), no TeX escape left in plain text (a literal
 * \%), every glossary tooltip complete, internal links only to pages that exist, the chapters in
 * their reading order with the real-model chapter last and numbered by its place, and each
 * chapter's "From formula to code" output on the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, expect, hydrateIslands, test } from './helpers.ts';
import { spawnSync } from 'node:child_process';

/** What a chapter's snippet prints when run, or undefined where python3 with NumPy is missing (the unit test says so). */
function printed(slug: string): string | undefined {
  const run = spawnSync('python3', ['-B', `src/course/${slug}/numpy_example.py`], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.replace(/\n$/, '') : undefined;
}

const pages = builtPages();
const paths = new Set(pages.map((p) => p.path));

/** The text a reader can see or hear (a live equation's KaTeX output keeps its TeX <annotation>: left out). */
async function readerText(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('annotation, script, style, template')) el.remove();
    return body.textContent ?? '';
  });
}

for (const p of pages) {
  test(`${p.path}: no source-document labels, no literal \\%, tooltips complete, links resolve`, async ({ page }) => {
    await page.goto(p.path);
    await hydrateIslands(page);
    const text = await readerText(page);
    expect(text).not.toMatch(/资料\s*0\d\d|source\s+0\d\d|资料中的/i);
    expect(text, 'a TeX escape outside math').not.toContain('\\%');
    // A TeX command whose backslash a JavaScript template literal ate (a single backslash in <Tex math={`…`}>) shows as letters.
    expect(text, 'a TeX command typeset as letters').not.toMatch(/\dapprox|approx\s*\d|\dtimes\d/);
    // Every glossary tooltip ends its sentence (a definition cut by unquoted YAML ends with "(1").
    for (const tip of await page.locator('.term-tip').allTextContents()) expect(tip.trim(), tip).toMatch(/[。！？.!?]$/);
    // Internal links point only to pages that exist (and to anchors that exist on them).
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      const [path, hash] = href.split('#') as [string, string | undefined];
      if (path.startsWith('/models/') || path.startsWith('/_astro/')) continue;
      expect(paths, `${p.path} links to ${href}`).toContain(path);
      if (hash !== undefined && hash !== '') {
        const file = join(DIST, path, 'index.html');
        expect(readFileSync(file, 'utf8'), `${href}: the anchor exists`).toContain(`id="${decodeURIComponent(hash)}"`);
      }
    }
  });
}

for (const [home, prefix] of [['/', ''], ['/en/', '/en']] as const) {
  test(`${home}: the chapters in reading order, the real model last and numbered by its place`, async ({ page }) => {
    await page.goto(`${prefix}/real-model/`);
    const links = page.locator('nav.sidebar ol > li > a:has(.num)');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The files' order (NN-slug.mdx) is the reading order, and the real model comes last.
    const slugs = readdirSync('content/zh').filter((f) => f.endsWith('.mdx')).sort().map((f) => f.replace(/^\d\d-|\.mdx$/g, ''));
    expect(slugs.at(-1)).toBe('real-model');
    expect(slugs.slice(0, 5)).toEqual(['why-self-attention', 'queries-keys-values', 'scaling', 'multi-head', 'positional-encoding']);
    expect(hrefs).toEqual(slugs.map((s) => `${prefix}/${s}/`));
    const numbers = await page.locator('nav.sidebar .num').allTextContents();
    expect(numbers).toEqual(hrefs.map((_, i) => `${i + 1}.`));
    await expect(page.locator('.chapter-kicker')).toContainText(prefix === '' ? `第 ${hrefs.length} 章` : `Chapter ${hrefs.length}`);
    // The last chapter has no "next" and says where the course stops.
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await expect(page.locator('article[data-reading] h2').last()).toHaveText(prefix === '' ? '课程到这里告一段落' : 'Where the course stops, for now');
  });
}

test('each chapter shows its NumPy snippet and exactly what the snippet prints', async ({ page }) => {
  for (const p of pages.filter((x) => x.chapter !== undefined)) {
    await page.goto(p.path);
    const output = page.locator('[data-numpy-output]');
    await expect(output, `${p.path} shows one output`).toHaveCount(1);
    const code = readFileSync(`src/course/${p.chapter}/numpy_example.py`, 'utf8').trimEnd();
    expect(await page.locator('.code-and-output pre.code').textContent()).toBe(code);
    const stdout = printed(p.chapter!);
    if (stdout !== undefined) expect(await output.textContent()).toBe(stdout);
  }
});

/**
 * The Chinese pages punctuate Chinese with full-width marks: an ASCII ? : ! ; , ( or ) beside a Han
 * character ("上移: …", "(指针头)") is a mistake, in the visible text and in the names a screen
 * reader reads (aria-label, title, alt). Code, equations and English quoted in the page (a term's
 * English name, lang="en") keep their own punctuation.
 */
async function asciiPunctuationBesideHan(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const HAN = '\\p{Script=Han}', MARK = '[?:!;,()]';
    const beside = new RegExp(`.{0,8}(?:${HAN}${MARK}|${MARK}${HAN}).{0,8}`, 'gu');
    const EXEMPT = 'pre, code, math, script, style, template, [lang]:not([lang^="zh"])';
    const BLOCK = 'p, li, td, th, h1, h2, h3, h4, h5, h6, caption, figcaption, dt, dd, legend, summary, label, button, option, div, section, nav, header, footer, aside, blockquote';
    // The text in document order, a line break where the block changes; code and equations become a neutral mark.
    let text = '', block: Element | null = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; ) {
      if (node instanceof Element && node.matches(EXEMPT)) {
        text += '□';
        let next: Node | null = node;
        while (next && !next.nextSibling) next = next.parentNode;
        node = next?.nextSibling ?? null;
        if (node) walker.currentNode = node;
        continue;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const here = node.parentElement?.closest(BLOCK) ?? null;
        if (here !== block) text += '\n';
        block = here;
        text += node.textContent ?? '';
      }
      node = walker.nextNode();
    }
    const hits = [...text.matchAll(beside)].map((m) => `text: ${m[0]}`);
    for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
      if (el.closest(EXEMPT)) continue;
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) for (const m of value.matchAll(beside)) hits.push(`${name}: ${m[0]}`);
      }
    }
    return hits;
  });
}

for (const p of pages.filter((x) => x.locale === 'zh')) {
  test(`${p.path}: Chinese text and accessible names use full-width punctuation`, async ({ page }) => {
    await page.goto(p.path);
    await hydrateIslands(page);
    expect(await asciiPunctuationBesideHan(page)).toEqual([]);
  });
}
