/** What changes when only a row of V changes. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'qkv-change-a-value',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '在探索器里，你只改动了 $V$ 中“谁”那一行，$Q$ 和 $K$ 一个数都没动。哪些结果会跟着变？',
      'In the explorer you change only the row of 谁 in $V$; not a single number of $Q$ or $K$ changes. Which results change?',
    ),
    options: [
      {
        text: L('只有输出 $Z$ 变，而且它的每一行都变', 'Only the output $Z$, and every row of it'),
        correct: true,
        explanation: L(
          '对。分数和权重只由 $Q$、$K$ 决定，所以 $S$ 和 $A$ 不变；而每个查询分给“谁”的权重都大于 0，所以 $Z$ 的每一行都会动。',
          'Right. Scores and weights depend on $Q$ and $K$ only, so $S$ and $A$ stay put; and every query gives 谁 a weight above 0, so every row of $Z$ moves.',
        ),
      },
      {
        text: L('只有 $Z$ 中“谁”那一行变', 'Only the row of 谁 in $Z$'),
        correct: false,
        explanation: L(
          '$Z$ 的第 $i$ 行混合的是**所有**值向量：$z_i = \\sum_j w_{ij} v_j$。$v_{\\text{谁}}$ 出现在每一行里（softmax 的权重从不为 0），所以每一行都会变。',
          'Row $i$ of $Z$ mixes **all** values: $z_i = \\sum_j w_{ij} v_j$. $v_{\\text{谁}}$ appears in every row (softmax weights are never 0), so every row changes.',
        ),
      },
      {
        text: L('注意力权重 $A$ 和输出 $Z$ 都变', 'The weights $A$ and the output $Z$'),
        correct: false,
        explanation: L(
          '权重来自 $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})$，里面没有 $V$。值向量决定“交出什么”，不决定“关注谁”。',
          'The weights come from $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})$, which has no $V$ in it. Values decide what is handed over, not who gets attention.',
        ),
      },
      {
        text: L('分数 $S$、权重 $A$ 和输出 $Z$ 全都变', 'The scores $S$, the weights $A$ and the output $Z$'),
        correct: false,
        explanation: L(
          '分数是 $q_i \\cdot k_j$，只用到查询和键。改 $V$ 碰不到它。',
          'A score is $q_i \\cdot k_j$: queries and keys only. Changing $V$ cannot touch it.',
        ),
      },
    ],
    solution: L(
      '$S = QK^\\top$ 和 $A = \\mathrm{softmax}(S/\\sqrt{d_k})$ 都不含 $V$，不变；$Z = AV$ 含 $V$，并且 $A$ 的每一行在“谁”那一列上都是正数，所以 $Z$ 的每一行都变。这正是键和值分开的好处：“匹配”和“内容”是两件事。',
      '$S = QK^\\top$ and $A = \\mathrm{softmax}(S/\\sqrt{d_k})$ contain no $V$ and stay the same; $Z = AV$ does, and every row of $A$ is positive in the column of 谁, so every row of $Z$ changes. This is what separating keys from values buys: matching and content are two different things.',
    ),
  },
};
