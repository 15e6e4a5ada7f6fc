/** A position vector that is the same at every position carries no position. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'pe-constant',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '有人想：“给每个词元的嵌入都加上同一个向量 $c$，模型就知道位置了。”为什么这样没有用？',
      'Someone suggests: "Add the same vector $c$ to every token\'s embedding, and the model will know about positions." Why does this not help?',
    ),
    options: [
      {
        text: L('$c$ 处处相同，交换两个词仍然只是交换两行', '$c$ is the same at every position: a swap still only swaps rows'),
        correct: true,
        explanation: L(
          '对。每一行都加同一个 $c$，交换两行之后仍是交换两行：$P(X + \\mathbf{1}c) = PX + \\mathbf{1}c$，自注意力照样置换等变。位置编码必须随位置变化，才带得进“在哪儿”的信息。',
          'Right. Adding the same $c$ to every row and then swapping two rows is still just a swap: $P(X + \\mathbf{1}c) = PX + \\mathbf{1}c$, and self-attention stays permutation-equivariant. A positional encoding must differ from position to position to say where a word is.',
        ),
      },
      {
        text: L('$c$ 太小，被嵌入淹没了，把 $c$ 放大就行', '$c$ is too small and drowns in the embeddings; a larger $c$ would do'),
        correct: false,
        explanation: L(
          '和大小无关。$c$ 再大也是每个位置一样，交换两个词仍然只是交换两行。放大 $c$ 只会让所有词元的输入都偏向同一个方向，词和词反而更难区分。',
          'Size has nothing to do with it. However large, $c$ is the same everywhere, so swapping two words still only swaps two rows. A larger $c$ only pushes every token\'s input the same way, which makes the words harder to tell apart.',
        ),
      },
      {
        text: L('softmax 会消掉每个分数上都多出来的同一个常数', 'The softmax cancels the constant that $c$ adds to every score'),
        correct: false,
        explanation: L(
          'softmax 确实不在乎一行分数都加同一个常数，但 $c$ 带来的变化不是这样的常数：$(x_i + c)W_Q \\cdot (x_j + c)W_K$ 展开后有随 $x_i$、$x_j$ 变化的交叉项，分数和输出都会变。问题不在于没有变化，而在于变化与位置无关。',
          'A softmax does ignore a constant added to a whole row, but $c$ does not add such a constant: $(x_i + c)W_Q \\cdot (x_j + c)W_K$ has cross terms that vary with $x_i$ and $x_j$, so the scores and the outputs do change. The trouble is not that nothing changes, but that the change has nothing to do with position.',
        ),
      },
      {
        text: L('其实有用：加了 $c$ 之后，输出已经和原来不一样了', 'It does help: with $c$ added, the outputs are already different'),
        correct: false,
        explanation: L(
          '输出不一样，不等于带上了位置。加了 $c$ 之后，“我爱你”和“你爱我”的输出仍然只是互换了两行，模型还是分不出两种语序。',
          'Different outputs are not the same as knowing positions. With $c$ added, the outputs for "dog bites man" and "man bites dog" still only trade two rows, and the model still cannot tell the two orders apart.',
        ),
      },
    ],
    solution: L(
      '要让模型分出语序，加上的向量必须**随位置变化**：第 1 个位置加 $p_1$，第 2 个位置加 $p_2$……交换两个词之后，它们带着的位置向量不同，输入就不再只是换行。正弦位置编码和可学习的位置嵌入都是这样做的。',
      'To let the model tell orders apart, the added vector must **change with the position**: $p_1$ at the first position, $p_2$ at the second, and so on. Swap two words and they now carry different position vectors, so the input is no longer just the old rows in a new order. Sinusoidal encodings and learned position embeddings both work this way.',
    ),
  },
};
