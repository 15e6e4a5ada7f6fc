/** model-score-gap in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, texFixed } from '../../text.ts';
import { draw } from './model-score-gap.ts';
import { d_k, quote, root, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, wRight, wOther, gapScaled, back, answer, mistakes } = draw(seed);
  const x = words(s, 'zh');
  const [right, other] = s.side === 'A' ? [x.A, x.B] : [x.B, x.A];
  return {
    kind: 'numeric',
    prompt: `句子：${x.text}\n指针头里，代词“${x.pronoun}”那一行几乎全部落在两个名词上：${right} ${fixed(wRight, 2)}，${other} ${fixed(wOther, 2)}。$d_k = ${d_k}$。\n“${x.pronoun}”的查询与${quote(right)}的键的点积，比与${quote(other)}的键的点积大多少？（q·k 还没缩放，保留 2 位小数。）`,
    label: 'q·k₁ − q·k₂ =',
    answer,
    mistakes: withHints(mistakes, {
      afterScaling: `${fixed(gapScaled, 3)} 是缩放**之后**两个分数的差。题目问的是没缩放的 q·k，要再乘以 $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$。`,
      timesDk: `你乘的是 $d_k = ${d_k}$；缩放除以的是 $\\sqrt{d_k}$，所以要乘回 $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$。`,
      ratio: `${fixed(wRight, 2)} / ${fixed(wOther, 2)} 是两个权重的比值。softmax 里分数在指数上：权重之比 $w_1 / w_2 = e^{s_1 - s_2}$，所以要先取对数。`,
      weightGap: '权重之差不是分数之差。softmax 只看分数的差，而权重之比等于 e 的（分数之差）次方。',
    }),
    solution: `softmax 里，两个权重之比等于 $e$ 的（缩放后分数之差）次方：$w_1 / w_2 = e^{\\tilde s_1 - \\tilde s_2}$。\n缩放后的差 $= \\ln(${texFixed(wRight, 2)} / ${texFixed(wOther, 2)}) \\approx ${texFixed(gapScaled, 3)}$\n缩放前的差 $= ${texFixed(gapScaled, 3)} \\times \\sqrt{${d_k}} \\approx ${texFixed(gapScaled, 3)} \\times ${texFixed(root, 3)} \\approx$ **${fixed(answer, 2)}**\n核对：$\\mathrm{softmax}([${texFixed(gapScaled, 3)}, 0]) = [${texFixed(back[0]!, 2)}, ${texFixed(back[1]!, 2)}]$。`,
  };
};
