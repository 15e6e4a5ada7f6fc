/** why-self-attention-sequential-ops in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub } from '../../text.ts';
import { draw } from './why-self-attention-sequential-ops.ts';

export const generate: Generate = (seed) => {
  const { n, d, k, answer, mistakes } = draw(seed);
  return {
    kind: 'matrix',
    name: 'S',
    prompt: `A sentence has **n = ${n}** tokens, width d = ${d}. By Table 1 of the paper, how many operations that **must happen one after another** does one layer need?\nFill in the row S = [self-attention, recurrent, convolutional] (kernel width k = ${k}).`,
    answer,
    mistakes: withHints(mistakes, {
      allSequential: 'Self-attention and convolution do not go position by position: every position uses inputs that are already there, so all of them are computed at once.',
      pathLength: 'That is the “maximum path length” row of Table 1 (convolutions need about log₃ n stacked layers). Sequential operations ask how many steps inside one layer must wait in line.',
      oneFewer: `An RNN reading ${n} words updates its hidden state ${n} times (h₁ to h${sub(n)}), each waiting for the one before.`,
    }),
    solution: `Self-attention: ${answer[0]![0]}. Every output depends only on the layer’s inputs, so all positions are computed at once: O(1).\nRecurrent: ${answer[0]![1]}. h₁, h₂, …, h${sub(n)} each wait for the one before: O(n).\nConvolutional: ${answer[0]![2]}. Each position looks only at its k neighbouring inputs, so they can all run at once too: O(1).\nSo S = [${answer[0]!.join(', ')}].`,
  };
};
