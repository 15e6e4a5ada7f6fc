/** qkv-score-by-hand in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, vec } from '../../text.ts';
import { draw } from './qkv-score-by-hand.ts';

export const generate: Generate = (seed) => {
  const { d_k, q, k, s, root, answer, mistakes } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `一个查询向量 q = ${vec(q)}，一个键向量 k = ${vec(k)}，键的维度 dₖ = ${d_k}。\n请算出**缩放后的注意力分数** q·k / √dₖ，保留 3 位小数。`,
    label: 'q·k / √dₖ =',
    answer,
    absolute: 0.002,
    mistakes: withHints(mistakes, {
      unscaled: `这是还没缩放的点积 q·k。别忘了第 2 步：再除以 √dₖ = √${d_k}。`,
      byDk: `你除以的是 dₖ = ${d_k} 本身。缩放除以的是它的平方根 √${d_k} ≈ ${fixed(root, 3)}。`,
      timesRoot: `你乘上了 √dₖ。缩放是把分数变小：应该除以 √dₖ。`,
    }),
    solution: `q·k = ${spelledDot(q, k)} = ${fixed(s, 3)}\n√dₖ = √${d_k} ≈ ${fixed(root, 3)}\nq·k / √dₖ = ${fixed(s, 3)} / ${fixed(root, 3)} ≈ **${fixed(answer, 3)}**`,
  };
};
