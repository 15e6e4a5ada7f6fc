/**
 * The rotary-embedding widget (RoPE) in the positional-encoding chapter, in both languages, driven
 * by the keyboard. Every number the page should show is computed here with the kernel
 * (rotaryEmbedding, dot) from the widget's own preset, so the test checks the page against the
 * math: moving both positions leaves the score, moving one changes it, every diagonal of the 8 × 8
 * table holds one value; bad input gets a message in the page's language while the last result
 * stays; axe finds nothing in either theme; the `test` fixture fails on any console error.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { createRng, dot, formatNumber, rotaryEmbedding } from '../../src/kernel/index.ts';
import { PRESET_K, PRESET_M, PRESET_N, PRESET_PAIR, PRESET_Q, SEQUENCE_SEED } from '../../src/widgets/rotary/preset.ts';
import { THEME_KEY, type Locale, escapeRegExp, expect, hydrateIslandOf, t, test, typeInCell } from './helpers.ts';

const PAGES: Record<Locale, string> = { zh: '/positional-encoding/', en: '/en/positional-encoding/' };
const D = 8, N = 8;

/* ---------- the kernel's numbers ---------- */

/** One pair (x, y) as pair `pair` of a d = 8 row, turned by the kernel at `pos`. */
function turn(v: readonly number[], pos: number, pair: number): number[] {
  const row = Array.from({ length: D }, (_, j) => (j === 2 * pair ? v[0]! : j === 2 * pair + 1 ? v[1]! : 0));
  const Y = rotaryEmbedding([row], { positions: [pos] });
  return [Y.get(0, 2 * pair), Y.get(0, 2 * pair + 1)];
}
const score = (q: readonly number[], k: readonly number[], m: number, n: number, pair = PRESET_PAIR) => dot(turn(q, m, pair), turn(k, n, pair));
const f4 = (x: number) => formatNumber(x, { decimals: 4 });
/** A difference that rounding leaves, as the widget writes it: "2.2 × 10⁻¹⁶" (10⁻¹⁴ to 10⁻¹⁷). */
const ROUNDING = '[1-9]\\.\\d × 10⁻¹[⁴⁵⁶⁷]';
/** A sentence of the widget as a pattern, with the rounding difference in `slot`. */
function template(locale: Locale, key: 'rotary.change.same' | 'rotary.heat.spread', params: Record<string, string | number>, slot: string): string {
  return escapeRegExp(t(locale, key, { ...params, [slot]: '\u0000' })).replace('\u0000', ROUNDING);
}

/** Part 2's scores, as the kernel computes them for draw `draw`: q and k at positions 0..7, rotated, dotted. */
function scores(draw = 0): number[][] {
  const M = createRng(SEQUENCE_SEED + draw).matrix(2, D, { decimals: 1 });
  const Q = rotaryEmbedding(Array.from({ length: N }, () => Array.from(M.row(0))));
  const K = rotaryEmbedding(Array.from({ length: N }, () => Array.from(M.row(1))));
  return Array.from({ length: N }, (_, m) => Array.from({ length: N }, (_, n) => dot(Q.row(m), K.row(n))));
}
const table = (draw = 0): string[][] => scores(draw).map((row) => row.map((v) => formatNumber(v, { decimals: 2 })));
/** The largest spread along any diagonal n − m. */
function largestSpread(S: number[][]): number {
  const byOffset = new Map<number, number[]>();
  S.forEach((row, m) => row.forEach((v, n) => byOffset.set(n - m, [...(byOffset.get(n - m) ?? []), v])));
  return Math.max(...[...byOffset.values()].map((vs) => Math.max(...vs) - Math.min(...vs)));
}

/* ---------- the page ---------- */

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'rotary.title'), exact: true }) });
  await expect(widget, 'one rotary widget on the page').toHaveCount(1);
  await hydrateIslandOf(widget);
  return widget;
}

/** What the widget shows, read in one go. */
function state(widget: Locator) {
  return widget.evaluate((root) => {
    const text = (sel: string) => root.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const rows = [...root.querySelectorAll('table.scores tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''));
    const diag = [...root.querySelectorAll('table.scores td.diag')].map((td) => td.textContent?.trim() ?? '');
    return {
      score: text('dd.score'),
      badge: text('.change .badge'),
      change: text('.change-text'),
      rows,
      diag,
      error: text('.error'),
    };
  });
}

const field = (widget: Locator, locale: Locale, which: 'm' | 'n') => widget.getByRole('textbox', { name: t(locale, `rotary.${which}.field`), exact: true });
const slider = (widget: Locator, locale: Locale, which: 'm' | 'n') => widget.getByRole('slider', { name: t(locale, `rotary.${which}.slider`), exact: true });
const componentCell = (widget: Locator, locale: Locale, vector: 'q' | 'k', i: 1 | 2) => widget.getByRole('textbox', { name: t(locale, 'rotary.component', { vector, i }), exact: true });
const button = (widget: Locator, locale: Locale, key: 'rotary.move.bothUp' | 'rotary.move.bothDown' | 'rotary.seq.new' | 'widget.reset') =>
  widget.getByRole('button', { name: t(locale, key), exact: true });

/** Presses a button with the keyboard only. */
async function press(page: Page, target: Locator) {
  await target.focus();
  await page.keyboard.press('Enter');
}

async function expectScore(widget: Locator, value: number) {
  await expect.poll(async () => (await state(widget)).score, { message: `the score is the kernel’s ${value}` }).toBe(f4(value));
}

/** Every diagonal n − m of a table of texts holds one text. */
function diagonalsConstant(rows: string[][]): boolean {
  const seen = new Map<number, string>();
  return rows.every((row, m) => row.every((v, n) => (seen.has(n - m) ? seen.get(n - m) === v : (seen.set(n - m, v), true))));
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`rotary embeddings (${locale})`, () => {
    test('opens on the kernel’s score and table; the marked diagonal is n − m = 3 and every diagonal is constant', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const s = await state(widget);
      expect(s.score).toBe(f4(score(PRESET_Q, PRESET_K, PRESET_M, PRESET_N)));
      expect(s.rows).toEqual(table());
      expect(diagonalsConstant(s.rows)).toBe(true);
      expect(s.diag).toEqual(Array.from({ length: N - 3 }, (_, m) => table()[m]![m + 3]!));
      expect(s.error).toBeNull();
      await expect(field(widget, locale, 'm')).toHaveValue(String(PRESET_M));
      await expect(field(widget, locale, 'n')).toHaveValue(String(PRESET_N));
      await expect(widget.locator('svg[role="img"]')).toHaveAttribute('aria-label', /\d\.\d{3}/);
      expect(largestSpread(scores())).toBeLessThan(1e-14);
      await expect(widget.locator('.reading')).toHaveText(
        new RegExp(`^(${escapeRegExp(t(locale, 'rotary.heat.spreadZero', { count: 2 * N - 1 }))}|${template(locale, 'rotary.heat.spread', { count: 2 * N - 1 }, 'spread')})$`),
      );
    });

    test('“both +1” leaves the score; moving one position changes it to the kernel’s value (keyboard only)', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const before = score(PRESET_Q, PRESET_K, PRESET_M, PRESET_N);

      await press(page, button(widget, locale, 'rotary.move.bothUp'));
      await expect(field(widget, locale, 'm')).toHaveValue(String(PRESET_M + 1));
      await expect(field(widget, locale, 'n')).toHaveValue(String(PRESET_N + 1));
      const after = score(PRESET_Q, PRESET_K, PRESET_M + 1, PRESET_N + 1);
      expect(f4(after)).toBe(f4(before)); // the math: the offset is what counts
      await expectScore(widget, after);
      let s = await state(widget);
      expect(s.badge).toBe(t(locale, 'rotary.change.unchanged'));
      // The difference is rounding: 0 or about 10⁻¹⁶ (the browser's sin and cos need not round as Node's do).
      expect(Math.abs(after - before)).toBeLessThan(1e-14);
      expect(s.change).toMatch(new RegExp(`^(${escapeRegExp(t(locale, 'rotary.change.sameExact', { shift: '+1', offset: 3, after: f4(after) }))}|${
        template(locale, 'rotary.change.same', { shift: '+1', offset: 3, before: f4(before), after: f4(after) }, 'diff')})$`));
      // the table marks the same diagonal: the distance did not change
      expect(s.diag).toHaveLength(N - 3);

      await press(page, button(widget, locale, 'rotary.move.bothDown'));
      await press(page, button(widget, locale, 'rotary.move.bothDown'));
      await expect(field(widget, locale, 'm')).toHaveValue(String(PRESET_M - 1));
      await expectScore(widget, score(PRESET_Q, PRESET_K, PRESET_M - 1, PRESET_N - 1));
      expect((await state(widget)).badge).toBe(t(locale, 'rotary.change.unchanged'));

      // Only n moves, by the slider's arrow key: the distance grows by one and the score changes.
      await slider(widget, locale, 'n').focus();
      await page.keyboard.press('ArrowRight');
      await expect(field(widget, locale, 'n')).toHaveValue(String(PRESET_N));
      const moved = score(PRESET_Q, PRESET_K, PRESET_M - 1, PRESET_N);
      expect(f4(moved)).not.toBe(f4(before));
      await expectScore(widget, moved);
      s = await state(widget);
      expect(s.badge).toBe(t(locale, 'rotary.change.changed'));
      expect(s.change).toBe(t(locale, 'rotary.change.offset', { from: 3, to: 4, before: f4(before), after: f4(moved) }));
      expect(s.diag).toHaveLength(N - 4);
      expect(diagonalsConstant(s.rows)).toBe(true);

      // Only m, typed into its field.
      await typeInCell(page, field(widget, locale, 'm'), '0');
      await expectScore(widget, score(PRESET_Q, PRESET_K, 0, PRESET_N));
      await expect(slider(widget, locale, 'm')).toHaveValue('0');
      await expect(button(widget, locale, 'rotary.move.bothDown')).toBeDisabled();
    });

    test('a slower pair and new numbers for q: the kernel’s score; new q and k: the kernel’s table, still constant along diagonals', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const radios = widget.getByRole('radio');
      await expect(radios).toHaveCount(4);
      await radios.nth(0).focus();
      await page.keyboard.press('ArrowRight');
      await expect(radios.nth(1)).toBeChecked();
      await expectScore(widget, score(PRESET_Q, PRESET_K, PRESET_M, PRESET_N, 1));

      await typeInCell(page, componentCell(widget, locale, 'q', 1), '0.3');
      await typeInCell(page, componentCell(widget, locale, 'k', 2), '-2');
      const q = [0.3, PRESET_Q[1]], k = [PRESET_K[0], -2];
      await expectScore(widget, score(q, k, PRESET_M, PRESET_N, 1));

      await press(page, button(widget, locale, 'rotary.seq.new'));
      await expect.poll(async () => (await state(widget)).rows).toEqual(table(1));
      expect(diagonalsConstant(table(1))).toBe(true);

      await press(page, button(widget, locale, 'widget.reset'));
      await expectScore(widget, score(PRESET_Q, PRESET_K, PRESET_M, PRESET_N));
      await expect(radios.nth(0)).toBeChecked();
      expect((await state(widget)).rows).toEqual(table());
    });

    test('bad input gets a message in the page’s language and the last result stays', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const good = f4(score(PRESET_Q, PRESET_K, PRESET_M, PRESET_N));
      const cases: [Locator, string, RegExp][] = [
        [componentCell(widget, locale, 'q', 1), '', locale === 'zh' ? /空/ : /empty/],
        [componentCell(widget, locale, 'q', 2), 'abc', locale === 'zh' ? /不是数字/ : /not a number/],
        [componentCell(widget, locale, 'k', 1), 'NaN', locale === 'zh' ? /有限/ : /finite/],
        [componentCell(widget, locale, 'k', 2), '1e308', locale === 'zh' ? /之间/ : /between/],
        [field(widget, locale, 'm'), '-1e308', locale === 'zh' ? /之间/ : /between/],
        [field(widget, locale, 'm'), '2.5', locale === 'zh' ? /整数/ : /whole number/],
        [field(widget, locale, 'n'), '21', locale === 'zh' ? /0 到 20/ : /0 and 20/],
      ];
      for (const [input, value, message] of cases) {
        const original = await input.inputValue();
        await typeInCell(page, input, value, { atOnce: true });
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(widget.locator('.error')).toContainText(message);
        await expect(widget.locator('.error')).toContainText(t(locale, 'widget.lastGood'));
        await expect(widget.locator('.result')).toHaveClass(/stale/);
        expect((await state(widget)).score, `${value}: the last good score stays`).toBe(good);
        await expect(widget.locator('.result')).not.toContainText(/NaN|Infinity|∞/);
        await typeInCell(page, input, original, { atOnce: true });
        await expect(widget.locator('.error')).toHaveCount(0);
      }
      await expect(widget.locator('.result')).not.toHaveClass(/stale/);
      await expect(widget.getByRole('status')).toHaveText(t(locale, 'rotary.announce', { m: PRESET_M, n: PRESET_N, offset: 3, score: good }));
    });

    test('axe finds nothing in either theme, and a 360 px phone does not scroll sideways', async ({ page }) => {
      for (const theme of ['light', 'dark'] as const) {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
        const widget = await openWidget(page, locale);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await press(page, button(widget, locale, 'rotary.move.bothUp'));
        const results = await new AxeBuilder({ page }).include('section.widget.rotary').analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
      }
      await page.setViewportSize({ width: 360, height: 800 });
      const widget = await openWidget(page, locale);
      await widget.scrollIntoViewIfNeeded();
      // Wide content (the 8 × 8 table, the equation) scrolls inside its own box; the widget itself stays within the screen.
      const fits = await widget.evaluate((el) => ({ inside: el.scrollWidth <= el.clientWidth, right: el.getBoundingClientRect().right <= window.innerWidth }));
      expect(fits).toEqual({ inside: true, right: true });
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static page already shows the score, the equation and the table', async ({ page }) => {
    await page.goto(PAGES.zh);
    const widget = page.locator('section.widget.rotary');
    await expect(widget).toHaveCount(1);
    const s = await state(widget);
    expect(s.score).toBe(f4(score(PRESET_Q, PRESET_K, PRESET_M, PRESET_N)));
    expect(s.rows).toEqual(table());
    await expect(widget.locator('.live-equation math')).toHaveCount(1);
  });
});
