/** model-score-gap in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, texFixed } from '../../text.ts';
import { draw } from './model-score-gap.ts';
import { d_k, quote, root, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, wRight, wOther, gapScaled, back, answer, mistakes } = draw(seed);
  const x = words(s, 'en');
  const [right, other] = s.side === 'A' ? [x.A, x.B] : [x.B, x.A];
  return {
    kind: 'numeric',
    prompt: `Sentence: ${x.text}\nIn the pointer head, the pronoun “${x.pronoun}” puts almost its whole row on the two nouns: ${right} ${fixed(wRight, 2)}, ${other} ${fixed(wOther, 2)}. $d_k = ${d_k}$.\nBy how much does the dot product of the query of “${x.pronoun}” with the key of ${quote(right)} exceed the one with the key of ${quote(other)}? (Raw q·k, before scaling; 2 decimal places.)`,
    label: 'q·k₁ − q·k₂ =',
    answer,
    mistakes: withHints(mistakes, {
      afterScaling: `${fixed(gapScaled, 3)} is the gap **after** scaling. The question asks for the raw q·k, so multiply by $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$.`,
      timesDk: `You multiplied by $d_k = ${d_k}$; the scaling divides by $\\sqrt{d_k}$, so multiply back by $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$.`,
      ratio: `${fixed(wRight, 2)} / ${fixed(wOther, 2)} is the ratio of the weights. In a softmax the scores sit in the exponent: the ratio of weights is $w_1 / w_2 = e^{s_1 - s_2}$, so take the logarithm first.`,
      weightGap: 'A gap in weights is not a gap in scores. The ratio of two weights is e to the power of their score gap.',
    }),
    solution: `In a softmax, the ratio of two weights is $e$ to the power of the gap between their scaled scores: $w_1 / w_2 = e^{\\tilde s_1 - \\tilde s_2}$.\nScaled gap $= \\ln(${texFixed(wRight, 2)} / ${texFixed(wOther, 2)}) \\approx ${texFixed(gapScaled, 3)}$\nRaw gap $= ${texFixed(gapScaled, 3)} \\times \\sqrt{${d_k}} \\approx ${texFixed(gapScaled, 3)} \\times ${texFixed(root, 3)} \\approx$ **${fixed(answer, 2)}**\nCheck: $\\mathrm{softmax}([${texFixed(gapScaled, 3)}, 0]) = [${texFixed(back[0]!, 2)}, ${texFixed(back[1]!, 2)}]$.`,
  };
};
