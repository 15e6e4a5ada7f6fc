/**
 * Chapter 1, "Why self-attention": its exercises in order. Every number is computed by the
 * kernel; the parametric ones draw fresh positions, gains and lengths from a seeded generator.
 * Static exercises are one module each; a parametric one is a draw module (<id>.ts) and one text
 * module per language (<id>.zh.ts, <id>.en.ts), which the browser loads on its own.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import { exercise as whichWord } from './why-self-attention-which-word.ts';
import { exercise as rnnLimits } from './why-self-attention-rnn-limits.ts';
import * as signalFadesZh from './why-self-attention-signal-fades.zh.ts';
import * as signalFadesEn from './why-self-attention-signal-fades.en.ts';
import * as costRatioZh from './why-self-attention-cost-ratio.zh.ts';
import * as costRatioEn from './why-self-attention-cost-ratio.en.ts';
import { exercise as history } from './why-self-attention-history.ts';
import { exercise as readingWeights } from './why-self-attention-reading-weights.ts';
import * as rnnPathZh from './why-self-attention-rnn-path.zh.ts';
import * as rnnPathEn from './why-self-attention-rnn-path.en.ts';
import * as sequentialOpsZh from './why-self-attention-sequential-ops.zh.ts';
import * as sequentialOpsEn from './why-self-attention-sequential-ops.en.ts';

export const exercises: readonly Exercise[] = [
  whichWord,
  rnnLimits,
  parametric('why-self-attention-signal-fades', { zh: signalFadesZh.generate, en: signalFadesEn.generate }),
  parametric('why-self-attention-cost-ratio', { zh: costRatioZh.generate, en: costRatioEn.generate }),
  history,
  readingWeights,
  parametric('why-self-attention-rnn-path', { zh: rnnPathZh.generate, en: rnnPathEn.generate }),
  parametric('why-self-attention-sequential-ops', { zh: sequentialOpsZh.generate, en: sequentialOpsEn.generate }),
];
