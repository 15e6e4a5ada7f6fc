/** qkv-score-by-hand in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, texFixed, vec } from '../../text.ts';
import { draw } from './qkv-score-by-hand.ts';

export const generate: Generate = (seed) => {
  const { d_k, q, k, s, root, answer, mistakes } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `一个查询向量 q = ${vec(q)}，一个键向量 k = ${vec(k)}，键的维度 $d_k = ${d_k}$。\n请算出**缩放后的注意力分数** $q \\cdot k / \\sqrt{d_k}$，保留 3 位小数。`,
    label: '$q \\cdot k / \\sqrt{d_k} =$',
    answer,
    absolute: 0.002,
    mistakes: withHints(mistakes, {
      unscaled: `这是还没缩放的点积 q·k。别忘了第 2 步：再除以 $\\sqrt{d_k} = \\sqrt{${d_k}}$。`,
      byDk: `你除以的是 $d_k = ${d_k}$ 本身。缩放除以的是它的平方根 $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$。`,
      timesRoot: `你乘上了 $\\sqrt{d_k}$。缩放是把分数变小：应该除以 $\\sqrt{d_k}$。`,
    }),
    solution: `q·k = ${spelledDot(q, k)} = ${fixed(s, 3)}\n$\\sqrt{d_k} = \\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$\n$q \\cdot k / \\sqrt{d_k} = ${texFixed(s, 3)} / ${texFixed(root, 3)} \\approx$ **${fixed(answer, 3)}**`,
  };
};
