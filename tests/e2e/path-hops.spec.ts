/**
 * PathHops (hops between two words) in the RNN/CNN chapter, both languages. Every count the page
 * should show is computed here with the kernel, so the test checks the page against the math:
 * choosing two positions (by click, by keyboard on the row of positions, by typing) updates the
 * four counts; the kernel width and dilation update the convolution's; bad input gets a message in
 * the page's language while the last result stays; the RNN steps through one hop at a time.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  attentionPathLength, cnnPathLength, dilatedCnnPathLength, restrictedAttentionPathLength, rnnPathLength,
} from '../../src/kernel/index.ts';
import type { ProblemKey } from '../../src/widgets/path-hops/inputs.ts';
import { type Locale, THEME_KEY, expect, hydrateIslandOf, t, test, typeInCell } from './helpers.ts';

const PAGES: Record<Locale, string> = { zh: '/rnn-and-cnn/', en: '/en/rnn-and-cnn/' };
/** The widget's opening state (src/widgets/PathHops.astro's defaults). */
const OPEN = { n: 16, i: 1, j: 14, k: 3, dilated: false, r: 4 };
type State = typeof OPEN;

const steps = (locale: Locale, L: number) => t(locale, L === 1 ? 'pathHops.step' : 'pathHops.steps', { L });
const layers = (locale: Locale, L: number) => t(locale, L === 1 ? 'pathHops.layer' : 'pathHops.layers', { L });

/** The four counts the page must show, by the kernel. */
function expected(locale: Locale, s: State) {
  return {
    rnn: steps(locale, rnnPathLength(s.i, s.j)),
    conv: layers(locale, s.dilated ? dilatedCnnPathLength(s.i, s.j, s.k) : cnnPathLength(s.i, s.j, s.k)),
    attention: steps(locale, attentionPathLength(s.i, s.j)),
    restricted: layers(locale, restrictedAttentionPathLength(s.i, s.j, s.r)),
  };
}

/** The counts in the table, and the badges on the four drawings (which must agree). */
function counts(widget: Locator) {
  return widget.evaluate((root) => {
    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const row = (id: string) => text(root.querySelector(`tr[data-row="${id}"] .count`));
    const badge = (id: string) => text(root.querySelector(`[data-drawing="${id}"] .badge`));
    const ids = ['rnn', 'conv', 'attention', 'restricted'] as const;
    const table = Object.fromEntries(ids.map((id) => [id, row(id)]));
    const badges = Object.fromEntries(ids.map((id) => [id, badge(id)]));
    return JSON.stringify(table) === JSON.stringify(badges) ? table : { table, badges };
  });
}

async function openWidget(page: Page, locale: Locale): Promise<Locator> {
  await page.goto(PAGES[locale]);
  const widget = page.locator('section.widget.hops').filter({ has: page.getByRole('heading', { name: t(locale, 'pathHops.title'), exact: true }) });
  await expect(widget, 'one PathHops widget on the page').toHaveCount(1);
  await hydrateIslandOf(widget);
  return widget;
}

const field = (widget: Locator, locale: Locale, name: 'n' | 'i' | 'j' | 'k' | 'r', min: number, max: number) =>
  widget.getByRole('textbox', { name: t(locale, 'pathHops.field', { label: t(locale, `pathHops.label.${name}`), min, max }), exact: true });
const position = (widget: Locator, p: number) => widget.locator(`button.pos[data-pos="${p}"]`);
const status = (widget: Locator) => widget.locator('.step-status');

for (const locale of ['zh', 'en'] as const) {
  test.describe(`PathHops (${locale})`, () => {
    test('the static page already shows the four counts, and clicking two positions updates them to the kernel’s', async ({ page }) => {
      await page.goto(PAGES[locale]);
      const widget = page.locator('section.widget.hops');
      // before hydration: the server-rendered state
      expect(await counts(widget)).toEqual(expected(locale, OPEN));
      await hydrateIslandOf(widget);
      await expect(position(widget, OPEN.i)).toHaveAttribute('aria-pressed', 'true');
      await expect(position(widget, OPEN.j)).toHaveAttribute('aria-pressed', 'true');

      // first click sets i, the second j
      await position(widget, 5).click();
      await position(widget, 11).click();
      let s = { ...OPEN, i: 5, j: 11 };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      await expect(field(widget, locale, 'i', 1, 16)).toHaveValue('5');
      await expect(field(widget, locale, 'j', 1, 16)).toHaveValue('11');
      await expect(widget.locator('caption')).toHaveText(t(locale, 'pathHops.table.caption', { i: 5, j: 11, d: 6 }));

      // j before i: the same counts, the RNN still reads left to right
      await position(widget, 16).click();
      await position(widget, 2).click();
      s = { ...s, i: 16, j: 2 };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      await expect(widget.locator('[data-drawing="rnn"] .desc')).toContainText(t(locale, 'pathHops.desc.rnn', { from: 2, to: 16, path: '2 → 3 → 4 → 5 → … → 14 → 15 → 16', L: steps(locale, 14) }));

      // the same position twice: nothing to travel
      await position(widget, 7).click();
      await position(widget, 7).click();
      await expect.poll(() => counts(widget)).toEqual(expected(locale, { ...s, i: 7, j: 7 }));
      await expect(widget.locator('[data-drawing="attention"] .desc')).toHaveText(t(locale, 'pathHops.desc.same'));

      // a longer sequence by typing: n = 64, positions 1 and 64
      await typeInCell(page, field(widget, locale, 'n', 2, 64), '64');
      await typeInCell(page, field(widget, locale, 'i', 1, 64), '1');
      await typeInCell(page, field(widget, locale, 'j', 1, 64), '64');
      await expect.poll(() => counts(widget)).toEqual(expected(locale, { ...s, n: 64, i: 1, j: 64 }));
      await expect(widget.locator('button.pos')).toHaveCount(64);

      // a shorter one pulls j back inside
      await typeInCell(page, field(widget, locale, 'n', 2, 64), '9');
      await expect(field(widget, locale, 'j', 1, 9)).toHaveValue('9');
      await expect.poll(() => counts(widget)).toEqual(expected(locale, { ...s, n: 9, i: 1, j: 9 }));
    });

    test('the kernel width and dilation change the convolution’s count; the radius the restricted one', async ({ page }) => {
      const widget = await openWidget(page, locale);
      let s = { ...OPEN };
      for (const k of [2, 4, 9]) {
        await typeInCell(page, field(widget, locale, 'k', 2, 9), String(k));
        s = { ...s, k };
        await expect.poll(() => counts(widget), { message: `k = ${k}` }).toEqual(expected(locale, s));
      }
      // dilated, chosen with the keyboard: focus the checked radio, arrow to the next
      await widget.getByRole('radio', { name: t(locale, 'pathHops.conv.contiguous') }).focus();
      await page.keyboard.press('ArrowDown');
      await expect(widget.getByRole('radio', { name: t(locale, 'pathHops.conv.dilated') })).toBeChecked();
      s = { ...s, dilated: true };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      await expect(widget.locator('tr[data-row="conv"] th')).toHaveText(t(locale, 'pathHops.row.dilated', { k: 9 }));
      // the slider: k = 9 → 8 → 7 with the arrow keys; 7¹ = 7 < 14 ≤ 49 = 7²
      await widget.getByRole('slider', { name: t(locale, 'pathHops.slider', { label: t(locale, 'pathHops.label.k') }) }).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      s = { ...s, k: 7 };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      await expect(field(widget, locale, 'k', 2, 9)).toHaveValue('7');
      await expect(widget.locator('tr[data-row="conv"] .calc')).toHaveText(t(locale, 'pathHops.calc.dilated', { kBelow: '7¹', below: 7, d1: 14, above: 49, kL: '7²', L: 2 }));
      // back to contiguous kernels
      await widget.getByRole('radio', { name: t(locale, 'pathHops.conv.contiguous') }).check();
      s = { ...s, dilated: false };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      await expect(widget.locator('tr[data-row="conv"] .calc')).toHaveText(t(locale, 'pathHops.calc.contiguous', { d: 13, km1: 6, L: 3 }));
      // restricted attention's radius
      await typeInCell(page, field(widget, locale, 'r', 1, 15), '13');
      s = { ...s, r: 13 };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      expect(restrictedAttentionPathLength(s.i, s.j, 13)).toBe(1);
    });

    test('bad input gets a message in the page’s language and the last result stays', async ({ page }) => {
      const widget = await openWidget(page, locale);
      const good = expected(locale, OPEN);
      const cases: { name: 'n' | 'i' | 'j' | 'k' | 'r'; min: number; max: number; value: string; key: ProblemKey; fix: string }[] = [
        { name: 'n', min: 2, max: 64, value: 'abc', key: 'pathHops.input.notANumber', fix: '16' },
        { name: 'n', min: 2, max: 64, value: '70', key: 'pathHops.input.range', fix: '16' },
        { name: 'j', min: 1, max: 16, value: '1e308', key: 'pathHops.input.range', fix: '14' },
        { name: 'j', min: 1, max: 16, value: '-1e308', key: 'pathHops.input.range', fix: '14' },
        { name: 'i', min: 1, max: 16, value: 'NaN', key: 'pathHops.input.notFinite', fix: '1' },
        { name: 'i', min: 1, max: 16, value: '0', key: 'pathHops.input.range', fix: '1' },
        { name: 'k', min: 2, max: 9, value: '', key: 'pathHops.input.blank', fix: '3' },
        { name: 'k', min: 2, max: 9, value: '2.5', key: 'pathHops.input.whole', fix: '3' },
        { name: 'r', min: 1, max: 15, value: '0.1\t0.2\t0.3', key: 'pathHops.input.notANumber', fix: '4' },
      ];
      for (const c of cases) {
        const input = field(widget, locale, c.name, c.min, c.max);
        await typeInCell(page, input, c.value, { atOnce: true });
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        const error = widget.locator('.error');
        await expect(error, `${c.name} ← ${JSON.stringify(c.value)}`).toHaveCount(1);
        const message = (await error.innerText()).replace(/\s+/g, ' ');
        const name = t(locale, `pathHops.name.${c.name}`);
        expect(message).toContain(t(locale, c.key, { name, value: c.value.trim(), min: c.min, max: c.max, example: c.fix }).replace(/\s+/g, ' ').slice(0, 12));
        expect(message).toContain(t(locale, 'pathHops.stale'));
        if (locale === 'zh') expect(message).toMatch(/[\u3400-\u9fff]/);
        else expect(message).not.toMatch(/[\u3400-\u9fff]/);
        await expect(widget.locator('.counts-wrap')).toHaveClass(/stale/);
        expect(await counts(widget)).toEqual(good);
        await expect(widget.getByRole('status')).toContainText(message.replace(/^⚠\s*/, '').slice(0, 10));
        await typeInCell(page, input, c.fix);
        await expect(widget.locator('.error')).toHaveCount(0);
        await expect(widget.locator('.counts-wrap')).not.toHaveClass(/stale/);
      }
      expect(await counts(widget)).toEqual(good);
    });

    test('keyboard alone: the row of positions, the fields and the step-through', async ({ page }) => {
      const widget = await openWidget(page, locale);
      // one Tab stop in the row of positions (on i), arrows move, Enter and Space choose
      await widget.getByRole('radio', { name: t(locale, 'pathHops.arm.j') }).focus();
      await page.keyboard.press('Tab');
      await expect(position(widget, OPEN.i)).toBeFocused();
      for (let p = 1; p < 4; p++) await page.keyboard.press('ArrowRight');
      await expect(position(widget, 4)).toBeFocused();
      await page.keyboard.press('Enter'); // i = 4, the next choice sets j
      await page.keyboard.press('End');
      await expect(position(widget, 16)).toBeFocused();
      await page.keyboard.press('Space'); // j = 16
      const s = { ...OPEN, i: 4, j: 16 };
      await expect.poll(() => counts(widget)).toEqual(expected(locale, s));
      await expect(position(widget, 4)).toHaveAttribute('aria-label', t(locale, 'pathHops.positionIs', { p: 4, role: t(locale, 'pathHops.arm.i') }));

      // the step-through, from the keyboard
      const next = widget.getByRole('button', { name: t(locale, 'pathHops.next'), exact: true });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(status(widget)).toHaveText(t(locale, 'pathHops.stepStatus', { t: 1, L: 12, from: 4, to: 5 }));
      await page.keyboard.press('Enter');
      await expect(status(widget)).toHaveText(t(locale, 'pathHops.stepStatus', { t: 2, L: 12, from: 5, to: 6 }));
      await expect(widget.locator('[data-drawing="rnn"] line.hop.done')).toHaveCount(2);
      await expect(widget.locator('[data-drawing="rnn"] line.hop.pending')).toHaveCount(10);
      await expect(widget.getByRole('status')).toHaveText(t(locale, 'pathHops.stepStatus', { t: 2, L: 12, from: 5, to: 6 }));
      await widget.getByRole('button', { name: t(locale, 'pathHops.showAll'), exact: true }).press('Enter');
      await expect(status(widget)).toHaveText(t(locale, 'pathHops.stepAll', { L: steps(locale, 12) }));
      await expect(widget.locator('[data-drawing="rnn"] line.hop.done')).toHaveCount(12);

      // Play runs to the last hop
      await widget.getByRole('button', { name: t(locale, 'pathHops.play'), exact: true }).press('Enter');
      await expect(status(widget)).toHaveText(t(locale, 'pathHops.stepStatus', { t: 12, L: 12, from: 15, to: 16 }), { timeout: 20_000 });
      await expect(widget.getByRole('button', { name: t(locale, 'pathHops.play'), exact: true })).toHaveAttribute('aria-pressed', 'false');
    });

    test('Play does not animate for readers who ask for reduced motion', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const widget = await openWidget(page, locale);
      await widget.getByRole('button', { name: t(locale, 'pathHops.next'), exact: true }).click();
      await expect(status(widget)).toHaveText(t(locale, 'pathHops.stepStatus', { t: 1, L: 13, from: 1, to: 2 }));
      await widget.getByRole('button', { name: t(locale, 'pathHops.play'), exact: true }).click();
      await expect(status(widget)).toHaveText(t(locale, 'pathHops.stepAll', { L: steps(locale, 13) }));
      await expect(widget.getByRole('button', { name: t(locale, 'pathHops.pause'), exact: true })).toHaveCount(0);
    });

    test('axe finds nothing in either theme, and a 360 px phone scrolls only inside the drawings', async ({ page }) => {
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
        const widget = await openWidget(page, locale);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await widget.getByRole('radio', { name: t(locale, 'pathHops.conv.dilated') }).check();
        await typeInCell(page, field(widget, locale, 'k', 2, 9), 'x', { atOnce: true });
        await expect(widget.locator('.error')).toHaveCount(1);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('section.widget.hops').analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
      }
      await page.setViewportSize({ width: 360, height: 800 });
      const widget = await openWidget(page, locale);
      await typeInCell(page, field(widget, locale, 'n', 2, 64), '64');
      await widget.scrollIntoViewIfNeeded();
      const fits = await widget.evaluate((el) => ({
        page: document.documentElement.scrollWidth <= window.innerWidth,
        widget: el.getBoundingClientRect().right <= window.innerWidth,
        boardScrolls: (el.querySelector('.board')?.scrollWidth ?? 0) > (el.querySelector('.board')?.clientWidth ?? 0),
      }));
      expect(fits).toEqual({ page: true, widget: true, boardScrolls: true });
      // the words of each drawing stay in view while its picture scrolls
      const board = widget.locator('.board');
      await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const caption = widget.locator('[data-drawing="conv"] .desc');
      const box = await caption.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    });
  });
}
