/**
 * Layout and shell: no horizontal scrolling on a 360 px phone (widgets may scroll inside their
 * own containers), the theme chosen before the first paint and remembered, and the language
 * switch between a page and its twin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, THEME_KEY, builtPages, expect, hydrateIslands, test } from './helpers.ts';

const pages = builtPages();

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
