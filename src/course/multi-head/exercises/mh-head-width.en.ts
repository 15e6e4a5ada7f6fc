/** mh-head-width in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { big } from '../../text.ts';
import { draw } from './mh-head-width.ts';

export const generate: Generate = (seed) => {
  const { d_model, H, answer, mistakes, params } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `A multi-head attention layer has a model width of ${d_model}, split into H = ${H} heads, each of width dₖ = dᵥ = (model width) / H. How many components does one head's query (and key) have?`,
    label: 'dₖ =',
    answer,
    absolute: 0,
    relative: 0,
    mistakes: withHints(mistakes, {
      times: `You gave every head the full model width and multiplied by the number of heads. Multi-head attention **splits** the width into ${H} parts rather than copying it ${H} times: each head gets ${d_model} / ${H}.`,
      whole: `That is the width of the whole model, before the split. The ${H} heads share it, so each gets ${d_model} / ${H}.`,
      heads: `That is the number of heads H, not the width of one head.`,
    }),
    solution: `dₖ = (model width) / H = ${d_model} / ${H} = **${answer}**. The ${H} heads' widths add up to exactly ${d_model}, so the projections still have 4 × ${d_model}² = ${big(params)} parameters, as with a single head.`,
  };
};
