/**
 * The Q/K/V explorer in chapter 2, driven by the keyboard only. Every number the page should
 * show is computed here by the same kernel, so the test checks the page against the math, not
 * against a copy of the page.
 */
import type { Locator, Page } from '@playwright/test';
import { type AttentionResult, KernelError, type Matrix, formatNumber, matrix, scaledDotProductAttention, selfAttention } from '../../src/kernel/index.ts';
import {
  type Locale,
  cell,
  cellName,
  escapeRegExp,
  expect,
  findExplorer,
  hydrateIslandOf,
  readEditableMatrices,
  t,
  tableByCaption,
  test,
  typeInCell,
} from './helpers.ts';

const f = (x: number) => formatNumber(x, { decimals: 2 });
const cellsOf = (M: Matrix) => M.toArray().flat().map(f);
const vec = (v: ArrayLike<number>) => `[${Array.from(v, f).join(', ')}]`;
const path = (locale: Locale) => (locale === 'zh' ? '/queries-keys-values/' : '/en/queries-keys-values/');

async function openExplorer(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(path(locale));
  const explorer = await findExplorer(page, locale, 'woShiShei');
  await hydrateIslandOf(explorer);
  return explorer;
}

const weightsTable = (explorer: Locator, locale: Locale) => tableByCaption(explorer, t(locale, 'qkv.weights'));
/** The plain-text form of each live equation (what a screen reader reads; also shown until KaTeX loads). */
const equationTexts = (explorer: Locator) => explorer.locator('.live-equation').locator(':scope > code, :scope > .visually-hidden');

/** The page shows `a`'s weights and the four equations of cell (1, 1) with the kernel's numbers. */
async function expectShows(explorer: Locator, locale: Locale, a: AttentionResult, V: Matrix) {
  await expect(weightsTable(explorer, locale).locator('tbody td')).toHaveText(cellsOf(a.weights));
  await expect(tableByCaption(explorer, t(locale, 'qkv.scores')).locator('tbody td')).toHaveText(cellsOf(a.scores));
  await expect(tableByCaption(explorer, t(locale, 'qkv.output')).locator('tbody td')).toHaveText(cellsOf(a.output));
  // KaTeX is loaded on demand and typesets the equations; the plain text stays for screen readers.
  await expect(explorer.locator('.live-equation .katex').first()).toBeVisible();
  const eq = equationTexts(explorer);
  await expect(eq).toHaveCount(4);
  const ends = (s: string) => new RegExp(`= ${escapeRegExp(s)}$`);
  await expect(eq.nth(0)).toHaveText(ends(f(a.scores.get(0, 0))));
  await expect(eq.nth(1)).toHaveText(ends(f(a.scaledScores.get(0, 0))));
  await expect(eq.nth(1)).toContainText(`√${a.d_k}`);
  await expect(eq.nth(2)).toHaveText(ends(f(a.weights.get(0, 0))));
  await expect(eq.nth(3)).toHaveText(ends(vec(a.output.row(0))));
  await expect(eq.nth(3)).toContainText(`${f(a.weights.get(0, 0))}×${vec(V.row(0))}`);
}

async function switchToDirect(page: Page, explorer: Locator, locale: Locale) {
  // A radio group, by keyboard: focus the checked radio and press the arrow key.
  const projection = explorer.getByRole('radio', { name: t(locale, 'qkv.modeProjection') });
  await expect(projection).toBeChecked();
  await projection.focus();
  await page.keyboard.press('ArrowRight');
  await expect(explorer.getByRole('radio', { name: t(locale, 'qkv.modeDirect') })).toBeChecked();
  await expect(cell(explorer, locale, 'Q', 1, 1)).toBeVisible();
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`explorer (${locale})`, () => {
    test('editing W_Q with the keyboard recomputes Q, the weights and the equations as the kernel does', async ({ page }) => {
      const explorer = await openExplorer(page, locale);
      const m = await readEditableMatrices(explorer, locale);
      const { X, W_Q, W_K, W_V } = m;
      if (!X || !W_Q || !W_K || !W_V) throw new Error(`projection mode shows X, W_Q, W_K, W_V; found ${Object.keys(m).join(', ')}`);

      // As built: the preset's numbers, computed by the kernel.
      const before = selfAttention(X, { W_Q, W_K, W_V });
      await expectShows(explorer, locale, before, before.V);

      // Keyboard only: Tab along a row, ↓ to the next row, select all, type.
      await cell(explorer, locale, 'W_Q', 1, 1).focus();
      await page.keyboard.press('Tab');
      await expect(cell(explorer, locale, 'W_Q', 1, 2)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      const target = cell(explorer, locale, 'W_Q', 2, 2);
      await expect(target).toBeFocused();
      await typeInCell(page, target, '2.5');

      W_Q[1]![1] = 2.5;
      const after = selfAttention(X, { W_Q, W_K, W_V });
      expect(cellsOf(after.weights), 'the edit changes the weights').not.toEqual(cellsOf(before.weights));
      await expect(tableByCaption(explorer, /^Q = XW/).locator('tbody td')).toHaveText(cellsOf(after.Q));
      await expectShows(explorer, locale, after, after.V);

      // One polite live region announces the new weights of the chosen query.
      const live = explorer.locator('[aria-live]');
      await expect(live).toHaveCount(1);
      await expect(live).toHaveAttribute('role', 'status');
      for (let j = 0; j < after.weights.cols; j++) await expect(live).toContainText(f(after.weights.get(0, j)));
    });

    test('editing a Q cell in direct mode recomputes the weights and the equations as the kernel does', async ({ page }) => {
      const explorer = await openExplorer(page, locale);
      await switchToDirect(page, explorer, locale);
      const { Q, K, V } = await readEditableMatrices(explorer, locale);
      if (!Q || !K || !V) throw new Error('direct mode shows Q, K, V');
      await expectShows(explorer, locale, scaledDotProductAttention(Q, K, V), matrix(V));

      await typeInCell(page, cell(explorer, locale, 'Q', 1, 2), '-1.5');
      Q[0]![1] = -1.5;
      const after = scaledDotProductAttention(Q, K, V);
      await expectShows(explorer, locale, after, matrix(V));
    });

    test('bad input shows the message and keeps the rest; a valid value clears it', async ({ page }) => {
      const explorer = await openExplorer(page, locale);
      const target = cell(explorer, locale, 'X', 1, 2);
      const weights = weightsTable(explorer, locale).locator('tbody td');
      const goodWeights = await weights.allTextContents();
      const otherValues = () => explorer.locator('input[aria-label]').evaluateAll((inputs, skip) => inputs.filter((i) => i.getAttribute('aria-label') !== skip).map((i) => (i as HTMLInputElement).value), cellName(locale, 'X', 1, 2));
      const othersBefore = await otherValues();
      const errorBox = explorer.locator('.error');

      const cases = [
        { value: '', key: 'error.blank' },
        { value: 'abc', key: 'error.notANumber' },
        { value: 'NaN', key: 'error.nonFinite' },
        { value: '1e309', key: 'error.nonFinite' },
      ] as const;
      let message = '';
      for (const { value, key } of cases) {
        await typeInCell(page, target, value, { atOnce: true });
        message = t(locale, key, { matrix: 'X', row: 1, col: 2, value });
        await expect(errorBox).toContainText(`⚠ ${message}`);
        await expect(errorBox).toContainText(t(locale, 'widget.lastGood'));
        await expect(target).toHaveAttribute('aria-invalid', 'true');
        const errorId = await errorBox.getAttribute('id');
        await expect(target).toHaveAttribute('aria-describedby', errorId ?? '');
        // The last good result and every other cell stay as they were.
        await expect(weights).toHaveText(goodWeights);
        expect(await otherValues()).toEqual(othersBefore);
      }
      // The live region says it too (once typing pauses).
      await expect(explorer.getByRole('status')).toHaveText(message);

      await typeInCell(page, target, '0.5');
      await expect(errorBox).toHaveCount(0);
      await expect(target).toHaveAttribute('aria-invalid', 'false');
      const { X, W_Q, W_K, W_V } = await readEditableMatrices(explorer, locale);
      expect(X?.[0]?.[1]).toBe(0.5);
      await expect(weights).toHaveText(cellsOf(selfAttention(X!, { W_Q: W_Q!, W_K: W_K!, W_V: W_V! }).weights));
    });

    test('1e308 in Q and K makes QKᵀ overflow: the overflow message, the last good result kept', async ({ page }) => {
      const explorer = await openExplorer(page, locale);
      await switchToDirect(page, explorer, locale);
      const { Q, K, V } = await readEditableMatrices(explorer, locale);
      if (!Q || !K || !V) throw new Error('direct mode shows Q, K, V');
      const attempt = () => {
        try {
          return { ok: true as const, a: scaledDotProductAttention(Q, K, V) };
        } catch (e) {
          if (e instanceof KernelError) return { ok: false as const, error: e };
          throw e;
        }
      };
      let lastGood = attempt();
      if (!lastGood.ok) throw new Error('the preset computes');
      const weights = weightsTable(explorer, locale).locator('tbody td');

      await typeInCell(page, cell(explorer, locale, 'Q', 1, 1), '1e308', { atOnce: true });
      Q[0]![0] = 1e308;
      const first = attempt();
      if (first.ok) lastGood = first;
      await typeInCell(page, cell(explorer, locale, 'K', 1, 1), '1e308', { atOnce: true });
      K[0]![0] = 1e308;
      const second = attempt();
      if (second.ok) throw new Error('the kernel should report an overflow');
      const d = second.error.details;
      if (d.code !== 'overflow') throw new Error(`expected an overflow, the kernel says ${d.code}`);
      const message = t(locale, 'error.overflow', { matrix: d.matrix, row: d.row + 1, col: d.col + 1 });

      await expect(explorer.locator('.error')).toContainText(`⚠ ${message}`);
      await expect(explorer.locator('.error')).toContainText(t(locale, 'widget.lastGood'));
      await expect(weights).toHaveText(cellsOf(lastGood.a.weights));

      // Back to a finite value: the message goes, the weights follow the kernel again.
      await typeInCell(page, cell(explorer, locale, 'K', 1, 1), '1');
      K[0]![0] = 1;
      const third = attempt();
      if (third.ok) {
        await expect(explorer.locator('.error')).toHaveCount(0);
        await expect(weights).toHaveText(cellsOf(third.a.weights));
      }
    });
  });
}
