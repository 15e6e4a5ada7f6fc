/**
 * Every UI string of the course, for build-time components: `t(locale, key)`. The strings live in
 * one module per widget (or for the shell) under strings/; see translate.ts for the rule. Islands
 * do not import this: they receive their own modules' strings as a prop.
 */
import type { Locale } from './locales.ts';
import { type Params, fill } from './translate.ts';
import * as corefDemo from './strings/coref-demo.ts';
import * as exercise from './strings/exercise.ts';
import * as offline from './strings/offline.ts';
import * as figure from './strings/figure.ts';
import * as punct from './strings/punct.ts';
import * as qkv from './strings/qkv.ts';
import * as recurrence from './strings/recurrence.ts';
import * as rnn from './strings/rnn.ts';
import * as site from './strings/site.ts';
import * as steps from './strings/steps.ts';
import * as widget from './strings/widget.ts';

/** The string modules, by name; each key's prefix names its module, so no two modules share a key. */
export const stringModules = { site, punct, exercise, offline, widget, steps, qkv, rnn, corefDemo, recurrence, figure } as const;

const merge = (locale: Locale) => ({
  ...site[locale], ...punct[locale], ...exercise[locale], ...offline[locale], ...widget[locale], ...steps[locale],
  ...qkv[locale], ...rnn[locale], ...corefDemo[locale], ...recurrence[locale], ...figure[locale],
});

export type UiKey = keyof ReturnType<typeof merge>;
export const ui: Record<Locale, Readonly<Record<UiKey, string>>> = { zh: merge('zh'), en: merge('en') };

/** The string for `key` in `locale`, with {placeholders} filled in. */
export function t(locale: Locale, key: UiKey, params?: Params): string {
  return fill(ui[locale][key], params);
}

/** A translator bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: UiKey, params?: Params) => t(locale, key, params);
}
