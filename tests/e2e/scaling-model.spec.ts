/**
 * The scaling chapter's real-model widget in Chromium: the held-out statistics in the static
 * table (the committed model-scores.json, formatted as the widget formats them), a sentence run
 * by the model in the browser whose per-head statistics equal the kernel's on onnxruntime-node's
 * q and k, a blocked model that leaves the table in place, and axe on the result.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { type Locale, expect, hydrateIslandOf, t, test } from './helpers.ts';
import { type ModelScoresFile, modelScoreStatistics } from '../../src/model/score-statistics.ts';
import { headCells, liveCells, readingOf } from '../../src/widgets/scaling-model/view.ts';
import { meta, runCoref, tokenizer } from '../helpers/coref-model.ts';

const scores = JSON.parse(readFileSync(new URL('../../src/course/scaling/model-scores.json', import.meta.url), 'utf8')) as ModelScoresFile;
const path = (locale: Locale) => (locale === 'zh' ? '/scaling/' : '/en/scaling/');

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(path(locale));
  const widget = page.locator('section.scaling-model').first();
  await widget.scrollIntoViewIfNeeded();
  await hydrateIslandOf(widget);
  return widget;
}

/** The main table's cells, row by row (without the head's name). */
const tableCells = (widget: Locator) =>
  widget.locator('table.scores tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent!.trim())));

/** What the widget must show for `text`: the kernel's statistics on the model's q and k (onnxruntime-node). */
async function expectedLive(text: string): Promise<string[][]> {
  const out = await runCoref(tokenizer.encode(text).ids);
  return modelScoreStatistics([out], meta).map((h) => liveCells(h.scaled));
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`the scaling chapter's real model (${locale})`, () => {
    test('shows the committed held-out statistics in the static HTML', async ({ page }) => {
      await page.goto(path(locale));
      const rows = await tableCells(page.locator('section.scaling-model').first());
      expect(rows).toEqual(scores.results.map((h) => headCells(h)));
      const { max } = readingOf(scores.results);
      await expect(page.locator('section.scaling-model .reading').first()).toContainText(t(locale, 'scalingModel.headName', { layer: max.layer + 1, head: max.head + 1 }));
    });

    test('runs the model on a sentence and shows the kernel’s statistics for it', async ({ page }) => {
      const widget = await openWidget(page, locale);
      // the first preset, as the widget opens
      const first = await widget.getByLabel(t(locale, 'scalingModel.typeLabel')).inputValue();
      await widget.getByRole('button', { name: t(locale, 'scalingModel.run') }).click();
      await expect(widget.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
      let rows = await tableCells(widget);
      expect(rows.map((r) => r.slice(6))).toEqual(await expectedLive(first));
      expect(rows.map((r) => r.slice(0, 6))).toEqual(scores.results.map((h) => headCells(h))); // the held-out columns stay
      await expect(widget.locator('svg[role="img"] .mark.live')).toHaveCount(scores.results.length);

      // a typed sentence
      const typed = locale === 'zh' ? '小猫没有抓到蝴蝶，因为它太快了。' : 'The trophy did not fit in the suitcase because it was too small.';
      await widget.getByLabel(t(locale, 'scalingModel.typeLabel')).fill(typed);
      await widget.getByRole('button', { name: t(locale, 'scalingModel.run') }).click();
      await expect(widget.locator('.status')).toContainText(typed);
      rows = await tableCells(widget);
      expect(rows.map((r) => r.slice(6))).toEqual(await expectedLive(typed));

      // bad input: a message, the last result stays
      await widget.getByLabel(t(locale, 'scalingModel.typeLabel')).fill('');
      await expect(widget.locator('.problem')).toContainText(t(locale, 'scalingModel.empty'));
      await expect(widget.getByRole('button', { name: t(locale, 'scalingModel.run') })).toBeDisabled();
      expect((await tableCells(widget))[0]).toHaveLength(8);

      const { violations } = await new AxeBuilder({ page }).include('section.scaling-model').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('with the model missing: a plain message, the table stays, retry offered', async ({ page, problems }) => {
      await page.route('**/models/coref.onnx', (route) => route.fulfill({ status: 404, body: 'not found' }));
      const widget = await openWidget(page, locale);
      await widget.getByRole('button', { name: t(locale, 'scalingModel.run') }).click();
      await expect(widget.locator('.status')).toHaveAttribute('data-kind', 'error', { timeout: 60_000 });
      await expect(widget.getByRole('alert')).toContainText(t(locale, 'scalingModel.error.model'));
      await expect(widget.getByRole('button', { name: t(locale, 'scalingModel.retry') })).toBeVisible();
      expect(await tableCells(widget)).toEqual(scores.results.map((h) => headCells(h)));
      const { violations } = await new AxeBuilder({ page }).include('section.scaling-model').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
      // the missing file is the point of this test, not a problem of the page
      problems.list = problems.list.filter((p) => !p.includes('/models/coref.onnx') && !p.includes('404'));
    });
  });
}
