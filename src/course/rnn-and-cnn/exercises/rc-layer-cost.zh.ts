/** rc-layer-cost in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { big, sig } from '../../text.ts';
import { draw } from './rc-layer-cost.ts';

export const generate: Generate = (seed) => {
  const { document, n, d, attention, recurrent, answer, cheaper, factor, mistakes } = draw(seed);
  const what = `${document ? '一篇**长文档**' : '一个**句子**'}，共 **n = ${big(n)}** 个词元`;
  const verdict = cheaper === 'attention'
    ? `比值大于 1，说明句子比模型的宽度短（n < d），自注意力这一层更省：循环层的运算量是它的 ${sig(factor, 3)} 倍。`
    : `比值小于 1，说明文档比模型的宽度长（n > d），循环层反而更省：自注意力的运算量是它的 ${sig(factor, 3)} 倍（n ÷ d）。`;
  return {
    kind: 'numeric',
    prompt: `一个宽度 **d = ${d}** 的模型读${what}。像论文表 1 那样数每层的运算量（省略常数因子），一层循环层的运算量是一层自注意力的多少倍？\n请填“循环层 ÷ 自注意力”，保留 3 位有效数字；大于 1 说明自注意力更省。`,
    label: '循环层 ÷ 自注意力 =',
    answer,
    mistakes: withHints(mistakes, {
      swapped: '除反了，两种层的运算量对调了。带 n² 的是自注意力：每一对位置都要做一次长度为 d 的点积，共 n²·d。循环层每一步用 d × d 的矩阵乘一次宽 d 的隐藏状态，n 步共 n·d²。',
      squared: '多了一个平方：n·d² ÷ (n²·d) 约分后是 d ÷ n，不是 (d ÷ n)²。',
      attentionNoD: '你把自注意力算成了 n²，每对位置一次运算。可每对位置要做一次长度为 d 的点积，整层是 n²·d。',
      recurrentNd: '你把循环层算成了 n·d。n 步里的每一步，宽 d 的隐藏状态都要乘一个 d × d 的矩阵，每步 d² 次运算，一共 n·d²。',
    }),
    solution: `自注意力：n²·d = ${big(n)}² × ${d} = ${big(attention)}。\n循环层：n·d² = ${big(n)} × ${d}² = ${big(recurrent)}。\n约掉一个 n 和一个 d：n·d² ÷ (n²·d) = d ÷ n = ${d} ÷ ${big(n)} = **${sig(answer, 3)}**。\n${verdict}`,
  };
};
