/**
 * The demo's precomputed presets (src/model/coref-presets.json) against the committed model:
 * each must be what the model computes now for the builder's sentence, so the page never shows
 * numbers the model would not give. Regenerate with `npm run presets` when the model changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CorefPresetFile, findPreset, presetChoices } from '../../../src/model/coref-presets.ts';
import { buildSentence } from '../../../src/model/sentence-builder.ts';
import { readPointer } from '../../../src/model/coref-attention.ts';
import { meta, runCoref, tokenizer } from '../../helpers/coref-model.ts';

const file = JSON.parse(readFileSync(new URL('../../../src/model/coref-presets.json', import.meta.url), 'utf8')) as CorefPresetFile;

describe('the precomputed presets', () => {
  it('cover every preset choice, in order, with the builder’s sentence and the tokenizer’s ids', () => {
    const choices = presetChoices();
    expect(file.presets).toHaveLength(choices.length);
    file.presets.forEach((p, n) => {
      expect(p.lang).toBe(choices[n]!.lang);
      expect(p.choice).toEqual(choices[n]!.choice);
      expect(p.text).toBe(buildSentence(meta.lexicon, p.lang, p.choice));
      expect(p.ids).toEqual(tokenizer.encode(p.text).ids);
      expect(findPreset(file, p.lang, p.text)).toBe(p);
    });
  });

  it('are the sentences of the model card’s flip pairs', () => {
    expect(file.presets.map((p) => p.text).sort()).toEqual(meta.flipPairs.map((f) => f.text).sort());
  });

  it('hold the attention the model computes now (to their rounding)', async () => {
    const tolerance = 0.5 * 10 ** -file.decimals + 1e-6;
    for (const p of file.presets) {
      const out = await runCoref(p.ids);
      for (let l = 0; l < meta.layers; l++) {
        const ours = p.attn[l]!, theirs = out.layers[l]!.attn;
        expect(ours).toHaveLength(theirs.length);
        const worst = ours.reduce((w, v, k) => Math.max(w, Math.abs(v - theirs[k]!)), 0);
        expect(worst, `${p.text} layer ${l}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('point to the right noun, with a real distribution (between 0.6 and 0.99)', () => {
    for (const p of file.presets) {
      const encoded = tokenizer.encode(p.text);
      const reading = readPointer({ T: p.ids.length, heads: meta.heads, layers: p.attn }, meta.pointer, encoded.pronoun!, encoded.candidates);
      const side = meta.lexicon.adjectives[p.choice.adjective]!.refersTo;
      const expected = encoded.tokens.findIndex((t) => t.text === p.choice[side]);
      expect(reading.referent, p.text).toBe(expected);
      const weight = reading.row[expected]!;
      expect(weight).toBeGreaterThan(0.6);
      expect(weight).toBeLessThan(0.99);
    }
  });
});
