/**
 * Exercises as a reader meets them: a choice answered wrong (with that option's explanation),
 * then right, with one Check button throughout and options in the exercise's seeded order; a
 * parametric numeric exercise with fresh numbers, whose right answer opens its worked solution;
 * the answers saved, so a reload (and only a reload) shows "answered before" and the chapter's
 * progress marks count them.
 *
 * The exercises are found on the page by their DOM ([data-exercise]) and understood through
 * the chapter's own exercises (src/course/<slug>/exercises/), so new or reordered exercises need no change here.
 */
import type { Locator } from '@playwright/test';
import { optionOrder, withinTolerance } from '../../src/quiz/check.ts';
import { localizeQuestion } from '../../src/quiz/localize.ts';
import { renderRich } from '../../src/components/tex.ts';
import type { Exercise, NumericQuestion, SingleChoice } from '../../src/quiz/types.ts';
import { type Locale, exercisesOnPage, expect, hydrateIslandOf, plainPrefix, storedProgress, t, test } from './helpers.ts';

const feedbackOf = (exercise: Locator) => exercise.getByRole('status');

/** The last **bold** number of a solution text: the worked answer. */
function boldAnswer(solution: string): number | null {
  const all = [...solution.matchAll(/\*\*([^*]+)\*\*/g)];
  const last = all.at(-1)?.[1]?.replace(/−/g, '-').trim();
  return last === undefined || !/^[+-]?\d+(\.\d+)?$/.test(last) ? null : Number(last);
}

/** A parametric numeric exercise whose solution ends with its answer in bold (checked on a few seeds). */
function hasBoldAnswer(e: Exercise, locale: Locale): boolean {
  if (!e.parametric) return false;
  return [1, 2, 3, 12345].every((seed) => {
    const q = e.generate(seed);
    if (q.kind !== 'numeric') return false;
    const shown = boldAnswer(q.solution[locale]);
    return shown !== null && withinTolerance(shown, q.answer, { relative: 1e-2, absolute: 2e-3 });
  });
}

/** HTML → its text, as textContent reads it. */
const textOf = (html: string) =>
  html.replace(/<br>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const singleChoicePages = { zh: '/why-self-attention/', en: '/en/queries-keys-values/' } as const;
const numericPages = { zh: '/queries-keys-values/', en: '/en/queries-keys-values/' } as const;

for (const locale of ['zh', 'en'] as const) {
  test(`a single-choice exercise answered wrong, then right, is remembered (${locale})`, async ({ page }) => {
    await page.goto(singleChoicePages[locale]);
    const { slug, bank, onPage } = await exercisesOnPage(page);
    const found = onPage.find((e) => !e.parametric && e.question.kind === 'single');
    if (!found || found.parametric) throw new Error('no static single-choice exercise on the page');
    const q = found.question as SingleChoice;
    const exercise = page.locator(`[data-exercise="${found.id}"]`);
    await hydrateIslandOf(exercise);

    // The options appear in the exercise's seeded order: `wrong` and `right` are places on the page.
    const order = optionOrder(found.id, q.options.length);
    const wrong = order.findIndex((i) => !q.options[i]!.correct);
    const right = order.findIndex((i) => q.options[i]!.correct);
    const radios = exercise.getByRole('radio');
    await expect(radios).toHaveCount(q.options.length);
    for (const [k, i] of order.entries()) await expect(exercise.locator('.option').nth(k)).toContainText(plainPrefix(q.options[i]!.text[locale]));
    const check = exercise.getByRole('button', { name: t(locale, 'exercise.check'), exact: true });

    // Wrong, by keyboard: focus the option, Space to choose it, Enter on Check.
    await radios.nth(wrong).focus();
    await page.keyboard.press('Space');
    await expect(radios.nth(wrong)).toBeChecked();
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(feedbackOf(exercise)).toContainText(t(locale, 'exercise.incorrect'));
    const wrongExplanation = exercise.locator('.option').nth(wrong).locator('.explanation');
    await expect(wrongExplanation).toBeVisible();
    await expect(wrongExplanation).toContainText('✗');
    await expect(wrongExplanation).toContainText(plainPrefix(q.options[order[wrong]!]!.explanation[locale]));
    expect((await storedProgress(page))?.exercises[found.id]).toEqual({ attempts: 1, solved: false, variants: [] });
    // One control to try again: Check itself (no separate "try again").
    await expect(exercise.locator('.actions button')).toHaveCount(2); // Check, Show solution

    // Then right.
    await radios.nth(right).focus();
    await page.keyboard.press('Space');
    await expect(feedbackOf(exercise)).not.toContainText(t(locale, 'exercise.incorrect'));
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(feedbackOf(exercise)).toContainText(t(locale, 'exercise.correct'));
    await expect(exercise.locator('.option').nth(right).locator('.explanation')).toContainText('✓');
    expect((await storedProgress(page))?.exercises[found.id]).toEqual({ attempts: 2, solved: true, variants: [] });
    // Solved just now, on this page: not "answered before".
    await expect(exercise.getByText(t(locale, 'exercise.doneBefore'))).toHaveCount(0);

    const total = bank.length;
    const counted = t(locale, 'progress.exercises', { done: 1, total });
    const mark = page.locator(`#sidebar [data-progress-for="${slug}"]`);
    await expect(mark).toHaveAttribute('aria-label', `${t(locale, 'progress.inProgress')}${t(locale, 'punct.comma')}${counted}`);

    // After a reload: "answered before", and the sidebar still counts it.
    await page.reload();
    await hydrateIslandOf(exercise);
    await expect(exercise.getByText(t(locale, 'exercise.doneBefore'))).toBeVisible();
    await expect(mark).toHaveAttribute('data-status', 'inProgress');
    await expect(mark).toHaveAttribute('aria-label', `${t(locale, 'progress.inProgress')}${t(locale, 'punct.comma')}${counted}`);

    // And on the home page: the chapter's card and the "continue" link.
    await page.goto(locale === 'zh' ? '/' : '/en/');
    await expect(page.locator(`.chapter-map [data-progress-for="${slug}"]`)).toHaveText(`${t(locale, 'progress.inProgress')} · ${counted}`);
    await expect(page.locator('#continue-link')).toBeVisible();
    await expect(page.locator('#continue-link')).toHaveAttribute('href', singleChoicePages[locale]);
  });

  test(`a parametric numeric exercise: fresh numbers, wrong then right, the variant saved (${locale})`, async ({ page }) => {
    await page.goto(numericPages[locale]);
    const { onPage } = await exercisesOnPage(page);
    const found = onPage.find((e) => hasBoldAnswer(e, locale));
    if (!found || !found.parametric) throw new Error('no parametric numeric exercise with a worked answer on the page');
    const exercise = page.locator(`[data-exercise="${found.id}"]`);
    await hydrateIslandOf(exercise);

    // The generator has loaded (the button is enabled) and drawn numbers other than the built page's.
    const newNumbers = exercise.getByRole('button', { name: t(locale, 'exercise.newNumbers'), exact: true });
    await expect(newNumbers).toBeEnabled();
    const prompt = exercise.locator('.prompt');
    const builtPrompt = textOf(localizeQuestion(found.generate(1), locale, renderRich).prompt);
    await expect(prompt).not.toHaveText(builtPrompt);

    // The worked answer, from "Show solution".
    const toggle = exercise.getByRole('button', { name: t(locale, 'exercise.showSolution'), exact: true });
    await toggle.click();
    const answerText = (await exercise.locator('.solution strong').last().textContent()) ?? '';
    const answer = Number(answerText.replace(/−/g, '-'));
    expect(Number.isFinite(answer), `the solution ends with a number, not "${answerText}"`).toBe(true);
    await exercise.getByRole('button', { name: t(locale, 'exercise.hideSolution'), exact: true }).click();

    const input = exercise.getByRole('textbox');
    await input.fill(String(Math.abs(answer) * 3 + 7));
    await input.press('Enter');
    await expect(feedbackOf(exercise)).toContainText(t(locale, 'exercise.incorrect'));

    await input.fill(answerText); // as shown, typographic minus included
    await input.press('Enter');
    await expect(feedbackOf(exercise)).toContainText(t(locale, 'exercise.correct'));
    // A right answer opens its worked solution; it was not "answered before".
    await expect(exercise.locator('.solution')).toBeVisible();
    await expect(exercise.getByRole('button', { name: t(locale, 'exercise.hideSolution'), exact: true })).toBeVisible();
    await expect(exercise.getByText(t(locale, 'exercise.doneBefore'))).toHaveCount(0);

    // The store keeps the variant's seed; that seed's question is the one on the page.
    const record = (await storedProgress(page))?.exercises[found.id];
    expect(record?.solved).toBe(true);
    expect(record?.attempts).toBe(2);
    expect(record?.variants).toHaveLength(1);
    const seed = record!.variants[0]!;
    const generated = found.generate(seed) as NumericQuestion;
    expect(withinTolerance(answer, generated.answer, generated)).toBe(true);
    await expect(prompt).toHaveText(textOf(localizeQuestion(generated, locale, renderRich).prompt));
    // Its math is typeset (KaTeX loads with the generator), not shown as TeX source.
    await expect(prompt.locator('.katex > math').first()).toBeAttached();
    await expect(prompt.locator('code')).toHaveCount(0);

    // New numbers: another variant, the answer box and the feedback cleared.
    await newNumbers.click();
    await expect(prompt).not.toHaveText(textOf(localizeQuestion(generated, locale, renderRich).prompt));
    await expect(input).toHaveValue('');
    await expect(feedbackOf(exercise)).toHaveText('');

    await page.reload();
    await hydrateIslandOf(exercise);
    await expect(exercise.getByText(t(locale, 'exercise.doneBefore'))).toBeVisible();
  });
}

for (const locale of ['zh', 'en'] as const) {
  test(`a score typed as the weight gets the hint naming the forgotten softmax (${locale})`, async ({ page }) => {
    await page.goto(numericPages[locale]);
    const { onPage } = await exercisesOnPage(page);
    const found = onPage.find((e) => e.id === 'qkv-bank-softmax');
    if (!found || found.parametric || found.question.kind !== 'numeric') throw new Error('qkv-bank-softmax is not on the page');
    const q = found.question;
    const forgotten = q.mistakes?.findIndex((m) => m.hint.en.includes('softmax is missing')) ?? -1;
    expect(forgotten, 'the exercise lists the softmax-forgotten mistake').toBeGreaterThanOrEqual(0);
    const exercise = page.locator(`[data-exercise="${found.id}"]`);
    await hydrateIslandOf(exercise);
    const input = exercise.getByRole('textbox');
    await input.fill(String(q.mistakes![forgotten]!.value));
    await input.press('Enter');
    await expect(feedbackOf(exercise)).toContainText(t(locale, 'exercise.incorrect'));
    await expect(exercise.locator('.hint')).toContainText(plainPrefix(q.mistakes![forgotten]!.hint[locale]));
  });

  test(`the "new numbers" button says so while its generator is still loading (${locale})`, async ({ page }) => {
    // Hold back the generators' chunks (one module per exercise and language) until the label has been seen.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/[^/]*\.(zh|en)\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(numericPages[locale]);
    const { onPage } = await exercisesOnPage(page);
    const found = onPage.find((e) => e.parametric);
    if (!found) throw new Error('no parametric exercise on the page');
    const exercise = page.locator(`[data-exercise="${found.id}"]`);
    await hydrateIslandOf(exercise);
    const loading = exercise.getByRole('button', { name: t(locale, 'exercise.generatorLoading'), exact: true });
    await expect(loading).toBeDisabled();
    await expect(loading).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(exercise.getByRole('button', { name: t(locale, 'exercise.newNumbers'), exact: true })).toBeEnabled();
  });
}
