/**
 * Chapter 6, "Attention, RNNs and CNNs compared": its exercises in order. Every number is computed
 * by the kernel or read from the committed measurements (public/models/recurrence-curves.json); a
 * parametric exercise is a draw module (<id>.ts) and one text module per language.
 * model-recurrence keeps the id it had in the real-model chapter, since saved progress uses it.
 */
import { parametric } from '../../../quiz/parametric.ts';
import type { Exercise } from '../../../quiz/types.ts';
import * as pathLengthZh from './rc-path-length.zh.ts';
import * as pathLengthEn from './rc-path-length.en.ts';
import * as layerCostZh from './rc-layer-cost.zh.ts';
import * as layerCostEn from './rc-layer-cost.en.ts';
import { exercise as sequential } from './rc-sequential.ts';
import { exercise as contextVector } from './rc-context-vector.ts';
import { exercise as gruForget } from './rc-gru-forget.ts';
import { exercise as table } from './rc-table.ts';
import { exercise as recurrence } from './model-recurrence.ts';

export const exercises: readonly Exercise[] = [
  parametric('rc-path-length', { zh: pathLengthZh.generate, en: pathLengthEn.generate }),
  parametric('rc-layer-cost', { zh: layerCostZh.generate, en: layerCostEn.generate }),
  sequential,
  contextVector,
  gruForget,
  table,
  recurrence,
];
