/** The steps of multi-head attention in order. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'mh-order',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L('把多头注意力的计算步骤排成正确的顺序。', 'Put the steps of multi-head attention in order.'),
    items: [
      L('用 $W_Q$、$W_K$、$W_V$ 投影出 $Q$、$K$、$V$', 'Project $Q$, $K$ and $V$ with $W_Q$, $W_K$, $W_V$'),
      L('把 $Q$、$K$、$V$ 的列切成 $H$ 块，每个头一块', 'Cut the columns of $Q$, $K$ and $V$ into $H$ blocks, one per head'),
      L('每个头各自算 $\\mathrm{softmax}(Q_h K_h^\\top/\\sqrt{d_k})\\,V_h$', 'Each head computes $\\mathrm{softmax}(Q_h K_h^\\top/\\sqrt{d_k})\\,V_h$ on its own'),
      L('把各个头的输出按列拼接起来', 'Concatenate the heads\' outputs column by column'),
      L('乘以 $W_O$，得到和输入同样宽的输出', 'Multiply by $W_O$ to get an output as wide as the input'),
    ],
    solution: L(
      '投影 → 切分 → 每个头做一次缩放点积注意力 → 拼接 → 乘以 $W_O$。切分发生在投影之后：一次投影出全宽的 $Q$，再切成几块，和每个头用自己的 $W_Q^h$ 分别投影，结果完全一样。',
      'Project → split → scaled dot-product attention in every head → concatenate → multiply by $W_O$. The split comes after the projection: projecting once to full width and cutting the columns gives exactly what separate per-head $W_Q^h$ would give.',
    ),
  },
};
