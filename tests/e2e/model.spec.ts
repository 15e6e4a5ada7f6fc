/**
 * The real-model demo (chapter 3) in Chromium: the preset result before the runtime arrives,
 * the model loaded from the site itself (onnxruntime-web in a worker), the pronoun resolved
 * both ways in both languages, "look inside a head" agreeing with ONNX Runtime, the sentence
 * builder and free text, and a blocked model download that leaves the presets usable.
 */
import type { Locator, Page } from '@playwright/test';
import { type Locale, expect, hydrateIslandOf, t, test } from './helpers.ts';

const path = (locale: Locale) => (locale === 'zh' ? '/real-model/' : '/en/real-model/');

async function openDemo(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(path(locale));
  const demo = page.locator('section.coref').first();
  await hydrateIslandOf(demo);
  return demo;
}

/** The pointer bars as { word: weight in % }. */
async function readBars(demo: Locator): Promise<{ word: string; percent: number }[]> {
  return demo.locator('.bars li').evaluateAll((items) => items.map((li) => ({
    word: li.querySelector('.word')?.textContent?.trim() ?? '',
    percent: Number((li.querySelector('.value')?.textContent ?? '').replace('%', '')),
  })));
}

const top = (bars: { word: string; percent: number }[]) => bars.reduce((a, b) => (b.percent > a.percent ? b : a));

async function loadModel(demo: Locator, locale: Locale): Promise<void> {
  await demo.getByRole('button', { name: t(locale, 'demo.load') }).first().click();
  await expect(demo.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
}

/** Waits for the model's own result for the sentence on screen (not a precomputed one). */
async function nextModelResult(demo: Locator, before: string | null): Promise<void> {
  await expect(demo.locator('.status')).toHaveAttribute('data-kind', 'ok');
  await expect(demo.locator('.status')).not.toHaveAttribute('data-run', before ?? '');
}

const pairs: Record<Locale, { pronoun: string; A: string; B: string }> = {
  zh: { pronoun: '它', A: '动物', B: '街道' },
  en: { pronoun: 'it', A: 'animal', B: 'street' },
};

for (const locale of ['zh', 'en'] as const) {
  test.describe(`the real-model demo (${locale})`, () => {
    test('shows the precomputed result at once, then the model’s own, and flips with the ending', async ({ page }) => {
      const { A, B } = pairs[locale];
      const demo = await openDemo(page, locale);
      // before any runtime: the preset, labelled as such
      await expect(demo.locator('.status')).toContainText(t(locale, 'demo.statusPreset'));
      expect(top(await readBars(demo)).word).toBe(A);

      await loadModel(demo, locale);
      const run1 = await demo.locator('.status').getAttribute('data-run');
      expect(run1).not.toBeNull();
      const tired = await readBars(demo);
      expect(top(tired).word).toBe(A); // it → animal when it was too tired
      const weightA = tired.find((b) => b.word === A)!.percent;
      expect(weightA).toBeGreaterThan(60);
      expect(weightA).toBeLessThan(99);

      await demo.locator('button.flip').click();
      await nextModelResult(demo, run1);
      const wide = await readBars(demo);
      expect(top(wide).word).toBe(B); // it → street when it was too wide
      await expect(demo.locator('.answer strong')).toHaveText(B);
    });

    test('looks inside a head: the kernel’s numbers match ONNX Runtime’s', async ({ page }) => {
      const demo = await openDemo(page, locale);
      await demo.locator('details.inside > summary').click();
      await expect(demo.locator('details.inside')).toContainText(t(locale, 'demo.insideNeedsModel'));
      await loadModel(demo, locale);
      const agreement = demo.locator('.agreement');
      await expect(agreement).toHaveAttribute('data-agree', 'true');
      // the table of the pointer head: kernel weights and ONNX Runtime weights, row by row
      const table = demo.locator('details.inside table').last();
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent!.trim())));
      expect(rows.length).toBeGreaterThan(5);
      for (const r of rows) expect(r[2]).toBe(r[3]);
      // and the weights are the bars above: the pronoun's row of the same head
      const bars = await readBars(demo);
      rows.forEach((r, j) => expect(Math.abs(100 * Number(r[2]!.replace('−', '-')) - bars[j]!.percent)).toBeLessThan(0.06));
      // another head, another query: still in agreement
      await demo.getByLabel(t(locale, 'demo.layer'), { exact: true }).selectOption('1');
      await demo.getByLabel(t(locale, 'demo.head'), { exact: true }).selectOption('2');
      await demo.getByLabel(t(locale, 'demo.queryToken'), { exact: true }).selectOption({ index: 1 });
      await expect(agreement).toHaveAttribute('data-agree', 'true');
    });
  });
}

test('the Chinese pair resolves 它 both ways, built from the sentence builder', async ({ page }) => {
  const demo = await openDemo(page, 'zh');
  await loadModel(demo, 'zh');
  let run = await demo.locator('.status').getAttribute('data-run');
  await demo.getByLabel(t('zh', 'demo.preset')).selectOption({ label: '奖杯放不进行李箱，因为它太大了。' });
  await nextModelResult(demo, run);
  expect(top(await readBars(demo)).word).toBe('奖杯');
  run = await demo.locator('.status').getAttribute('data-run');
  await demo.locator('button.flip').click();
  await nextModelResult(demo, run);
  expect(top(await readBars(demo)).word).toBe('行李箱');
});

test('free text: unknown words are marked, a suggestion replaces them, and the model answers', async ({ page }) => {
  const demo = await openDemo(page, 'en');
  await demo.getByLabel(t('en', 'demo.sourceType')).check();
  const box = demo.getByLabel(t('en', 'demo.typeLabel'));
  await box.fill('The zebra did not cross the road because it was too tired.');
  await expect(demo.locator('.tokens li.unknown')).toHaveCount(1);
  await expect(demo.locator('.status')).toContainText(t('en', 'demo.statusNeedsModel'));
  await loadModel(demo, 'en');
  // The pointer is drawn to the <unk> where "zebra" stands; the answer keeps to the candidate nouns and says it is a guess.
  expect(top(await readBars(demo)).word).toBe('zebra');
  await expect(demo.locator('.doubt').first()).toContainText('zebra');
  await expect(demo.locator('.answer')).toHaveAttribute('data-reliable', 'false');
  await expect(demo.locator('.answer')).toContainText(t('en', 'demo.answerGuessOne', { pronoun: 'it', referent: '', w1: '' }).split('**')[0]!);
  await expect(demo.locator('.answer')).not.toContainText('zebra');
  const suggestion = demo.locator('button.suggestion').first();
  const word = (await suggestion.textContent())!.trim();
  await suggestion.click();
  await expect(box).toHaveValue(`The ${word} did not cross the road because it was too tired.`);
  await expect(demo.locator('.tokens li.unknown')).toHaveCount(0);
  await expect(demo.locator('.answer')).toHaveAttribute('data-reliable', 'true');
  await expect(demo.locator('.doubt')).toHaveCount(0);
  // bad input: empty, then far too long; the message names the problem and the last result stays
  await box.fill('');
  await expect(demo.locator('.problem')).toContainText(t('en', 'demo.empty', { example: '' }).split('“')[0]!);
  await expect(demo.locator('.bars')).toBeVisible();
  await box.fill(Array.from({ length: 70 }, () => 'cat').join(' '));
  await expect(demo.locator('.problem')).toContainText('70');
  await box.fill('The cat could not catch the butterfly because it was too fast.');
  await expect(demo.locator('.problem')).toHaveCount(0);
  await expect.poll(async () => top(await readBars(demo)).word).toBe('butterfly');
});

test('free text: an English contraction reads as the training data writes it, and the answer names a noun', async ({ page }) => {
  const demo = await openDemo(page, 'en');
  await demo.getByLabel(t('en', 'demo.sourceType')).check();
  const box = demo.getByLabel(t('en', 'demo.typeLabel'));
  await box.fill('The animal didn’t cross the street because it was too tired.');
  // "didn’t" is "did not" to the model: no unknown token, and the sentence is the precomputed preset (no model needed).
  await expect(demo.locator('.tokens li.unknown')).toHaveCount(0);
  await expect(demo.locator('.tokens')).toContainText('not');
  await expect(demo.locator('.status')).toContainText(t('en', 'demo.statusPreset'));
  await expect(demo.locator('.answer')).toHaveAttribute('data-reliable', 'true');
  await expect(demo.locator('.answer strong')).toHaveText('animal');
  await expect(demo.locator('.doubt')).toHaveCount(0);
  await box.fill("The animal couldn't cross the street because it's too wide.");
  await expect(demo.locator('.tokens li.unknown')).toHaveCount(0);
});

test('with the model download blocked: a plain message, the presets still work, retry offered', async ({ page, problems }) => {
  await page.route('**/models/coref.onnx', (route) => route.abort('failed'));
  const demo = await openDemo(page, 'zh');
  await demo.getByRole('button', { name: t('zh', 'demo.load') }).first().click();
  await expect(demo.locator('.status')).toHaveAttribute('data-kind', 'error');
  await expect(demo.locator('.status')).toContainText(t('zh', 'demo.error.model'));
  await expect(demo.getByRole('button', { name: t('zh', 'demo.retry') })).toBeVisible();
  // the precomputed examples keep working
  expect(top(await readBars(demo)).word).toBe('动物');
  await demo.locator('button.flip').click();
  await expect.poll(async () => top(await readBars(demo)).word).toBe('街道');
  await demo.getByLabel(t('zh', 'demo.preset')).selectOption({ label: '小猫没有抓到蝴蝶，因为它太饿了。' });
  await expect.poll(async () => top(await readBars(demo)).word).toBe('小猫');
  // the blocked request itself is the point of this test, not a problem of the page
  problems.list = problems.list.filter((p) => !p.includes('/models/coref.onnx'));
});

test('with WebAssembly blocked: the runtime failure is explained', async ({ page, problems }) => {
  await page.route('**/*.wasm', (route) => route.abort('failed'));
  const demo = await openDemo(page, 'en');
  await demo.getByRole('button', { name: t('en', 'demo.load') }).first().click();
  await expect(demo.locator('.status')).toContainText(t('en', 'demo.error.runtime'));
  expect(top(await readBars(demo)).word).toBe('animal');
  problems.list = problems.list.filter((p) => !p.includes('.wasm'));
});
