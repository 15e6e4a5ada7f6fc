/**
 * "Table 1 live" (LayerCost) in the RNN/CNN chapter, driven by the keyboard in both languages.
 * Every count the page should show is computed here by the kernel (layerComplexity), so the test
 * checks the page against the math: changing n and d updates the table to the kernel's counts and
 * moves the chart's crossover to n = d; bad input gets a message in the page's language and the
 * last good result stays; axe finds nothing in either theme; a 360 px phone does not scroll sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { layerComplexity } from '../../src/kernel/index.ts';
import { type Locale, THEME_KEY, escapeRegExp, expect, hydrateIslandOf, t, test } from './helpers.ts';

const PAGES: Record<Locale, string> = { zh: '/rnn-and-cnn/', en: '/en/rnn-and-cnn/' };
const LAYERS = ['selfAttention', 'recurrent', 'convolutional', 'restrictedSelfAttention'] as const;
const g = (x: number) => x.toLocaleString('en-US');

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'layerCost.title'), exact: true }) });
  await expect(widget, 'one LayerCost widget on the page').toHaveCount(1);
  await hydrateIslandOf(widget);
  return widget;
}

const field = (widget: Locator, locale: Locale, name: 'n' | 'd' | 'k' | 'r', min: number, max: number) =>
  widget.getByRole('textbox', { name: t(locale, 'layerCost.field', { name, min: g(min), max: g(max) }), exact: true });
const slider = (widget: Locator, locale: Locale, name: 'n' | 'd' | 'r') => widget.getByRole('slider', { name: t(locale, 'layerCost.slider', { name }), exact: true });

/** The table's counts, formulas and marks, the crossover label and the reading, in one go. */
function shown(widget: Locator) {
  return widget.evaluate((root) => {
    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const rows = [...root.querySelectorAll('tr[data-layer]')].map((tr) => ({
      layer: tr.getAttribute('data-layer'),
      operations: text(tr.querySelector('td.ops .count')),
      formula: text(tr.querySelector('td.ops .formula')),
      sequential: text(tr.querySelector('td.seq .count')),
      path: text(tr.querySelector('td.path .count')),
      best: [...tr.querySelectorAll('td.best')].map((td) => td.className.split(' ').find((c) => ['ops', 'seq', 'path'].includes(c))),
    }));
    return { rows, cross: text(root.querySelector('.cross-label')), reading: text(root.querySelector('.reading')), error: text(root.querySelector('.error')) };
  });
}

/** What the page must show for n, d, k, r, by the kernel. */
function expected(locale: Locale, n: number, d: number, k = 3, r = 4) {
  const table = layerComplexity(n, d, k, r);
  const formulas = { selfAttention: `${g(n)}² × ${g(d)} =`, recurrent: `${g(n)} × ${g(d)}² =`, convolutional: `${k} × ${g(n)} × ${g(d)}² =`, restrictedSelfAttention: `${g(r)} × ${g(n)} × ${g(d)} =` };
  const least = (pick: (l: (typeof LAYERS)[number]) => number) => {
    const m = Math.min(...LAYERS.map(pick));
    return (l: (typeof LAYERS)[number]) => pick(l) === m;
  };
  const bestOps = least((l) => table[l].operations), bestSeq = least((l) => table[l].sequentialOperations), bestPath = least((l) => table[l].maxPathLength);
  return {
    rows: LAYERS.map((layer) => ({
      layer,
      operations: g(table[layer].operations),
      formula: formulas[layer],
      sequential: g(table[layer].sequentialOperations),
      path: g(table[layer].maxPathLength),
      best: [bestOps(layer) ? 'ops' : null, bestSeq(layer) ? 'seq' : null, bestPath(layer) ? 'path' : null].filter((x) => x !== null),
    })),
    cross: t(locale, 'layerCost.chart.cross', { d: g(d) }),
    // the ratio is left as {ratio} by t(): the words and counts around it must all be there; the
    // spaces beside it are optional, as fill() drops them next to a Chinese value (的约 17.1 倍)
    reading: expect.stringMatching(
      new RegExp(t(locale, `layerCost.read.${n < d ? 'cheaper' : n > d ? 'dearer' : 'equal'}`, { n: g(n), d: g(d), sa: g(table.selfAttention.operations), rnn: g(table.recurrent.operations) }).split(/ ?\{ratio\} ?/).map(escapeRegExp).join(' ?.+ ?')),
    ),
    error: null,
  };
}

async function retype(page: Page, input: Locator, value: string): Promise<void> {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.insertText(value);
  await expect(input).toHaveValue(value);
}

const crossX = (widget: Locator) => widget.locator('.cross-line').getAttribute('x1').then(Number);

for (const locale of ['zh', 'en'] as const) {
  test.describe(`LayerCost (${locale})`, () => {
    test('opens on a sentence (n = 30, d = 512) with the kernel’s counts, and n and d move the table and the crossover', async ({ page }) => {
      const widget = await openWidget(page, locale);
      await expect.poll(() => shown(widget), { message: 'the default state' }).toEqual(expected(locale, 30, 512));
      await expect(widget.locator('td.ops.best .mark')).toHaveText(t(locale, 'layerCost.best'));
      await expect(widget.getByRole('button', { pressed: true })).toHaveText(t(locale, 'layerCost.preset.sentence', { n: 30, d: 512 }));
      // the chart's text alternative (its title and description name the image) holds the numbers
      const svg = widget.getByRole('img');
      await expect(svg).toHaveAccessibleName(new RegExp(`${g(layerComplexity(30, 512).selfAttention.operations)}.*${escapeRegExp(t(locale, 'layerCost.chart.cross', { d: 512 }))}`));

      // Keyboard only: type n = 8192 into its field.
      await retype(page, field(widget, locale, 'n', 1, 100_000), '8192');
      await expect.poll(() => shown(widget), { message: 'n = 8192' }).toEqual(expected(locale, 8192, 512));
      const x512 = await crossX(widget);

      // d = 1024 by its field: the crossover moves right, to n = d = 1,024.
      await retype(page, field(widget, locale, 'd', 1, 8192), '1024');
      await expect.poll(() => shown(widget), { message: 'd = 1024' }).toEqual(expected(locale, 8192, 1024));
      expect(await crossX(widget)).toBeGreaterThan(x512);

      // The d slider by the arrow keys: one stop down (768), then Home (1).
      await slider(widget, locale, 'd').focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => shown(widget), { message: 'd = 768 from the slider' }).toEqual(expected(locale, 8192, 768));
      await expect(field(widget, locale, 'd', 1, 8192)).toHaveValue('768');
      await page.keyboard.press('Home');
      await expect.poll(() => shown(widget), { message: 'd = 1' }).toEqual(expected(locale, 8192, 1));
      expect(await crossX(widget)).toBeLessThan(x512);

      // A preset by the keyboard: Tab to it, Enter.
      const doc = widget.getByRole('button', { name: t(locale, 'layerCost.preset.document', { n: g(8192), d: 512 }), exact: true });
      await doc.focus();
      await page.keyboard.press('Enter');
      await expect(doc).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => shown(widget), { message: 'the document preset' }).toEqual(expected(locale, 8192, 512));
      await expect(widget.locator('[aria-live]')).toContainText(g(layerComplexity(8192, 512).recurrent.operations));

      // k and r by their fields.
      await retype(page, field(widget, locale, 'k', 2, 15), '5');
      await retype(page, field(widget, locale, 'r', 1, 8192), '64');
      await expect.poll(() => shown(widget), { message: 'k = 5, r = 64' }).toEqual(expected(locale, 8192, 512, 5, 64));
      await expect(widget.locator('tr[data-layer="convolutional"] td.path')).toContainText('⌈log₅ 8,192⌉');

      // A shorter n takes r down with it, and says so.
      await retype(page, field(widget, locale, 'n', 1, 100_000), '20');
      await expect(field(widget, locale, 'r', 1, 20)).toHaveValue('20');
      await expect(widget.locator('.note')).toHaveText(t(locale, 'layerCost.rClamped', { r: 20 }));
      await expect.poll(() => shown(widget), { message: 'n = 20, r = 20' }).toEqual(expected(locale, 20, 512, 5, 20));
    });

    test('what the reader does while the widget’s code is on its way is not lost', async ({ page }) => {
      // The widget is static HTML until the reader reaches for it; hold its code back for a moment.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/LayerCost.*.js', async (route) => {
        await held;
        await route.continue();
      });
      const widget = await openWidget(page, locale);
      const n = field(widget, locale, 'n', 1, 100_000);
      await retype(page, n, '8192');
      await widget.getByRole('button', { name: t(locale, 'layerCost.preset.big', { n: 30, d: g(1024) }), exact: true }).click();
      await retype(page, n, '100');
      release();
      // replayed in order: n = 8192, the big-model preset (n = 30, d = 1024), then the last text typed into n
      await expect.poll(() => shown(widget), { message: 'after the code arrived' }).toEqual(expected(locale, 100, 1024));
      await expect(n).toHaveValue('100');
      await expect(n).toBeFocused();
    });

    test('bad input gets a message in the page’s language and the last good result stays', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const good = expected(locale, 30, 512);
      await expect.poll(() => shown(widget)).toEqual(good);
      const n = field(widget, locale, 'n', 1, 100_000);
      const cases = [
        { value: '', key: 'layerCost.input.blank' },
        { value: 'abc', key: 'layerCost.input.notANumber' },
        { value: 'NaN', key: 'layerCost.input.notFinite' },
        { value: '1e308', key: 'layerCost.input.range' },
        { value: '-1e308', key: 'layerCost.input.range' },
        { value: '2.5', key: 'layerCost.input.whole' },
        { value: '0', key: 'layerCost.input.range' },
        { value: '1,2,3', key: 'layerCost.input.notANumber' },
      ] as const;
      for (const { value, key } of cases) {
        await retype(page, n, value);
        const message = `⚠ ${t(locale, key, { name: 'n', value, min: '1', max: '100,000' })} ${t(locale, 'widget.lastGood')}`;
        await expect.poll(() => shown(widget), { message: `after typing "${value}"` }).toEqual({ ...good, error: message });
        await expect(n).toHaveAttribute('aria-invalid', 'true');
        await expect(widget.locator('.results')).toHaveClass(/stale/);
      }
      // r longer than the sequence
      const r = field(widget, locale, 'r', 1, 30);
      await retype(page, n, '30');
      await retype(page, r, '31');
      await expect.poll(() => shown(widget)).toEqual({ ...good, error: `⚠ ${t(locale, 'layerCost.input.aboveN', { name: 'r', value: '31', min: '1', max: '30' })} ${t(locale, 'widget.lastGood')}` });
      // a valid number clears it, and the table follows the kernel again
      await retype(page, r, '10');
      await expect.poll(() => shown(widget)).toEqual(expected(locale, 30, 512, 3, 10));
      await expect(r).toHaveAttribute('aria-invalid', 'false');
      await expect(widget.locator('.results')).not.toHaveClass(/stale/);
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in LayerCost, with an error too, and a phone does not scroll sideways (${theme})`, async ({ page }) => {
    const locale: Locale = theme === 'light' ? 'zh' : 'en';
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const widget = await openWidget(page, locale);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await widget.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    // from the top of the page, so that the sticky header covers no control while axe measures targets
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await widget.locator('details').evaluate((el) => el.setAttribute('open', ''));
    const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-axe-scope]').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect.soft(await scan(), 'the default state').toEqual([]);
    await retype(page, field(widget, locale, 'd', 1, 8192), 'abc');
    await expect(widget.locator('.error')).toBeVisible();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    expect.soft(await scan(), 'with an error').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}
