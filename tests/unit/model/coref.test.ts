/**
 * The committed coreference model (public/models/coref.*), run with onnxruntime-node:
 * held-out accuracy on the committed sentences from the generator, the six flip pairs of the
 * issue with a real (not saturated) pointer distribution, and the kernel's recomputation of
 * every head from the exported layer inputs and coref.weights.bin.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { Matrix, addPositionalEncoding, layerNorm, selfAttention, sinusoidalPositionalEncoding } from '../../../src/kernel/index.ts';
import {
  type CorefSetName, corefOutputs, headProjections,
} from '../../../src/model/metadata.ts';
import { readOnnx } from './onnx-initializers.ts';
import { meta, models, projections, tokenizer, vocab, weightsFile } from '../../helpers/coref-model.ts';


interface HeldOutSentence {
  lang: 'en' | 'zh'; family: string; adjective: string; tokens: string[]; text: string;
  pronoun: number; nouns: [number, number]; adjectivePos: number; answer: 0 | 1;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/model/coref-heldout.json', import.meta.url), 'utf8')) as {
  sets: Record<CorefSetName, HeldOutSentence[]>;
};

const { layers, heads: H, d_k, d_model } = meta;
const pointer = meta.pointer;

let session: ort.InferenceSession;
beforeAll(async () => {
  session = await ort.InferenceSession.create(new URL('coref.onnx', models).pathname, { intraOpNumThreads: 1, interOpNumThreads: 1 });
});

type Outputs = ort.InferenceSession.OnnxValueMapType;
const run = (ids: readonly number[]): Promise<Outputs> =>
  session.run({ ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]) });
const data = (out: Outputs, name: string) => out[name]!.data as Float32Array;

/** The pointer head's attention row at the pronoun, [T]. */
function pointerRow(out: Outputs, pronoun: number, T: number): Float32Array {
  const attn = data(out, corefOutputs(pointer.layer).attn);
  return attn.subarray((pointer.head * T + pronoun) * T, (pointer.head * T + pronoun + 1) * T);
}

const idsOf = (tokens: readonly string[]) => tokens.map((t) => vocab[t] ?? meta.specialTokens.unkId);

describe('the coreference model', () => {
  it('loads, with the declared inputs and outputs', () => {
    expect(session.inputNames).toEqual(['ids']);
    const expected = [...Array.from({ length: layers }, (_, l) => Object.values(corefOutputs(l))).flat(), 'hidden'];
    expect([...session.outputNames].sort()).toEqual([...expected].sort());
    const file = readOnnx(new URL('coref.onnx', models));
    expect(file.opset).toBeGreaterThanOrEqual(14);
    expect(Object.keys(vocab)).toHaveLength(meta.vocabSize);
    expect(vocab[meta.specialTokens.unk]).toBe(meta.specialTokens.unkId);
  });

  it('gives every output its shape for a sentence of any length', async () => {
    for (const text of ['The cat could not catch the butterfly because it was too fast.', '它']) {
      const ids = tokenizer.encode(text).ids;
      const T = ids.length;
      const out = await run(ids);
      for (let l = 0; l < layers; l++) {
        const o = corefOutputs(l);
        expect(out[o.attn]!.dims).toEqual([H, T, T]);
        for (const n of [o.q, o.k, o.v]) expect(out[n]!.dims).toEqual([H, T, d_k]);
        expect(out[o.x]!.dims).toEqual([T, d_model]);
      }
      expect(out['hidden']!.dims).toEqual([T, d_model]);
    }
  });

  const thresholds: [CorefSetName, number][] = [['fresh', 0.99], ['unseenNouns', 0.95], ['unseenCombos', 0.95]];
  it.each(thresholds)('resolves the held-out set %s (accuracy ≥ %f, as measured in training)', async (set, bar) => {
    const sentences = fixture.sets[set];
    expect(sentences.length).toBeGreaterThanOrEqual(500);
    let correct = 0;
    for (const s of sentences) {
      const out = await run(idsOf(s.tokens));
      const row = pointerRow(out, s.pronoun, s.tokens.length);
      const right = row[s.nouns[s.answer]]!, wrong = row[s.nouns[1 - s.answer]!]!;
      if (right > wrong) correct++;
    }
    const accuracy = correct / sentences.length;
    expect(accuracy).toBeGreaterThanOrEqual(bar);
    // The same figure as the model card's, within one sentence (float32 here, PyTorch there).
    expect(Math.abs(accuracy - meta.accuracy[set])).toBeLessThanOrEqual(1 / sentences.length + 1e-9);
  });

  const flipPairs: [string, string, string][] = [
    ['The animal did not cross the street because it was too tired.', 'animal', 'street'],
    ['The animal did not cross the street because it was too wide.', 'street', 'animal'],
    ['The trophy does not fit in the suitcase because it is too big.', 'trophy', 'suitcase'],
    ['The trophy does not fit in the suitcase because it is too small.', 'suitcase', 'trophy'],
    ['The cat could not catch the butterfly because it was too hungry.', 'cat', 'butterfly'],
    ['The cat could not catch the butterfly because it was too fast.', 'butterfly', 'cat'],
    ['动物没有穿过街道，因为它太累了。', '动物', '街道'],
    ['动物没有穿过街道，因为它太宽了。', '街道', '动物'],
    ['奖杯放不进行李箱，因为它太大了。', '奖杯', '行李箱'],
    ['奖杯放不进行李箱，因为它太小了。', '行李箱', '奖杯'],
    ['小猫没有抓到蝴蝶，因为它太饿了。', '小猫', '蝴蝶'],
    ['小猫没有抓到蝴蝶，因为它太快了。', '蝴蝶', '小猫'],
  ];
  it.each(flipPairs)('%s → %s, with a real distribution (0.6 < weight < 0.99)', async (text, referent, other) => {
    const s = tokenizer.encode(text);
    expect(s.unknown).toEqual([]);
    expect(s.pronoun).not.toBeNull();
    const texts = s.tokens.map((t) => t.text);
    const [r, o] = [texts.indexOf(referent), texts.indexOf(other)];
    expect(s.candidates).toEqual([Math.min(r, o), Math.max(r, o)]);
    const row = pointerRow(await run(s.ids), s.pronoun!, s.ids.length);
    expect(row[r]!).toBeGreaterThan(row[o]!);
    expect(row[r]!).toBeGreaterThan(0.6);
    expect(row[r]!).toBeLessThan(0.99);
    // The committed figures in coref.json say the same.
    const committed = meta.flipPairs.find((f) => f.text === text)!;
    expect(committed.referent).toBe(referent);
    expect(Math.abs(committed.weightOnReferent - row[r]!)).toBeLessThan(1e-3);
  });
});

describe('the kernel recomputes every head of the model', () => {
  const TOL = 1e-4;
  const onnxFile = readOnnx(new URL('coref.onnx', models));
  const sentences = [
    ...['The animal did not cross the street because it was too tired.', '奖杯放不进行李箱，因为它太小了。'].map((t) => tokenizer.encode(t).tokens.map((x) => x.text)),
    ...(['fresh', 'unseenNouns', 'unseenCombos'] as const).flatMap((set) => fixture.sets[set].filter((_, i) => i % 100 === 7).map((s) => s.tokens)),
  ];

  function maxDiff(ours: Matrix, theirs: Float32Array, offset: number): number {
    let worst = 0;
    for (let k = 0; k < ours.data.length; k++) worst = Math.max(worst, Math.abs(ours.data[k]! - theirs[offset + k]!));
    return worst;
  }

  it('reads the weights file the model card describes', () => {
    const bytes = meta.weights.tensors.reduce((s, t) => s + 4 * t.shape.reduce((a, b) => a * b, 1), 0);
    expect(weightsFile.byteLength).toBe(bytes);
    expect(projections).toHaveLength(layers);
    expect(projections[0]!.W_Q.shape).toEqual([d_model, d_model]);
  });

  it('Q, K, V and the attention weights of every head agree with onnxruntime to 1e-4', async () => {
    expect(sentences.length).toBeGreaterThanOrEqual(10);
    for (const tokens of sentences) {
      const T = tokens.length;
      const out = await run(idsOf(tokens));
      for (let l = 0; l < layers; l++) {
        const o = corefOutputs(l);
        const x = new Matrix(T, d_model, Float64Array.from(data(out, o.x))); // [T, d_model], the layer's LayerNorm'd input
        for (let h = 0; h < H; h++) {
          const r = selfAttention(x, headProjections(projections[l]!, h, d_k)); // Q_h = x W_Q,h + b_Q,h …
          const at = h * T * d_k;
          expect(maxDiff(r.Q, data(out, o.q), at), `Q of layer ${l} head ${h}`).toBeLessThan(TOL);
          expect(maxDiff(r.K, data(out, o.k), at), `K of layer ${l} head ${h}`).toBeLessThan(TOL);
          expect(maxDiff(r.V, data(out, o.v), at), `V of layer ${l} head ${h}`).toBeLessThan(TOL);
          expect(maxDiff(r.weights, data(out, o.attn), h * T * T), `weights of layer ${l} head ${h}: ${tokens.join(' ')}`).toBeLessThan(TOL);
        }
      }
    }
  });

  it('and the first layer’s input from the embeddings, the sinusoidal positions and LayerNorm', async () => {
    const E = onnxFile.weights.get('model.embed.weight')!;
    const gamma = Array.from(onnxFile.weights.get('model.layers.0.ln1.weight')!.data);
    const beta = Array.from(onnxFile.weights.get('model.layers.0.ln1.bias')!.data);
    const table = onnxFile.weights.get('model.pe')!;
    expect(table.dims).toEqual([meta.maxLength, d_model]);
    const kernelPE = sinusoidalPositionalEncoding(meta.maxLength, d_model);
    expect(maxDiff(kernelPE, Float32Array.from(table.data), 0)).toBeLessThan(1e-6); // the model's table is the kernel's formula
    for (const tokens of sentences.slice(0, 4)) {
      const ids = idsOf(tokens), T = ids.length;
      const embedded = new Matrix(T, d_model);
      ids.forEach((id, t) => embedded.data.set(E.data.subarray(id * d_model, (id + 1) * d_model), t * d_model));
      const x0 = layerNorm(addPositionalEncoding(embedded, sinusoidalPositionalEncoding(T, d_model)), { gamma, beta });
      const out = await run(ids);
      expect(maxDiff(x0, data(out, 'x0'), 0)).toBeLessThan(TOL);
    }
  });
});
