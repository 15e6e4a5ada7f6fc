/**
 * Measures the attention scores q·k of every head of the committed coreference model on every
 * held-out sentence (tests/fixtures/model/coref-heldout.json: all three sets, never used in
 * training), with onnxruntime-node, and their statistics with the kernel
 * (src/model/score-statistics.ts):
 *
 *   node scripts/measure-scaling.ts        (npm run measure:scaling)
 *
 * Writes src/course/scaling/model-scores.json, which the scaling chapter shows. Run it again
 * whenever public/models/coref.onnx changes: tests/unit/model/model-scores.test.ts re-measures
 * with this same function and fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { parseCorefMeta, type CorefSetName, type Vocab } from '../src/model/metadata.ts';
import { HISTOGRAM, type ModelScoresFile, type QKOutputs, modelScoreStatistics } from '../src/model/score-statistics.ts';

const SETS: readonly CorefSetName[] = ['fresh', 'unseenNouns', 'unseenCombos'];
export const MODEL_SCORES = new URL('../src/course/scaling/model-scores.json', import.meta.url);

/** Runs the model on every held-out sentence and returns the file's content. */
export async function measureModelScores(): Promise<ModelScoresFile> {
  const root = new URL('../', import.meta.url);
  const models = new URL('public/models/', root);
  const meta = parseCorefMeta(JSON.parse(readFileSync(new URL('coref.json', models), 'utf8')));
  const vocab = JSON.parse(readFileSync(new URL('coref.vocab.json', models), 'utf8')) as Vocab;
  const fixture = JSON.parse(readFileSync(new URL('tests/fixtures/model/coref-heldout.json', root), 'utf8')) as {
    sets: Record<CorefSetName, { tokens: string[] }[]>;
  };
  const session = await ort.InferenceSession.create(new URL('coref.onnx', models).pathname, { intraOpNumThreads: 1, interOpNumThreads: 1 });

  // The fixture carries the tokens the training script made; an unknown word is <unk>, as the model sees it.
  const runs: QKOutputs[] = [];
  for (const set of SETS) {
    for (const s of fixture.sets[set]) {
      const ids = s.tokens.map((t) => vocab[t] ?? meta.specialTokens.unkId);
      const out = await session.run({ ids: new ort.Tensor('int64', BigInt64Array.from(ids, (n) => BigInt(n)), [1, ids.length]) });
      runs.push({
        T: ids.length,
        layers: Array.from({ length: meta.layers }, (_, l) => ({ q: out[`q${l}`]!.data as Float32Array, k: out[`k${l}`]!.data as Float32Array })),
      });
    }
  }
  await session.release();

  const results = modelScoreStatistics(runs, meta);
  const first = results[0]!;
  return {
    generatedBy: 'npm run measure:scaling (scripts/measure-scaling.ts: onnxruntime-node, public/models/coref.onnx, the kernel)',
    sets: [...SETS],
    sentences: first.sentences,
    tokens: first.tokens,
    pairs: first.pairs,
    layers: meta.layers,
    heads: meta.heads,
    d_k: meta.d_k,
    histogram: HISTOGRAM,
    results,
  };
}

if (import.meta.main) {
  const file = await measureModelScores();
  writeFileSync(MODEL_SCORES, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${file.results.length} heads (${file.sentences} sentences, ${file.pairs} score pairs) to ${MODEL_SCORES.pathname}`);
}
