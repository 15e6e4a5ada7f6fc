/**
 * The progress store in a real browser: saved data that cannot be read (not JSON, the wrong
 * shape, a newer version) is backed up and reported, never breaks a page; old data is migrated;
 * storage that is missing, forbidden or full degrades to memory and says so while every widget
 * keeps working. (Progress surviving a reload is in exercises.spec.ts.)
 */
import type { Page } from '@playwright/test';
import {
  BACKUP_KEY,
  type Locale,
  PROGRESS_KEY,
  answerSingleChoiceRight,
  cell,
  expect,
  findExplorer,
  firstSingleChoice,
  hydrateIslandOf,
  storedProgress,
  t,
  tableByCaption,
  test,
  typeInCell,
} from './helpers.ts';

/** Puts `raw` under the progress key before the site's scripts run, on the first load only. */
async function seedStorageOnce(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded') !== null) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(key, value);
    },
    [PROGRESS_KEY, raw] as const,
  );
}

const corrupt = [
  { name: 'not JSON', raw: '{not json', path: '/queries-keys-values/' },
  { name: 'JSON of the wrong shape', raw: JSON.stringify({ version: 2, exercises: [], visits: 'yesterday', lastPath: 42 }), path: '/en/' },
  { name: 'a newer version', raw: JSON.stringify({ version: 99, exercises: {}, visits: {}, lastPath: null, future: true }), path: '/en/why-self-attention/' },
] as const;

for (const { name, raw, path } of corrupt) {
  test(`saved progress that is ${name} is backed up and reported; ${path} still works`, async ({ page }) => {
    const locale: Locale = path.startsWith('/en/') ? 'en' : 'zh';
    await seedStorageOnce(page, raw);
    await page.goto(path);

    const notice = page.locator('#storage-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(t(locale, 'progress.corrupt', { key: BACKUP_KEY }));
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), 'the unreadable data is kept').toBe(raw);
    const replaced = await storedProgress(page);
    expect(replaced?.version, 'replaced by readable progress').toBe(2);

    const chapter = await page.locator('body').getAttribute('data-chapter');
    if (chapter !== null) {
      // The page's exercises work and record again.
      const id = await answerSingleChoiceRight(page, locale);
      expect((await storedProgress(page))?.exercises[id]?.solved).toBe(true);
    }

    // The next page load starts clean: no notice, the backup still there.
    await page.reload();
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(notice).toBeHidden();
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBe(raw);
  });
}

test('progress saved in the first format (version 1) is migrated', async ({ page }) => {
  await page.goto('/why-self-attention/');
  const { id, section } = await firstSingleChoice(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify({ version: 1, solved: [id] })] as const);
  await page.reload();
  await hydrateIslandOf(section);
  await expect(section.getByText(t('zh', 'exercise.doneBefore'))).toBeVisible();
  await expect(page.locator('#storage-notice')).toBeHidden();
  const migrated = await storedProgress(page);
  expect(migrated?.version).toBe(2);
  expect(migrated?.exercises[id]).toEqual({ attempts: 1, solved: true, variants: [] });
});

const unavailable = [
  {
    name: 'every Storage method throws (storage forbidden)',
    path: '/queries-keys-values/',
    init: () => {
      const deny = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) Object.defineProperty(Storage.prototype, m, { value: deny, configurable: true });
    },
  },
  {
    name: 'window.localStorage itself throws (cookies blocked)',
    path: '/en/queries-keys-values/',
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  },
  {
    name: 'storage is full (setItem throws QuotaExceededError)',
    path: '/why-self-attention/',
    init: () => {
      Object.defineProperty(Storage.prototype, 'setItem', {
        configurable: true,
        value: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    },
  },
] as const;

for (const { name, path, init } of unavailable) {
  test(`when ${name}, ${path} says progress will not be kept and still works`, async ({ page }) => {
    const locale: Locale = path.startsWith('/en/') ? 'en' : 'zh';
    await page.addInitScript(init);
    await page.goto(path);

    const notice = page.locator('#storage-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(t(locale, 'progress.unavailable'));

    // The theme toggle still switches (for this page).
    const root = page.locator('html');
    const theme = await root.getAttribute('data-theme');
    await page.locator('#theme-toggle').click();
    await expect(root).toHaveAttribute('data-theme', theme === 'dark' ? 'light' : 'dark');

    // Exercises check answers.
    const { section } = await firstSingleChoice(page);
    await answerSingleChoiceRight(page, locale);
    // Answered right on this very page: that is not "answered before".
    await expect(section.getByText(t(locale, 'exercise.doneBefore'))).toHaveCount(0);

    // The explorer computes.
    if ((await page.getByRole('heading', { name: t(locale, 'qkv.title'), exact: true }).count()) > 0) {
      const explorer = await findExplorer(page, locale);
      await hydrateIslandOf(explorer);
      const weights = tableByCaption(explorer, t(locale, 'qkv.weights')).locator('tbody td');
      const before = await weights.allTextContents();
      const first = explorer.locator('input[aria-label]').first();
      const label = (await first.getAttribute('aria-label')) ?? '';
      const m = (locale === 'zh' ? /^(\S+) 第(\d+)行第(\d+)列$/ : /^(\S+) row (\d+), column (\d+)$/).exec(label);
      if (!m) throw new Error(`unexpected cell name ${label}`);
      await typeInCell(page, cell(explorer, locale, m[1]!, Number(m[2]), Number(m[3])), '3');
      await expect(weights).not.toHaveText(before);
    }

    // Nothing survives a reload, and the notice says so again.
    await page.reload();
    await expect(notice).toHaveText(t(locale, 'progress.unavailable'));
    const again = await firstSingleChoice(page);
    await hydrateIslandOf(again.section);
    await expect(again.section.getByText(t(locale, 'exercise.doneBefore'))).toHaveCount(0);
  });
}
