/** pe-offset in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, sub, vec } from '../../text.ts';
import { TOLERANCE, draw } from './pe-offset.ts';

export const generate: Generate = (seed) => {
  const { q, k, m0, n0, m, n, shift, shifted, given, answer, mistakes, rotatedQ, rotatedK } = draw(seed);
  const int = (x: number) => fixed(x, 0);
  const score = `q${sub(m)}·k${sub(n)}`;
  const ask = shifted
    ? `Now both tokens move ${shift} positions further on: q is at position ${m} and k at position ${n}.`
    : `Now q is at position ${m} and k at position ${n}.`;
  return {
    kind: 'numeric',
    prompt: `Rotary position embedding (RoPE) is easiest to see in two dimensions: a vector at position p is turned anticlockwise by p radians (θ = 1 radian per position), and (x, y) turned by an angle α becomes (x cos α − y sin α, x sin α + y cos α).\nThe query is q = ${vec(q, 0)} and the key k = ${vec(k, 0)}. With q at position ${m0} and k at position ${n0}, the dot product of the two rotated vectors is q${sub(m0)}·k${sub(n0)} = ${fixed(given, 3)}.\n${ask} What is the dot product **${score}**? Two decimals.`,
    label: `${score} =`,
    answer,
    ...TOLERANCE,
    mistakes: withHints(mistakes, {
      sameScore: `That is the old score. A RoPE score depends only on the offset n − m, which was ${int(n0 - m0)} and is now ${int(n - m)}. The distance changed, so the score has to be worked out again; it stays the same only when both positions move together.`,
      sum: `You turned k by m + n = ${m + n} radians relative to q. Once q is turned by m and k by n, the angle between them has changed by the **difference** n − m = ${int(n - m)}, not the sum.`,
      onlyQ: `You rotated q but not k. RoPE rotates both the query and the key, each by its own position: q by ${m} radians, k by ${n}.`,
      swapped: `You swapped the two positions, putting q at ${n} and k at ${m}, which flips the sign of the offset. Here q is at ${m} and k at ${n}.`,
      degrees: `That is hardly rotated at all: you probably turned by 1° per position (a calculator in degree mode). θ = 1 means 1 radian, about ${fixed(180 / Math.PI, 1)}°.`,
      unrotated: `That is q·k with no rotation. RoPE first turns q by ${m} radians and k by ${n}, then takes the dot product.`,
    }),
    solution: [
      `q turned by ${m} radians: ${vec(rotatedQ, 3)}; k turned by ${n} radians: ${vec(rotatedK, 3)}.`,
      `Dot product: ${spelledDot(rotatedQ, rotatedK, 3)} ≈ **${fixed(answer, 2)}**.`,
      shifted
        ? `No need to compute, in fact: both positions grew by ${shift}, so n − m is still ${int(n - m)}; the angle between the rotated vectors is unchanged, and so is their dot product, the ${fixed(given, 3)} you were given. A RoPE score depends only on the offset.`
        : `The shortcut: the score depends only on n − m = ${int(n - m)}. Leave q where it is, turn k by ${int(n - m)} radians, and the dot product is the same number. The offset used to be ${int(n0 - m0)}; it changed, and so did the score.`,
    ].join('\n'),
  };
};
