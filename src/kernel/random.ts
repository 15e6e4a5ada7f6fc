/**
 * A seeded random generator, so examples and exercises are reproducible: the same seed gives
 * the same numbers in Node, in the browser and at build time.
 */
import { ensure } from './errors.ts';
import { Matrix } from './matrix.ts';

export interface RandomMatrixOptions {
  /** Uniform on [min, max) (default [−1, 1)), unless `std` asks for a normal distribution. */
  min?: number;
  max?: number;
  /** Normal with mean 0 and this standard deviation. */
  std?: number;
  /** Round every entry to this many decimals: numbers a reader can work with by hand. */
  decimals?: number;
}

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Normal (Box–Muller). */
  normal(mean?: number, std?: number): number;
  /** A whole number from lo to hi inclusive. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** A random order of 0..n−1 (Fisher–Yates). */
  permutation(n: number): number[];
  matrix(rows: number, cols: number, options?: RandomMatrixOptions): Matrix;
}

/** mulberry32: 32 bits of state, fast, and plenty for teaching examples (not for cryptography). */
export function createRng(seed: number): Rng {
  ensure(Number.isFinite(seed), 'seed', 'must be a finite number');
  let state = Math.trunc(seed) >>> 0;
  let spareNormal: number | undefined;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const standardNormal = () => {
    if (spareNormal !== undefined) {
      const z = spareNormal;
      spareNormal = undefined;
      return z;
    }
    const u = 1 - next(); // (0, 1]: log(u) is finite
    const radius = Math.sqrt(-2 * Math.log(u)), theta = 2 * Math.PI * next();
    spareNormal = radius * Math.sin(theta);
    return radius * Math.cos(theta);
  };
  const int = (lo: number, hi: number) => {
    ensure(Number.isInteger(lo) && Number.isInteger(hi) && lo <= hi, 'lo, hi', 'must be whole numbers with lo ≤ hi');
    return lo + Math.floor(next() * (hi - lo + 1));
  };
  return {
    next,
    normal: (mean = 0, std = 1) => mean + std * standardNormal(),
    int,
    pick: <T>(items: readonly T[]): T => {
      ensure(items.length > 0, 'items', 'cannot pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    permutation: (n: number) => {
      const p = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = int(0, i);
        [p[i], p[j]] = [p[j]!, p[i]!];
      }
      return p;
    },
    matrix: (rows: number, cols: number, options: RandomMatrixOptions = {}) => {
      const { min = -1, max = 1, std, decimals } = options;
      ensure(min < max, 'min, max', 'min must be below max');
      const M = new Matrix(rows, cols);
      const round = decimals === undefined ? (v: number) => v : (v: number) => Number(v.toFixed(decimals));
      for (let k = 0; k < M.data.length; k++) M.data[k] = round(std === undefined ? min + (max - min) * next() : std * standardNormal());
      return M;
    },
  };
}
