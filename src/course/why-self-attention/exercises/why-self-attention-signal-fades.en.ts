/** why-self-attention-signal-fades in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, sig, sup } from '../../text.ts';
import { draw } from './why-self-attention-signal-fades.ts';

export const generate: Generate = (seed) => {
  const { g, i, j, steps, answer, mistakes } = draw(seed);
  const G = fixed(g, 2);
  return {
    kind: 'numeric',
    prompt: `Picture an RNN in which a signal is multiplied by **g = ${G}** every time the hidden state is updated. A signal starts at word **${i}** and has to reach word **${j}**. What fraction of it is left when it arrives?\nGive a decimal to 3 significant figures (e.g. 0.123).`,
    label: 'fraction left =',
    answer,
    mistakes: withHints(mistakes, {
      times: `You computed g × ${steps}. At every step the signal keeps a fraction of what was left after the step before, so it is ${steps} factors of g multiplied together: g${sup(steps)}.`,
      oneTooMany: `One step too many. From word ${i} to word ${j} is ${j} − ${i} = ${steps} steps; ${steps + 1} is the number of words in that stretch, not the number of steps.`,
      oneTooFew: `One step too few. Counting only the words in between misses a step: word ${i} to word ${j} is ${steps} steps.`,
      linear: 'You subtracted the same amount, 1 − g, at every step: a linear decay. Each step multiplies by g instead, a proportional cut, so the decay is exponential.',
    }),
    solution: `Going from word ${i} to word ${j} takes ${j} − ${i} = ${steps} updates of the hidden state, each multiplying by ${G}, so\n${G}${sup(steps)} = ${sig(answer, 3)}.\nAfter ${steps} steps, ${sig(answer, 3)} of the signal is left. With self-attention these two words are 1 step apart.`,
  };
};
