/**
 * The sinusoid widget's five settings (the model width, the number of positions, the chosen
 * position, the chosen pair and the offset) and what the reader may type into each. Reading a
 * field returns the value or the problem (a key of the sinusoid strings with what to fill in),
 * so the widget can say exactly what is wrong and keep its last good result. No DOM here.
 */
import { type EvenProblemKind, type InputProblem as Problem, type ReadResult as Result, quoted, readEven, readNumber } from '../ui/number-input.ts';

export interface Settings {
  /** d_model: even, 2–128. */
  d: number;
  /** How many positions the table shows: 1–64. */
  n: number;
  /** The chosen position: 0 … n − 1. */
  pos: number;
  /** The chosen pair: 0 … d/2 − 1. */
  i: number;
  /** The offset: −n … n. */
  k: number;
}

export type SettingName = keyof Settings;

/** What the widget opens with: a width small enough to read, pair 1 turning visibly over 32 positions. */
export const DEFAULTS: Readonly<Settings> = { d: 16, n: 32, pos: 5, i: 1, k: 4 };

/** The quick choices for the model width. */
export const D_CHOICES = [4, 8, 16, 32, 64, 128] as const;

export interface IntRule {
  min: number;
  max: number;
  /** Only even numbers (the model width: one sine and one cosine per pair). */
  even?: boolean;
}

export const D_RULE: IntRule = { min: 2, max: 128, even: true };
export const N_RULE: IntRule = { min: 1, max: 64 };

/** Each setting's allowed range, given the others. */
export function ruleOf(name: SettingName, s: Pick<Settings, 'd' | 'n'>): IntRule {
  switch (name) {
    case 'd':
      return D_RULE;
    case 'n':
      return N_RULE;
    case 'pos':
      return { min: 0, max: s.n - 1 };
    case 'i':
      return { min: 0, max: s.d / 2 - 1 };
    case 'k':
      return { min: -s.n, max: s.n };
  }
}

export type ProblemKind = EvenProblemKind;
export type InputProblem = Problem<ProblemKind>;
export type ReadResult = Result<ProblemKind>;

/** A whole number within the rule (and even, if the rule says so), or the first thing wrong with the text. */
export function readInt(input: string, rule: IntRule): ReadResult {
  return rule.even ? readEven(input, rule) : readNumber(input, { ...rule, whole: true });
}

/** The message key of each problem, in src/i18n/strings/sinusoid.ts. */
export const PROBLEM_KEYS = {
  blank: 'sinusoid.input.blank',
  notANumber: 'sinusoid.input.notANumber',
  notFinite: 'sinusoid.input.notFinite',
  whole: 'sinusoid.input.whole',
  range: 'sinusoid.input.range',
  odd: 'sinusoid.input.odd',
} as const satisfies Record<ProblemKind, string>;

export type ProblemKey = (typeof PROBLEM_KEYS)[ProblemKind];

/** A number as the messages write it: the typographic minus. */
const signed = (x: number) => String(x).replace('-', '−');

/** The message key and the values to fill in, for the setting called `name` whose good value is `example`. */
export function problemMessage(name: string, p: InputProblem, example: number): { key: ProblemKey; params: Record<string, string> } {
  return { key: PROBLEM_KEYS[p.kind], params: { name, value: quoted(p.text), min: signed(p.min), max: signed(p.max), example: signed(example) } };
}

/**
 * The settings after one of them changed: the chosen position, pair and offset are pulled back
 * into the ranges the new width and length allow (a narrower code has fewer pairs).
 */
export function withSetting(s: Settings, name: SettingName, value: number): Settings {
  const next = { ...s, [name]: value };
  const clamp = (v: number, r: IntRule) => Math.min(r.max, Math.max(r.min, v));
  return {
    ...next,
    pos: clamp(next.pos, ruleOf('pos', next)),
    i: clamp(next.i, ruleOf('i', next)),
    k: clamp(next.k, ruleOf('k', next)),
  };
}

/** Whether every setting lies within its rule (the Astro wrapper checks its props with it). */
export function validSettings(s: Settings): boolean {
  return (Object.keys(s) as SettingName[]).every((name) => {
    const r = readInt(String(s[name]), ruleOf(name, s));
    return r.ok && r.value === s[name];
  });
}
