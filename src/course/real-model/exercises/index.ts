/**
 * Chapter 3, "The real model": its exercises in order. Measured figures come from the committed
 * model file (public/models/coref.json; see facts.ts), computed ones
 * from the kernel; none is typed in. Static exercises are one module each; a parametric one is a
 * draw module (<id>.ts) and one text module per language (<id>.zh.ts, <id>.en.ts, plain
 * Unicode, no TeX), which the browser loads on its own.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import { exercise as readPointer } from './model-read-pointer.ts';
import * as pointerWeightZh from './model-pointer-weight.zh.ts';
import * as pointerWeightEn from './model-pointer-weight.en.ts';
import * as scoreGapZh from './model-score-gap.zh.ts';
import * as scoreGapEn from './model-score-gap.en.ts';
import * as flipRowsZh from './model-flip-rows.zh.ts';
import * as flipRowsEn from './model-flip-rows.en.ts';
import { exercise as zeroing } from './model-zeroing.ts';
import { exercise as attentionExplanation } from './model-attention-explanation.ts';
import { exercise as pipeline } from './model-pipeline.ts';

export const exercises: readonly Exercise[] = [
  readPointer,
  parametric('model-pointer-weight', { zh: pointerWeightZh.generate, en: pointerWeightEn.generate }),
  parametric('model-score-gap', { zh: scoreGapZh.generate, en: scoreGapEn.generate }),
  parametric('model-flip-rows', { zh: flipRowsZh.generate, en: flipRowsEn.generate }),
  zeroing,
  attentionExplanation,
  pipeline,
];
