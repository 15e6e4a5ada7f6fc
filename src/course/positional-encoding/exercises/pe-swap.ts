/** Swapping two words without positional encoding: the outputs swap rows and nothing else. */
import { L } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
  id: 'pe-swap',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '一层自注意力，不加任何位置编码。先输入“我爱你”（三个词元：我、爱、你），再输入“你爱我”。两次的输出有什么关系？',
      'One self-attention layer, with no positional encoding at all. First it reads "dog bites man" (three tokens: dog, bites, man), then "man bites dog". How do the two outputs relate?',
    ),
    options: [
      {
        text: L('还是那三个向量，只是跟着各自的词换了行', 'The same three vectors, each moved to the new row of its word'),
        correct: true,
        explanation: L(
          '对。每个词的查询、键、值都只由它自己的嵌入算出，和它排在第几无关；加权求和 $\\sum_j w_{ij} v_j$ 也不在乎各项的先后。所以每个词拿到的输出向量一模一样，只是换了一行：“我”的输出从第 1 行挪到了第 3 行，“你”的从第 3 行挪到了第 1 行。',
          'Right. Each word\'s query, key and value come from its own embedding alone, whatever its place, and the weighted sum $\\sum_j w_{ij} v_j$ does not care about the order of its terms. So every word gets exactly the same output vector, only in another row: the output for "dog" moves from row 1 to row 3, and the output for "man" from row 3 to row 1.',
        ),
      },
      {
        text: L('三行输出全都变了：词序不同，每个词从别人那里汇总到的信息也不同', 'All three output rows change: with a different word order, each word gathers different information from the others'),
        correct: false,
        explanation: L(
          '注意力把其他词当作一个集合来看：“我”的查询和三个词的键、值都没变，权重和加权和也就不变。词序变了，集合没变。',
          'Attention sees the other words as a set: the query of "dog" and the keys and values of all three words are unchanged, so its weights and weighted sum are too. The order changed; the set did not.',
        ),
      },
      {
        text: L('两次的输出逐行相同：第 1 行还是原来的第 1 行', 'The two outputs agree row by row: row 1 is the same as before'),
        correct: false,
        explanation: L(
          '第 1 行是第 1 个词的输出。原来第 1 个词是“我”，现在是“你”，两个词的输出一般不同。不变的是每个**词**的输出，不是每个**行号**上的输出。',
          'Row 1 is the output of the first word: "dog" before, "man" now, and their outputs generally differ. What stays the same is each **word\'s** output, not what sits at each **row number**.',
        ),
      },
      {
        text: L('注意力权重矩阵原封不动，每个数都留在原来的格子里', 'The attention weight matrix is untouched: every number stays in its cell'),
        correct: false,
        explanation: L(
          '权重矩阵的行和列都跟着词换了：原来第 1 行第 3 列是“我”给“你”的权重，现在这个数挪到了第 3 行第 1 列。用置换矩阵写，新权重是 $PAP^\\top$。',
          'The weight matrix swaps its rows and its columns along with the words: the weight "dog" gave "man" was in row 1, column 3, and now it is in row 3, column 1. With a permutation matrix, the new weights are $PAP^\\top$.',
        ),
      },
      {
        text: L('只有“爱”的输出没变，因为只有它还站在原位', 'Only the output for "bites" is unchanged, since only it kept its place'),
        correct: false,
        explanation: L(
          '“爱”确实还在第 2 行，但“我”和“你”的输出也没变，只是互换了行。一个词的输出和它站在哪一行无关。',
          '"bites" did stay in row 2, but the outputs for "dog" and "man" are unchanged too; they only traded rows. A word\'s output does not depend on the row it stands in.',
        ),
      },
    ],
    solution: L(
      '记交换行的置换矩阵为 $P$。输入变成 $PX$，于是 $Q$、$K$、$V$ 变成 $PQ$、$PK$、$PV$，权重变成 $PAP^\\top$，输出是 $PAP^\\top PV = PAV = PZ$：原来的输出按同样的方式换了行。这叫**置换等变**。没有位置编码，自注意力分不出“我爱你”和“你爱我”谁是谁。',
      'Write $P$ for the permutation matrix that swaps the rows. The input becomes $PX$, so $Q$, $K$, $V$ become $PQ$, $PK$, $PV$, the weights $PAP^\\top$, and the output $PAP^\\top PV = PAV = PZ$: the old output with its rows swapped the same way. This is **permutation equivariance**. Without positional encoding, self-attention cannot tell who bit whom.',
    ),
  },
};
