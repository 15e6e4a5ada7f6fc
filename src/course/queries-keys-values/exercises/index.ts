/**
 * Chapter 2, "Queries, keys and values": its exercises in order. Every number in a prompt, an
 * answer or a mistake is computed by the kernel. Static exercises are one module each; a
 * parametric one is a draw module (<id>.ts) and one text module per language (<id>.zh.ts,
 * <id>.en.ts, plain Unicode, no TeX), which the browser loads on its own.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import { exercise as stepOrder } from './qkv-step-order.ts';
import * as scoreByHandZh from './qkv-score-by-hand.zh.ts';
import * as scoreByHandEn from './qkv-score-by-hand.en.ts';
import { exercise as readARow } from './qkv-read-a-row.ts';
import * as softmaxWeightZh from './qkv-softmax-weight.zh.ts';
import * as softmaxWeightEn from './qkv-softmax-weight.en.ts';
import { exercise as bankSoftmax } from './qkv-bank-softmax.ts';
import * as outputVectorZh from './qkv-output-vector.zh.ts';
import * as outputVectorEn from './qkv-output-vector.en.ts';
import { exercise as changeAValue } from './qkv-change-a-value.ts';
import { exercise as shapes } from './qkv-shapes.ts';
import { exercise as whatIsDk } from './qkv-what-is-dk.ts';
import { exercise as oneMatrix } from './qkv-one-matrix.ts';

export const exercises: readonly Exercise[] = [
  stepOrder,
  parametric('qkv-score-by-hand', { zh: scoreByHandZh.generate, en: scoreByHandEn.generate }),
  readARow,
  parametric('qkv-softmax-weight', { zh: softmaxWeightZh.generate, en: softmaxWeightEn.generate }),
  bankSoftmax,
  parametric('qkv-output-vector', { zh: outputVectorZh.generate, en: outputVectorEn.generate }),
  changeAValue,
  shapes,
  whatIsDk,
  oneMatrix,
];
