/**
 * Chapter 5, "Positional encoding": its exercises in order. Every number is computed by the
 * kernel; a parametric exercise is a draw module (<id>.ts) and one text module per language.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import * as valueZh from './pe-value.zh.ts';
import * as valueEn from './pe-value.en.ts';
import * as offsetZh from './pe-offset.zh.ts';
import * as offsetEn from './pe-offset.en.ts';
import { exercise as swap } from './pe-swap.ts';
import { exercise as pooled } from './pe-pooled.ts';
import { exercise as constant } from './pe-constant.ts';
import { exercise as where } from './pe-where.ts';
import { exercise as whichModel } from './pe-which-model.ts';

export const exercises: readonly Exercise[] = [
  swap,
  pooled,
  constant,
  where,
  parametric('pe-value', { zh: valueZh.generate, en: valueEn.generate }),
  parametric('pe-offset', { zh: offsetZh.generate, en: offsetEn.generate }),
  whichModel,
];
