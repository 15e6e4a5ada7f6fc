/**
 * Every built page, in both languages, renders: the right language, a heading, KaTeX typeset at
 * build time with its stylesheet, every island hydrated, no untranslated string, and (through
 * the `test` fixture) no console error and no request leaving the site.
 */
import { ui } from '../../src/i18n/ui.ts';
import { EXPECTED_PAGES, builtPages, escapeRegExp, expect, hydrateIslands, localeOfPath, t, test } from './helpers.ts';

const uiKeys = Object.keys(ui.zh);

const pages = builtPages();

test('dist/ holds every page the course needs', () => {
  const paths = pages.map((p) => p.path);
  for (const path of EXPECTED_PAGES) expect(paths, `dist/ has ${path}`).toContain(path);
  // Each Chinese chapter has its English twin and the reverse.
  const chapters = pages.filter((p) => p.chapter !== undefined);
  for (const p of chapters) {
    const twin = p.locale === 'zh' ? `/en${p.path}` : p.path.slice(3);
    expect(paths, `${p.path} has its other-language twin`).toContain(twin);
  }
});

for (const p of pages) {
  test(`${p.path} renders with KaTeX and no console error`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    const locale = localeOfPath(p.path);
    expect(p.locale, 'the <html lang> matches the URL').toBe(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
    await expect(page).toHaveTitle(new RegExp(`${t(locale, 'site.title')}$`));
    await expect(page.locator('h1').first()).toBeVisible();

    await hydrateIslands(page);

    // KaTeX: rendered at build time into MathML only, drawn with the site's math font, no parse errors anywhere.
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('.katex-html'), 'no HTML copy of the math').toHaveCount(0);
    if (p.chapter !== undefined) {
      const math = page.locator('.katex > math');
      expect(await math.count(), 'a chapter has typeset math').toBeGreaterThan(0);
      await expect(math.first()).toBeVisible();
      const font = await math.first().evaluate((el) => getComputedStyle(el).fontFamily);
      expect(font, 'the math font is applied').toContain('STIX Two Math');
    }

    // No UI key shown instead of its text ("qkv.title"), no unfilled placeholder.
    const text = await page.locator('body').innerText();
    const shownKeys = uiKeys.filter((key) => new RegExp(`(^|[^\\w.])${escapeRegExp(key)}(?![\\w.])`).test(text));
    expect(shownKeys, 'UI keys shown instead of their text').toEqual([]);
    expect(text).not.toMatch(/\{(?:count|title|done|total|key|n|matrix|row|col|value|token)\}/);
    expect(text).not.toContain(t(locale, 'exercise.loadFailed'));
  });
}
