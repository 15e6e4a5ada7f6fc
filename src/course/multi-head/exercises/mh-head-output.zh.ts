/** mh-head-output in Chinese. */
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
    prompt: `模型宽度 ${D_MODEL}，H = ${HEADS} 个头，每个头 dᵥ = ${D_K}。三个词元的值向量（投影之后、切分之前，V = XWᵥ 的三行）是：\n${rows}\n在第 2 个头里，第 1 个词元的注意力权重是 ${vec(w, 2)}。这个词元在第 2 个头的输出 z 是多少？`,
    answer,
    columns: [`z${sub(1)}`, `z${sub(2)}`],
    absolute: 0.005,
    mistakes: withHints(mistakes, {
      otherSlice: `你用了 V 的第 1、2 列，那是第 1 个头的值。第 h 个头用的是第 (h−1)·dᵥ+1 到 h·dᵥ 列：第 2 个头是第 3、4 列。`,
      average: `这是第 3、4 列的简单平均，相当于每个词元的权重都是 1/3。要用第 2 个头的注意力权重来加权。`,
      interleaved: `你取了第 2、4 列，好像各个头的列是交错排的。实际上每个头占一段**连续**的列：第 2 个头是第 3、4 列。`,
    }),
    solution: `第 2 个头的值是 V 的第 3、4 列：${[0, 1, 2].map((j) => vec(slice.row(j), 0)).join('，')}。\nz = ${w.map((x, j) => `${fixed(x, 2)} × ${vec(slice.row(j), 0)}`).join(' + ')} = **${vec(answer[0]!, 2)}**`,
  };
};
