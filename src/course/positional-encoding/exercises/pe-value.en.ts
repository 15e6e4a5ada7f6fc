/** pe-value in English. */
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
    prompt: `The sinusoidal positional encoding (Vaswani et al., 2017):\n$\\mathrm{PE}(pos, 2i) = \\sin(pos / 10000^{2i/d})$\n$\\mathrm{PE}(pos, 2i+1) = \\cos(pos / 10000^{2i/d})$\nwhere d is the model width, and both the position pos and the dimension index count from 0.\nTake d = ${d}. In the encoding of position pos = ${pos}, what is dimension j = ${j}, **PE(${pos}, ${j})**? Three decimals.`,
    label: `PE(${pos}, ${j}) =`,
    answer,
    ...TOLERANCE,
    mistakes: withHints(mistakes, {
      degrees: `Your calculator is in degree mode (DEG): it read ${a} as ${a}°. The angle in the formula is in **radians**: switch to RAD and work out ${fn}(${a}) again.`,
      swapped: `You swapped sin and cos. Even dimensions j = 2i take sin, odd ones j = 2i + 1 take cos; j = ${j} is ${odd ? 'odd' : 'even'}, so it is ${fn}.`,
      halfExponent: `You used i/d = ${i}/${d} as the exponent. The formula has 2i/d: a pair of dimensions is numbered 2i and 2i + 1, and the exponent uses 2i = ${2 * i}, so it is ${2 * i}/${d}.`,
      oddExponent: `You put the dimension index j = ${j} straight into the exponent. An odd dimension shares its frequency with the even one before it: j = 2i + 1 = ${j}, so 2i = ${2 * i} and the exponent is ${2 * i}/${d}, not ${j}/${d}.`,
      noDivision: `That is ${fn}(${pos}): you forgot to divide by $10000^{2i/d}$ first. Only dimensions 0 and 1 have a divisor of 1; dimension ${j} divides by ${div}, so the angle is ${a}.`,
    }),
    solution: `j = ${j} is ${odd ? 'odd' : 'even'}: j = 2i${odd ? ' + 1' : ''} with i = ${i}, so it is ${fn}.\nExponent 2i/d = ${2 * i}/${d}, divisor $10000^{${2 * i}/${d}} = ${div}$.\nAngle = ${pos} / ${div} = ${a} (radians).\nPE(${pos}, ${j}) = ${fn}(${a}) ≈ **${fixed(answer, 3)}**.`,
  };
};
