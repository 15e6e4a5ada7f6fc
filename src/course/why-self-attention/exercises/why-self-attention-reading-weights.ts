/** What an attention weight does and does not say, on the kitten example’s weights. */
import { scaledDotProductAttention } from '../../../kernel/index.ts';
import { presets } from '../../presets.ts';
import { fixed } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

/** The pronoun's weights in the hand-set kitten example (one query row, eight keys). */
const kitten = presets.kitten;
const kittenWeights = scaledDotProductAttention(kitten.Q, kitten.K, kitten.V).weights.row(0);
const kittenIndex = kitten.tokens.zh.indexOf('小猫');
const kittenWeight = kittenWeights[kittenIndex]!;
const restWeight = 1 - kittenWeight;
const others = kitten.tokens.zh.length - 1;

export const exercise: StaticExercise = {
  id: 'why-self-attention-reading-weights',
  parametric: false,
  question: {
    kind: 'single',
    prompt: {
      zh: `在本章手工设定的小例子里，“它”分给“小猫”的注意力权重约为 ${fixed(kittenWeight, 3)}，是所有词里最大的。下面哪种说法最站得住？`,
      en: `In this chapter’s hand-set example, “it” gives “kitten” an attention weight of about ${fixed(kittenWeight, 3)}, the largest of all the words. Which statement holds up best?`,
    },
    options: [
      {
        text: { zh: '这证明了模型之后对“它”的预测正是“因为小猫”才做出的，权重本身就是解释。', en: 'This proves that the model’s later prediction about “it” was made “because of the kitten”: the weights are the explanation.' },
        correct: false,
        explanation: {
          zh: '说过头了。Jain 和 Wallace（2019）发现，常常能找到差别很大的另一组权重，模型给出的预测却几乎不变。权重高不等于“原因”。',
          en: 'Too strong. Jain and Wallace (2019) found that quite different weights can often be swapped in while the prediction barely changes. A high weight is not a cause.',
        },
      },
      {
        text: { zh: '这一层里“它”主要混入了“小猫”的信息；这对预测有多重要，还得另外检验。', en: 'In this layer, “it” mixes in mostly the kitten’s information; how much that matters to the prediction needs other tests.' },
        correct: true,
        explanation: {
          zh: '对。权重如实记录了“信息从哪里混进来”，这本身有用；但要说它解释了预测，需要额外的检验（Wiegreffe 和 Pinter，2019）。',
          en: 'Right. The weights faithfully record where information was mixed in from, which is useful in itself; claiming they explain the prediction needs further tests (Wiegreffe and Pinter, 2019).',
        },
      },
      {
        text: { zh: '注意力权重毫无意义，看都不用看。', en: 'Attention weights mean nothing and are not worth looking at.' },
        correct: false,
        explanation: {
          zh: '矫枉过正。Wiegreffe 和 Pinter（2019）指出，权重确实携带信息，在很多情况下也和模型的行为一致；只是不能不加检验就当成解释。',
          en: 'An overcorrection. Wiegreffe and Pinter (2019) showed that the weights do carry information and often agree with the model’s behaviour; they just cannot be taken as an explanation without checking.',
        },
      },
      {
        text: { zh: `其余 ${others} 个词对“它”毫无影响，从句子里删掉也无所谓。`, en: `The other ${others} words have no influence on “it” at all and could be deleted from the sentence.` },
        correct: false,
        explanation: {
          zh: `不对。权重加起来是 1，其余 ${others} 个词合起来还分到 ${fixed(restWeight, 3)}，它们的信息也一起混进了“它”的新向量。`,
          en: `No. The weights add up to 1, so the other ${others} words still share ${fixed(restWeight, 3)}, and their information is mixed into the new vector for “it” too.`,
        },
      },
    ],
    solution: {
      zh: `注意力权重回答的是“这个词的新向量是从哪些词混合来的、各占多少”：这里“小猫”占 ${fixed(kittenWeight, 3)}，其余 ${others} 个词合计 ${fixed(restWeight, 3)}。它不回答“模型为什么这样预测”：那还涉及别的层、别的头和后面的网络。`,
      en: `Attention weights answer “which words was this word’s new vector mixed from, and in what shares”: here ${fixed(kittenWeight, 3)} from “kitten” and ${fixed(restWeight, 3)} from the other ${others} together. They do not answer “why did the model predict this”, which also involves other layers, other heads and the rest of the network.`,
    },
  },
};
