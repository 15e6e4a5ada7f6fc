/** What only chapter 5's exercises do (the shared checks are in tests/unit/course/exercises.test.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../../src/course/positional-encoding/exercises/index.ts';
import { PAIRS, draw as drawValue } from '../../../../src/course/positional-encoding/exercises/pe-value.ts';
import { draw as drawOffset, ropeScore, rotate } from '../../../../src/course/positional-encoding/exercises/pe-offset.ts';
import * as valueZh from '../../../../src/course/positional-encoding/exercises/pe-value.zh.ts';
import * as valueEn from '../../../../src/course/positional-encoding/exercises/pe-value.en.ts';
import * as offsetZh from '../../../../src/course/positional-encoding/exercises/pe-offset.zh.ts';
import * as offsetEn from '../../../../src/course/positional-encoding/exercises/pe-offset.en.ts';
import { addPositionalEncoding, createRng, dot, permuteRows, rotaryEmbedding, selfAttention, sinusoidalPositionalEncoding, type Matrix } from '../../../../src/kernel/index.ts';
import { checkNumeric, farApart } from '../../../../src/quiz/check.ts';
import { SEEDS, checkChapterTexts, lookup } from '../../../helpers/bank-checks.ts';

const MANY = [...SEEDS, ...Array.from({ length: 200 }, (_, i) => 1000 + 7 * i)];
const { staticQuestion } = lookup(exercises);

describe('the chapter’s exercises', () => {
  it('are the seven the chapter places, in its order, with their kinds', () => {
    expect(exercises.map((e) => e.id)).toEqual(['pe-swap', 'pe-pooled', 'pe-constant', 'pe-where', 'pe-value', 'pe-offset', 'pe-which-model']);
    expect(exercises.map((e) => (e.parametric ? e.generate(1) : e.question).kind)).toEqual(['single', 'multiple', 'single', 'ordering', 'numeric', 'numeric', 'multiple']);
    expect(exercises.filter((e) => e.parametric).map((e) => e.id)).toEqual(['pe-value', 'pe-offset']);
  });

  checkChapterTexts(exercises, {
    own: exercises,
    seeds: MANY.slice(0, 80),
    pairs: [['pe-value', valueZh.generate, valueEn.generate], ['pe-offset', offsetZh.generate, offsetEn.generate]],
  });

});

describe('pe-swap, pe-pooled, pe-constant: the claims, checked with the kernel', () => {
  const SWAP = [2, 1, 0]; // 我 爱 你 → 你 爱 我
  const weights = (rng: ReturnType<typeof createRng>, d: number) => ({
    W_Q: rng.matrix(d, d, { std: 1 }), W_K: rng.matrix(d, d, { std: 1 }), W_V: rng.matrix(d, d, { std: 1 }),
  });
  const close = (A: Matrix, B: Matrix) => A.toArray().every((r, i) => r.every((x, j) => Math.abs(x - B.get(i, j)) < 1e-12));
  const sum = (Z: Matrix) => Z.toArray().reduce((s, r) => s.map((x, j) => x + r[j]!));

  it('without positions, swapping two words swaps the output rows and nothing else', () => {
    for (const seed of SEEDS) {
      const rng = createRng(seed);
      const X = rng.matrix(3, 4, { std: 1 }), w = weights(rng, 4);
      const before = selfAttention(X, w), after = selfAttention(permuteRows(X, SWAP), w);
      expect(close(after.output, permuteRows(before.output, SWAP)), `#${seed}`).toBe(true); // each word's output, in its new row
      expect(sum(after.output).every((x, j) => Math.abs(x - sum(before.output)[j]!) < 1e-12)).toBe(true); // sum and mean
      Array.from(after.output.row(1)).forEach((x, j) => expect(x).toBeCloseTo(before.output.get(1, j), 12)); // 爱
      expect(Math.max(...Array.from(after.output.row(0), (x, j) => Math.abs(x - before.output.get(0, j)))), `#${seed}`).toBeGreaterThan(1e-6); // row 1 differs
      expect(after.weights.get(2, 0)).toBeCloseTo(before.weights.get(0, 2), 12); // 我 → 你, in another cell
      expect(Math.abs(after.weights.get(0, 2) - before.weights.get(0, 2))).toBeGreaterThan(1e-9); // the cell row 1, column 3
      const joined = (Z: Matrix) => Z.toArray().flat();
      expect(joined(after.output)).not.toEqual(joined(before.output)); // the rows joined in order
    }
  });

  it('the same vector c at every position changes the outputs but still only swaps rows; a sinusoidal encoding does not', () => {
    for (const seed of SEEDS) {
      const rng = createRng(seed);
      const X = rng.matrix(3, 4, { std: 1 }), w = weights(rng, 4), c = Array.from(rng.matrix(1, 4, { std: 1 }).row(0));
      const C = [c, c, c];
      const withC = (M: Matrix) => selfAttention(addPositionalEncoding(M, C), w).output;
      expect(close(withC(permuteRows(X, SWAP)), permuteRows(withC(X), SWAP)), `#${seed}`).toBe(true);
      expect(close(withC(X), selfAttention(X, w).output)).toBe(false);
      const P = sinusoidalPositionalEncoding(3, 4);
      const withP = (M: Matrix) => selfAttention(addPositionalEncoding(M, P), w).output;
      expect(close(withP(permuteRows(X, SWAP)), permuteRows(withP(X), SWAP)), `#${seed}`).toBe(false);
    }
  });
});

describe('pe-where and pe-which-model', () => {
  it('pe-where puts the position between the embeddings and the projections, and its solution names the mistake of adding it to the output', () => {
    const q = staticQuestion('pe-where');
    if (q.kind !== 'ordering') throw new Error('pe-where is an ordering');
    const at = (word: RegExp) => q.items.findIndex((x) => word.test(x.en));
    expect(at(/positional encoding/)).toBe(at(/embedding matrix/) + 1);
    expect(at(/Project/)).toBe(at(/positional encoding/) + 1);
    expect(q.solution.zh).toMatch(/注意力之后对输出/);
    expect(q.solution.en).toMatch(/applied to the attention output; that is wrong/);
  });

  it('pe-which-model: sinusoids for the original, learned tables for BERT, RoPE for LLaMA; GPT-2 is not sinusoidal and T5 is not rotary', () => {
    const q = staticQuestion('pe-which-model');
    if (q.kind !== 'multiple') throw new Error('pe-which-model is a multiple choice');
    const option = (name: string) => q.options.find((o) => o.text.en.startsWith(name))!;
    expect(option('The original Transformer').correct).toBe(true);
    expect(option('BERT').correct).toBe(true);
    expect(option('GPT-2').correct).toBe(false);
    expect(option('T5').correct).toBe(false);
    expect(option('LLaMA').correct).toBe(false);
    expect(option('Rotary').correct).toBe(true);
    for (const cite of ['Vaswani et al., 2017', 'Devlin et al., 2019', 'Radford et al., 2019', 'Raffel et al., 2020', 'Touvron et al., 2023', 'Su et al., 2021']) expect(JSON.stringify(q), cite).toContain(cite);
  });
});

describe('pe-value', () => {
  it('draws readable angles: pairs i ≥ 1 whose divisor 10000^(2i/d) is 10 or 100', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(4);
    for (const { d, i } of PAIRS) {
      expect(i).toBeGreaterThanOrEqual(1);
      expect([10, 100]).toContain(Math.round(10000 ** ((2 * i) / d)));
    }
  });

  it('answers with the kernel’s sinusoidalPositionalEncoding, for many seeds', () => {
    for (const seed of MANY) {
      const v = drawValue(seed);
      const PE = sinusoidalPositionalEncoding(v.pos + 1, v.d);
      expect(v.answer, `#${seed}`).toBe(PE.get(v.pos, v.j));
      expect(Math.floor(v.j / 2)).toBe(v.i);
      expect(v.angle).toBeCloseTo(v.pos / v.divisor, 12);
      expect(v.answer).toBeCloseTo(v.j % 2 === 0 ? Math.sin(v.angle) : Math.cos(v.angle), 12);
      expect(Math.abs(v.answer)).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('computes each typical mistake as it is made', () => {
    for (const seed of MANY) {
      const v = drawValue(seed);
      const trig = v.j % 2 === 0 ? Math.sin : Math.cos, other = v.j % 2 === 0 ? Math.cos : Math.sin;
      const m = Object.fromEntries(v.mistakes.map((x) => [x.key, x.value]));
      expect(m['degrees'], `#${seed}`).toBeCloseTo(trig((v.angle * Math.PI) / 180), 12);
      expect(m['swapped']).toBeCloseTo(other(v.angle), 12);
      expect(m['halfExponent']).toBeCloseTo(trig(v.pos / 10000 ** (v.i / v.d)), 12);
      expect(m['noDivision']).toBeCloseTo(trig(v.pos), 12);
      if (v.j % 2 === 1) expect(m['oddExponent']).toBeCloseTo(Math.cos(v.pos / 10000 ** (v.j / v.d)), 12);
      else expect(m['oddExponent']).toBeUndefined();
    }
  });

  it('recognises every mistake with the hint that names it, in both languages', () => {
    const names: Record<string, [RegExp, RegExp]> = {
      degrees: [/角度模式（DEG）/, /degree mode \(DEG\)/],
      swapped: [/sin 和 cos 用反了/, /swapped sin and cos/],
      halfExponent: [/指数写成了 i\/d/, /used i\/d = /],
      oddExponent: [/维度编号 j = \d+ 直接放进了指数/, /dimension index j = \d+ straight into the exponent/],
      noDivision: [/忘了先除以/, /forgot to divide/],
    };
    const seen = new Set<string>();
    for (const seed of MANY) {
      const v = drawValue(seed), zh = valueZh.generate(seed), en = valueEn.generate(seed);
      if (zh.kind !== 'numeric' || en.kind !== 'numeric') throw new Error('pe-value is numeric');
      v.mistakes.forEach((m, k) => {
        seen.add(m.key);
        for (const q of [zh, en]) expect(checkNumeric(q, String(m.value)), `#${seed} ${m.key}`).toEqual({ status: 'incorrect', mistake: k });
        expect(zh.mistakes![k]!.hint, `#${seed} ${m.key}`).toMatch(names[m.key]![0]);
        expect(en.mistakes![k]!.hint, `#${seed} ${m.key}`).toMatch(names[m.key]![1]);
      });
      for (const q of [zh, en]) expect(checkNumeric(q, q.answer.toFixed(3))).toEqual({ status: 'correct' });
    }
    expect([...seen].sort()).toEqual(Object.keys(names).sort());
  });

  it('gives fresh numbers for fresh seeds: widths, dimensions, positions, sin and cos', () => {
    const draws = MANY.map(drawValue);
    expect(new Set(draws.map((v) => `${v.d}/${v.j}/${v.pos}`)).size).toBeGreaterThan(MANY.length / 2);
    expect(new Set(draws.map((v) => v.d))).toEqual(new Set([4, 8, 16]));
    expect(new Set(draws.map((v) => v.j % 2))).toEqual(new Set([0, 1]));
    expect(new Set(draws.map((v) => v.divisor))).toEqual(new Set([10, 100]));
  });
});

describe('pe-offset', () => {
  it('answers with the kernel’s rotaryEmbedding, one radian per position, and the score depends only on n − m', () => {
    for (const seed of MANY) {
      const o = drawOffset(seed);
      const R = (v: number[], p: number) => Array.from(rotaryEmbedding([v], { positions: [p] }).row(0));
      expect(o.answer, `#${seed}`).toBe(dot(R(o.q, o.m), R(o.k, o.n)));
      expect(o.given).toBe(dot(R(o.q, o.m0), R(o.k, o.n0)));
      // By hand: turning k by n − m against an unturned q gives the same number.
      const [c, s] = [Math.cos(o.n - o.m), Math.sin(o.n - o.m)];
      expect(o.answer).toBeCloseTo(o.q[0]! * (o.k[0]! * c - o.k[1]! * s) + o.q[1]! * (o.k[0]! * s + o.k[1]! * c), 9);
      expect(o.rotatedQ).toEqual(rotate(o.q, o.m));
      expect(Math.abs(o.answer)).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('shifts both positions together in some variants (the given score is the answer) and changes the distance in the others', () => {
    const draws = MANY.map(drawOffset);
    const shifted = draws.filter((o) => o.shifted), moved = draws.filter((o) => !o.shifted);
    expect(shifted.length).toBeGreaterThan(MANY.length / 4);
    expect(moved.length).toBeGreaterThan(MANY.length / 4);
    for (const o of shifted) {
      expect(o.n - o.m).toBe(o.n0 - o.m0);
      expect(o.shift).toBeGreaterThan(0);
      expect(o.answer).toBeCloseTo(o.given, 9);
      expect(o.mistakes.some((m) => m.key === 'sameScore')).toBe(false);
    }
    for (const o of moved) {
      expect(o.n - o.m).not.toBe(o.n0 - o.m0);
      expect(farApart(o.answer, o.given, 0.05)).toBe(true);
      expect(o.mistakes[0]).toEqual({ key: 'sameScore', value: o.given });
    }
  });

  it('computes each typical mistake as it is made', () => {
    for (const seed of MANY) {
      const o = drawOffset(seed);
      const m = Object.fromEntries(o.mistakes.map((x) => [x.key, x.value]));
      expect(m['sum'], `#${seed}`).toBe(dot(o.q, rotate(o.k, o.m + o.n)));
      expect(m['onlyQ']).toBe(dot(rotate(o.q, o.m), o.k));
      expect(m['swapped']).toBe(ropeScore(o.q, o.k, o.n, o.m));
      if (m['degrees'] !== undefined) expect(m['degrees']).toBeCloseTo(ropeScore(o.q, o.k, (o.m * Math.PI) / 180, (o.n * Math.PI) / 180), 12);
      if (m['unrotated'] !== undefined) expect(m['unrotated']).toBe(dot(o.q, o.k));
    }
  });

  it('recognises every mistake with the hint that names it, in both languages', () => {
    const names: Record<string, [RegExp, RegExp]> = {
      sameScore: [/这是原来那个分数/, /That is the old score/],
      sum: [/m \+ n = \d+ 弧度/, /m \+ n = \d+ radians/],
      onlyQ: [/你只转了 q，k 没有转/, /You rotated q but not k/],
      swapped: [/你把两个位置对调了/, /You swapped the two positions/],
      degrees: [/1° 转的/, /1° per position/],
      unrotated: [/没有旋转的 q·k/, /q·k with no rotation/],
    };
    const seen = new Set<string>();
    for (const seed of MANY) {
      const o = drawOffset(seed), zh = offsetZh.generate(seed), en = offsetEn.generate(seed);
      if (zh.kind !== 'numeric' || en.kind !== 'numeric') throw new Error('pe-offset is numeric');
      expect(o.mistakes.length, `#${seed}`).toBeGreaterThanOrEqual(3);
      o.mistakes.forEach((m, k) => {
        seen.add(m.key);
        for (const q of [zh, en]) expect(checkNumeric(q, String(m.value)), `#${seed} ${m.key}`).toEqual({ status: 'incorrect', mistake: k });
        expect(zh.mistakes![k]!.hint, `#${seed} ${m.key}`).toMatch(names[m.key]![0]);
        expect(en.mistakes![k]!.hint, `#${seed} ${m.key}`).toMatch(names[m.key]![1]);
      });
      for (const q of [zh, en]) expect(checkNumeric(q, q.answer.toFixed(2))).toEqual({ status: 'correct' });
    }
    expect([...seen].sort()).toEqual(Object.keys(names).sort());
  });

  it('gives fresh numbers for fresh seeds', () => {
    const draws = MANY.map(drawOffset);
    expect(new Set(draws.map((o) => JSON.stringify([o.q, o.k, o.m0, o.n0, o.m, o.n]))).size).toBeGreaterThan(MANY.length * 0.9);
  });

  it('says in its solution that the shifted score needs no computing, and that a new distance does', () => {
    for (const seed of SEEDS) {
      const o = drawOffset(seed);
      expect(offsetEn.generate(seed).solution, `#${seed}`).toMatch(o.shifted ? /No need to compute/ : /The shortcut/);
      expect(offsetZh.generate(seed).solution, `#${seed}`).toMatch(o.shifted ? /其实不用算/ : /捷径/);
    }
  });
});

describe('the chapter’s glossary terms', () => {
  const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
  const glossary = load(readFileSync('content/glossary.yaml', 'utf8')) as Record<string, Record<'zh' | 'en', { term: string; definition: string }>>;

  it.each([
    ['permutation-equivariance', '置换等变', 'permutation equivariance'],
    ['sinusoidal-encoding', '正弦位置编码', 'sinusoidal positional encoding'],
    ['learned-position-embedding', '可学习的位置嵌入', 'learned position embedding'],
    ['relative-position', '相对位置编码', 'relative position encoding'],
    ['rotary-embedding', '旋转位置编码（RoPE）', 'rotary position embedding (RoPE)'],
    ['extrapolation', '长度外推', 'length extrapolation'],
  ])('%s is defined in both languages', (id, zh, en) => {
    expect(glossary[id]?.zh.term).toBe(zh);
    expect(glossary[id]?.en.term).toBe(en);
  });
});
