/**
 * The kernel runs the whole coreference model (src/model/coref-encoder.ts) from coref.full.bin:
 *  1. it equals ONNX Runtime (coref.onnx) on every committed held-out sentence (all 1,800) within
 *     1e-4 for every layer's input x{l}, q, k, v, attention weights and the hidden states;
 *  2. zeroing each head (and each whole layer) reproduces coref.json's headAnalysis[].accuracyWhenZeroed
 *     on every set; coref.json rounds them to 4 decimals, and over 600 sentences each count of
 *     correct answers rounds to a different value, so the comparison is exact;
 *  3. with no head zeroed it reproduces coref.json's accuracy;
 * and the weights file is checked: its layout, its source (the committed coref.onnx), typed errors.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../src/kernel/index.ts';
import { type CorefFullWeights, FullWeightsError, expectedTensors, parseFullWeights, parseFullWeightsLayout } from '../../../src/model/coref-full-weights.ts';
import { type HeadId, pointerOf, pointerZeroed, runEncoder } from '../../../src/model/coref-encoder.ts';
import { type CorefSetName, corefOutputs } from '../../../src/model/metadata.ts';
import { meta, models, runCoref, vocab } from '../../helpers/coref-model.ts';
import { readOnnx } from './onnx-initializers.ts';
import * as ort from 'onnxruntime-node';

interface HeldOutSentence { tokens: string[]; pronoun: number; nouns: [number, number]; answer: 0 | 1 }
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/model/coref-heldout.json', import.meta.url), 'utf8')) as {
  sets: Record<CorefSetName, HeldOutSentence[]>;
};
const SETS: CorefSetName[] = ['fresh', 'unseenNouns', 'unseenCombos'];
const layoutJson = JSON.parse(readFileSync(new URL('coref.full.json', models), 'utf8')) as unknown;
const layout = parseFullWeightsLayout(layoutJson);
const binBytes = readFileSync(new URL('coref.full.bin', models));
const bin = (): ArrayBuffer => Uint8Array.from(binBytes).buffer;
const weights: CorefFullWeights = parseFullWeights(bin(), layout);
const idsOf = (tokens: readonly string[]) => tokens.map((t) => vocab[t] ?? meta.specialTokens.unkId);
const { layers: L, heads: H, d_k, d_model } = meta;

describe('coref.full.bin', () => {
  it('holds every parameter of the model, in the layout the kernel reads, from the committed coref.onnx', () => {
    expect(layout.sizes).toEqual({ vocabSize: meta.vocabSize, layers: L, heads: H, d_model, d_k, d_ff: meta.d_ff });
    expect(layout.tensors.map(({ name, shape }) => ({ name, shape }))).toEqual(expectedTensors(layout.sizes));
    const count = layout.tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0);
    expect(count).toBe(meta.parameters);
    expect(binBytes.byteLength).toBe(4 * meta.parameters);
    expect(layout.readFrom.sha256).toBe(createHash('sha256').update(readFileSync(new URL('coref.onnx', models))).digest('hex'));
  });

  it('matches the ONNX initializers it was read from, and coref.weights.bin', () => {
    const onnx = readOnnx(new URL('coref.onnx', models));
    expect(Array.from(weights.embedding.data)).toEqual(Array.from(onnx.weights.get('model.embed.weight')!.data));
    expect(weights.layers[1]!.attention.b_O).toEqual(Array.from(onnx.weights.get('model.layers.1.W_O.bias')!.data));
    expect(weights.layers[0]!.ffn.first.b).toEqual(Array.from(onnx.weights.get('model.layers.0.ff1.bias')!.data));
  });

  it('refuses a file of the wrong size, a misshapen or missing tensor, a NaN, a bad layout, with a FullWeightsError', () => {
    const problem = (f: () => unknown) => { try { f(); } catch (e) { expect(e).toBeInstanceOf(FullWeightsError); return (e as FullWeightsError).problem; } return null; };
    expect(problem(() => parseFullWeights(bin().slice(0, 1000), layout))).toBe('size');
    const misshapen = { ...layout, tensors: layout.tensors.map((t) => (t.name === 'layers.0.W_O' ? { ...t, shape: [12, 192] } : t)) };
    expect(problem(() => parseFullWeights(bin(), misshapen))).toBe('shape');
    expect(problem(() => parseFullWeights(bin(), { ...layout, tensors: layout.tensors.filter((t) => t.name !== 'lnf.beta') }))).toBe('missing');
    const outside = { ...layout, tensors: layout.tensors.map((t) => (t.name === 'lnf.beta' ? { ...t, offset: layout.bytes } : t)) };
    expect(problem(() => parseFullWeights(bin(), outside))).toBe('size');
    const nan = bin();
    new DataView(nan).setFloat32(8, Number.NaN, true);
    expect(problem(() => parseFullWeights(nan, layout))).toBe('notFinite');
    expect(problem(() => parseFullWeightsLayout({ ...layout, sizes: { ...layout.sizes, d_k: 5 } }))).toBe('layout');
    expect(problem(() => parseFullWeightsLayout(null))).toBe('layout');
  });
});

/** Largest |kernel − ORT| over one ORT output laid out as [H, T, cols] (heads) or [T, cols]. */
function diff(ours: readonly Matrix[], theirs: Float32Array): number {
  let worst = 0, k = 0;
  for (const M of ours) for (const v of M.data) worst = Math.max(worst, Math.abs(v - theirs[k++]!));
  expect(k).toBe(theirs.length);
  return worst;
}

describe('the kernel runs the whole model as ONNX Runtime does', () => {
  const TOL = 1e-4;
  it('on all 1,800 held-out sentences: x{l}, q, k, v, attention of every layer and head, and hidden, within 1e-4', async () => {
    const worst: Record<string, number> = {};
    const note = (name: string, d: number) => { worst[name] = Math.max(worst[name] ?? 0, d); };
    let n = 0;
    for (const set of SETS) {
      for (const s of fixture.sets[set]) {
        const ids = idsOf(s.tokens);
        const [out, run] = [await runCoref(ids), runEncoder(ids, weights, { maxLength: meta.maxLength })];
        for (let l = 0; l < L; l++) {
          const o = out.layers[l]!, t = run.layers[l]!;
          note('x', diff([t.x], o.x));
          note('q', diff(t.attention.heads.map((h) => h.Q), o.q));
          note('k', diff(t.attention.heads.map((h) => h.K), o.k));
          note('v', diff(t.attention.heads.map((h) => h.V), o.v));
          note('attn', diff(t.attention.heads.map((h) => h.weights), o.attn));
        }
        n++;
      }
    }
    expect(n).toBe(1800);
    for (const [name, d] of Object.entries(worst)) expect(d, `max |kernel − ORT| of ${name}`).toBeLessThan(TOL);
    console.info(`kernel vs ONNX Runtime over ${n} sentences, max |difference|:`, worst);
  }, 120_000);

  it('and the final hidden states (an output of the ONNX graph the worker does not return)', async () => {
    const session = await ort.InferenceSession.create(new URL('coref.onnx', models).pathname, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    let worst = 0;
    for (const set of SETS) {
      for (const s of fixture.sets[set]) {
        const ids = idsOf(s.tokens);
        const out = await session.run({ ids: new ort.Tensor('int64', BigInt64Array.from(ids, (i) => BigInt(i)), [1, ids.length]) });
        worst = Math.max(worst, diff([runEncoder(ids, weights).hidden], out['hidden']!.data as Float32Array));
        expect(out[corefOutputs(0).x]).toBeDefined();
      }
    }
    expect(worst).toBeLessThan(TOL);
    console.info(`hidden: max |kernel − ORT| = ${worst}`);
  }, 120_000);
});

/** Accuracy on one held-out set with some heads zeroed: the right noun outweighs the other in the pointer's row. */
function accuracy(set: CorefSetName, zeroed: readonly HeadId[]): number {
  const sentences = fixture.sets[set];
  let correct = 0;
  for (const s of sentences) {
    const run = runEncoder(idsOf(s.tokens), weights, { zeroed });
    const row = pointerOf(run, meta.pointer, s.pronoun, s.nouns).row;
    if (row[s.nouns[s.answer]]! > row[s.nouns[1 - s.answer]!]!) correct++;
  }
  return correct / sentences.length;
}
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

describe('zeroing heads in the kernel reproduces the committed ablations', () => {
  it('no head zeroed: coref.json accuracy on every set', () => {
    for (const set of SETS) expect(round4(accuracy(set, [])), set).toBe(meta.accuracy[set]);
  }, 60_000);

  it.each(meta.headAnalysis.map((h) => [h.layer, h.head, h] as const))('layer %s head %s zeroed: accuracyWhenZeroed on every set', (layer, head, entry) => {
    const zeroed = head === 'all' ? Array.from({ length: H }, (_, h) => ({ layer, head: h })) : [{ layer, head }];
    for (const set of SETS) expect(round4(accuracy(set, zeroed)), `${set}`).toBe(entry.accuracyWhenZeroed[set]);
  }, 60_000);

  it('the committed figures are counts over 600 sentences rounded to 4 decimals (so equality above is exact)', () => {
    for (const set of SETS) expect(fixture.sets[set]).toHaveLength(600);
    const values = meta.headAnalysis.flatMap((h) => SETS.map((s) => h.accuracyWhenZeroed[s]));
    for (const v of values) expect(Math.abs(Math.round(v * 600) / 600 - v)).toBeLessThan(5e-5);
  });
});

describe('the encoder’s options', () => {
  const ids = idsOf(fixture.sets.fresh[0]!.tokens);
  it('zeroing a head leaves its own weights as they were and changes only what comes after it', () => {
    const all = runEncoder(ids, weights);
    const off = runEncoder(ids, weights, { zeroed: [{ layer: 0, head: 1 }] });
    expect(Array.from(off.maps.layers[0]!)).toEqual(Array.from(all.maps.layers[0]!));
    expect(Array.from(off.maps.layers[1]!)).not.toEqual(Array.from(all.maps.layers[1]!));
    const late = runEncoder(ids, weights, { zeroed: [{ layer: 1, head: 2 }] }); // after the pointer's weights are computed
    expect(Array.from(late.maps.layers[1]!)).toEqual(Array.from(all.maps.layers[1]!));
    expect(pointerZeroed([{ layer: 1, head: 0 }], meta.pointer)).toBe(true);
    expect(pointerZeroed([{ layer: 0, head: 0 }], meta.pointer)).toBe(false);
  });
  it('refuses empty input, too many tokens, unknown ids and heads that do not exist', () => {
    expect(() => runEncoder([], weights)).toThrow(/empty/);
    expect(() => runEncoder(Array(65).fill(2), weights, { maxLength: 64 })).toThrow(/at most 64/);
    expect(() => runEncoder([9999], weights)).toThrow(/ids/);
    expect(() => runEncoder(ids, weights, { zeroed: [{ layer: 2, head: 0 }] })).toThrow(/no layer 2/);
  });
});
