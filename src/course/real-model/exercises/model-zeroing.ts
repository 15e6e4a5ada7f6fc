/** What the ablations support. */
import { texNumber } from '../../../kernel/index.ts';
import { L, pct, fixed } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { firstLayerAll, he, hz, meta, mostAdjective, mostHarm, otherPointerLayerHeads, pointerHead, targetRight } from './facts.ts';

export const exercise: StaticExercise = {
  id: 'model-zeroing',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `消融实验把一个头的输出（或一整层的注意力）置零，再量准确率。下面哪些结论有测量结果支持？（可多选）`,
      `An ablation zeroes one head’s output (or a whole layer’s attention) and measures accuracy again. Which conclusions do the measurements support? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(
          `把第 1 层的注意力全部置零，新句子上的准确率从 ${pct(meta.evaluation.fresh.accuracy, 1)} 掉到 ${pct(firstLayerAll.accuracyWhenZeroed.fresh, 1)}，离随机猜的 50% 不远：代词需要第 1 层搬来的信息`,
          `Zeroing all of layer 1’s attention drops accuracy on fresh sentences from ${pct(meta.evaluation.fresh.accuracy, 1)} to ${pct(firstLayerAll.accuracyWhenZeroed.fresh, 1)}, not far from the 50% of guessing: the pronoun needs what layer 1 brings it`,
        ),
        correct: true,
        explanation: L(
          '对。在指针读出答案之前，第 1 层是代词唯一能从别的词元那里取信息的地方；把它的注意力拿掉，指针就只能瞎猜。',
          'True. Before the pointer reads its answer, layer 1 is the only place where the pronoun can gather information from the other tokens; take its attention away and the pointer is left guessing.',
        ),
      },
      {
        text: L(
          `把指针头的**输出**置零，准确率仍是 ${pct(pointerHead.accuracyWhenZeroed.fresh, 1)}：预测读的是它的权重，不是它的输出`,
          `Zeroing the pointer head’s **output** leaves accuracy at ${pct(pointerHead.accuracyWhenZeroed.fresh, 1)}: the prediction reads its weights, not its output`,
        ),
        correct: true,
        explanation: L(
          '对。输出是权重乘以值向量之后的结果，而答案在乘之前就已经定了。',
          'True. The output is what the weights do to the values; the answer is settled before that multiplication.',
        ),
      },
      {
        text: L(
          `第 1 层里平均最关注形容词的${hz(mostAdjective)}（$${texNumber(mostAdjective.toAdjective!, { decimals: 3 })}$），也是置零后准确率掉得最多的头`,
          `In layer 1, ${he(mostAdjective)}, which looks at the adjective most on average ($${texNumber(mostAdjective.toAdjective!, { decimals: 3 })}$), is also the head whose loss hurts most`,
        ),
        correct: false,
        explanation: L(
          `不是。在没见过的句型–形容词组合上，置零${hz(mostAdjective)}后准确率是 ${pct(mostAdjective.accuracyWhenZeroed.unseenCombos, 1)}，置零${hz(mostHarm)}（平均只有 $${texNumber(mostHarm.toAdjective!, { decimals: 3 })}$ 落在形容词上）却掉到 ${pct(mostHarm.accuracyWhenZeroed.unseenCombos, 1)}。权重最大的地方，不一定是最要紧的地方。`,
          `No. On unseen family–adjective combinations, zeroing ${he(mostAdjective)} leaves ${pct(mostAdjective.accuracyWhenZeroed.unseenCombos, 1)}, while zeroing ${he(mostHarm)} (only $${texNumber(mostHarm.toAdjective!, { decimals: 3 })}$ on the adjective on average) drops it to ${pct(mostHarm.accuracyWhenZeroed.unseenCombos, 1)}. The biggest weight is not necessarily where the work is done.`,
        ),
      },
      {
        text: L(
          `指针头平均把 $${texNumber(pointerHead.toRightNoun!, { decimals: 3 })}$ 的权重给正确名词，说明模型对答案有大约这么大的把握`,
          `The pointer puts $${texNumber(pointerHead.toRightNoun!, { decimals: 3 })}$ on the right noun on average, so the model is about that confident in its answer`,
        ),
        correct: false,
        explanation: L(
          `这个数是训练目标定下来的：训练时把正确名词的权重拉向 ${fixed(targetRight, 2)}。它是学到的分布，不是校准过的概率；模型在测试集上其实全部答对。`,
          `That figure was set by the training target, which pulls the right noun’s weight toward ${fixed(targetRight, 2)}. It is a learned distribution, not a calibrated probability; on the test sets the model is in fact always right.`,
        ),
      },
      {
        text: L(
          `第 2 层另外三个头置零后，准确率都不变`,
          `Zeroing any of the other three heads of layer 2 leaves accuracy unchanged`,
        ),
        correct: true,
        explanation: L(
          `对。损失只作用在指针头上，这三个头的输出又不再流向任何被读取的地方，所以它们没有收到训练信号，注意力几乎平铺（到形容词的平均权重只有 ${otherPointerLayerHeads.map((h) => `$${texNumber(h.toAdjective!, { decimals: 3 })}$`).join('、')}）。`,
          `True. The loss acts on the pointer alone, and these heads’ outputs flow into nothing that is read, so they receive no training signal and spread their attention almost evenly (to the adjective, on average: ${otherPointerLayerHeads.map((h) => `$${texNumber(h.toAdjective!, { decimals: 3 })}$`).join(', ')}).`,
        ),
      },
    ],
    solution: L(
      '注意力图告诉你信息从哪里混进来；置零实验告诉你去掉它会怎样。两者要一起看：第 1 层整体不可缺少，指针头的权重就是答案，而“看得最多的头”未必是“最要紧的头”。',
      'An attention map tells you where information was mixed in from; an ablation tells you what happens without it. Read them together: layer 1 as a whole is indispensable, the pointer’s weights are the answer, and the head that looks hardest is not necessarily the one that matters most.',
    ),
  },
};
