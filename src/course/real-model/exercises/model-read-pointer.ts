/** Where the model’s answer is read from. */
import { L, fixed, pct } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { P, Pen, meta, pointer, pointerHead, shown, targetOther, targetRight } from './facts.ts';

export const exercise: StaticExercise = {
  id: 'model-read-pointer',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '这个模型说“代词指的是哪个名词”时，它的答案是从哪里读出来的？',
      'When this model says which noun a pronoun refers to, where is its answer read from?',
    ),
    options: [
      {
        text: L('指针头里代词的**那一行**：两个名词谁的权重大，谁就是答案', 'The pronoun’s **row** in the pointer head: the noun with the larger weight'),
        correct: true,
        explanation: L(
          `对。指针头（${P}）里代词的这一行就是答案：训练时损失只作用在这一行上，把它拉向 ${fixed(targetRight, 2)} / ${fixed(targetOther, 2)} 的目标，所以这一行的权重本身就是预测。`,
          `Right. This row of the pointer head (${Pen}) is the answer: in training the loss acts on this row alone, pulling it toward a ${fixed(targetRight, 2)} / ${fixed(targetOther, 2)} target, so the row’s weights are the prediction itself.`,
        ),
      },
      {
        text: L('指针头里代词**那一列**：两个名词各自有多关注代词', 'The pronoun’s **column** in the pointer head: how much each noun attends to the pronoun'),
        correct: false,
        explanation: L(
          '列说的是别的词元作为查询时分给代词多少注意力。我们问的是代词在找谁，那是代词作为查询的那一行。',
          'A column holds what other tokens, as queries, give to the pronoun. The question is what the pronoun is looking for: its own row, with the pronoun as the query.',
        ),
      },
      {
        text: L('指针头的输出向量（加权求和之后的 z），再接一个分类层', 'The pointer head’s output vector (z, after the weighted sum), fed to a classifier'),
        correct: false,
        explanation: L(
          `没有这样的分类层。把指针头的输出置零，新句子上的准确率仍是 ${pct(pointerHead.accuracyWhenZeroed.fresh, 1)}：答案不经过输出，直接读的是权重。`,
          `There is no such classifier. With the pointer head’s output zeroed, accuracy on fresh sentences is still ${pct(pointerHead.accuracyWhenZeroed.fresh, 1)}: the answer never goes through the output; it is read from the weights.`,
        ),
      },
      {
        text: L(`把两层共 ${meta.layers * meta.heads} 个头的注意力平均起来，看哪个名词得到的平均权重大`, `The average attention over all ${meta.layers * meta.heads} heads of both layers: whichever noun gets more on average`),
        correct: false,
        explanation: L(
          `别的头没有被训练来指向名词：同一层的另外三个头几乎平铺，第 1 层的头主要看形容词。平均下来，指针的信号会被冲淡。`,
          `The other heads were not trained to point at nouns: the rest of the pointer’s layer spreads its attention almost evenly, and the first layer’s heads look mostly at the adjective. Averaging would dilute the pointer.`,
        ),
      },
    ],
    solution: L(
      `规则写在模型的元数据里：在第 ${shown(pointer.layer)} 层的头 ${shown(pointer.head)} 中，代词那一行 $\\mathrm{softmax}(q_{\\text{代词}} K^\\top/\\sqrt{d_k})$ 在两个候选名词上的权重，大的那个就是指代对象。`,
      `The rule is in the model’s metadata: in layer ${shown(pointer.layer)}, head ${shown(pointer.head)}, the pronoun’s row $\\mathrm{softmax}(q_{\\text{pron}} K^\\top/\\sqrt{d_k})$ is compared on the two candidate nouns, and the larger weight names the referent.`,
    ),
  },
};
