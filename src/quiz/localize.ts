/** A question in one language: every Localized text replaced by its HTML in that language. */
import type { Locale } from '../i18n/locales.ts';
import type { Localized, Question } from './types.ts';

export type View<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? View<U>[]
    : T extends object
      ? { [K in keyof T]: View<T[K]> }
      : T;

export type QuestionView = View<Question>;

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
