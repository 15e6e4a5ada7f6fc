/** Where the position enters: into the input embeddings, before Q, K and V, never after attention. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'pe-where',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L(
      '在原始 Transformer（Vaswani 等，2017）的第一层里，一句话要经过下面这些步骤。把它们排成正确的顺序。',
      'In the first layer of the original Transformer (Vaswani et al., 2017), a sentence goes through the steps below. Put them in order.',
    ),
    items: [
      L('把句子切成词元，每个词元换成它在词表里的编号', 'Split the sentence into tokens and replace each by its number in the vocabulary'),
      L('按编号查嵌入表，得到嵌入矩阵 $X$', 'Look the numbers up in the embedding table to get the embedding matrix $X$'),
      L('加上位置编码：$X + P$', 'Add the positional encoding: $X + P$'),
      L('用 $W_Q$、$W_K$、$W_V$ 投影出 $Q$、$K$、$V$', 'Project $Q$, $K$ and $V$ with $W_Q$, $W_K$, $W_V$'),
      L('缩放点积注意力：$\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})\\,V$', 'Scaled dot-product attention: $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})\\,V$'),
      L('得到每个词元的输出 $Z$，交给后面的层', 'Get each token\'s output $Z$ and hand it on to what follows'),
    ],
    solution: L(
      '编号 → 嵌入 → 加位置编码 → 投影 → 注意力 → 输出。位置编码加在**输入嵌入**上，在算 $Q$、$K$、$V$ 之前（论文第 3.5 节）。常有人把它说成注意力之后对输出做的一步变换，这是错的：那时这一层的权重已经算完，而这些权重是在完全不知道位置的情况下算出来的，这一层就学不到“看前一个词”这样的关系。位置必须在算 $Q$、$K$ 之前进来。旋转位置编码（RoPE）是另一种做法：它不改输入，而是在每一层投影出 $Q$、$K$ 之后旋转它们，但同样是在算分数之前。',
      'Numbers → embeddings → add the positional encoding → project → attention → output. The position is added to the **input embeddings**, before $Q$, $K$ and $V$ are computed (section 3.5 of the paper). It is sometimes described as a transformation applied to the attention output; that is wrong. By then this layer\'s weights are already computed, without any knowledge of position, so a relation such as "look at the previous word" could never be learned. The position has to come in before $Q$ and $K$. Rotary embeddings (RoPE) do it differently: they leave the input alone and rotate $Q$ and $K$ in every layer, after the projection, but still before the scores.',
    ),
  },
};
