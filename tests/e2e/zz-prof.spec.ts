import { test, expect } from '@playwright/test';
import { findExplorer, hydrateIslandOf, cell, typeInCell, tableByCaption } from './helpers.ts';
test('prof', async ({ page }) => {
  let t0 = Date.now();
  const lap = (s: string) => { console.log(s, Date.now() - t0); t0 = Date.now(); };
  await page.goto('/queries-keys-values/'); lap('goto');
  const ex = await findExplorer(page, 'zh', 'woShiShei'); lap('find');
  await hydrateIslandOf(ex); lap('hydrate');
  await expect(ex.locator('.live-equation .katex').first()).toBeVisible(); lap('katex');
  await typeInCell(page, cell(ex, 'zh', 'W_Q', 2, 2), '2.5'); lap('type');
  await expect(tableByCaption(ex, /^Q = XW/).locator('tbody td')).toHaveCount(9); lap('table');
  const n = await page.evaluate(() => document.querySelectorAll('*').length); lap('dom ' + n);
});
