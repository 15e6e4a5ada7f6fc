/** What the √d_k argument says, and what it does not. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'scaling-argument',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L('关于除以 $\\sqrt{d_k}$ 的理由，下面哪些说法是对的？（可多选）', 'Which of these are true of the reason for dividing by $\\sqrt{d_k}$? (Choose all that apply.)'),
    options: [
      {
        text: L('论文把“点积太大会把 softmax 推到梯度极小的区域”说成一种猜测，方差的计算只是用来说明', 'The paper presents "large dot products push the softmax into regions of tiny gradients" as a suspicion, and the variance computation as an illustration'),
        correct: true,
        explanation: L(
          '对。论文原话是 “We suspect that …”，并在脚注里假设 $q$、$k$ 的分量独立、均值 0、方差 1 来说明点积为什么会变大。',
          'True. The paper says "We suspect that …" and, in a footnote, assumes independent components of mean 0 and variance 1 to show why the dot products get large.',
        ),
      },
      {
        text: L('这个推导最贴切的时刻是训练开始时；训练之后 $q$ 和 $k$ 不再独立，分数的方差可以离 1 很远', 'The derivation fits best at the start of training; after training, $q$ and $k$ are no longer independent and the scores\' variance can be far from 1'),
        correct: true,
        explanation: L(
          '对。独立、均值 0 是随机初始化时的近似。训练的目的恰恰是让某些查询和键对得上，它们就不再独立了。',
          'True. Independence and zero mean describe random initialisation. Training exists precisely to make some queries match some keys, and then they are no longer independent.',
        ),
      },
      {
        text: L('除以 $\\sqrt{d_k}$ 之后，不管分量的方差 $\\sigma^2$ 是多少，分数的方差都是 1', 'After dividing by $\\sqrt{d_k}$, the scores have variance 1 whatever the components\' variance $\\sigma^2$'),
        correct: false,
        explanation: L(
          '不对。缩放后的方差是 $\\sigma^4$：只有 $\\sigma = 1$ 时才是 1。除以 $\\sqrt{d_k}$ 消掉的只是对宽度 $d_k$ 的依赖。',
          'False. After scaling the variance is $\\sigma^4$, which is 1 only when $\\sigma = 1$. Dividing by $\\sqrt{d_k}$ removes only the dependence on the width $d_k$.',
        ),
      },
      {
        text: L('分数缩得越小越好：权重越平均，训练越稳', 'The smaller the scores, the better: more even weights, steadier training'),
        correct: false,
        explanation: L(
          '不对。分数太小，权重几乎平均，每个词得到的都是所有值的平均，注意力就挑不出任何东西了。缩放要的是不大不小。',
          'False. Scores that are too small give nearly even weights: every word receives the plain average of all values, and attention singles nothing out. Scaling aims for neither too large nor too small.',
        ),
      },
      {
        text: L('除以 $\\sqrt{d_k}$ 等于把 softmax 的温度设为 $T = \\sqrt{d_k}$', 'Dividing by $\\sqrt{d_k}$ is the same as a softmax with temperature $T = \\sqrt{d_k}$'),
        correct: true,
        explanation: L(
          '对。$\\mathrm{softmax}(z/T)$ 中温度越高越平、越低越尖；缩放就是选了一个随宽度变化的固定温度。',
          'True. In $\\mathrm{softmax}(z/T)$ a higher temperature flattens and a lower one sharpens; scaling picks a fixed temperature that grows with the width.',
        ),
      },
    ],
    solution: L(
      '对的是第 1、2、5 条。缩放后的方差是 $\\sigma^4$，不总是 1；分数也不是越小越好，太小的分数让注意力什么都挑不出来。',
      'The first, second and fifth are true. After scaling the variance is $\\sigma^4$, not always 1; and smaller is not always better, since scores that are too small let attention single out nothing.',
    ),
  },
};
