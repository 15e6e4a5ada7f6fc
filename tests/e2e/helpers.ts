/**
 * Shared pieces of the browser tests: the list of built pages (read from dist/, so a new
 * chapter is tested without touching this file), a `test` whose every page fails on a console
 * error, a page error, a failed request or any request to another origin, and small helpers
 * for islands, the explorer and exercises.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Locator, type Page, test as base, expect } from '@playwright/test';
import { type Locale } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { optionOrder } from '../../src/quiz/check.ts';
import { BACKUP_KEY, PROGRESS_KEY } from '../../src/quiz/progress.ts';
import type { Exercise, SingleChoice } from '../../src/quiz/types.ts';

export { expect };
export { t };
export type { Locale };

export const DIST = resolve(import.meta.dirname, '../../dist');
export { BACKUP_KEY, PROGRESS_KEY };
/** The remembered theme (src/components/shell.ts and the inline script in BaseLayout.astro). */
export const THEME_KEY = 'attention-course:theme';

/** Pages the course must have; the list from dist/ may hold more (new chapters). */
export const EXPECTED_PAGES = [
  '/',
  '/en/',
  '/glossary/',
  '/en/glossary/',
  '/404.html',
  '/why-self-attention/',
  '/queries-keys-values/',
  '/en/why-self-attention/',
  '/en/queries-keys-values/',
  '/real-model/',
  '/en/real-model/',
] as const;

export interface BuiltPage {
  /** The URL path: "/", "/en/queries-keys-values/", "/404.html". */
  path: string;
  locale: Locale;
  /** The chapter slug on chapter pages (from <body data-chapter>). */
  chapter?: string;
}

/** Every index.html and 404.html under dist/ (not the _astro/ or pagefind/ assets). */
export function builtPages(): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string, urlDir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (urlDir === '/' && (entry.name === '_astro' || entry.name === 'pagefind')) continue;
        walk(join(dir, entry.name), `${urlDir}${entry.name}/`);
      } else if (entry.name === 'index.html' || entry.name === '404.html') {
        const html = readFileSync(join(dir, entry.name), 'utf8');
        const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
        const chapter = /<body[^>]*\bdata-chapter="([^"]+)"/.exec(html)?.[1];
        pages.push({
          path: entry.name === 'index.html' ? urlDir : `${urlDir}${entry.name}`,
          locale: lang.startsWith('en') ? 'en' : 'zh',
          ...(chapter === undefined ? {} : { chapter }),
        });
      }
    }
  };
  walk(DIST, '/');
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export const localeOfPath = (path: string): Locale => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh');

/** The problems a page had: console errors, uncaught exceptions, failed or foreign requests. */
export interface PageProblems {
  list: string[];
}

const ignoredSchemes = new Set(['data:', 'blob:', 'about:', 'chrome-extension:']);

/**
 * `test` with an automatic check: whatever a test does, its pages must log no console error,
 * throw nothing uncaught, have no failed request to our origin and make no request to any
 * other origin (the site is self-contained). Navigation aborts a page's pending requests, which
 * is not a failure.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
      const problems: PageProblems = { list: [] };
      const ours = (url: string) => {
        const u = new URL(url);
        return ignoredSchemes.has(u.protocol) ? null : u.origin === origin;
      };
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error') problems.list.push(`console.error on ${page.url()}: ${m.text()} ${m.location().url ?? ''}`.trim());
        });
        page.on('pageerror', (e) => problems.list.push(`uncaught on ${page.url()}: ${e.name}: ${e.message}`));
        page.on('request', (r) => {
          if (ours(r.url()) === false) problems.list.push(`request to another origin from ${page.url()}: ${r.method()} ${r.url()}`);
        });
        page.on('requestfailed', (r) => {
          const why = r.failure()?.errorText ?? '';
          if (ours(r.url()) === true && !why.includes('ERR_ABORTED')) problems.list.push(`failed request: ${r.url()} (${why})`);
        });
        page.on('response', (r) => {
          if (ours(r.url()) === true && r.status() >= 400) problems.list.push(`HTTP ${r.status()} for ${r.url()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      expect(problems.list, 'console errors, uncaught errors, failed requests or requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Hydrates every island: `client:visible` ones wake when scrolled into view, so each is brought
 * into view in turn and we wait until Astro drops its `ssr` attribute. Ends back at the top.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) await hydrateIslandOf(islands.nth(i));
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/**
 * Hydrates the island that holds `inside` (or is it): scrolls it into view and waits, on a
 * MutationObserver rather than by polling, until Astro drops its `ssr` attribute.
 */
export async function hydrateIslandOf(inside: Locator): Promise<void> {
  const ok = await inside.evaluate(async (el, timeoutMs) => {
    const island = el.closest('astro-island');
    if (island === null || !island.hasAttribute('ssr')) return true;
    const done = new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!island.hasAttribute('ssr')) {
          observer.disconnect();
          resolve(true);
        }
      });
      observer.observe(island, { attributes: true, attributeFilter: ['ssr'] });
      setTimeout(() => {
        observer.disconnect();
        resolve(!island.hasAttribute('ssr'));
      }, timeoutMs);
    });
    (island.firstElementChild ?? island).scrollIntoView({ block: 'center', behavior: 'instant' });
    return done;
  }, 15_000);
  expect(ok, `the island ${await inside.evaluate((el) => el.closest('astro-island')?.getAttribute('component-url') ?? '')} hydrates`).toBe(true);
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/* ---------- the Q/K/V explorer ---------- */

/** The explorer section on a page (the first one, or the one whose preset select shows `preset`). */
export async function findExplorer(page: Page, locale: Locale, preset?: string): Promise<Locator> {
  const explorers = page.locator('section').filter({ has: page.getByRole('heading', { name: t(locale, 'qkv.title'), exact: true }) });
  const count = await explorers.count();
  expect(count, 'a Q/K/V explorer on the page').toBeGreaterThan(0);
  if (preset !== undefined) {
    for (let i = 0; i < count; i++) {
      const select = explorers.nth(i).getByRole('combobox', { name: t(locale, 'qkv.preset') });
      if ((await select.inputValue()) === preset) return explorers.nth(i);
    }
    throw new Error(`no explorer with preset ${preset}`);
  }
  return explorers.first();
}

/** The accessible name of a matrix cell: "Q 第1行第2列" / "Q row 1, column 2" (1-based). */
export const cellName = (locale: Locale, matrix: string, row: number, col: number) => t(locale, 'widget.cellName', { matrix, row, col });

export const cell = (scope: Locator, locale: Locale, matrix: string, row: number, col: number) =>
  scope.getByRole('textbox', { name: cellName(locale, matrix, row, col), exact: true });

/** Every editable matrix in the explorer, as numbers: { X: [[…]], W_Q: … }. */
export async function readEditableMatrices(explorer: Locator, locale: Locale): Promise<Record<string, number[][]>> {
  const labels = await explorer.locator('input[aria-label]').evaluateAll((inputs) => inputs.map((i) => [i.getAttribute('aria-label') ?? '', (i as HTMLInputElement).value] as const));
  const pattern = locale === 'zh' ? /^(\S+) 第(\d+)行第(\d+)列$/ : /^(\S+) row (\d+), column (\d+)$/;
  const out: Record<string, number[][]> = {};
  for (const [label, value] of labels) {
    const m = pattern.exec(label);
    if (!m) continue;
    const [, name = '', r = '', c = ''] = m;
    const grid = (out[name] ??= []);
    (grid[Number(r) - 1] ??= [])[Number(c) - 1] = Number(value.replace('−', '-'));
  }
  return out;
}

/**
 * Replaces a cell's content using the keyboard only: focus, select all, then type key by key,
 * or (`atOnce`) enter the whole text as one input, as a paste or an IME would: typing "1e309"
 * key by key passes through valid numbers ("1", "1e30") that would each become the last good result.
 */
export async function typeInCell(page: Page, input: Locator, value: string, { atOnce = false } = {}): Promise<void> {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (value === '') await page.keyboard.press('Backspace');
  else if (atOnce) await page.keyboard.insertText(value);
  else await page.keyboard.type(value);
  await expect(input).toHaveValue(value);
}

/** A computed matrix table, found by its caption. */
/** A caption's words before its equation: a caption written with $TeX$ is typeset, so its text is not the TeX. */
export const captionWords = (caption: string): string => (caption.includes('$') ? caption.slice(0, caption.indexOf('$')).trim() : caption);
export const tableByCaption = (scope: Locator, caption: string | RegExp) =>
  scope.locator('table').filter({ has: scope.page().locator('caption', { hasText: typeof caption === 'string' ? captionWords(caption) : caption }) });

/* ---------- progress in localStorage ---------- */

export interface StoredProgress {
  version: number;
  exercises: Record<string, { attempts: number; solved: boolean; variants: number[] }>;
  visits: Record<string, number>;
  lastPath: string | null;
}

export async function storedProgress(page: Page): Promise<StoredProgress | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw === null ? null : (JSON.parse(raw) as StoredProgress);
}

/** Plain text of a rich exercise text (no TeX, markup or line breaks): a prefix safe to look for. */
export function plainPrefix(text: string, max = 12): string {
  const cut = text.search(/[$*`\n\\<]/);
  return (cut < 0 ? text : text.slice(0, cut)).slice(0, max).trim();
}

/* ---------- exercises ---------- */

/** A chapter's exercises, in both languages: src/course/<slug>/exercises/index.ts. */
export async function bankOf(slug: string): Promise<readonly Exercise[]> {
  const module = (await import(`../../src/course/${slug}/exercises/index.ts`)) as { exercises: readonly Exercise[] };
  return module.exercises;
}

/** The exercises on a chapter page, in page order, with their bank entries. */
export async function exercisesOnPage(page: Page): Promise<{ slug: string; bank: readonly Exercise[]; onPage: Exercise[] }> {
  const slug = await page.locator('body').getAttribute('data-chapter');
  if (slug === null) throw new Error(`${page.url()} is not a chapter page`);
  const bank = await bankOf(slug);
  const ids = await page.locator('[data-exercise]').evaluateAll((els) => els.map((el) => el.getAttribute('data-exercise') ?? ''));
  const onPage = ids.map((id) => {
    const e = bank.find((x) => x.id === id);
    if (!e) throw new Error(`exercise ${id} on the page is not in src/course/${slug}/exercises/index.ts`);
    return e;
  });
  return { slug, bank, onPage };
}

/** The first static single-choice exercise on a chapter page. */
export async function firstSingleChoice(page: Page): Promise<{ id: string; question: SingleChoice; section: Locator }> {
  const { onPage } = await exercisesOnPage(page);
  const found = onPage.find((e) => !e.parametric && e.question.kind === 'single');
  if (!found || found.parametric || found.question.kind !== 'single') throw new Error(`no static single-choice exercise on ${page.url()}`);
  return { id: found.id, question: found.question, section: page.locator(`[data-exercise="${found.id}"]`) };
}

/** Answers the first single-choice exercise on the page correctly and waits for the verdict. */
export async function answerSingleChoiceRight(page: Page, locale: Locale): Promise<string> {
  const { id, question, section } = await firstSingleChoice(page);
  await hydrateIslandOf(section);
  // Options are shown in the exercise's seeded order (src/quiz/check.ts optionOrder).
  await section.getByRole('radio').nth(optionOrder(id, question.options.length).indexOf(question.options.findIndex((o) => o.correct))).check();
  await section.getByRole('button', { name: t(locale, 'exercise.check'), exact: true }).click();
  await expect(section.getByRole('status')).toContainText(t(locale, 'exercise.correct'));
  return id;
}
