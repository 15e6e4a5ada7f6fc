/** pe-offset in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, sub, vec } from '../../text.ts';
import { TOLERANCE, draw } from './pe-offset.ts';

export const generate: Generate = (seed) => {
  const { q, k, m0, n0, m, n, shift, shifted, given, answer, mistakes, rotatedQ, rotatedK } = draw(seed);
  const int = (x: number) => fixed(x, 0);
  const score = `q${sub(m)}·k${sub(n)}`;
  const ask = shifted
    ? `现在这两个词元一起往后挪了 ${shift} 个位置：q 在位置 ${m}，k 在位置 ${n}。`
    : `现在 q 在位置 ${m}，k 在位置 ${n}。`;
  return {
    kind: 'numeric',
    prompt: `旋转位置编码（RoPE）在二维里看得最清楚：放在位置 p 的向量逆时针转 p 弧度（每个位置 θ = 1 弧度）；(x, y) 转过角度 α 后是 (x cos α − y sin α, x sin α + y cos α)。\n查询 q = ${vec(q, 0)}，键 k = ${vec(k, 0)}。q 在位置 ${m0}、k 在位置 ${n0} 时，两者各自转好之后的点积是 q${sub(m0)}·k${sub(n0)} = ${fixed(given, 3)}。\n${ask}点积 **${score}** 是多少？保留 2 位小数。`,
    label: `${score} =`,
    answer,
    ...TOLERANCE,
    mistakes: withHints(mistakes, {
      sameScore: `这是原来那个分数。RoPE 的分数只看相对距离 n − m：原来是 ${int(n0 - m0)}，现在是 ${int(n - m)}。距离变了，分数就要重算；只有两个位置一起平移、距离不变时，分数才不变。`,
      sum: `你让 k 相对 q 转了 m + n = ${m + n} 弧度。q 转 m、k 转 n 之后，两者之间的夹角只变了它们的**差** n − m = ${int(n - m)}，不是和。`,
      onlyQ: `你只转了 q，k 没有转。RoPE 对查询和键都要旋转：q 按自己的位置转 ${m} 弧度，k 按自己的位置转 ${n} 弧度。`,
      swapped: `你把两个位置对调了，算成了 q 在位置 ${n}、k 在位置 ${m}，相对距离的符号也就反了。题目里 q 在 ${m}，k 在 ${n}。`,
      degrees: `这几乎等于没转：你大概是按每个位置 1° 转的（计算器在角度模式）。θ = 1 指 1 弧度，约 ${fixed(180 / Math.PI, 1)}°。`,
      unrotated: `这是没有旋转的 q·k。RoPE 要先把 q 转 ${m} 弧度、k 转 ${n} 弧度，再做点积。`,
    }),
    solution: [
      `q 转 ${m} 弧度：${vec(rotatedQ, 3)}；k 转 ${n} 弧度：${vec(rotatedK, 3)}。`,
      `点积：${spelledDot(rotatedQ, rotatedK, 3)} ≈ **${fixed(answer, 2)}**。`,
      shifted
        ? `其实不用算：两个位置都加了 ${shift}，差 n − m 还是 ${int(n - m)}，转好之后两个向量的夹角不变，点积也不变，就是原来的 ${fixed(given, 3)}。RoPE 的分数只取决于相对距离。`
        : `捷径：分数只取决于 n − m = ${int(n - m)}。q 不动、只把 k 转 ${int(n - m)} 弧度，再做点积，得到的是同一个数。原来的距离是 ${int(n0 - m0)}，距离变了，分数也跟着变。`,
    ].join('\n'),
  };
};
