/** Reading what the trained model's heads attend to, from their measured averages. */
import { texNumber } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { realModel } from '../numbers.ts';

/** Four heads shown in the prompt: the two most adjective-minded of layer 0, the pointer, and a diffuse one of layer 1. */
const layer0 = realModel.perHead.filter((h) => h.layer === 0).sort((a, b) => b.toAdjective - a.toAdjective);
const layer1 = realModel.perHead.filter((h) => h.layer === 1).sort((a, b) => b.toRightNoun - a.toRightNoun);
const shown = [layer0[0]!, layer1[0]!, layer0[1]!, layer1[layer1.length - 1]!];
const pointer = layer1[0]!;
const name = (h: (typeof shown)[number]) => L(`第 ${h.layer + 1} 层 · 头 ${h.head + 1}`, `layer ${h.layer + 1}, head ${h.head + 1}`);
const pct = (x: number) => `${texNumber(100 * x, { decimals: 1 })}\\%`;
const line = (h: (typeof shown)[number], locale: 'zh' | 'en') =>
  locale === 'zh'
    ? `• ${name(h).zh}：形容词 $${pct(h.toAdjective)}$，正确的名词 $${pct(h.toRightNoun)}$`
    : `• ${name(h).en}: adjective $${pct(h.toAdjective)}$, right noun $${pct(h.toRightNoun)}$`;

export const exercise: StaticExercise = {
  id: 'mh-real-heads',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `课程训练的模型里，代词那一行的注意力在留出句子上平均分给了形容词和正确的名词各多少：\n${shown.map((h) => line(h, 'zh')).join('\n')}\n哪个头在做“找出代词指谁”这件事？`,
      `In the course's trained model, the pronoun's row of attention gives, on average over held-out sentences, this share to the adjective and to the right noun:\n${shown.map((h) => line(h, 'en')).join('\n')}\nWhich head does the job of finding what the pronoun refers to?`,
    ),
    options: shown.map((h) => ({
      text: name(h),
      correct: h === pointer,
      explanation: h === pointer
        ? L(`对。它把 $${pct(h.toRightNoun)}$ 的注意力给了正确的名词：这就是指针头，模型的答案正是从它这一行读出来的。`, `Right. It gives $${pct(h.toRightNoun)}$ of its attention to the right noun: this is the pointer head, and the model's answer is read off its row.`)
        : h.layer === 0
          ? L(`这个头更多地看形容词（$${pct(h.toAdjective)}$），给正确名词的只有 $${pct(h.toRightNoun)}$。它在第一层收集“累了/宽”这类线索，供下一层的指针头使用。`, `This head looks mostly at the adjective ($${pct(h.toAdjective)}$) and gives the right noun only $${pct(h.toRightNoun)}$. In the first layer it gathers clues such as "tired" or "wide" for the pointer head of the next layer.`)
          : L(`它的注意力几乎平均地摊开（形容词 $${pct(h.toAdjective)}$，正确名词 $${pct(h.toRightNoun)}$），看不出在找什么。`, `Its attention is spread almost evenly (adjective $${pct(h.toAdjective)}$, right noun $${pct(h.toRightNoun)}$): it does not single anything out.`),
    })),
    solution: L(
      `${name(pointer).zh} 把大部分注意力放在正确的名词上。同一个模型里，不同的头做的事明显不同：第一层有的头盯着形容词，第二层的指针头找名词，还有的头几乎什么都不挑。`,
      `${name(pointer).en} puts most of its attention on the right noun. Within one model the heads do visibly different jobs: some first-layer heads watch the adjective, the second layer's pointer head finds the noun, and some heads single out almost nothing.`,
    ),
  },
};
