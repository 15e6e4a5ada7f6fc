/** model-pointer-weight in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, texFixed } from '../../text.ts';
import { draw } from './model-pointer-weight.ts';
import { d_k, pointer, quote, root, shown, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, raw, right, scaled, exps, sum, answer, mistakes } = draw(seed);
  const x = words(s, 'zh');
  const list = [x.A, x.B, x.adjective, x.pronoun].map((t, i) => `${t} ${fixed(raw[i]!, 1)}`).join('，');
  const target = right === 0 ? x.A : x.B;
  const P = `第 ${shown(pointer.layer)} 层 · 头 ${shown(pointer.head)}`;
  return {
    kind: 'numeric',
    prompt: `句子：${x.text}\n在指针头（${P}）里，代词“${x.pronoun}”的查询与各个键的点积 q·k（还没缩放）如下。为了能手算，这里只留下四个词元（真实的那一行覆盖整句）：\n${list}\n这个头的 $d_k = ${d_k}$。请算出“${x.pronoun}”分给${quote(target)}的注意力权重，保留 3 位小数。`,
    label: `$w(\\text{${target}})$ =`,
    answer,
    mistakes: withHints(mistakes, {
      unscaled: `这是没有缩放的结果：分数直接进了 softmax。先除以 $\\sqrt{d_k} = \\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$。`,
      byDk: `你把分数除以了 $d_k = ${d_k}$；应该除以它的平方根 $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$。`,
      rawScore: `${fixed(raw[right]!, 1)} 是${quote(target)}的分数，不是它的权重：还差 softmax 这一步。先除以 $\\sqrt{d_k}$，再取指数、除以总和。`,
      scaledScore: `这是${quote(target)}缩放后的分数，不是它的权重：还差 softmax 这一步。把四个缩放后的分数取指数，再除以它们的和。`,
      nounsOnly: 'softmax 只在两个名词之间做了归一化。代词那一行覆盖所有词元：形容词和代词自己也分走一份，分母里要有四项。',
    }),
    solution: `除以 $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$：${scaled.map((v) => fixed(v, 3)).join('，')}\n取指数：${exps.map((v) => fixed(v, 3)).join('，')}，和 ≈ ${fixed(sum, 3)}\n$w(\\text{${target}})$ = ${fixed(exps[right]!, 3)} / ${fixed(sum, 3)} ≈ **${fixed(answer, 3)}**\n权重大的名词就是模型的答案：${target}。`,
  };
};
