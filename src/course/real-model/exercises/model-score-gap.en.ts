/** model-score-gap in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed } from '../../text.ts';
import { draw } from './model-score-gap.ts';
import { d_k, quote, root, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, wRight, wOther, gapScaled, back, answer, mistakes } = draw(seed);
  const x = words(s, 'en');
  const [right, other] = s.side === 'A' ? [x.A, x.B] : [x.B, x.A];
  return {
    kind: 'numeric',
    prompt: `Sentence: ${x.text}\nIn the pointer head, the pronoun “${x.pronoun}” puts almost its whole row on the two nouns: ${right} ${fixed(wRight, 2)}, ${other} ${fixed(wOther, 2)}. dₖ = ${d_k}.\nBy how much does the dot product of the query of “${x.pronoun}” with the key of ${quote(right)} exceed the one with the key of ${quote(other)}? (Raw q·k, before scaling; 2 decimal places.)`,
    label: 'q·k₁ − q·k₂ =',
    answer,
    mistakes: withHints(mistakes, {
      afterScaling: `${fixed(gapScaled, 3)} is the gap **after** scaling. The question asks for the raw q·k, so multiply by √${d_k} ≈ ${fixed(root, 3)}.`,
      timesDk: `You multiplied by dₖ = ${d_k}; the scaling divides by √dₖ, so multiply back by √${d_k} ≈ ${fixed(root, 3)}.`,
      ratio: `${fixed(wRight, 2)} / ${fixed(wOther, 2)} is the ratio of the weights. In a softmax the scores sit in the exponent: the ratio of weights is e^(score gap), so take the logarithm first.`,
      weightGap: 'A gap in weights is not a gap in scores. The ratio of two weights is e to the power of their score gap.',
    }),
    solution: `In a softmax, the ratio of two weights is e^(gap between their scaled scores).\nScaled gap = ln(${fixed(wRight, 2)} / ${fixed(wOther, 2)}) ≈ ${fixed(gapScaled, 3)}\nRaw gap = ${fixed(gapScaled, 3)} × √${d_k} ≈ ${fixed(gapScaled, 3)} × ${fixed(root, 3)} ≈ **${fixed(answer, 2)}**\nCheck: softmax([${fixed(gapScaled, 3)}, 0]) = [${fixed(back[0]!, 2)}, ${fixed(back[1]!, 2)}].`,
  };
};
