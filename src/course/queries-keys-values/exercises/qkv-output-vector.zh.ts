/** qkv-output-vector in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub, texFixed, vec } from '../../text.ts';
import { draw } from './qkv-output-vector.ts';

export const generate: Generate = (seed) => {
  const { q, K, V, r, z, root, answer, mistakes, worked } = draw(seed);
  const { steps, scaled, weights, sum } = worked;
  const keyLines = [0, 1, 2].map((j) => `k${sub(j + 1)} = ${vec(K.row(j))}，v${sub(j + 1)} = ${vec(V.row(j), 0)}`).join('\n');
  return {
    kind: 'matrix',
    name: 'z',
    prompt: `轮到你从头算一遍了。一个查询 q = ${vec(q.row(0))}，三个键和它们的值：\n${keyLines}\n$d_k = ${r.d_k}$。按四步（打分、除以 $\\sqrt{d_k}$、softmax、加权求和）算出输出 $z = \\sum_j w_j v_j$，每个分量保留 2 位小数。`,
    answer,
    absolute: 0.015,
    mistakes: withHints(mistakes, {
      unscaled: `这是没有除以 $\\sqrt{d_k}$ 的结果：分数直接进了 softmax。`,
      byDk: `你把分数除以了 $d_k = ${r.d_k}$，应该除以 $\\sqrt{${r.d_k}} \\approx ${texFixed(root, 3)}$。`,
      mean: `这是三个值向量的简单平均，相当于每个键的权重都是 1/3。要用 softmax 算出的注意力权重来加权。`,
    }),
    solution: `第 1 步，打分：\n${steps}\n第 2 步，除以 $\\sqrt{${r.d_k}} \\approx ${texFixed(root, 3)}$：${scaled}\n第 3 步，softmax：w = [${weights}]\n第 4 步，加权求和：z = ${sum} ≈ **${vec(z, 2)}**`,
  };
};
