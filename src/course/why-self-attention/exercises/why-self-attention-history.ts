/** From the LSTM to ChatGPT, in order. */
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'why-self-attention-history',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: {
      zh: '把下面这些事件按时间先后排好（最早的在最上面）。',
      en: 'Put these events in chronological order, earliest first.',
    },
    items: [
      { zh: 'Hochreiter 和 Schmidhuber 提出 LSTM', en: 'Hochreiter and Schmidhuber introduce the LSTM' },
      { zh: 'Bahdanau、Cho、Bengio 把注意力用于神经机器翻译（仍以 RNN 为主干）', en: 'Bahdanau, Cho and Bengio add attention to neural machine translation (still built on RNNs)' },
      { zh: 'Vaswani 等发表《Attention Is All You Need》，提出 Transformer', en: 'Vaswani et al. publish “Attention Is All You Need”, introducing the Transformer' },
      { zh: 'Devlin 等提出 BERT', en: 'Devlin et al. introduce BERT' },
      { zh: 'Brown 等发布 GPT-3（1750 亿参数）', en: 'Brown et al. present GPT-3 (175 billion parameters)' },
      { zh: 'OpenAI 发布 ChatGPT', en: 'OpenAI releases ChatGPT' },
    ],
    solution: {
      zh: 'LSTM：1997 年。Bahdanau 等的注意力：2014 年（arXiv:1409.0473）。Transformer：2017 年 6 月（arXiv:1706.03762）。BERT：2018 年。GPT-3：2020 年。ChatGPT：2022 年 11 月（不是 2023 年，网上不少时间线写错了）。',
      en: 'LSTM: 1997. Bahdanau et al.’s attention: 2014 (arXiv:1409.0473). The Transformer: June 2017 (arXiv:1706.03762). BERT: 2018. GPT-3: 2020. ChatGPT: November 2022 (not 2023, as some timelines have it).',
    },
  },
};
