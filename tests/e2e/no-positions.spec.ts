/**
 * The positional-encoding chapter's real-model widget (NoPositions) in Chromium, in both languages:
 * the static HTML already shows the kernel's weights with and without positions; the switch moves
 * the summary to the other column; swapping the nouns, or any two words chosen with the keyboard,
 * shows exactly what the kernel computes here in Node from the same weights file, and without
 * positions every word keeps its weight; a weights file that will not load gets a message while the
 * page keeps working; axe finds nothing in either theme; a 360 px phone does not scroll sideways.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { THEME_KEY, type Locale, expect, hydrateIslandOf, t, test } from './helpers.ts';
import { formatNumber } from '../../src/kernel/index.ts';
import { parseFullWeights, parseFullWeightsLayout } from '../../src/model/coref-full-weights.ts';
import { presetSentences } from '../../src/widgets/no-positions/build-data.ts';
import { type Mode, type Order, type Sentence, asWritten, choiceOf, nounsLeftToRight, shuffled, swapNouns, swapPlaces, tokensIn } from '../../src/widgets/no-positions/logic.ts';
import { runBoth } from '../../src/widgets/no-positions/run.ts';
import { meta, vocab } from '../helpers/coref-model.ts';

const models = new URL('../../public/models/', import.meta.url);
const layout = parseFullWeightsLayout(JSON.parse(readFileSync(new URL('coref.full.json', models), 'utf8')));
const weights = parseFullWeights(Uint8Array.from(readFileSync(new URL('coref.full.bin', models))).buffer, layout);
const path = (locale: Locale) => (locale === 'zh' ? '/positional-encoding/' : '/en/positional-encoding/');
const pct = (w: number) => `${formatNumber(100 * w, { decimals: 1 })}%`;
const pointer = { layer: meta.pointer.layer, head: meta.pointer.head };

/** What a column must show for `s` in `order`: each noun, left to right, with the pointer's weight on it (the kernel's, in Node). */
function expected(s: Sentence, order: Order, mode: Mode): string[][] {
  const both = runBoth(s, order, weights, pointer, meta.maxLength);
  return nounsLeftToRight(s, order).map((b) => [s.tokens[s.nouns[b.word]]!, pct(both[mode][b.word])]);
}
/** The word the kernel's pointer picks. */
function choice(s: Sentence, order: Order, mode: Mode): string {
  const c = choiceOf(runBoth(s, order, weights, pointer, meta.maxLength)[mode]);
  return s.tokens[s.nouns[c!]]!;
}

const column = (widget: Locator, mode: Mode) => widget.locator(`.column[data-mode="${mode}"]`);
const shown = (widget: Locator, mode: Mode) =>
  column(widget, mode).locator('.bars li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.name')!.textContent!.trim(), li.querySelector('.value')!.textContent!.trim()]));
const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word's button: named by the visible word, then its place in words (label-in-name). */
const chip = (widget: Locator, locale: Locale, s: Sentence, order: Order, place: number) =>
  widget.getByRole('button', { name: new RegExp(`^${escapeRegExp(s.tokens[order[place]!]!)}\\s*${escapeRegExp(t(locale, 'noPositions.wordPlace', { pos: place }).trim())}$`) });

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(path(locale));
  const widget = page.locator('section.no-positions').first();
  await widget.scrollIntoViewIfNeeded();
  await hydrateIslandOf(widget);
  return widget;
}

for (const locale of ['zh', 'en'] as const) {
  const s = presetSentences(meta, vocab, locale, 'cross')[0]!;
  const written = asWritten(s.ids.length);
  const twin = swapNouns(s, written);
  const last = swapPlaces(written, s.ids.length - 2, s.ids.length - 1); // an order the build did not compute
  const headline = (mode: Mode, order: Order) => t(locale, 'noPositions.headline', {
    state: t(locale, mode === 'on' ? 'noPositions.stateOn' : 'noPositions.stateOff'), pronoun: s.tokens[s.pronoun]!, word: choice(s, order, mode),
  });

  test.describe(`the real model without positions (${locale})`, () => {
    test('the static HTML shows the kernel’s weights with and without positions; the switch moves the summary (keyboard only)', async ({ page }) => {
      await page.goto(path(locale));
      const widget = page.locator('section.no-positions').first();
      expect(await shown(widget, 'on')).toEqual(expected(s, written, 'on'));
      expect(await shown(widget, 'off')).toEqual(expected(s, written, 'off'));
      await expect(widget.locator('.headline')).toContainText(headline('on', written));
      await expect(column(widget, 'on')).toHaveClass(/selected/);

      await widget.scrollIntoViewIfNeeded();
      await hydrateIslandOf(widget);
      // keyboard alone: from the sentence's menu, Tab to the switch, Space turns positions off
      await widget.getByRole('combobox', { name: t(locale, 'noPositions.preset') }).focus();
      await page.keyboard.press('Tab');
      const toggle = widget.getByRole('switch', { name: t(locale, 'noPositions.switch') });
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Space');
      await expect(toggle).not.toBeChecked();
      await expect(widget.locator('.headline')).toContainText(headline('off', written));
      await expect(column(widget, 'off')).toHaveClass(/selected/);
      await expect(column(widget, 'on')).not.toHaveClass(/selected/);
      // as written, the answer is known: the model as trained gets it
      await expect(column(widget, 'on')).toHaveAttribute('data-verdict', 'right');
      expect(await shown(widget, 'off')).toEqual(expected(s, written, 'off'));
      // Tab on reaches the first word
      await page.keyboard.press('Tab');
      await expect(chip(widget, locale, s, written, 0)).toBeFocused();
    });

    test('swapping the two nouns: without positions the pointer follows the word, and every number is the kernel’s', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const offBefore = await shown(widget, 'off');
      const chosenBefore = await column(widget, 'off').getAttribute('data-choice');
      await widget.getByRole('button', { name: t(locale, 'noPositions.swapNouns') }).click();
      await expect.poll(() => shown(widget, 'on')).toEqual(expected(s, twin, 'on'));
      expect(await shown(widget, 'off')).toEqual(expected(s, twin, 'off'));
      // the same word, the same weight: only the places changed
      expect(await column(widget, 'off').getAttribute('data-choice')).toBe(chosenBefore);
      expect([...(await shown(widget, 'off'))].sort()).toEqual([...offBefore].sort());
      await expect(column(widget, 'off').locator('.vs.same')).toBeVisible();
      await expect(column(widget, 'on').locator('.vs.changed')).toBeVisible();
      await expect(widget.locator('.order-note')).toHaveAttribute('data-kind', 'nounsSwapped');
      // exactly one of the two orders is right without positions
      const verdicts = [await column(widget, 'off').getAttribute('data-verdict')];
      await widget.getByRole('button', { name: t(locale, 'noPositions.reset') }).click();
      await expect(widget.locator('.order-note')).toHaveAttribute('data-kind', 'asWritten');
      verdicts.push(await column(widget, 'off').getAttribute('data-verdict'));
      expect(verdicts.sort()).toEqual(['right', 'wrong']);
    });

    test('any two words swapped with the keyboard: the weights load, the kernel reruns, each word keeps its weight without positions', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const n = s.ids.length;
      await chip(widget, locale, s, written, n - 2).focus();
      await page.keyboard.press('Enter');
      await expect(chip(widget, locale, s, written, n - 2)).toHaveAttribute('aria-pressed', 'true');
      await chip(widget, locale, s, written, n - 1).focus();
      await page.keyboard.press('Enter');
      await expect(widget.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
      await expect.poll(() => shown(widget, 'on')).toEqual(expected(s, last, 'on'));
      expect(await shown(widget, 'off')).toEqual(expected(s, written, 'off')); // unchanged, to the last digit
      await expect(widget.locator('.order-note')).toHaveAttribute('data-kind', 'other');
      await expect(column(widget, 'off')).toHaveAttribute('data-verdict', 'unknown');
      await expect(chip(widget, locale, s, last, n - 1)).toBeVisible();
      // a shuffle, then Escape lets go of a picked word
      await widget.getByRole('button', { name: t(locale, 'noPositions.shuffle') }).click();
      const mixed = shuffled(s, last, 1); // the widget's first shuffle draws from seed 1
      await expect.poll(() => widget.locator('.word .text').allTextContents()).toEqual(tokensIn(s, mixed));
      await expect.poll(() => shown(widget, 'on')).toEqual(expected(s, mixed, 'on'));
      expect(await shown(widget, 'off')).toEqual(expected(s, mixed, 'off'));
      expect((await shown(widget, 'off')).sort()).toEqual(expected(s, written, 'off').sort());
      await expect(column(widget, 'off').locator('.vs.same')).toBeVisible();
      await widget.locator('.word').first().focus();
      await page.keyboard.press('Enter');
      await expect(widget.locator('.word[aria-pressed="true"]')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(widget.locator('.word[aria-pressed="true"]')).toHaveCount(0);
    });

    for (const failure of ['404', 'garbage'] as const) {
      test(`a weights file that does not load (${failure}) gets a message; the page keeps working`, async ({ page, problems }) => {
        await page.route('**/models/coref.full.bin', (route) => (failure === '404'
          ? route.fulfill({ status: 404, body: 'not here' })
          : route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('not a weights file') })));
        const widget = await openWidget(page, locale);
        const before = [await shown(widget, 'on'), await shown(widget, 'off')];
        const n = s.ids.length;
        await chip(widget, locale, s, written, n - 2).click();
        await chip(widget, locale, s, written, n - 1).click();
        await expect(widget.locator('.status')).toHaveAttribute('data-kind', 'error');
        await expect(widget.getByRole('alert')).toContainText(t(locale, 'noPositions.status.failed').split('{detail}')[0]!);
        await expect(widget.locator('.stale-note')).toBeVisible();
        expect([await shown(widget, 'on'), await shown(widget, 'off')]).toEqual(before);
        // what the build computed still works
        await widget.getByRole('button', { name: t(locale, 'noPositions.reset') }).click();
        await widget.getByRole('button', { name: t(locale, 'noPositions.swapNouns') }).click();
        await expect.poll(() => shown(widget, 'on')).toEqual(expected(s, twin, 'on'));
        await expect(widget.locator('.stale-note')).toHaveCount(0);
        // and the reader can try again
        await page.unroute('**/models/coref.full.bin');
        await widget.getByRole('button', { name: t(locale, 'noPositions.retry') }).click();
        await expect(widget.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
        await chip(widget, locale, s, twin, n - 2).click();
        await chip(widget, locale, s, twin, n - 1).click();
        await expect.poll(() => shown(widget, 'on')).toEqual(expected(s, swapPlaces(twin, n - 2, n - 1), 'on'));
        // the failed request is what this test asks for (Chromium also logs a 404 as a console error)
        problems.list = problems.list.filter((p) => !p.includes('coref.full.bin') && !p.includes('404'));
      });
    }
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the widget after interaction, and on a phone it does not overflow (${theme})`, async ({ page }) => {
    const locale: Locale = theme === 'light' ? 'zh' : 'en';
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const widget = await openWidget(page, locale);
    await widget.getByRole('switch').uncheck();
    await widget.locator('.word').nth(2).click();
    await widget.locator('.word').nth(4).click();
    await expect(widget.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
    await widget.locator('.word').nth(1).click(); // one word picked
    const { violations } = await new AxeBuilder({ page }).include('section.no-positions').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`))).toEqual([]);
    // the widget itself never widens the page (wide content scrolls inside its own box)
    expect(await widget.evaluate((el) => ({ inside: el.scrollWidth <= el.clientWidth, right: el.getBoundingClientRect().right <= window.innerWidth })))
      .toEqual({ inside: true, right: true });
  });
}
