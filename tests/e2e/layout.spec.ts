/**
 * Layout and shell: no horizontal scrolling on a 360 px phone (widgets may scroll inside their
 * own containers), nothing cut off on a phone or a laptop (every table, widget and figure fits its
 * box or scrolls in a region that takes the keyboard and fades where more is hidden), the theme
 * chosen before the first paint and remembered, and the language switch between a page and its twin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { DIST, THEME_KEY, builtPages, expect, hydrateIslandOf, hydrateIslands, t, test } from './helpers.ts';

const pages = builtPages();
const chapters = pages.filter((p) => p.chapter !== undefined);

/**
 * Every table, widget and build-time figure of the article that would be cut off: a table sticking
 * out of the box that clips it, unless that box is a scroll region marked by the shell (focusable,
 * a region, its edge fading), or a widget or figure whose content is wider than itself. Closed
 * <details> are opened first, so the tables inside them count too.
 */
async function cutOff(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('article details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  let problems: string[] = [];
  // the shell marks scrollers from a ResizeObserver: give it the frames it needs after the details open
  await expect
    .poll(
      async () =>
        (problems = await page.evaluate(() => {
          const found: string[] = [];
          const name = (el: Element) => {
            const caption = el.querySelector('caption, figcaption, h3')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60);
            return `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${caption ? ` “${caption}”` : ''}`;
          };
          const column = document.querySelector('main.content')!.getBoundingClientRect();
          const targets = [...document.querySelectorAll('article :is(table, .widget, .course-figure)')].filter((el) => el.getClientRects().length > 0 && el.closest('.visually-hidden') === null);
          for (const el of targets) {
            if (!el.matches('table') && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)}: content ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
            let clip: HTMLElement | null = el.parentElement;
            while (clip && clip !== document.body && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
            const box = el.getBoundingClientRect();
            if (!clip || clip === document.body) {
              if (box.right > column.right + 1) found.push(`${name(el)}: right edge ${Math.round(box.right)} px past the column's ${Math.round(column.right)} px`);
              continue;
            }
            const r = clip.getBoundingClientRect();
            const left = r.left + clip.clientLeft, right = left + clip.clientWidth;
            if (box.right <= right + 1 && box.left >= left - 1) continue;
            const style = getComputedStyle(clip);
            const region = clip.dataset['scroller'] !== undefined && clip.tabIndex === 0 && clip.getAttribute('role') === 'region';
            const scrolls = /auto|scroll/.test(style.overflowX);
            const fades = style.maskImage.includes('gradient');
            if (!(region && scrolls && fades)) found.push(`${name(el)}: ${Math.round(box.right - right)} px cut off by ${name(clip)} (scrolls: ${scrolls}, keyboard region: ${region}, fades: ${fades})`);
          }
          return found;
        })),
      { timeout: 5_000 },
    )
    .toEqual([])
    .catch(() => undefined);
  return problems;
}

test.describe('360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const p of pages) {
    test(`${p.path} has no horizontal scrolling`, async ({ page }) => {
      await page.goto(p.path);
      await hydrateIslands(page);
      const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
        const root = document.documentElement;
        // Elements that stick out to the right, outside any container that scrolls or clips them.
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            const o = getComputedStyle(a).overflowX;
            if (o !== 'visible') return true;
          }
          return false;
        };
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !clipped(el))
          .slice(0, 8)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
      });
      expect(scrollWidth, `page wider than the ${clientWidth} px screen; sticking out: ${culprits.join('; ')}`).toBeLessThanOrEqual(360);
      if (p.chapter !== undefined) expect(await cutOff(page), 'tables, widgets and figures that are cut off').toEqual([]);
    });
  }

  for (const path of ['/rnn-and-cnn/', '/en/rnn-and-cnn/']) {
    test(`${path}: the hops table shows every column without scrolling, one layer type after another`, async ({ page }) => {
      await page.goto(path);
      const table = page.locator('.widget.hops table.counts');
      await hydrateIslandOf(table);
      const wrap = table.locator('xpath=..');
      const { fits, rows } = await wrap.evaluate((el) => ({
        fits: el.scrollWidth <= el.clientWidth + 1,
        // each row's cells, all inside the visible box
        rows: [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].every((c) => c.getBoundingClientRect().right <= el.getBoundingClientRect().right + 1)),
      }));
      expect(fits).toBe(true);
      expect(rows).toEqual([true, true, true, true]);
      // the caption keeps the table's width (it is not squeezed into a column of single words)
      const [caption, body] = await Promise.all([table.locator('caption').boundingBox(), table.locator('tbody').boundingBox()]);
      expect(caption!.width).toBeGreaterThan(body!.width * 0.8);
    });
  }

  test('the Chinese prose table of the four schemes keeps a few characters a line and scrolls visibly', async ({ page }) => {
    await page.goto('/positional-encoding/');
    const table = page.locator('article > .table-scroll > table').filter({ hasText: '位置从哪里进来' });
    await table.scrollIntoViewIfNeeded();
    const narrowest = await table.locator('td').evaluateAll((cells) => Math.min(...cells.map((c) => c.getBoundingClientRect().width / parseFloat(getComputedStyle(c).fontSize))));
    expect(narrowest, 'the narrowest cell, in characters').toBeGreaterThanOrEqual(6);
    const scroller = table.locator('xpath=..');
    await expect(scroller).toHaveAttribute('data-scroller', '');
    await expect(scroller).toHaveAttribute('tabindex', '0');
  });

  test('exercises fit a phone: every cell of a row answer, and the move buttons beside a formula', async ({ page }) => {
    await page.goto('/en/why-self-attention/');
    const matrix = page.locator('.exercise .matrix-answer').first();
    await hydrateIslandOf(matrix);
    const inside = await matrix.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('input')].map((i) => i.getBoundingClientRect().right <= box.right + 0.5);
    });
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect(inside.every(Boolean), 'each input inside the box').toBe(true);

    await page.goto('/positional-encoding/');
    const ordering = page.locator('.exercise .ordering').first();
    await hydrateIslandOf(ordering);
    const outside = await ordering.evaluate((ol) =>
      [...ol.querySelectorAll('li')].flatMap((li) => {
        const box = li.getBoundingClientRect();
        return [...li.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().right > box.right + 0.5).map((b) => `${b.getAttribute('aria-label')}`);
      }),
    );
    expect(outside, 'move buttons sticking out of their item').toEqual([]);
  });

  test('the English title is whole in the header', async ({ page }) => {
    await page.goto('/en/why-self-attention/');
    const title = page.locator('.site-title');
    await expect(title).toHaveText(t('en', 'site.title'));
    const { cutX, cutY } = await title.evaluate((el) => ({ cutX: el.scrollWidth > el.clientWidth + 1, cutY: el.scrollHeight > el.clientHeight + 1 }));
    expect({ cutX, cutY }).toEqual({ cutX: false, cutY: false });
    const header = await page.locator('.site-header').boundingBox();
    const box = await title.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(header!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(header!.y + header!.height);
  });
});

test.describe('1280 px laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const p of chapters) {
    test(`${p.path}: no table, widget or figure is cut off`, async ({ page }) => {
      await page.goto(p.path);
      await hydrateIslands(page);
      expect(await cutOff(page)).toEqual([]);
    });
  }

  // the tables the screenshot review found clipped: on a laptop they fit whole, without scrolling
  const mustFit = [
    ['/en/rnn-and-cnn/', '.widget.hops table.counts'],
    ['/en/rnn-and-cnn/', '.widget.lc table.cost'],
    ['/en/real-model/', 'article > .table-scroll > table.numbers'],
    ['/real-model/', 'article > .table-scroll > table.numbers'],
    ['/en/multi-head/', '.widget .matrix.table-scroll table'],
  ] as const;
  for (const [path, selector] of mustFit) {
    test(`${path}: ${selector} fits without scrolling`, async ({ page }) => {
      await page.goto(path);
      await hydrateIslands(page);
      const tables = page.locator(selector);
      expect(await tables.count()).toBeGreaterThan(0);
      for (const table of await tables.all()) {
        const scroller = table.locator('xpath=..');
        await expect.poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth), { message: 'sideways overflow in px' }).toBeLessThanOrEqual(1);
        // its caption's words start where the table's first row starts, not centred over it
        const gap = await table.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el.querySelector('caption')!);
          return range.getBoundingClientRect().left - el.querySelector('tr')!.getBoundingClientRect().left;
        });
        expect(Math.abs(gap)).toBeLessThanOrEqual(12);
      }
    });
  }
});

test.describe('theme', () => {
  test('the inline theme script runs in <head>, before any stylesheet and the body', () => {
    for (const p of pages) {
      const file = p.path.endsWith('.html') ? join(DIST, p.path) : join(DIST, p.path, 'index.html');
      const html = readFileSync(file, 'utf8');
      const script = html.indexOf(THEME_KEY);
      expect(script, `${p.path} has the theme script`).toBeGreaterThan(0);
      expect(script, `${p.path}: theme script before </head>`).toBeLessThan(html.indexOf('</head>'));
      const firstStylesheet = html.indexOf('rel="stylesheet"');
      if (firstStylesheet >= 0) expect(script, `${p.path}: theme script before the first stylesheet`).toBeLessThan(firstStylesheet);
    }
  });

  test('a dark system preference gives the dark theme before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/queries-keys-values/', { waitUntil: 'domcontentloaded' });
    // At DOMContentLoaded only the inline <head> script can have set it (the markup says light).
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.waitForLoadState('load');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/queries-keys-values/', { waitUntil: 'domcontentloaded' });
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'dark and light backgrounds differ').not.toBe(background);
  });

  test('the theme toggle switches, is remembered across a reload and wins over the system preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    const root = page.locator('html');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    const toggle = page.locator('#theme-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate((k) => localStorage.getItem(k), THEME_KEY)).toBe('light');

    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await root.getAttribute('data-theme')).toBe('light');
    await page.goto('/en/queries-keys-values/', { waitUntil: 'domcontentloaded' });
    expect(await root.getAttribute('data-theme')).toBe('light');

    await page.locator('#theme-toggle').click();
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(root).toHaveAttribute('data-theme', 'dark');
  });
});

test('the language switch goes to the twin page and back', async ({ page }) => {
  await page.goto('/queries-keys-values/');
  // hreflang alternates are absolute URLs (search engines require it).
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/en\/queries-keys-values\/$/);
  await page.locator('#language-switch').click();
  await expect(page).toHaveURL(/\/en\/queries-keys-values\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/queries-keys-values\/$/);
  await page.locator('#language-switch').click();
  await expect(page).toHaveURL(/\/queries-keys-values\/$/);
  expect(new URL(page.url()).pathname).toBe('/queries-keys-values/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
