/**
 * Search (Pagefind, indexed per <html lang> after the build): opened from the keyboard, real
 * Chinese queries find the right chapter, English queries search the English pages only.
 */
import type { Page } from '@playwright/test';
import { type Locale, escapeRegExp, expect, t, test } from './helpers.ts';

async function openSearch(page: Page, how: 'slash' | 'button') {
  const dialog = page.locator('#search-dialog');
  if (how === 'slash') {
    await page.locator('body').press('/');
  } else {
    await page.locator('#search-button').focus();
    await page.keyboard.press('Enter');
  }
  await expect(dialog).toBeVisible();
  await expect(page.locator('#search-input')).toBeFocused();
  return dialog;
}

/** Types a query and waits for the results; returns the result links' paths (with #anchors). */
async function search(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.locator('#search-input').fill(query);
  const status = page.locator('#search-status');
  const many = escapeRegExp(t(locale, 'search.results', { count: 'COUNT' })).replace('COUNT', '\\d+');
  await expect(status).toHaveText(new RegExp(`^(${many}|${escapeRegExp(t(locale, 'search.result1'))})$`));
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  return hrefs.map((h) => new URL(h, 'http://x').pathname + new URL(h, 'http://x').hash);
}

test('Chinese: "/" opens search; 缩放点积 finds chapter 2, 自注意力 and 注意力权重 find chapters', async ({ page }) => {
  await page.goto('/');
  await openSearch(page, 'slash');

  const scaled = await search(page, 'zh', '缩放点积');
  expect(scaled.some((h) => h.startsWith('/queries-keys-values/')), `results: ${scaled.join(', ')}`).toBe(true);
  const anchored = scaled.filter((h) => h.startsWith('/queries-keys-values/#'));
  test.info().annotations.push({ type: 'heading anchors for 缩放点积', description: anchored.join(', ') || 'none' });

  const selfAttention = await search(page, 'zh', '自注意力');
  expect(selfAttention.length).toBeGreaterThan(0);
  expect(selfAttention.some((h) => h.startsWith('/why-self-attention/')), `results: ${selfAttention.join(', ')}`).toBe(true);
  expect(selfAttention.filter((h) => h.startsWith('/en/')), 'a Chinese page searches the Chinese index').toEqual([]);

  const weights = await search(page, 'zh', '注意力权重');
  expect(weights.some((h) => h.startsWith('/queries-keys-values/')), `results: ${weights.join(', ')}`).toBe(true);

  // Following a result leads to the chapter.
  await page.locator('#search-results a[href^="/queries-keys-values/"]').first().click();
  await expect(page).toHaveURL(/\/queries-keys-values\/(#.*)?$/);
});

test('English: the search button opens search; "scaled dot-product" finds the English chapter 2; Escape closes and returns focus', async ({ page }) => {
  await page.goto('/en/');
  const dialog = await openSearch(page, 'button');
  const found = await search(page, 'en', 'scaled dot-product');
  expect(found.some((h) => h.startsWith('/en/queries-keys-values/')), `results: ${found.join(', ')}`).toBe(true);
  expect(found.filter((h) => !h.startsWith('/en/')), 'an English page searches the English index').toEqual([]);

  // In a search field the first Escape clears the query (the browser's own behaviour), the next closes.
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-input')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#search-button')).toBeFocused();
});
