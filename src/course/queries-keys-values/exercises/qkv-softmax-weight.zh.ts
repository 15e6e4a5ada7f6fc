/** qkv-softmax-weight in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, sub, texFixed, vec } from '../../text.ts';
import { draw } from './qkv-softmax-weight.ts';

export const generate: Generate = (seed) => {
  const { S, i, j, row, exps, sumExp, answer, mistakes } = draw(seed);
  const rowsText = [0, 1].map((r) => `第 ${r + 1} 行：${vec(S.row(r))}`).join('\n');
  const w = `w${sub(`${i + 1}${j + 1}`)}`;
  const expList = row.map((x) => `$e^{${texFixed(x, 1)}} \\approx ${texFixed(Math.exp(x), 3)}$`).join('，');
  return {
    kind: 'numeric',
    prompt: `两个查询、三个键，已经缩放好的分数矩阵 $S/\\sqrt{d_k}$ 是（每行是一个查询，每列是一个键）：\n${rowsText}\n注意力权重 $A = \\mathrm{softmax}(S/\\sqrt{d_k})$。请算出 **${w}**（第 ${i + 1} 个查询分给第 ${j + 1} 个键的权重），保留 3 位小数。`,
    label: `${w} =`,
    answer,
    mistakes: withHints(mistakes, {
      byColumn: `你是沿着**列**做的 softmax（把两个查询对同一个键的分数放在一起归一化）。注意力是每个查询在自己的**那一行**里分配权重：一行之内和为 1。`,
      noExponent: `你直接用分数除以这一行分数之和，忘了先取指数。softmax 是 $e^{s_j} / \\sum_k e^{s_k}$。`,
      noSoftmax: `这是分数本身，还没有做 softmax。分数要先经过 softmax 才变成权重：把这一行的三个分数取指数，再除以它们的和。`,
    }),
    solution: `softmax 作用在第 ${i + 1} 行 ${vec(S.row(i))} 上：\n${expList}\n和 ≈ ${fixed(sumExp, 3)}\n${w} = ${fixed(exps[j]!, 3)} / ${fixed(sumExp, 3)} ≈ **${fixed(answer, 3)}**`,
  };
};
