/** The RNN’s limits on long sentences (and two that are not). */
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'why-self-attention-rnn-limits',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: {
      zh: '下面哪些是循环神经网络（RNN）处理长句时的局限？（可多选）',
      en: 'Which of these are limitations of a recurrent neural network (RNN) on long sentences? (Choose all that apply.)',
    },
    options: [
      {
        text: { zh: '不管句子多长，读过的内容都只能装进一个固定大小的隐藏状态。', en: 'However long the sentence, everything read so far must fit in one fixed-size hidden state.' },
        correct: true,
        explanation: {
          zh: '是局限。隐藏状态的维度是事先定好的，句子越长，每个词能分到的“空间”越少，早先的细节就会被后来的内容挤掉。',
          en: 'A limitation. The hidden state has a fixed width set in advance; the longer the sentence, the less room each word gets, and early details are crowded out by later ones.',
        },
      },
      {
        text: { zh: '相隔 k 个位置的两个词之间要走 k 步，信号和训练时的梯度一路被反复相乘，容易衰减。', en: 'Two words k positions apart are k steps apart; the signal, and the gradient in training, is multiplied again at every step and tends to fade.' },
        correct: true,
        explanation: {
          zh: '是局限。每步乘一个小于 1 的因子，k 步后只剩它的 k 次方，距离一远就几乎为零，这就是梯度消失。',
          en: 'A limitation. Multiply by a factor below 1 at every step and after k steps you have its k-th power, close to zero once the distance is large: the vanishing gradient.',
        },
      },
      {
        text: { zh: '第 t 步必须等第 t − 1 步算完，同一句话里的各个位置没法并行计算。', en: 'Step t has to wait for step t − 1, so the positions of one sentence cannot be computed in parallel.' },
        correct: true,
        explanation: {
          zh: '是局限。n 个词就是 n 个必须依次完成的步骤，GPU 再多核心也只能排队等。',
          en: 'A limitation. n words mean n steps that must happen one after another; however many cores a GPU has, they wait in line.',
        },
      },
      {
        text: { zh: 'RNN 不知道词的先后顺序。', en: 'An RNN cannot tell the order of the words.' },
        correct: false,
        explanation: {
          zh: '恰恰相反：RNN 按顺序一个个读，顺序天然就藏在计算过程里。不知道顺序的其实是自注意力，所以后面要专门讲位置编码。',
          en: 'Quite the opposite: an RNN reads the words in order, so order is built into its computation. It is self-attention that cannot see order on its own, which is why a later chapter is about positional encoding.',
        },
      },
      {
        text: { zh: 'RNN 每层的计算量随句子长度 n 平方增长。', en: 'An RNN layer’s amount of computation grows with the square of the sentence length n.' },
        correct: false,
        explanation: {
          zh: '不对。循环层大约是 n·d² 次运算，对 n 是线性的。随 n 平方增长的是自注意力（n²·d），这是它要付的代价。',
          en: 'No. A recurrent layer takes about n·d² operations, linear in n. What grows with n² is self-attention (n²·d): that is the price it pays.',
        },
      },
    ],
    solution: {
      zh: '前三项正是 RNN 的三个老问题：固定大小的隐藏状态是瓶颈；信息要一步步传，距离越远衰减越厉害；步骤首尾相接，无法在位置之间并行。后两项说反了：知道顺序是 RNN 的长处，平方级的计算量是自注意力的短处。',
      en: 'The first three are the RNN’s three old problems: a fixed-size hidden state is a bottleneck; information travels step by step and fades with distance; the steps form a chain, so positions cannot be computed in parallel. The last two have it backwards: knowing the order is an RNN strength, and quadratic cost is self-attention’s weakness.',
    },
  },
};
