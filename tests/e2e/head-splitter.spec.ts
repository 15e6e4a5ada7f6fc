/**
 * The head splitter in the multi-head chapter, driven by the keyboard. Every number the page
 * should show is computed here by the kernel from the widget's own preset, so the test checks
 * the page against the math, not against a copy of the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { type Matrix, formatNumber, multiHeadAttention } from '../../src/kernel/index.ts';
import { D_MODEL, DEFAULT_H, presetX, randomWeights, WEIGHTS_SEED } from '../../src/widgets/head-splitter/preset.ts';
import { divisors } from '../../src/widgets/head-splitter/model.ts';
import { type Locale, THEME_KEY, cell, cellName, escapeRegExp, expect, hydrateIslandOf, t, tableByCaption, test, typeInCell } from './helpers.ts';

/** The pages that hold the widget: the multi-head chapter in both languages. */
const PAGES: Record<Locale, string> = { zh: '/multi-head/', en: '/en/multi-head/' };

const f = (x: number) => formatNumber(x, { decimals: 2 });
const cellsOf = (M: Matrix) => M.toArray().flat().map(f);

async function openSplitter(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const splitter = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'headSplitter.title'), exact: true }) });
  await expect(splitter, 'one head splitter on the page').toHaveCount(1);
  await hydrateIslandOf(splitter);
  return splitter;
}

const radioH = (splitter: Locator, locale: Locale, H: number) => splitter.getByRole('radio', { name: t(locale, 'headSplitter.headsOption', { H }), exact: true });
const resultTable = (splitter: Locator) => tableByCaption(splitter, 'MultiHead(X)');
const formula = (locale: Locale, H: number) => t(locale, 'headSplitter.paramsFormula', { H, d_model: D_MODEL, d_k: D_MODEL / H, total: 4 * D_MODEL ** 2 });

/** Each head's heatmap cells, the result's cells, the parameter formula and the largest difference, read in one go. */
function state(splitter: Locator) {
  return splitter.evaluate((root) => {
    const cells = (table: Element | null | undefined) => (table ? [...table.querySelectorAll('tbody td')].map((td) => td.textContent?.trim() ?? '') : null);
    const result = [...root.querySelectorAll('table')].find((tb) => (tb.querySelector('caption')?.textContent ?? '').startsWith('MultiHead(X)'));
    return {
      heads: [...root.querySelectorAll('figure')].map((fig) => cells(fig.querySelector('table'))),
      result: cells(result),
      formula: root.querySelector('.formula')?.textContent?.trim() ?? null,
      diff: root.querySelector('.diff')?.textContent?.trim() ?? null,
      error: root.querySelector('.error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
}

/** What the page must show for X and weights w with H heads, by the kernel. */
function expected(locale: Locale, X: number[][], w: ReturnType<typeof randomWeights>, H: number) {
  const mha = multiHeadAttention(X, w, H);
  return {
    heads: mha.heads.map((h) => cellsOf(h.weights)),
    result: cellsOf(mha.output),
    formula: formula(locale, H),
    diff: expect.stringMatching(new RegExp(`${escapeRegExp(t(locale, 'headSplitter.maxDiff', { diff: '' }))}(0|[1-9](\\.\\d)? × 10⁻¹[⁵⁶])$`)),
    error: null,
  };
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`head splitter (${locale})`, () => {
    test('changing H keeps the parameter count and shows every head with the kernel’s numbers', async ({ page }) => {
      const splitter = await openSplitter(page, locale);
      const X = presetX(), w = randomWeights(WEIGHTS_SEED);
      await expect(radioH(splitter, locale, DEFAULT_H)).toBeChecked();
      await expect.poll(() => state(splitter), { message: 'the default state' }).toEqual(expected(locale, X, w, DEFAULT_H));

      // Keyboard only: focus the checked radio, arrows move through H = 1, 2, 4, 8.
      await radioH(splitter, locale, DEFAULT_H).focus();
      await page.keyboard.press('ArrowLeft');
      const order = [1, 2, 4, 8];
      for (const [k, H] of order.entries()) {
        if (k > 0) await page.keyboard.press('ArrowRight');
        await expect(radioH(splitter, locale, H)).toBeChecked();
        await expect.poll(() => state(splitter), { message: `H = ${H}` }).toEqual(expected(locale, X, w, H));
        // the breakdown of the same total, for every H at once
        await expect(splitter.locator('tr[aria-current="true"] th')).toContainText(String(H));
      }
      expect(divisors(D_MODEL)).toEqual(order);

      // The sum over heads: one term per head, and the result as Concat·W_O and as Σ.
      await expect(splitter.getByRole('group', { name: t(locale, 'headSplitter.sumTitle'), exact: true }).locator('table')).toHaveCount(8);
      await expect(tableByCaption(splitter, t(locale, 'headSplitter.sum')).locator('tbody td')).toHaveText(cellsOf(multiHeadAttention(X, w, 8).output));

      // New random weights: the next seed's numbers, still 256 parameters.
      await splitter.getByRole('button', { name: t(locale, 'headSplitter.random'), exact: true }).click();
      await expect.poll(() => state(splitter), { message: 'new random weights' }).toEqual(expected(locale, X, randomWeights(WEIGHTS_SEED + 1), 8));
    });

    test('editing a cell of X recomputes every head and the result', async ({ page }) => {
      const splitter = await openSplitter(page, locale);
      // Keyboard only: W_Q is being edited; ← chooses X, the matrix before it.
      await splitter.getByRole('radio', { name: 'W_Q', exact: true }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(splitter.getByRole('radio', { name: 'X', exact: true })).toBeChecked();
      const target = cell(splitter, locale, 'X', 1, 2);
      await expect(target).toHaveValue(String(presetX()[0]![1]));
      await typeInCell(page, target, '-1.5');
      const X = presetX();
      X[0]![1] = -1.5;
      const before = multiHeadAttention(presetX(), randomWeights(WEIGHTS_SEED), DEFAULT_H);
      const after = expected(locale, X, randomWeights(WEIGHTS_SEED), DEFAULT_H);
      expect(after.result, 'the edit changes the result').not.toEqual(cellsOf(before.output));
      await expect.poll(() => state(splitter), { message: 'after the edit' }).toEqual(after);
      // One polite live region says it once typing pauses.
      const live = splitter.locator('[aria-live]');
      await expect(live).toHaveCount(1);
      await expect(live).toContainText(`H = ${DEFAULT_H}`);
    });

    test('bad input gets a message in the page language and the last good result stays', async ({ page }) => {
      const splitter = await openSplitter(page, locale);
      await splitter.getByRole('radio', { name: 'X', exact: true }).check();
      const good = expected(locale, presetX(), randomWeights(WEIGHTS_SEED), DEFAULT_H);
      await expect.poll(() => state(splitter)).toEqual(good);
      const target = cell(splitter, locale, 'X', 2, 3);
      const cases = [
        { value: '', key: 'error.blank' },
        { value: 'abc', key: 'error.notANumber' },
        { value: 'NaN', key: 'error.nonFinite' },
        { value: '1e309', key: 'error.nonFinite' },
      ] as const;
      for (const { value, key } of cases) {
        await typeInCell(page, target, value, { atOnce: true });
        const message = t(locale, key, { matrix: 'X', row: 2, col: 3, value });
        await expect
          .poll(() => state(splitter), { message: `after typing "${value}"` })
          .toEqual({ ...good, error: expect.stringMatching(new RegExp(`(?=.*${escapeRegExp(`⚠ ${message}`)})(?=.*${escapeRegExp(t(locale, 'widget.lastGood'))})`)) });
        await expect(target).toHaveAttribute('aria-invalid', 'true');
        await expect(target).toHaveAttribute('aria-describedby', (await splitter.locator('.error').getAttribute('id')) ?? 'missing');
      }
      // Changing H over bad input: the message stays, and so does the last good result.
      await radioH(splitter, locale, 1).check();
      await expect(splitter.locator('.error')).toBeVisible();
      await expect(resultTable(splitter).locator('tbody td')).toHaveText(good.result);
      // A valid number clears it; the result follows the kernel again, with H = 1.
      await typeInCell(page, target, '0.25');
      const X = presetX();
      X[1]![2] = 0.25;
      await expect.poll(() => state(splitter)).toEqual(expected(locale, X, randomWeights(WEIGHTS_SEED), 1));
      await expect(target).toHaveAttribute('aria-invalid', 'false');
    });
  });
}

for (const [theme, locale] of [['light', 'zh'], ['dark', 'en'], ['dark', 'zh'], ['light', 'en']] as const) {
  test(`axe finds nothing in the head splitter with two and eight heads and with an error (${theme}, ${locale})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const splitter = await openSplitter(page, locale);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await splitter.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-axe-scope]').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect.soft(await scan(), 'H = 2, editing W_Q').toEqual([]);
    await radioH(splitter, locale, 8).check();
    await splitter.getByRole('radio', { name: 'W_O', exact: true }).check();
    await expect(splitter.locator('figure')).toHaveCount(8);
    expect.soft(await scan(), 'H = 8, editing W_O').toEqual([]);
    await typeInCell(page, cell(splitter, locale, 'W_O', 1, 1), 'abc', { atOnce: true });
    await expect(splitter.locator('.error')).toContainText(t(locale, 'error.notANumber', { matrix: 'W_O', row: 1, col: 1, value: 'abc' }));
    expect.soft(await scan(), 'with an error over the last good result').toEqual([]);
    expect(cellName(locale, 'W_O', 1, 1)).toContain('W_O');
  });
}
