/** rc-path-length in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub } from '../../text.ts';
import { TOLERANCE, draw } from './rc-path-length.ts';

export const generate: Generate = (seed) => {
  const { encoder, n, i, j, k, distance, paths, answer, mistakes } = draw(seed);
  const step = k - 1;
  const down = Math.floor(distance / step);
  const question = {
    rnn: 'In the **RNN**, how many updates of the hidden state does the information of position i need to reach the state at position j?',
    cnn: 'In the **CNN**, how many layers does it take before one unit depends on both positions?',
    attention: 'In the **self-attention** stack, how many layers does it take before the output at position j depends on position i?',
  }[encoder];
  const solution = {
    rnn: `The information of position ${i} enters h${sub(i)}, and each later position updates the state once: h${sub(i)} → h${sub(i + 1)} → … → h${sub(j)}, that is ${j} − ${i} = **${answer}** updates.\nFor the same pair, the CNN with k = ${k} needs ${paths.cnn} layers and self-attention ${paths.attention}.`,
    cnn: `Each layer widens a unit’s receptive field by k − 1 = ${step} positions, so L layers see 1 + ${step}L positions. Positions ${i} to ${j} span ${distance + 1} positions, so ${step}L ≥ ${distance} and L = ⌈${distance} ÷ ${step}⌉ = **${answer}**.\nFor the same pair, the RNN needs ${paths.rnn} steps and self-attention ${paths.attention}.`,
    attention: `In one self-attention layer, the output at position ${j} is a weighted sum over every position, ${i} included: **${answer}** layer, however far apart they are.\nFor the same pair, the RNN needs ${paths.rnn} steps and the CNN with k = ${k} needs ${paths.cnn} layers.`,
  }[encoder];
  return {
    kind: 'numeric',
    prompt: `A sequence of **n = ${n}** positions is read by three encoders: an RNN, which updates its hidden state once per position from left to right; a stack of convolution layers with kernel width **k = ${k}** (contiguous, no dilation: each unit sees ${k} neighbouring units of the layer below); and a stack of self-attention layers.\nTake positions **i = ${i}** and **j = ${j}**. ${question} (That is the path length between them in this encoder.)`,
    label: 'path length =',
    answer,
    ...TOLERANCE,
    mistakes: withHints(mistakes, {
      positions: {
        rnn: `You counted the positions from ${i} to ${j}, both ends included (${distance + 1} of them). A path counts steps, one for each pair of neighbours: one fewer than the positions.`,
        cnn: `You divided the number of positions, |i − j| + 1 = ${distance + 1}, by k − 1. One layer already covers k positions and each further layer adds k − 1, so L layers cover 1 + ${step}L positions; reaching ${distance + 1} takes ${step}L ≥ ${distance}.`,
        attention: 'You counted the two positions. The path between them is a single hop: the output at position j reads position i directly.',
      }[encoder],
      between: `You counted only the positions strictly between i and j. Getting from the state at position ${j - 1} to the state at position ${j} is one more update.`,
      byK: `You divided by k = ${k}. A unit’s k neighbours below have overlapping receptive fields, which together reach only k − 1 = ${step} positions beyond a single one: each layer adds k − 1, so divide ${distance} by ${step}.`,
      floor: `You rounded down. ${down} layers cover only 1 + ${step} × ${down} = ${1 + step * down} positions, fewer than the ${distance + 1} from i to j: one more layer is needed.`,
      unrounded: `${distance} ÷ ${step} is not a whole number, but layers come whole: round up to the next whole layer.`,
      oneLayer: encoder === 'cnn'
        ? `One layer is self-attention’s answer. A convolution unit sees only its ${k} neighbours, so distant positions meet only after several layers.`
        : 'One step is self-attention’s answer, where every pair of positions is connected directly. An RNN passes information on by one position per step.',
      asRnn: encoder === 'cnn'
        ? `${distance} is the RNN’s count, one position per step. A convolution layer carries information k − 1 = ${step} positions further at once.`
        : `${distance} is the RNN’s count, one position per step. In self-attention every output reads every position directly.`,
      asCnn: encoder === 'rnn'
        ? `${paths.cnn} is the number of layers the CNN needs. An RNN cannot jump: one update per position.`
        : `${paths.cnn} is the CNN’s count. Self-attention does not widen a window layer by layer: one layer reaches every position.`,
    }),
    solution,
  };
};
