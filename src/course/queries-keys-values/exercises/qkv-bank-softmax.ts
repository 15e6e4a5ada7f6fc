/** The softmax of a popular tutorial's bank scores, against the weights it prints for them. */
import { softmax, texNumber } from '../../../kernel/index.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

/** The tutorial's "similarities" for the second 银行, against 账户, 余额, 取钱, 天气. */
const bankScores = [0.9, 0.8, 0.7, 0.1] as const;
const bankWeights = softmax(bankScores);
const bankPlain = bankScores[0] / bankScores.reduce((a, b) => a + b, 0);

export const exercise: StaticExercise = {
  id: 'qkv-bank-softmax',
  parametric: false,
  question: {
    kind: 'numeric',
    prompt: L(
      '一篇流传很广的入门讲解里，第二个“银行”的查询与“账户”“余额”“取钱”“天气”的键的相似度是 $0.9,\\ 0.8,\\ 0.7,\\ 0.1$。把它们当作（已经缩放好的）分数，用 softmax 算出“账户”的注意力权重，保留 3 位小数。',
      'A widely shared introduction to attention has the query of the second 银行 ("bank") score $0.9,\\ 0.8,\\ 0.7,\\ 0.1$ against the keys of 账户 (account), 余额 (balance), 取钱 (withdraw money) and 天气 (weather). Treat these as the (already scaled) scores and compute the attention weight of 账户 with softmax, to 3 decimal places.',
    ),
    label: L('$w_{\\text{账户}} =$', '$w_{\\text{账户}} =$'),
    answer: bankWeights[0]!,
    mistakes: [
      {
        value: 0.4,
        hint: L(
          '这是那篇讲解写的权重，但它并不是这组分数的 softmax。把四个 $e^{s}$ 算出来再归一化试试。',
          'That is the weight the introduction prints, but it is not the softmax of these scores. Compute the four values of $e^{s}$ and normalise them.',
        ),
      },
      {
        value: bankScores[0],
        hint: L('0.9 是“账户”的分数，不是它的权重：还差 softmax 这一步。先把四个分数都取指数，再除以它们的和。', '0.9 is the score of 账户, not its weight: the softmax is missing. Exponentiate all four scores, then divide by their sum.'),
      },
      {
        value: bankPlain,
        hint: L('你用 0.9 除以了四个分数之和，忘了先取指数。softmax 是 $e^{s_j}/\\sum_k e^{s_k}$。', 'You divided 0.9 by the sum of the four scores and forgot the exponential. Softmax is $e^{s_j}/\\sum_k e^{s_k}$.'),
      },
    ],
    solution: L(
      `$e^{0.9}, e^{0.8}, e^{0.7}, e^{0.1} \\approx ${bankScores.map((s) => texNumber(Math.exp(s), { decimals: 3 })).join(',\\ ')}$，和约为 $${texNumber(bankScores.reduce((a, s) => a + Math.exp(s), 0), { decimals: 3 })}$，所以 $w_{\\text{账户}} \\approx ${texNumber(bankWeights[0]!, { decimals: 3 })}$。四个权重是 $${bankWeights.map((w) => texNumber(w, { decimals: 3 })).join(',\\ ')}$，比那篇讲解写的 0.4、0.3、0.2、0.1 平得多。`,
      `$e^{0.9}, e^{0.8}, e^{0.7}, e^{0.1} \\approx ${bankScores.map((s) => texNumber(Math.exp(s), { decimals: 3 })).join(',\\ ')}$, summing to about $${texNumber(bankScores.reduce((a, s) => a + Math.exp(s), 0), { decimals: 3 })}$, so $w_{\\text{账户}} \\approx ${texNumber(bankWeights[0]!, { decimals: 3 })}$. The four weights are $${bankWeights.map((w) => texNumber(w, { decimals: 3 })).join(',\\ ')}$: much flatter than the 0.4, 0.3, 0.2, 0.1 printed there.`,
    ),
  },
};
