/**
 * The Q/K/V explorer in chapter 2, driven by the keyboard only. Every number the page should
 * show is computed here by the same kernel, so the test checks the page against the math, not
 * against a copy of the page.
 */
import type { Locator, Page } from '@playwright/test';
import { type AttentionResult, KernelError, type Matrix, formatNumber, matrix, scaledDotProductAttention, selfAttention } from '../../src/kernel/index.ts';
import {
  type Locale,
  captionWords,
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

/**
 * What the explorer shows, read in one go: the cells of the tables with these captions, the
 * plain-text form of each live equation (what a screen reader reads; shown until KaTeX loads),
 * and whether KaTeX has typeset them.
 */
function snapshot(explorer: Locator, captions: Record<string, string>) {
  return explorer.evaluate((root, caps) => {
    const tables = [...root.querySelectorAll('table')];
    const cells = (caption: string) => {
      const table = tables.find((tb) => (tb.querySelector('caption')?.textContent ?? '').includes(caption));
      return table ? [...table.querySelectorAll('tbody td')].map((td) => td.textContent?.trim() ?? '') : null;
    };
    return {
      tables: Object.fromEntries(Object.entries(caps).map(([key, caption]) => [key, cells(caption)])),
      equations: [...root.querySelectorAll('.live-equation')].map((eq) => eq.querySelector(':scope > code, :scope > .visually-hidden')?.textContent?.trim() ?? ''),
      katex: root.querySelector('.live-equation .katex') !== null,
    };
  }, captions);
}

/** The error box, the state of one cell, the weights and every other cell's text, read in one go. */
function explorerState(explorer: Locator, label: string, weightsCaption: string) {
  return explorer.evaluate(
    (root, { label, weightsCaption }) => {
      const inputs = [...root.querySelectorAll<HTMLInputElement>('input[aria-label]')];
      const target = inputs.find((i) => i.getAttribute('aria-label') === label);
      const error = root.querySelector('.error');
      const table = [...root.querySelectorAll('table')].find((tb) => (tb.querySelector('caption')?.textContent ?? '').includes(weightsCaption));
      return {
        error: error === null ? null : (error.textContent ?? '').replace(/\s+/g, ' ').trim(),
        invalid: target?.getAttribute('aria-invalid') ?? null,
        describedByError: error !== null && error.id !== '' && target?.getAttribute('aria-describedby') === error.id,
        weights: table ? [...table.querySelectorAll('tbody td')].map((td) => td.textContent?.trim() ?? '') : null,
        others: inputs.filter((i) => i !== target).map((i) => i.value),
      };
    },
    { label, weightsCaption },
  );
}

/** An equation's text: it contains `parts` (in this order) and ends with "= `end`". */
const equation = (end: string, ...parts: string[]) => expect.stringMatching(new RegExp(`^${parts.map((p) => `(?=.*${escapeRegExp(p)})`).join('')}.*= ${escapeRegExp(end)}$`));

/** The page shows `a`'s scores, weights and output, and the four equations of cell (1, 1), with the kernel's numbers. */
/** `katex`: whether the equations are typeset (at build time for the first cell, by KaTeX loaded once the reader engages). */
async function expectShows(explorer: Locator, locale: Locale, a: AttentionResult, V: Matrix, katex = true) {
  const captions = { scores: captionWords(t(locale, 'qkv.scores')), weights: captionWords(t(locale, 'qkv.weights')), output: captionWords(t(locale, 'qkv.output')) };
  await expect
    .poll(() => snapshot(explorer, captions), { message: 'the explorer shows the kernel\'s numbers' })
    .toEqual({
      tables: { scores: cellsOf(a.scores), weights: cellsOf(a.weights), output: cellsOf(a.output) },
      equations: [
        equation(f(a.scores.get(0, 0))),
        equation(f(a.scaledScores.get(0, 0)), `√${a.d_k}`),
        equation(f(a.weights.get(0, 0))),
        equation(vec(a.output.row(0)), `${f(a.weights.get(0, 0))} × ${vec(V.row(0))}`),
      ],
      katex, // KaTeX is loaded on demand and typesets the equations; the plain text stays for screen readers
    });
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
    test('keyboard edits of W_Q, then of Q in direct mode, recompute Q, the weights and the equations as the kernel does', async ({ page }) => {
      const explorer = await openExplorer(page, locale);
      const m = await readEditableMatrices(explorer, locale);
      const { X, W_Q, W_K, W_V } = m;
      if (!X || !W_Q || !W_K || !W_V) throw new Error(`projection mode shows X, W_Q, W_K, W_V; found ${Object.keys(m).join(', ')}`);

      // As built: the preset's numbers, computed by the kernel.
      const before = selfAttention(X, { W_Q, W_K, W_V });
      // Nothing touched yet: the first cell's equations are already typeset (at build time, KaTeX not loaded).
      await expectShows(explorer, locale, before, before.V, true);
      expect(await explorer.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/katex\.[\w-]+\.js$/.test(r.name))), 'KaTeX is not loaded before the reader engages').toBe(false);

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

      // Then direct mode: Q itself is editable.
      await switchToDirect(page, explorer, locale);
      const { Q, K, V } = await readEditableMatrices(explorer, locale);
      if (!Q || !K || !V) throw new Error('direct mode shows Q, K, V');
      await expectShows(explorer, locale, scaledDotProductAttention(Q, K, V), matrix(V)); // Q, K, V as projected

      await typeInCell(page, cell(explorer, locale, 'Q', 1, 2), '-1.5');
      Q[0]![1] = -1.5;
      await expectShows(explorer, locale, scaledDotProductAttention(Q, K, V), matrix(V));
    });

    test('bad input and overflow show their message and keep the rest; a valid value clears it', async ({ page }) => {
      const explorer = await openExplorer(page, locale);
      const label = cellName(locale, 'X', 1, 2);
      const target = cell(explorer, locale, 'X', 1, 2);
      const weights = weightsTable(explorer, locale).locator('tbody td');
      const state = () => explorerState(explorer, label, captionWords(t(locale, 'qkv.weights')));
      const before = await state();
      expect(before.error).toBeNull();
      expect(before.weights?.length, 'the weights table is found').toBeGreaterThan(0);

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
        // The message (and that the last good result is still shown) in the error box the cell
        // points to; the last good weights and every other cell as they were.
        await expect
          .poll(state, { message: `after typing "${value}"` })
          .toEqual({
            error: expect.stringMatching(new RegExp(`(?=.*${escapeRegExp(`⚠ ${message}`)})(?=.*${escapeRegExp(t(locale, 'widget.lastGood'))})`)),
            invalid: 'true',
            describedByError: true,
            weights: before.weights,
            others: before.others,
          });
      }
      // The live region says it too (once typing pauses).
      await expect(explorer.getByRole('status')).toHaveText(message);

      await typeInCell(page, target, '0.5');
      const { X, W_Q, W_K, W_V } = await readEditableMatrices(explorer, locale);
      expect(X?.[0]?.[1]).toBe(0.5);
      await expect
        .poll(state, { message: 'a valid value clears the message' })
        .toEqual({ error: null, invalid: 'false', describedByError: false, weights: cellsOf(selfAttention(X!, { W_Q: W_Q!, W_K: W_K!, W_V: W_V! }).weights), others: before.others });

      // 1e308 in Q and K (direct mode): QKᵀ overflows.
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
      if (!lastGood.ok) throw new Error('the projected Q, K, V compute');

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
      const overflow = t(locale, 'error.overflow', { matrix: d.matrix, row: d.row + 1, col: d.col + 1 });

      await expect(explorer.locator('.error')).toContainText(`⚠ ${overflow}`);
      await expect(explorer.locator('.error')).toContainText(t(locale, 'widget.lastGood'));
      await expect(weights).toHaveText(cellsOf(lastGood.a.weights));

      // Back to small values: the message goes, the weights follow the kernel again.
      await typeInCell(page, cell(explorer, locale, 'Q', 1, 1), '0.5');
      await typeInCell(page, cell(explorer, locale, 'K', 1, 1), '1');
      Q[0]![0] = 0.5;
      K[0]![0] = 1;
      await expect(explorer.locator('.error')).toHaveCount(0);
      await expect(weights).toHaveText(cellsOf(scaledDotProductAttention(Q, K, V).weights));
    });
  });
}
