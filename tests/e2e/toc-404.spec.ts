/**
 * Two small things a reader meets: the table of contents follows the reader, also after a jump
 * back to the top; and a missing English page is answered in English.
 */
import { expect, t, test } from './helpers.ts';

test('the table of contents marks the current section, and the first one again after a jump to the top', async ({ page }) => {
  // Wide enough for the table of contents beside the text (narrower screens fold it into "On this page").
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/queries-keys-values/');
  const toc = page.locator('.toc').filter({ visible: true }).first();
  const links = toc.locator('a');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  const target = links.nth(Math.min(4, count - 1));
  await target.click();
  await expect(target).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1);

  await page.keyboard.press('Home');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(links.first()).toHaveAttribute('aria-current', 'location');
  await expect(target).not.toHaveAttribute('aria-current', 'location');
  await expect(links.first()).toHaveClass(/\bactive\b/);
});

/** The 404 status of the missing page itself is the point of these tests, not a problem. */
const expected404 = (problems: { list: string[] }) => {
  const rest = problems.list.filter((p) => !p.includes('/no-such-chapter/'));
  problems.list.splice(0, problems.list.length, ...rest);
};

test('a missing page under /en/ gets the English 404 page', async ({ page, problems }) => {
  await page.goto('/en/no-such-chapter/');
  await expect(page).toHaveURL(/\/en\/404\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await expect(page.locator('h1')).toHaveText(t('en', 'notFound.title'));
  await expect(page.locator('main')).not.toContainText(t('zh', 'notFound.title'));
  expected404(problems);
});

test('a missing page elsewhere keeps the Chinese 404 page, with its English note', async ({ page, problems }) => {
  await page.goto('/no-such-chapter/');
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(page.locator('h1')).toHaveText(t('zh', 'notFound.title'));
  await expect(page.locator('main [lang="en"] h2')).toHaveText(t('en', 'notFound.title'));
  expected404(problems);
});
