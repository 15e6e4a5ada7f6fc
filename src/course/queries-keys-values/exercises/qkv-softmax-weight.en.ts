/** qkv-softmax-weight in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, sub, texFixed, vec } from '../../text.ts';
import { draw } from './qkv-softmax-weight.ts';

export const generate: Generate = (seed) => {
  const { S, i, j, row, exps, sumExp, answer, mistakes } = draw(seed);
  const rowsText = [0, 1].map((r) => `row ${r + 1}: ${vec(S.row(r))}`).join('\n');
  const w = `w${sub(`${i + 1}${j + 1}`)}`;
  const expList = row.map((x) => `$e^{${texFixed(x, 1)}} \\approx ${texFixed(Math.exp(x), 3)}$`).join(', ');
  return {
    kind: 'numeric',
    prompt: `Two queries and three keys. The already scaled scores $S/\\sqrt{d_k}$ are (one row per query, one column per key):\n${rowsText}\nThe attention weights are $A = \\mathrm{softmax}(S/\\sqrt{d_k})$. Compute **${w}** (the weight query ${i + 1} gives to key ${j + 1}), to 3 decimal places.`,
    label: `${w} =`,
    answer,
    mistakes: withHints(mistakes, {
      byColumn: `You took the softmax down a **column** (normalising the two queries' scores for the same key). Each query shares out its attention along **its own row**: a row sums to 1.`,
      noExponent: `You divided the score by the row's sum of scores and forgot the exponential. Softmax is $e^{s_j} / \\sum_k e^{s_k}$.`,
      noSoftmax: `That is the score itself: the softmax is missing. A score becomes a weight only through the softmax: exponentiate the row's three scores, then divide by their sum.`,
    }),
    solution: `Softmax acts on row ${i + 1}, ${vec(S.row(i))}:\n${expList}\nsum ≈ ${fixed(sumExp, 3)}\n${w} = ${fixed(exps[j]!, 3)} / ${fixed(sumExp, 3)} ≈ **${fixed(answer, 3)}**`,
  };
};
