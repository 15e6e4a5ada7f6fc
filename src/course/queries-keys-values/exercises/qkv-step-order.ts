/** The steps of self-attention, from input to output, in order. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'qkv-step-order',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L('把自注意力从输入到输出的计算步骤排成正确的顺序。', 'Put the steps of self-attention, from input to output, in the right order.'),
    items: [
      L('投影：用 $W_Q, W_K, W_V$ 把输入 $X$ 变成 $Q, K, V$', 'Project: turn the input $X$ into $Q, K, V$ with $W_Q, W_K, W_V$'),
      L('打分：查询 $q_i$ 与每个键 $k_j$ 做点积', 'Score: take the dot product of the query $q_i$ with every key $k_j$'),
      L('缩放：分数除以 $\\sqrt{d_k}$', 'Scale: divide the scores by $\\sqrt{d_k}$'),
      L('softmax：把一行分数变成和为 1 的注意力权重', 'Softmax: turn a row of scores into attention weights that sum to 1'),
      L('加权求和：用权重混合值向量 $v_j$', 'Weighted sum: blend the value vectors $v_j$ with the weights'),
    ],
    solution: L(
      '先有 $Q, K, V$ 才能打分；缩放作用在分数上，必须在 softmax 之前（softmax 之后再除，权重的和就不再是 1）；softmax 给出权重，最后才能用权重去加权值向量：$z_i = \\sum_j w_{ij} v_j$。',
      'Scores need $Q$ and $K$ first; scaling acts on the scores and must come before the softmax (dividing afterwards would break the weights\' sum of 1); the softmax gives the weights, and only then can they weight the values: $z_i = \\sum_j w_{ij} v_j$.',
    ),
  },
};
