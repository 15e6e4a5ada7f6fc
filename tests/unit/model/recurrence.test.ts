/**
 * The comparison chapter's models (public/models/rnn.onnx, gru.onnx, attention.onnx): the
 * TypeScript task generator rebuilds the evaluation examples from the committed seeds, and
 * onnxruntime-node must reproduce every committed point of recurrence-curves.json exactly. The
 * recurrent models are also recomputed step by step with the kernel (runRnn, runGru) from the
 * weights inside the .onnx files.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { Matrix, createRng, runGru, runRnn, transpose } from '../../../src/kernel/index.ts';
import { type RecurrenceCurves, type RecurrenceModelName, type RecurrenceTask, accuracyCurve } from '../../../src/model/metadata.ts';
import { batchTokens, delayExample, evaluationSet, loadExample, tokenStrings } from '../../../src/model/recurrence-tasks.ts';
import { type OnnxFile, nodeWeight, readOnnx } from './onnx-initializers.ts';

const models = new URL('../../../public/models/', import.meta.url);
const curves = JSON.parse(readFileSync(new URL('recurrence-curves.json', models), 'utf8')) as RecurrenceCurves;
const def = curves.definition;
const names: RecurrenceModelName[] = ['rnn', 'gru', 'attention'];
/** Attention on every delay runs thousands of examples: about 5 s on a 2-core machine, past Vitest's 5 s default. */
const CURVE_TIMEOUT_MS = 30_000;

const sessions = {} as Record<RecurrenceModelName, ort.InferenceSession>;
const files = {} as Record<RecurrenceModelName, OnnxFile>;
beforeAll(async () => {
  for (const name of names) {
    sessions[name] = await ort.InferenceSession.create(new URL(curves.models[name].file, models).pathname, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    files[name] = readOnnx(new URL(curves.models[name].file, models));
  }
});

/** How many of the examples the model answers correctly (argmax of the logits). */
async function countCorrect(name: RecurrenceModelName, task: RecurrenceTask, level: number): Promise<number> {
  const examples = evaluationSet(def, task, level);
  const { data, dims } = batchTokens(examples);
  const out = await sessions[name].run({ tokens: new ort.Tensor('int64', data, dims) });
  const logits = out['logits']!.data as Float32Array;
  const K = def.symbols.count;
  let correct = 0;
  examples.forEach((ex, n) => {
    let best = 0;
    for (let k = 1; k < K; k++) if (logits[n * K + k]! > logits[n * K + best]!) best = k;
    if (def.symbols.first + best === ex.answer) correct++;
  });
  return correct;
}

describe('the task generator matches training/recurrence_tasks.py', () => {
  it('builds the same examples from the same seed (values printed by the Python generator)', () => {
    // Python: Mulberry32(100003) → delay_example(rng, 3); Mulberry32(200004) → load_example(rng, 4)
    const d = delayExample(createRng(def.seeds.delay + 3), 3, def);
    const l = loadExample(createRng(def.seeds.load + 4), 4, def);
    expect(tokenStrings(def, d.tokens)).toEqual(PYTHON_DELAY_3);
    expect(tokenStrings(def, l.tokens)).toEqual(PYTHON_LOAD_4);
    expect(def.vocab[d.answer]).toBe(PYTHON_DELAY_3[0]);
  });

  it('builds well-formed examples at every level', () => {
    for (const d of curves.levels.delay) {
      for (const ex of evaluationSet(def, 'delay', d, 5)) {
        expect(ex.tokens).toHaveLength(d + 2);
        expect(ex.tokens[0]).toBe(ex.answer);
        expect(ex.tokens.at(-1)).toBe(def.queryId);
      }
    }
    for (const m of curves.levels.load) {
      for (const ex of evaluationSet(def, 'load', m, 5)) {
        const i = ex.tokens.at(-1)! - def.index.first + 1;
        expect(i >= 1 && i <= m).toBe(true);
        expect(ex.tokens[i - 1]).toBe(ex.answer);
      }
    }
    expect(() => loadExample(createRng(1), def.index.count + 1, def)).toThrow();
  });
});

describe('the models reproduce their committed curves', () => {
  it('the GRU is ONNX’s native GRU operator, the RNN its native RNN operator', () => {
    expect(files.gru.nodes.some((n) => n.opType === 'GRU')).toBe(true);
    expect(files.rnn.nodes.some((n) => n.opType === 'RNN')).toBe(true);
    expect(files.rnn.nodes.some((n) => n.opType === 'GRU' || n.opType === 'LSTM')).toBe(false);
    expect(files.attention.nodes.filter((n) => n.opType === 'Softmax')).toHaveLength(2);
  });

  for (const name of names) {
    for (const task of ['delay', 'load'] as const) {
      it(`${name} on the ${task} task, at every level`, async () => {
        const got: number[] = [];
        for (const level of curves.levels[task]) got.push(await countCorrect(name, task, level));
        expect(got).toEqual(curves.models[name].correct[task]);
      }, CURVE_TIMEOUT_MS);
    }
  }

  it('accuracyCurve turns counts into fractions', () => {
    const acc = accuracyCurve(curves, 'gru', 'load');
    expect(acc).toHaveLength(curves.levels.load.length);
    expect(acc[0]).toBe(curves.models.gru.correct.load[0]! / def.examplesPerLevel);
  });
});

describe('the kernel recomputes the recurrent models from their weights', () => {
  const TOL = 1e-4;
  /** The embedded tokens, [T, d_emb], from the Gather's table. */
  function embed(file: OnnxFile, tokens: readonly number[]): Matrix {
    const E = nodeWeight(file, 'Gather', 0);
    const d = E.dims[1]!;
    const X = new Matrix(tokens.length, d);
    tokens.forEach((id, t) => X.data.set(E.data.subarray(id * d, (id + 1) * d), t * d));
    return X;
  }
  /** ONNX stores W as [1, gates·d_h, d_in]: gate g's block, transposed to the kernel's [d_in, d_h]. */
  const gate = (w: { dims: number[]; data: Float64Array }, g: number, d_h: number) => {
    const cols = w.dims[2]!;
    const M = new Matrix(w.dims[1]!, cols, w.data);
    return transpose(new Matrix(d_h, cols, M.data.slice(g * d_h * cols, (g + 1) * d_h * cols)));
  };
  const bias = (b: Float64Array, k: number, d_h: number) => Array.from(b.subarray(k * d_h, (k + 1) * d_h));
  const examples = [delayExample(createRng(5), 7, def), loadExample(createRng(6), 9, def), delayExample(createRng(7), 40, def)];

  async function onnxStates(name: RecurrenceModelName, tokens: readonly number[]) {
    const out = await sessions[name].run({ tokens: new ort.Tensor('int64', BigInt64Array.from(tokens.map(BigInt)), [1, tokens.length]) });
    return out['states']!.data as Float32Array;
  }
  const maxDiff = (ours: Matrix, theirs: Float32Array) => ours.data.reduce((m, v, k) => Math.max(m, Math.abs(v - theirs[k]!)), 0);

  it('runRnn gives ONNX Runtime’s hidden states', async () => {
    const f = files.rnn, d_h = curves.models.rnn.width;
    const W = nodeWeight(f, 'RNN', 1), R = nodeWeight(f, 'RNN', 2), B = nodeWeight(f, 'RNN', 3);
    const b_h = bias(B.data, 0, d_h).map((v, j) => v + B.data[d_h + j]!); // W_b + R_b
    for (const ex of examples) {
      const H = runRnn(embed(f, ex.tokens), { W_xh: gate(W, 0, d_h), W_hh: gate(R, 0, d_h), b_h });
      expect(maxDiff(H, await onnxStates('rnn', ex.tokens))).toBeLessThan(TOL);
    }
  });

  it('runGru gives ONNX Runtime’s hidden states (ONNX gate order z, r, h)', async () => {
    const f = files.gru, d_h = curves.models.gru.width;
    const gru = f.nodes.find((n) => n.opType === 'GRU')!;
    expect(Number(gru.attribute?.find((a) => a.name === 'linear_before_reset')?.i)).toBe(1);
    const W = nodeWeight(f, 'GRU', 1), R = nodeWeight(f, 'GRU', 2), B = nodeWeight(f, 'GRU', 3);
    const [Wz, Wr, Wn] = [0, 1, 2].map((g) => gate(W, g, d_h)) as [Matrix, Matrix, Matrix];
    const [Uz, Ur, Un] = [0, 1, 2].map((g) => gate(R, g, d_h)) as [Matrix, Matrix, Matrix];
    const sum = (k: number) => bias(B.data, k, d_h).map((v, j) => v + B.data[(k + 3) * d_h + j]!);
    const weights = {
      W_z: Wz, W_r: Wr, W_n: Wn, U_z: Uz, U_r: Ur, U_n: Un,
      b_z: sum(0), b_r: sum(1), b_n: bias(B.data, 2, d_h), b_hn: bias(B.data, 5, d_h),
    };
    for (const ex of examples) {
      const H = runGru(embed(f, ex.tokens), weights);
      expect(H.rows).toBe(ex.tokens.length);
      expect(maxDiff(H, await onnxStates('gru', ex.tokens))).toBeLessThan(TOL);
    }
  });
});

const PYTHON_DELAY_3 = ['C', 'y', 'x', 'w', '?'];
const PYTHON_LOAD_4 = ['D', 'D', 'D', 'F', '#2'];
