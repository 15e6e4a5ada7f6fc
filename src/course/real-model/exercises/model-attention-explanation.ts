/** What one head’s attention to the adjective says on its own. */
import { texNumber } from '../../../kernel/index.ts';
import { L, pct, texPct } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { he, hz, mostAdjective, mostHarm } from './facts.ts';

export const exercise: StaticExercise = {
  id: 'model-attention-explanation',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `在新句子上，第 1 层的${hz(mostAdjective)} 平均把 $${texNumber(mostAdjective.toAdjective!, { decimals: 3 })}$ 的注意力从代词放到形容词上。只凭这一个数，能说什么？`,
      `On fresh sentences, ${he(mostAdjective)} of layer 1 puts $${texNumber(mostAdjective.toAdjective!, { decimals: 3 })}$ of the pronoun’s attention on the adjective on average. What can you say from this number alone?`,
    ),
    options: [
      {
        text: L(
          '在这个头里，代词的新向量有相当一部分是从形容词的值向量混进来的；预测是否依赖这一部分，还要另做实验检验',
          'In this head, a good part of the pronoun’s new vector is mixed in from the adjective’s value; whether the prediction depends on it takes another experiment to tell',
        ),
        correct: true,
        explanation: L(
          '对。注意力权重如实记录了信息从哪里混合过来（Jain & Wallace 2019；Wiegreffe & Pinter 2019 都同意这一点），但要说“因为它，所以答对”，需要置零这类因果实验。',
          'Right. The weights faithfully record where information was mixed from (Jain & Wallace 2019 and Wiegreffe & Pinter 2019 agree on that much), but “it got the answer right because of this” needs a causal test such as zeroing.',
        ),
      },
      {
        text: L('模型答对，就是因为这个头看了形容词', 'The model gets the answer right because this head looks at the adjective'),
        correct: false,
        explanation: L(
          `权重本身不是解释。置零实验甚至显示，单独去掉这个头，在没见过的组合上准确率还有 ${pct(mostAdjective.accuracyWhenZeroed.unseenCombos, 1)}，而去掉看形容词少得多的${hz(mostHarm)}，只剩 ${pct(mostHarm.accuracyWhenZeroed.unseenCombos, 1)}。`,
          `The weights alone do not explain. Ablation even shows that without this head accuracy on unseen combinations stays at ${pct(mostAdjective.accuracyWhenZeroed.unseenCombos, 1)}, while without ${he(mostHarm)}, which looks at the adjective far less, it falls to ${pct(mostHarm.accuracyWhenZeroed.unseenCombos, 1)}.`,
        ),
      },
      {
        text: L('什么也说明不了：注意力不是解释，这个数没有意义', 'Nothing at all: attention is not explanation, so the number is meaningless'),
        correct: false,
        explanation: L(
          `矫枉过正了。Wiegreffe 和 Pinter（2019）指出，权重并非毫无意义：它确实说明了信息的来源。而且这个头并非无关紧要：置零后准确率降到 ${pct(mostAdjective.accuracyWhenZeroed.fresh, 1)}（新句子）。`,
          `That overcorrects. Wiegreffe and Pinter (2019) point out that the weights are not meaningless: they do say where information came from. Nor is this head irrelevant: zeroing it drops accuracy to ${pct(mostAdjective.accuracyWhenZeroed.fresh, 1)} on fresh sentences.`,
        ),
      },
      {
        text: L(
          `代词有 $${texPct(mostAdjective.toAdjective!, 1)}$ 的可能指的是形容词`,
          `There is a $${texPct(mostAdjective.toAdjective!, 1)}$ chance that the pronoun refers to the adjective`,
        ),
        correct: false,
        explanation: L(
          '这个头不做指代判断，它的权重只决定混合时各取多少。只有指针头的那一行被训练成了答案，而那一行只在两个名词之间比较。',
          'This head makes no decision about reference; its weights only set how much of each value goes into the mix. Only the pointer’s row was trained to be the answer, and it compares the two nouns.',
        ),
      },
    ],
    solution: L(
      '注意力权重说明“从哪里混合”，不直接说明“为什么这样预测”。在这个模型里，指针头的权重按构造就是预测；而第 1 层的头，正好让你看到这个区别。',
      'Attention weights say where information was mixed from, not by themselves why the prediction came out as it did. In this model the pointer’s weights are the prediction by construction; the heads of layer 1 show you the difference.',
    ),
  },
};
