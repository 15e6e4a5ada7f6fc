/**
 * The path length between two positions i and j of a sequence, for one of three encoders per
 * draw: an RNN (|i − j| updates of the hidden state), a stack of contiguous convolutions of width
 * k (⌈|i − j| / (k − 1)⌉ layers before one unit's receptive field holds both positions: each layer
 * widens it by k − 1) and a stack of self-attention layers (1). Half the draws ask about the CNN,
 * mostly where the division does not come out even, so that rounding matters.
 * The typical mistakes: positions counted instead of hops (|i − j| + 1), only the positions in
 * between (|i − j| − 1), ÷k instead of ÷(k − 1), rounding down or not at all, 1 for the CNN, and
 * another encoder's count. Language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { attentionPathLength, cnnPathLength, createRng, rnnPathLength } from '../../../kernel/index.ts';
import { distinguishable } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type Encoder = 'rnn' | 'cnn' | 'attention';
export type MistakeKey = 'positions' | 'between' | 'byK' | 'floor' | 'unrounded' | 'oneLayer' | 'asRnn' | 'asCnn';

/** Path lengths are whole numbers: only the answer itself (and an unrounded quotient typed to 2 decimals) is accepted. */
export const TOLERANCE = { relative: 0, absolute: 0.05 } as const;
/** Kernel widths of the CNN: odd, as in ByteNet and ConvS2S. */
export const WIDTHS = [3, 5, 7] as const;

/** The three path lengths between positions i and j, from the kernel. */
export const pathLengths = (i: number, j: number, k: number): Record<Encoder, number> => ({
  rnn: rnnPathLength(i, j),
  cnn: cnnPathLength(i, j, k),
  attention: attentionPathLength(i, j),
});

export function draw(seed: number) {
  const rng = createRng(seed);
  const encoder = rng.pick<Encoder>(['cnn', 'cnn', 'rnn', 'attention']);
  for (;;) {
    const k = rng.pick(WIDTHS);
    const n = rng.int(24, 64);
    const i = rng.int(1, n - 2 * k);
    const j = rng.int(i + 2 * k, n); // far enough apart that the CNN needs at least 3 layers
    const distance = j - i;
    if (encoder === 'cnn' && distance % (k - 1) === 0 && rng.next() < 0.7) continue; // mostly where rounding up matters
    const paths = pathLengths(i, j, k);
    const answer = paths[encoder];
    const candidates: DrawnMistake<MistakeKey>[] =
      encoder === 'rnn'
        ? [
            { key: 'positions', value: distance + 1 }, // both ends counted: positions, not steps
            { key: 'between', value: distance - 1 }, // only the positions in between
            { key: 'oneLayer', value: 1 }, // self-attention's answer
            { key: 'asCnn', value: paths.cnn },
          ]
        : encoder === 'cnn'
          ? [
              { key: 'byK', value: Math.ceil(distance / k) }, // each layer taken to add k positions, not k − 1
              { key: 'floor', value: Math.floor(distance / (k - 1)) }, // rounded down
              { key: 'unrounded', value: distance / (k - 1) }, // not rounded at all
              { key: 'oneLayer', value: 1 }, // as if a convolution saw the whole sequence
              { key: 'asRnn', value: paths.rnn }, // one position per layer
              { key: 'positions', value: Math.ceil((distance + 1) / (k - 1)) }, // positions, not gaps, divided by k − 1
            ]
          : [
              { key: 'asRnn', value: paths.rnn },
              { key: 'asCnn', value: paths.cnn },
              { key: 'positions', value: 2 }, // the two positions counted, not the one hop between them
            ];
    const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, candidates, TOLERANCE);
    return { encoder, n, i, j, k, distance, paths, answer, mistakes };
  }
}
