/** why-self-attention-signal-fades in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, sig, sup } from '../../text.ts';
import { draw } from './why-self-attention-signal-fades.ts';

export const generate: Generate = (seed) => {
  const { g, i, j, steps, answer, mistakes } = draw(seed);
  const G = fixed(g, 2);
  return {
    kind: 'numeric',
    prompt: `设想一个 RNN：信息每经过一次隐藏状态的更新，强度就乘以 **g = ${G}**。一个信号从第 **${i}** 个词出发，要传到第 **${j}** 个词。到达时，它还剩原来的多少？\n请填一个小数，保留 3 位有效数字（例如 0.123）。`,
    label: '剩下的比例 =',
    answer,
    mistakes: withHints(mistakes, {
      times: `你算的是 g × ${steps}。信号每一步都在“上一步剩下的”基础上再打一次折，应该是 ${steps} 个 g 连乘：g${sup(steps)}。`,
      oneTooMany: `多算了一步。从第 ${i} 个词到第 ${j} 个词是 ${j} − ${i} = ${steps} 步；${steps + 1} 是这一段里词的个数，不是步数。`,
      oneTooFew: `少算了一步。只数夹在中间的词会漏掉一步：从第 ${i} 个词到第 ${j} 个词是 ${steps} 步。`,
      linear: '你每一步都减去同样多的 (1 − g)，那是线性衰减。实际上每一步是“乘以 g”，按比例打折，衰减是指数式的。',
    }),
    solution: `从第 ${i} 个词到第 ${j} 个词要更新 ${j} − ${i} = ${steps} 次隐藏状态，每次乘以 ${G}，所以\n${G}${sup(steps)} = ${sig(answer, 3)}。\n走了 ${steps} 步，信号剩下原来的 ${sig(answer, 3)}。换成自注意力，这两个词之间只有 1 步。`,
  };
};
