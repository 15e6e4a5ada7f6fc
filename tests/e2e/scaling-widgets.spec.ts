/**
 * The scaling chapter's two widgets in the browser, in both languages: the variance lab and the
 * saturation widget. Every number the page should show is computed here with the kernel (the
 * same calls and seeds) and written with the widgets' own formatting, so the test checks the page
 * against the math. Bad input in every field gets its message in the page's language while the
 * last good result stays; axe finds nothing in either theme; the `test` fixture fails on any
 * console error.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { createRng, dotProductVarianceExperiment, matrixSize, softmax, softmaxJacobian } from '../../src/kernel/index.ts';
import { formatExact, formatFactor, formatSmall, formatStat } from '../../src/widgets/scaling/format.ts';
import { problemMessage, readDk, readScore, readSigma } from '../../src/widgets/scaling/inputs.ts';
import { THEME_KEY, type Locale, expect, hydrateIslandOf, t, test } from './helpers.ts';

const path = (locale: Locale) => (locale === 'zh' ? '/scaling/' : '/en/scaling/');

async function openWidget(page: Page, locale: Locale, titleKey: 'scaling.lab.title' | 'scaling.sat.title'): Promise<Locator> {
  await page.goto(path(locale));
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, titleKey), exact: true }) });
  await expect(widget).toHaveCount(1);
  await hydrateIslandOf(widget);
  if (titleKey === 'scaling.lab.title') await readSampling(widget);
  return widget;
}

/** The saturation widget's scores, read from its cells as the reader sees them. */
async function readScores(sat: Locator, locale: Locale): Promise<number[]> {
  const scores: number[] = [];
  for (let n = 1; ; n++) {
    const cell = sat.getByRole('textbox', { name: t(locale, 'scaling.sat.scoreName', { n }), exact: true });
    if ((await cell.count()) === 0) return scores;
    scores.push(Number((await cell.inputValue()).replace('−', '-')));
  }
}

/** A setting's fieldset (d_k, σ, the divisor), found by its legend. */
const control = (widget: Locator, locale: Locale, legend: 'scaling.dk.legend' | 'scaling.sigma.legend') =>
  widget.getByRole('group', { name: t(locale, legend), exact: true });

/* ---------- the variance lab ---------- */

/**
 * The lab's first seed and sample count, as the page says (data-seed, data-samples; the chapter's
 * numbers module cannot be imported here: it reads JSON, which Playwright's loader refuses).
 */
let SEED = 0, SAMPLES = 0;
async function readSampling(lab: Locator) {
  SEED = Number(await lab.getAttribute('data-seed'));
  SAMPLES = Number(await lab.getAttribute('data-samples'));
  expect(Number.isInteger(SEED) && SAMPLES >= 1000, `seed ${SEED} and ${SAMPLES} samples`).toBe(true);
}

/** What the lab must print for these settings: the kernel's experiment, formatted as the lab does. */
function expectedLab(d_k: number, sigma: number, seed = SEED) {
  const e = dotProductVarianceExperiment(createRng(seed), d_k, SAMPLES, sigma);
  return {
    raw: { variance: formatStat(e.variance), std: formatStat(Math.sqrt(e.variance)), theory: formatExact(d_k * sigma ** 4) },
    scaled: { variance: formatStat(e.scaledVariance), std: formatStat(Math.sqrt(e.scaledVariance)), theory: formatExact(sigma ** 4) },
  };
}

/** The lab's printed statistics, read in one go: each panel's values, in order (variance, standard deviation, off the axis). */
function labState(lab: Locator) {
  return lab.evaluate((root) => {
    // A typeset equation read back as the $TeX$ it was typeset from (its data-tex), to compare with the string.
    const asTex = (el: Element | undefined) => {
      if (!el) return null;
      const copy = el.cloneNode(true) as Element;
      for (const k of copy.querySelectorAll('.katex')) k.replaceWith(`$${k.querySelector('math')?.getAttribute('data-tex') ?? ''}$`);
      return copy.textContent?.trim() ?? null;
    };
    const panel = (cls: string) => {
      const fig = root.querySelector(`figure.panel.${cls}`);
      return {
        variance: fig?.querySelectorAll('.stats .value')[0]?.textContent?.trim() ?? null,
        std: fig?.querySelectorAll('.stats .value')[1]?.textContent?.trim() ?? null,
        theory: asTex(fig?.querySelectorAll('.stats .theory')[0]),
      };
    };
    return { raw: panel('raw'), scaled: panel('scaled') };
  });
}

async function expectLab(lab: Locator, locale: Locale, d_k: number, sigma: number, seed = SEED) {
  const e = expectedLab(d_k, sigma, seed);
  await expect
    .poll(() => labState(lab), { message: `the lab shows the kernel's numbers for d_k = ${d_k}, σ = ${sigma}, seed ${seed}` })
    .toEqual({
      raw: { variance: e.raw.variance, std: e.raw.std, theory: t(locale, 'scaling.lab.theoryRaw', { value: e.raw.theory }) },
      scaled: { variance: e.scaled.variance, std: e.scaled.std, theory: t(locale, 'scaling.lab.theoryScaled', { value: e.scaled.theory }) },
    });
}

/* ---------- the saturation widget ---------- */

/** One column as the kernel computes it: softmax(c · s), the largest entry and norm of its Jacobian. */
function expectedColumn(scores: readonly number[], factor: number) {
  const weights = softmax(scores.map((s) => s * factor));
  const size = matrixSize(softmaxJacobian(weights));
  return { weights: weights.map(formatSmall), jMax: formatSmall(size.maxAbs), jNorm: formatSmall(size.frobenius), size };
}

/** What the saturation widget shows: each column's bar numbers and Jacobian sizes, and the norm curve's description. */
function satState(sat: Locator) {
  return sat.evaluate((root) => {
    const column = (cls: string) => {
      const col = root.querySelector(`section.column.${cls}`);
      const values = [...(col?.querySelectorAll('.stats .value') ?? [])].map((v) => v.textContent?.trim() ?? '');
      return {
        weights: [...(col?.querySelectorAll('.weight-bars .num') ?? [])].map((td) => td.textContent?.trim() ?? ''),
        jMax: values[2] ?? null,
        jNorm: values[3] ?? null,
      };
    };
    return { without: column('raw'), with: column('scaled'), curve: root.querySelector('.curves .curve-box svg desc')?.textContent?.trim() ?? null };
  });
}

async function expectSat(sat: Locator, locale: Locale, scores: readonly number[], d_k: number, divisor: 'sqrt' | 'dk' = 'sqrt') {
  const root = Math.sqrt(d_k);
  const withFactor = divisor === 'sqrt' ? 1 : 1 / root;
  const w = expectedColumn(scores, root), s = expectedColumn(scores, withFactor);
  // The norm curve's description: its ends, c = 1 and both markers, with the kernel's values.
  const norm = (c: number) => formatSmall(expectedColumn(scores, c).size.frobenius);
  const curveText = t(locale, 'scaling.sat.curveNormDesc', {
    first: '1/32', firstValue: norm(1 / 32), oneValue: norm(1), last: '32', lastValue: norm(32),
    cWithout: formatFactor(root), without: formatSmall(w.size.frobenius), cWith: formatFactor(withFactor), with: formatSmall(s.size.frobenius),
  });
  await expect
    .poll(() => satState(sat), { message: `the saturation widget shows the kernel's numbers for d_k = ${d_k}, ÷${divisor}` })
    .toEqual({
      without: { weights: w.weights, jMax: w.jMax, jNorm: w.jNorm },
      with: { weights: s.weights, jMax: s.jMax, jNorm: s.jNorm },
      curve: curveText,
    });
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`scaling widgets (${locale})`, () => {
    test('the lab: d_k by keyboard, field and quick choice, σ and a new sample change the printed variances to the kernel’s', async ({ page }) => {
      const lab = await openWidget(page, locale, 'scaling.lab.title');
      await expectLab(lab, locale, 64, 1);

      const dk = control(lab, locale, 'scaling.dk.legend');
      const slider = dk.getByRole('slider', { name: t(locale, 'scaling.dk.slider') });
      const field = dk.getByRole('textbox', { name: t(locale, 'scaling.dk.field') });

      // Keyboard on the slider: the next stop up is 96, then back to 64 and down to 48.
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(field).toHaveValue('96');
      await expect(slider).toHaveAttribute('aria-valuetext', t(locale, 'scaling.dk.valueText', { value: 96 }));
      await expectLab(lab, locale, 96, 1);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expectLab(lab, locale, 48, 1);

      // Typing any whole number, not only a stop of the slider.
      await field.fill('256');
      await expectLab(lab, locale, 256, 1);
      await field.fill('100');
      await expectLab(lab, locale, 100, 1);
      const e100 = expectedLab(100, 1);
      await expect(lab.locator('.reading')).toContainText(`±${e100.raw.std}`);
      await expect(lab.locator('.reading')).toContainText(`±${e100.scaled.std}`);

      // A quick choice, then σ.
      await dk.getByRole('button', { name: '1024', exact: true }).click();
      await expect(dk.getByRole('button', { name: '1024', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expectLab(lab, locale, 1024, 1);
      const sigma = control(lab, locale, 'scaling.sigma.legend').getByRole('textbox', { name: t(locale, 'scaling.sigma.field') });
      await sigma.fill('0.5');
      await expectLab(lab, locale, 1024, 0.5);

      // A new sample: the next seed.
      await lab.getByRole('button', { name: t(locale, 'scaling.lab.newSample') }).click();
      await expectLab(lab, locale, 1024, 0.5, SEED + 1);

      // One polite live region says the new variance once the reader pauses.
      const live = lab.locator('[aria-live]');
      await expect(live).toHaveCount(1);
      await expect(live).toHaveAttribute('role', 'status');
      await expect(live).toContainText(expectedLab(1024, 0.5, SEED + 1).raw.variance);
    });

    test('the lab: bad input in d_k and σ gets its message, the last good result stays, a good value clears it', async ({ page }) => {
      const lab = await openWidget(page, locale, 'scaling.lab.title');
      await expectLab(lab, locale, 64, 1);
      const before = await labState(lab);
      const fields = [
        { legend: 'scaling.dk.legend' as const, label: 'scaling.dk.field' as const, name: 'dₖ', read: readDk, good: '64', bad: ['', 'abc', 'NaN', '1e308', '-1e308', '0', '2000', '1.5', '1,2,3'] },
        { legend: 'scaling.sigma.legend' as const, label: 'scaling.sigma.field' as const, name: 'σ', read: readSigma, good: '1', bad: ['', 'abc', 'NaN', '1e309', '1e308', '0', '-1', '3.5'] },
      ];
      for (const f of fields) {
        const group = control(lab, locale, f.legend);
        const field = group.getByRole('textbox', { name: t(locale, f.label) });
        for (const value of f.bad) {
          await field.fill(value);
          const r = f.read(value);
          if (r.ok) throw new Error(`${value} should be refused`);
          const m = problemMessage(f.name, r.problem);
          const error = group.locator('.error');
          await expect(error, `${f.name} ← ${JSON.stringify(value)}`).toContainText(`⚠ ${t(locale, m.key, m.params)}`);
          await expect(error).toContainText(t(locale, 'widget.lastGood'));
          await expect(field).toHaveAttribute('aria-invalid', 'true');
          await expect(field).toHaveAttribute('aria-describedby', (await error.getAttribute('id'))!);
          await expect(lab.locator('.panels')).toHaveClass(/stale/);
          expect(await labState(lab), 'the last good result stays').toEqual(before);
        }
        await field.fill(f.good);
        await expect(group.locator('.error')).toHaveCount(0);
        await expect(field).toHaveAttribute('aria-invalid', 'false');
      }
      await expect(lab.locator('.panels')).not.toHaveClass(/stale/);
    });

    test('saturation: the bars and the gradient figure follow d_k, the divisor and the scores', async ({ page }) => {
      const sat = await openWidget(page, locale, 'scaling.sat.title');
      const scores = await readScores(sat, locale);
      expect(scores.length).toBeGreaterThanOrEqual(2);
      await expectSat(sat, locale, scores, 512);

      const dk = control(sat, locale, 'scaling.dk.legend');
      const slider = dk.getByRole('slider', { name: t(locale, 'scaling.dk.slider') });
      await slider.focus();
      await page.keyboard.press('ArrowLeft'); // 384
      await expectSat(sat, locale, scores, 384);
      await page.keyboard.press('Home'); // 1: both columns agree
      await expectSat(sat, locale, scores, 1);
      await dk.getByRole('textbox', { name: t(locale, 'scaling.dk.field') }).fill('64');
      await expectSat(sat, locale, scores, 64);

      // The curve's marker for the left column moves right as d_k grows.
      const marker = sat.locator('.curves .curve-box svg').first().locator('path.marker.raw');
      const at64 = Number((await marker.getAttribute('d'))?.slice(1).split(' ')[0]);
      await dk.getByRole('button', { name: '1024', exact: true }).click();
      await expectSat(sat, locale, scores, 1024);
      await expect.poll(async () => Number((await marker.getAttribute('d'))?.slice(1).split(' ')[0])).toBeGreaterThan(at64);

      // Dividing by d_k instead: the right column goes nearly uniform.
      // The label's $d_k$ is typeset: its name is found by the words around it.
      await sat.getByRole('radio', { name: t(locale, 'scaling.sat.divisorDk').replace(/\$[^$]*\$/g, '').trim() }).check();
      await expectSat(sat, locale, scores, 1024, 'dk');
      await expect(sat.locator('section.column.scaled')).toContainText(t(locale, 'scaling.sat.uniform'));
      await expect(sat.locator('section.column.raw')).toContainText(t(locale, 'scaling.sat.saturated'));

      // Editing a score.
      await sat.getByRole('textbox', { name: t(locale, 'scaling.sat.scoreName', { n: 5 }) }).fill('2');
      scores[4] = 2;
      await expectSat(sat, locale, scores, 1024, 'dk');
    });

    test('saturation: bad input in d_k and in a score gets its message, the last good result stays', async ({ page }) => {
      const sat = await openWidget(page, locale, 'scaling.sat.title');
      const scores = await readScores(sat, locale);
      await expectSat(sat, locale, scores, 512);
      const before = await satState(sat);

      const dk = control(sat, locale, 'scaling.dk.legend');
      const dkField = dk.getByRole('textbox', { name: t(locale, 'scaling.dk.field') });
      for (const value of ['', 'abc', 'NaN', '1e308', '0', '2000', '1.5']) {
        await dkField.fill(value);
        const r = readDk(value);
        if (r.ok) throw new Error(`${value} should be refused`);
        const m = problemMessage('dₖ', r.problem);
        await expect(dk.locator('.error')).toContainText(`⚠ ${t(locale, m.key, m.params)}`);
        expect(await satState(sat)).toEqual(before);
      }
      await dkField.fill('512');
      await expect(dk.locator('.error')).toHaveCount(0);

      const name = t(locale, 'scaling.sat.scoreName', { n: 2 });
      const cell = sat.getByRole('textbox', { name });
      for (const value of ['', 'abc', 'NaN', '1e308', '-1e308', '9', '1,2,3']) {
        await cell.fill(value);
        const r = readScore(value);
        if (r.ok) throw new Error(`${value} should be refused`);
        const m = problemMessage(name, r.problem);
        const error = sat.locator('fieldset.scores .error');
        await expect(error).toContainText(`⚠ ${t(locale, m.key, m.params)}`);
        await expect(error).toContainText(t(locale, 'widget.lastGood'));
        await expect(cell).toHaveAttribute('aria-invalid', 'true');
        await expect(sat.locator('.compare')).toHaveClass(/stale/);
        expect(await satState(sat)).toEqual(before);
      }
      await cell.fill(String(scores[1]));
      await expect(sat.locator('fieldset.scores .error')).toHaveCount(0);
      await expect(sat.locator('.compare')).not.toHaveClass(/stale/);
    });
  });
}

/* ---------- accessibility ---------- */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeOn(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).include(selector).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`));
}

for (const [theme, locale] of [['light', 'zh'], ['dark', 'en'], ['dark', 'zh'], ['light', 'en']] as const) {
  test(`axe finds nothing in the two widgets, also with an error showing (${theme}, ${locale})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const lab = await openWidget(page, locale, 'scaling.lab.title');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const sat = page.locator('section.widget.sat');
    await hydrateIslandOf(sat);
    await lab.locator('details').first().evaluate((d) => d.setAttribute('open', ''));
    await sat.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    expect.soft(await axeOn(page, 'section.widget.lab'), 'the lab').toEqual([]);
    expect.soft(await axeOn(page, 'section.widget.sat'), 'the saturation widget').toEqual([]);

    await control(lab, locale, 'scaling.dk.legend').getByRole('textbox', { name: t(locale, 'scaling.dk.field') }).fill('abc');
    await sat.getByRole('textbox', { name: t(locale, 'scaling.sat.scoreName', { n: 1 }) }).fill('abc');
    await expect(lab.locator('.error')).toBeVisible();
    await expect(sat.locator('.error')).toBeVisible();
    expect.soft(await axeOn(page, 'section.widget.lab'), 'the lab with an error').toEqual([]);
    expect.soft(await axeOn(page, 'section.widget.sat'), 'the saturation widget with an error').toEqual([]);
  });
}

/* ---------- room ---------- */

test.describe('on a 1280 px laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the histograms sit side by side, and the saturation widget’s columns and curves too', async ({ page }) => {
    const lab = await openWidget(page, 'en', 'scaling.lab.title');
    const [raw, scaled] = [await lab.locator('figure.panel.raw').boundingBox(), await lab.locator('figure.panel.scaled').boundingBox()];
    expect(raw && scaled && Math.abs(raw.y - scaled.y) < 2 && scaled.x > raw.x + raw.width).toBe(true);
    const sat = page.locator('section.widget.sat');
    await hydrateIslandOf(sat);
    const boxes = await Promise.all(['section.column.raw', 'section.column.scaled', 'figure.curves'].map((s) => sat.locator(s).boundingBox()));
    boxes.forEach((b, i) => {
      if (i > 0) expect(b!.x, 'each column to the right of the one before').toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width - 1);
    });
    // The widgets use more than the text column.
    const prose = await page.locator('article > p').first().boundingBox();
    expect((await lab.boundingBox())!.width).toBeGreaterThan(prose!.width);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('the panels stack and nothing scrolls sideways', async ({ page }) => {
    const lab = await openWidget(page, 'zh', 'scaling.lab.title');
    await hydrateIslandOf(page.locator('section.widget.sat'));
    const [raw, scaled] = [await lab.locator('figure.panel.raw').boundingBox(), await lab.locator('figure.panel.scaled').boundingBox()];
    expect(scaled!.y).toBeGreaterThan(raw!.y + raw!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
