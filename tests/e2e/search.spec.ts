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

test('Ctrl+K and ⌘K open search like "/", from anywhere; one close control', async ({ page }) => {
  await page.goto('/en/');
  const dialog = page.locator('#search-dialog');
  for (const shortcut of ['Control+k', 'Meta+k']) {
    await page.locator('body').press(shortcut);
    await expect(dialog).toBeVisible();
    await expect(page.locator('#search-input')).toBeFocused();
    // One way to close it that can be seen: the dialog's own ✕ (the search field's built-in clear button is hidden).
    await expect(dialog.getByRole('button')).toHaveCount(1);
    const nativeClearHidden = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((r) => r instanceof CSSStyleRule && r.selectorText.includes('::-webkit-search-cancel-button') && r.style.getPropertyValue('appearance') === 'none')),
    );
    expect(nativeClearHidden).toBe(true);
    await dialog.getByRole('button', { name: t('en', 'search.close') }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.locator('#search-button')).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
});

test('Chinese excerpts: whole words highlighted, no single characters, no stray punctuation at the start', async ({ page }) => {
  await page.goto('/');
  await openSearch(page, 'slash');
  const fresh = async (query: string) => {
    // Start from an empty list, so the results read below are this query's.
    await page.locator('#search-input').fill('');
    await expect(page.locator('#search-results li')).toHaveCount(0);
    await search(page, 'zh', query);
  };
  for (const query of ['缩放点积', '自注意力', '注意力权重']) {
    await fresh(query);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length, query).toBeGreaterThan(0);
    for (const m of marks) expect(Array.from(m).length, `"${m}" for ${query}: ${marks.join(' ')}`).toBeGreaterThanOrEqual(2);
    for (const m of marks) expect(query.includes(m), `"${m}" is part of ${query}`).toBe(true);
    const excerpts = await page.locator('#search-results li > div').allTextContents();
    for (const e of excerpts) expect(e, query).not.toMatch(/^[\s，。、；：！？,.;:!?）)]/);
  }
  // A one-character query still highlights that character.
  await fresh('它');
  expect((await page.locator('#search-results mark').allTextContents()).every((m) => m === '它')).toBe(true);
});

test('the positional-encoding chapter is found by its main terms in both languages', async ({ page }) => {
  for (const [home, locale, queries, path] of [
    ['/', 'zh', ['正弦位置编码', '置换等变', '旋转位置编码'], '/positional-encoding/'],
    ['/en/', 'en', ['sinusoidal', 'permutation-equivariant', 'rotary'], '/en/positional-encoding/'],
  ] as const) {
    await page.goto(home);
    await openSearch(page, 'slash');
    for (const query of queries) {
      const found = await search(page, locale, query);
      expect(found.some((h) => h.startsWith(path)), `${query}: ${found.join(', ')}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
});
