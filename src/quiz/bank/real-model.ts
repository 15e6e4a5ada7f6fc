/**
 * Exercises of chapter 3, "The real model". Measured figures come from the committed model files
 * (public/models/coref.json, recurrence-curves.json), computed ones from the kernel; none is typed
 * in. The claims the static questions make about the measurements are checked when this module
 * loads, so a retrained model that changes them fails the tests and the build instead of leaving
 * a wrong question behind. Parametric texts are plain Unicode (no TeX).
 *
 * Layers and heads are numbered from 0 in the files; readers see them from 1, as the demo shows
 * them: the pointer (file layer 1, head 0) is "layer 2, head 1".
 */
import { createRng, formatNumber, softmax, texNumber } from '../../kernel/index.ts';
import type { CorefMeta, Family, HeadAnalysis, Lang, RecurrenceCurves } from '../../model/metadata.ts';
import { buildSentence, flipAdjective } from '../../model/sentence-builder.ts';
import corefJson from '../../../public/models/coref.json';
import curvesJson from '../../../public/models/recurrence-curves.json';
import { distinguishable, farApart } from '../check.ts';
import type { Exercise, Localized } from '../types.ts';

const meta = corefJson as unknown as CorefMeta;
const curves = curvesJson as unknown as RecurrenceCurves;

// ── helpers ──────────────────────────────────────────────────────────────────────────────

const L = (zh: string, en: string): Localized => ({ zh, en });
const f1 = (x: number) => formatNumber(x, { decimals: 1 });
const f2 = (x: number) => formatNumber(x, { decimals: 2 });
const f3 = (x: number) => formatNumber(x, { decimals: 3 });
const t3 = (x: number) => texNumber(x, { decimals: 3 });
const pct = (x: number) => `${formatNumber(100 * x, { decimals: 1 })}%`;
const texPct = (x: number) => `${texNumber(100 * x, { decimals: 1 })}\\%`;

/** Fails loudly when a retrained model no longer supports what a question says. */
function mustHold(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bank real-model: ${what}`);
}



/** The reader's numbering: file layer 1, head 0 → "layer 2, head 1". */
const shown = (i: number) => i + 1;

// ── facts from the model files ──────────────────────────────────────────────────────────────

const d_k = meta.d_k;
const root = Math.sqrt(d_k);
const pointer = meta.pointer;
const [targetRight, targetOther] = pointer.target;
const lexicon = meta.lexicon;
/** The pointer as readers see it. */
const P = `第 ${shown(pointer.layer)} 层 · 头 ${shown(pointer.head)}`;
const Pen = `layer ${shown(pointer.layer)}, head ${shown(pointer.head)}`;

const head = (layer: number, h: number | 'all'): HeadAnalysis => {
  const found = meta.headAnalysis.find((x) => x.layer === layer && x.head === h);
  if (found === undefined) throw new Error(`bank real-model: coref.json has no head analysis for layer ${layer}, head ${String(h)}`);
  return found;
};
const firstLayer = 0;
const firstLayerHeads = Array.from({ length: meta.heads }, (_, h) => head(firstLayer, h));
const pointerHead = head(pointer.layer, pointer.head);
const otherPointerLayerHeads = Array.from({ length: meta.heads }, (_, h) => h).filter((h) => h !== pointer.head).map((h) => head(pointer.layer, h));
const firstLayerAll = head(firstLayer, 'all');
const byAdjective = [...firstLayerHeads].sort((a, b) => b.toAdjective! - a.toAdjective!);
const mostAdjective = byAdjective[0]!;
const byHarm = [...firstLayerHeads].sort((a, b) => a.accuracyWhenZeroed.unseenCombos - b.accuracyWhenZeroed.unseenCombos);
const mostHarm = byHarm[0]!;

mustHold(pointer.layer === 1 && pointer.head === 0 && meta.layers === 2, 'the questions call the pointer “layer 2, head 1” of a 2-layer model');
mustHold(firstLayerAll.accuracyWhenZeroed.fresh < 0.7, 'zeroing the first layer’s attention should bring accuracy near chance');
mustHold(pointerHead.accuracyWhenZeroed.fresh >= 0.99 && pointerHead.accuracyWhenZeroed.unseenCombos >= 0.99, 'zeroing the pointer’s output should change nothing');
mustHold(otherPointerLayerHeads.every((h) => h.accuracyWhenZeroed.fresh >= 0.99), 'the other heads of the pointer’s layer should not matter');
mustHold(mostAdjective.head !== mostHarm.head, 'the head most on the adjective should not be the one whose loss hurts most');
mustHold(mostAdjective.accuracyWhenZeroed.unseenCombos < 0.99 && mostHarm.accuracyWhenZeroed.unseenCombos < 0.9, 'both adjective heads should matter');
mustHold(Math.abs(pointerHead.toRightNoun! - targetRight) < 0.05, 'the pointer’s mean weight should sit near the soft target');

// ── sentences for the parametric exercises ──────────────────────────────────────────────────

interface DrawnSentence {
  family: Family;
  /** Index into the family's trained nouns of each slot (the two languages list them in the same order). */
  a: number;
  b: number;
  adjective: string;
  side: 'A' | 'B';
}

function drawSentence(rng: ReturnType<typeof createRng>): DrawnSentence {
  const family = rng.pick(lexicon.families);
  const trained = family.adjectives.filter((a) => !family.heldOutAdjectives.includes(a));
  const adjective = rng.pick(trained);
  return { family, a: rng.int(0, family.en.A.length - 1), b: rng.int(0, family.en.B.length - 1), adjective, side: lexicon.adjectives[adjective]!.refersTo };
}

/** The sentence in one language, its two nouns, the pronoun and the adjective as written there. */
function words(s: DrawnSentence, lang: Lang, adjective = s.adjective) {
  const spec = s.family[lang];
  const A = spec.A[s.a]!, B = spec.B[s.b]!;
  return {
    text: buildSentence(lexicon, lang, { family: s.family.id, A, B, adjective }),
    A, B, pronoun: spec.pronoun, adjective: lexicon.adjectives[adjective]![lang],
  };
}

const q = (w: string) => `“${w}”`;

// ── 1. the pointer's weight from its scores (parametric, numeric) ─────────────────────────────

const pointerWeight: Exercise = {
  id: 'model-pointer-weight',
  parametric: true,
  generate: (seed) => {
    const rng = createRng(seed);
    for (;;) {
      const s = drawSentence(rng);
      // Raw scores q·k of the pronoun against: noun A, noun B, the adjective, itself.
      const win = Number((4 + 3 * rng.next()).toFixed(1));
      const lose = Number((-1 + 3 * rng.next()).toFixed(1));
      const adj = Number((-2 + 3 * rng.next()).toFixed(1));
      const self = Number((-2 + 3 * rng.next()).toFixed(1));
      const raw = s.side === 'A' ? [win, lose, adj, self] : [lose, win, adj, self];
      const right = s.side === 'A' ? 0 : 1;
      const scaled = raw.map((x) => x / root);
      const w = softmax(scaled);
      const answer = w[right]!;
      const unscaled = softmax(raw)[right]!;
      const byDk = softmax(raw.map((x) => x / d_k))[right]!;
      const nounsOnly = softmax([scaled[0]!, scaled[1]!])[right]!;
      if (answer < 0.55 || answer > 0.93) continue;
      if (![unscaled, byDk, nounsOnly].every((m) => farApart(m, answer))) continue;
      const mistakes = distinguishable(answer, [
        {
          value: unscaled,
          hint: L(
            `这是没有缩放的结果：分数直接进了 softmax。先除以 √d_k = √${d_k} ≈ ${f3(root)}。`,
            `That is the softmax of the raw scores. Divide them by √d_k = √${d_k} ≈ ${f3(root)} first.`,
          ),
        },
        {
          value: byDk,
          hint: L(`你把分数除以了 d_k = ${d_k}；应该除以它的平方根 √${d_k} ≈ ${f3(root)}。`, `You divided the scores by d_k = ${d_k}; divide by its square root, √${d_k} ≈ ${f3(root)}.`),
        },
        {
          value: nounsOnly,
          hint: L(
            'softmax 只在两个名词之间做了归一化。代词那一行覆盖所有词元：形容词和代词自己也分走一份，分母里要有四项。',
            'You normalised over the two nouns only. The pronoun’s row covers every token: the adjective and the pronoun itself take a share too, so the denominator has four terms.',
          ),
        },
      ]);
      const ws = words(s, 'zh'), we = words(s, 'en');
      const list = (x: ReturnType<typeof words>, sep: string) =>
        [x.A, x.B, x.adjective, x.pronoun].map((t, i) => `${t} ${f1(raw[i]!)}`).join(sep);
      const exps = scaled.map((x) => Math.exp(x));
      const sum = exps.reduce((a, b) => a + b, 0);
      const target = (x: ReturnType<typeof words>) => (right === 0 ? x.A : x.B);
      return {
        kind: 'numeric',
        prompt: L(
          `句子：${ws.text}\n在指针头（${P}）里，代词“${ws.pronoun}”的查询与各个键的点积 q·k（还没缩放）如下。为了能手算，这里只留下四个词元（真实的那一行覆盖整句）：\n${list(ws, '，')}\n这个头的 d_k = ${d_k}。请算出“${ws.pronoun}”分给${q(target(ws))}的注意力权重，保留 3 位小数。`,
          `Sentence: ${we.text}\nIn the pointer head (${Pen}) the pronoun “${we.pronoun}” has these dot products q·k with the keys (not yet scaled). To keep it by hand, only four tokens are left (the real row covers the whole sentence):\n${list(we, ', ')}\nThe head has d_k = ${d_k}. Compute the attention weight “${we.pronoun}” gives to ${q(target(we))}, to 3 decimal places.`,
        ),
        label: L(`w(${target(ws)}) =`, `w(${target(we)}) =`),
        answer,
        mistakes,
        solution: L(
          `除以 √${d_k} ≈ ${f3(root)}：${scaled.map(f3).join('，')}\n取指数：${exps.map(f3).join('，')}，和 ≈ ${f3(sum)}\nw(${target(ws)}) = ${f3(exps[right]!)} / ${f3(sum)} ≈ **${f3(answer)}**\n权重大的名词就是模型的答案：${target(ws)}。`,
          `Divide by √${d_k} ≈ ${f3(root)}: ${scaled.map(f3).join(', ')}\nExponentials: ${exps.map(f3).join(', ')}, summing to ≈ ${f3(sum)}\nw(${target(we)}) = ${f3(exps[right]!)} / ${f3(sum)} ≈ **${f3(answer)}**\nThe noun with the larger weight is the model’s answer: ${target(we)}.`,
        ),
      };
    }
  },
};

// ── 2. back from the weights to the score gap (parametric, numeric) ────────────────────────────

const scoreGap: Exercise = {
  id: 'model-score-gap',
  parametric: true,
  generate: (seed) => {
    const rng = createRng(seed + 7919); // another stream than model-pointer-weight, so the same seed gives another sentence
    for (;;) {
      const s = drawSentence(rng);
      const wRight = Number((0.7 + 0.22 * rng.next()).toFixed(2));
      const wOther = Number((1 - wRight).toFixed(2));
      const gapScaled = Math.log(wRight / wOther);
      const answer = root * gapScaled;
      // Check with the kernel: two scaled scores that differ by the gap give back the weights.
      const back = softmax([answer / root, 0]);
      if (Math.abs(back[0]! - wRight) > 1e-9) throw new Error('bank real-model: the score gap does not give back the weights');
      const mistakes = distinguishable(answer, [
        {
          value: gapScaled,
          hint: L(
            `${f3(gapScaled)} 是缩放**之后**两个分数的差。题目问的是没缩放的 q·k，要再乘以 √${d_k} ≈ ${f3(root)}。`,
            `${f3(gapScaled)} is the gap **after** scaling. The question asks for the raw q·k, so multiply by √${d_k} ≈ ${f3(root)}.`,
          ),
        },
        {
          value: d_k * gapScaled,
          hint: L(`你乘的是 d_k = ${d_k}；缩放除以的是 √d_k，所以要乘回 √${d_k} ≈ ${f3(root)}。`, `You multiplied by d_k = ${d_k}; the scaling divides by √d_k, so multiply back by √${d_k} ≈ ${f3(root)}.`),
        },
        {
          value: wRight / wOther,
          hint: L(
            `${f2(wRight)} / ${f2(wOther)} 是两个权重的比值。softmax 里分数在指数上：权重之比 = e^(分数之差)，所以要先取对数。`,
            `${f2(wRight)} / ${f2(wOther)} is the ratio of the weights. In a softmax the scores sit in the exponent: the ratio of weights is e^(score gap), so take the logarithm first.`,
          ),
        },
        {
          value: wRight - wOther,
          hint: L('权重之差不是分数之差。softmax 只看分数的差，而权重之比等于 e 的（分数之差）次方。', 'A gap in weights is not a gap in scores. The ratio of two weights is e to the power of their score gap.'),
        },
      ]);
      if (mistakes.length < 3) continue;
      const ws = words(s, 'zh'), we = words(s, 'en');
      const pick = (x: ReturnType<typeof words>): [string, string] => (s.side === 'A' ? [x.A, x.B] : [x.B, x.A]);
      const [rz, oz] = pick(ws), [re, oe] = pick(we);
      return {
        kind: 'numeric',
        prompt: L(
          `句子：${ws.text}\n指针头里，代词“${ws.pronoun}”那一行几乎全部落在两个名词上：${rz} ${f2(wRight)}，${oz} ${f2(wOther)}。d_k = ${d_k}。\n“${ws.pronoun}”的查询与${q(rz)}的键的点积，比与${q(oz)}的键的点积大多少？（q·k 还没缩放，保留 2 位小数。）`,
          `Sentence: ${we.text}\nIn the pointer head, the pronoun “${we.pronoun}” puts almost its whole row on the two nouns: ${re} ${f2(wRight)}, ${oe} ${f2(wOther)}. d_k = ${d_k}.\nBy how much does the dot product of the query of “${we.pronoun}” with the key of ${q(re)} exceed the one with the key of ${q(oe)}? (Raw q·k, before scaling; 2 decimal places.)`,
        ),
        label: L('q·k₁ − q·k₂ =', 'q·k₁ − q·k₂ ='),
        answer,
        mistakes,
        solution: L(
          `softmax 里，两个权重之比 = e^(缩放后分数之差)。\n缩放后的差 = ln(${f2(wRight)} / ${f2(wOther)}) ≈ ${f3(gapScaled)}\n缩放前的差 = ${f3(gapScaled)} × √${d_k} ≈ ${f3(gapScaled)} × ${f3(root)} ≈ **${f2(answer)}**\n核对：softmax([${f3(gapScaled)}, 0]) = [${f2(back[0]!)}, ${f2(back[1]!)}]。`,
          `In a softmax, the ratio of two weights is e^(gap between their scaled scores).\nScaled gap = ln(${f2(wRight)} / ${f2(wOther)}) ≈ ${f3(gapScaled)}\nRaw gap = ${f3(gapScaled)} × √${d_k} ≈ ${f3(gapScaled)} × ${f3(root)} ≈ **${f2(answer)}**\nCheck: softmax([${f3(gapScaled)}, 0]) = [${f2(back[0]!)}, ${f2(back[1]!)}].`,
        ),
      };
    }
  },
};

// ── 3. a flip pair, both rows at once (parametric, matrix) ─────────────────────────────────────

const flipRows: Exercise = {
  id: 'model-flip-rows',
  parametric: true,
  generate: (seed) => {
    const rng = createRng(seed + 104729);
    for (;;) {
      const s = drawSentence(rng);
      const flipped = flipAdjective(lexicon, s.family, s.adjective);
      // Scaled scores of the pronoun on [A, B] in the two sentences; the referent scores higher.
      const hi = () => Number((1.5 + 1.5 * rng.next()).toFixed(1));
      const lo = () => Number((0.1 + 1.0 * rng.next()).toFixed(1));
      const row = (side: 'A' | 'B') => (side === 'A' ? [hi(), lo()] : [lo(), hi()]);
      const S = [row(s.side), row(lexicon.adjectives[flipped]!.refersTo)];
      const W = softmax(S).toArray();
      const byColumn = [0, 1].map((i) => [0, 1].map((j) => Math.exp(S[i]![j]!) / (Math.exp(S[0]![j]!) + Math.exp(S[1]![j]!))));
      const plain = S.map((r) => r.map((x) => x / (r[0]! + r[1]!)));
      const differs = (M: number[][]) => M.some((r, i) => r.some((x, j) => farApart(x, W[i]![j]!, 0.02)));
      if (!differs(byColumn) || !differs(plain) || !byColumn.some((r, i) => r.some((x, j) => farApart(x, plain[i]![j]!, 0.02)))) continue;
      const z1 = words(s, 'zh'), z2 = words(s, 'zh', flipped), e1 = words(s, 'en'), e2 = words(s, 'en', flipped);
      const scoreLine = (x: ReturnType<typeof words>, r: number[], sep: string) => `${x.text}  →  ${x.A} ${f1(r[0]!)}${sep}${x.B} ${f1(r[1]!)}`;
      const cols = [L(z1.A, e1.A), L(z1.B, e1.B)];
      return {
        kind: 'matrix',
        name: 'W',
        prompt: L(
          `一对“翻转句”，只差最后的形容词：\n${scoreLine(z1, S[0]!, '，')}\n${scoreLine(z2, S[1]!, '，')}\n箭头后面是指针头里代词“${z1.pronoun}”对两个名词的**缩放后**分数（其余词元的分数低得可以忽略）。填出权重矩阵 W：第 1 行是第一句，第 2 行是第二句；两列依次是 ${z1.A}、${z1.B}。每格保留 2 位小数。`,
          `A flip pair: two sentences that differ only in the adjective at the end:\n${scoreLine(e1, S[0]!, ', ')}\n${scoreLine(e2, S[1]!, ', ')}\nAfter each arrow are the **scaled** scores of the pronoun “${e1.pronoun}” on the two nouns in the pointer head (every other token scores too low to matter). Fill in the weight matrix W: row 1 is the first sentence, row 2 the second; the columns are ${e1.A} and ${e1.B}. Each entry to 2 decimal places.`,
        ),
        answer: W,
        columns: cols,
        absolute: 0.006,
        mistakes: [
          {
            value: byColumn,
            hint: L(
              '你是沿着**列**做的 softmax，把两句话里同一个名词放在一起比。每句话的代词只在**自己那一行**里分配注意力：每行之和为 1。',
              'You took the softmax down the **columns**, comparing the same noun across the two sentences. Each sentence’s pronoun shares out its attention along **its own row**: every row sums to 1.',
            ),
          },
          {
            value: plain,
            hint: L('你直接用分数除以这一行的分数之和，忘了先取指数。softmax 是 e^(s_j) / Σ e^(s_k)。', 'You divided each score by the row’s sum of scores and forgot the exponential. Softmax is e^(s_j) / Σ e^(s_k).'),
          },
        ],
        solution: L(
          `每一行单独做 softmax：\n第 1 行：e^${f1(S[0]![0]!)} / (e^${f1(S[0]![0]!)} + e^${f1(S[0]![1]!)}) ≈ ${f2(W[0]![0]!)}，另一格 ≈ ${f2(W[0]![1]!)}\n第 2 行：≈ ${f2(W[1]![0]!)} 和 ${f2(W[1]![1]!)}\n换一个形容词，权重大的那一格就从一列跳到另一列：答案翻转了。`,
          `A softmax on each row by itself:\nrow 1: e^${f1(S[0]![0]!)} / (e^${f1(S[0]![0]!)} + e^${f1(S[0]![1]!)}) ≈ ${f2(W[0]![0]!)}, the other entry ≈ ${f2(W[0]![1]!)}\nrow 2: ≈ ${f2(W[1]![0]!)} and ${f2(W[1]![1]!)}\nChange the adjective and the larger weight jumps from one column to the other: the answer flips.`,
        ),
      };
    }
  },
};

// ── static exercises ────────────────────────────────────────────────────────────────────────

const readPointer: Exercise = {
  id: 'model-read-pointer',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      '这个模型说“代词指的是哪个名词”时，它的答案是从哪里读出来的？',
      'When this model says which noun a pronoun refers to, where is its answer read from?',
    ),
    options: [
      {
        text: L(`指针头（${P}）里，代词**那一行**注意力权重落在两个名词上的部分：哪个名词的权重大，答案就是哪个`, `In the pointer head (${Pen}), the pronoun’s **row** of attention weights on the two nouns: the noun with the larger weight is the answer`),
        correct: true,
        explanation: L(
          `对。训练时损失只作用在这一行上，把它拉向 ${f2(targetRight)} / ${f2(targetOther)} 的目标，所以这一行的权重本身就是预测。`,
          `Right. In training the loss acts on this row alone, pulling it toward a ${f2(targetRight)} / ${f2(targetOther)} target, so the row’s weights are the prediction itself.`,
        ),
      },
      {
        text: L('指针头里代词**那一列**：两个名词各自有多关注代词', 'The pronoun’s **column** in the pointer head: how much each noun attends to the pronoun'),
        correct: false,
        explanation: L(
          '列说的是别的词元作为查询时分给代词多少注意力。我们问的是代词在找谁，那是代词作为查询的那一行。',
          'A column holds what other tokens, as queries, give to the pronoun. The question is what the pronoun is looking for: its own row, with the pronoun as the query.',
        ),
      },
      {
        text: L('指针头的输出向量（加权求和之后的 z），再接一个分类层', 'The pointer head’s output vector (z, after the weighted sum), fed to a classifier'),
        correct: false,
        explanation: L(
          `没有这样的分类层。把指针头的输出置零，新句子上的准确率仍是 ${pct(pointerHead.accuracyWhenZeroed.fresh)}：答案不经过输出，直接读的是权重。`,
          `There is no such classifier. With the pointer head’s output zeroed, accuracy on fresh sentences is still ${pct(pointerHead.accuracyWhenZeroed.fresh)}: the answer never goes through the output; it is read from the weights.`,
        ),
      },
      {
        text: L(`把两层共 ${meta.layers * meta.heads} 个头的注意力平均起来，看哪个名词得到的平均权重大`, `The average attention over all ${meta.layers * meta.heads} heads of both layers: whichever noun gets more on average`),
        correct: false,
        explanation: L(
          `别的头没有被训练来指向名词：同一层的另外三个头几乎平铺，第 1 层的头主要看形容词。平均下来，指针的信号会被冲淡。`,
          `The other heads were not trained to point at nouns: the rest of the pointer’s layer spreads its attention almost evenly, and the first layer’s heads look mostly at the adjective. Averaging would dilute the pointer.`,
        ),
      },
    ],
    solution: L(
      `规则写在模型的元数据里：在第 ${shown(pointer.layer)} 层的头 ${shown(pointer.head)} 中，代词那一行 $\\mathrm{softmax}(q_{\\text{代词}} K^\\top/\\sqrt{d_k})$ 在两个候选名词上的权重，大的那个就是指代对象。`,
      `The rule is in the model’s metadata: in layer ${shown(pointer.layer)}, head ${shown(pointer.head)}, the pronoun’s row $\\mathrm{softmax}(q_{\\text{pron}} K^\\top/\\sqrt{d_k})$ is compared on the two candidate nouns, and the larger weight names the referent.`,
    ),
  },
};

const hz = (h: HeadAnalysis) => `头 ${shown(h.head as number)}`;
const he = (h: HeadAnalysis) => `head ${shown(h.head as number)}`;

const zeroing: Exercise = {
  id: 'model-zeroing',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `消融实验把一个头的输出（或一整层的注意力）置零，再量准确率。下面哪些结论有测量结果支持？（可多选）`,
      `An ablation zeroes one head’s output (or a whole layer’s attention) and measures accuracy again. Which conclusions do the measurements support? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(
          `把第 1 层的注意力全部置零，新句子上的准确率从 ${texPct(meta.evaluation.fresh.accuracy)} 掉到 ${texPct(firstLayerAll.accuracyWhenZeroed.fresh)}，离随机猜的 50% 不远：代词需要第 1 层搬来的信息`,
          `Zeroing all of layer 1’s attention drops accuracy on fresh sentences from ${texPct(meta.evaluation.fresh.accuracy)} to ${texPct(firstLayerAll.accuracyWhenZeroed.fresh)}, not far from the 50% of guessing: the pronoun needs what layer 1 brings it`,
        ),
        correct: true,
        explanation: L(
          '对。在指针读出答案之前，第 1 层是代词唯一能从别的词元那里取信息的地方；把它的注意力拿掉，指针就只能瞎猜。',
          'True. Before the pointer reads its answer, layer 1 is the only place where the pronoun can gather information from the other tokens; take its attention away and the pointer is left guessing.',
        ),
      },
      {
        text: L(
          `把指针头的**输出**置零，准确率仍是 ${texPct(pointerHead.accuracyWhenZeroed.fresh)}：预测读的是它的权重，不是它的输出`,
          `Zeroing the pointer head’s **output** leaves accuracy at ${texPct(pointerHead.accuracyWhenZeroed.fresh)}: the prediction reads its weights, not its output`,
        ),
        correct: true,
        explanation: L(
          '对。输出是权重乘以值向量之后的结果，而答案在乘之前就已经定了。',
          'True. The output is what the weights do to the values; the answer is settled before that multiplication.',
        ),
      },
      {
        text: L(
          `第 1 层里平均最关注形容词的${hz(mostAdjective)}（$${t3(mostAdjective.toAdjective!)}$），也是置零后准确率掉得最多的头`,
          `In layer 1, ${he(mostAdjective)}, which looks at the adjective most on average ($${t3(mostAdjective.toAdjective!)}$), is also the head whose loss hurts most`,
        ),
        correct: false,
        explanation: L(
          `不是。在没见过的句型–形容词组合上，置零${hz(mostAdjective)}后准确率是 ${texPct(mostAdjective.accuracyWhenZeroed.unseenCombos)}，置零${hz(mostHarm)}（平均只有 $${t3(mostHarm.toAdjective!)}$ 落在形容词上）却掉到 ${texPct(mostHarm.accuracyWhenZeroed.unseenCombos)}。权重最大的地方，不一定是最要紧的地方。`,
          `No. On unseen family–adjective combinations, zeroing ${he(mostAdjective)} leaves ${texPct(mostAdjective.accuracyWhenZeroed.unseenCombos)}, while zeroing ${he(mostHarm)} (only $${t3(mostHarm.toAdjective!)}$ on the adjective on average) drops it to ${texPct(mostHarm.accuracyWhenZeroed.unseenCombos)}. The biggest weight is not necessarily where the work is done.`,
        ),
      },
      {
        text: L(
          `指针头平均把 $${t3(pointerHead.toRightNoun!)}$ 的权重给正确名词，说明模型对答案有大约这么大的把握`,
          `The pointer puts $${t3(pointerHead.toRightNoun!)}$ on the right noun on average, so the model is about that confident in its answer`,
        ),
        correct: false,
        explanation: L(
          `这个数是训练目标定下来的：训练时把正确名词的权重拉向 ${f2(targetRight)}。它是学到的分布，不是校准过的概率；模型在测试集上其实全部答对。`,
          `That figure was set by the training target, which pulls the right noun’s weight toward ${f2(targetRight)}. It is a learned distribution, not a calibrated probability; on the test sets the model is in fact always right.`,
        ),
      },
      {
        text: L(
          `第 2 层另外三个头置零后，准确率都不变`,
          `Zeroing any of the other three heads of layer 2 leaves accuracy unchanged`,
        ),
        correct: true,
        explanation: L(
          `对。损失只作用在指针头上，这三个头的输出又不再流向任何被读取的地方，所以它们没有收到训练信号，注意力几乎平铺（到形容词的平均权重只有 ${otherPointerLayerHeads.map((h) => `$${t3(h.toAdjective!)}$`).join('、')}）。`,
          `True. The loss acts on the pointer alone, and these heads’ outputs flow into nothing that is read, so they receive no training signal and spread their attention almost evenly (to the adjective, on average: ${otherPointerLayerHeads.map((h) => `$${t3(h.toAdjective!)}$`).join(', ')}).`,
        ),
      },
    ],
    solution: L(
      '注意力图告诉你信息从哪里混进来；置零实验告诉你去掉它会怎样。两者要一起看：第 1 层整体不可缺少，指针头的权重就是答案，而“看得最多的头”未必是“最要紧的头”。',
      'An attention map tells you where information was mixed in from; an ablation tells you what happens without it. Read them together: layer 1 as a whole is indispensable, the pointer’s weights are the answer, and the head that looks hardest is not necessarily the one that matters most.',
    ),
  },
};

const explanation: Exercise = {
  id: 'model-attention-explanation',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `在新句子上，第 1 层的${hz(mostAdjective)}平均把 $${t3(mostAdjective.toAdjective!)}$ 的注意力从代词放到形容词上。只凭这一个数，能说什么？`,
      `On fresh sentences, ${he(mostAdjective)} of layer 1 puts $${t3(mostAdjective.toAdjective!)}$ of the pronoun’s attention on the adjective on average. What can you say from this number alone?`,
    ),
    options: [
      {
        text: L(
          '在这个头里，代词的新向量有相当一部分是从形容词的值向量混进来的；预测是否依赖这一部分，还要另做实验检验',
          'In this head, a good part of the pronoun’s new vector is mixed in from the adjective’s value; whether the prediction depends on it takes another experiment to tell',
        ),
        correct: true,
        explanation: L(
          '对。注意力权重如实记录了信息从哪里混合过来（Jain & Wallace 2019；Wiegreffe & Pinter 2019 都同意这一点），但要说“因为它，所以答对”，需要置零这类因果实验。',
          'Right. The weights faithfully record where information was mixed from (Jain & Wallace 2019 and Wiegreffe & Pinter 2019 agree on that much), but “it got the answer right because of this” needs a causal test such as zeroing.',
        ),
      },
      {
        text: L('模型答对，就是因为这个头看了形容词', 'The model gets the answer right because this head looks at the adjective'),
        correct: false,
        explanation: L(
          `权重本身不是解释。置零实验甚至显示，单独去掉这个头，在没见过的组合上准确率还有 ${texPct(mostAdjective.accuracyWhenZeroed.unseenCombos)}，而去掉看形容词少得多的${hz(mostHarm)}，只剩 ${texPct(mostHarm.accuracyWhenZeroed.unseenCombos)}。`,
          `The weights alone do not explain. Ablation even shows that without this head accuracy on unseen combinations stays at ${texPct(mostAdjective.accuracyWhenZeroed.unseenCombos)}, while without ${he(mostHarm)}, which looks at the adjective far less, it falls to ${texPct(mostHarm.accuracyWhenZeroed.unseenCombos)}.`,
        ),
      },
      {
        text: L('什么也说明不了：注意力不是解释，这个数没有意义', 'Nothing at all: attention is not explanation, so the number is meaningless'),
        correct: false,
        explanation: L(
          `矫枉过正了。Wiegreffe 和 Pinter（2019）指出，权重并非毫无意义：它确实说明了信息的来源。而且这个头并非无关紧要：置零后准确率降到 ${texPct(mostAdjective.accuracyWhenZeroed.fresh)}（新句子）。`,
          `That overcorrects. Wiegreffe and Pinter (2019) point out that the weights are not meaningless: they do say where information came from. Nor is this head irrelevant: zeroing it drops accuracy to ${texPct(mostAdjective.accuracyWhenZeroed.fresh)} on fresh sentences.`,
        ),
      },
      {
        text: L(
          `代词有 $${texPct(mostAdjective.toAdjective!)}$ 的可能指的是形容词`,
          `There is a $${texPct(mostAdjective.toAdjective!)}$ chance that the pronoun refers to the adjective`,
        ),
        correct: false,
        explanation: L(
          '这个头不做指代判断，它的权重只决定混合时各取多少。只有指针头的那一行被训练成了答案，而那一行只在两个名词之间比较。',
          'This head makes no decision about reference; its weights only set how much of each value goes into the mix. Only the pointer’s row was trained to be the answer, and it compares the two nouns.',
        ),
      },
    ],
    solution: L(
      '注意力权重说明“从哪里混合”，不直接说明“为什么这样预测”。在这个模型里，指针头的权重按构造就是预测；而第 1 层的头，正好让你看到这个区别。',
      'Attention weights say where information was mixed from, not by themselves why the prediction came out as it did. In this model the pointer’s weights are the prediction by construction; the heads of layer 1 show you the difference.',
    ),
  },
};

// Recurrent comparison: what was measured.
const per = curves.definition.examplesPerLevel;
const chance = 1 / curves.definition.symbols.count;
const acc = (model: 'rnn' | 'gru' | 'attention', task: 'delay' | 'load') => curves.models[model].correct[task].map((c) => c / per);
const delays = curves.levels.delay, loads = curves.levels.load;
const trainedDelay = curves.definition.tasks.delay.trained[1];
const rnnDelayMin = Math.min(...acc('rnn', 'delay'));
const maxDelay = delays[delays.length - 1]!;
const scratchAt = curves.fromScratch.delays.indexOf(trainedDelay);
const rnnScratch = curves.models.rnn.learnedFromScratch[scratchAt]! / per;
const lastLoad = loads[loads.length - 1]!;
const rnnLoad = acc('rnn', 'load')[loads.length - 1]!;
const gruLoad = acc('gru', 'load')[loads.length - 1]!;
const attnLoadMin = Math.min(...acc('attention', 'load'));
const attnDelay = acc('attention', 'delay');
const attnBeyond = attnDelay.map((a, i) => ({ a, d: delays[i]! })).filter((x) => x.d > trainedDelay);
const attnWorst = attnBeyond.reduce((w, x) => (x.a < w.a ? x : w));

mustHold(scratchAt >= 0, 'the from-scratch runs should include the longest trained delay');
mustHold(rnnDelayMin >= 0.99, 'the trained RNN should not lose accuracy with delay');
mustHold(rnnScratch < 2 * chance, 'an RNN trained from scratch on the longest delay should stay near chance');
mustHold(rnnLoad < 0.5 && gruLoad < 0.5, 'both recurrent models should fall with load');
mustHold(attnLoadMin >= 0.99, 'attention should be load-proof');
mustHold(attnWorst.a < 0.5, 'attention should be erratic beyond its trained delays');

const recurrence: Exercise = {
  id: 'model-recurrence',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `RNN、GRU 和注意力模型在同样的例子上训练（延迟任务训练到 $d = ${trainedDelay}$），再在更长的延迟和不同的记忆负担上测量。下面哪些说法与测量结果相符？（可多选）`,
      `A plain RNN, a GRU and an attention model were trained on the same examples (delays up to $d = ${trainedDelay}$), then measured at longer delays and at different loads. Which statements match the measurements? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(
          `训练好的普通 RNN，在一直到 $d = ${maxDelay}$ 的每个延迟上准确率都不低于 $${texPct(rnnDelayMin)}$`,
          `The trained plain RNN stays at or above $${texPct(rnnDelayMin)}$ at every delay up to $d = ${maxDelay}$`,
        ),
        correct: true,
        explanation: L(
          `对。只要学会了，它就能把一个符号在 ${curves.models.rnn.width} 个数的状态里一直保存下去，连训练里没见过的长度也不例外。`,
          `True. Once it has learned the trick, it keeps one symbol in its state of ${curves.models.rnn.width} numbers for as long as was measured, even at lengths it never trained on.`,
        ),
      },
      {
        text: L(
          `一个新的普通 RNN，如果从头只用 $d = ${trainedDelay}$ 的例子训练，准确率只有 $${texPct(rnnScratch)}$，和随机猜（$${texPct(chance)}$）差不多`,
          `A fresh plain RNN trained from scratch on $d = ${trainedDelay}$ alone reaches only $${texPct(rnnScratch)}$, about the $${texPct(chance)}$ of guessing`,
        ),
        correct: true,
        explanation: L(
          `对。梯度消失伤的是“学”：误差信号要往回穿过 ${trainedDelay + 1} 步才能到达那个符号，传到时已经太弱。课程里的 RNN 训练时长短延迟混在一起，短延迟的梯度够强，很可能是它们让 RNN 先学会了保存符号。`,
          `True. Vanishing gradients hurt learning: the error signal has to travel back ${trainedDelay + 1} steps to reach the symbol and arrives too weak. The course’s RNN trained on short and long delays mixed together; most likely the short ones, with their strong gradients, taught it to keep the symbol.`,
        ),
      },
      {
        text: L(
          `记忆负担加大时，RNN 和 GRU 都会掉：记 ${lastLoad} 个符号时只剩 $${texPct(rnnLoad)}$ 和 $${texPct(gruLoad)}$`,
          `Both recurrent models fall as the load grows: with ${lastLoad} symbols to hold they reach only $${texPct(rnnLoad)}$ and $${texPct(gruLoad)}$`,
        ),
        correct: true,
        explanation: L(
          '对。它们的全部记忆是一个固定大小的状态向量，要记的东西越多，越装不下，和早期翻译模型的固定长度上下文向量是同一个问题。',
          'True. Their whole memory is one state vector of fixed size; the more there is to hold, the less fits. It is the same problem as the fixed-length context vector of early translation models.',
        ),
      },
      {
        text: L(
          '注意力模型在训练过的长度之外也一直保持满分',
          'The attention model stays perfect beyond the lengths it was trained on as well',
        ),
        correct: false,
        explanation: L(
          `不对。它对记忆负担毫不在乎（每个负担都不低于 $${texPct(attnLoadMin)}$），但延迟超出训练范围之后就很不稳定，在 $d = ${attnWorst.d}$ 时只有 $${texPct(attnWorst.a)}$。`,
          `No. It does not mind the load at all (never below $${texPct(attnLoadMin)}$), but beyond its trained delays it becomes erratic, down to $${texPct(attnWorst.a)}$ at $d = ${attnWorst.d}$.`,
        ),
      },
      {
        text: L(
          '训练好的普通 RNN 的准确率随延迟迅速下降，这就是梯度消失',
          'The trained plain RNN’s accuracy drops fast with delay: that is the vanishing gradient',
        ),
        correct: false,
        explanation: L(
          `这是教科书上的预期，不是这次测到的结果：训练好的 RNN 在每个延迟上都不低于 $${texPct(rnnDelayMin)}$。梯度消失表现在从头学的时候。`,
          `That is the textbook expectation, not what was measured: the trained RNN never drops below $${texPct(rnnDelayMin)}$. The vanishing gradient shows when it has to learn from scratch.`,
        ),
      },
    ],
    solution: L(
      `测到的是：学会以后，普通 RNN 能把一个符号保存很久；从头学长延迟它学不会（梯度消失）；要同时记很多符号时，两种循环网络都被固定大小的状态卡住；注意力不怕负担，但在训练过的长度之外表现不稳定。`,
      `What was measured: once trained, the plain RNN holds one symbol for a long time; from scratch it cannot learn long delays (vanishing gradients); with many symbols to hold, both recurrent models are limited by their fixed-size state; attention ignores the load but is erratic beyond the lengths it was trained on.`,
    ),
  },
};

const pipeline: Exercise = {
  id: 'model-pipeline',
  parametric: false,
  question: {
    kind: 'ordering',
    prompt: L('从一句话到模型的答案，把各个步骤排成正确的顺序。', 'From a sentence to the model’s answer: put the steps in the right order.'),
    items: [
      L('分词：把句子切成词元，词表里没有的词变成 `<unk>`', 'Tokenize: split the sentence into tokens; a word missing from the vocabulary becomes `<unk>`'),
      L('查出每个词元的嵌入向量，加上位置编码', 'Look up each token’s embedding and add its positional encoding'),
      L('第 1 层：各个头把形容词等信息混合到代词（和其他词元）上', 'Layer 1: its heads mix information such as the adjective into the pronoun (and into the other tokens)'),
      L(`第 2 层的指针头：代词的查询与每个键打分，除以 $\\sqrt{d_k}$，做 softmax`, 'The pointer head of layer 2: score the pronoun’s query against every key, divide by $\\sqrt{d_k}$, take the softmax'),
      L('比较代词那一行在两个名词上的权重，大的那个就是答案', 'Compare the pronoun’s row on the two nouns: the larger weight is the answer'),
    ],
    solution: L(
      '模型只看得见词元编号，所以先分词；位置编码加在输入上；第 1 层让代词拿到形容词的信息；第 2 层的指针头再拿代词的查询去匹配各个名词的键，这一行权重就是答案。',
      'The model sees only token ids, so tokenization comes first; positions are added to the input; layer 1 brings the adjective’s information to the pronoun; then the pointer head of layer 2 matches the pronoun’s query against the nouns’ keys, and that row of weights is the answer.',
    ),
  },
};

export const exercises: readonly Exercise[] = [
  readPointer,
  pointerWeight,
  scoreGap,
  flipRows,
  zeroing,
  explanation,
  recurrence,
  pipeline,
];
