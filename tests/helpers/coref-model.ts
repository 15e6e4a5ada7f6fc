/**
 * The committed coreference model for Node tests: its metadata, vocabulary, tokenizer, weights,
 * and a runner (onnxruntime-node) that returns the outputs in the browser worker's shape.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { type CorefMeta, parseCorefMeta, parseCorefWeights } from '../../src/model/metadata.ts';
import { createCorefTokenizer } from '../../src/model/tokenizer.ts';
import type { CorefOutputs } from '../../src/model/worker-protocol.ts';

export const models = new URL('../../public/models/', import.meta.url);
export const meta: CorefMeta = parseCorefMeta(JSON.parse(readFileSync(new URL('coref.json', models), 'utf8')));
export const vocab = JSON.parse(readFileSync(new URL('coref.vocab.json', models), 'utf8')) as Record<string, number>;
export const tokenizer = createCorefTokenizer(meta, vocab);
/** coref.weights.bin as bytes, and read into each layer's projections. */
export const weightsFile = Uint8Array.from(readFileSync(new URL('coref.weights.bin', models)));
export const projections = parseCorefWeights(weightsFile.buffer, meta);

let session: Promise<ort.InferenceSession> | null = null;

/** Runs the model on one sentence's ids, as the worker does in the browser. */
export async function runCoref(ids: readonly number[]): Promise<CorefOutputs> {
  session ??= ort.InferenceSession.create(new URL('coref.onnx', models).pathname, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const out = await (await session).run({ ids: new ort.Tensor('int64', BigInt64Array.from(ids, (n) => BigInt(n)), [1, ids.length]) });
  const data = (name: string) => out[name]!.data as Float32Array;
  return {
    T: ids.length,
    layers: Array.from({ length: meta.layers }, (_, l) => ({ attn: data(`attn${l}`), q: data(`q${l}`), k: data(`k${l}`), v: data(`v${l}`), x: data(`x${l}`) })),
    ms: 0,
  };
}
