/**
 * Exercises of chapter 2, "Queries, keys and values". Every number in a prompt, an answer or a
 * mistake is computed here by the kernel; parametric texts are plain Unicode (no TeX).
 */
import { type Matrix, createRng, dot, formatNumber, matrix, scaledDotProductAttention, selfAttention, softmax, texNumber, transpose } from '../../kernel/index.ts';
import { presets } from '../../course/presets.ts';
import { farApart } from '../check.ts';
import type { Exercise, Localized } from '../types.ts';

// ── helpers ──────────────────────────────────────────────────────────────────────────────

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
/** 12 → "₁₂": subscripts for plain-text labels such as w₁₂. */
const sub = (n: number | string) => String(n).split('').map((c) => SUB[Number(c)] ?? c).join('');

/** [0.3, −0.5, 0.8] with the typographic minus. */
const vec = (v: ArrayLike<number>, decimals = 1) => `[${Array.from(v, (x) => formatNumber(x, { decimals })).join(', ')}]`;

/** "0.3 × (−0.5)": a factor in a spelled-out product, negative numbers in parentheses. */
const factor = (x: number, decimals = 1) => (x < 0 ? `(${formatNumber(x, { decimals })})` : formatNumber(x, { decimals }));

/** "0.2 × 0.4 + 0.5 × 0.1 + …" for q·k, in plain text. */
const spelledDot = (u: ArrayLike<number>, v: ArrayLike<number>) =>
  Array.from(u, (x, i) => `${factor(x)} × ${factor(v[i]!)}`).join(' + ');

const f3 = (x: number) => formatNumber(x, { decimals: 3 });
const f2 = (x: number) => formatNumber(x, { decimals: 2 });


const L = (zh: string, en: string): Localized => ({ zh, en });

// ── 1. score by hand (parametric, numeric) ─────────────────────────────────────────────────

const scoreByHand: Exercise = {
  id: 'qkv-score-by-hand',
  parametric: true,
  generate: (seed) => {
    const rng = createRng(seed);
    // Draw until the score is not tiny, so "forgot to scale" and "÷ d_k" differ clearly from the answer.
    for (;;) {
      const d_k = rng.pick([3, 4]);
      const q = rng.matrix(1, d_k, { min: -1, max: 1, decimals: 1 }).row(0);
      const k = rng.matrix(1, d_k, { min: -1, max: 1, decimals: 1 }).row(0);
      const s = dot(q, k);
      if (Math.abs(s) < 0.3) continue;
      const answer = scaledDotProductAttention([Array.from(q)], [Array.from(k)], [[1]]).scaledScores.get(0, 0);
      const root = Math.sqrt(d_k);
      return {
        kind: 'numeric',
        prompt: L(
          `一个查询向量 q = ${vec(q)}，一个键向量 k = ${vec(k)}，键的维度 d_k = ${d_k}。\n请算出**缩放后的注意力分数** q·k / √d_k，保留 3 位小数。`,
          `A query q = ${vec(q)} and a key k = ${vec(k)}; the key width is d_k = ${d_k}.\nCompute the **scaled attention score** q·k / √d_k, to 3 decimal places.`,
        ),
        label: L('q·k / √d_k =', 'q·k / √d_k ='),
        answer,
        absolute: 0.002,
        mistakes: [
          {
            value: s,
            hint: L(
              `这是还没缩放的点积 q·k。别忘了第 2 步：再除以 √d_k = √${d_k}。`,
              `That is the raw dot product q·k. Don't forget step 2: divide by √d_k = √${d_k}.`,
            ),
          },
          {
            value: s / d_k,
            hint: L(
              `你除以的是 d_k = ${d_k} 本身。缩放除以的是它的平方根 √${d_k} ≈ ${f3(root)}。`,
              `You divided by d_k = ${d_k} itself. The scaling divides by its square root, √${d_k} ≈ ${f3(root)}.`,
            ),
          },
          {
            value: s * root,
            hint: L(`你乘上了 √d_k。缩放是把分数变小：应该除以 √d_k。`, `You multiplied by √d_k. Scaling makes the score smaller: divide by √d_k.`),
          },
        ],
        solution: L(
          `q·k = ${spelledDot(q, k)} = ${f3(s)}\n√d_k = √${d_k} ≈ ${f3(root)}\nq·k / √d_k = ${f3(s)} / ${f3(root)} ≈ **${f3(answer)}**`,
          `q·k = ${spelledDot(q, k)} = ${f3(s)}\n√d_k = √${d_k} ≈ ${f3(root)}\nq·k / √d_k = ${f3(s)} / ${f3(root)} ≈ **${f3(answer)}**`,
        ),
      };
    }
  },
};

// ── 2. one softmax weight from a 2 × 3 score matrix (parametric, numeric) ────────────────────

const softmaxWeight: Exercise = {
  id: 'qkv-softmax-weight',
  parametric: true,
  generate: (seed) => {
    const rng = createRng(seed);
    for (;;) {
      const S = rng.matrix(2, 3, { min: 0.1, max: 2.5, decimals: 1 }); // scaled scores, all positive
      const i = rng.int(0, 1), j = rng.int(0, 2);
      const A = softmax(S); // row-wise, as attention does
      const answer = A.get(i, j);
      const byColumn = transpose(softmax(transpose(S))).get(i, j); // softmax over the wrong axis
      const row = Array.from(S.row(i));
      const plain = row[j]! / row.reduce((a, b) => a + b, 0); // forgot the exponent
      if (answer < 0.08 || !farApart(byColumn, answer, 0.01) || !farApart(plain, answer, 0.01) || !farApart(plain, byColumn, 0.01)) continue;
      const exps = row.map((x) => Math.exp(x));
      const sumExp = exps.reduce((a, b) => a + b, 0);
      const rowsText = [0, 1].map((r) => `第 ${r + 1} 行：${vec(S.row(r))}`).join('\n');
      const rowsTextEn = [0, 1].map((r) => `row ${r + 1}: ${vec(S.row(r))}`).join('\n');
      const w = `w${sub(`${i + 1}${j + 1}`)}`;
      const expList = row.map((x) => `e^${formatNumber(x, { decimals: 1 })} ≈ ${f3(Math.exp(x))}`).join('，');
      const expListEn = row.map((x) => `e^${formatNumber(x, { decimals: 1 })} ≈ ${f3(Math.exp(x))}`).join(', ');
      return {
        kind: 'numeric',
        prompt: L(
          `两个查询、三个键，已经缩放好的分数矩阵 S/√d_k 是（每行是一个查询，每列是一个键）：\n${rowsText}\n注意力权重 A = softmax(S/√d_k)。请算出 **${w}**（第 ${i + 1} 个查询分给第 ${j + 1} 个键的权重），保留 3 位小数。`,
          `Two queries and three keys. The already scaled scores S/√d_k are (one row per query, one column per key):\n${rowsTextEn}\nThe attention weights are A = softmax(S/√d_k). Compute **${w}** (the weight query ${i + 1} gives to key ${j + 1}), to 3 decimal places.`,
        ),
        label: L(`${w} =`, `${w} =`),
        answer,
        mistakes: [
          {
            value: byColumn,
            hint: L(
              `你是沿着**列**做的 softmax（把两个查询对同一个键的分数放在一起归一化）。注意力是每个查询在自己的**那一行**里分配权重：一行之内和为 1。`,
              `You took the softmax down a **column** (normalising the two queries' scores for the same key). Each query shares out its attention along **its own row**: a row sums to 1.`,
            ),
          },
          {
            value: plain,
            hint: L(
              `你直接用分数除以这一行分数之和，忘了先取指数。softmax 是 e^(s_j) / Σ e^(s_k)。`,
              `You divided the score by the row's sum of scores and forgot the exponential. Softmax is e^(s_j) / Σ e^(s_k).`,
            ),
          },
        ],
        solution: L(
          `softmax 作用在第 ${i + 1} 行 ${vec(S.row(i))} 上：\n${expList}\n和 ≈ ${f3(sumExp)}\n${w} = ${f3(exps[j]!)} / ${f3(sumExp)} ≈ **${f3(answer)}**`,
          `Softmax acts on row ${i + 1}, ${vec(S.row(i))}:\n${expListEn}\nsum ≈ ${f3(sumExp)}\n${w} = ${f3(exps[j]!)} / ${f3(sumExp)} ≈ **${f3(answer)}**`,
        ),
      };
    }
  },
};

// ── 3. the output vector z, all four steps with fresh numbers (parametric, matrix) ───────────

const outputVector: Exercise = {
  id: 'qkv-output-vector',
  parametric: true,
  generate: (seed) => {
    const rng = createRng(seed);
    for (;;) {
      const q = rng.matrix(1, 2, { min: -2, max: 2, decimals: 1 });
      const K = rng.matrix(3, 2, { min: -2, max: 2, decimals: 1 });
      const V = rng.matrix(3, 2, { min: 0, max: 4, decimals: 0 });
      const r = scaledDotProductAttention(q, K, V);
      const z = Array.from(r.output.row(0));
      const unscaled = Array.from(scaledDotProductAttention(q, K, V, { divideBy: 1 }).output.row(0));
      const byDk = Array.from(scaledDotProductAttention(q, K, V, { divideBy: r.d_k }).output.row(0));
      const mean = [0, 1].map((c) => (V.get(0, c) + V.get(1, c) + V.get(2, c)) / 3); // forgot the weights
      const differs = (m: number[]) => m.some((x, c) => farApart(x, z[c]!, 0.05));
      if (![unscaled, byDk, mean].every(differs)) continue;
      const root = Math.sqrt(r.d_k);
      const keyLines = [0, 1, 2].map((j) => `k${sub(j + 1)} = ${vec(K.row(j))}，v${sub(j + 1)} = ${vec(V.row(j), 0)}`).join('\n');
      const keyLinesEn = [0, 1, 2].map((j) => `k${sub(j + 1)} = ${vec(K.row(j))}, v${sub(j + 1)} = ${vec(V.row(j), 0)}`).join('\n');
      const steps = [0, 1, 2].map((j) => `s${sub(j + 1)} = ${spelledDot(q.row(0), K.row(j))} = ${f2(r.scores.get(0, j))}`).join('\n');
      const scaled = [0, 1, 2].map((j) => f3(r.scaledScores.get(0, j))).join(', ');
      const weights = [0, 1, 2].map((j) => f3(r.weights.get(0, j))).join(', ');
      const sum = [0, 1, 2].map((j) => `${f3(r.weights.get(0, j))} × ${vec(V.row(j), 0)}`).join(' + ');
      const zText = vec(z, 2);
      return {
        kind: 'matrix',
        name: 'z',
        prompt: L(
          `轮到你从头算一遍了。一个查询 q = ${vec(q.row(0))}，三个键和它们的值：\n${keyLines}\nd_k = ${r.d_k}。按四步（打分、除以 √d_k、softmax、加权求和）算出输出 z = Σⱼ wⱼ vⱼ，每个分量保留 2 位小数。`,
          `Your turn to do it all. A query q = ${vec(q.row(0))} and three keys with their values:\n${keyLinesEn}\nd_k = ${r.d_k}. Go through the four steps (score, divide by √d_k, softmax, weighted sum) and compute the output z = Σⱼ wⱼ vⱼ, each entry to 2 decimal places.`,
        ),
        answer: [z],
        absolute: 0.015,
        mistakes: [
          {
            value: [unscaled],
            hint: L(`这是没有除以 √d_k 的结果：分数直接进了 softmax。`, `This is what you get without dividing by √d_k: the raw scores went straight into the softmax.`),
          },
          {
            value: [byDk],
            hint: L(`你把分数除以了 d_k = ${r.d_k}，应该除以 √${r.d_k} ≈ ${f3(root)}。`, `You divided the scores by d_k = ${r.d_k}; divide by √${r.d_k} ≈ ${f3(root)} instead.`),
          },
          {
            value: [mean],
            hint: L(`这是三个值向量的简单平均，相当于每个键的权重都是 1/3。要用 softmax 算出的注意力权重来加权。`, `This is the plain average of the three values, as if every key had weight 1/3. Weight them by the softmax attention weights instead.`),
          },
        ],
        solution: L(
          `第 1 步，打分：\n${steps}\n第 2 步，除以 √${r.d_k} ≈ ${f3(root)}：${scaled}\n第 3 步，softmax：w = [${weights}]\n第 4 步，加权求和：z = ${sum} ≈ **${zText}**`,
          `Step 1, scores:\n${steps}\nStep 2, divide by √${r.d_k} ≈ ${f3(root)}: ${scaled}\nStep 3, softmax: w = [${weights}]\nStep 4, weighted sum: z = ${sum} ≈ **${zText}**`,
        ),
      };
    }
  },
};

// ── static exercises: numbers from the kernel, once, at module load ─────────────────────────

const order: Exercise = {
  id: 'qkv-step-order',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L('把自注意力从输入到输出的计算步骤排成正确的顺序。', 'Put the steps of self-attention, from input to output, in the right order.'),
    items: [
      L('投影：用 $W_Q, W_K, W_V$ 把输入 $X$ 变成 $Q, K, V$', 'Project: turn the input $X$ into $Q, K, V$ with $W_Q, W_K, W_V$'),
      L('打分：查询 $q_i$ 与每个键 $k_j$ 做点积', 'Score: take the dot product of the query $q_i$ with every key $k_j$'),
      L('缩放：分数除以 $\\sqrt{d_k}$', 'Scale: divide the scores by $\\sqrt{d_k}$'),
      L('softmax：把一行分数变成和为 1 的注意力权重', 'Softmax: turn a row of scores into attention weights that sum to 1'),
      L('加权求和：用权重混合值向量 $v_j$', 'Weighted sum: blend the value vectors $v_j$ with the weights'),
    ],
    solution: L(
      '先有 $Q, K, V$ 才能打分；缩放作用在分数上，必须在 softmax 之前（softmax 之后再除，权重的和就不再是 1）；softmax 给出权重，最后才能用权重去加权值向量：$z_i = \\sum_j w_{ij} v_j$。',
      'Scores need $Q$ and $K$ first; scaling acts on the scores and must come before the softmax (dividing afterwards would break the weights\' sum of 1); the softmax gives the weights, and only then can they weight the values: $z_i = \\sum_j w_{ij} v_j$.',
    ),
  },
};

const wsPreset = presets.woShiShei;
const ws = selfAttention(wsPreset.X, wsPreset);
const wsRow = (i: number) => Array.from(ws.weights.row(i), (x) => texNumber(x, { decimals: 3 }));
const row2 = wsRow(1);

const readARow: Exercise = {
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
          `算“是”的新向量时，它从 我、是、谁 的值向量里分别取 ${row2[0]}、${row2[1]}、${row2[2]} 的份额：$z_2 = ${row2[0]}\\,v_1 + ${row2[1]}\\,v_2 + ${row2[2]}\\,v_3$`,
          `When 是 builds its new vector it takes shares ${row2[0]}, ${row2[1]} and ${row2[2]} of the values of 我, 是 and 谁: $z_2 = ${row2[0]}\\,v_1 + ${row2[1]}\\,v_2 + ${row2[2]}\\,v_3$`,
        ),
        correct: true,
        explanation: L(
          '对。第 $i$ 行固定一个查询（这里是“是”），各列是它分给每个词的注意力；这一行和为 1，正好是值向量加权平均的系数。',
          'Right. Row $i$ fixes one query (here 是); its columns are the attention it gives each word. The row sums to 1 and its entries are exactly the coefficients of the weighted average of the values.',
        ),
      },
      {
        text: L('我、是、谁 这三个词各自有多关注“是”', 'How much each of 我, 是 and 谁 attends to 是'),
        correct: false,
        explanation: L(
          '这是第 2 **列**的读法：列里是不同查询对同一个键的权重。列的和一般不是 1，因为每个查询只在自己那一行里分配注意力。',
          'That is how to read column 2: a column holds different queries\' weights for the same key. Columns need not sum to 1, since each query shares out its attention along its own row.',
        ),
      },
      {
        text: L('“是”只取自己的值向量，因为它那一格的权重最大', '是 takes only its own value, since its own weight is the largest'),
        correct: false,
        explanation: L(
          '注意力不是“挑最大的一个”。三个值向量都按权重进入输出，较小的权重也在起作用。',
          'Attention does not pick the single best match. All three values enter the output, each by its weight; the smaller weights count too.',
        ),
      },
      {
        text: L('下一个词是 我、是、谁 的概率', 'The probabilities that the next word is 我, 是 or 谁'),
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

/** Source 000's "similarities" for the second 银行, against 账户, 余额, 取钱, 天气. */
export const bankScores = [0.9, 0.8, 0.7, 0.1] as const;
const bankWeights = softmax(bankScores);
const bankPlain = bankScores[0] / bankScores.reduce((a, b) => a + b, 0);

const bankSoftmax: Exercise = {
  id: 'qkv-bank-softmax',
  parametric: false,
  question: {
    kind: 'numeric',
    prompt: L(
      '资料 000 里，第二个“银行”的查询与 账户、余额、取钱、天气 的键的相似度是 $0.9,\\ 0.8,\\ 0.7,\\ 0.1$。把它们当作（已经缩放好的）分数，用 softmax 算出“账户”的注意力权重，保留 3 位小数。',
      'In source 000 the query of the second 银行 ("bank") scores $0.9,\\ 0.8,\\ 0.7,\\ 0.1$ against the keys of 账户 (account), 余额 (balance), 取钱 (withdraw money) and 天气 (weather). Treat these as the (already scaled) scores and compute the attention weight of 账户 with softmax, to 3 decimal places.',
    ),
    label: L('$w_{\\text{账户}} =$', '$w_{\\text{账户}} =$'),
    answer: bankWeights[0]!,
    mistakes: [
      {
        value: 0.4,
        hint: L(
          '这是资料 000 写的数，但它并不是这组分数的 softmax。把四个 $e^{s}$ 算出来再归一化试试。',
          'That is the number source 000 prints, but it is not the softmax of these scores. Compute the four values of $e^{s}$ and normalise them.',
        ),
      },
      {
        value: bankPlain,
        hint: L('你用 0.9 除以了四个分数之和，忘了先取指数。softmax 是 $e^{s_j}/\\sum_k e^{s_k}$。', 'You divided 0.9 by the sum of the four scores and forgot the exponential. Softmax is $e^{s_j}/\\sum_k e^{s_k}$.'),
      },
    ],
    solution: L(
      `$e^{0.9}, e^{0.8}, e^{0.7}, e^{0.1} \\approx ${bankScores.map((s) => texNumber(Math.exp(s), { decimals: 3 })).join(',\\ ')}$，和约为 $${texNumber(bankScores.reduce((a, s) => a + Math.exp(s), 0), { decimals: 3 })}$，所以 $w_{\\text{账户}} \\approx ${texNumber(bankWeights[0]!, { decimals: 3 })}$。四个权重是 $${bankWeights.map((w) => texNumber(w, { decimals: 3 })).join(',\\ ')}$，比资料写的 0.4、0.3、0.2、0.1 平得多。`,
      `$e^{0.9}, e^{0.8}, e^{0.7}, e^{0.1} \\approx ${bankScores.map((s) => texNumber(Math.exp(s), { decimals: 3 })).join(',\\ ')}$, summing to about $${texNumber(bankScores.reduce((a, s) => a + Math.exp(s), 0), { decimals: 3 })}$, so $w_{\\text{账户}} \\approx ${texNumber(bankWeights[0]!, { decimals: 3 })}$. The four weights are $${bankWeights.map((w) => texNumber(w, { decimals: 3 })).join(',\\ ')}$: much flatter than the source's 0.4, 0.3, 0.2, 0.1.`,
    ),
  },
};

const valueRow: Exercise = {
  id: 'qkv-change-a-value',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '在探索器里，你只改动了 $V$ 中“谁”那一行，$Q$ 和 $K$ 一个数都没动。哪些结果会跟着变？',
      'In the explorer you change only the row of 谁 in $V$; not a single number of $Q$ or $K$ changes. Which results change?',
    ),
    options: [
      {
        text: L('只有输出 $Z$ 变，而且它的每一行都变', 'Only the output $Z$, and every row of it'),
        correct: true,
        explanation: L(
          '对。分数和权重只由 $Q$、$K$ 决定，所以 $S$ 和 $A$ 不变；而每个查询分给“谁”的权重都大于 0，所以 $Z$ 的每一行都会动。',
          'Right. Scores and weights depend on $Q$ and $K$ only, so $S$ and $A$ stay put; and every query gives 谁 a weight above 0, so every row of $Z$ moves.',
        ),
      },
      {
        text: L('只有 $Z$ 中“谁”那一行变', 'Only the row of 谁 in $Z$'),
        correct: false,
        explanation: L(
          '$Z$ 的第 $i$ 行混合的是**所有**值向量：$z_i = \\sum_j w_{ij} v_j$。$v_{\\text{谁}}$ 出现在每一行里（softmax 的权重从不为 0），所以每一行都会变。',
          'Row $i$ of $Z$ mixes **all** values: $z_i = \\sum_j w_{ij} v_j$. $v_{\\text{谁}}$ appears in every row (softmax weights are never 0), so every row changes.',
        ),
      },
      {
        text: L('注意力权重 $A$ 和输出 $Z$ 都变', 'The weights $A$ and the output $Z$'),
        correct: false,
        explanation: L(
          '权重来自 $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})$，里面没有 $V$。值向量决定“交出什么”，不决定“关注谁”。',
          'The weights come from $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})$, which has no $V$ in it. Values decide what is handed over, not who gets attention.',
        ),
      },
      {
        text: L('分数 $S$、权重 $A$ 和输出 $Z$ 全都变', 'The scores $S$, the weights $A$ and the output $Z$'),
        correct: false,
        explanation: L(
          '分数是 $q_i \\cdot k_j$，只用到查询和键。改 $V$ 碰不到它。',
          'A score is $q_i \\cdot k_j$: queries and keys only. Changing $V$ cannot touch it.',
        ),
      },
    ],
    solution: L(
      '$S = QK^\\top$ 和 $A = \\mathrm{softmax}(S/\\sqrt{d_k})$ 都不含 $V$，不变；$Z = AV$ 含 $V$，并且 $A$ 的每一行在“谁”那一列上都是正数，所以 $Z$ 的每一行都变。这正是键和值分开的好处：“匹配”和“内容”是两件事。',
      '$S = QK^\\top$ and $A = \\mathrm{softmax}(S/\\sqrt{d_k})$ contain no $V$ and stay the same; $Z = AV$ does, and every row of $A$ is positive in the column of 谁, so every row of $Z$ changes. This is what separating keys from values buys: matching and content are two different things.',
    ),
  },
};

// Shapes for the multiple-choice question: a decoder of n_q tokens looking at n_k source tokens.
const n_q = 4, n_k = 6, d_k = 64;
const shapeQ = matrix(Array.from({ length: n_q }, () => Array<number>(d_k).fill(0)), 'Q');
const shapeK = matrix(Array.from({ length: n_k }, () => Array<number>(d_k).fill(0)), 'K');
const shapeV = shapeK;
const shapeRun = scaledDotProductAttention(shapeQ, shapeK, shapeV);
const shape = (M: Matrix) => `${M.rows} \\times ${M.cols}`;

const shapes: Exercise = {
  id: 'qkv-shapes',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `交叉注意力：译文这边有 $n_q = ${n_q}$ 个词元提出查询，原文那边有 $n_k = ${n_k}$ 个词元提供键和值，$d_k = d_v = ${d_k}$。所以 $Q$ 是 $${shape(shapeQ)}$，$K$ 和 $V$ 都是 $${shape(shapeK)}$。下面哪些说法正确？（可多选）`,
      `Cross-attention: $n_q = ${n_q}$ tokens on the translation side ask queries, $n_k = ${n_k}$ tokens on the source side supply keys and values, and $d_k = d_v = ${d_k}$. So $Q$ is $${shape(shapeQ)}$ and $K$ and $V$ are both $${shape(shapeK)}$. Which statements are true? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(`分数矩阵 $QK^\\top$ 是 $${shape(shapeRun.scores)}$`, `The score matrix $QK^\\top$ is $${shape(shapeRun.scores)}$`),
        correct: true,
        explanation: L(
          `对。$(${shape(shapeQ)})(${d_k} \\times ${n_k})$：每个查询一行，每个键一列。`,
          `True. $(${shape(shapeQ)})(${d_k} \\times ${n_k})$: one row per query, one column per key.`,
        ),
      },
      {
        text: L(`注意力权重矩阵是 $${n_k} \\times ${n_q}$`, `The attention weight matrix is $${n_k} \\times ${n_q}$`),
        correct: false,
        explanation: L(
          `softmax 不改变形状，权重和分数一样是 $${shape(shapeRun.weights)}$（查询 × 键）。`,
          `Softmax keeps the shape: the weights are $${shape(shapeRun.weights)}$ (queries × keys), like the scores.`,
        ),
      },
      {
        text: L('权重矩阵的每一行之和都是 1', 'Every row of the weight matrix sums to 1'),
        correct: true,
        explanation: L(
          '对。每个查询在自己那一行里把注意力分给全部键；列的和没有这个约束。',
          'True. Each query shares out its attention over all keys along its row; columns carry no such constraint.',
        ),
      },
      {
        text: L(`输出 $Z = AV$ 是 $${shape(shapeRun.output)}$`, `The output $Z = AV$ is $${shape(shapeRun.output)}$`),
        correct: true,
        explanation: L(
          `对。$(${shape(shapeRun.weights)})(${shape(shapeV)})$：每个查询得到一个 $d_v$ 维的新向量，行数跟着查询走。`,
          `True. $(${shape(shapeRun.weights)})(${shape(shapeV)})$: every query gets one new $d_v$-dimensional vector, so the rows follow the queries.`,
        ),
      },
      {
        text: L('$Q$ 和 $K$ 必须有相同的行数', '$Q$ and $K$ must have the same number of rows'),
        correct: false,
        explanation: L(
          `不必。$Q$ 和 $K$ 要一样的是**列数** $d_k$（点积要求等长）；行数 ${n_q} 和 ${n_k} 可以不同，这正是交叉注意力的情形。`,
          `No. $Q$ and $K$ must agree in their **columns**, $d_k$ (a dot product needs equal lengths); their row counts, ${n_q} and ${n_k}, may differ, as they do here.`,
        ),
      },
      {
        text: L('$K$ 和 $V$ 必须有相同的行数', '$K$ and $V$ must have the same number of rows'),
        correct: true,
        explanation: L(
          '对。第 $j$ 个权重既属于键 $k_j$ 也属于值 $v_j$：每本书的书脊标签和内容得配对。',
          'True. The $j$-th weight belongs to the key $k_j$ and to the value $v_j$ alike: every book needs both its spine label and its contents.',
        ),
      },
    ],
    solution: L(
      `$QK^\\top$：$(${shape(shapeQ)})(${d_k} \\times ${n_k}) = ${shape(shapeRun.scores)}$；softmax 按行作用，形状不变，每行和为 1；$AV$：$(${shape(shapeRun.weights)})(${shape(shapeV)}) = ${shape(shapeRun.output)}$。$Q$、$K$ 共享列数 $d_k$，$K$、$V$ 共享行数 $n_k$。`,
      `$QK^\\top$: $(${shape(shapeQ)})(${d_k} \\times ${n_k}) = ${shape(shapeRun.scores)}$; the softmax works row by row and keeps the shape, each row summing to 1; $AV$: $(${shape(shapeRun.weights)})(${shape(shapeV)}) = ${shape(shapeRun.output)}$. $Q$ and $K$ share the width $d_k$; $K$ and $V$ share the row count $n_k$.`,
    ),
  },
};

// The base model of the paper: d_model = 512, h = 8 heads, d_k = d_model / h = 64.
const paper = { d_model: 512, h: 8 };
const paperDk = paper.d_model / paper.h;
const paperRoot = Math.sqrt(paperDk);

const whatIsDk: Exercise = {
  id: 'qkv-what-is-dk',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L('在 $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})\\,V$ 中，$d_k$ 是什么？', 'In $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})\\,V$, what is $d_k$?'),
    options: [
      {
        text: L('键向量（也是查询向量）的维度，即 $K$ 的列数', 'The width of the key vectors (and of the queries): the number of columns of $K$'),
        correct: true,
        explanation: L(
          '对。点积 $q \\cdot k$ 是 $d_k$ 项乘积之和，项越多，分数的波动越大；除以 $\\sqrt{d_k}$ 正是为了抵消这一点。',
          'Right. The dot product $q \\cdot k$ adds up $d_k$ products, and the more terms, the wider the scores spread; dividing by $\\sqrt{d_k}$ undoes exactly that.',
        ),
      },
      {
        text: L('注意力头的个数', 'The number of attention heads'),
        correct: false,
        explanation: L(
          `这是一些资料里的错误说法。论文的基础模型有 $h = ${paper.h}$ 个头、每个头 $d_k = ${paperDk}$，恰好 $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$ 等于头数，容易让人误会；但缩放看的是每个头里键的宽度，和头数无关。`,
          `A mistake some sources make. The paper's base model has $h = ${paper.h}$ heads with $d_k = ${paperDk}$ each, and $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$ happens to equal the number of heads, which invites the confusion; but the scaling is about the width of the keys in one head, not about how many heads there are.`,
        ),
      },
      {
        text: L('序列长度 $n$（键的个数）', 'The sequence length $n$ (the number of keys)'),
        correct: false,
        explanation: L(
          '键的个数是 $K$ 的行数，它决定 softmax 要分给多少个词，但不影响单个点积有多大。',
          'The number of keys is the number of rows of $K$. It decides how many words the softmax shares attention among, not how large a single dot product gets.',
        ),
      },
      {
        text: L('模型维度 $d_{\\text{model}}$', 'The model width $d_{\\text{model}}$'),
        correct: false,
        explanation: L(
          `$d_{\\text{model}}$ 是输入 $X$ 的列数。投影 $W_K$ 把它变成 $d_k$ 维；论文中 $d_{\\text{model}} = ${paper.d_model}$，而 $d_k = ${paperDk}$。只有单头且不降维时两者才相等。`,
          `$d_{\\text{model}}$ is the width of the input $X$; the projection $W_K$ maps it to $d_k$ dimensions. In the paper $d_{\\text{model}} = ${paper.d_model}$ while $d_k = ${paperDk}$. They coincide only for a single head that keeps the full width.`,
        ),
      },
      {
        text: L('值向量的维度 $d_v$', 'The width of the value vectors, $d_v$'),
        correct: false,
        explanation: L(
          '值向量不参与点积，它只在最后被加权求和；$d_v$ 可以和 $d_k$ 不同。',
          'Values take no part in the dot products; they are only averaged at the end, and $d_v$ may differ from $d_k$.',
        ),
      },
    ],
    solution: L(
      `$d_k$ 是键（和查询）的宽度。分数 $q\\cdot k = \\sum_{m=1}^{d_k} q_m k_m$ 有 $d_k$ 项，所以要除以 $\\sqrt{d_k}$。论文基础模型里 $d_k = ${paper.d_model}/${paper.h} = ${paperDk}$，除数是 $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$。`,
      `$d_k$ is the width of the keys (and queries). The score $q\\cdot k = \\sum_{m=1}^{d_k} q_m k_m$ has $d_k$ terms, hence the division by $\\sqrt{d_k}$. In the paper's base model $d_k = ${paper.d_model}/${paper.h} = ${paperDk}$, so the divisor is $\\sqrt{${paperDk}} = ${texNumber(paperRoot, { decimals: 0 })}$.`,
    ),
  },
};

const sameMatrix: Exercise = {
  id: 'qkv-one-matrix',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '假如偷个懒，查询和键用同一个投影矩阵（$W_Q = W_K$）。下面哪一条**一定**成立？',
      'Suppose we cut a corner and use one projection for queries and keys ($W_Q = W_K$). Which statement **must** then hold?',
    ),
    options: [
      {
        text: L('分数矩阵对称：$s_{ij} = s_{ji}$', 'The score matrix is symmetric: $s_{ij} = s_{ji}$'),
        correct: true,
        explanation: L(
          '对。此时 $q_i = k_i$，所以 $s_{ij} = q_i\\cdot q_j = s_{ji}$：“我有多想找你”永远等于“你有多想找我”。而“它”应当强烈地找“小猫”，“小猫”却不必找“它”，这就需要两个不同的矩阵。',
          'Right. Now $q_i = k_i$, so $s_{ij} = q_i\\cdot q_j = s_{ji}$: how much I look for you always equals how much you look for me. But 它 ("it") should look hard for 小猫 ("kitten") while the kitten need not look for "it": that takes two different matrices.',
        ),
      },
      {
        text: L('注意力权重矩阵 $A$ 也对称', 'The attention weight matrix $A$ is symmetric as well'),
        correct: false,
        explanation: L(
          'softmax 是按行归一化的，每一行除以的和不同，所以即使 $S$ 对称，$A$ 一般也不对称。',
          'The softmax normalises each row by its own sum, and the sums differ, so $A$ is generally not symmetric even when $S$ is.',
        ),
      },
      {
        text: L('所有分数都是正数', 'Every score is positive'),
        correct: false,
        explanation: L(
          '只有对角线一定不为负：$s_{ii} = \\lVert q_i \\rVert^2 \\ge 0$。两个不同词的查询可以方向相反，点积为负。',
          'Only the diagonal is sure to be non-negative: $s_{ii} = \\lVert q_i \\rVert^2 \\ge 0$. Two different words can have queries pointing in opposite directions, with a negative dot product.',
        ),
      },
      {
        text: L('分数矩阵的每一行都相同', 'Every row of the score matrix is the same'),
        correct: false,
        explanation: L(
          '不同的词有不同的输入向量，所以查询不同，行也不同。共享矩阵只让分数对称，不让它们相等。',
          'Different words have different inputs, hence different queries and different rows. Sharing the matrix makes the scores symmetric, not equal.',
        ),
      },
    ],
    solution: L(
      '$W_Q = W_K$ 时 $Q = K$，于是 $S = QQ^\\top$，它等于自己的转置：$s_{ij} = s_{ji}$。用两个矩阵，“提问的样子”和“被问时的样子”才能不同。',
      'With $W_Q = W_K$ we get $Q = K$, so $S = QQ^\\top$, which equals its own transpose: $s_{ij} = s_{ji}$. Only with two matrices can a word look different when it asks and when it is asked.',
    ),
  },
};

export const exercises: readonly Exercise[] = [
  order,
  scoreByHand,
  readARow,
  softmaxWeight,
  bankSoftmax,
  outputVector,
  valueRow,
  shapes,
  whatIsDk,
  sameMatrix,
];
