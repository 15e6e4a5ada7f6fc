/** Which model puts position in which way: sinusoids, learned tables, a relative bias, rotations. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'pe-which-model',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      '下面哪些说法把模型和它的位置编码方式对上了？（可多选）',
      'Which of these match a model with the way it encodes position? (Choose all that apply.)',
    ),
    options: [
      {
        text: L('原始 Transformer（Vaswani 等，2017）：正弦位置编码，加在输入嵌入上', 'The original Transformer (Vaswani et al., 2017): sinusoidal encodings, added to the input embeddings'),
        correct: true,
        explanation: L(
          '对。论文也试过可学习的位置嵌入，结果几乎一样；选正弦函数，是希望模型能外推到比训练时更长的句子。',
          'True. The paper also tried learned position embeddings and got nearly identical results; it chose the sinusoids in the hope that the model could extrapolate to sequences longer than those seen in training.',
        ),
      },
      {
        text: L('BERT（Devlin 等，2019）：可学习的位置嵌入，每个位置一行，加在输入上', 'BERT (Devlin et al., 2019): learned position embeddings, one row per position, added to the input'),
        correct: true,
        explanation: L(
          '对。BERT 的输入是词元嵌入、句段嵌入和位置嵌入三者之和；位置表和其他参数一起训练，表有多少行，输入最长就是多少。',
          'True. BERT\'s input is the sum of a token embedding, a segment embedding and a position embedding; the position table is trained with everything else, and its length caps the input length.',
        ),
      },
      {
        text: L('GPT-2（Radford 等，2019）：和原始 Transformer 一样的正弦位置编码', 'GPT-2 (Radford et al., 2019): the same sinusoidal encodings as the original Transformer'),
        correct: false,
        explanation: L(
          'GPT-2 沿用了第一代 GPT 的做法：可学习的绝对位置嵌入，和 BERT 一样是一张按位置取行的表，不是正弦函数。',
          'GPT-2 kept the first GPT\'s choice: learned absolute position embeddings, a table with a row per position as in BERT, not sinusoids.',
        ),
      },
      {
        text: L('T5（Raffel 等，2020）：旋转位置编码，旋转每一层的查询和键', 'T5 (Raffel et al., 2020): rotary embeddings that rotate every layer\'s queries and keys'),
        correct: false,
        explanation: L(
          'T5 用的是相对位置偏置：按两个词元相隔多远分组，每组学一个数，直接加到注意力分数上；输入里不加任何位置向量。这条思路可以追溯到 Shaw、Uszkoreit 和 Vaswani（2018）的相对位置表示。',
          'T5 uses a relative position bias: pairs of tokens are grouped by how far apart they are, each group learns one number, and that number is added to the attention score; no position vector enters the input. The idea goes back to the relative position representations of Shaw, Uszkoreit and Vaswani (2018).',
        ),
      },
      {
        text: L('LLaMA（Touvron 等，2023）：和 GPT-2 一样，在输入上加可学习的位置嵌入', 'LLaMA (Touvron et al., 2023): learned position embeddings added to the input, as in GPT-2'),
        correct: false,
        explanation: L(
          'LLaMA 去掉了绝对位置嵌入，改用旋转位置编码（RoPE，Su 等，2021）：在每一层把查询和键按位置旋转，让分数只取决于相对距离。',
          'LLaMA drops absolute position embeddings for rotary embeddings (RoPE, Su et al., 2021): every layer rotates the queries and keys by their positions, so that the scores depend only on the offset.',
        ),
      },
      {
        text: L('旋转位置编码（Su 等，2021）：不改输入嵌入，只在注意力里旋转查询和键，值向量不转', 'Rotary embeddings (Su et al., 2021): the input embeddings are left alone; only the queries and keys are rotated inside attention, not the values'),
        correct: true,
        explanation: L(
          '对。位置只需要影响谁和谁匹配，也就是分数 $q_m \\cdot k_n$，旋转之后它只取决于 $n - m$。值向量不旋转：位置决定“看谁”，不改动“取回什么”。',
          'True. Position only needs to affect who matches whom, that is the score $q_m \\cdot k_n$, which after the rotation depends only on $n - m$. The values are not rotated: position decides where to look, not what is fetched.',
        ),
      },
    ],
    solution: L(
      '原始 Transformer：正弦编码，加在输入上。BERT、GPT-2：可学习的绝对位置嵌入，加在输入上。T5：相对位置偏置，加在注意力分数上。LLaMA：旋转位置编码，在每一层旋转查询和键。位置信息可以从输入进来，也可以直接进到分数里，但总是在 softmax 之前。',
      'The original Transformer: sinusoids added to the input. BERT and GPT-2: learned absolute position embeddings added to the input. T5: a relative position bias added to the attention scores. LLaMA: rotary embeddings that rotate the queries and keys in every layer. Position can come in with the input or straight into the scores, but always before the softmax.',
    ),
  },
};
