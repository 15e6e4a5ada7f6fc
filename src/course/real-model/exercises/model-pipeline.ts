/** From a sentence to the model’s answer, in order. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'model-pipeline',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L('从一句话到模型的答案，把各个步骤排成正确的顺序。', 'From a sentence to the model’s answer: put the steps in the right order.'),
    items: [
      L('分词：把句子切成词元，词表里没有的词变成 `<unk>`', 'Tokenize: split the sentence into tokens; a word missing from the vocabulary becomes `<unk>`'),
      L('查出每个词元的嵌入向量，加上位置编码', 'Look up each token’s embedding and add its positional encoding'),
      L('第 1 层：各个头把形容词等信息混合到代词（和其他词元）上', 'Layer 1: its heads mix information such as the adjective into the pronoun (and into the other tokens)'),
      L(`第 2 层的指针头：代词的查询与每个键打分，除以 $\\sqrt{d_k}$，做 softmax`, 'The pointer head of layer 2: score the pronoun’s query against every key, divide by $\\sqrt{d_k}$, take the softmax'),
      L('比较代词那一行在两个名词上的权重，大的那个就是答案', 'Compare the pronoun’s row on the two nouns: the larger weight is the answer'),
    ],
    solution: L(
      '模型只看得见词元编号，所以先分词；位置编码加在输入上；第 1 层让代词拿到形容词的信息；第 2 层的指针头再拿代词的查询去匹配各个名词的键，这一行权重就是答案。',
      'The model sees only token ids, so tokenization comes first; positions are added to the input; layer 1 brings the adjective’s information to the pronoun; then the pointer head of layer 2 matches the pronoun’s query against the nouns’ keys, and that row of weights is the answer.',
    ),
  },
};
