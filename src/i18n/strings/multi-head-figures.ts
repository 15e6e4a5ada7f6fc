/** UI strings of the multi-head chapter's build-time figures (src/components/figures/HeadsTraining.astro). `en` must have exactly zh's keys. */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'mhFig.training.title': '同样的宽度、同样的参数：1、2、4、8 个头的学习曲线',
  'mhFig.training.desc': '留出集准确率（三个种子的平均）随训练步数的变化，横轴从 0 到 {steps} 步。准确率第一次达到 90% 的步数（三个种子）：{summary}。',
  'mhFig.training.accuracy': '留出集准确率',
  'mhFig.training.step': '训练步数',
  'mhFig.training.heads': '{H} 个头',
  'mhFig.training.oneHead': '1 个头',
  'mhFig.training.legend': '每条线是三个随机种子的平均；模型宽度都是 {d_model}，投影矩阵的参数在四种设置下都是 {params} 个',
  'mhFig.training.setting': '设置',
  'mhFig.training.at90': '首次达到 90% 的步数',
  'mhFig.training.at99': '首次达到 99% 的步数',
  'mhFig.training.final': '最终准确率',
} as const;

export const en: StringsOf<typeof zh> = {
  'mhFig.training.title': 'Same width, same parameters: learning curves with 1, 2, 4 and 8 heads',
  'mhFig.training.desc': 'Held-out accuracy (mean of three seeds) against the training step, from 0 to {steps}. Steps at which the accuracy first reached 90% (three seeds): {summary}.',
  'mhFig.training.accuracy': 'Held-out accuracy',
  'mhFig.training.step': 'Training step',
  'mhFig.training.heads': '{H} heads',
  'mhFig.training.oneHead': '1 head',
  'mhFig.training.legend': 'Each line is the mean of three random seeds; the model width is {d_model}, and the projections have {params} parameters in all four settings',
  'mhFig.training.setting': 'Setting',
  'mhFig.training.at90': 'First step at 90%',
  'mhFig.training.at99': 'First step at 99%',
  'mhFig.training.final': 'Final accuracy',
};
