/** model-flip-rows in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, texFixed } from '../../text.ts';
import { draw } from './model-flip-rows.ts';
import { type Words, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, flipped, S, answer: W, mistakes } = draw(seed);
  const x1 = words(s, 'zh'), x2 = words(s, 'zh', flipped);
  const scoreLine = (x: Words, r: number[]) => `${x.text}  →  ${x.A} ${fixed(r[0]!, 1)}，${x.B} ${fixed(r[1]!, 1)}`;
  return {
    kind: 'matrix',
    name: 'W',
    prompt: `一对“翻转句”，只差最后的形容词：\n${scoreLine(x1, S[0]!)}\n${scoreLine(x2, S[1]!)}\n箭头后面是指针头里代词“${x1.pronoun}”对两个名词的**缩放后**分数（其余词元的分数低得可以忽略）。填出权重矩阵 W：第 1 行是第一句，第 2 行是第二句；两列依次是“${x1.A}”“${x1.B}”。每格保留 2 位小数。`,
    answer: W,
    columns: [x1.A, x1.B],
    absolute: 0.006,
    mistakes: withHints(mistakes, {
      byColumn: '你是沿着**列**做的 softmax，把两句话里同一个名词放在一起比。每句话的代词只在**自己那一行**里分配注意力：每行之和为 1。',
      noSoftmax: '这是缩放后的分数本身，不是权重：还差 softmax 这一步。把每一行的两个分数取指数，再除以它们的和，这样每一行加起来才是 1。',
      noExponent: '你直接用分数除以这一行的分数之和，忘了先取指数。softmax 是 $e^{s_j} / \\sum_k e^{s_k}$。',
    }),
    solution: `每一行单独做 softmax：\n第 1 行：$e^{${texFixed(S[0]![0]!, 1)}} / (e^{${texFixed(S[0]![0]!, 1)}} + e^{${texFixed(S[0]![1]!, 1)}}) \\approx ${texFixed(W[0]![0]!, 2)}$，另一格 ≈ ${fixed(W[0]![1]!, 2)}\n第 2 行：≈ ${fixed(W[1]![0]!, 2)} 和 ${fixed(W[1]![1]!, 2)}\n换一个形容词，权重大的那一格就从一列跳到另一列：答案翻转了。`,
  };
};
