/** The chain of the argument, from a wide key to a stalled W_Q. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'scaling-chain',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L('不做缩放时，宽的键为什么会让训练停滞？把这条因果链排成正确的顺序。', 'Without scaling, why does a wide key stall training? Put the chain of causes in order.'),
    items: [
      L('键和查询的宽度 $d_k$ 变大', 'The width $d_k$ of the keys and queries grows'),
      L('点积是 $d_k$ 项之和，方差 $d_k\\sigma^4$ 随之变大', 'A dot product adds $d_k$ terms, so its variance $d_k\\sigma^4$ grows with it'),
      L('一行分数之间的差距被拉大', 'The gaps between the scores of a row widen'),
      L('softmax 饱和：一个权重接近 1，其余接近 0', 'The softmax saturates: one weight near 1, the rest near 0'),
      L('雅可比矩阵 $a_i(\\delta_{ij} - a_j)$ 的元素都接近 0', 'The entries of the Jacobian $a_i(\\delta_{ij} - a_j)$ all approach 0'),
      L('传到 $W_Q$、$W_K$ 的梯度几乎为 0，它们学得很慢', 'Almost no gradient reaches $W_Q$ and $W_K$, and they learn very slowly'),
    ],
    solution: L(
      '宽度 → 点积的方差 → 分数的差距 → softmax 饱和 → 雅可比趋于 0 → 梯度到不了 $W_Q$、$W_K$。除以 $\\sqrt{d_k}$ 在第二步就把链条切断：方差不再随 $d_k$ 变大。',
      'Width → variance of the dot product → gaps between scores → saturated softmax → vanishing Jacobian → no gradient for $W_Q$ and $W_K$. Dividing by $\\sqrt{d_k}$ cuts the chain at the second link: the variance no longer grows with $d_k$.',
    ),
  },
};
