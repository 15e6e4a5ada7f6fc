/** The parameters of W_Q, W_K, W_V and W_O in the paper's base model, without biases. */
import { L, big } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { paper, projectionParameters } from '../numbers.ts';

const p = projectionParameters(paper.d_model, paper.h);

export const exercise: StaticExercise = {
  id: 'mh-parameters',
  parametric: false,
  question: {
    kind: 'numeric',
    prompt: L(
      `论文基础模型的一层多头注意力：$d_{\\text{model}} = ${paper.d_model}$，$h = ${paper.h}$ 个头，$d_k = d_v = ${paper.d_k}$。不算偏置，$W_Q$、$W_K$、$W_V$（所有头合起来）和 $W_O$ 一共有多少个参数？`,
      `One multi-head attention layer of the paper's base model: $d_{\\text{model}} = ${paper.d_model}$, $h = ${paper.h}$ heads, $d_k = d_v = ${paper.d_k}$. Without biases, how many parameters do $W_Q$, $W_K$, $W_V$ (all heads together) and $W_O$ have?`,
    ),
    label: L('参数个数 =', 'Parameters ='),
    answer: p.total,
    mistakes: [
      {
        value: p.qkv,
        hint: L('这是 $W_Q$、$W_K$、$W_V$ 的参数，还差输出投影 $W_O$（$' + `${paper.h * paper.d_k} \\times ${paper.d_model}` + '$）。', 'That counts $W_Q$, $W_K$ and $W_V$; the output projection $W_O$ (' + `$${paper.h * paper.d_k} \\times ${paper.d_model}$` + ') is missing.'),
      },
      {
        value: 3 * p.perHead + paper.d_k * paper.d_model,
        hint: L('这只是**一个**头的 $W_Q^h$、$W_K^h$、$W_V^h$ 加上 $W_O$ 的一块。一共有 ' + `${paper.h}` + ' 个头。', 'That is **one** head\'s $W_Q^h$, $W_K^h$, $W_V^h$ plus one block of $W_O$. There are ' + `${paper.h}` + ' heads.'),
      },
      {
        value: paper.h * 4 * paper.d_model ** 2,
        hint: L('你给每个头都用了全宽的 $' + `${paper.d_model} \\times ${paper.d_model}` + '$ 矩阵。每个头的投影只有 $d_k = ' + `${paper.d_k}` + '$ 列。', 'You gave every head full-width $' + `${paper.d_model} \\times ${paper.d_model}` + '$ matrices. Each head\'s projection has only $d_k = ' + `${paper.d_k}` + '$ columns.'),
      },
    ],
    solution: L(
      `每个头的 $W_Q^h$ 是 $${paper.d_model} \\times ${paper.d_k}$，${paper.h} 个头合起来是 $${paper.d_model} \\times ${paper.d_model}$，即 ${big(p.qkv / 3)} 个；$W_K$、$W_V$ 同样。$W_O$ 是 $${paper.h * paper.d_k} \\times ${paper.d_model}$，也是 ${big(p.out)} 个。合计 $4 \\cdot ${paper.d_model}^2 = ${big(p.total).replace(/,/g, '{,}')}$。`,
      `Each head's $W_Q^h$ is $${paper.d_model} \\times ${paper.d_k}$; the ${paper.h} heads together make $${paper.d_model} \\times ${paper.d_model}$, that is ${big(p.qkv / 3)}; the same for $W_K$ and $W_V$. $W_O$ is $${paper.h * paper.d_k} \\times ${paper.d_model}$, another ${big(p.out)}. In all $4 \\cdot ${paper.d_model}^2 = ${big(p.total).replace(/,/g, '{,}')}$.`,
    ),
  },
};
