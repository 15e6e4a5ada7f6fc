/** UI strings of the rnn-and-cnn chapter's build-time figure (src/components/figures/PathLengths.astro). `en` must have exactly zh's keys. */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'rcFigures.paths.title': '两个位置相距越远，信息要走的步数：循环网络一步一步，卷积一层一层，自注意力一步到位',
  'rcFigures.paths.desc': '横轴是两个位置的距离，从 1 到 {max}；纵轴是信息最少要经过的步数（循环网络是时间步，卷积是层数）。距离为 {max} 时：循环网络 {rnn} 步；宽度为 {k} 的普通卷积 {cnn} 层；宽度为 {k} 的空洞卷积 {dilated} 层；只看半径 {r} 以内的受限自注意力 {restricted} 层；自注意力 {attention} 步。',
  'rcFigures.paths.distance': '两个位置的距离',
  'rcFigures.paths.steps': '最少步数',
  'rcFigures.paths.rnn': '循环网络',
  'rcFigures.paths.cnn': '卷积（宽度 {k}，普通）',
  'rcFigures.paths.dilated': '卷积（宽度 {k}，空洞）',
  'rcFigures.paths.restricted': '受限自注意力（半径 {r}）',
  'rcFigures.paths.attention': '自注意力',
  'rcFigures.paths.legend': '循环网络的步数随距离线性增长；普通卷积也是线性的，只是斜率是 1/(k − 1)；空洞卷积每多一层，能看到的范围乘以 k，步数像对数一样增长；自注意力始终是 1。',
} as const;

export const en: StringsOf<typeof zh> = {
  'rcFigures.paths.title': 'How many steps information takes between two positions: a recurrent network step by step, convolutions layer by layer, self-attention at once',
  'rcFigures.paths.desc': 'Across: the distance between two positions, from 1 to {max}; up: the fewest steps information needs (time steps for the recurrent network, layers for the convolutions). At distance {max}: recurrent, {rnn} steps; contiguous convolution of width {k}, {cnn} layers; dilated convolution of width {k}, {dilated} layers; self-attention restricted to radius {r}, {restricted} layers; self-attention, {attention} step.',
  'rcFigures.paths.distance': 'distance between the positions',
  'rcFigures.paths.steps': 'fewest steps',
  'rcFigures.paths.rnn': 'recurrent',
  'rcFigures.paths.cnn': 'convolution (width {k}, contiguous)',
  'rcFigures.paths.dilated': 'convolution (width {k}, dilated)',
  'rcFigures.paths.restricted': 'restricted self-attention (radius {r})',
  'rcFigures.paths.attention': 'self-attention',
  'rcFigures.paths.legend': 'The recurrent network’s steps grow in proportion to the distance; contiguous convolutions too, with slope 1/(k − 1); each dilated layer multiplies the reach by k, so the count grows like a logarithm; self-attention always takes 1.',
};
