/**
 * One entry of the sinusoidal encoding, PE(pos, j), for a width d and a pair index i ≥ 1 whose
 * divisor 10000^(2i/d) is 10 or 100, so the angle pos/10 or pos/100 reads at a glance. The
 * typical mistakes: degrees, sin and cos swapped, i/d or j/d in the exponent, no division at all.
 * Language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, sinusoidalPositionalEncoding } from '../../../kernel/index.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'degrees' | 'swapped' | 'halfExponent' | 'oddExponent' | 'noDivision';

const WIDTHS = [4, 8, 16] as const;

/** The divisor of pair i in width d: 10000^(2i/d), as the kernel computes the angle. */
export const divisorOf = (i: number, d: number): number => 10000 ** ((2 * i) / d);

/** Every (d, i) with i ≥ 1 (for i = 0 the divisor is 1 and "no division" is no mistake) and a divisor of 10 or 100. */
export const PAIRS: readonly { d: number; i: number }[] = WIDTHS.flatMap((d) =>
  Array.from({ length: d / 2 - 1 }, (_, k) => ({ d, i: k + 1 })).filter(({ d, i }) => [10, 100].some((x) => Math.abs(divisorOf(i, d) - x) < 1e-9)),
);

export const TOLERANCE = { absolute: 0.001 } as const;

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const { d, i } = rng.pick(PAIRS);
    const j = 2 * i + rng.int(0, 1); // even → sin, odd → cos
    const pos = rng.int(1, 60);
    const PE = sinusoidalPositionalEncoding(pos + 1, d); // [pos + 1, d]: positions 0..pos
    const answer = PE.get(pos, j);
    const divisor = divisorOf(i, d);
    const angle = pos / divisor;
    const trig = j % 2 === 0 ? Math.sin : Math.cos;
    const mistakes: DrawnMistake<MistakeKey>[] = [
      { key: 'degrees', value: trig((angle * Math.PI) / 180) }, // the calculator in degree mode
      { key: 'swapped', value: PE.get(pos, j ^ 1) }, // the pair's other entry: cos for sin, sin for cos
      { key: 'halfExponent', value: trig(pos / 10000 ** (i / d)) }, // i/d instead of 2i/d
      ...(j % 2 === 1 ? [{ key: 'oddExponent' as const, value: trig(pos / 10000 ** (j / d)) }] : []), // j/d: the odd index taken for 2i
      { key: 'noDivision', value: trig(pos) }, // sin(pos), cos(pos)
    ];
    const values = [answer, ...mistakes.map((m) => m.value)];
    if (Math.abs(answer) < 0.05 || values.some((a, x) => values.some((b, y) => x < y && !farApart(a, b, 0.01)))) continue;
    return { d, i, j, pos, divisor, angle, answer, mistakes };
  }
}
