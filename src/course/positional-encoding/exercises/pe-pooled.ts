/** What stays the same when the words are swapped: everything read by word, nothing read by row number. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'pe-pooled',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      '还是那层不加位置编码的自注意力，分别输入“我爱你”和“你爱我”。下面哪些量在两种语序下完全相同？（可多选）',
      'The same self-attention layer without positional encoding reads "dog bites man" and then "man bites dog". Which of these are exactly the same for both orders? (Choose all that apply.)',
    ),
    options: [
      {
        text: L('三行输出之和，以及三行输出的平均', 'The sum of the three output rows, and their mean'),
        correct: true,
        explanation: L(
          '对。三个输出向量还是那三个，只是换了次序，而加法不管先后。所以一个只看平均值的分类器，分不出“我爱你”和“你爱我”。',
          'True. The three output vectors are the same three, in another order, and addition ignores order. A classifier that only sees the mean cannot tell "dog bites man" from "man bites dog".',
        ),
      },
      {
        text: L('“爱”的那一行输出', 'The output row for "bites"'),
        correct: true,
        explanation: L(
          '对。“爱”的查询、三个词的键和值都没变，它的权重和输出也就不变（这两句里它恰好还在第 2 行）。',
          'True. The query of "bites" and the keys and values of all three words are unchanged, so its weights and its output are too (in these two sentences it happens to stay in row 2 as well).',
        ),
      },
      {
        text: L('第 1 行输出', 'The first output row'),
        correct: false,
        explanation: L(
          '第 1 行原来是“我”的输出，现在是“你”的输出。两个不同的词，输出一般也不同。',
          'Row 1 used to be the output for "dog" and is now the output for "man". Two different words generally get different outputs.',
        ),
      },
      {
        text: L('“我”分给“你”的注意力权重', 'The attention weight that "dog" gives "man"'),
        correct: true,
        explanation: L(
          '对。这个权重只取决于“我”的查询和三个词的键，和它们排在哪儿无关；它只是换了一个格子。',
          'True. It depends only on the query of "dog" and the keys of the three words, not on where they stand; it has only moved to another cell.',
        ),
      },
      {
        text: L('权重矩阵第 1 行第 3 列的那个数', 'The number in row 1, column 3 of the weight matrix'),
        correct: false,
        explanation: L(
          '这一格原来是“我”分给“你”的权重，现在是“你”分给“我”的权重。按词看不变，按格子看就变了。',
          'That cell used to hold the weight "dog" gives "man"; now it holds the weight "man" gives "dog". Looked up by word, nothing changed; looked up by cell, it did.',
        ),
      },
      {
        text: L('把三行输出按行号顺序首尾相接拼成的长向量', 'The long vector made by joining the three output rows end to end, in row order'),
        correct: false,
        explanation: L(
          '拼接按行号排队：原来依次是“我、爱、你”的输出，现在是“你、爱、我”的，拼出来的向量不同。但要注意，这个区别来自拼接时按行号排了队，而不是注意力自己看出了词序。',
          'Joining goes by row number: the outputs for dog, bites, man before, for man, bites, dog now, so the long vectors differ. But the difference comes from lining the rows up by number when joining them, not from attention noticing the order.',
        ),
      },
    ],
    solution: L(
      '相同的是和与平均、“爱”的输出，以及“我”给“你”的权重；不同的是按行号去取的东西：第 1 行、第 1 行第 3 列、按行号拼接的向量。规律：按词去看，一切照旧；按位置去看，内容只是搬了家。',
      'The same: the sum and the mean, the output for "bites", the weight "dog" gives "man". Different: whatever is looked up by row number, such as row 1, the cell in row 1, column 3, and the rows joined in order. The rule: looked up by word, nothing changes; looked up by position, the same contents have only moved.',
    ),
  },
};
