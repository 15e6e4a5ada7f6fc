/** mh-head-width in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { big } from '../../text.ts';
import { draw } from './mh-head-width.ts';

export const generate: Generate = (seed) => {
  const { d_model, H, answer, mistakes, params } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `一层多头注意力的模型宽度是 ${d_model}，分成 H = ${H} 个头，每个头的宽度 dₖ = dᵥ = 模型宽度 / H。每个头的查询（和键）有多少维？`,
    label: 'dₖ =',
    answer,
    absolute: 0,
    relative: 0,
    mistakes: withHints(mistakes, {
      times: `你让每个头都用了全部的模型宽度，再乘以头数。多头注意力是把模型宽度**切**成 ${H} 份，不是复制 ${H} 份：每个头只分到 ${d_model} / ${H} 维。`,
      whole: `这是整个模型的宽度，还没有切分。${H} 个头平分它，每个头是 ${d_model} / ${H}。`,
      heads: `这是头数 H，不是每个头的宽度。`,
    }),
    solution: `dₖ = 模型宽度 / H = ${d_model} / ${H} = **${answer}**。${H} 个头的宽度加起来正好是 ${d_model}，所以投影矩阵的参数仍是 4 × ${d_model}² = ${big(params)}，和只用一个头时一样。`,
  };
};
