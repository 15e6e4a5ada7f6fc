/** The faded step of the worked example: one diagonal entry of the softmax's Jacobian. */
import { texNumber } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { ja, jJ } from '../numbers.ts';

const a = ja.map((x) => texNumber(x, { decimals: 3 }));
const a2 = ja[1]!;
const answer = jJ.get(1, 1);

export const exercise: StaticExercise = {
  id: 'scaling-jacobian-entry',
  parametric: false,
  question: {
    kind: 'numeric',
    prompt: L(
      `上面例子的权重是 $a = (${a.join(',\\ ')})$。请算出雅可比矩阵的对角元 $\\partial a_2/\\partial z_2$，保留 3 位小数。`,
      `The weights of the example above are $a = (${a.join(',\\ ')})$. Work out the diagonal entry $\\partial a_2/\\partial z_2$ of the Jacobian, to three decimals.`,
    ),
    label: L('∂a₂/∂z₂ =', '∂a₂/∂z₂ ='),
    answer,
    absolute: 0.001,
    mistakes: [
      {
        value: a2,
        hint: L('这是 $a_2$ 本身。对角元是 $a_2(1 - a_2)$：还要乘上 $1 - a_2$。', 'That is $a_2$ itself. The diagonal entry is $a_2(1 - a_2)$: multiply by $1 - a_2$ as well.'),
      },
      {
        value: -a2 * a2,
        hint: L('这是非对角元的公式 $-a_i a_j$。对角线上 $\\delta_{22} = 1$，所以是 $a_2(1 - a_2)$。', 'That is the off-diagonal formula $-a_i a_j$. On the diagonal $\\delta_{22} = 1$, so it is $a_2(1 - a_2)$.'),
      },
    ],
    solution: L(
      `对角元 $\\partial a_2/\\partial z_2 = a_2(1 - a_2) = ${a[1]} \\times ${texNumber(1 - a2, { decimals: 3 })} \\approx ${texNumber(answer, { decimals: 3 })}$。`,
      `The diagonal entry $\\partial a_2/\\partial z_2 = a_2(1 - a_2) = ${a[1]} \\times ${texNumber(1 - a2, { decimals: 3 })} \\approx ${texNumber(answer, { decimals: 3 })}$.`,
    ),
  },
};
