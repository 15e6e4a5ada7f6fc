/**
 * PathHops' logic (no DOM): the reader's settings (n positions, two positions i and j, the kernel
 * width k, contiguous or dilated convolutions, the radius r of restricted attention), their
 * allowed ranges, and the four paths between i and j with their lengths, every count and every
 * position computed by the kernel (Vaswani et al. 2017, §4 and Table 1, "maximum path length").
 */
import {
  attentionPath, attentionPathLength, cnnPath, cnnPathLength, convolutionReach, dilatedCnnPath, dilatedCnnPathLength, dilation,
  restrictedAttentionPath, restrictedAttentionPathLength, rnnPath, rnnPathLength, superscript,
} from '../../kernel/index.ts';
import { type IntRule, readInt } from './inputs.ts';

export type ConvKind = 'contiguous' | 'dilated';

export interface Settings {
  /** How many positions: 2–64. */
  n: number;
  /** The two positions, 1 … n (1-based, as the reader sees them). */
  i: number;
  j: number;
  /** Kernel width of the convolutions: 2–9. */
  k: number;
  /** Contiguous kernels, or dilations 1, k, k², … */
  conv: ConvKind;
  /** Radius of restricted self-attention: 1 … n − 1. */
  r: number;
}

export type NumberSetting = 'n' | 'i' | 'j' | 'k' | 'r';

/** What the widget opens with: two positions far apart in a 16-word sentence. */
export const DEFAULTS: Readonly<Settings> = { n: 16, i: 1, j: 14, k: 3, conv: 'contiguous', r: 4 };

export const N_RULE: IntRule = { min: 2, max: 64 };
export const K_RULE: IntRule = { min: 2, max: 9 };

/** Each number's allowed range, given n. */
export function ruleOf(name: NumberSetting, s: Pick<Settings, 'n'>): IntRule {
  switch (name) {
    case 'n':
      return N_RULE;
    case 'k':
      return K_RULE;
    case 'i':
    case 'j':
      return { min: 1, max: s.n };
    case 'r':
      return { min: 1, max: s.n - 1 };
  }
}

const clamp = (v: number, rule: IntRule) => Math.min(rule.max, Math.max(rule.min, v));

/** The settings after one number changed: i, j and r are pulled back into what the new n allows. */
export function withSetting(s: Settings, name: NumberSetting, value: number): Settings {
  const next = { ...s, [name]: value };
  return { ...next, i: clamp(next.i, ruleOf('i', next)), j: clamp(next.j, ruleOf('j', next)), r: clamp(next.r, ruleOf('r', next)) };
}

/** Whether every setting is allowed (the Astro wrapper checks its props with it). */
export function validSettings(s: Settings): boolean {
  const numbers: NumberSetting[] = ['n', 'i', 'j', 'k', 'r'];
  const fits = numbers.every((name) => {
    const r = readInt(String(s[name]), ruleOf(name, s));
    return r.ok && r.value === s[name];
  });
  return fits && (s.conv === 'contiguous' || s.conv === 'dilated');
}

/** One way from i to j: the positions visited (p_0 = i … p_L = j) and the number of hops, from the kernel. */
export interface Route {
  length: number;
  path: number[];
}

export interface ConvRoute extends Route {
  kind: ConvKind;
  /** The dilation of each layer 1 … L (all 1 for contiguous kernels). */
  dilations: number[];
  /** How far the signal from i can have spread after 0 … L layers, in positions. */
  reach: number[];
  /** The other kind's count, for comparison. */
  other: number;
}

export interface RestrictedRoute extends Route {
  /** How far the signal from i can have spread after 0 … L layers (to either side). */
  reach: number[];
}

export interface Paths {
  settings: Settings;
  /** |i − j|. */
  distance: number;
  /** The recurrent chain runs left to right: from the earlier position to the later one. */
  rnn: Route & { from: number; to: number };
  conv: ConvRoute;
  attention: Route;
  restricted: RestrictedRoute;
}

/** Every path between i and j under the settings. */
export function paths(s: Settings): Paths {
  const { i, j, k, r } = s;
  const lo = Math.min(i, j), hi = Math.max(i, j);
  const dilated = s.conv === 'dilated';
  const convLength = dilated ? dilatedCnnPathLength(i, j, k) : cnnPathLength(i, j, k);
  const layers = Array.from({ length: convLength }, (_, l) => l + 1);
  const restrictedLength = restrictedAttentionPathLength(i, j, r);
  return {
    settings: s,
    distance: rnnPathLength(i, j),
    rnn: { length: rnnPathLength(lo, hi), path: rnnPath(lo, hi), from: lo, to: hi },
    conv: {
      kind: s.conv,
      length: convLength,
      path: dilated ? dilatedCnnPath(i, j, k) : cnnPath(i, j, k),
      dilations: layers.map((l) => (dilated ? dilation(l, k) : 1)),
      reach: [0, ...layers].map((l) => convolutionReach(l, k, dilated)),
      other: dilated ? cnnPathLength(i, j, k) : dilatedCnnPathLength(i, j, k),
    },
    attention: { length: attentionPathLength(i, j), path: attentionPath(i, j) },
    restricted: {
      length: restrictedLength,
      path: restrictedAttentionPath(i, j, r),
      reach: Array.from({ length: restrictedLength + 1 }, (_, l) => l * r),
    },
  };
}

/** The numbers each row's formula shows, filled into the strings' {placeholders} (powers as Unicode superscripts). */
export function formulaNumbers(p: Paths): Record<'rnn' | 'conv' | 'attention' | 'restricted', Record<string, string | number>> {
  const { i, j, k, r } = p.settings;
  const d = p.distance, L = p.conv.length, below = Math.max(0, L - 1);
  const conv = p.conv.kind === 'contiguous'
    ? { d, k, km1: k - 1, L }
    : {
        d, d1: d + 1, k, L,
        kL: `${k}${superscript(L)}`, above: convolutionReach(L, k, true) + 1,
        kBelow: `${k}${superscript(below)}`, below: convolutionReach(below, k, true) + 1,
      };
  return {
    rnn: { i, j, L: p.rnn.length },
    conv,
    attention: { i, j, L: p.attention.length },
    restricted: { d, r, L: p.restricted.length },
  };
}

/** A path as the text shows it: every position when short, else the first few, a gap (null) and the last few. */
export function shortPath(path: readonly number[], head = 4, tail = 3): (number | null)[] {
  return path.length <= head + tail + 1 ? [...path] : [...path.slice(0, head), null, ...path.slice(-tail)];
}

/** The hop the RNN makes at step t (1 … length): from position from + t − 1 to from + t. */
export function rnnHop(p: Paths, t: number): { from: number; to: number } {
  const a = p.rnn.path[t - 1], b = p.rnn.path[t];
  if (a === undefined || b === undefined) throw new RangeError(`step ${t} is not between 1 and ${p.rnn.length}`);
  return { from: a, to: b };
}

/** The next step of the step-through: null (the whole path shown) starts over at 1; the last step stays. */
export function nextStep(step: number | null, total: number): number | null {
  if (total === 0) return null;
  if (step === null) return 1;
  return Math.min(total, step + 1);
}

/** Whether the RNN's hop t is drawn as done at this point of the step-through (null: everything is). */
export const hopDone = (t: number, step: number | null) => step === null || t <= step;
