/**
 * "Parallel or sequential" (ParallelSteps) in the RNN/CNN chapter, driven by the keyboard in both
 * languages. The states the page should show are computed here by the kernel (runRnn and
 * selfAttention on the widget's seeded sentence vectors and weights): the stepper fills in one
 * hidden state per step and the counts match (n for the RNN, four for self-attention, whatever n
 * is); Play honours reduced motion; bad input gets a message and the last good result stays; axe
 * finds nothing in either theme; a 360 px phone does not scroll sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatNumber, runRnn, selfAttention, sliceRows } from '../../src/kernel/index.ts';
import { weights } from '../../src/widgets/parallel-steps/model.ts';
import { type Locale, THEME_KEY, expect, hydrateIslandOf, t, test } from './helpers.ts';

const PAGES: Record<Locale, string> = { zh: '/rnn-and-cnn/', en: '/en/rnn-and-cnn/' };
/** Self-attention's sequential steps: projections, scores, softmax, weighted sum. */
const STAGES = 4;
const f = (v: number) => formatNumber(v, { decimals: 2 });

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'parallelSteps.title'), exact: true }) });
  await expect(widget, 'one ParallelSteps widget on the page').toHaveCount(1);
  await hydrateIslandOf(widget);
  return widget;
}

/** The kernel's states for the first n words: h₁…hₙ and z₁…zₙ, as the page prints them. */
function kernelStates(n: number) {
  const w = weights();
  const X = sliceRows(w.X, 0, n);
  const h = runRnn(X, { W_xh: w.W_xh, W_hh: w.W_hh }).toArray().map((row) => row.map(f));
  const z = selfAttention(X, { W_Q: w.W_Q, W_K: w.W_K, W_V: w.W_V }).output.toArray().map((row) => row.map(f));
  return { h, z };
}

/** What the page shows: the rows of both tables (null for a row still to compute), the counts, the stages done. */
function shown(widget: Locator) {
  return widget.evaluate((root) => {
    const rows = (kind: string) =>
      [...root.querySelectorAll(`table[data-kind="${kind}"] tbody tr`)].map((tr) =>
        tr.getAttribute('data-known') === 'true' ? [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') : null,
      );
    const text = (sel: string) => root.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    return {
      h: rows('h'),
      z: rows('z'),
      rnnCount: text('[data-count="rnn"] .big'),
      attCount: text('[data-count="attention"] .big'),
      stagesDone: root.querySelectorAll('.stages li[data-done="true"]').length,
      clock: text('.clock'),
      error: text('.error'),
    };
  });
}

/** What the page must show for n words after `clock` sequential steps. */
function expected(locale: Locale, n: number, clock: number) {
  const { h, z } = kernelStates(n);
  const known = Math.min(clock, n), stages = Math.min(clock, STAGES);
  return {
    h: h.map((row, i) => (i < known ? row : null)),
    z: z.map((row) => (clock >= STAGES ? row : null)),
    rnnCount: t(locale, 'parallelSteps.count', { done: known, total: n }),
    attCount: t(locale, 'parallelSteps.count', { done: stages, total: STAGES }),
    stagesDone: stages,
    clock: t(locale, 'parallelSteps.clock', { clock }),
    error: null,
  };
}

const button = (widget: Locator, locale: Locale, key: 'parallelSteps.next' | 'parallelSteps.play' | 'parallelSteps.pause' | 'parallelSteps.reset') =>
  widget.getByRole('button', { name: t(locale, key), exact: true });
const lengthField = (widget: Locator, locale: Locale) => widget.getByRole('textbox', { name: t(locale, 'parallelSteps.field', { min: 2, max: 10 }), exact: true });

async function retype(page: Page, input: Locator, value: string): Promise<void> {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.insertText(value);
  await expect(input).toHaveValue(value);
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`ParallelSteps (${locale})`, () => {
    test('opens with both columns and their counts, and steps one hidden state at a time', async ({ page }) => {
      const widget = await openWidget(page, locale);
      // The point before anyone presses a button: after four steps attention is done, the RNN is not.
      await expect.poll(() => shown(widget), { message: 'the default state' }).toEqual(expected(locale, 10, STAGES));
      await expect(widget).toContainText(t(locale, 'parallelSteps.rnn.total', { n: 10 }));
      await expect(widget).toContainText(t(locale, 'parallelSteps.att.total', { stages: STAGES }));

      // Keyboard only: Reset, then Next step, one press per hidden state.
      await button(widget, locale, 'parallelSteps.reset').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => shown(widget), { message: 'after Reset' }).toEqual(expected(locale, 10, 0));
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(button(widget, locale, 'parallelSteps.next')).toBeFocused();
      for (let clock = 1; clock <= 10; clock++) {
        await page.keyboard.press('Enter');
        await expect.poll(() => shown(widget), { message: `after ${clock} steps` }).toEqual(expected(locale, 10, clock));
      }
      // At the end Next does nothing, and says it is unavailable without losing focus.
      await expect(button(widget, locale, 'parallelSteps.next')).toHaveAttribute('aria-disabled', 'true');
      await page.keyboard.press('Enter');
      await expect.poll(() => shown(widget)).toEqual(expected(locale, 10, 10));
      await expect(widget.locator('[aria-live]')).toContainText(t(locale, 'parallelSteps.announce', { clock: 10, rnn: 10, n: 10, att: STAGES, stages: STAGES }));
    });

    test('the sentence length changes the RNN’s count and not attention’s', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const slider = widget.getByRole('slider', { name: t(locale, 'parallelSteps.slider'), exact: true });
      await slider.focus();
      for (const n of [9, 8, 7, 6]) {
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => shown(widget), { message: `n = ${n}` }).toEqual(expected(locale, n, STAGES));
        await expect(lengthField(widget, locale)).toHaveValue(String(n));
        await expect(widget.locator('.grow')).toContainText(t(locale, 'parallelSteps.grow.rnn', { steps: n }));
        await expect(widget.locator('.grow')).toContainText(t(locale, 'parallelSteps.grow.att', { steps: STAGES }));
      }
      // Typed: n = 3, where the RNN needs fewer steps than attention's four (the clock stays at four).
      await retype(page, lengthField(widget, locale), '3');
      await expect.poll(() => shown(widget), { message: 'n = 3' }).toEqual(expected(locale, 3, STAGES));
      await expect(widget.locator('.tok:not(.out)')).toHaveCount(3);
    });

    test('Play steps on its own, and goes straight to the end under reduced motion', async ({ page }) => {
      const widget = await openWidget(page, locale);
      await button(widget, locale, 'parallelSteps.reset').click();
      await button(widget, locale, 'parallelSteps.play').click();
      await expect(button(widget, locale, 'parallelSteps.pause')).toBeVisible();
      await expect.poll(() => shown(widget), { message: 'played to the end', timeout: 20_000 }).toEqual(expected(locale, 10, 10));
      await expect(button(widget, locale, 'parallelSteps.play')).toBeVisible();

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await button(widget, locale, 'parallelSteps.reset').click();
      await expect.poll(() => shown(widget)).toEqual(expected(locale, 10, 0));
      await button(widget, locale, 'parallelSteps.play').click();
      // no stepping on a timer: the end at once
      expect(await shown(widget)).toEqual(expected(locale, 10, 10));
    });

    test('steps pressed while the widget’s code is on its way are not lost', async ({ page }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/ParallelSteps.*.js', async (route) => {
        await held;
        await route.continue();
      });
      const widget = await openWidget(page, locale);
      await button(widget, locale, 'parallelSteps.next').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      release();
      await expect.poll(() => shown(widget), { message: 'two steps, replayed' }).toEqual(expected(locale, 10, STAGES + 2));
      await expect(button(widget, locale, 'parallelSteps.next')).toBeFocused();
    });

    test('bad input gets a message in the page’s language and the last good result stays', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const good = expected(locale, 10, STAGES);
      await expect.poll(() => shown(widget)).toEqual(good);
      const input = lengthField(widget, locale);
      const cases = [
        { value: '', key: 'parallelSteps.input.blank' },
        { value: 'abc', key: 'parallelSteps.input.notANumber' },
        { value: 'NaN', key: 'parallelSteps.input.notFinite' },
        { value: '1e308', key: 'parallelSteps.input.range' },
        { value: '-1e308', key: 'parallelSteps.input.range' },
        { value: '11', key: 'parallelSteps.input.range' },
        { value: '2.5', key: 'parallelSteps.input.whole' },
      ] as const;
      for (const { value, key } of cases) {
        await retype(page, input, value);
        const message = `⚠ ${t(locale, key, { value, min: 2, max: 10 })} ${t(locale, 'widget.lastGood')}`;
        await expect.poll(() => shown(widget), { message: `after typing "${value}"` }).toEqual({ ...good, error: message });
        await expect(input).toHaveAttribute('aria-invalid', 'true');
      }
      // the stepper still works over the message
      await button(widget, locale, 'parallelSteps.next').click();
      await expect.poll(() => shown(widget)).toEqual({ ...expected(locale, 10, STAGES + 1), error: expect.any(String) });
      await retype(page, input, '8');
      await expect.poll(() => shown(widget)).toEqual(expected(locale, 8, STAGES + 1));
      await expect(input).toHaveAttribute('aria-invalid', 'false');
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in ParallelSteps, with an error too, and a phone does not scroll sideways (${theme})`, async ({ page }) => {
    const locale: Locale = theme === 'light' ? 'en' : 'zh';
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const widget = await openWidget(page, locale);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await widget.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    // from the top of the page, so that the sticky header covers no control while axe measures targets
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-axe-scope]').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect.soft(await scan(), 'the default state').toEqual([]);
    await button(widget, locale, 'parallelSteps.next').click();
    await retype(page, lengthField(widget, locale), 'abc');
    await expect(widget.locator('.error')).toBeVisible();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    expect.soft(await scan(), 'with an error').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}
