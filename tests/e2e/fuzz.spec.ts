/**
 * Every text and number input in every island of every page, in both languages, gets the bad
 * inputs a reader can produce: empty, text, NaN, ±1e308, "1,2,3", a pasted row of numbers and a
 * very long string. After each: no NaN or Infinity on screen, no console error or uncaught
 * exception (the `test` fixture), a message in the page's language, and the island's other
 * inputs keep their values. Inputs are found on the page, so a new widget is covered as it is.
 */
import type { Locator, Page } from '@playwright/test';
import { type Locale, builtPages, expect, hydrateIslands, test } from './helpers.ts';

const BAD = ['', 'abc', 'NaN', '1e308', '-1e308', '1,2,3', '0.1 0.2 0.3 0.4', 'x'.repeat(2000)] as const;
const PASTED_ROW = '0.1\t0.2\t0.3';
const INPUTS = 'input:not([type]), input[type="text"], input[type="number"], input[type="search"], textarea';
/** Where a widget says what is wrong (or, for an exercise, what it made of the answer). */
const MESSAGES = '[role="alert"], .error, .warning, .problem, .feedback, .unknown-list, [aria-invalid="true"]';
const CJK = /[\u3400-\u9fff]/;

interface Target { island: number; input: number; label: string; kind: string }

/** One input per island and kind: cells of one matrix share a kind ("X row #, column #"). */
async function targetsOf(page: Page): Promise<Target[]> {
  return page.locator('astro-island').evaluateAll((islands, selector) => {
    const seen = new Set<string>();
    const out: { island: number; input: number; label: string; kind: string }[] = [];
    islands.forEach((island, i) => {
      if (island.parentElement?.closest('astro-island')) return; // nested islands are fuzzed by their outer one
      island.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector).forEach((el, j) => {
        if (el.disabled || el.readOnly || el.offsetParent === null) return;
        const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.name ?? `#${j}`;
        const kind = `${i}|${el.type}|${label.replace(/\d+/g, '#')}`;
        if (seen.has(kind)) return;
        seen.add(kind);
        out.push({ island: i, input: j, label, kind });
      });
    });
    return out;
  }, INPUTS);
}

/** Sets a value as a reader would, then commits it (Enter, then leaving the field). */
async function enter(input: Locator, value: string): Promise<void> {
  const isNumber = (await input.getAttribute('type')) === 'number';
  if (isNumber) {
    // A number field takes only what parses; set the raw text and let the widget judge it.
    await input.evaluate((el: HTMLInputElement, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  } else {
    await input.fill(value);
  }
  await input.press('Enter');
  await input.evaluate((el: HTMLElement) => el.blur());
}

/** Pastes text into the field; true when the widget handled the paste itself (spreading a row over cells). */
async function paste(input: Locator, text: string): Promise<boolean> {
  return input.evaluate((el: HTMLElement, t) => {
    el.focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  }, text);
}

const valuesOf = (island: Locator, except: number) =>
  island.locator(INPUTS).evaluateAll((els, skip) => els.map((el, k) => (k === skip ? null : (el as HTMLInputElement).value)), except);

async function expectSane(island: Locator, locale: Locale, typed: string, what: string): Promise<void> {
  // The typed text may be echoed (a sentence's words); anything else NaN- or Infinity-like is a result gone wrong.
  const withoutEcho = (s: string) => (typed === '' ? s : s.split(typed).join(' '));
  // Polled: the widget redraws after the input event, and the previous value's message may still be up.
  await expect.poll(async () => withoutEcho(await island.innerText()), { message: `${what}: no NaN or Infinity on screen`, timeout: 5_000 }).not.toMatch(/NaN|Infinity|∞/);
  await expect.poll(async () => (await island.locator('td').allInnerTexts()).filter((c) => /NaN|Infinity|∞/.test(c)), { message: `${what}: no NaN or Infinity in a table`, timeout: 5_000 }).toEqual([]);
  const message = island.locator(MESSAGES).filter({ hasText: /\S/ });
  await expect(message.first(), `${what}: a message says what is wrong`).toBeVisible({ timeout: 5_000 });
  const said = withoutEcho((await message.allInnerTexts()).join(' '));
  if (locale === 'zh') expect(said, `${what}: the message is in Chinese`).toMatch(CJK);
  else expect(said.replace(/[\u3400-\u9fff]+/g, ''), `${what}: the message is in English`).toMatch(/[A-Za-z]{3,}/);
}

const pages = builtPages().filter((p) => p.path !== '/404.html');

for (const p of pages) {
  test(`${p.path}: every input survives bad input`, async ({ page }) => {
    test.setTimeout(480_000);
    await page.goto(p.path);
    await hydrateIslands(page);
    // Some inputs appear only after a choice (typing your own sentence, editing Q, K, V directly):
    // every radio button of every island is chosen in turn, and what it reveals is fuzzed too.
    const radios = page.locator('astro-island input[type="radio"]');
    const choices = await radios.count();
    const done = new Set<string>();
    const fuzzed: string[] = [];
    for (let choice = -1; choice < choices; choice++) {
      if (choice >= 0) {
        const radio = radios.nth(choice);
        if (!(await radio.isVisible()) || (await radio.isChecked())) continue;
        await radio.check();
      }
      const targets = (await targetsOf(page)).filter((t) => !done.has(t.kind));
      for (const target of targets) {
        done.add(target.kind);
        fuzzed.push(target.label);
        const original = await page.locator('astro-island').nth(target.island).locator(INPUTS).nth(target.input).inputValue();
        for (const value of [...BAD, PASTED_ROW]) {
          const island = page.locator('astro-island').nth(target.island);
          const input = island.locator(INPUTS).nth(target.input);
          await input.scrollIntoViewIfNeeded();
          const what = `${target.label} ← ${JSON.stringify(value.length > 20 ? `${value.slice(0, 12)}… (${value.length} chars)` : value)}`;
          const before = await valuesOf(island, target.input);
          if (value === PASTED_ROW && (await paste(input, value))) {
            // Spread over the row by the widget: the other cells change on purpose; nothing may break.
            const text = await island.innerText();
            expect(text, `${what}: no NaN or Infinity`).not.toMatch(/NaN|Infinity|∞/);
            continue;
          }
          await enter(input, value);
          await expectSane(island, p.locale, value, what);
          expect(await valuesOf(island, target.input), `${what}: the other inputs keep their values`).toEqual(before);
        }
        // Leave the input as the page had it, so the next one starts from a working widget.
        await enter(page.locator('astro-island').nth(target.island).locator(INPUTS).nth(target.input), original);
      }
    }
    test.info().annotations.push({ type: 'inputs fuzzed', description: `${fuzzed.length}: ${fuzzed.join(' | ')}` });
  });
}
