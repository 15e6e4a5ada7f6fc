/**
 * Typesetting (issue 9): math is typeset wherever it appears, as MathML drawn with the site's math
 * font; no plain-text TeX or Unicode stand-ins in objectives, headings, the table of contents, the
 * glossary and the worked examples' headings; punctuation never starts a line after inline math;
 * Chinese inside equations in the body font; hreflang alternates are absolute URLs.
 */
import { builtPages, expect, test } from './helpers.ts';

/** Plain-text math that should have been typeset. */
const PLAIN_MATH = /√d_k|XW_[QKV]|softmax\(QKᵀ|\bW_[QKVO]\b|\bd_k\b|\$[^$\s][^$]*\$/;

const pages = builtPages();

/** The text a reader sees outside equations (MathML's own text and TeX annotation left out). */
const textsOutsideMath = (locator: import('@playwright/test').Locator) =>
  locator.evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('math').forEach((m) => m.remove());
      return copy.textContent ?? '';
    }),
  );
const chapters = pages.filter((p) => p.chapter !== undefined);

/**
 * Math written as plain text anywhere a reader sees it: TeX-style subscripts (d_k, W_Q, d_model),
 * the whole formula, the glossary's residual "x + 子层(x)", a $…$ left unrendered. Parametric
 * exercises are plain Unicode by design (dₖ, Σⱼ), so they pass.
 */
const VISIBLE_PLAIN_MATH = /√d_k|\bd_k\b|\bd_(?:model|v)\b|\bn_[qk]\b|\bW_[QKVO]\b|XW_[QKV]|softmax\(QKᵀ|\bx \+ (?:子层|sublayer)\(x\)|\$[^$\s][^$]*\$/;

for (const p of pages) {
  test(`${p.path}: no plain-text math in any text a reader sees`, async ({ page }) => {
    await page.goto(p.path);
    // Text nodes outside equations, code, scripts, SVG descriptions and screen-reader-only text
    // (accessible names read TeX as plain text on purpose).
    const found = await page.evaluate((source) => {
      const pattern = new RegExp(source);
      const skip = 'math, script, style, code, pre, desc, title, .visually-hidden, template';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const hits: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (pattern.test(text) && !n.parentElement?.closest(skip)) hits.push(text.trim().slice(0, 80));
      }
      return hits;
    }, VISIBLE_PLAIN_MATH.source);
    expect(found).toEqual([]);
  });
}

for (const p of chapters) {
  test(`${p.path}: objectives, headings and the table of contents show no plain-text math`, async ({ page }) => {
    await page.goto(p.path);
    for (const selector of ['.objectives li', 'article :is(h2, h3, h4)', 'nav[aria-labelledby^="toc-title"] a', 'figure.steps .step-title']) {
      for (const text of await textsOutsideMath(page.locator(selector))) expect(text, selector).not.toMatch(PLAIN_MATH);
    }
    // The table of contents never shows a heading's MathML run together with its TeX source.
    for (const text of await textsOutsideMath(page.locator('nav[aria-labelledby="toc-title-side"] a'))) expect(text).not.toMatch(/[\\^_{}]/);
  });
}

test('an objective with math is typeset, in the chapter and on the home page card', async ({ page }) => {
  await page.goto('/queries-keys-values/');
  const objectives = page.locator('.objectives li');
  await expect(objectives.locator('math').first()).toBeVisible();
  expect(await objectives.locator('math').count()).toBeGreaterThanOrEqual(4);
  await page.goto('/en/');
  expect(await page.locator('main li math').count(), 'home page cards typeset their objectives').toBeGreaterThan(0);
  expect(await page.locator('ul.features li math').count(), 'the feature card typesets √d_k').toBeGreaterThan(0);
});

test('glossary terms and definitions typeset their math', async ({ page }) => {
  await page.goto('/glossary/');
  const list = page.locator('.glossary-list');
  expect(await list.locator('dd math').count()).toBeGreaterThanOrEqual(5);
  expect(await list.locator('dt math').count()).toBeGreaterThanOrEqual(1);
  // the residual connection's x + sublayer(x) and the dot product's worked sum are equations too
  // (a CSS string escapes its backslashes: \\text is the TeX's \text)
  await expect(list.locator('dd', { has: page.locator(String.raw`math[data-tex="x + \\text{子层}(x)"]`) })).toHaveCount(1);
  await expect(list.locator('dd', { has: page.locator(String.raw`math[data-tex*="1 \\times 3"]`) })).toHaveCount(1);
  for (const text of await textsOutsideMath(list.locator('dd'))) expect(text).not.toMatch(/√d_k|\bW_[QKVO]\b|XW_Q/);
});

test('equations are MathML drawn with STIX Two Math; Chinese inside them in the body font', async ({ page }) => {
  await page.goto('/queries-keys-values/');
  await page.evaluate(() => document.fonts.ready);
  const math = page.locator('figure.steps math').first();
  await math.scrollIntoViewIfNeeded();
  expect(await math.evaluate((m) => getComputedStyle(m).fontFamily)).toContain('STIX Two Math');
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.load('16px "STIX Two Math"', '∑');
    return document.fonts.check('16px "STIX Two Math"', '∑');
  });
  expect(fontLoaded, 'the self-hosted math font loads').toBe(true);
  const mtext = page.locator('figure.steps mtext', { hasText: /[\u4e00-\u9fff]/ }).first();
  const [mtextFont, bodyFont] = await mtext.evaluate((el) => [getComputedStyle(el).fontFamily, getComputedStyle(document.body).fontFamily]);
  // STIX first for Latin letters, then exactly the body's fonts, which draw the Chinese
  expect(mtextFont.replace(/^"?STIX Two Math"?,\s*/, '')).toBe(bodyFont);
});

for (const path of ['/why-self-attention/', '/positional-encoding/']) {
  test(`${path}: punctuation around inline math never starts or ends a line alone (360 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    const glued = page.locator('article .math-nobr');
    expect(await glued.count(), 'inline math next to punctuation is glued to it').toBeGreaterThan(5);
    const opening = await glued.evaluateAll((spans) => spans.filter((s) => s.firstChild?.nodeType === Node.TEXT_NODE).length);
    expect(opening, 'an opening bracket before inline math is glued to it too').toBeGreaterThan(0);
    // Where the line breaks around a glued equation, the punctuation goes with the equation: a closing
    // mark never sits below it, at the start of the next line, and an opening one never above it.
    const orphans = await glued.evaluateAll((spans) =>
      spans.flatMap((span) => {
        const math = span.querySelector('math')?.getBoundingClientRect();
        if (!math || math.height === 0) return [];
        const rectOf = (node: ChildNode | null) => {
          if (node?.nodeType !== Node.TEXT_NODE) return null;
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getClientRects()[0] ?? null;
        };
        const before = rectOf(span.firstChild), after = rectOf(span.lastChild);
        const apart = (before && before.bottom <= math.top + 2) || (after && after.top >= math.bottom - 2);
        return apart ? [span.parentElement?.textContent?.slice(0, 40) ?? ''] : [];
      }),
    );
    expect(orphans).toEqual([]);
    expect(await glued.first().evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
  });
}

test('nothing but the bar follows a square root: no gap before the next symbol', async ({ page }) => {
  await page.goto('/en/scaling/');
  await page.evaluate(() => document.fonts.ready);
  const gaps = await page.locator('article math:has(> msqrt:last-child)').evaluateAll((maths) =>
    maths.slice(0, 10).map((math) => {
      const sqrt = math.querySelector(':scope > msqrt:last-child')!;
      const content = sqrt.lastElementChild!.getBoundingClientRect();
      // where whatever follows the equation starts, in ems of the equation's font
      return (math.getBoundingClientRect().right - content.right) / parseFloat(getComputedStyle(math).fontSize);
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toBeLessThan(0.1);
});

test('the 苹果 worked example is compact: one aligned block per step', async ({ page }) => {
  await page.goto('/queries-keys-values/');
  const example = page.locator('figure.steps').last();
  await example.scrollIntoViewIfNeeded();
  // steps 1–3 each in one display (not one per key)
  const sections = example.locator('section');
  for (const k of [1, 2, 3]) expect(await sections.nth(k).locator('.katex-display').count()).toBe(1);
  const height = (await example.boundingBox())!.height;
  expect(height, 'was 2,100 px with one display per equation').toBeLessThan(1700);
});

test('hreflang alternates are absolute URLs', async ({ page }) => {
  await page.goto('/en/queries-keys-values/');
  const hrefs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(2);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
});

for (const p of chapters) {
  test(`${p.path}: headings never skip a level (Lighthouse's heading order)`, async ({ page }) => {
    await page.goto(p.path);
    const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let k = 1; k < levels.length; k++) expect(levels[k]!, `heading ${k + 1} after an h${levels[k - 1]}`).toBeLessThanOrEqual(levels[k - 1]! + 1);
  });
}
