/**
 * The four steps of attention for one query i and key j, written out with the numbers in play:
 * the course's one notation, used by the build-time worked examples (AttentionSteps) and the live
 * explorer alike. Scores are s_ij, scaled scores s̃_ij, attention weights w_ij, outputs z_i.
 * Each equation comes as TeX (for KaTeX) and as plain text (for screen readers and fallbacks).
 */
import { type FormatOptions, formatNumber, subscript as sub, texNumber } from '../kernel/index.ts';

export interface Equation {
  tex: string;
  text: string;
}

/** Inputs are numbers the reader typed or read off a preset; results are computed. */
export type Role = 'input' | 'result';

/** How many digits a group of numbers is written with (one group shares one format). */
export type Digits = (values: readonly number[], role: Role) => FormatOptions;

/** Every number with the same decimals: the explorer's choice. */
export const fixedDigits = (decimals: number): Digits => () => ({ decimals });

const decimalsOf = (x: number) => (String(x).includes('e') ? Infinity : (String(x).split('.')[1] ?? '').length);
const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

/**
 * The worked examples' choice: inputs as written (0.2, not 0.200, up to 3 decimals); results
 * with 3 decimals, or none when every number of the group is whole.
 */
export const readableDigits: Digits = (values, role) => {
  if (role === 'input') {
    const d = Math.max(0, ...values.map(decimalsOf));
    if (d <= 3) return { decimals: d };
  }
  return { decimals: values.every(isWhole) ? 0 : 3 };
};

/** Writes numbers in TeX and in text with one Digits rule. */
export class Writer {
  private readonly digits: Digits;
  constructor(digits: Digits) {
    this.digits = digits;
  }
  /** One number: a group of its own. */
  num(x: number, role: Role = 'result'): Equation {
    const o = this.digits([x], role);
    return { tex: texNumber(x, o), text: formatNumber(x, o) };
  }
  /** One number written as the rest of its group is (a row or a matrix it belongs to). */
  in(x: number, group: ArrayLike<number>, role: Role = 'result'): Equation {
    const o = this.digits(Array.from(group), role);
    return { tex: texNumber(x, o), text: formatNumber(x, o) };
  }
  /** One number inside a product: negative ones in parentheses. */
  factor(x: number, o: FormatOptions): Equation {
    const tex = texNumber(x, o), text = formatNumber(x, o);
    return x < 0 && !/^-?0(\.0*)?$/.test(tex) ? { tex: `(${tex})`, text: `(${text})` } : { tex, text };
  }
  /** A row vector, every entry written alike (and like the rest of `group`, the matrix it is a row of). */
  vector(v: ArrayLike<number>, role: Role = 'result', group?: ArrayLike<number>): Equation {
    const values = Array.from(v), o = this.digits(Array.from(group ?? values), role);
    return {
      tex: `\\begin{bmatrix} ${values.map((x) => texNumber(x, o)).join(' & ')} \\end{bmatrix}`,
      text: `[${values.map((x) => formatNumber(x, o)).join(', ')}]`,
    };
  }
}

export interface StepInput {
  /** 0-based query row i and key column j. */
  i: number;
  j: number;
  /** The query q_i and every key k_m, value v_m (rows of K and V). */
  q: ArrayLike<number>;
  keys: readonly ArrayLike<number>[];
  values: readonly ArrayLike<number>[];
  /** Row i of the scores, the scaled scores and the weights, and the output z_i. */
  scores: ArrayLike<number>;
  scaled: ArrayLike<number>;
  weights: ArrayLike<number>;
  output: ArrayLike<number>;
  d_k: number;
  /**
   * The groups that set how many decimals each quantity is written with, when a worked example
   * also prints the whole matrix: every score s_im with the format of S, every s̃ with that of S̃,
   * every w with that of A, so one quantity reads alike in each equation and in its matrix
   * (never 0.38 beside 0.380). By default, row i.
   */
  groups?: {
    scores?: ArrayLike<number>; scaled?: ArrayLike<number>; weights?: ArrayLike<number>;
    /** Q, K, V when they were computed (X projected) and printed as matrices: q, k, v are then results written like them. */
    q?: ArrayLike<number>; keys?: ArrayLike<number>; values?: ArrayLike<number>;
  };
}

export interface StepOptions {
  digits: Digits;
  /** How step 3 is written; by default the denominator lists every term. */
  softmax?: SoftmaxWriter;
}

/** Writes step 3's right-hand side, after "w_ij = e^s̃_ij / Σ_m e^s̃_im". */
export type SoftmaxWriter = (x: StepInput, w: Writer) => Equation;

const listedSoftmax: SoftmaxWriter = (x, w) => {
  const scaled = x.groups?.scaled ?? x.scaled;
  const parts = Array.from(x.scaled, (v) => w.in(v, scaled)), st = w.in(x.scaled[x.j]!, scaled), weight = w.in(x.weights[x.j]!, x.groups?.weights ?? x.weights);
  return {
    tex: `\\frac{e^{${st.tex}}}{${parts.map((p) => `e^{${p.tex}}`).join(' + ')}} = ${weight.tex}`,
    text: `e^${st.text} / (${parts.map((p) => `e^${p.text}`).join(' + ')}) = ${weight.text}`,
  };
};

/**
 * Step 3 with the largest scaled score subtracted from every exponent, as the kernel computes it
 * (same result, no overflow): for worked examples with many keys.
 */
export const shiftedSoftmax: SoftmaxWriter = (x, w) => {
  const row = Array.from(x.scaled), max = Math.max(...row);
  const exps = row.map((v) => Math.exp(v - max));
  const sum = w.num(exps.reduce((a, b) => a + b, 0)), shifted = w.num(x.scaled[x.j]! - max), e = w.num(exps[x.j]!);
  const weight = w.in(x.weights[x.j]!, x.groups?.weights ?? x.weights);
  return {
    tex: `\\frac{e^{${shifted.tex}}}{${sum.tex}} = \\frac{${e.tex}}{${sum.tex}} = ${weight.tex}`,
    text: `e^${shifted.text} / ${sum.text} = ${e.text} / ${sum.text} = ${weight.text}`,
  };
};

/** The four equations for query i and key j: score, scale, softmax, weighted sum. */
export function attentionSteps(x: StepInput, options: StepOptions): [Equation, Equation, Equation, Equation] {
  const w = new Writer(options.digits);
  const I = x.i + 1, J = x.j + 1;
  const [ti, tj] = [sub(I), sub(J)];
  const k = x.keys[x.j]!;

  // 1. s_ij = q_i · k_j
  const qo = x.groups?.q ? options.digits(Array.from(x.groups.q), 'result') : options.digits(Array.from(x.q), 'input');
  const ko = x.groups?.keys ? options.digits(Array.from(x.groups.keys), 'result') : options.digits(Array.from(k), 'input');
  const terms = Array.from(x.q, (qm, m) => [w.factor(qm, qo), w.factor(k[m]!, ko)] as const);
  const s = w.in(x.scores[x.j]!, x.groups?.scores ?? x.scores);
  const score: Equation = {
    tex: `s_{${I}${J}} = q_{${I}} \\cdot k_{${J}} = ${terms.map(([a, b]) => `${a.tex} \\times ${b.tex}`).join(' + ')} = ${s.tex}`,
    text: `s${ti}${tj} = q${ti} · k${tj} = ${terms.map(([a, b]) => `${a.text} × ${b.text}`).join(' + ')} = ${s.text}`,
  };

  // 2. s̃_ij = s_ij / √d_k
  const root = w.num(Math.sqrt(x.d_k)), st = w.in(x.scaled[x.j]!, x.groups?.scaled ?? x.scaled);
  const scale: Equation = {
    tex: `\\tilde{s}_{${I}${J}} = \\frac{s_{${I}${J}}}{\\sqrt{d_k}} = \\frac{${s.tex}}{\\sqrt{${x.d_k}}} = \\frac{${s.tex}}{${root.tex}} = ${st.tex}`,
    text: `s̃${ti}${tj} = s${ti}${tj} / √d_k = ${s.text} / √${x.d_k} = ${s.text} / ${root.text} = ${st.text}`,
  };

  // 3. w_ij = softmax over row i
  const rhs = (options.softmax ?? listedSoftmax)(x, w);
  const softmax: Equation = {
    tex: `w_{${I}${J}} = \\frac{e^{\\tilde{s}_{${I}${J}}}}{\\sum_{m} e^{\\tilde{s}_{${I}m}}} = ${rhs.tex}`,
    text: `w${ti}${tj} = e^s̃${ti}${tj} / Σₘ e^s̃${ti}ₘ = ${rhs.text}`,
  };

  // 4. z_i = Σ_m w_im v_m
  const wo = options.digits(Array.from(x.groups?.weights ?? x.weights), 'result');
  const vg = x.groups?.values;
  const sum = x.values.map((v, m) => [w.factor(x.weights[m]!, wo), vg ? w.vector(v, 'result', vg) : w.vector(v, 'input')] as const);
  const z = w.vector(x.output);
  const output: Equation = {
    tex: `z_{${I}} = \\sum_{m} w_{${I}m}\\, v_m = ${sum.map(([a, v]) => `${a.tex}\\,${v.tex}`).join(' + ')} = ${z.tex}`,
    text: `z${ti} = Σₘ w${ti}ₘ vₘ = ${sum.map(([a, v]) => `${a.text} × ${v.text}`).join(' + ')} = ${z.text}`,
  };
  return [score, scale, softmax, output];
}
