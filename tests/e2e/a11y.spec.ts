/**
 * axe-core on every page, in the light and the dark theme, with every island hydrated; then
 * on states that only exist after interaction (exercise feedback, the explorer's error message,
 * the search dialog). WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules. Nothing is excluded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { THEME_KEY, builtPages, cell, expect, findExplorer, firstSingleChoice, hydrateIslandOf, hydrateIslands, t, test, typeInCell } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Theme = 'light' | 'dark';

/** Rules whose outcome depends on colours, the only thing a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axe(page: Page, include?: string, { colourOnly = false } = {}) {
  let builder = colourOnly ? new AxeBuilder({ page }).withRules(COLOUR_RULES) : new AxeBuilder({ page }).withTags(TAGS);
  if (include !== undefined) builder = builder.include(include);
  const { violations } = await builder.analyze();
  // One readable line per failing element: rule, impact, selector, and the colours for contrast.
  return violations.flatMap((v) =>
    v.nodes.map((n) => {
      const data = n.any.find((c) => c.id === 'color-contrast')?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string; fontSize?: string } | undefined;
      const detail = data?.fgColor
        ? `${data.fgColor} on ${data.bgColor ?? '?'}, ${data.contrastRatio} < ${data.expectedContrastRatio} (${data.fontSize ?? ''})`
        : (n.failureSummary?.replace(/\s+/g, ' ') ?? v.help);
      return `${v.id} (${v.impact ?? 'n/a'}) at ${n.target.join(' ')}: ${detail}`;
    }),
  );
}

/** The theme, set the way a reader sets it: the system preference, and the remembered choice. */
async function useTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
}

/**
 * Each page once, scanned in both themes: first, with every rule, in the theme set before load
 * (system preference and the remembered choice); then switched with the theme toggle, as a reader
 * would, and scanned again with the rules that depend on colour (a theme changes nothing else).
 */
for (const [index, p] of builtPages().entries()) {
  test(`${p.path}, light and dark`, async ({ page }) => {
    const first: Theme = index % 2 === 0 ? 'light' : 'dark'; // every other page starts dark
    const second: Theme = first === 'light' ? 'dark' : 'light';
    await useTheme(page, first);
    await page.goto(p.path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', first);
    await hydrateIslands(page);
    expect.soft(await axe(page), `${first} theme`).toEqual([]);

    await page.emulateMedia({ colorScheme: second });
    await page.locator('#theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', second);
    expect.soft(await axe(page, undefined, { colourOnly: true }), `${second} theme (colour rules)`).toEqual([]);
  });
}

for (const [theme, locale] of [['light', 'zh'], ['dark', 'en']] as const) {
  test(`states after interaction: exercise feedback, explorer error, search results (${theme}, ${locale})`, async ({ page }) => {
    const path = locale === 'zh' ? '/queries-keys-values/' : '/en/queries-keys-values/';
    await useTheme(page, theme);
    await page.goto(path);

    // An exercise answered wrong: verdict, ✗ explanation, the right option's explanation.
    const { question, section } = await firstSingleChoice(page);
    await hydrateIslandOf(section);
    await section.getByRole('radio').nth(question.options.findIndex((o) => !o.correct)).check();
    await section.getByRole('button', { name: t(locale, 'exercise.check'), exact: true }).click();
    await expect(section.getByRole('status')).toContainText(t(locale, 'exercise.incorrect'));
    await section.getByRole('button', { name: t(locale, 'exercise.showSolution'), exact: true }).click();
    // Soft: every state is scanned and reported even when an earlier one fails.
    expect.soft(await axe(page, `[data-exercise="${await section.getAttribute('data-exercise')}"]`), 'exercise with feedback').toEqual([]);

    // The explorer showing an error over the stale last good result.
    const explorer = await findExplorer(page, locale);
    await hydrateIslandOf(explorer);
    const first = explorer.locator('input[aria-label]').first();
    const name = (await first.getAttribute('aria-label')) ?? '';
    const matrix = name.split(' ')[0] ?? '';
    await typeInCell(page, cell(explorer, locale, matrix, 1, 1), 'abc', { atOnce: true });
    await expect(explorer.locator('.error')).toBeVisible();
    await explorer.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    expect.soft(await axe(page, '[data-axe-scope]'), 'explorer with an error over the last good result').toEqual([]);

    // The search dialog with results.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.locator('#search-button').click();
    await page.locator('#search-input').fill(locale === 'zh' ? '注意力' : 'attention');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    expect.soft(await axe(page, '#search-dialog'), 'search dialog with results').toEqual([]);
  });
}
