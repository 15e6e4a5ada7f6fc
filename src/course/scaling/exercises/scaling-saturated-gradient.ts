/** What a weight of 0.999 does to the softmax's gradient. */
import { texNumber } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { TOP, topBound } from '../numbers.ts';

const top = texNumber(TOP, { decimals: 3 });
const rest = texNumber(1 - TOP, { decimals: 3 });
const bound = texNumber(topBound, { significant: 3 });

export const exercise: StaticExercise = {
  id: 'scaling-saturated-gradient',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `一个查询的注意力权重里，有一个是 $a_1 = ${top}$，其余几个加起来只有 $${rest}$。这时分数 $z$ 的微小变化，能让权重变多少？`,
      `In one query's attention weights, one is $a_1 = ${top}$ and the others add up to only $${rest}$. How much can a small change of the scores $z$ now move the weights?`,
    ),
    options: [
      {
        text: L(
          `几乎不能：雅可比矩阵 $\\partial a_i/\\partial z_j$ 的每个元素都不超过约 $${bound}$，传回分数、再传给 $W_Q$ 和 $W_K$ 的梯度也跟着变得极小`,
          `Hardly at all: every entry of the Jacobian $\\partial a_i/\\partial z_j$ is at most about $${bound}$, so the gradient passed back to the scores, and on to $W_Q$ and $W_K$, is tiny too`,
        ),
        correct: true,
        explanation: L(
          `对。对角元 $a_i(1-a_i)$：$a_1$ 那一项是 $${top} \\times ${rest} \\approx ${bound}$，其余各项不超过 $a_i \\le ${rest}$；非对角元 $-a_i a_j$ 里至少有一个因子不超过 $${rest}$。softmax 饱和了，梯度几乎传不过去。`,
          `Right. The diagonal entries $a_i(1-a_i)$ are $${top} \\times ${rest} \\approx ${bound}$ for $a_1$ and at most $a_i \\le ${rest}$ for the others; every off-diagonal entry $-a_i a_j$ has a factor of at most $${rest}$. The softmax is saturated and lets almost no gradient through.`,
        ),
      },
      {
        text: L('变化很大：模型已经很有把握，梯度会把它推得更快', 'A lot: the model is confident, and the gradient pushes it along faster'),
        correct: false,
        explanation: L(
          '恰恰相反。把握越大，softmax 越接近一个“台阶”，台阶平的地方斜率接近 0，分数怎么动，权重都几乎不动。',
          'The opposite. The more confident, the more the softmax looks like a step, and a step is flat almost everywhere: whatever the scores do, the weights barely move.',
        ),
      },
      {
        text: L('和权重均匀时一样：softmax 的斜率处处相同', 'The same as with even weights: the softmax has the same slope everywhere'),
        correct: false,
        explanation: L(
          `softmax 不是线性函数。权重均匀时（比如 5 个词各 0.2），对角元是 $0.2 \\times 0.8 = 0.16$；这里最大也只有约 $${bound}$，小了一百多倍。`,
          `Softmax is not linear. With even weights (say 0.2 for each of 5 words) a diagonal entry is $0.2 \\times 0.8 = 0.16$; here the largest is about $${bound}$, over a hundred times smaller.`,
        ),
      },
      {
        text: L('完全为 0：权重再也不会改变', 'Exactly zero: the weights can never change again'),
        correct: false,
        explanation: L(
          `不是 0，而是很小（约 $${bound}$）。训练还能动，只是慢得多；权重离 1 越近，就越慢。`,
          `Not zero, just small (about $${bound}$). Training can still move it, only much more slowly, and the closer the weight gets to 1, the slower.`,
        ),
      },
    ],
    solution: L(
      `softmax 的雅可比矩阵是 $\\partial a_i/\\partial z_j = a_i(\\delta_{ij} - a_j)$。当 $a_1 = ${top}$ 时，每个元素都不超过约 $${bound}$。反向传播时 $\\partial L/\\partial z$ 要乘上这个矩阵，所以几乎没有梯度能传到分数，更传不到 $W_Q$、$W_K$：这就是“softmax 饱和，梯度消失”。`,
      `The softmax's Jacobian is $\\partial a_i/\\partial z_j = a_i(\\delta_{ij} - a_j)$. With $a_1 = ${top}$ no entry exceeds about $${bound}$. Backpropagation multiplies $\\partial L/\\partial a$ by this matrix, so almost no gradient reaches the scores, let alone $W_Q$ and $W_K$: a saturated softmax, a vanishing gradient.`,
    ),
  },
};
