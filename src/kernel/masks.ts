/**
 * Attention masks. A mask says, for every query i and key j, whether i may attend to j.
 * Masked scores are set to −∞ before the softmax, so their weights are exactly 0.
 */
import { KernelError, ensure } from './errors.ts';
import { Matrix, assertShape } from './matrix.ts';

export class Mask {
  readonly rows: number;
  readonly cols: number;
  /** 1 where query i may attend to key j, 0 where it may not; row-major. */
  readonly allowed: Uint8Array;

  constructor(rows: number, cols: number, allowed: (i: number, j: number) => boolean) {
    this.rows = rows;
    this.cols = cols;
    this.allowed = new Uint8Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) this.allowed[i * cols + j] = allowed(i, j) ? 1 : 0;
  }

  get(i: number, j: number): boolean {
    return this.allowed[i * this.cols + j] === 1;
  }

  toArray(): boolean[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => this.get(i, j)));
  }
}

/** A Mask, or nested booleans with `true` meaning "may attend". */
export type MaskLike = Mask | readonly (readonly boolean[])[];

/** Checks a MaskLike against the score matrix shape [n_q, n_k]. */
export function mask(m: MaskLike, rows: number, cols: number, name = 'mask'): Mask {
  const M = m instanceof Mask ? m : customMask(m, name);
  if (M.rows !== rows || M.cols !== cols) throw new KernelError({ code: 'shape', matrix: name, expected: [rows, cols], actual: [M.rows, M.cols] });
  return M;
}

/** Any pattern, from nested booleans. */
export function customMask(allowed: readonly (readonly boolean[])[], name = 'mask'): Mask {
  const rows = allowed.length;
  const cols = allowed[0]?.length ?? 0;
  allowed.forEach((r, i) => {
    if (r.length !== cols) throw new KernelError({ code: 'ragged', matrix: name, row: i, expected: cols, actual: r.length });
  });
  return new Mask(rows, cols, (i, j) => allowed[i]![j] === true);
}

/** Causal (look-ahead) mask: query i sees keys 0..i only, as in a decoder. */
export function causalMask(n: number): Mask {
  ensureSize(n, 'n');
  return new Mask(n, n, (i, j) => j <= i);
}

/**
 * Padding mask for a sequence padded to n_k positions of which the first `validLength` are
 * real: every query may attend to the real keys only.
 */
export function paddingMask(validLength: number, n_k: number, n_q: number = n_k): Mask {
  ensureSize(n_k, 'n_k');
  ensureSize(n_q, 'n_q');
  ensure(Number.isInteger(validLength) && validLength >= 0 && validLength <= n_k, 'validLength', `must be an integer from 0 to ${n_k}`);
  return new Mask(n_q, n_k, (_i, j) => j < validLength);
}

/**
 * Local (sliding-window) mask: query i sees the keys within distance w, |i − j| ≤ w, so at
 * most 2w + 1 keys. With `causal`, only the w keys before i and i itself.
 */
export function localWindowMask(n: number, w: number, options: { causal?: boolean } = {}): Mask {
  ensureSize(n, 'n');
  ensure(Number.isInteger(w) && w >= 0, 'w', 'the window radius must be a whole number ≥ 0');
  const causal = options.causal ?? false;
  return new Mask(n, n, (i, j) => Math.abs(i - j) <= w && (!causal || j <= i));
}

/** Keys allowed by every mask (logical AND). */
export function intersectMasks(first: Mask, ...rest: Mask[]): Mask {
  rest.forEach((m, k) => {
    if (m.rows !== first.rows || m.cols !== first.cols) throw new KernelError({ code: 'shape', matrix: `mask ${k + 2}`, expected: [first.rows, first.cols], actual: [m.rows, m.cols] });
  });
  return new Mask(first.rows, first.cols, (i, j) => first.get(i, j) && rest.every((m) => m.get(i, j)));
}

/** How many (query, key) pairs the mask allows: the work a sparse kernel would do. */
export function countAllowed(m: Mask): number {
  return m.allowed.reduce((s, v) => s + v, 0);
}

/**
 * Zeroes the output rows of padded query positions (i ≥ validLength). Their attention is
 * computed like any other row, but it describes no real token, so it must not leak on.
 */
export function zeroPaddedRows(output: Matrix, validLength: number): Matrix {
  ensure(Number.isInteger(validLength) && validLength >= 0 && validLength <= output.rows, 'validLength', `must be an integer from 0 to ${output.rows}`);
  assertShape(output, [-1, -1], 'output');
  const Z = new Matrix(output.rows, output.cols, output.data.slice());
  Z.data.fill(0, validLength * output.cols);
  return Z;
}

function ensureSize(n: number, name: string): void {
  ensure(Number.isInteger(n) && n >= 1, name, 'must be a whole number ≥ 1');
}
