/**
 * "Swap two words" in the positional-encoding chapter, in both languages. What the page should
 * show is computed here with the widget's logic (the kernel's attention) from the same preset, so
 * the page is checked against the math; and, independently, the rows on screen after a swap
 * without positions must be the rows before it, moved.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { type Mode, compare, defaultConstant } from '../../src/widgets/position-swap/model.ts';
import { PRESETS, openingOrder } from '../../src/widgets/position-swap/presets.ts';
import { formatDiff, formatValue } from '../../src/widgets/position-swap/format.ts';
import { type Locale, THEME_KEY, cell, escapeRegExp, expect, hydrateIslandOf, t, test, typeInCell } from './helpers.ts';

const PAGES: Record<Locale, string> = { zh: '/positional-encoding/', en: '/en/positional-encoding/' };

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'posSwap.title'), exact: true }) });
  await expect(widget, 'one swap widget on the page').toHaveCount(1);
  await hydrateIslandOf(widget);
  return widget;
}

/** Both output tables (cells of the body and of the mean row), the two difference lines, the verdict and any message. */
function state(widget: Locator, locale: Locale) {
  const captions = [t(locale, 'posSwap.outputBefore'), t(locale, 'posSwap.outputAfter')];
  return widget.evaluate((root, [before, after]) => {
    const table = (caption: string) => [...root.querySelectorAll('table')].find((tb) => tb.querySelector('caption')?.textContent?.trim() === caption);
    const rows = (tb: Element | undefined, part: string) => (tb ? [...tb.querySelectorAll(`${part} tr`)].map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')) : null);
    const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    return {
      before: rows(table(before!), 'tbody'),
      beforeMean: rows(table(before!), 'tfoot'),
      after: rows(table(after!), 'tbody'),
      afterMean: rows(table(after!), 'tfoot'),
      diffs: [...root.querySelectorAll('.summary .diff')].map((p) => p.textContent?.trim() ?? ''),
      verdict: text('.verdict'),
      error: text('.error'),
    };
  }, captions);
}

/** What the page must show for the words in `order` with positions `mode`. */
function expected(locale: Locale, words: readonly string[], order: readonly number[], mode: Mode, constant: readonly number[] = defaultConstant()) {
  const r = compare(words, order, mode, constant);
  const Z = r.before.attention.output, Z2 = r.after.attention.output;
  const verdict =
    r.verdict === 'unchanged' ? t(locale, 'posSwap.verdict.unchanged')
    : r.verdict === 'changed' ? t(locale, 'posSwap.verdict.changed', { diff: formatDiff(r.maxDiff) })
    : mode === 'constant' ? t(locale, 'posSwap.verdict.sameConstant')
    : t(locale, 'posSwap.verdict.same', { before: r.before.tokens.join(' '), after: r.after.tokens.join(' ') });
  return {
    before: r.before.tokens.map((w, k) => [w, ...Z.toArray()[k]!.map(formatValue)]),
    beforeMean: [[t(locale, 'posSwap.mean'), ...r.before.mean.map(formatValue)]],
    after: r.after.tokens.map((w, k) => [w, String(r.order[k]! + 1), ...Z2.toArray()[k]!.map(formatValue), formatValue(r.wordDiffs[k]!)]),
    afterMean: [[t(locale, 'posSwap.mean'), '', ...r.after.mean.map(formatValue), formatValue(r.meanDiff)]],
    diffs: [t(locale, 'posSwap.maxDiff', { diff: formatDiff(r.maxDiff) }), t(locale, 'posSwap.meanDiff', { diff: formatDiff(r.meanDiff) })],
    verdict,
    error: null as string | null,
    result: r,
  };
}
const shown = ({ result: _, ...rest }: ReturnType<typeof expected>) => rest;

/**
 * A difference at the level of rounding ("0", "1.4 × 10⁻¹⁷") depends on the order of the additions
 * and on the engine's Math.exp, so Node and Chromium may print different ones: both become "≈0".
 */
const TINY = /^(0|\d(\.\d)? × 10⁻¹[⁴⁵⁶⁷⁸⁹])$/;
const tidy = (s: string) => (TINY.test(s) ? '≈0' : s.replace(/(?<=[:：] ?)(0|\d(\.\d)? × 10⁻¹[⁴⁵⁶⁷⁸⁹])$/, '≈0'));
function normal<S extends { after: string[][] | null; afterMean: string[][] | null; diffs: string[] }>(s: S): S {
  const lastCell = (rows: string[][] | null) => rows?.map((r) => [...r.slice(0, -1), tidy(r[r.length - 1]!)]) ?? null;
  return { ...s, after: lastCell(s.after), afterMean: lastCell(s.afterMean), diffs: s.diffs.map(tidy) };
}
/** The widget's state with rounding-level differences made alike. */
const stateOf = async (widget: Locator, locale: Locale) => normal(await state(widget, locale));
const wanted = (e: ReturnType<typeof expected>) => normal(shown(e));

/** Rows of the after table rearranged to the order of the before table: word and numbers only. */
const movedBack = (after: string[][], order: readonly number[]) => order.map((_, from) => after[order.indexOf(from)]!).map((row) => [row[0]!, ...row.slice(2, -1)]);

const modeRadio = (widget: Locator, locale: Locale, mode: Mode) => widget.getByRole('radio', { name: t(locale, `posSwap.mode.${mode}`), exact: true });

for (const locale of ['zh', 'en'] as const) {
  const first = PRESETS[locale][0]!;
  const opening = openingOrder(first.words, first.swap);

  test.describe(`swap two words (${locale})`, () => {
    test('without JavaScript the page already shows the swapped sentence and the unchanged outputs', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(PAGES[locale]);
      const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'posSwap.title'), exact: true }) });
      const want = expected(locale, first.words, opening, 'none');
      expect(want.result.verdict).toBe('same');
      expect(await stateOf(widget, locale)).toEqual(wanted(want));
      await context.close();
    });

    test('a swap by keyboard moves the output rows and changes no number; the kernel agrees', async ({ page }) => {
      const widget = await openWidget(page, locale);
      let order = opening;
      await expect.poll(() => stateOf(widget, locale), { message: 'the opening state' }).toEqual(wanted(expected(locale, first.words, order, 'none')));

      // The two selects and the Swap button, with keys only: trade positions 1 and 2 of the current sentence.
      const firstSelect = widget.getByRole('combobox', { name: t(locale, 'posSwap.first'), exact: true });
      const secondSelect = widget.getByRole('combobox', { name: t(locale, 'posSwap.second'), exact: true });
      await firstSelect.focus();
      await page.keyboard.press('Home');
      await expect(firstSelect).toHaveValue('0');
      await secondSelect.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await expect(secondSelect).toHaveValue('1');
      await page.keyboard.press('Tab');
      await expect(widget.getByRole('button', { name: t(locale, 'posSwap.swap'), exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      order = [order[1]!, order[0]!, ...order.slice(2)];
      const want = expected(locale, first.words, order, 'none');
      expect(want.result.verdict, 'the words really moved').toBe('same');
      await expect.poll(() => stateOf(widget, locale), { message: 'after the keyboard swap' }).toEqual(wanted(want));
      // On screen: the rows after the swap are the rows before it, moved with their words.
      const now = await stateOf(widget, locale);
      expect(movedBack(now.after!, want.result.order)).toEqual(now.before);
      expect(now.afterMean![0]!.slice(2, -1)).toEqual(now.beforeMean![0]!.slice(1));

      // Clicking two words of the swapped sentence, by keyboard: focus one, Space, Tab to the next, Space.
      const chips = widget.getByRole('group', { name: t(locale, 'posSwap.after'), exact: true }).getByRole('button');
      await expect(chips).toHaveCount(first.words.length);
      await chips.nth(0).focus();
      await page.keyboard.press('Space');
      await expect(chips.nth(0)).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      order = [order[1]!, order[0]!, ...order.slice(2)];
      await expect.poll(() => stateOf(widget, locale), { message: 'after swapping two words by their buttons' }).toEqual(wanted(expected(locale, first.words, order, 'none')));
      await expect(chips.nth(0)).toHaveAttribute('aria-pressed', 'false');

      // One polite live region says it once the reader pauses.
      const live = widget.locator('[aria-live]');
      await expect(live).toHaveCount(1);
      const r = expected(locale, first.words, order, 'none').result;
      await expect(live).toContainText(r.after.tokens.join(' '));
      await expect(live).toContainText(t(locale, 'posSwap.verdict.same', { before: r.before.tokens.join(' '), after: r.after.tokens.join(' ') }));
    });

    test('sinusoidal and learned-like positions change the outputs; a constant vector does not', async ({ page }) => {
      const widget = await openWidget(page, locale);
      for (const mode of ['sinusoidal', 'constant', 'learned', 'none'] as const) {
        await modeRadio(widget, locale, mode).check();
        const want = expected(locale, first.words, opening, mode);
        expect(want.result.verdict).toBe(mode === 'sinusoidal' || mode === 'learned' ? 'changed' : 'same');
        if (want.result.verdict === 'changed') expect(want.result.maxDiff).toBeGreaterThan(1e-2);
        await expect.poll(() => stateOf(widget, locale), { message: `positions: ${mode}` }).toEqual(wanted(want));
        const now = await stateOf(widget, locale);
        if (want.result.verdict === 'same') expect(movedBack(now.after!, want.result.order)).toEqual(now.before);
        else expect(movedBack(now.after!, want.result.order)).not.toEqual(now.before);
      }

      // A constant of the reader's own: still no change from the swap, but other outputs than with none.
      await modeRadio(widget, locale, 'constant').check();
      const c = cell(widget, locale, 'c', 1, 2);
      await typeInCell(page, c, '3');
      const constant = defaultConstant();
      constant[1] = 3;
      const want = expected(locale, first.words, opening, 'constant', constant);
      expect(want.before).not.toEqual(expected(locale, first.words, opening, 'constant').before);
      await expect.poll(() => stateOf(widget, locale), { message: 'with c₂ = 3' }).toEqual(wanted(want));
    });

    test('the reader’s own sentence and the examples', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const own = widget.getByRole('textbox', { name: t(locale, 'posSwap.own'), exact: true });
      const words = locale === 'zh' ? ['小猫', '追', '小狗', '了'] : ['cats', 'chase', 'small', 'mice'];
      await own.fill(words.join(' '));
      await own.press('Enter');
      await expect.poll(() => stateOf(widget, locale)).toEqual(wanted(expected(locale, words, openingOrder(words), 'none')));
      const second = PRESETS[locale][1]!;
      await widget.getByRole('button', { name: second.words.join(' '), exact: true }).click();
      await expect.poll(() => stateOf(widget, locale)).toEqual(wanted(expected(locale, second.words, openingOrder(second.words, second.swap), 'none')));
      await expect(own).toHaveValue(second.words.join(' '));
    });

    test('bad input gets a message in the page language and the last good result stays', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const good = wanted(expected(locale, first.words, opening, 'none'));
      await expect.poll(() => stateOf(widget, locale)).toEqual(good);
      const own = widget.getByRole('textbox', { name: t(locale, 'posSwap.own'), exact: true });
      const sentences = [
        { value: '', message: t(locale, 'posSwap.problem.empty') },
        { value: 'abc', message: t(locale, 'posSwap.problem.oneWord', { word: 'abc' }) },
        { value: '1e308', message: t(locale, 'posSwap.problem.oneWord', { word: '1e308' }) },
        { value: '0.1 0.2 0.3', message: t(locale, 'posSwap.problem.notAWord', { n: 1, word: '0.1' }) },
        { value: 'a b c d e f g', message: t(locale, 'posSwap.problem.tooMany', { count: 7, max: 6 }) },
      ];
      for (const { value, message } of sentences) {
        await own.fill(value);
        await own.press('Enter');
        const error = expect.stringMatching(new RegExp(`(?=.*${escapeRegExp(`⚠ ${message}`)})(?=.*${escapeRegExp(t(locale, 'widget.lastGood'))})`));
        await expect.poll(() => stateOf(widget, locale), { message: `sentence "${value}"` }).toEqual({ ...good, error });
        await expect(own).toHaveAttribute('aria-invalid', 'true');
      }

      // The constant vector: the last good constant's result stays, marked as such.
      await modeRadio(widget, locale, 'constant').check();
      await own.fill(first.words.join(' '));
      await own.press('Enter');
      const constantGood = wanted(expected(locale, first.words, opening, 'constant'));
      await expect.poll(() => stateOf(widget, locale)).toEqual(constantGood);
      const target = cell(widget, locale, 'c', 1, 3);
      const cases = [
        { value: '', message: t(locale, 'error.blank', { matrix: 'c', row: 1, col: 3 }) },
        { value: 'abc', message: t(locale, 'error.notANumber', { matrix: 'c', row: 1, col: 3, value: 'abc' }) },
        { value: 'NaN', message: t(locale, 'error.nonFinite', { matrix: 'c', row: 1, col: 3, value: 'NaN' }) },
        { value: '1e308', message: t(locale, 'posSwap.constantRange', { col: 3, value: '1e308', limit: 10 }) },
        { value: '-1e308', message: t(locale, 'posSwap.constantRange', { col: 3, value: '-1e308', limit: 10 }) },
      ];
      for (const { value, message } of cases) {
        await typeInCell(page, target, value, { atOnce: true });
        const error = expect.stringMatching(new RegExp(`(?=.*${escapeRegExp(`⚠ ${message}`)})(?=.*${escapeRegExp(t(locale, 'widget.lastGood'))})`));
        await expect.poll(() => stateOf(widget, locale), { message: `c₃ = "${value}"` }).toEqual({ ...constantGood, error });
        await expect(target).toHaveAttribute('aria-invalid', 'true');
        await expect(widget.locator('.results')).toHaveClass(/stale/);
      }
      // A good number clears it.
      await typeInCell(page, target, '0.5');
      const constant = defaultConstant();
      constant[2] = 0.5;
      await expect.poll(() => stateOf(widget, locale)).toEqual(wanted(expected(locale, first.words, opening, 'constant', constant)));
      await expect(target).toHaveAttribute('aria-invalid', 'false');
    });
  });
}

for (const [theme, locale] of [['light', 'zh'], ['dark', 'en']] as const) {
  test(`axe finds nothing in the swap widget, with its computation open and an error (${theme}, ${locale})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const widget = await openWidget(page, locale);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await widget.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    const scan = async () => {
      // Scrolled below the page's sticky header first: a control under it would count as too small a target.
      await widget.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-axe-scope]').analyze();
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await widget.locator('details summary').click();
    await expect(widget.locator('details table'), 'the computation loads when opened').toHaveCount(4);
    expect.soft(await scan(), 'opening state, computation open').toEqual([]);
    await modeRadio(widget, locale, 'constant').check();
    await typeInCell(page, cell(widget, locale, 'c', 1, 1), 'abc', { atOnce: true });
    await expect(widget.locator('.error')).toBeVisible();
    await widget.getByRole('group', { name: t(locale, 'posSwap.after'), exact: true }).getByRole('button').first().click();
    expect.soft(await scan(), 'constant with an error, a word picked').toEqual([]);
  });
}

test('at 360 px the page does not scroll sideways because of the widget', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const widget = await openWidget(page, 'zh');
  await widget.locator('details summary').click();
  await expect(widget.locator('details table')).toHaveCount(4);
  await modeRadio(widget, 'zh', 'constant').check();
  await expect(cell(widget, 'zh', 'c', 1, 4)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
