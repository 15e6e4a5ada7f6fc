/** pe-value in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed } from '../../text.ts';
import { TOLERANCE, draw } from './pe-value.ts';

export const generate: Generate = (seed) => {
  const { d, i, j, pos, divisor, angle, answer, mistakes } = draw(seed);
  const odd = j % 2 === 1;
  const fn = odd ? 'cos' : 'sin';
  const div = fixed(divisor, 0);
  const a = fixed(angle, Math.round(Math.log10(divisor))); // pos/10 or pos/100, exactly
  return {
    kind: 'numeric',
    prompt: `正弦位置编码（Vaswani 等，2017）：\n$\\mathrm{PE}(pos, 2i) = \\sin(pos / 10000^{2i/d})$\n$\\mathrm{PE}(pos, 2i+1) = \\cos(pos / 10000^{2i/d})$\n其中 d 是模型宽度，位置 pos 和维度编号都从 0 数起。\n设 d = ${d}。位置 pos = ${pos} 的编码向量中，第 j = ${j} 维 **PE(${pos}, ${j})** 是多少？保留 3 位小数。`,
    label: `PE(${pos}, ${j}) =`,
    answer,
    ...TOLERANCE,
    mistakes: withHints(mistakes, {
      degrees: `你的计算器处在角度模式（DEG），把 ${a} 当成了 ${a}°。公式里的角度是**弧度**：切换到弧度模式（RAD），再算 ${fn}(${a})。`,
      swapped: `你把 sin 和 cos 用反了。偶数维 j = 2i 用 sin，奇数维 j = 2i + 1 用 cos；这里 j = ${j} 是${odd ? '奇' : '偶'}数，该用 ${fn}。`,
      halfExponent: `指数写成了 i/d = ${i}/${d}。公式里是 2i/d：同一对维度的编号是 2i 和 2i + 1，指数里用的是 2i = ${2 * i}，所以是 ${2 * i}/${d}。`,
      oddExponent: `你把维度编号 j = ${j} 直接放进了指数。奇数维和它前面的偶数维共用一个频率：j = 2i + 1 = ${j}，所以 2i = ${2 * i}，指数是 ${2 * i}/${d}，不是 ${j}/${d}。`,
      noDivision: `你算的是 ${fn}(${pos})，忘了先除以 $10000^{2i/d}$。只有第 0、1 维的除数是 1；第 ${j} 维要先除以 ${div}，角度是 ${a}。`,
    }),
    solution: `j = ${j} 是${odd ? '奇' : '偶'}数：j = 2i${odd ? ' + 1' : ''}，i = ${i}，用 ${fn}。\n指数 2i/d = ${2 * i}/${d}，除数 $10000^{${2 * i}/${d}} = ${div}$。\n角度 = ${pos} / ${div} = ${a}（弧度）。\nPE(${pos}, ${j}) = ${fn}(${a}) ≈ **${fixed(answer, 3)}**。`,
  };
};
