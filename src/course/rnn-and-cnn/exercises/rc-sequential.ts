/** Table 1's sequential operations: only the recurrent layer needs O(n), and a GPU cannot parallelise across them. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'rc-sequential',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '论文表 1 有一列叫“顺序操作数”：算完一层时，有多少步必须一步接一步地做，不能同时进行。哪种层需要 $O(n)$ 个顺序操作？这在 GPU 上为什么要紧？',
      'Table 1 of the paper has a column called "sequential operations": how many of the steps that compute one layer must happen one after another rather than at the same time. Which layer needs $O(n)$ of them, and why does that matter on a GPU?',
    ),
    options: [
      {
        text: L(
          '循环层：$h_t$ 要等 $h_{t-1}$ 算完，$n$ 步只能排队做；GPU 只能在一步之内并行，没法跨时间步并行',
          'The recurrent layer: $h_t$ waits for $h_{t-1}$, so its $n$ steps queue up, and a GPU can work in parallel only within a step, never across steps',
        ),
        correct: true,
        explanation: L(
          '对。GPU 快，是因为它能同时做大量互不依赖的乘法。循环层每一步只有一次 $d \\times d$ 的矩阵乘向量（整批句子一起算也只是把这一步做宽），下一步必须等它做完，所以序列越长，一层花的时间就越长，核心再多也帮不上。论文的说法是：去掉循环以后，Transformer 能并行得多，训练成本只有此前那些有竞争力的模型的一小部分。',
          'Right. A GPU is fast because it does many independent multiplications at once. A recurrent step holds just one $d \\times d$ matrix–vector product (a batch of sentences only makes that step wider), and the next step cannot start until it is done, so the time per layer grows with the length of the sequence however many cores there are. Without recurrence, in the paper’s words, the Transformer “allows for significantly more parallelization” and trains “at a fraction of the training cost” of the competitive models before it.',
        ),
      },
      {
        text: L(
          '自注意力：每个位置都要看全部 $n$ 个位置',
          'Self-attention: every position has to look at all $n$ positions',
        ),
        correct: false,
        explanation: L(
          '看全部 $n$ 个位置，是 $n^2 \\cdot d$ 次运算，可其中没有哪一次要等别的：所有分数就是一次矩阵乘法 $QK^\\top$，同时算完。运算多，顺序操作只有 $O(1)$。',
          'Looking at all $n$ positions costs $n^2 \\cdot d$ operations, but none of them waits for another: all the scores are one matrix product, $QK^\\top$, computed at once. Many operations, only $O(1)$ sequential ones.',
        ),
      },
      {
        text: L(
          '卷积层：卷积核沿着序列一个位置一个位置地滑过去',
          'The convolutional layer: its kernel slides along the sequence one position at a time',
        ),
        correct: false,
        explanation: L(
          '“滑过去”只是画图的说法。每个位置的窗口只读下一层，而下一层早已算好，所以 $n$ 个窗口可以同时算：$O(1)$。叠很多层确实要一层接一层，但那是最大路径长度那一列的事。',
          '"Sliding" is how the picture is drawn, not how it runs. The window at each position reads only the layer below, which is already computed, so all $n$ windows are computed at once: $O(1)$. Stacking layers does go one layer after another, but that belongs to another column, the maximum path length.',
        ),
      },
      {
        text: L(
          '都不需要：在 GPU 上，RNN 的 $n$ 步也可以同时算',
          'None of them, on a GPU: it runs the $n$ steps of an RNN in parallel too',
        ),
        correct: false,
        explanation: L(
          'GPU 能同时做的，只是互不依赖的工作。RNN 的第 $t$ 步要用第 $t-1$ 步的结果，哪种硬件都没法提前开始。',
          'A GPU can only run work in parallel that does not depend on other work. Step $t$ of an RNN needs the result of step $t-1$; no hardware can start it any earlier.',
        ),
      },
      {
        text: L(
          '三种层都需要：每层都要产生 $n$ 个输出，每个位置一个',
          'All three: every layer produces $n$ outputs, one per position',
        ),
        correct: false,
        explanation: L(
          '产生 $n$ 个输出是工作量，不是排队的步数。要看的是同一层里，一个输出要不要等另一个输出算完；只有循环层要等。',
          'Producing $n$ outputs is an amount of work, not a queue of steps. What counts is whether one output of a layer has to wait for another output of the same layer, and only in the recurrent layer does it.',
        ),
      },
    ],
    solution: L(
      '只有循环层：$h_t = f(h_{t-1}, x_t)$ 把 $n$ 步串成一条链，顺序操作数是 $O(n)$。自注意力和卷积层的每个输出都只依赖下一层，所有位置同时算，是 $O(1)$。GPU 的本事是同时做互不依赖的运算：能并行的部分越多，它越派得上用场；必须排队的 $n$ 步，再多的核心也只能等。',
      'Only the recurrent layer: $h_t = f(h_{t-1}, x_t)$ chains its $n$ steps, so it needs $O(n)$ sequential operations. Every output of self-attention or of a convolution depends only on the layer below, so all positions are computed at once: $O(1)$. What a GPU is good at is doing independent operations at the same time; the more of the work can run in parallel, the more it helps, and $n$ steps that must queue leave its cores waiting however many there are.',
    ),
  },
};
