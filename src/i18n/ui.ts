/**
 * Every UI string of the course, for build-time components: `t(locale, key)`. The strings live in
 * one module per widget (or for the shell) under strings/; see translate.ts for the rule. Islands
 * do not import this: they receive their own modules' strings as a prop.
 */
import type { Locale } from './locales.ts';
import { type Params, fill } from './translate.ts';
import * as corefDemo from './strings/coref-demo.ts';
import * as exercise from './strings/exercise.ts';
import * as layerCost from './strings/layer-cost.ts';
import * as offline from './strings/offline.ts';
import * as parallelSteps from './strings/parallel-steps.ts';
import * as pathHops from './strings/path-hops.ts';
import * as figure from './strings/figure.ts';
import * as headSplitter from './strings/head-splitter.ts';
import * as multiHeadFigures from './strings/multi-head-figures.ts';
import * as noPositions from './strings/no-positions.ts';
import * as positionSwap from './strings/position-swap.ts';
import * as positionalFigures from './strings/positional-figures.ts';
import * as punct from './strings/punct.ts';
import * as qkv from './strings/qkv.ts';
import * as realHeads from './strings/real-heads.ts';
import * as recurrence from './strings/recurrence.ts';
import * as rnn from './strings/rnn.ts';
import * as rnnCnnFigures from './strings/rnn-cnn-figures.ts';
import * as rotary from './strings/rotary.ts';
import * as scaling from './strings/scaling.ts';
import * as scalingModel from './strings/scaling-model.ts';
import * as scalingFigures from './strings/scaling-figures.ts';
import * as site from './strings/site.ts';
import * as sinusoid from './strings/sinusoid.ts';
import * as steps from './strings/steps.ts';
import * as widget from './strings/widget.ts';

/** The string modules, by name; each key's prefix names its module, so no two modules share a key. */
export const stringModules = { site, punct, exercise, offline, widget, steps, qkv, rnn, corefDemo, recurrence, figure, scaling, scalingModel, scalingFigures, realHeads, headSplitter, multiHeadFigures,
  positionSwap, sinusoid, rotary, noPositions, positionalFigures, pathHops, layerCost, parallelSteps, rnnCnnFigures } as const;

type Modules = typeof stringModules;
/** Every key of every module, read from the Chinese edition (`as const`, so its keys are literal). */
export type UiKey = { [M in keyof Modules]: keyof Modules[M]['zh'] & string }[keyof Modules];

/**
 * All modules' strings of one language in one object. Typed from the keys rather than as the
 * spread of every module: spreading `module[locale]`, a union of two editions per module, makes the
 * checker try every combination of editions (2 to the number of modules).
 */
const merge = (locale: Locale): Readonly<Record<UiKey, string>> =>
  Object.assign({}, ...Object.values(stringModules).map((m) => m[locale])) as Readonly<Record<UiKey, string>>;

export const ui: Record<Locale, Readonly<Record<UiKey, string>>> = { zh: merge('zh'), en: merge('en') };

/** The string for `key` in `locale`, with {placeholders} filled in. */
export function t(locale: Locale, key: UiKey, params?: Params): string {
  return fill(ui[locale][key], params);
}

/** A translator bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: UiKey, params?: Params) => t(locale, key, params);
}
