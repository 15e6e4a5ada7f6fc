/**
 * What a page waits for before its first paint: stylesheets in its <head> that style something on
 * it (those of components loaded later come after the content, src/build/late-styles.ts), and the
 * math font, asked for with the page when it shows equations.
 */
import { builtPages, expect, test } from './helpers.ts';

/** The stylesheets linked in <head> and after the content, and which head sheets match nothing on the page. */
const sheets = () =>
  ({
    head: [...document.head.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? ''),
    late: [...document.body.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? ''),
    idle: [...document.styleSheets]
      .filter((s) => s.ownerNode instanceof HTMLLinkElement && document.head.contains(s.ownerNode))
      .filter((s) => {
        const rules = (list: CSSRuleList): CSSStyleRule[] =>
          [...list].flatMap((r) => (r instanceof CSSStyleRule ? [r] : r instanceof CSSGroupingRule ? rules(r.cssRules) : []));
        return !rules(s.cssRules).some((r) => {
          try {
            return document.querySelector(r.selectorText) !== null;
          } catch {
            return false; // a selector this browser does not take
          }
        });
      })
      .map((s) => s.href),
  });

test('the home page, the glossary and the 404 page wait for the site’s stylesheet only; widget sheets come after the content', async ({ page }) => {
  for (const path of ['/', '/en/glossary/', '/404.html']) {
    await page.goto(path);
    const { head, late } = await page.evaluate(sheets);
    expect(head, path).toHaveLength(1);
    expect(late.length, `${path}: the widgets' sheets are still linked, after the content`).toBeGreaterThan(0);
  }
});

for (const p of builtPages().filter((x) => x.chapter !== undefined)) {
  test(`${p.path}: every stylesheet in the head styles something on the page`, async ({ page }) => {
    await page.goto(p.path);
    const { head, idle } = await page.evaluate(sheets);
    expect(head.length).toBeGreaterThan(1); // the site's, and the chapter's widgets'
    expect(idle).toEqual([]);
  });
}

test('a page with equations asks for the math font with the page, the very file its equations use; the 404 page does not', async ({ page }) => {
  await page.goto('/scaling/');
  const href = await page.locator('head link[rel="preload"][as="font"]').getAttribute('href');
  expect(href).toMatch(/stix-two-math.*\.woff2$/);
  const sources = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule && r.style.getPropertyValue('font-family').includes('STIX Two Math'))
      .map((r) => r.style.getPropertyValue('src')),
  );
  expect(sources.join(' ')).toContain(href!);
  await page.goto('/404.html');
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
});
