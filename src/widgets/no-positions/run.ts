/**
 * Running the model for NoPositions: the whole encoder by the kernel (src/model/coref-encoder.ts)
 * from coref.full.bin, with and without the sinusoidal position codes. The island imports this
 * module only when the reader first asks for an order the build did not compute, so the encoder
 * and the weights' loader stay out of the page's first load; the Astro wrapper uses it at build time.
 */
import { type CorefFullWeights, type DownloadProgress, type FullWeightsLayout, loadFullWeights } from '../../model/coref-full-weights.ts';
import { type AttentionMaps, readPointer } from '../../model/coref-attention.ts';
import { type HeadId, runEncoder } from '../../model/coref-encoder.ts';
import { type Both, type NounWeights, type Order, type Sentence, idsIn, placesOf } from './logic.ts';

/** The pointer's weights on the two noun words, read from a run's maps with the words at `places.nouns`. */
export function nounWeights(maps: AttentionMaps, pointer: HeadId, places: { pronoun: number; nouns: [number, number] }): NounWeights {
  const r = readPointer(maps, pointer, places.pronoun, places.nouns);
  return [r.candidates[0]!.weight, r.candidates[1]!.weight];
}

/** The pointer's weights on the two noun words for `s` in `order`, with (on) and without (off) positions. */
export function runBoth(s: Sentence, order: Order, weights: CorefFullWeights, pointer: HeadId, maxLength: number): Both {
  const ids = idsIn(s, order);
  const places = placesOf(s, order);
  const run = (positions: boolean): NounWeights => nounWeights(runEncoder(ids, weights, { positions, maxLength }).maps, pointer, places);
  return { on: run(true), off: run(false) };
}

/** Downloads and reads coref.full.bin (rejects with a FullWeightsError). */
export const loadWeights = (url: string, layout: FullWeightsLayout, onProgress: (p: DownloadProgress) => void): Promise<CorefFullWeights> =>
  loadFullWeights(url, layout, onProgress);
