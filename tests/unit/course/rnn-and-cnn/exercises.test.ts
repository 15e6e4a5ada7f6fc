/** What only the rnn-and-cnn chapter's exercises do (the shared checks are in tests/unit/course/exercises.test.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../../src/course/rnn-and-cnn/exercises/index.ts';
import { TOLERANCE as PATH_TOLERANCE, WIDTHS, draw as drawPath } from '../../../../src/course/rnn-and-cnn/exercises/rc-path-length.ts';
import { DOCUMENT, SENTENCE, WIDTHS as MODEL_WIDTHS, draw as drawCost } from '../../../../src/course/rnn-and-cnn/exercises/rc-layer-cost.ts';
import * as pathZh from '../../../../src/course/rnn-and-cnn/exercises/rc-path-length.zh.ts';
import * as pathEn from '../../../../src/course/rnn-and-cnn/exercises/rc-path-length.en.ts';
import * as costZh from '../../../../src/course/rnn-and-cnn/exercises/rc-layer-cost.zh.ts';
import * as costEn from '../../../../src/course/rnn-and-cnn/exercises/rc-layer-cost.en.ts';
import { REALISTIC_D, answer as tableAnswer, mistakes as tableMistakes, size } from '../../../../src/course/rnn-and-cnn/exercises/rc-table.ts';
import { heldMin, heldTo, loadAcc, scratchDelay, scratchGru } from '../../../../src/course/rnn-and-cnn/exercises/rc-gru-forget.ts';
import { chance, curves, dHi, good, lastLoad } from '../../../../src/course/rnn-and-cnn/numbers.ts';
import { attentionPathLength, cnnPathLength, layerComplexity, rnnPathLength } from '../../../../src/kernel/index.ts';
import { checkMatrix, checkNumeric, checkSingle, withinTolerance } from '../../../../src/quiz/check.ts';
import type { Question } from '../../../../src/quiz/types.ts';
import { SEEDS, checkChapterTexts, lookup, textsOf } from '../../../helpers/bank-checks.ts';
import { typeset } from '../../../../src/widgets/ui/typeset.ts';

const MANY = [...SEEDS, ...Array.from({ length: 300 }, (_, i) => 1000 + 7 * i)];
const { staticQuestion } = lookup(exercises);
const ownExercises = exercises.filter((e) => e.id.startsWith('rc-'));

describe('the chapter’s exercises', () => {
  it('are the seven the chapter places, in its order, with their kinds; the moved model-recurrence is last', () => {
    expect(exercises.map((e) => e.id)).toEqual(['rc-path-length', 'rc-layer-cost', 'rc-sequential', 'rc-context-vector', 'rc-gru-forget', 'rc-table', 'model-recurrence']);
    expect(exercises.map((e) => (e.parametric ? e.generate(1) : e.question).kind)).toEqual(['numeric', 'numeric', 'single', 'multiple', 'single', 'matrix', 'multiple']);
    expect(exercises.filter((e) => e.parametric).map((e) => e.id)).toEqual(['rc-path-length', 'rc-layer-cost']);
  });

  checkChapterTexts(exercises, {
    own: ownExercises,
    seeds: MANY.slice(0, 80),
    plainMath: /O\(|h_t|\^2/,
    promptNumbersMatch: true,
    pairs: [['rc-path-length', pathZh.generate, pathEn.generate], ['rc-layer-cost', costZh.generate, costEn.generate]],
  });

  it('never refer to an option by its place, since options are shown shuffled', () => {
    for (const e of ownExercises) {
      const questions = e.parametric ? SEEDS.map((s) => e.generate(s)) : [e.question];
      for (const q of questions) for (const t of textsOf(q)) {
        expect(t.zh, e.id).not.toMatch(/第[一二三四五六1-6] ?[项个]选项|前[两三]项|选项 ?[A-F1-6]/);
        expect(t.en, e.id).not.toMatch(/\b(first|second|third|last) (option|one|two|three)\b|\boption [A-F1-6]\b/i);
      }
    }
  });

  it('typeset every static text with KaTeX in strict mode', () => {
    for (const e of ownExercises.filter((x) => !x.parametric)) {
      for (const t of textsOf((e as { question: Question }).question)) for (const text of [t.zh, t.en]) expect(() => typeset(text), `${e.id}: ${text}`).not.toThrow();
    }
  });

  it('give both languages of a static exercise the same TeX', () => {
    const tex = (s: string) => (s.match(/\$[^$]*\$/g) ?? []).sort().join(' ');
    for (const e of ownExercises.filter((x) => !x.parametric)) {
      for (const t of textsOf((e as { question: Question }).question)) expect(tex(t.en), `${e.id}: ${t.en}`).toBe(tex(t.zh));
    }
  });
});

describe('rc-path-length', () => {
  it('answers with the kernel’s path length of the encoder asked about, for many seeds', () => {
    for (const seed of MANY) {
      const v = drawPath(seed);
      const kernel = { rnn: rnnPathLength(v.i, v.j), cnn: cnnPathLength(v.i, v.j, v.k), attention: attentionPathLength(v.i, v.j) }[v.encoder];
      expect(v.answer, `#${seed}`).toBe(kernel);
      expect(v.paths).toEqual({ rnn: rnnPathLength(v.i, v.j), cnn: cnnPathLength(v.i, v.j, v.k), attention: attentionPathLength(v.i, v.j) });
      // By hand: |i − j| steps, ⌈|i − j| ÷ (k − 1)⌉ layers (1 + L(k − 1) positions must reach |i − j| + 1), one layer.
      const D = Math.abs(v.i - v.j);
      expect(v.paths.rnn).toBe(D);
      expect(1 + v.paths.cnn * (v.k - 1)).toBeGreaterThanOrEqual(D + 1);
      expect(1 + (v.paths.cnn - 1) * (v.k - 1)).toBeLessThan(D + 1);
      expect(v.paths.attention).toBe(1);
      expect(v.i).toBeGreaterThanOrEqual(1);
      expect(v.j).toBeLessThanOrEqual(v.n);
      expect(v.paths.cnn, `#${seed}: the CNN needs several layers`).toBeGreaterThanOrEqual(3);
    }
  });

  it('asks about all three encoders, the CNN most often and mostly where rounding up matters', () => {
    const draws = MANY.map(drawPath);
    const count = (e: string) => draws.filter((v) => v.encoder === e).length;
    expect(count('cnn')).toBeGreaterThan(MANY.length * 0.35);
    expect(count('rnn')).toBeGreaterThan(MANY.length * 0.15);
    expect(count('attention')).toBeGreaterThan(MANY.length * 0.15);
    const cnn = draws.filter((v) => v.encoder === 'cnn');
    expect(cnn.filter((v) => v.distance % (v.k - 1) !== 0).length).toBeGreaterThan(cnn.length * 0.6);
    expect(new Set(draws.map((v) => v.k))).toEqual(new Set(WIDTHS));
  });

  it('computes each typical mistake as it is made', () => {
    for (const seed of MANY) {
      const v = drawPath(seed);
      const D = v.distance, k = v.k;
      const expected: Record<string, number> = {
        rnn: { positions: D + 1, between: D - 1, oneLayer: 1, asCnn: cnnPathLength(v.i, v.j, k) },
        cnn: { byK: Math.ceil(D / k), floor: Math.floor(D / (k - 1)), unrounded: D / (k - 1), oneLayer: 1, asRnn: D, positions: Math.ceil((D + 1) / (k - 1)) },
        attention: { asRnn: D, asCnn: cnnPathLength(v.i, v.j, k), positions: 2 },
      }[v.encoder];
      for (const m of v.mistakes) expect(m.value, `#${seed} ${m.key}`).toBe(expected[m.key]);
      // A mistake is dropped only where it coincides with the answer or an earlier mistake.
      for (const [key, value] of Object.entries(expected)) {
        if (v.mistakes.some((m) => m.key === key)) continue;
        const clash = [v.answer, ...v.mistakes.map((m) => m.value)].some((x) => withinTolerance(value, x, PATH_TOLERANCE));
        expect(clash, `#${seed} ${key} dropped`).toBe(true);
      }
      expect(v.mistakes.length, `#${seed}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('recognises every mistake with the hint that names it, in both languages', () => {
    const names: Record<string, Record<string, [RegExp, RegExp]>> = {
      rnn: {
        positions: [/两头都算/, /both ends included/],
        between: [/只数了夹在 i 和 j 中间/, /only the positions strictly between/],
        oneLayer: [/1 步是自注意力的答案/, /One step is self-attention’s answer/],
        asCnn: [/是卷积网络要叠的层数/, /is the number of layers the CNN needs/],
      },
      cnn: {
        byK: [/你除的是 k = \d/, /You divided by k = \d/],
        floor: [/你向下取整了/, /You rounded down/],
        unrounded: [/不是整数，可层数只能是整数/, /is not a whole number, but layers come whole/],
        oneLayer: [/1 层是自注意力的答案/, /One layer is self-attention’s answer/],
        asRnn: [/是 RNN 的步数.*一层卷积/, /is the RNN’s count.*A convolution layer/],
        positions: [/你拿位置数 \|i − j\| \+ 1/, /You divided the number of positions/],
      },
      attention: {
        asRnn: [/是 RNN 的步数.*自注意力里/, /is the RNN’s count.*In self-attention/],
        asCnn: [/是卷积网络的层数/, /is the CNN’s count/],
        positions: [/你数的是两个位置/, /You counted the two positions/],
      },
    };
    const seen = new Set<string>();
    for (const seed of MANY) {
      const v = drawPath(seed), zh = pathZh.generate(seed), en = pathEn.generate(seed);
      if (zh.kind !== 'numeric' || en.kind !== 'numeric') throw new Error('rc-path-length is numeric');
      v.mistakes.forEach((m, k) => {
        seen.add(`${v.encoder}/${m.key}`);
        for (const q of [zh, en]) expect(checkNumeric(q, String(m.value)), `#${seed} ${m.key}`).toEqual({ status: 'incorrect', mistake: k });
        expect(zh.mistakes![k]!.hint, `#${seed} ${v.encoder}/${m.key}`).toMatch(names[v.encoder]![m.key]![0]);
        expect(en.mistakes![k]!.hint, `#${seed} ${v.encoder}/${m.key}`).toMatch(names[v.encoder]![m.key]![1]);
      });
      for (const q of [zh, en]) {
        expect(checkNumeric(q, String(q.answer))).toEqual({ status: 'correct' });
        expect(checkNumeric(q, String(q.answer + 1)).status).toBe('incorrect');
        expect(checkNumeric(q, String(q.answer - 1)).status).toBe('incorrect');
      }
      if (v.mistakes.some((m) => m.key === 'unrounded')) {
        const unrounded = v.mistakes.find((m) => m.key === 'unrounded')!.value;
        expect(checkNumeric(zh, unrounded.toFixed(2)).status, `#${seed}: the quotient typed to 2 decimals`).toBe('incorrect');
        expect((checkNumeric(zh, unrounded.toFixed(2)) as { mistake?: number }).mistake).toBe(v.mistakes.findIndex((m) => m.key === 'unrounded'));
      }
    }
    const expected = Object.entries(names).flatMap(([encoder, keys]) => Object.keys(keys).map((key) => `${encoder}/${key}`));
    expect([...seen].sort()).toEqual(expected.sort());
  });

  it('gives fresh numbers for fresh seeds', () => {
    const draws = MANY.map(drawPath);
    expect(new Set(draws.map((v) => JSON.stringify([v.encoder, v.n, v.i, v.j, v.k]))).size).toBeGreaterThan(MANY.length * 0.9);
    expect(new Set(draws.map((v) => v.answer)).size).toBeGreaterThan(20);
  });

  it('shows all three encoders’ counts in every solution', () => {
    for (const seed of SEEDS) {
      const v = drawPath(seed);
      for (const generate of [pathZh.generate, pathEn.generate]) {
        const s = generate(seed).solution;
        expect(s, `#${seed}`).toContain(`**${v.answer}**`);
        for (const x of [v.paths.rnn, v.paths.cnn]) expect(s, `#${seed}`).toMatch(new RegExp(`(^|\\D)${x}(\\D|$)`));
      }
    }
  });
});

describe('rc-layer-cost', () => {
  it('answers recurrent ÷ self-attention with the kernel’s Table 1 counts, for many seeds', () => {
    for (const seed of MANY) {
      const v = drawCost(seed);
      const t = layerComplexity(v.n, v.d);
      expect(v.attention, `#${seed}`).toBe(t.selfAttention.operations);
      expect(v.recurrent).toBe(t.recurrent.operations);
      expect(v.answer).toBe(t.recurrent.operations / t.selfAttention.operations);
      expect(v.answer).toBeCloseTo(v.d / v.n, 12);
      expect(v.cheaper).toBe(v.n < v.d ? 'attention' : 'recurrent');
      expect(v.factor).toBeCloseTo(Math.max(v.d / v.n, v.n / v.d), 12);
    }
  });

  it('draws realistic sizes: sentences shorter than the model is wide, documents longer', () => {
    const draws = MANY.map(drawCost);
    for (const v of draws) {
      expect(MODEL_WIDTHS).toContain(v.d);
      if (v.document) {
        expect(v.n).toBeGreaterThanOrEqual(DOCUMENT[0]);
        expect(v.n).toBeLessThanOrEqual(DOCUMENT[1]);
        expect(v.answer).toBeLessThan(1);
      } else {
        expect(v.n).toBeGreaterThanOrEqual(SENTENCE[0]);
        expect(v.n).toBeLessThanOrEqual(SENTENCE[1]);
        expect(v.answer).toBeGreaterThan(1);
      }
    }
    expect(draws.filter((v) => v.document).length).toBeGreaterThan(MANY.length / 4);
    expect(draws.filter((v) => !v.document).length).toBeGreaterThan(MANY.length / 4);
  });

  it('computes each typical mistake as it is made, and keeps all four', () => {
    for (const seed of MANY) {
      const v = drawCost(seed);
      const m = Object.fromEntries(v.mistakes.map((x) => [x.key, x.value]));
      expect(Object.keys(m).sort(), `#${seed}`).toEqual(['attentionNoD', 'recurrentNd', 'squared', 'swapped']);
      expect(m['swapped']).toBeCloseTo(v.n / v.d, 12);
      expect(m['squared']).toBeCloseTo((v.d / v.n) ** 2, 9);
      expect(m['attentionNoD']).toBeCloseTo((v.n * v.d * v.d) / (v.n * v.n), 9);
      expect(m['recurrentNd']).toBeCloseTo((v.n * v.d) / (v.n * v.n * v.d), 15);
    }
  });

  it('recognises every mistake with the hint that names it, in both languages', () => {
    const names: Record<string, [RegExp, RegExp]> = {
      swapped: [/除反了/, /upside down/],
      squared: [/多了一个平方/, /One square too many/],
      attentionNoD: [/你把自注意力算成了 n²/, /You counted self-attention as n²/],
      recurrentNd: [/你把循环层算成了 n·d/, /You counted the recurrent layer as n·d/],
    };
    for (const seed of MANY) {
      const v = drawCost(seed), zh = costZh.generate(seed), en = costEn.generate(seed);
      if (zh.kind !== 'numeric' || en.kind !== 'numeric') throw new Error('rc-layer-cost is numeric');
      v.mistakes.forEach((m, k) => {
        for (const q of [zh, en]) expect(checkNumeric(q, String(m.value)), `#${seed} ${m.key}`).toEqual({ status: 'incorrect', mistake: k });
        expect(zh.mistakes![k]!.hint).toMatch(names[m.key]![0]);
        expect(en.mistakes![k]!.hint).toMatch(names[m.key]![1]);
      });
      for (const q of [zh, en]) expect(checkNumeric(q, q.answer.toPrecision(3))).toEqual({ status: 'correct' });
    }
  });

  it('says in the solution which layer is cheaper, and by how much', () => {
    for (const seed of MANY) {
      const v = drawCost(seed);
      const en = costEn.generate(seed).solution, zh = costZh.generate(seed).solution;
      expect(en, `#${seed}`).toMatch(v.cheaper === 'attention' ? /self-attention is the cheaper layer/ : /the recurrent layer is the cheaper one/);
      expect(zh, `#${seed}`).toMatch(v.cheaper === 'attention' ? /自注意力这一层更省/ : /循环层反而更省/);
    }
  });

  it('gives fresh numbers for fresh seeds', () => {
    const draws = MANY.map(drawCost);
    expect(new Set(draws.map((v) => `${v.n}/${v.d}`)).size).toBeGreaterThan(MANY.length * 0.8);
    expect(new Set(draws.map((v) => v.d))).toEqual(new Set(MODEL_WIDTHS));
  });
});

describe('rc-table', () => {
  const q = staticQuestion('rc-table');
  if (q.kind !== 'matrix') throw new Error('rc-table is a matrix');
  const { n, d, k, r } = size;

  it('is Table 1 of the paper as the kernel evaluates it, and as the formulas give it', () => {
    const t = layerComplexity(n, d, k, r);
    expect(q.answer).toEqual(tableAnswer);
    expect(tableAnswer).toEqual([
      [t.selfAttention.operations, t.selfAttention.sequentialOperations, t.selfAttention.maxPathLength],
      [t.recurrent.operations, t.recurrent.sequentialOperations, t.recurrent.maxPathLength],
      [t.convolutional.operations, t.convolutional.sequentialOperations, t.convolutional.maxPathLength],
      [t.restrictedSelfAttention.operations, t.restrictedSelfAttention.sequentialOperations, t.restrictedSelfAttention.maxPathLength],
    ]);
    expect(tableAnswer).toEqual([
      [n * n * d, 1, 1],
      [n * d * d, n, n],
      [k * n * d * d, 1, Math.round(Math.log2(n) / Math.log2(k))],
      [r * n * d, 1, n / r],
    ]);
    expect(k ** tableAnswer[2]![2]!).toBe(n); // log_k n is whole
  });

  it('tells every typical confusion apart from the answer and from the others, each one cell or one column off', () => {
    const grids = Object.values(tableMistakes);
    expect(q.mistakes!.map((m) => m.value)).toEqual(grids);
    q.mistakes!.forEach((m, i) => {
      expect(checkMatrix(q, m.value.map((row) => row.map(String)))).toEqual({ status: 'incorrect', mistake: i });
      const changedColumns = new Set(m.value.flatMap((row, a) => row.flatMap((x, b) => (x === tableAnswer[a]![b] ? [] : [b]))));
      expect(changedColumns.size, `mistake ${i}`).toBe(1);
    });
    expect(tableMistakes.exactRecurrent[1]![2]).toBe(rnnPathLength(0, n - 1));
    expect(tableMistakes.contiguous[2]![2]).toBe(n / k);
  });

  it('claims in its solution what the kernel computes at a realistic width', () => {
    const wide = layerComplexity(n, REALISTIC_D, k, r);
    expect(wide.selfAttention.operations).toBeLessThan(wide.recurrent.operations);
    for (const x of [wide.selfAttention.operations, wide.recurrent.operations]) {
      const tex = `$${x.toLocaleString('en-US').replace(/,/g, '{,}')}$`;
      expect(q.solution.zh).toContain(tex);
      expect(q.solution.en).toContain(tex);
    }
    expect(Math.max(...tableAnswer.map((row) => row[0]!))).toBe(tableAnswer[0]![0]);
  });
});

describe('rc-sequential, rc-context-vector and rc-gru-forget', () => {
  it('rc-sequential: only the recurrent layer needs O(n) sequential operations', () => {
    const q = staticQuestion('rc-sequential');
    if (q.kind !== 'single') throw new Error('rc-sequential is a single choice');
    const right = q.options.findIndex((o) => o.correct);
    expect(q.options[right]!.text.en).toMatch(/^The recurrent layer/);
    expect(checkSingle(q.options, right)).toEqual({ status: 'correct' });
    const t = layerComplexity(50, 512);
    expect([t.selfAttention, t.recurrent, t.convolutional, t.restrictedSelfAttention].map((c) => c.sequentialOperations)).toEqual([1, 50, 1, 1]);
    expect(JSON.stringify(q)).toContain('fraction of the training cost');
  });

  it('rc-context-vector: capacity, path and the single summary are true; a growing or larger c and lossless packing are not', () => {
    const q = staticQuestion('rc-context-vector');
    if (q.kind !== 'multiple') throw new Error('rc-context-vector is a multiple choice');
    const correct = (start: string) => q.options.find((o) => o.text.en.startsWith(start))!.correct;
    expect(correct('A short sentence and a long one')).toBe(true);
    expect(correct('The first words')).toBe(true);
    expect(correct('Every word of the translation')).toBe(true);
    expect(correct('$c$ grows')).toBe(false);
    expect(correct('Bahdanau')).toBe(false);
    expect(correct('Nothing')).toBe(false);
    for (const cite of ['Cho et al., 2014', 'Sutskever, Vinyals & Le, 2014', 'Bahdanau, Cho & Bengio (2014)', 'Vaswani et al., 2017']) expect(JSON.stringify(q), cite).toContain(cite);
  });

  it('rc-gru-forget: the figures come from the committed measurements and say what the question says', () => {
    const q = staticQuestion('rc-gru-forget');
    if (q.kind !== 'single') throw new Error('rc-gru-forget is a single choice');
    expect(q.options.find((o) => o.correct)!.text.en).toMatch(/^No: "forgetting" is about two other things/);
    const gru = curves.models.gru;
    const per = curves.definition.examplesPerLevel;
    const delayAcc = gru.correct.delay.map((c) => c / per);
    expect(heldTo).toBeGreaterThan(dHi);
    expect(delayAcc.slice(0, heldTo + 1).every((a) => a >= good)).toBe(true);
    expect(delayAcc[heldTo + 1]).toBeLessThan(good);
    expect(heldMin).toBe(Math.min(...delayAcc.slice(0, heldTo + 1)));
    const i = curves.fromScratch.delays.indexOf(scratchDelay);
    expect(scratchGru).toBe(gru.learnedFromScratch[i]! / per);
    expect(scratchGru).toBeLessThan(2 * chance);
    expect(gru.learnedFromScratch.slice(0, i).every((c) => c / per >= good)).toBe(true);
    expect(loadAcc).toBe(gru.correct.load.at(-1)! / per);
    expect(lastLoad).toBe(curves.levels.load.at(-1));
  });
});

describe('the chapter’s glossary terms', () => {
  const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
  const glossary = load(readFileSync('content/glossary.yaml', 'utf8')) as Record<string, Record<'zh' | 'en', { term: string; definition: string }>>;

  it.each([
    ['sequential-operations', '顺序操作数', 'sequential operations'],
    ['receptive-field', '感受野', 'receptive field'],
    ['dilated-convolution', '空洞卷积（膨胀卷积）', 'dilated convolution'],
    ['encoder-decoder', '编码器–解码器', 'encoder–decoder'],
    ['gated-recurrent-unit', '门控循环单元（GRU）', 'gated recurrent unit (GRU)'],
    ['lstm', '长短期记忆网络（LSTM）', 'long short-term memory (LSTM)'],
    ['path-length', '路径长度', 'path length'],
  ])('%s is defined in both languages', (id, zh, en) => {
    expect(glossary[id]?.zh.term).toBe(zh);
    expect(glossary[id]?.en.term).toBe(en);
  });

  it('write their Chinese with a space between Chinese and Latin letters or digits', () => {
    for (const id of ['sequential-operations', 'receptive-field', 'dilated-convolution', 'encoder-decoder', 'gated-recurrent-unit', 'lstm']) {
      const text = glossary[id]!.zh.definition;
      expect(text, id).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9$]|[A-Za-z0-9$][\u4e00-\u9fff]/);
    }
  });
});
