/** What d_k is (and what it is not). */
import { texNumber } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

// The base model of the paper: d_model = 512, h = 8 heads, d_k = d_model / h = 64.
const paper = { d_model: 512, h: 8 };
const paperDk = paper.d_model / paper.h;
const paperRoot = Math.sqrt(paperDk);

export const exercise: StaticExercise = {
  id: 'qkv-what-is-dk',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L('在 $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})\\,V$ 中，$d_k$ 是什么？', 'In $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})\\,V$, what is $d_k$?'),
    options: [
      {
        text: L('键向量的维度，即 $K$ 的列数', 'The width of the keys: the number of columns of $K$'),
        correct: true,
        explanation: L(
          '对。点积 $q \\cdot k$ 是 $d_k$ 项乘积之和，项越多，分数的波动越大；除以 $\\sqrt{d_k}$ 正是为了抵消这一点。',
          'Right. The dot product $q \\cdot k$ adds up $d_k$ products, and the more terms, the wider the scores spread; dividing by $\\sqrt{d_k}$ undoes exactly that.',
        ),
      },
      {
        text: L('注意力头的个数', 'The number of attention heads'),
        correct: false,
        explanation: L(
          `这是一些教程里的错误说法。论文的基础模型有 $h = ${paper.h}$ 个头、每个头 $d_k = ${paperDk}$，恰好 $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$ 等于头数，容易让人误会；但缩放看的是每个头里键的宽度，和头数无关。`,
          `A mistake some sources make. The paper's base model has $h = ${paper.h}$ heads with $d_k = ${paperDk}$ each, and $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$ happens to equal the number of heads, which invites the confusion; but the scaling is about the width of the keys in one head, not about how many heads there are.`,
        ),
      },
      {
        text: L('序列长度 $n$（键的个数）', 'The sequence length $n$ (the number of keys)'),
        correct: false,
        explanation: L(
          '键的个数是 $K$ 的行数，它决定 softmax 要分给多少个词，但不影响单个点积有多大。',
          'The number of keys is the number of rows of $K$. It decides how many words the softmax shares attention among, not how large a single dot product gets.',
        ),
      },
      {
        text: L('模型维度 $d_{\\text{model}}$，也就是输入 $X$ 的列数', 'The model width $d_{\\text{model}}$, the number of columns of the input $X$'),
        correct: false,
        explanation: L(
          `$d_{\\text{model}}$ 是输入 $X$ 的列数。投影 $W_K$ 把它变成 $d_k$ 维；论文中 $d_{\\text{model}} = ${paper.d_model}$，而 $d_k = ${paperDk}$。只有单头且不降维时两者才相等。`,
          `$d_{\\text{model}}$ is the width of the input $X$; the projection $W_K$ maps it to $d_k$ dimensions. In the paper $d_{\\text{model}} = ${paper.d_model}$ while $d_k = ${paperDk}$. They coincide only for a single head that keeps the full width.`,
        ),
      },
      {
        text: L('值向量的维度 $d_v$', 'The width of the value vectors, $d_v$'),
        correct: false,
        explanation: L(
          '值向量不参与点积，它只在最后被加权求和；$d_v$ 可以和 $d_k$ 不同。',
          'Values take no part in the dot products; they are only averaged at the end, and $d_v$ may differ from $d_k$.',
        ),
      },
    ],
    solution: L(
      `$d_k$ 是键（和查询）的宽度。分数 $q\\cdot k = \\sum_{m=1}^{d_k} q_m k_m$ 有 $d_k$ 项，所以要除以 $\\sqrt{d_k}$。论文基础模型里 $d_k = ${paper.d_model}/${paper.h} = ${paperDk}$，除数是 $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$。`,
      `$d_k$ is the width of the keys (and queries). The score $q\\cdot k = \\sum_{m=1}^{d_k} q_m k_m$ has $d_k$ terms, hence the division by $\\sqrt{d_k}$. In the paper's base model $d_k = ${paper.d_model}/${paper.h} = ${paperDk}$, so the divisor is $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$.`,
    ),
  },
};
