/** Doubling H at a fixed d_model: what happens to the parameters. */
import { L, big } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { paper, projectionParameters } from '../numbers.ts';

const eight = projectionParameters(paper.d_model, 8), sixteen = projectionParameters(paper.d_model, 16);

export const exercise: StaticExercise = {
  id: 'mh-double-heads',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `保持 $d_{\\text{model}} = ${paper.d_model}$ 不变，把头数从 8 加到 16（$d_k$ 随之从 ${eight.d_k} 变成 ${sixteen.d_k}）。$W_Q$、$W_K$、$W_V$、$W_O$ 的参数总数会怎样？`,
      `Keep $d_{\\text{model}} = ${paper.d_model}$ and go from 8 heads to 16 (so $d_k$ goes from ${eight.d_k} to ${sixteen.d_k}). What happens to the number of parameters of $W_Q$, $W_K$, $W_V$ and $W_O$?`,
    ),
    options: [
      {
        text: L('不变', 'It stays the same'),
        correct: true,
        explanation: L(
          `对。头数翻倍，每个头的宽度减半，$H \\cdot d_k$ 始终是 $${paper.d_model}$：两种切法都是 ${big(eight.total)} 个参数。多头只是重新组织同样的容量，并不增加容量。`,
          `Right. Twice the heads, each half as wide: $H \\cdot d_k$ stays $${paper.d_model}$, and both splits have ${big(eight.total)} parameters. More heads reorganise the same capacity; they add none.`,
        ),
      },
      {
        text: L('翻倍：头多了一倍', 'It doubles: there are twice as many heads'),
        correct: false,
        explanation: L(
          `头多了一倍，但每个头的 $W_Q^h$ 从 $${paper.d_model} \\times ${eight.d_k}$ 变成了 $${paper.d_model} \\times ${sixteen.d_k}$，小了一半，两者抵消。`,
          `Twice the heads, but each head's $W_Q^h$ shrinks from $${paper.d_model} \\times ${eight.d_k}$ to $${paper.d_model} \\times ${sixteen.d_k}$, which cancels out.`,
        ),
      },
      {
        text: L('减半：每个头变窄了', 'It halves: each head is narrower'),
        correct: false,
        explanation: L(
          '每个头确实变窄了一半，但头的个数多了一倍，总数不变。',
          'Each head is indeed half as wide, but there are twice as many of them, so the total does not move.',
        ),
      },
      {
        text: L('只有 $W_O$ 变了：它要拼接更多的头', 'Only $W_O$ changes: it has more heads to combine'),
        correct: false,
        explanation: L(
          `$W_O$ 的形状是 $(H \\cdot d_v) \\times d_{\\text{model}}$，而 $H \\cdot d_v$ 在两种切法下都是 $${paper.d_model}$，所以 $W_O$ 也不变。`,
          `$W_O$ is $(H \\cdot d_v) \\times d_{\\text{model}}$, and $H \\cdot d_v$ is $${paper.d_model}$ in both splits, so $W_O$ does not change either.`,
        ),
      },
    ],
    solution: L(
      `参数总数是 $3 \\cdot H \\cdot (d_{\\text{model}} \\cdot d_k) + (H \\cdot d_k) \\cdot d_{\\text{model}} = 4 \\cdot d_{\\text{model}} \\cdot (H \\cdot d_k) = 4\\,d_{\\text{model}}^2$，与 $H$ 无关。`,
      `The total is $3 \\cdot H \\cdot (d_{\\text{model}} \\cdot d_k) + (H \\cdot d_k) \\cdot d_{\\text{model}} = 4 \\cdot d_{\\text{model}} \\cdot (H \\cdot d_k) = 4\\,d_{\\text{model}}^2$, whatever $H$ is.`,
    ),
  },
};
