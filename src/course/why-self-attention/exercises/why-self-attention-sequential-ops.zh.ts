/** why-self-attention-sequential-ops in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub } from '../../text.ts';
import { draw } from './why-self-attention-sequential-ops.ts';

export const generate: Generate = (seed) => {
  const { n, d, k, answer, mistakes } = draw(seed);
  return {
    kind: 'matrix',
    name: 'S',
    prompt: `一句话有 **n = ${n}** 个词元，表示宽度 d = ${d}。按论文表 1，算完一层，至少需要多少个**必须依次完成**的顺序操作？\n把答案依次填进行向量 S，三个数分别对应自注意力、循环层和卷积层（卷积核宽 k = ${k}）。`,
    answer,
    mistakes: withHints(mistakes, {
      allSequential: '自注意力和卷积层并不需要一个位置接一个位置地算：所有位置用的都是已经在手的输入，可以同时算完。',
      pathLength: '这是表 1 里“最大路径长度”那一行（卷积层要叠约 log₃ n 层）。顺序操作数问的是一层之内有多少步必须排队。',
      oneFewer: `RNN 读 ${n} 个词，要更新 ${n} 次隐藏状态（h₁ 到 h${sub(n)}），每次都得等上一次。`,
    }),
    solution: `自注意力：${answer[0]![0]}。每个位置的输出只依赖本层的输入，所有位置一次算完，即 O(1)。\n循环层：${answer[0]![1]}。h₁, h₂, …, h${sub(n)} 一个等一个，即 O(n)。\n卷积层：${answer[0]![2]}。每个位置只看自己附近的 k 个输入，也可以同时算，即 O(1)。\n所以 S = [${answer[0]!.join(', ')}]。`,
  };
};
