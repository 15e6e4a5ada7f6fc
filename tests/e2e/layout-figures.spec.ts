/**
 * Room and figures (issue 9): on a 1280 × 800 laptop the explorer shows the cell being edited and
 * the weights it changes at once; widgets may use more than the text column; every chapter has a
 * build-time figure with a title, a description and a table; the home page opens with the real
 * model's flip, a start button and a map of exactly the chapters that exist.
 */
import { builtPages, cell, expect, findExplorer, hydrateIslandOf, t, tableByCaption, test } from './helpers.ts';

const laptop = { width: 1280, height: 800 };

test.describe('1280 × 800 laptop', () => {
  test.use({ viewport: laptop });

  for (const locale of ['zh', 'en'] as const) {
    const path = locale === 'zh' ? '/queries-keys-values/' : '/en/queries-keys-values/';

    test(`${path}: the explorer's first X cell and its weights heatmap are in view together`, async ({ page }) => {
      await page.goto(path);
      const explorer = await findExplorer(page, locale, 'woShiShei');
      await hydrateIslandOf(explorer);
      const x11 = cell(explorer, locale, 'X', 1, 1);
      const weights = tableByCaption(explorer, t(locale, 'qkv.weights'));
      // The reader scrolls the inputs up under the header, as when editing the first cell.
      await x11.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await x11.focus();
      const header = await page.locator('.site-header').boundingBox();
      const top = header ? header.y + header.height : 0;
      for (const [name, box] of [['X row 1, column 1', await x11.boundingBox()], ['the weights heatmap', await weights.boundingBox()]] as const) {
        expect(box, `${name} is rendered`).not.toBeNull();
        expect(box!.y, `${name} starts below the header`).toBeGreaterThanOrEqual(top - 1);
        expect(box!.y + box!.height, `${name} ends inside the 800 px viewport`).toBeLessThanOrEqual(laptop.height);
        expect(box!.x + box!.width, `${name} ends inside the 1280 px viewport`).toBeLessThanOrEqual(laptop.width);
      }
      // Editing the cell changes the weights in view.
      const before = await weights.innerText();
      await x11.fill('3');
      await expect.poll(() => weights.innerText()).not.toBe(before);
      const after = await weights.boundingBox();
      expect(after!.y + after!.height).toBeLessThanOrEqual(laptop.height);
    });
  }

  test('widgets use more than the text column, prose keeps its measure', async ({ page }) => {
    await page.goto('/queries-keys-values/');
    const widths = await page.evaluate(() => ({
      widget: document.querySelector('.widget.qkv')?.getBoundingClientRect().width ?? 0,
      prose: document.querySelector('article > p')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.prose).toBeGreaterThan(500);
    expect(widths.widget, 'the explorer breaks out of the text column').toBeGreaterThan(widths.prose + 100);
  });

  for (const locale of ['zh', 'en'] as const) {
    const prefix = locale === 'zh' ? '' : '/en';

    test(`${prefix}/queries-keys-values/: the explorer's pinned column leaves the inputs room for two matrices a line`, async ({ page }) => {
      await page.goto(`${prefix}/queries-keys-values/`);
      const explorer = await findExplorer(page, locale, 'woShiShei');
      await hydrateIslandOf(explorer);
      const tops = await Promise.all(['X', 'W_Q', 'W_K', 'W_V'].map((m) => cell(explorer, locale, m, 1, 1).evaluate((el) => Math.round(el.getBoundingClientRect().top))));
      expect(new Set(tops).size, 'the four input matrices take fewer lines than one each').toBeLessThanOrEqual(3);
      // the pinned column is as wide as its heatmap, not half the widget
      const [pinned, heat] = await Promise.all([explorer.locator('.pinned').boundingBox(), tableByCaption(explorer, t(locale, 'qkv.weights')).boundingBox()]);
      expect(pinned!.width).toBeLessThan(heat!.width + 80);
    });

    test(`${prefix}/positional-encoding/: the model without positions leaves no empty column`, async ({ page }) => {
      await page.goto(`${prefix}/positional-encoding/`);
      const widget = page.locator('.widget.no-positions');
      await hydrateIslandOf(widget);
      await expect(widget.locator('.measured table')).toBeVisible();
      const [main, side, table, notes] = await Promise.all(['.main', '.side', '.measured table', '.measured .notes'].map((s) => widget.locator(s).boundingBox()));
      expect(side!.y, 'the measurements come under the two columns, not beside them').toBeGreaterThanOrEqual(main!.y + main!.height - 1);
      expect(notes!.x, 'what the numbers mean stands beside the table').toBeGreaterThan(table!.x + table!.width);
    });

    test(`${prefix}/rnn-and-cnn/: the cost widget puts its reading beside the chart`, async ({ page }) => {
      await page.goto(`${prefix}/rnn-and-cnn/`);
      const widget = page.locator('.widget.lc');
      await widget.scrollIntoViewIfNeeded();
      const [reading, chart, controls, table] = await Promise.all(['.reading', '.chart', '.controls', 'table.cost'].map((s) => widget.locator(s).boundingBox()));
      expect(chart!.x).toBeGreaterThan(reading!.x + reading!.width);
      expect(Math.abs(chart!.y - reading!.y)).toBeLessThan(60);
      expect(reading!.y, 'under the controls and the table').toBeGreaterThan(Math.max(controls!.y + controls!.height, table!.y + table!.height));
    });

    test(`${prefix}/why-self-attention/: every word of the chain figure fits its box`, async ({ page }) => {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${prefix}/why-self-attention/`);
        const overflowing = await page.locator('#fig-chain .tok').evaluateAll((groups) =>
          groups.flatMap((g) => {
            const rect = g.querySelector('rect')!.getBoundingClientRect();
            const text = g.querySelector('text')!.getBoundingClientRect();
            return text.left >= rect.left + 1 && text.right <= rect.right - 1 ? [] : [`${g.textContent} (${Math.round(text.width)} px in ${Math.round(rect.width)} px)`];
          }),
        );
        expect(await page.locator('#fig-chain .tok').count()).toBeGreaterThan(10);
        expect(overflowing, `at ${width} px`).toEqual([]);
      }
    });
  }

  test('content that scrolls sideways fades at the edge where more is hidden', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/why-self-attention/');
    const figure = page.locator('#fig-chain .figure-art');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-scroller', '');
    const mask = () => figure.evaluate((el) => getComputedStyle(el).maskImage);
    expect(await mask()).toContain('linear-gradient');
    const fade = () => figure.evaluate((el) => [getComputedStyle(el).getPropertyValue('--fade-start'), getComputedStyle(el).getPropertyValue('--fade-end')]);
    await expect.poll(fade, { message: 'at the start only the right edge fades' }).toEqual(['0px', '40px']);
    await figure.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(fade, { message: 'at the end only the left edge fades' }).toEqual(['40px', '0px']);
  });
});

test.describe('figures', () => {
  const chapters = builtPages().filter((p) => p.chapter !== undefined);

  for (const p of chapters) {
    test(`${p.path} has a build-time figure with a title, a description and a table`, async ({ page }) => {
      await page.goto(p.path);
      const figures = page.locator('figure.course-figure');
      expect(await figures.count(), 'at least one figure').toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        await figure.scrollIntoViewIfNeeded();
        const caption = ((await figure.locator('figcaption').textContent()) ?? '').trim();
        expect(caption.length, 'a visible title').toBeGreaterThan(5);
        const svg = figure.locator('svg[role="img"]').first();
        const labelledBy = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? [];
        expect(labelledBy.length, 'the picture is named by the title and described').toBe(2);
        const desc = await page.locator(`[id="${labelledBy[1]}"]`).textContent();
        expect(desc?.length ?? 0, 'a description for screen readers').toBeGreaterThan(30);
        expect(await figure.locator('details table tbody tr').count(), 'the numbers as a table').toBeGreaterThan(1);
        // no JavaScript: the figure is in the HTML as served
        expect(await figure.locator('astro-island').count()).toBe(0);
      }
    });
  }

  test('the kitten figure draws the winning key’s line thickest, in the winner colour', async ({ page }) => {
    await page.goto('/en/why-self-attention/');
    const lines = page.locator('#fig-kitten-0 line.fan-line');
    const widths = await lines.evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('stroke-width'))));
    const win = page.locator('#fig-kitten-0 line.fan-line.win');
    await expect(win).toHaveCount(1);
    expect(Number(await win.getAttribute('stroke-width'))).toBe(Math.max(...widths));
    const [stroke, winColour] = await win.evaluate((el) => [getComputedStyle(el).stroke, getComputedStyle(document.documentElement).getPropertyValue('--win').trim()]);
    const rgb = await page.evaluate((c) => {
      const probe = document.createElement('span');
      probe.style.color = c;
      document.body.append(probe);
      const v = getComputedStyle(probe).color;
      probe.remove();
      return v;
    }, winColour);
    expect(stroke).toBe(rgb);
    await expect(page.locator('#fig-kitten-0 .fan-key.win text').first()).toHaveText('kitten');
  });
});

test.describe('home page', () => {
  for (const locale of ['zh', 'en'] as const) {
    const path = locale === 'zh' ? '/' : '/en/';
    test(`${path} opens with the model's flip, a start button and the map of the chapters that exist`, async ({ page }) => {
      await page.goto(path);
      const hook = page.locator('figure.hook');
      await expect(hook).toBeVisible();
      // two sentences, a different noun wins in each
      const winners = await hook.locator('.hook-bars li.win').allInnerTexts();
      expect(winners).toHaveLength(2);
      expect(winners[0]).not.toBe(winners[1]);
      const start = page.getByRole('link', { name: t(locale, 'home.start') });
      await expect(start).toBeVisible();
      const box = await start.boundingBox();
      expect(box!.y + box!.height, 'the start button is above the fold').toBeLessThan(800);
      const chapterPaths = builtPages().filter((p) => p.locale === locale && p.chapter !== undefined).map((p) => p.path).sort();
      const mapped = (await page.locator('.course-path h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).sort();
      expect(mapped).toEqual(chapterPaths);
      expect(await start.getAttribute('href')).toBe(await page.locator('.course-path h3 a').first().getAttribute('href'));
    });
  }
});
