/**
 * Chapter 4, "Multi-head attention": its exercises in order. Every number is computed by the
 * kernel or read from the trained model's card; a parametric exercise is a draw module (<id>.ts)
 * and one text module per language.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import * as headWidthZh from './mh-head-width.zh.ts';
import * as headWidthEn from './mh-head-width.en.ts';
import * as headOutputZh from './mh-head-output.zh.ts';
import * as headOutputEn from './mh-head-output.en.ts';
import { exercise as order } from './mh-order.ts';
import { exercise as shapes } from './mh-shapes.ts';
import { exercise as parameters } from './mh-parameters.ts';
import { exercise as doubleHeads } from './mh-double-heads.ts';
import { exercise as realHeads } from './mh-real-heads.ts';

export const exercises: readonly Exercise[] = [
  parametric('mh-head-width', { zh: headWidthZh.generate, en: headWidthEn.generate }),
  order,
  shapes,
  parameters,
  doubleHeads,
  parametric('mh-head-output', { zh: headOutputZh.generate, en: headOutputEn.generate }),
  realHeads,
];
