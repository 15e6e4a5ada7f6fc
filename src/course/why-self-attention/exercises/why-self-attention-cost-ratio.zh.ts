/** why-self-attention-cost-ratio in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { big, sig } from '../../text.ts';
import { draw } from './why-self-attention-cost-ratio.ts';

export const generate: Generate = (seed) => {
  const { n, d, sa, rec, answer, mistakes } = draw(seed);
  const verdict = answer < 1
    ? `比值小于 1：n = ${n} 比 d = ${d} 小，这时自注意力反而更省。`
    : `比值大于 1：n = ${n} 比 d = ${d} 大，序列一长，自注意力的 n² 就成了负担。`;
  return {
    kind: 'numeric',
    prompt: `按论文表 1，一层自注意力大约要 n²·d 次运算，一层循环网络大约要 n·d² 次。取序列长度 **n = ${n}**、表示宽度 **d = ${d}**：自注意力的运算量是循环层的多少倍？\n请填“自注意力 ÷ 循环层”的值，保留 3 位有效数字。`,
    label: '自注意力 ÷ 循环层 =',
    answer,
    mistakes: withHints(mistakes, {
      upsideDown: '除反了：题目问的是“自注意力 ÷ 循环层”。',
      squared: '多了一个平方。n²·d ÷ (n·d²) 约分后只剩 n ÷ d。',
      recurrentIsNd: '循环层是 n·d²，不是 n·d：每一步都要用 d × d 的矩阵乘一次隐藏状态。',
    }),
    solution: `自注意力：n²·d = ${n}² × ${d} = ${big(sa)}。\n循环层：n·d² = ${n} × ${d}² = ${big(rec)}。\n两者相除，n 和 d 各约掉一个：n²·d ÷ (n·d²) = n ÷ d = ${n} ÷ ${d} = ${sig(answer, 3)}。\n${verdict}`,
  };
};
