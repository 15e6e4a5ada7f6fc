/** UI strings of the RNN-versus-attention widget of chapter 1 (RnnVsAttention). `en` must have exactly zh's keys. */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'rnn.title': 'RNN 与自注意力：信息要走多远',
  'rnn.from': '信息来源',
  'rnn.to': '需要它的词',
  'rnn.view': '视角',
  'rnn.viewRnn': 'RNN：一步一步传',
  'rnn.viewAttention': '自注意力：一步直达',
  'rnn.gain': '每一步保留的信号比例',
  'rnn.steps': '“{from}”的信息要经过 {steps} 步才能到达“{to}”。',
  'rnn.remaining': '每步保留 {gain}，到达时只剩 {remaining}（{percent}）。',
  'rnn.sequential': '整句必须按顺序计算 {n} 步，不能并行。',
  'rnn.attentionSteps': '自注意力里，“{to}”直接看到“{from}”：只需 1 步，所有词同时计算。',
  'rnn.weightsTitle': '“{token}”的注意力权重（手工设定的示意向量，经 softmax 计算）',
  'rnn.state': '隐藏状态 h{n}',
  'rnn.chain': 'RNN 的信息传递链',
  'rnn.bars': '注意力权重条形图',
  'rnn.announce': '{summary}',
} as const;

export const en: StringsOf<typeof zh> = {
  'rnn.title': 'RNN against self-attention: how far information travels',
  'rnn.from': 'Where the information starts',
  'rnn.to': 'The word that needs it',
  'rnn.view': 'View',
  'rnn.viewRnn': 'RNN: passed along step by step',
  'rnn.viewAttention': 'Self-attention: one direct step',
  'rnn.gain': 'Share of the signal kept at each step',
  'rnn.steps': 'The information from {from} needs {steps} steps to reach {to}.',
  'rnn.remaining': 'Keeping {gain} per step, only {remaining} of it arrives ({percent}).',
  'rnn.sequential': 'The sentence takes {n} steps one after another; they cannot run in parallel.',
  'rnn.attentionSteps': 'In self-attention, {to} looks at {from} directly: one step, and every word is computed at the same time.',
  'rnn.weightsTitle': 'The attention weights of “{token}” (hand-set illustrative vectors, through a softmax)',
  'rnn.state': 'hidden state h{n}',
  'rnn.chain': 'The RNN’s chain of steps',
  'rnn.bars': 'Attention weights as bars',
  'rnn.announce': '{summary}',
};

export type RnnKey = keyof typeof zh;
