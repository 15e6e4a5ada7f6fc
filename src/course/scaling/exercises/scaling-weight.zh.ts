/** scaling-weight in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, sub, texFixed, vec } from '../../text.ts';
import { D_K, HEADS, draw } from './scaling-weight.ts';

export const generate: Generate = (seed) => {
  const { q, K, j, scores, scaled, weights, answer, mistakes } = draw(seed);
  const keys = [0, 1, 2].map((r) => `k${sub(r + 1)} = ${vec(K.row(r))}`).join('\n');
  const w = `w${sub(`1${j + 1}`)}`;
  return {
    kind: 'numeric',
    prompt: `某一层有 ${HEADS} 个头，其中一个头的查询和键都是 ${D_K} 维。一个查询 q = ${vec(q)}，三个键：\n${keys}\n按缩放点积注意力，q 分给第 ${j + 1} 个键的权重 **${w}** 是多少？保留 3 位小数。`,
    label: `${w} =`,
    answer,
    mistakes: withHints(mistakes, {
      noScale: `你没有缩放：直接对点积做了 softmax。先把每个分数除以 $\\sqrt{d_k} = \\sqrt{${D_K}} = ${texFixed(Math.sqrt(D_K), 0)}$，再做 softmax。`,
      byDk: `你除以的是 $d_k = ${D_K}$，不是 $\\sqrt{d_k}$。缩放要抵消的是点积的**标准差** $\\sqrt{d_k}$，除以 $d_k$ 会把分数压得太扁。`,
      byHeads: `你除以的是 $\\sqrt{${HEADS}}$（头数的平方根）。除数只看每个头里键的宽度 $d_k = ${D_K}$，和这一层有几个头无关。`,
      noSoftmax: `这是缩放后的分数，还没有做 softmax。权重要把三个缩放后的分数取指数，再除以它们的和。`,
    }),
    solution: `分数：${scores.map((s, r) => `q·k${sub(r + 1)} = ${spelledDot(q, K.row(r))} = ${fixed(s, 2)}`).join('\n')}\n缩放（$\\div\\sqrt{${D_K}} = \\div ${texFixed(Math.sqrt(D_K), 0)}$）：${vec(scaled, 3)}\nsoftmax：${vec(weights, 3)}\n所以 ${w} ≈ **${fixed(answer, 3)}**。`,
  };
};
