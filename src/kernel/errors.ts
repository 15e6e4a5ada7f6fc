/**
 * Typed errors of the kernel. Each carries a machine-readable `code` and the facts a widget
 * needs to explain the problem in the reader's language (which matrix, which cell, which
 * shape was expected); `message` is an English sentence for developers and logs.
 */

export type Shape = readonly [rows: number, cols: number];

export type KernelErrorDetails =
  /** A matrix with no rows or no columns. */
  | { code: 'empty'; matrix: string }
  /** Nested-array rows of different lengths. */
  | { code: 'ragged'; matrix: string; row: number; expected: number; actual: number }
  /** A shape that does not fit the operation. `expected` uses -1 for "any". */
  | { code: 'shape'; matrix: string; expected: Shape; actual: Shape }
  /** An input entry that is NaN, ±Infinity or not a number at all. */
  | { code: 'nonFinite'; matrix: string; row: number; col: number; value: unknown }
  /** Finite inputs whose result is too large for a double (for example q·k with entries near 1e308). */
  | { code: 'overflow'; matrix: string; row: number; col: number }
  /** A parameter outside its domain: heads that do not divide d_model, a temperature ≤ 0, … */
  | { code: 'invalidArgument'; argument: string; reason: string };

export type KernelErrorCode = KernelErrorDetails['code'];

function describe(d: KernelErrorDetails): string {
  const shape = (s: Shape) => `[${s.map((x) => (x < 0 ? '*' : String(x))).join(', ')}]`;
  switch (d.code) {
    case 'empty':
      return `${d.matrix} is empty: it needs at least one row and one column`;
    case 'ragged':
      return `${d.matrix} row ${d.row + 1} has ${d.actual} entries, expected ${d.expected}`;
    case 'shape':
      return `${d.matrix} has shape ${shape(d.actual)}, expected ${shape(d.expected)}`;
    case 'nonFinite':
      return `${d.matrix}[${d.row + 1}, ${d.col + 1}] is ${String(d.value)}, expected a finite number`;
    case 'overflow':
      return `${d.matrix}[${d.row + 1}, ${d.col + 1}] overflowed: the inputs are too large`;
    case 'invalidArgument':
      return `${d.argument}: ${d.reason}`;
  }
}

export class KernelError extends Error {
  readonly details: KernelErrorDetails;

  constructor(details: KernelErrorDetails) {
    super(describe(details));
    this.name = 'KernelError';
    this.details = details;
  }

  get code(): KernelErrorCode {
    return this.details.code;
  }
}

export function isKernelError(e: unknown): e is KernelError {
  return e instanceof KernelError;
}

/** Throws an `invalidArgument` error unless `ok`. */
export function ensure(ok: boolean, argument: string, reason: string): asserts ok {
  if (!ok) throw new KernelError({ code: 'invalidArgument', argument, reason });
}
