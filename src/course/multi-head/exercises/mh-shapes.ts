/** The shapes around W_O for a sentence of n tokens in the paper's base model. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { paper } from '../numbers.ts';

const n = 10;
const { d_model, h, d_k } = paper;
const shape = (r: number | string, c: number | string) => `$${r} \\times ${c}$`;

export const exercise: StaticExercise = {
  id: 'mh-shapes',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `一句 ${n} 个词元的话进入论文基础模型的一层多头注意力（$d_{\\text{model}} = ${d_model}$，$h = ${h}$，$d_k = d_v = ${d_k}$）。下面哪些形状是对的？（可多选）`,
      `A sentence of ${n} tokens goes through one multi-head attention layer of the paper's base model ($d_{\\text{model}} = ${d_model}$, $h = ${h}$, $d_k = d_v = ${d_k}$). Which of these shapes are right? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(`每个头的输出 $\\text{head}_h$ 是 ${shape(n, d_k)}`, `Each head's output $\\text{head}_h$ is ${shape(n, d_k)}`),
        correct: true,
        explanation: L(`对：每个词元一行，每行是 $d_v = ${d_k}$ 维的加权平均。`, `True: one row per token, each a weighted average of width $d_v = ${d_k}$.`),
      },
      {
        text: L(`$\\text{Concat}(\\text{head}_1, \\dots, \\text{head}_${h})$ 是 ${shape(n, d_model)}`, `$\\text{Concat}(\\text{head}_1, \\dots, \\text{head}_${h})$ is ${shape(n, d_model)}`),
        correct: true,
        explanation: L(`对：${h} 个 ${shape(n, d_k)} 左右拼起来，$${h} \\times ${d_k} = ${d_model}$ 列。`, `True: ${h} blocks of ${shape(n, d_k)} side by side, $${h} \\times ${d_k} = ${d_model}$ columns.`),
      },
      {
        text: L(`$W_O$ 是 ${shape(d_model, d_model)}`, `$W_O$ is ${shape(d_model, d_model)}`),
        correct: true,
        explanation: L(`对：它把 $h \\cdot d_v = ${d_model}$ 维的拼接结果投回 $d_{\\text{model}} = ${d_model}$ 维。`, `True: it maps the concatenation, $h \\cdot d_v = ${d_model}$ wide, back to $d_{\\text{model}} = ${d_model}$.`),
      },
      {
        text: L(`拼接是上下摞起来的，得到 ${shape(`${h * n}`, d_k)}`, `The heads are stacked on top of each other, giving ${shape(`${h * n}`, d_k)}`),
        correct: false,
        explanation: L('拼接是沿特征方向（列）左右拼，每个词元仍然只占一行：第 $i$ 行是词元 $i$ 在所有头里的输出连在一起。', 'The heads are joined along the features (columns), so each token keeps one row: row $i$ is token $i$\'s outputs from all heads, side by side.'),
      },
      {
        text: L(`每个头的注意力权重矩阵是 ${shape(d_k, d_k)}`, `Each head's attention weight matrix is ${shape(d_k, d_k)}`),
        correct: false,
        explanation: L(`权重是词元对词元的：${shape(n, n)}。$d_k$ 只出现在点积里面，不在权重矩阵的形状里。`, `The weights are token against token: ${shape(n, n)}. $d_k$ lives inside the dot products, not in the shape of the weights.`),
      },
    ],
    solution: L(
      `$\\text{head}_h$：${shape(n, d_k)}；权重：${shape(n, n)}；$\\text{Concat}$：${shape(n, d_model)}；$W_O$：${shape(d_model, d_model)}；输出：${shape(n, d_model)}，和输入一样，所以可以加回残差。`,
      `$\\text{head}_h$: ${shape(n, d_k)}; weights: ${shape(n, n)}; $\\text{Concat}$: ${shape(n, d_model)}; $W_O$: ${shape(d_model, d_model)}; output: ${shape(n, d_model)}, the same as the input, so it can be added back in the residual.`,
    ),
  },
};
