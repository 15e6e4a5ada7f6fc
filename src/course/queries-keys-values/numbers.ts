/**
 * Chapter 2, "Queries, keys and values": every number its prose, equations and tables show,
 * computed once for both languages. The MDX files import from here and only choose how to
 * write them (with the helpers of `../text.ts`); `claims` lists what the prose says about them.
 */
import { scaledDotProductAttention, selfAttention, crossAttention, softmax, texNumber, type Matrix } from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { claim, type Claim } from '../claims.ts';
import { argmax } from '../text.ts';
import { presets } from '../presets.ts';
import { pyRow } from '../python.ts';

// ── A common tutorial's numpy example ───────────────────────────────────────────────────────────────

const { source001, woShiShei, woXihuanZhegePingguo } = presets;

/** A common tutorial's numpy example: one query against three keys and values. */
export const s001 = scaledDotProductAttention(source001.Q, source001.K, source001.V);
/** Its attention weights (row 0). */
export const s001w: readonly number[] = Array.from(s001.weights.row(0));
/** Its output z₁. */
export const s001z: readonly number[] = Array.from(s001.output.row(0));
/** The plain average of the three value vectors, which z₁ is close to. */
export const s001mean: readonly number[] = [0, 1, 2].map((c) => source001.V.reduce((a, r) => a + r[c]!, 0) / source001.V.length);

/** A row vector as numpy prints it, e.g. [[0.3 0.25 0.45]]: 8 decimals with the common trailing zeros dropped. */
export function npArray(v: readonly number[]): string {
  let s = v.map((x) => x.toFixed(8));
  while (s.every((t) => t.endsWith('0') && !t.endsWith('.0'))) s = s.map((t) => t.slice(0, -1));
  return `[[${s.join(' ')}]]`;
}

/** What the tutorial's program prints (its labels are the program's own, in Chinese, on both pages). */
export const numpyOut = `注意力权重 (词1对所有词的关注度): ${npArray(s001w)}\n词1的自注意力输出 Z1: ${npArray(s001z)}`;

// ── 我 是 谁 ("who am I") and 我 喜欢 这个 苹果 ("I like this apple") ─────────────────────────

/** Self-attention over 我 是 谁. */
export const ws = selfAttention(woShiShei.X, woShiShei);
/** How 我 shares its attention. */
export const wsRow0: readonly number[] = Array.from(ws.weights.row(0));

/**
 * What numpy_example.py prints (From formula to code): A and Z of 我 是 谁, each row as Python's
 * " ".join(f"{x:6.3f}" …). tests/unit/course/numpy.test.ts runs the snippet and compares.
 */
export const numpyOutput = [
  'A', ...ws.weights.toArray().map((r) => pyRow(r, 3, 6)),
  'Z', ...ws.output.toArray().map((r) => pyRow(r, 3, 6)),
].join('\n');

/** Self-attention over 我 喜欢 这个 苹果. */
export const ap = selfAttention(woXihuanZhegePingguo.X, woXihuanZhegePingguo);
/** The row of 苹果 (the page's worked example uses query 3). */
export const apple = woXihuanZhegePingguo.tokens.zh.indexOf('苹果');
export const apRow: readonly number[] = Array.from(ap.weights.row(apple));
/** The word 苹果 attends to most, as an index and as a word in each language. */
export const apTop = argmax(apRow);
export const apTopWord: Readonly<Record<Locale, string>> = {
  zh: woXihuanZhegePingguo.tokens.zh[apTop]!,
  en: woXihuanZhegePingguo.tokens.en[apTop]!,
};

// ── 银行 ("bank"): a widely read introduction's "similarities" ───────────────────────────────────────────────

/** The four context words of the bank table's rows. */
export const bankWordsIn = (locale: Locale): readonly string[] =>
  locale === 'zh' ? ['账户', '余额', '取钱', '天气'] : ['账户 (account)', '余额 (balance)', '取钱 (withdraw)', '天气 (weather)'];
/** The similarity scores a widely read introduction gives, and the weights it claims they give. */
export const bankScores: readonly number[] = [0.9, 0.8, 0.7, 0.1];
export const bankClaimed: readonly number[] = [0.4, 0.3, 0.2, 0.1];
/** What softmax really gives for those scores. */
export const bankSoft: readonly number[] = softmax(bankScores);
/** Scores that would give the claimed weights, anchored at 天气's 0.1. */
export const bankNeeded: readonly number[] = bankClaimed.map((w) => bankScores[3]! + Math.log(w / bankClaimed[3]!));
/** softmax(bankNeeded): the claimed weights again. */
export const bankBack: readonly number[] = softmax(bankNeeded);
/** The scores ×10: sharper attention. */
export const bankTen: readonly number[] = softmax(bankScores.map((s) => 10 * s));
/** 账户's score minus 天气's, and the ratio of their weights e^gap. */
export const bankGap = bankScores[0]! - bankScores[3]!;
export const bankRatio = Math.exp(bankGap);
/** The gap the claimed weights need, ln(0.4/0.1). */
export const bankNeededGap = bankNeeded[0]! - bankNeeded[3]!;
/** 天气's share after ×10, in percent. */
export const bankTenLastPercent = 100 * bankTen[3]!;

// ── Widths in the paper ──────────────────────────────────────────────────────────────────────

/** The paper's base model: d_model and the number of heads. */
export const paper = { d_model: 512, h: 8 } as const;
/** Each head's d_k = d_model / h, and √d_k (which happens to equal h). */
export const paperDk = paper.d_model / paper.h;
export const paperRoot = Math.sqrt(paperDk);
/** Another split of the same d_model: 16 heads, where √d_k and √h differ. */
export const alt = { h: 16, d_k: paper.d_model / 16 } as const;
export const altRoot = Math.sqrt(alt.d_k);
export const altRootH = Math.sqrt(alt.h);

// ── Cross-attention: the Chinese written so far, 我 是, looks at the English source "Who am I" ─

/** The queries' side (我 是, rows of 我 是 谁's X) and the source's side (Who am I). */
export const crossX: number[][] = [[...woShiShei.X[0]!], [...woShiShei.X[1]!]];
export const crossY: number[][] = [[1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0]];
export const cross = crossAttention(crossX, crossY, woShiShei);

/** A matrix as a TeX array with its rows and columns labelled, 3 decimals. */
export function labelledTex(M: Matrix, rows: readonly string[], cols: readonly string[]): string {
  const body = M.toArray().map((r, i) => `\\text{${rows[i]}} & ${r.map((x) => texNumber(x, { decimals: 3 })).join(' & ')}`).join(' \\\\ ');
  return `\\begin{array}{c|${'c'.repeat(cols.length)}} & ${cols.map((c) => `\\text{${c}}`).join(' & ')} \\\\ \\hline ${body} \\end{array}`;
}

/** The cross-attention weights, rows 我 是 and columns Who am I. */
export const crossWeightsTex = labelledTex(cross.weights, ['我', '是'], ['Who', 'am', 'I']);

/** What the prose says about these numbers; checked by a unit test and again at build time. */
export const claims: Claim[] = [
  claim('我 should attend most to itself', argmax(wsRow0) === 0),
  claim('苹果 should attend most to 喜欢', apple === 3 && apTop === 1 && apTopWord.zh === '喜欢'),
  claim('cross-attention: 我→I, 是→am', argmax(cross.weights.row(0)) === 2 && argmax(cross.weights.row(1)) === 1),
  claim('the back-computed scores should give 0.4', Math.abs(bankBack[0]! - 0.4) < 1e-9),
];
