import { describe, expect, it } from 'vitest';
import { map } from '../../../src/kernel/index.ts';
import { attentionRow, headMatrix, inspectHead, mapsFromOutputs, readPointer } from '../../../src/model/coref-attention.ts';
import { meta, projections, runCoref, tokenizer } from '../../helpers/coref-model.ts';

const sentence = tokenizer.encode('The trophy does not fit in the suitcase because it is too small.');

describe('reading the model’s attention', () => {
  it('gives rows that sum to 1 and the pointer’s answer', async () => {
    const outputs = await runCoref(sentence.ids);
    const maps = mapsFromOutputs(outputs, meta.heads);
    for (let l = 0; l < meta.layers; l++) {
      for (let h = 0; h < meta.heads; h++) {
        const A = headMatrix(maps, l, h);
        for (let i = 0; i < maps.T; i++) {
          expect(attentionRow(maps, l, h, i).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
          expect(Array.from(A.row(i))).toEqual(attentionRow(maps, l, h, i));
        }
      }
    }
    const reading = readPointer(maps, meta.pointer, sentence.pronoun!, sentence.candidates);
    expect(sentence.tokens[reading.referent!]!.text).toBe('suitcase');
    expect(reading.candidates.map((c) => c.index)).toEqual(sentence.candidates);
    expect(readPointer(maps, meta.pointer, sentence.pronoun!, []).referent).toBeNull();
  });

  it('refuses a layer, head or token that does not exist', async () => {
    const maps = mapsFromOutputs(await runCoref(sentence.ids), meta.heads);
    expect(() => attentionRow(maps, meta.layers, 0, 0)).toThrow(RangeError);
    expect(() => attentionRow(maps, 0, meta.heads, 0)).toThrow(RangeError);
    expect(() => attentionRow(maps, 0, 0, maps.T)).toThrow(RangeError);
    expect(() => headMatrix(maps, -1, 0)).toThrow(RangeError);
  });

  it('looks inside every head: the kernel’s recomputation agrees with ONNX Runtime to 1e-4', async () => {
    const outputs = await runCoref(sentence.ids);
    for (let l = 0; l < meta.layers; l++) {
      for (let h = 0; h < meta.heads; h++) {
        const r = inspectHead(outputs, projections, meta, l, h, sentence.pronoun!);
        expect(r.maxDiff.Q).toBeLessThan(1e-4);
        expect(r.maxDiff.K).toBeLessThan(1e-4);
        expect(r.maxDiff.weights).toBeLessThan(1e-4);
        expect(r.q).toHaveLength(meta.d_k);
        expect(r.x).toHaveLength(meta.d_model);
        r.weights.forEach((w, j) => expect(Math.abs(w - r.ortWeights[j]!)).toBeLessThan(1e-4));
        // the three rows are one computation: scaled = scores / √d_k, weights = softmax(scaled)
        r.scaled.forEach((s, j) => expect(s).toBeCloseTo(r.scores[j]! / Math.sqrt(meta.d_k), 10));
        const z = r.scaled.reduce((a, s) => a + Math.exp(s), 0);
        r.weights.forEach((w, j) => expect(w).toBeCloseTo(Math.exp(r.scaled[j]!) / z, 10));
      }
    }
  });

  it('would notice a wrong weight: a perturbed W_Q breaks the agreement', async () => {
    const outputs = await runCoref(sentence.ids);
    const broken = projections.map((p) => ({ ...p, W_Q: map(p.W_Q, (v) => v * 1.1) }));
    const r = inspectHead(outputs, broken, meta, meta.pointer.layer, meta.pointer.head, sentence.pronoun!);
    expect(r.maxDiff.Q).toBeGreaterThan(1e-3);
  });

  it('refuses a head or token outside the sentence', async () => {
    const outputs = await runCoref(sentence.ids);
    expect(() => inspectHead(outputs, projections, meta, 0, meta.heads, 0)).toThrow(RangeError);
    expect(() => inspectHead(outputs, projections, meta, 0, 0, outputs.T)).toThrow(RangeError);
  });
});
