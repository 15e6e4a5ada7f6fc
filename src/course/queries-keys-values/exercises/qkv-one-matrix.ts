/** One matrix for queries and keys: what must follow. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'qkv-one-matrix',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '假如偷个懒，查询和键用同一个投影矩阵（$W_Q = W_K$）。下面哪一条**一定**成立？',
      'Suppose we cut a corner and use one projection for queries and keys ($W_Q = W_K$). Which statement **must** then hold?',
    ),
    options: [
      {
        text: L('分数矩阵对称：$s_{ij} = s_{ji}$', 'The score matrix is symmetric: $s_{ij} = s_{ji}$'),
        correct: true,
        explanation: L(
          '对。此时 $q_i = k_i$，所以 $s_{ij} = q_i\\cdot q_j = s_{ji}$：“我有多想找你”永远等于“你有多想找我”。而“它”应当强烈地找“小猫”，“小猫”却不必找“它”，这就需要两个不同的矩阵。',
          'Right. Now $q_i = k_i$, so $s_{ij} = q_i\\cdot q_j = s_{ji}$: how much I look for you always equals how much you look for me. But 它 ("it") should look hard for 小猫 ("kitten") while the kitten need not look for "it": that takes two different matrices.',
        ),
      },
      {
        text: L('注意力权重矩阵 $A$ 也对称', 'The attention weight matrix $A$ is symmetric as well'),
        correct: false,
        explanation: L(
          'softmax 是按行归一化的，每一行除以的和不同，所以即使 $S$ 对称，$A$ 一般也不对称。',
          'The softmax normalises each row by its own sum, and the sums differ, so $A$ is generally not symmetric even when $S$ is.',
        ),
      },
      {
        text: L('所有分数都是正数', 'Every score is positive'),
        correct: false,
        explanation: L(
          '只有对角线一定不为负：$s_{ii} = \\lVert q_i \\rVert^2 \\ge 0$。两个不同词的查询可以方向相反，点积为负。',
          'Only the diagonal is sure to be non-negative: $s_{ii} = \\lVert q_i \\rVert^2 \\ge 0$. Two different words can have queries pointing in opposite directions, with a negative dot product.',
        ),
      },
      {
        text: L('分数矩阵的每一行都相同，因为每个词都经过同一个投影', 'Every row of the score matrix is the same, since every word goes through the same projection'),
        correct: false,
        explanation: L(
          '不同的词有不同的输入向量，所以查询不同，行也不同。共享矩阵只让分数对称，不让它们相等。',
          'Different words have different inputs, hence different queries and different rows. Sharing the matrix makes the scores symmetric, not equal.',
        ),
      },
    ],
    solution: L(
      '$W_Q = W_K$ 时 $Q = K$，于是 $S = QQ^\\top$，它等于自己的转置：$s_{ij} = s_{ji}$。用两个矩阵，“提问的样子”和“被问时的样子”才能不同。',
      'With $W_Q = W_K$ we get $Q = K$, so $S = QQ^\\top$, which equals its own transpose: $s_{ij} = s_{ji}$. Only with two matrices can a word look different when it asks and when it is asked.',
    ),
  },
};
