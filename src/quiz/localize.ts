/**
 * A question in one language. `localizeQuestion` picks one language of a question given in both
 * and renders its texts; `renderQuestion` renders a question already in one language (what a
 * parametric exercise's generator returns in the browser); `mergeLanguages` joins the languages
 * of one variant back into a question in both, checking that they agree on everything but words.
 */
import type { Locale } from '../i18n/locales.ts';
import { type Localized, NOT_TEXT, type Question, type QuestionText } from './types.ts';

/** A question in one language, every text rendered to HTML. */
export type QuestionView = QuestionText;

function isLocalized(x: object): x is Localized {
  const keys = Object.keys(x);
  return keys.length === 2 && typeof (x as Record<string, unknown>)['zh'] === 'string' && typeof (x as Record<string, unknown>)['en'] === 'string';
}

/** `render` turns one text into HTML (KaTeX at build time, plain markup in the browser). */
export function localizeQuestion(q: Question, locale: Locale, render: (text: string) => string): QuestionView {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (typeof x === 'object' && x !== null) return isLocalized(x) ? render(x[locale]) : Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
    return x;
  };
  return walk(q) as QuestionView;
}

/** Every text of a one-language question through `render`; `kind` and `name` stay as they are. */
export function renderQuestion(q: QuestionText, render: (text: string) => string): QuestionView {
  const walk = (x: unknown, key?: string): unknown => {
    if (typeof x === 'string') return key !== undefined && NOT_TEXT.has(key) ? x : render(x);
    if (Array.isArray(x)) return x.map((v) => walk(v));
    if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, k)]));
    return x;
  };
  return walk(q) as QuestionView;
}

/**
 * One variant in every language → the question in both. Throws where the languages disagree on
 * anything but their texts (a kind, an answer, a mistake's value, the number of options), so a
 * language module can never change the numbers of the exercise.
 */
export function mergeLanguages(byLocale: Readonly<Record<Locale, QuestionText>>): Question {
  const walk = (zh: unknown, en: unknown, path: string, key?: string): unknown => {
    if (typeof zh === 'string' && typeof en === 'string' && !(key !== undefined && NOT_TEXT.has(key))) return { zh, en };
    if (Array.isArray(zh) && Array.isArray(en) && zh.length === en.length) return zh.map((v, i) => walk(v, en[i], `${path}[${i}]`));
    if (typeof zh === 'object' && zh !== null && typeof en === 'object' && en !== null && !Array.isArray(zh) && !Array.isArray(en)) {
      const keys = Object.keys(zh);
      const same = keys.length === Object.keys(en).length && keys.every((k) => k in en);
      if (same) return Object.fromEntries(keys.map((k) => [k, walk((zh as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], `${path}.${k}`, k)]));
    }
    if (Object.is(zh, en)) return zh;
    throw new Error(`the languages of a question disagree at ${path || 'the top'}: ${JSON.stringify(zh)} (zh) vs ${JSON.stringify(en)} (en)`);
  };
  return walk(byLocale.zh, byLocale.en, '') as Question;
}
