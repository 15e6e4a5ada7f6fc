/** Reading one row of the attention weights of “我 是 谁”. */
import { selfAttention, texNumber } from '../../../kernel/index.ts';
import { presets } from '../../presets.ts';
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

const wsPreset = presets.woShiShei;
const ws = selfAttention(wsPreset.X, wsPreset);
const wsRow = (i: number) => Array.from(ws.weights.row(i), (x) => texNumber(x, { decimals: 3 }));
const row2 = wsRow(1);

export const exercise: StaticExercise = {
  id: 'qkv-read-a-row',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `在“我 是 谁”的例子里，注意力权重矩阵 $A$ 的第 2 行（“是”那一行）是 $[${row2.join(',\\ ')}]$，三列依次对应 我、是、谁。这一行说的是什么？`,
      `In the “我 是 谁” example, row 2 of the attention weight matrix $A$ (the row of 是, "am") is $[${row2.join(',\\ ')}]$; the columns are 我, 是, 谁 in that order. What does this row tell you?`,
    ),
    options: [
      {
        text: L(
          '“是”的新向量按这三个份额混合 我、是、谁 的值向量',
          'The new vector of 是 mixes the values of 我, 是 and 谁 in these shares',
        ),
        correct: true,
        explanation: L(
          '对。第 $i$ 行固定一个查询（这里是“是”），各列是它分给每个词的注意力；这一行和为 1，正好是值向量加权平均的系数。',
          'Right. Row $i$ fixes one query (here 是); its columns are the attention it gives each word. The row sums to 1 and its entries are exactly the coefficients of the weighted average of the values.',
        ),
      },
      {
        text: L('“我”“是”“谁”这三个词各自有多关注“是”', 'How much each of 我, 是 and 谁 attends to 是'),
        correct: false,
        explanation: L(
          '这是第 2 **列**的读法：列里是不同查询对同一个键的权重。列的和一般不是 1，因为每个查询只在自己那一行里分配注意力。',
          'That is how to read column 2: a column holds different queries\' weights for the same key. Columns need not sum to 1, since each query shares out its attention along its own row.',
        ),
      },
      {
        text: L('“是”只取自己的值向量，因为它那一格的权重最大，另外两格可以忽略', '是 takes only its own value, since its own weight is the largest and the other two can be ignored'),
        correct: false,
        explanation: L(
          '注意力不是“挑最大的一个”。三个值向量都按权重进入输出，较小的权重也在起作用。',
          'Attention does not pick the single best match. All three values enter the output, each by its weight; the smaller weights count too.',
        ),
      },
      {
        text: L('下一个词是“我”“是”“谁”的概率', 'The probabilities that the next word is 我, 是 or 谁'),
        correct: false,
        explanation: L(
          '这些权重和为 1，看起来像概率，但它们只说明混合值向量时各占多少份，与预测下一个词无关。',
          'The weights sum to 1 and look like probabilities, but they only say how much of each value goes into the mix; they predict nothing about the next word.',
        ),
      },
    ],
    solution: L(
      `第 $i$ 行 = 第 $i$ 个词作为查询时，它的注意力怎样分给所有词。所以“是”的输出是 $z_2 = ${row2[0]}\\,v_1 + ${row2[1]}\\,v_2 + ${row2[2]}\\,v_3$：它最关注自己，其次是“谁”。`,
      `Row $i$ = how word $i$, as the query, shares out its attention over all words. So the output of 是 is $z_2 = ${row2[0]}\\,v_1 + ${row2[1]}\\,v_2 + ${row2[2]}\\,v_3$: it attends most to itself, then to 谁.`,
    ),
  },
};
