/**
 * Precomputes the demo's preset sentences with the committed model (onnxruntime-node):
 *
 *   node scripts/coref-presets.ts        (npm run presets)
 *
 * Writes src/model/coref-presets.json. Run it again whenever public/models/coref.onnx changes;
 * tests/unit/model/presets.test.ts fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { parseCorefMeta, type Vocab } from '../src/model/metadata.ts';
import { createCorefTokenizer } from '../src/model/tokenizer.ts';
import { buildSentence } from '../src/model/sentence-builder.ts';
import { type CorefPresetFile, presetChoices } from '../src/model/coref-presets.ts';

const DECIMALS = 4;
const models = new URL('../public/models/', import.meta.url);
const meta = parseCorefMeta(JSON.parse(readFileSync(new URL('coref.json', models), 'utf8')));
const vocab = JSON.parse(readFileSync(new URL('coref.vocab.json', models), 'utf8')) as Vocab;
const tokenizer = createCorefTokenizer(meta, vocab);
const session = await ort.InferenceSession.create(new URL('coref.onnx', models).pathname, { intraOpNumThreads: 1, interOpNumThreads: 1 });

const round = (x: number) => Number(x.toFixed(DECIMALS));
const file: CorefPresetFile = { generatedBy: 'node scripts/coref-presets.ts (onnxruntime-node, public/models/coref.onnx)', decimals: DECIMALS, presets: [] };
for (const { lang, choice } of presetChoices()) {
  const text = buildSentence(meta.lexicon, lang, choice);
  const { ids } = tokenizer.encode(text);
  const out = await session.run({ ids: new ort.Tensor('int64', BigInt64Array.from(ids, (n) => BigInt(n)), [1, ids.length]) });
  const attn = Array.from({ length: meta.layers }, (_, l) => Array.from(out[`attn${l}`]!.data as Float32Array, round));
  file.presets.push({ lang, choice, text, ids, attn });
}
const target = new URL('../src/model/coref-presets.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(file)}\n`);
console.log(`wrote ${file.presets.length} presets to ${target.pathname}`);
