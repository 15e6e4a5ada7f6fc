/**
 * Chapter 3, "Scaling: why divide by √d_k": its exercises in order. Every number is computed by
 * the kernel; a parametric exercise is a draw module (<id>.ts) and one text module per language.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import * as varianceZh from './scaling-variance.zh.ts';
import * as varianceEn from './scaling-variance.en.ts';
import * as weightZh from './scaling-weight.zh.ts';
import * as weightEn from './scaling-weight.en.ts';
import { exercise as saturatedGradient } from './scaling-saturated-gradient.ts';
import { exercise as jacobianEntry } from './scaling-jacobian-entry.ts';
import { exercise as whichDivisor } from './scaling-which-divisor.ts';
import { exercise as argument } from './scaling-argument.ts';
import { exercise as chain } from './scaling-chain.ts';

export const exercises: readonly Exercise[] = [
  parametric('scaling-variance', { zh: varianceZh.generate, en: varianceEn.generate }),
  jacobianEntry,
  saturatedGradient,
  chain,
  whichDivisor,
  parametric('scaling-weight', { zh: weightZh.generate, en: weightEn.generate }),
  argument,
];
