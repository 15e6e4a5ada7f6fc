/** why-self-attention-rnn-path in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub } from '../../text.ts';
import { draw } from './why-self-attention-rnn-path.ts';

export const generate: Generate = (seed) => {
  const { i, j, n, answer, mistakes } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `A sentence has **${n}** words. An RNN reads it left to right, updating its hidden state once per word. How many updates, at least, does information from word **${i}** need to reach the hidden state at word **${j}**? (That is, the path length between these two positions in an RNN.)`,
    label: 'path length =',
    answer,
    mistakes: withHints(mistakes, {
      countedWords: `You counted the words from word ${i} to word ${j} (${answer + 1} of them). Steps are one fewer than words: each step links two neighbours.`,
      onlyBetween: `You counted only the words in between. Getting from word ${j - 1} to word ${j} is one more step.`,
      attention: '1 step is the path length in self-attention, where every pair of words is connected directly. An RNN passes things along one step at a time.',
      sentence: `${n} is the length of the whole sentence, the “maximum path length O(n)” of the paper’s Table 1; the question asks about these two positions.`,
    }),
    solution: `Word ${i}’s information enters h${sub(i)}, and every further word updates the state once: h${sub(i)} → h${sub(i + 1)} → … → h${sub(j)}, which is ${j} − ${i} = ${answer} steps.\nIn self-attention the two positions are 1 step apart.`,
  };
};
