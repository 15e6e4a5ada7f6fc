/**
 * One attention weight from a 2 × 3 matrix of scaled scores: the softmax of its row. The numbers
 * of a seed, language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, softmax, transpose } from '../../../kernel/index.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'byColumn' | 'noExponent' | 'noSoftmax';

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const S = rng.matrix(2, 3, { min: 0.1, max: 2.5, decimals: 1 }); // scaled scores, all positive
    const i = rng.int(0, 1), j = rng.int(0, 2);
    const A = softmax(S); // row-wise, as attention does
    const answer = A.get(i, j);
    const byColumn = transpose(softmax(transpose(S))).get(i, j); // softmax over the wrong axis
    const row = Array.from(S.row(i));
    const plain = row[j]! / row.reduce((a, b) => a + b, 0); // forgot the exponent
    const score = S.get(i, j); // the score itself, as if it were the weight: the softmax forgotten
    const values = [answer, byColumn, plain, score];
    if (answer < 0.08 || values.some((a, x) => values.some((b, y) => x < y && !farApart(a, b, 0.01)))) continue;
    const exps = row.map((x) => Math.exp(x));
    const sumExp = exps.reduce((a, b) => a + b, 0);
    const mistakes: DrawnMistake<MistakeKey>[] = [
      { key: 'byColumn', value: byColumn },
      { key: 'noExponent', value: plain },
      { key: 'noSoftmax', value: score },
    ];
    return { S, i, j, row, exps, sumExp, answer, mistakes };
  }
}
