/**
 * The sinusoid widget in the positional-encoding chapter, in both languages. Every number the page
 * should show is computed here: PE values straight from the kernel's sinusoidalPositionalEncoding,
 * the block of M(k), the equation and the checks with the widget's own model and formats, so the
 * test checks the page against the math. The keyboard alone drives it; bad input gets a message in
 * the page's language while the last good numbers stay; axe finds nothing in either theme; at
 * 360 px nothing sticks out; the `test` fixture fails on any console error.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { sinusoidalPositionalEncoding } from '../../src/kernel/index.ts';
import { DEFAULTS, type SettingName, type Settings, problemMessage, readInt, ruleOf } from '../../src/widgets/sinusoid/inputs.ts';
import { encodingTable, pairView } from '../../src/widgets/sinusoid/model.ts';
import { fmtAngle, fmtDot, fmtInt, fmtSig, fmtValue, rotationEquation } from '../../src/widgets/sinusoid/format.ts';
import { type Locale, THEME_KEY, escapeRegExp, expect, hydrateIslandOf, t, test } from './helpers.ts';

const PAGES: Record<Locale, string> = { zh: '/positional-encoding/', en: '/en/positional-encoding/' };

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { name: t(locale, 'sinusoid.title'), exact: true }) });
  await expect(widget, 'one sinusoid widget on the page').toHaveCount(1);
  await hydrateIslandOf(widget);
  return widget;
}

const label = (locale: Locale, name: SettingName) => t(locale, `sinusoid.${name}.label`);
/** The typed field of a setting; its name says the range, which depends on the other settings. */
function field(widget: Locator, locale: Locale, name: SettingName, s: Settings): Locator {
  const r = ruleOf(name, s);
  return widget.getByRole('textbox', { name: t(locale, 'sinusoid.field', { label: label(locale, name), min: fmtInt(r.min), max: fmtInt(r.max) }), exact: true });
}
const slider = (widget: Locator, locale: Locale, name: SettingName) =>
  widget.getByRole('slider', { name: t(locale, 'sinusoid.slider', { label: label(locale, name) }), exact: true });

/** What the page shows, read in one go. */
function shown(widget: Locator) {
  return widget.evaluate((root) => {
    const text = (sel: string) => root.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    /** The text with each typeset equation read back as the $TeX$ the strings hold. */
    const withTex = (sel: string) => {
      const copy = root.querySelector(sel)?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll('math').forEach((m) => m.replaceWith(`$${m.getAttribute('data-tex') ?? ''}$`));
      return copy?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    };
    const eq = root.querySelector('.rot .live-equation > .visually-hidden, .rot .live-equation > code');
    return {
      caption: text('table.row-table caption'),
      rows: [...root.querySelectorAll('table.row-table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      block: [...root.querySelectorAll('table.block td')].map((c) => c.textContent?.trim() ?? ''),
      equation: eq?.textContent?.trim() ?? null,
      rotation: text('.rot .check'),
      angle: text('.circle .angle'),
      spread: withTex('.sim .spread'),
      error: text('.error'),
    };
  });
}

/**
 * Where a difference at the level of rounding is printed: "0" or "6.2 × 10⁻¹⁵". Its digits are not
 * compared: Chromium's Math.pow and Math.sin may round differently from Node's in the last bit.
 */
const TINY = '\u0000';
const TINY_PATTERN = '(?:0|[1-9](?:\\.\\d)? × 10⁻¹[³⁴⁵⁶⁷⁸⁹])';
/** A whole sentence as a pattern, each TINY standing for a number at the level of rounding. */
const sentence = (text: string) => new RegExp(`^${text.split(TINY).map(escapeRegExp).join(TINY_PATTERN)}$`);

/** What the page must show for settings s: PE from the kernel, the rest from the widget's model. */
function expected(locale: Locale, s: Settings) {
  const P = sinusoidalPositionalEncoding(s.n, s.d);
  const table = encodingTable(s.d, s.n);
  const v = pairView(table, s.pos, s.i, s.k);
  return {
    caption: t(locale, 'sinusoid.table.caption', { pos: s.pos }),
    rows: Array.from({ length: s.d / 2 }, (_, i) => {
      const w = 1 / 10000 ** ((2 * i) / s.d);
      return [String(i), fmtSig(w), fmtSig((2 * Math.PI) / w), fmtValue(P.get(s.pos, 2 * i)), fmtValue(P.get(s.pos, 2 * i + 1))];
    }),
    block: v.block.flat().map(fmtValue),
    equation: rotationEquation(v).text,
    rotation: expect.stringMatching(sentence(t(locale, 'sinusoid.rot.check', { count: v.rotation.count, last: 2 * s.n - 1, pairs: s.d / 2, k: fmtInt(s.k), err: TINY }))),
    angle: t(locale, 'sinusoid.circle.angle', { pos: s.pos, omega: fmtSig(v.omega), angle: fmtAngle(v.angle), turns: fmtSig(v.angle / (2 * Math.PI), 3) }),
    spread: expect.stringMatching(sentence(t(locale, 'sinusoid.sim.spread', { count: v.similarity.count, spread: TINY, sum: fmtDot(v.similarity.formula), diff: TINY }))),
    error: null,
    /** Not shown as such: that the checks are at the level of rounding. */
    tiny: v.rotation.error < 1e-13 && v.similarity.spread < 1e-12,
  };
}

async function expectShows(widget: Locator, locale: Locale, s: Settings, message: string) {
  const { tiny, ...want } = expected(locale, s);
  expect(tiny, `${message}: the checks hold to rounding`).toBe(true);
  await expect.poll(() => shown(widget), { message }).toEqual(want);
}

/** Replaces a field's text from the keyboard; `atOnce` enters it as one input, as a paste would. */
async function typeInto(page: Page, input: Locator, value: string, atOnce = false) {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (value === '') await page.keyboard.press('Backspace');
  else if (atOnce) await page.keyboard.insertText(value);
  else await page.keyboard.type(value);
  await expect(input).toHaveValue(value);
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`sinusoid (${locale})`, () => {
    test('the static page already shows the kernel’s numbers, and the keyboard alone changes them', async ({ page }) => {
      const widget = await openWidget(page, locale);
      let s: Settings = { ...DEFAULTS };
      await expectShows(widget, locale, s, 'the default state');
      expect(await widget.innerText(), 'every placeholder filled').not.toMatch(/\{\w+\}/);
      await expect(widget.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', /\S/);

      // The position: two steps right on its slider.
      await slider(widget, locale, 'pos').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      s = { ...s, pos: DEFAULTS.pos + 2 };
      await expectShows(widget, locale, s, 'pos + 2');

      // The model width: Tab from the width's field reaches the quick choices; 32 is the fourth.
      await field(widget, locale, 'd', s).focus();
      await page.keyboard.press('Tab');
      for (let j = 0; j < 3; j++) await page.keyboard.press('Tab');
      await expect(widget.getByRole('button', { name: '32', exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      s = { ...s, d: 32 };
      await expect(widget.getByRole('button', { name: '32', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expectShows(widget, locale, s, 'd = 32');

      // The last pair: End on the pair's slider.
      await slider(widget, locale, 'i').focus();
      await page.keyboard.press('End');
      s = { ...s, i: 15 };
      await expectShows(widget, locale, s, 'the last pair');

      // A negative offset typed into its field: pos + k = 4 still exists.
      await typeInto(page, field(widget, locale, 'k', s), '-3');
      s = { ...s, k: -3 };
      await expectShows(widget, locale, s, 'k = −3');

      // pos + k below 0: the note says so, the check over every position stays.
      await typeInto(page, field(widget, locale, 'k', s), '-20');
      s = { ...s, k: -20 };
      await expect(widget.locator('.rot .note')).toContainText(t(locale, 'sinusoid.rot.negative', { q: fmtInt(s.pos + s.k), k: fmtInt(s.k) }));
      await expectShows(widget, locale, s, 'k = −20');

      // Fewer positions pull the position back into range.
      await typeInto(page, field(widget, locale, 'n', s), '4');
      s = { ...s, n: 4, pos: 3, k: -4 };
      await expectShows(widget, locale, s, 'n = 4');
      await expect(field(widget, locale, 'pos', s)).toHaveValue('3');

      // The live region says it once, after a pause.
      const live = widget.locator('[aria-live]');
      await expect(live).toHaveCount(1);
      const P = sinusoidalPositionalEncoding(s.n, s.d), v = pairView(encodingTable(s.d, s.n), s.pos, s.i, s.k);
      await expect(live).toHaveText(sentence(t(locale, 'sinusoid.announce', {
        d: s.d, n: s.n, pos: s.pos, i: s.i, sin: fmtValue(P.get(s.pos, 2 * s.i)), cos: fmtValue(P.get(s.pos, 2 * s.i + 1)), k: fmtInt(s.k),
        err: TINY, dot: fmtDot(v.similarity.value),
      })));

      expect(await widget.innerText(), 'every placeholder filled').not.toMatch(/\{\w+\}/);

      // Reset: back to the defaults, from the keyboard.
      await widget.getByRole('button', { name: t(locale, 'sinusoid.reset'), exact: true }).focus();
      await page.keyboard.press('Enter');
      await expectShows(widget, locale, { ...DEFAULTS }, 'after reset');
    });

    test('a click on the heatmap chooses that position and pair', async ({ page }) => {
      const widget = await openWidget(page, locale);
      // before the code loads the page holds a copy per width range (one shown); after, the one drawn at its width
      const heat = widget.locator('.heat svg:visible');
      // The first pointer on the widget loads the panels' code, which redraws the heatmap at its real width.
      await heat.hover({ position: { x: 2, y: 2 } });
      await expect(widget.locator('[data-live="true"]')).toHaveCount(1);
      // Where cell (row, dimension) is, by the drawing's own geometry: the frame around the cells.
      const box = await heat.boundingBox();
      const geo = await heat.evaluate((svg) => {
        const frame = svg.querySelector('rect.frame')!;
        const vb = (svg as SVGSVGElement).viewBox.baseVal;
        return { x: Number(frame.getAttribute('x')), y: Number(frame.getAttribute('y')), w: Number(frame.getAttribute('width')), h: Number(frame.getAttribute('height')), vw: vb.width, vh: vb.height };
      });
      if (!box) throw new Error('no heatmap box');
      const at = (row: number, dim: number) => ({
        x: ((geo.x + ((dim + 0.5) * geo.w) / DEFAULTS.d) / geo.vw) * box.width,
        y: ((geo.y + ((row + 0.5) * geo.h) / DEFAULTS.n) / geo.vh) * box.height,
      });
      const P = sinusoidalPositionalEncoding(DEFAULTS.n, DEFAULTS.d);
      const readout = t(locale, 'sinusoid.heat.readout', { pos: 10, dim: 7, i: 3, fn: 'cos', value: fmtValue(P.get(10, 7)) });
      await heat.hover({ position: at(10, 7) });
      await expect(widget.locator('.heat .readout')).toHaveText(readout);
      await heat.hover({ position: at(2, 0) });
      await expect(widget.locator('.heat .readout')).toHaveText(t(locale, 'sinusoid.heat.readout', { pos: 2, dim: 0, i: 0, fn: 'sin', value: fmtValue(P.get(2, 0)) }));
      await heat.click({ position: at(10, 7) });
      await expectShows(widget, locale, { ...DEFAULTS, pos: 10, i: 3 }, 'after the click');
    });

    test('bad input gets a message in the page language, and the last good numbers stay', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const s: Settings = { ...DEFAULTS };
      const d = field(widget, locale, 'd', s);
      const good = expected(locale, s);
      const cases: [string, boolean][] = [['7', false], ['', true], ['abc', true], ['NaN', true], ['1e308', true], ['-1e308', true], ['130', false], ['16.5', true], ['0.1\t0.2\t0.3', true]];
      for (const [value, atOnce] of cases) {
        await typeInto(page, d, value, atOnce);
        const r = readInt(value, ruleOf('d', s));
        if (r.ok) throw new Error(`${value} should be refused`);
        const m = problemMessage(t(locale, 'sinusoid.d.name'), r.problem, s.d);
        const message = t(locale, m.key, m.params);
        await expect(widget.locator('.error')).toContainText(`⚠ ${message}`);
        await expect(widget.locator('.error')).toContainText(t(locale, 'sinusoid.stale'));
        await expect(d).toHaveAttribute('aria-invalid', 'true');
        await expect(d).toHaveAttribute('aria-describedby', (await widget.locator('.error').getAttribute('id')) ?? 'missing');
        await expect(widget.locator('.panels')).toHaveClass(/stale/);
        const { tiny: _, error: __, ...rest } = good;
        await expect.poll(async () => { const { error: ___, ...now } = await shown(widget); return now; }, { message: `after "${value}"` }).toEqual(rest);
      }
      // An odd width says why it must be even.
      await typeInto(page, d, '9');
      await expect(widget.locator('.error')).toContainText(locale === 'zh' ? '偶数' : 'even');
      // A position out of range, in another field, says its own range.
      await typeInto(page, field(widget, locale, 'pos', s), '99');
      await expect(widget.locator('.error').nth(1)).toContainText(t(locale, 'sinusoid.input.range', { name: t(locale, 'sinusoid.pos.name'), min: '0', max: '31', value: '99' }));
      // Valid values clear the messages, and the numbers follow the kernel again.
      await typeInto(page, field(widget, locale, 'pos', s), '12');
      await typeInto(page, d, '8');
      await expect(widget.locator('.error')).toHaveCount(0);
      await expectShows(widget, locale, { ...s, d: 8, pos: 12 }, 'd = 8, pos = 12');
      await expect(d).toHaveAttribute('aria-invalid', 'false');
    });
  });
}

for (const [theme, locale] of [['light', 'zh'], ['dark', 'en']] as const) {
  test(`axe finds nothing in the sinusoid widget, also with an error (${theme}, ${locale})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    const widget = await openWidget(page, locale);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await widget.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-axe-scope]').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect.soft(await scan(), 'static panels').toEqual([]);
    await slider(widget, locale, 'pos').focus();
    await page.keyboard.press('ArrowRight');
    await expect(widget.locator('table.row-table caption')).toHaveText(t(locale, 'sinusoid.table.caption', { pos: DEFAULTS.pos + 1 }));
    expect.soft(await scan(), 'live panels').toEqual([]);
    await typeInto(page, field(widget, locale, 'd', DEFAULTS), '7');
    await expect(widget.locator('.error')).toBeVisible();
    expect.soft(await scan(), 'with an error').toEqual([]);
  });
}

test.describe('360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  for (const locale of ['zh', 'en'] as const) {
    test(`the widget does not widen the page, at d = 128 and 64 positions either (${locale})`, async ({ page }) => {
      const widget = await openWidget(page, locale);
      // Whatever in the widget sticks out to the right of the screen, outside a box that scrolls or clips it.
      const wide = () => widget.evaluate((root) => {
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
          return false;
        };
        return [root, ...root.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !clipped(el))
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`);
      });
      expect(await wide()).toEqual([]);
      await typeInto(page, field(widget, locale, 'n', DEFAULTS), '64');
      await typeInto(page, field(widget, locale, 'd', { ...DEFAULTS, n: 64 }), '128');
      await expect(widget.locator('table.row-table tbody tr')).toHaveCount(64);
      expect(await wide()).toEqual([]);
    });
  }
});

test('the heatmap is quick at 64 positions × 128 dimensions', async ({ page }) => {
  const widget = await openWidget(page, 'en');
  await typeInto(page, field(widget, 'en', 'n', DEFAULTS), '64');
  await typeInto(page, field(widget, 'en', 'd', { ...DEFAULTS, n: 64 }), '128');
  await expect(widget.locator('table.row-table tbody tr')).toHaveCount(64);
  // Every slider step redraws the heatmap's frames and all the panels: 20 steps well within a second each.
  await slider(widget, 'en', 'pos').focus();
  const started = Date.now();
  for (let j = 0; j < 20; j++) await page.keyboard.press('ArrowRight');
  await expect(widget.locator('table.row-table caption')).toHaveText(t('en', 'sinusoid.table.caption', { pos: DEFAULTS.pos + 20 }));
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(await widget.locator('.heat svg path').count(), 'one path per shade, not one element per cell').toBeLessThanOrEqual(13);
});

