/**
 * The encoder–decoder bottleneck: one fixed-size context vector for the whole source sentence
 * (Cho et al., 2014; Sutskever et al., 2014), and how attention over all encoder states
 * (Bahdanau, Cho & Bengio, 2014) removed it.
 */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'rc-context-vector',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      '早期的神经机器翻译用 RNN 编码器–解码器（Cho 等，2014；Sutskever、Vinyals 和 Le，2014）：编码器读完原文，交给解码器一个固定大小的上下文向量 $c$，解码器只凭 $c$ 写出整句译文。这对长句子意味着什么？（可多选）',
      'Early neural machine translation used an RNN encoder–decoder (Cho et al., 2014; Sutskever, Vinyals & Le, 2014): the encoder reads the source sentence and hands the decoder one context vector $c$ of fixed size, and the decoder writes the whole translation from $c$ alone. What does this cost a long sentence? (Choose all that apply.)',
    ),
    options: [
      {
        text: L(
          '短句子和长句子分到的 $c$ 一样大：句子越长，要往同样多的数里塞的东西越多',
          'A short sentence and a long one get a $c$ of the same size: the longer the sentence, the more has to be squeezed into the same numbers',
        ),
        correct: true,
        explanation: L(
          '对。Cho 等（2014）发现，这类模型的译文质量随句子变长而迅速下降；Bahdanau、Cho 和 Bengio（2014）的基线模型也是这样。',
          'True. Cho et al. (2014) found that the quality of such models’ translations falls quickly as sentences grow longer, and the baseline of Bahdanau, Cho & Bengio (2014) shows the same drop.',
        ),
      },
      {
        text: L(
          '原文开头的词要熬过编码器后面的每一步更新，才能留在 $c$ 里',
          'The first words of the source have to survive every later step of the encoder before they reach $c$',
        ),
        correct: true,
        explanation: L(
          '对。$c$ 通常就是编码器最后的隐藏状态。$n$ 个词的句子，第一个词离它有 $n - 1$ 次更新，每次更新都可能冲淡它；句子越长，这条路越长，训练时的梯度也要沿这条路传回来。',
          'True. $c$ is usually the encoder’s last hidden state. In a sentence of $n$ words the first word is $n - 1$ updates away from it, and each update can wash it out; the longer the sentence, the longer this path, and the gradient has to travel back along it in training.',
        ),
      },
      {
        text: L(
          '译文的每个词都从同一个 $c$ 里写出来：解码器没法回头去看它此刻正在翻译的那个原文词',
          'Every word of the translation is written from the same $c$: the decoder cannot look back at the source word it is translating right now',
        ),
        correct: true,
        explanation: L(
          '对。Bahdanau 等改的正是这一点：每写一个词，解码器都对编码器的全部状态算一组权重，重新求一个加权和 $c_i$，所以不管句子多长，原文的每个词都还在手边。',
          'True. This is exactly what Bahdanau et al. changed: for each word it writes, the decoder computes weights over all the encoder states and takes a fresh weighted sum $c_i$, so every source word stays within reach however long the sentence.',
        ),
      },
      {
        text: L(
          '$c$ 随句子变长而变大，所以长句子让解码器变慢',
          '$c$ grows with the sentence, so long sentences slow the decoder down',
        ),
        correct: false,
        explanation: L(
          '问题恰恰是 $c$ 不会变大：它的大小在搭模型时就定死了，长句子和短句子分到的是同样多的数。',
          'The trouble is exactly that $c$ does not grow: its size is fixed when the model is built, and a long sentence gets no more numbers than a short one.',
        ),
      },
      {
        text: L(
          'Bahdanau、Cho 和 Bengio（2014）的解决办法是把 $c$ 做得大得多',
          'Bahdanau, Cho & Bengio (2014) removed the bottleneck by making $c$ much larger',
        ),
        correct: false,
        explanation: L(
          '不是。他们保留编码器每一步的状态，让解码器对这些状态做注意力：写每个词时都重新求一个加权和 $c_i$，不再有哪个向量要装下整句话。那时的注意力还搭在 RNN 上；后来 Transformer（Vaswani 等，2017）连循环也换成了自注意力。',
          'No. They kept the encoder’s state at every step and let the decoder attend over them, a fresh weighted sum $c_i$ for each word it writes, so no single vector has to hold the whole sentence any more. That attention still sat on top of RNNs; the Transformer (Vaswani et al., 2017) then replaced the recurrence with self-attention too.',
        ),
      },
      {
        text: L(
          '只要训练得好，编码器能把任何句子无损地压进 $c$',
          'Nothing, if the model is trained well: a good encoder can pack any sentence into $c$ without loss',
        ),
        correct: false,
        explanation: L(
          '训练得再好，固定个数的数能装的东西也有限，句子可以任意长。实测也不支持这个说法：同样训练的模型，句子一长，译文就变差。',
          'However well it is trained, a fixed count of numbers can hold only so much, and sentences can be as long as you like. Nor do the measurements bear it out: the same trained models translate worse as sentences get longer.',
        ),
      },
    ],
    solution: L(
      '一个固定大小的 $c$ 既是容量的瓶颈（长句子和短句子分到一样多的数），也是路径的瓶颈（开头的词离 $c$ 有 $n - 1$ 步），还让解码器每写一个词都只能看同一个总结。Bahdanau、Cho 和 Bengio（2014）让解码器对编码器的全部状态做注意力，为每个输出词重新求一个加权和，瓶颈就没了；后来，Transformer 把编码器和解码器里的循环也都换成了自注意力。',
      'A single $c$ of fixed size is a bottleneck of capacity (a long sentence gets as many numbers as a short one) and of path (the first word is $n - 1$ steps from $c$), and it gives the decoder the same summary for every word it writes. Bahdanau, Cho & Bengio (2014) let the decoder attend over all the encoder states, a fresh weighted sum for each output word, and the bottleneck was gone; later the Transformer replaced the recurrence itself, in encoder and decoder alike, with self-attention.',
    ),
  },
};
