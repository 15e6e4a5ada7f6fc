/** The divisor for one layer of 16 heads: √d_k, not √h, not √d_model, not d_k. */
import { texNumber } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { roots, split16 } from '../numbers.ts';

const n = (x: number) => texNumber(x, { decimals: 2 });
const { d_model, h, d_k } = split16;

export const exercise: StaticExercise = {
  id: 'scaling-which-divisor',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `一层多头注意力的 $d_{\\text{model}} = ${d_model}$，分成 $h = ${h}$ 个头，每个头的查询和键宽 $d_k = ${d_model}/${h} = ${d_k}$。每个头的分数要除以多少？`,
      `A multi-head attention layer has $d_{\\text{model}} = ${d_model}$ split into $h = ${h}$ heads, so the queries and keys of each head have $d_k = ${d_model}/${h} = ${d_k}$ components. What are each head's scores divided by?`,
    ),
    options: [
      {
        text: L(`除以 $\\sqrt{${d_k}} \\approx ${n(roots.dk)}$`, `Divide by $\\sqrt{${d_k}} \\approx ${n(roots.dk)}$`),
        correct: true,
        explanation: L(
          `对。一个头里的分数是 $${d_k}$ 项乘积之和，标准差约为 $\\sqrt{${d_k}}$（分量方差为 1 时），除数就是它。`,
          `Right. A score in one head adds up $${d_k}$ products, so its standard deviation is about $\\sqrt{${d_k}}$ (for unit-variance components), and that is the divisor.`,
        ),
      },
      {
        text: L(`除以 $\\sqrt{${h}} = ${texNumber(roots.h, { decimals: 0 })}$，头数的平方根`, `Divide by $\\sqrt{${h}} = ${texNumber(roots.h, { decimals: 0 })}$, the square root of the number of heads`),
        correct: false,
        explanation: L(
          `头数不进入任何一个点积。有些文章写“除以根号下头数”，是因为论文基础模型里 $\\sqrt{64} = 8$ 恰好等于头数；换成 ${h} 个头就露馅了。`,
          `The number of heads enters no dot product. Some write "divide by the square root of the number of heads" because in the paper's base model $\\sqrt{64} = 8$ happens to equal the number of heads; with ${h} heads the two part ways.`,
        ),
      },
      {
        text: L(`除以 $\\sqrt{${d_model}} \\approx ${n(roots.dModel)}$`, `Divide by $\\sqrt{${d_model}} \\approx ${n(roots.dModel)}$`),
        correct: false,
        explanation: L(
          `$d_{\\text{model}}$ 是整个模型的宽度，但每个头的查询和键只有 $${d_k}$ 维，点积只加 $${d_k}$ 项。除以 $\\sqrt{${d_model}}$ 会把分数压得太小，权重会变得过于平均。`,
          `$d_{\\text{model}}$ is the width of the whole model, but each head's queries and keys have only $${d_k}$ components, so a dot product adds only $${d_k}$ terms. Dividing by $\\sqrt{${d_model}}$ would shrink the scores too much and make the weights too even.`,
        ),
      },
      {
        text: L(`除以 $${d_k}$，也就是 $d_k$ 本身`, `Divide by $${d_k}$, $d_k$ itself`),
        correct: false,
        explanation: L(
          `方差是 $d_k$，要抵消的是标准差 $\\sqrt{d_k}$。除以 $d_k$ 会让分数的方差变成 $1/d_k$，越宽的头分数越扁。`,
          `The variance is $d_k$; what scaling undoes is the standard deviation, $\\sqrt{d_k}$. Dividing by $d_k$ would leave a variance of $1/d_k$, flatter for wider heads.`,
        ),
      },
    ],
    solution: L(
      `除数是 $\\sqrt{d_k}$，$d_k$ 是**一个头里**键的宽度：这里 $\\sqrt{${d_k}} \\approx ${n(roots.dk)}$。它和头数 $h$、模型宽度 $d_{\\text{model}}$ 都不是一回事。`,
      `The divisor is $\\sqrt{d_k}$, where $d_k$ is the width of the keys **in one head**: here $\\sqrt{${d_k}} \\approx ${n(roots.dk)}$. It is neither the number of heads $h$ nor the model width $d_{\\text{model}}$.`,
    ),
  },
};
