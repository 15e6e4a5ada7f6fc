/** UI strings of the positional-encoding chapter's build-time figures (src/components/figures/Positional*.astro). `en` must have exactly zh's keys. */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'posFigures.waves.title': '二进制计数器和正弦位置编码：越靠前的维度变得越快',
  'posFigures.waves.bitsTitle': '二进制计数：位置 0 到 15 的四个二进制位',
  'posFigures.waves.bitsDesc': '每一行是一个二进制位，每一列是一个位置，涂满的格子表示这一位是 1。最低位每一步都翻转，第二位每两步翻转一次，第三位每四步，最高位每八步。',
  'posFigures.waves.bit': '第 {k} 位（每 {period} 步翻转）',
  'posFigures.waves.wavesTitle': '正弦位置编码：宽度为 {d_model} 时的第 {dims} 维',
  'posFigures.waves.wavesDesc': '横轴是位置 0 到 {last}，纵轴是编码的值，在 −1 到 1 之间。第 {dims} 维的波长依次是 {wavelengths}：维度越靠后，波越慢。',
  'posFigures.waves.position': '位置',
  'posFigures.waves.value': '编码的值',
  'posFigures.waves.dim': '第 {j} 维（波长 {wavelength}）',
  'posFigures.waves.legend': '计数器的每一位以固定的周期翻转，周期一位比一位长一倍；正弦编码的每一对维度以固定的频率转动，频率一对比一对低。区别在于正弦编码是连续变化的，而且相邻位置的编码彼此接近。',
  'posFigures.similarity.title': '两个位置的编码的点积，只取决于它们相距多远',
  'posFigures.similarity.desc': '横轴是偏移 k，从 {from} 到 {to}；纵轴是 PE(p)·PE(p + k)，编码宽度 {d_model}。实线从 p = {p1} 出发，虚线从 p = {p2} 出发，两条线完全重合（最大差 {diff}）。k = 0 时最大，等于 {peak}；曲线左右对称。',
  'posFigures.similarity.offset': '偏移 k',
  'posFigures.similarity.dot': 'PE(p)·PE(p + k)',
  'posFigures.similarity.from': '从 p = {p} 出发',
  'posFigures.similarity.legend': '点积在 k = 0 处最大，离得越远大体越小，但并不是一路单调下降；它对 k 和 −k 一样，所以单靠点积分不出谁在前、谁在后。',
} as const;

export const en: StringsOf<typeof zh> = {
  'posFigures.waves.title': 'A binary counter and the sinusoidal code: the earlier the dimension, the faster it changes',
  'posFigures.waves.bitsTitle': 'Counting in binary: the four bits of positions 0 to 15',
  'posFigures.waves.bitsDesc': 'Each row is a bit and each column a position; a filled square means the bit is 1. The lowest bit flips at every step, the next every two steps, the third every four, the highest every eight.',
  'posFigures.waves.bit': 'bit {k} (flips every {period})',
  'posFigures.waves.wavesTitle': 'The sinusoidal code: dimensions {dims} of a {d_model}-wide code',
  'posFigures.waves.wavesDesc': 'Across: positions 0 to {last}; up: the value of the code, between −1 and 1. The wavelengths of dimensions {dims} are {wavelengths}: the later the dimension, the slower the wave.',
  'posFigures.waves.position': 'position',
  'posFigures.waves.value': 'value of the code',
  'posFigures.waves.dim': 'dimension {j} (wavelength {wavelength})',
  'posFigures.waves.legend': 'Each bit of a counter flips with a fixed period, each period twice the one before; each pair of the sinusoidal code turns at a fixed frequency, each frequency lower than the one before. The difference: the sinusoid changes smoothly, so neighbouring positions get similar codes.',
  'posFigures.similarity.title': 'The dot product of two positions’ codes depends only on how far apart they are',
  'posFigures.similarity.desc': 'Across: the offset k from {from} to {to}; up: PE(p)·PE(p + k) for a code {d_model} wide. The solid line starts at p = {p1}, the dashed one at p = {p2}; they coincide (largest difference {diff}). The peak is at k = 0, where it equals {peak}; the curve is symmetric.',
  'posFigures.similarity.offset': 'offset k',
  'posFigures.similarity.dot': 'PE(p)·PE(p + k)',
  'posFigures.similarity.from': 'starting at p = {p}',
  'posFigures.similarity.legend': 'The dot product peaks at k = 0 and broadly falls with distance, though not steadily; it is the same for k and −k, so a dot product alone cannot say which position comes first.',
};
