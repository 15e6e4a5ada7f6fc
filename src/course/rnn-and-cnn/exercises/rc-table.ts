/**
 * Table 1 of Vaswani et al. (2017) filled in for a toy size: operations per layer, sequential
 * operations and maximum path length of self-attention, a recurrent layer, dilated convolutions
 * and restricted self-attention, each O(·) evaluated with its constants dropped, as the kernel's
 * layerComplexity does. Each listed mistake is the table with one typical confusion.
 */
import { layerComplexity } from '../../../kernel/index.ts';
import { L, big } from '../../text.ts';
import type { MatrixQuestion, StaticExercise } from '../../../quiz/types.ts';

/** Small powers of two: log₂ n and n ÷ r come out whole, and every entry is easy to work out by hand. */
export const size = { n: 32, d: 8, k: 2, r: 4 } as const;
const { n, d, k, r } = size;
const rows = ['selfAttention', 'recurrent', 'convolutional', 'restrictedSelfAttention'] as const;
const table = layerComplexity(n, d, k, r);
/** Rows: self-attention, recurrent, convolutional, restricted; columns: operations, sequential operations, maximum path length. */
export const answer: number[][] = rows.map((row) => [table[row].operations, table[row].sequentialOperations, table[row].maxPathLength]);

/** The whole table with one cell (or one column) changed. */
const withCells = (changes: readonly [number, number, number][]): number[][] => {
  const grid = answer.map((row) => [...row]);
  for (const [i, j, value] of changes) grid[i]![j] = value;
  return grid;
};
const OPS = 0, SEQ = 1, PATH = 2;
const SA = 0, RNN = 1, CNN = 2, RESTRICTED = 3;

/** The typical confusions, each as the whole table a reader would enter. */
export const mistakes = {
  /** n·d² and n²·d swapped between self-attention and the recurrent layer. */
  swappedOps: withCells([[SA, OPS, answer[RNN]![OPS]!], [RNN, OPS, answer[SA]![OPS]!]]),
  /** The convolution's k forgotten: n·d². */
  convNoK: withCells([[CNN, OPS, n * d * d]]),
  /** Self-attention's sequential operations taken as n, because each position reads n others. */
  attentionSequential: withCells([[SA, SEQ, n]]),
  /** The sequential column filled with the path lengths. */
  sequentialAsPath: withCells(rows.map((_, i) => [i, SEQ, answer[i]![PATH]!] as [number, number, number])),
  /** Contiguous kernels' O(n/k) instead of the dilated O(log_k n). */
  contiguous: withCells([[CNN, PATH, n / k]]),
  /** Restricted self-attention's path taken as r instead of n/r. */
  restrictedR: withCells([[RESTRICTED, PATH, r]]),
  /** The exact number of steps from the first position to the last, n − 1, instead of the table's n. */
  exactRecurrent: withCells([[RNN, PATH, n - 1]]),
} as const;

/** A whole number for TeX, thousands separated as in the prose: 8388608 → 8{,}388{,}608. */
const t = (x: number) => big(x).replace(/,/g, '{,}');
const [sa, rnn, cnn, restricted] = answer.map((row) => row.map(t)) as [string[], string[], string[], string[]];
/** A realistic model width, for the solution's closing comparison. */
export const REALISTIC_D = 512;
const wide = layerComplexity(n, REALISTIC_D, k, r);

// What the solution says about these numbers; a change to the kernel or the size that breaks it fails loudly.
if (!(answer.every((row) => row[0]! <= answer[0]![0]!) && d < n && REALISTIC_D > n && wide.selfAttention.operations < wide.recurrent.operations)) {
  throw new Error('rc-table: self-attention should do the most work at the toy size (d < n) and less than a recurrent layer at the realistic width');
}
if (!answer.every((row) => row.every(Number.isInteger)) || n / k !== Math.trunc(n / k)) throw new Error('rc-table: every entry should be a whole number');

const question: MatrixQuestion = {
  kind: 'matrix',
  name: 'T',
  prompt: L(
    `把论文表 1（Vaswani 等，2017，第 4 节）按一个小例子填出来：序列长 $n = ${n}$，宽度 $d = ${d}$，卷积核宽 $k = ${k}$，用空洞卷积；受限自注意力的邻域大小 $r = ${r}$。每一格按表里的式子算，去掉 $O(\\cdot)$、不加常数，例如 $O(n \\cdot d)$ 就填 $${t(n * d)}$。四行依次是：自注意力、循环层、卷积层、受限自注意力。`,
    `Fill in the paper’s Table 1 (Vaswani et al., 2017, section 4) for a small example: a sequence of $n = ${n}$ positions, width $d = ${d}$, kernel width $k = ${k}$ with dilated convolutions, and a neighbourhood of size $r = ${r}$ for restricted self-attention. Evaluate each entry as the table writes it, without the $O(\\cdot)$ and without constants: $O(n \\cdot d)$, say, would be $${t(n * d)}$. The four rows are, in order: self-attention, recurrent, convolutional, restricted self-attention.`,
  ),
  answer,
  columns: [L('每层运算量', 'operations per layer'), L('顺序操作数', 'sequential operations'), L('最大路径长度', 'maximum path length')],
  mistakes: [
    {
      value: mistakes.swappedOps,
      hint: L(
        '自注意力和循环层的运算量对调了。自注意力是每一对位置做一次长度为 $d$ 的点积：$n^2 \\cdot d$；循环层是每一步用 $d \\times d$ 的矩阵乘一次隐藏状态：$n \\cdot d^2$。',
        'Self-attention’s and the recurrent layer’s operations are swapped. Self-attention takes a dot product of length $d$ for every pair of positions, $n^2 \\cdot d$; the recurrent layer multiplies its state by a $d \\times d$ matrix at every step, $n \\cdot d^2$.',
      ),
    },
    {
      value: mistakes.convNoK,
      hint: L(
        `卷积层的运算量漏了 $k$：每个位置要把 $k$ 个输入向量各乘一个 $d \\times d$ 的矩阵，是 $k \\cdot n \\cdot d^2$。`,
        `The convolution’s operations are missing the $k$: every position multiplies each of its $k$ input vectors by a $d \\times d$ matrix, $k \\cdot n \\cdot d^2$.`,
      ),
    },
    {
      value: mistakes.attentionSequential,
      hint: L(
        '自注意力的每个位置确实要读 $n$ 个位置，但这些读取互不等待，整层是一次矩阵乘法：顺序操作是 $O(1)$。',
        'Each position of self-attention does read $n$ positions, but none of those reads waits for another; the whole layer is one matrix product: $O(1)$ sequential operations.',
      ),
    },
    {
      value: mistakes.sequentialAsPath,
      hint: L(
        '顺序操作数那一列填成了路径长度。顺序操作数问的是一层之内有多少步必须排队，只有循环层要排 $n$ 步；路径长度问的是两个位置之间要经过几步或几层。',
        'The sequential column holds the path lengths. Sequential operations count the steps within one layer that must queue, and only the recurrent layer queues $n$ of them; the path length counts the steps or layers between two positions.',
      ),
    },
    {
      value: mistakes.contiguous,
      hint: L(
        `$n / k = ${t(n / k)}$ 是连续卷积核的路径长度。题目用的是空洞卷积：每层的间隔乘以 $k$，感受野每层扩大 $k$ 倍，$\\log_k n$ 层就够了。`,
        `$n / k = ${t(n / k)}$ is the path length with contiguous kernels. Here the convolutions are dilated: the gap is multiplied by $k$ from one layer to the next, so the receptive field grows $k$-fold per layer and $\\log_k n$ layers suffice.`,
      ),
    },
    {
      value: mistakes.restrictedR,
      hint: L(
        '受限自注意力的路径长度不是 $r$。每一层只能连到邻域里的 $r$ 个位置，从一头到另一头要走大约 $n / r$ 层。',
        'Restricted self-attention’s path length is not $r$. Each layer reaches only the $r$ positions of the neighbourhood, so getting from one end to the other takes on the order of $n / r$ layers.',
      ),
    },
    {
      value: mistakes.exactRecurrent,
      hint: L(
        `从第一个位置到最后一个位置，RNN 确实正好走 $n - 1 = ${t(n - 1)}$ 步。不过这道题按表里的写法去掉常数，$O(n)$ 填 $n$。`,
        `From the first position to the last, an RNN does take exactly $n - 1 = ${t(n - 1)}$ steps. This exercise, though, follows the table and drops constants: $O(n)$ is entered as $n$.`,
      ),
    },
  ],
  solution: L(
    [
      `自注意力：$n^2 \\cdot d = ${sa[0]}$，顺序操作 $O(1)$，任意两个位置一步相连，路径 $${sa[2]}$。`,
      `循环层：每步一次 $d \\times d$ 的矩阵乘法，$n \\cdot d^2 = ${rnn[0]}$；$n = ${rnn[1]}$ 步必须排队，路径也是 $O(n)$，填 $${rnn[2]}$。`,
      `卷积层：$k \\cdot n \\cdot d^2 = ${cnn[0]}$，所有位置同时算，顺序操作 $${cnn[1]}$；空洞卷积的感受野每层扩大 $k$ 倍，路径 $\\log_k n = \\log_{${k}} ${n} = ${cnn[2]}$。`,
      `受限自注意力：每个位置只看 $r$ 个位置，$r \\cdot n \\cdot d = ${restricted[0]}$，顺序操作 $${restricted[1]}$，路径 $n / r = ${restricted[2]}$。`,
      `这里 $d = ${d}$ 比 $n$ 小，自注意力算得多。换成真实的宽度 $d = ${REALISTIC_D}$，自注意力只要 $${t(wide.selfAttention.operations)}$，循环层要 $${t(wide.recurrent.operations)}$：序列长度比模型宽度小的时候，自注意力反而便宜。`,
    ].join('\n'),
    [
      `Self-attention: $n^2 \\cdot d = ${sa[0]}$, $O(1)$ sequential operations, and any two positions one step apart: path $${sa[2]}$.`,
      `Recurrent: one $d \\times d$ matrix product per step, $n \\cdot d^2 = ${rnn[0]}$; the $n = ${rnn[1]}$ steps must queue, and the path is $O(n)$ too, entered as $${rnn[2]}$.`,
      `Convolutional: $k \\cdot n \\cdot d^2 = ${cnn[0]}$, every position at once, so $${cnn[1]}$ sequential operation; dilated convolutions widen the receptive field by a factor of $k$ per layer, so the path is $\\log_k n = \\log_{${k}} ${n} = ${cnn[2]}$.`,
      `Restricted self-attention: each position sees $r$ positions, $r \\cdot n \\cdot d = ${restricted[0]}$, $${restricted[1]}$ sequential operation, path $n / r = ${restricted[2]}$.`,
      `Here $d = ${d}$ is smaller than $n$, so self-attention does the most work. At a realistic width of $d = ${REALISTIC_D}$, self-attention needs only $${t(wide.selfAttention.operations)}$ operations and the recurrent layer $${t(wide.recurrent.operations)}$: when the sequence is shorter than the model is wide, self-attention is the cheaper layer.`,
    ].join('\n'),
  ),
};

export const exercise: StaticExercise = { id: 'rc-table', parametric: false, question };
