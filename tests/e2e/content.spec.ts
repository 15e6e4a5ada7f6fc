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
