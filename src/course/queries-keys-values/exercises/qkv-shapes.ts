/** The shapes of cross-attention. */
import { type Matrix, matrix, scaledDotProductAttention } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

// Shapes for the multiple-choice question: a decoder of n_q tokens looking at n_k source tokens.
const n_q = 4, n_k = 6, d_k = 64;
const shapeQ = matrix(Array.from({ length: n_q }, () => Array<number>(d_k).fill(0)), 'Q');
const shapeK = matrix(Array.from({ length: n_k }, () => Array<number>(d_k).fill(0)), 'K');
const shapeV = shapeK;
const shapeRun = scaledDotProductAttention(shapeQ, shapeK, shapeV);
const shape = (M: Matrix) => `${M.rows} \\times ${M.cols}`;

export const exercise: StaticExercise = {
  id: 'qkv-shapes',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `交叉注意力：译文这边有 $n_q = ${n_q}$ 个词元提出查询，原文那边有 $n_k = ${n_k}$ 个词元提供键和值，$d_k = d_v = ${d_k}$。所以 $Q$ 是 $${shape(shapeQ)}$，$K$ 和 $V$ 都是 $${shape(shapeK)}$。下面哪些说法正确？（可多选）`,
      `Cross-attention: $n_q = ${n_q}$ tokens on the translation side ask queries, $n_k = ${n_k}$ tokens on the source side supply keys and values, and $d_k = d_v = ${d_k}$. So $Q$ is $${shape(shapeQ)}$ and $K$ and $V$ are both $${shape(shapeK)}$. Which statements are true? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(`分数矩阵 $QK^\\top$ 是 $${shape(shapeRun.scores)}$`, `The score matrix $QK^\\top$ is $${shape(shapeRun.scores)}$`),
        correct: true,
        explanation: L(
          `对。$(${shape(shapeQ)})(${d_k} \\times ${n_k})$：每个查询一行，每个键一列。`,
          `True. $(${shape(shapeQ)})(${d_k} \\times ${n_k})$: one row per query, one column per key.`,
        ),
      },
      {
        text: L(`注意力权重矩阵是 $${n_k} \\times ${n_q}$`, `The attention weight matrix is $${n_k} \\times ${n_q}$`),
        correct: false,
        explanation: L(
          `softmax 不改变形状，权重和分数一样是 $${shape(shapeRun.weights)}$（查询 × 键）。`,
          `Softmax keeps the shape: the weights are $${shape(shapeRun.weights)}$ (queries × keys), like the scores.`,
        ),
      },
      {
        text: L('权重矩阵的每一行之和都是 1', 'Every row of the weight matrix sums to 1'),
        correct: true,
        explanation: L(
          '对。每个查询在自己那一行里把注意力分给全部键；列的和没有这个约束。',
          'True. Each query shares out its attention over all keys along its row; columns carry no such constraint.',
        ),
      },
      {
        text: L(`输出 $Z = AV$ 是 $${shape(shapeRun.output)}$`, `The output $Z = AV$ is $${shape(shapeRun.output)}$`),
        correct: true,
        explanation: L(
          `对。$(${shape(shapeRun.weights)})(${shape(shapeV)})$：每个查询得到一个 $d_v$ 维的新向量，行数跟着查询走。`,
          `True. $(${shape(shapeRun.weights)})(${shape(shapeV)})$: every query gets one new $d_v$-dimensional vector, so the rows follow the queries.`,
        ),
      },
      {
        text: L('$Q$ 和 $K$ 必须有相同的行数', '$Q$ and $K$ must have the same number of rows'),
        correct: false,
        explanation: L(
          `不必。$Q$ 和 $K$ 要一样的是**列数** $d_k$（点积要求等长）；行数 ${n_q} 和 ${n_k} 可以不同，这正是交叉注意力的情形。`,
          `No. $Q$ and $K$ must agree in their **columns**, $d_k$ (a dot product needs equal lengths); their row counts, ${n_q} and ${n_k}, may differ, as they do here.`,
        ),
      },
      {
        text: L('$K$ 和 $V$ 必须有相同的行数', '$K$ and $V$ must have the same number of rows'),
        correct: true,
        explanation: L(
          '对。第 $j$ 个权重既属于键 $k_j$ 也属于值 $v_j$：每本书的书脊标签和内容得配对。',
          'True. The $j$-th weight belongs to the key $k_j$ and to the value $v_j$ alike: every book needs both its spine label and its contents.',
        ),
      },
    ],
    solution: L(
      `$QK^\\top$：$(${shape(shapeQ)})(${d_k} \\times ${n_k}) = ${shape(shapeRun.scores)}$；softmax 按行作用，形状不变，每行和为 1；$AV$：$(${shape(shapeRun.weights)})(${shape(shapeV)}) = ${shape(shapeRun.output)}$。$Q$、$K$ 共享列数 $d_k$，$K$、$V$ 共享行数 $n_k$。`,
      `$QK^\\top$: $(${shape(shapeQ)})(${d_k} \\times ${n_k}) = ${shape(shapeRun.scores)}$; the softmax works row by row and keeps the shape, each row summing to 1; $AV$: $(${shape(shapeRun.weights)})(${shape(shapeV)}) = ${shape(shapeRun.output)}$. $Q$ and $K$ share the width $d_k$; $K$ and $V$ share the row count $n_k$.`,
    ),
  },
};
