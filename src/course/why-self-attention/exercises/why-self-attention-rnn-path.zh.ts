/** why-self-attention-rnn-path in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub } from '../../text.ts';
import { draw } from './why-self-attention-rnn-path.ts';

export const generate: Generate = (seed) => {
  const { i, j, n, answer, mistakes } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `一句话有 **${n}** 个词。RNN 从左往右读，每读一个词就更新一次隐藏状态。第 **${i}** 个词的信息，至少要经过几次更新才能到达第 **${j}** 个词的隐藏状态？（也就是 RNN 中这两个位置之间的路径长度。）`,
    label: '路径长度 =',
    answer,
    mistakes: withHints(mistakes, {
      countedWords: `你数的是从第 ${i} 个到第 ${j} 个一共有几个词（${answer + 1} 个）。步数比词数少 1：每一步连接相邻的两个词。`,
      onlyBetween: `你只数了夹在中间的词。从第 ${j - 1} 个词到第 ${j} 个词还要再走一步。`,
      attention: '1 步是自注意力的路径长度：任意两个词直接相连。RNN 只能一步一步往后传。',
      sentence: `${n} 是整句的长度，对应论文表 1 里“最大路径长度 O(n)”那一格；这里问的是这两个具体位置之间的距离。`,
    }),
    solution: `第 ${i} 个词的信息先进入 h${sub(i)}，之后每读一个词更新一次：h${sub(i)} → h${sub(i + 1)} → … → h${sub(j)}，一共 ${j} − ${i} = ${answer} 步。\n在自注意力里，这两个位置之间只有 1 步。`,
  };
};
