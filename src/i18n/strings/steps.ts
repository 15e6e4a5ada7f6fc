/**
 * UI strings of the build-time worked example (AttentionSteps.astro). `en` must have exactly zh's keys.
 * Headings may hold $TeX$, typeset at build time; {root} is an equation the component writes.
 */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'steps.caption': '逐步计算：“{token}”的注意力',
  'steps.project': '第 0 步：投影。用三个矩阵把输入 $X$ 变成 $Q$、$K$、$V$',
  'steps.score': '第 1 步：打分。查询与每个键做点积',
  'steps.scale': '第 2 步：缩放。除以 {root}',
  'steps.softmax': '第 3 步：softmax。变成和为 1 的权重',
  'steps.sum': '第 4 步：加权求和。按权重混合值向量',
  'steps.yourTurn': '最后一步留给你：先自己算，再展开核对。',
  'steps.reveal': '展开第 4 步的答案',
  'steps.matrixForm': '矩阵形式：所有查询一起算',
  'steps.sumNote': '（指数都先减去最大值 {max}，结果不变，但不会溢出）',
} as const;

export const en: StringsOf<typeof zh> = {
  'steps.caption': 'Step by step: the attention of {token}',
  'steps.project': 'Step 0, project: three matrices turn the input $X$ into $Q$, $K$ and $V$',
  'steps.score': 'Step 1, score: the query’s dot product with every key',
  'steps.scale': 'Step 2, scale: divide by {root}',
  'steps.softmax': 'Step 3, softmax: turn the scores into weights that sum to 1',
  'steps.sum': 'Step 4, weighted sum: mix the value vectors by the weights',
  'steps.yourTurn': 'The last step is yours: work it out, then open the answer to check.',
  'steps.reveal': 'Show the answer to step 4',
  'steps.matrixForm': 'Matrix form: all queries at once',
  'steps.sumNote': '(each exponent first has the largest score, {max}, subtracted: same result, no overflow)',
};

export type StepsKey = keyof typeof zh;
