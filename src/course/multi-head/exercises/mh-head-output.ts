/**
 * One token's output in head 2 of 2: its weights times the head's own slice of V (columns 3–4).
 * The typical mistakes: head 1's slice, every other column, and the plain average. Language-free; the texts are in
 * the .zh.ts and .en.ts modules beside it.
 */
import { createRng, matmul, matrix, sliceCols } from '../../../kernel/index.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'otherSlice' | 'average' | 'interleaved';

export const D_MODEL = 4, HEADS = 2, D_K = D_MODEL / HEADS, TOKENS = 3;

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const V = rng.matrix(TOKENS, D_MODEL, { min: -3, max: 3, decimals: 0 });
    const a = rng.int(10, 70), b = rng.int(10, 90 - a);
    const w = [a / 100, b / 100, (100 - a - b) / 100]; // head 2's weights for token 1, summing to 1
    const slice = sliceCols(V, D_K, D_MODEL); // head 2's V_h: columns 3 and 4
    const answer = matmul(matrix([w]), slice).toArray(); // [1, d_k]
    const otherSlice = matmul(matrix([w]), sliceCols(V, 0, D_K)).toArray();
    const average = [[0, 1].map((c) => (slice.get(0, c) + slice.get(1, c) + slice.get(2, c)) / TOKENS)]; // forgot the weights
    const interleaved = [[0, 1].map((c) => w.reduce((s, x, j) => s + x * V.get(j, 2 * c + 1), 0))]; // every other column, as if heads were interleaved
    const mistakes: DrawnMistake<MistakeKey, number[][]>[] = [
      { key: 'otherSlice', value: otherSlice },
      { key: 'average', value: average },
      { key: 'interleaved', value: interleaved },
    ];
    const differs = (m: number[][]) => m[0]!.some((x, c) => farApart(x, answer[0]![c]!, 0.05));
    if (!mistakes.every((m) => differs(m.value))) continue;
    return { V, w, slice, answer, mistakes };
  }
}
