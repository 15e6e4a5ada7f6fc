/**
 * Offline use: one visit installs the service worker, which precaches the whole course; then,
 * with the network gone, every chapter opens in both languages, search answers, and the real
 * model runs if the reader had loaded it once. A rebuilt site replaces the cached copy, and a tab
 * that is still open offers to reload instead of breaking.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { DIST, builtPages, escapeRegExp, expect, hydrateIslandOf, t, test } from './helpers.ts';
import { serveFolder } from './static-server.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is active and controls the page (a reload after the first visit). */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function searchFinds(page: Page, locale: 'zh' | 'en', query: string): Promise<void> {
  await page.locator('#search-button').click();
  await page.locator('#search-input').fill(query);
  const many = escapeRegExp(t(locale, 'search.results', { count: 'COUNT' })).replace('COUNT', '\\d+');
  await expect(page.locator('#search-status')).toHaveText(new RegExp(`^(${many}|${escapeRegExp(t(locale, 'search.result1'))})$`));
  expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

test('after one visit, the whole course works offline: every chapter, search, and the model loaded before', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForOfflineCopy(page);

  // The reader loads the real model once, online: ONNX Runtime's wasm and the model are kept.
  await page.goto('/real-model/');
  const demo = page.locator('.widget.coref').first();
  await hydrateIslandOf(demo);
  await demo.getByRole('button', { name: t('zh', 'demo.load') }).first().click();
  await expect(demo.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });

  await context.setOffline(true);
  const chapters = builtPages().filter((p) => p.chapter !== undefined || p.path === '/' || p.path === '/en/');
  expect(chapters.length).toBeGreaterThanOrEqual(8);
  for (const p of chapters) {
    const response = await page.goto(p.path);
    expect(response?.status(), `${p.path} offline`).toBe(200);
    expect(response?.fromServiceWorker(), `${p.path} comes from the offline copy`).toBe(true);
    await expect(page.locator('h1').first()).toBeVisible();
  }

  await page.goto('/');
  await searchFinds(page, 'zh', '自注意力');
  await page.goto('/en/');
  await searchFinds(page, 'en', 'attention');

  // A fresh page, offline: the model comes from the cache and runs.
  await page.goto('/en/real-model/');
  const offlineDemo = page.locator('.widget.coref').first();
  await hydrateIslandOf(offlineDemo);
  await offlineDemo.getByRole('button', { name: t('en', 'demo.load') }).first().click();
  await expect(offlineDemo.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
  await context.setOffline(false);
});

test.describe('a new build', () => {
  const PORT = 4390;
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });

  test('replaces the cached copy; the tab that asks reloads, another open tab is told', async ({ page, context }) => {
    test.setTimeout(180_000);
    const root = mkdtempSync(join(tmpdir(), 'course-offline-'));
    cpSync(DIST, root, { recursive: true });
    const site = await serveFolder(root, PORT);
    try {
      await page.goto('/glossary/');
      await waitForOfflineCopy(page);
      const other = await context.newPage();
      await other.goto('/en/');
      await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      // The site is rebuilt with a changed page (and so a new service worker).
      const glossary = join(root, 'glossary/index.html');
      const marker = '新版本的术语表';
      writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('</h1>', ` · ${marker}</h1>`));
      execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build-sw.ts'), root], { stdio: 'pipe' });

      // Until the reader chooses, the old copy is served; the open page offers the new version.
      await page.reload();
      await expect(page.locator('h1')).not.toContainText(marker);
      const notice = page.locator('#offline-notice');
      await expect(notice).toBeVisible({ timeout: 30_000 });
      await expect(notice).toContainText(t('zh', 'offline.updated'));
      await notice.getByRole('button', { name: t('zh', 'offline.reload') }).click();
      await expect(page.locator('h1')).toContainText(marker, { timeout: 30_000 });

      // The other tab was not reloaded under its reader: it says so and offers to reload.
      const otherNotice = other.locator('#offline-notice');
      await expect(otherNotice).toContainText(t('en', 'offline.updatedElsewhere'));
      await expect(otherNotice.getByRole('button', { name: t('en', 'offline.reload') })).toBeVisible();
      await other.close();
    } finally {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
