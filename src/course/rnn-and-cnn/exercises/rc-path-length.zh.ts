/** rc-path-length in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub } from '../../text.ts';
import { TOLERANCE, draw } from './rc-path-length.ts';

export const generate: Generate = (seed) => {
  const { encoder, n, i, j, k, distance, paths, answer, mistakes } = draw(seed);
  const step = k - 1;
  const down = Math.floor(distance / step);
  const question = {
    rnn: '在 **RNN** 里，第 i 个位置的信息要经过几次隐藏状态的更新，才能到达第 j 个位置的状态？',
    cnn: '在**卷积网络**里，至少要叠几层，才会有一个单元同时依赖这两个位置？',
    attention: '在**自注意力**这一叠里，至少要几层，第 j 个位置的输出才会依赖第 i 个位置？',
  }[encoder];
  const solution = {
    rnn: `第 ${i} 个位置的信息先进入 h${sub(i)}，之后每个位置更新一次状态：h${sub(i)} → h${sub(i + 1)} → … → h${sub(j)}，一共 ${j} − ${i} = **${answer}** 次。\n同样这两个位置，k = ${k} 的卷积网络要 ${paths.cnn} 层，自注意力只要 ${paths.attention} 层。`,
    cnn: `每叠一层，单元的感受野就宽出 k − 1 = ${step} 个位置，L 层看得到 1 + ${step}L 个位置。从第 ${i} 个到第 ${j} 个共有 ${distance + 1} 个位置，所以 ${step}L ≥ ${distance}，L = ⌈${distance} ÷ ${step}⌉ = **${answer}**。\n同样这两个位置，RNN 要 ${paths.rnn} 步，自注意力只要 ${paths.attention} 层。`,
    attention: `一层自注意力里，第 ${j} 个位置的输出是所有位置的加权和，第 ${i} 个位置也在其中：不管隔多远，都只要 **${answer}** 层。\n同样这两个位置，RNN 要 ${paths.rnn} 步，k = ${k} 的卷积网络要 ${paths.cnn} 层。`,
  }[encoder];
  return {
    kind: 'numeric',
    prompt: `一个序列有 **n = ${n}** 个位置，交给三种编码器来读：RNN 从左往右，每个位置更新一次隐藏状态；一叠卷积层，卷积核宽 **k = ${k}**（连续的卷积核，不膨胀：每个单元看下一层相邻的 ${k} 个单元）；一叠自注意力层。\n取第 **i = ${i}** 个和第 **j = ${j}** 个位置。${question}（这就是这种编码器里两个位置之间的路径长度。）`,
    label: '路径长度 =',
    answer,
    ...TOLERANCE,
    mistakes: withHints(mistakes, {
      positions: {
        rnn: `你数的是从第 ${i} 个到第 ${j} 个一共有几个位置（两头都算，${distance + 1} 个）。路径数的是步数，每一步连接相邻的两个位置，比位置数少 1。`,
        cnn: `你拿位置数 |i − j| + 1 = ${distance + 1} 去除以 k − 1。第一层本身就覆盖 k 个位置，之后每层再多 k − 1 个，L 层覆盖 1 + ${step}L 个位置；要够 ${distance + 1} 个，只需 ${step}L ≥ ${distance}。`,
        attention: '你数的是两个位置。它们之间的路径只有一跳：第 j 个位置的输出直接读第 i 个位置。',
      }[encoder],
      between: `你只数了夹在 i 和 j 中间的位置。从第 ${j - 1} 个位置的状态到第 ${j} 个位置的状态，还要再更新一次。`,
      byK: `你除的是 k = ${k}。下一层那 k 个单元的感受野彼此重叠，合起来只比一个单元多出 k − 1 = ${step} 个位置：每层加的是 k − 1，应该用 ${distance} 除以 ${step}。`,
      floor: `你向下取整了。${down} 层只能覆盖 1 + ${step} × ${down} = ${1 + step * down} 个位置，不到从 i 到 j 的 ${distance + 1} 个，还得再加一层。`,
      unrounded: `${distance} ÷ ${step} 不是整数，可层数只能是整数：不够一层也得算一层，要向上取整。`,
      oneLayer: encoder === 'cnn'
        ? `1 层是自注意力的答案。卷积单元只看相邻的 ${k} 个单元，离得远的两个位置要叠好几层才碰得上。`
        : '1 步是自注意力的答案，那里任意两个位置直接相连。RNN 每一步只把信息往后传一个位置。',
      asRnn: encoder === 'cnn'
        ? `${distance} 是 RNN 的步数，一步一个位置。一层卷积一次就能把信息往外传 k − 1 = ${step} 个位置。`
        : `${distance} 是 RNN 的步数，一步一个位置。自注意力里每个输出都直接读所有位置。`,
      asCnn: encoder === 'rnn'
        ? `${paths.cnn} 是卷积网络要叠的层数。RNN 不能跳着走：每个位置更新一次。`
        : `${paths.cnn} 是卷积网络的层数。自注意力不用一层层扩大窗口，一层就连到所有位置。`,
    }),
    solution,
  };
};
