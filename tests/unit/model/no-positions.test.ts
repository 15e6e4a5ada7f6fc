/**
 * The model without positions:
 *  1. src/course/positional-encoding/no-positions.json is what `npm run measure:positions` measures
 *     now (the same exported function, compared exactly: the kernel is plain float64 JavaScript),
 *     and its numbers say what the chapter says they say;
 *  2. runEncoder's `positions: false` drops exactly the sinusoidal codes (x⁰ = E[ids]), and then
 *     the model is permutation-equivariant: permuting the ids permutes every layer's rows and the
 *     attention maps the same way (fast-check over random sentences and permutations). With the
 *     codes, it is not.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matrix, permuteRows, sinusoidalPositionalEncoding } from '../../../src/kernel/index.ts';
import { embed, runEncoder } from '../../../src/model/coref-encoder.ts';
import { parseFullWeights, parseFullWeightsLayout } from '../../../src/model/coref-full-weights.ts';
import type { NoPositionsFile } from '../../../src/model/position-measurement.ts';
import { COMMAND, NO_POSITIONS, measureNoPositions } from '../../../scripts/measure-positions.ts';
import { meta, models, tokenizer } from '../../helpers/coref-model.ts';

const committed = JSON.parse(readFileSync(NO_POSITIONS, 'utf8')) as NoPositionsFile;
const layout = parseFullWeightsLayout(JSON.parse(readFileSync(new URL('coref.full.json', models), 'utf8')));
const weights = parseFullWeights(Uint8Array.from(readFileSync(new URL('coref.full.bin', models))).buffer, layout);
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

describe('no-positions.json', () => {
  it('is what the committed model measures now', { timeout: 120_000 }, () => {
    expect(measureNoPositions()).toEqual(committed);
  });

  it('names its command, and the command exists', () => {
    expect(committed.command).toBe(COMMAND);
    expect(pkg.scripts['measure:positions']).toBe('node scripts/measure-positions.ts');
    expect(committed.model.readFrom).toEqual(layout.readFrom);
  });

  it('counts every held-out sentence once, by set and by language', () => {
    expect(committed.sets.map((s) => s.set)).toEqual(['fresh', 'unseenNouns', 'unseenCombos']);
    for (const s of committed.sets) {
      expect(s.n).toBe(meta.evaluation[s.set].n);
      expect(s.byLanguage.en.n + s.byLanguage.zh.n).toBe(s.n);
      for (const way of ['withPositions', 'withoutPositions'] as const) {
        expect(s.byLanguage.en[way].correct + s.byLanguage.zh[way].correct).toBe(s[way].correct);
        expect(s.byLanguage.en[way].ties + s.byLanguage.zh[way].ties).toBe(s[way].ties);
        expect(s[way].accuracy).toBe(s[way].correct / s.n);
      }
      expect(s.swap.sameToken + s.swap.distinct).toBe(s.n);
    }
  });

  it('with positions: the model as trained (coref.json’s accuracy)', () => {
    for (const s of committed.sets) {
      expect(Math.round(s.withPositions.accuracy * 1e4) / 1e4).toBe(meta.accuracy[s.set]);
      expect(s.withPositions.ties).toBe(0);
    }
  });

  it('without positions: far below it, and every tie is a sentence whose two nouns are the same token', () => {
    for (const s of committed.sets) {
      expect(s.withoutPositions.accuracy).toBeLessThan(s.withPositions.accuracy - 0.2);
      expect(s.withoutPositions.ties).toBe(s.swap.sameToken);
      expect(s.swap.bothUnknown).toBe(s.swap.sameToken);
    }
  });

  it('swapping the two nouns without positions moves the pointer with the word in every sentence, so no sentence is right in both orders', () => {
    for (const s of committed.sets) {
      const off = s.swap.withoutPositions;
      expect(off).toMatchObject({ followsWord: s.swap.distinct, mirrored: s.swap.distinct, staysInPlace: 0, ties: 0, correctInBoth: 0 });
      // the right answer is a place: it is right in exactly one of the two orders
      const rightBefore = s.withoutPositions.correct;
      expect(off.correctAfterSwap).toBe(s.swap.distinct - rightBefore);
    }
  });

  it('with positions the twin’s numbers are new ones (the model sees the order), whichever word it then picks', () => {
    for (const s of committed.sets) {
      const on = s.swap.withPositions;
      expect(on.mirrored).toBe(0);
      expect(on.followsWord + on.staysInPlace + on.ties).toBe(s.swap.distinct);
      expect(on.staysInPlace).toBeGreaterThan(0);
      expect(on.correctInBoth).toBe(on.correctAfterSwap); // right before in every sentence
    }
  });
});

// ── the option itself ───────────────────────────────────────────────────────────────────────

const { vocabSize, d_model } = weights.sizes;
const maxDiff = (A: Matrix, B: Matrix) => A.data.reduce((m, v, k) => Math.max(m, Math.abs(v - B.data[k]!)), 0);
/** Layer maps [H, T, T] with rows and columns permuted: W'[h][a][b] = W[h][perm[a]][perm[b]]. */
function permuteMap(flat: ArrayLike<number>, H: number, perm: readonly number[]): number[] {
  const T = perm.length;
  return Array.from({ length: H * T * T }, (_, k) => {
    const h = Math.floor(k / (T * T)), a = Math.floor(k / T) % T, b = k % T;
    return flat[(h * T + perm[a]!) * T + perm[b]!]!;
  });
}
const sentence = fc.integer({ min: 1, max: 14 }).chain((T) => fc.tuple(
  fc.array(fc.integer({ min: 0, max: vocabSize - 1 }), { minLength: T, maxLength: T }),
  fc.shuffledSubarray(Array.from({ length: T }, (_, i) => i), { minLength: T, maxLength: T }),
));

describe('runEncoder’s positions option', () => {
  const ids = tokenizer.encode('The animal did not cross the street because it was too tired.').ids;

  it('without positions, x⁰ is the embedding rows alone; with them, E[ids] + PE', () => {
    const bare = embed(ids, weights, false);
    ids.forEach((id, t) => expect(Array.from(bare.row(t))).toEqual(Array.from(weights.embedding.row(id))));
    const PE = sinusoidalPositionalEncoding(ids.length, d_model);
    const full = embed(ids, weights);
    expect(maxDiff(full, new Matrix(ids.length, d_model, bare.data.map((v, k) => v + PE.data[k]!)))).toBe(0);
    expect(embed(ids, weights, true).data).toEqual(full.data);
  });

  it('positions default to on, as trained', () => {
    expect(runEncoder(ids, weights).hidden.data).toEqual(runEncoder(ids, weights, { positions: true }).hidden.data);
    expect(runEncoder(ids, weights).hidden.data).not.toEqual(runEncoder(ids, weights, { positions: false }).hidden.data);
  });

  it('without positions, permuting the ids permutes every layer’s rows and both axes of every attention map', () => {
    fc.assert(fc.property(sentence, ([sent, perm]) => {
      const a = runEncoder(sent, weights, { positions: false });
      const b = runEncoder(perm.map((p) => sent[p]!), weights, { positions: false }); // token i of b is token perm[i] of a
      for (let l = 0; l < a.layers.length; l++) {
        const [la, lb] = [a.layers[l]!, b.layers[l]!];
        expect(maxDiff(lb.x, permuteRows(la.x, perm))).toBeLessThan(1e-9);
        expect(maxDiff(lb.attended, permuteRows(la.attended, perm))).toBeLessThan(1e-9);
        expect(maxDiff(lb.output, permuteRows(la.output, perm))).toBeLessThan(1e-9);
        const expected = permuteMap(a.maps.layers[l]!, a.maps.heads, perm);
        Array.from(b.maps.layers[l]!).forEach((v, k) => expect(Math.abs(v - expected[k]!)).toBeLessThan(1e-9));
      }
      expect(maxDiff(b.hidden, permuteRows(a.hidden, perm))).toBeLessThan(1e-9);
    }), { numRuns: 60 });
  });

  it('with positions, the same permutations do not just permute the rows', () => {
    const reversed = ids.map((_, i) => ids.length - 1 - i);
    const a = runEncoder(ids, weights), b = runEncoder(reversed.map((p) => ids[p]!), weights);
    expect(maxDiff(b.layers[0]!.output, permuteRows(a.layers[0]!.output, reversed))).toBeGreaterThan(0.1);
    expect(maxDiff(b.hidden, permuteRows(a.hidden, reversed))).toBeGreaterThan(0.1);
  });
});
