/** mh-head-output in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, sub, vec } from '../../text.ts';
import { D_K, D_MODEL, HEADS, draw } from './mh-head-output.ts';

export const generate: Generate = (seed) => {
  const { V, w, slice, answer, mistakes } = draw(seed);
  const rows = [0, 1, 2].map((j) => `v${sub(j + 1)} = ${vec(V.row(j), 0)}`).join('\n');
  return {
    kind: 'matrix',
    name: 'z',
    prompt: `Model width ${D_MODEL}, H = ${HEADS} heads, dᵥ = ${D_K} per head. The three tokens' value vectors (after the projection, before the split: the rows of V = XWᵥ) are:\n${rows}\nIn head 2, the first token's attention weights are ${vec(w, 2)}. What is this token's output z in head 2?`,
    answer,
    columns: [`z${sub(1)}`, `z${sub(2)}`],
    absolute: 0.005,
    mistakes: withHints(mistakes, {
      otherSlice: `You used columns 1 and 2 of V, which are head 1's values. Head h uses columns (h−1)·dᵥ+1 to h·dᵥ: head 2 has columns 3 and 4.`,
      average: `That is the plain average of columns 3 and 4, as if every token had weight 1/3. Weight them by head 2's attention weights.`,
      interleaved: `You took columns 2 and 4, as if the heads' columns were interleaved. Each head owns a **contiguous** block: head 2 has columns 3 and 4.`,
    }),
    solution: `Head 2's values are columns 3 and 4 of V: ${[0, 1, 2].map((j) => vec(slice.row(j), 0)).join(', ')}.\nz = ${w.map((x, j) => `${fixed(x, 2)} × ${vec(slice.row(j), 0)}`).join(' + ')} = **${vec(answer[0]!, 2)}**`,
  };
};
