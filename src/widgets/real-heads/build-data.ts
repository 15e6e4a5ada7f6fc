/**
 * What RealHeads.astro computes at build time (Node only: import it from .astro code, never from
 * an island): the committed weights read from public/models/coref.full.bin, and the first preset
 * sentence run through the whole model by the kernel, so the static HTML already shows every head.
 * Paths start at the project root, because this code runs bundled, away from its source file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorefFullWeights, type FullWeightsLayout, parseFullWeights, parseFullWeightsLayout } from '../../model/coref-full-weights.ts';
import { runEncoder } from '../../model/coref-encoder.ts';

const modelFile = (name: string) => join(process.cwd(), 'public', 'models', name);

export function readFullWeights(): { layout: FullWeightsLayout; weights: CorefFullWeights; bytes: number } {
  const layout = parseFullWeightsLayout(JSON.parse(readFileSync(modelFile('coref.full.json'), 'utf8')));
  const file = readFileSync(modelFile(layout.file));
  const weights = parseFullWeights(Uint8Array.from(file).buffer, layout);
  return { layout, weights, bytes: file.byteLength };
}

/** Every layer's attention for `ids` with every head on, [H, T, T] flattened per layer. */
export function initialAttention(ids: readonly number[], weights: CorefFullWeights, maxLength: number): number[][] {
  return runEncoder(ids, weights, { maxLength }).maps.layers.map((l) => Array.from(l));
}
