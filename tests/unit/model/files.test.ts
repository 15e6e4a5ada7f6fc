/**
 * The committed model files as a whole: the 1 MB budget, every file the metadata names is
 * there, and the model card states the figures that coref.json records.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecurrenceCurves } from '../../../src/model/metadata.ts';
import { meta, models } from '../../helpers/coref-model.ts';

const curves = JSON.parse(readFileSync(new URL('recurrence-curves.json', models), 'utf8')) as RecurrenceCurves;

describe('public/models', () => {
  it('holds every model file the metadata names, all together within 1 MB', () => {
    const files = readdirSync(models);
    for (const f of [meta.onnx.file, meta.weights.file, 'coref.vocab.json', 'coref.md', ...Object.values(curves.models).map((m) => m.file)]) {
      expect(files).toContain(f);
    }
    const total = files.reduce((s, f) => s + statSync(new URL(f, models)).size, 0);
    expect(total).toBeLessThanOrEqual(1_000_000);
  });

  it('the model card (zh and en) states the measured accuracies and the pointer head', () => {
    const card = readFileSync(new URL('coref.md', models), 'utf8');
    expect(card).toContain('# 指代消解小模型');
    expect(card).toContain('# Coreference toy model');
    for (const set of ['fresh', 'unseenNouns', 'unseenCombos'] as const) {
      expect(card).toContain(`${(100 * meta.accuracy[set]).toFixed(1)} %`);
    }
    expect(card).toContain(`layer ${meta.pointer.layer}, head ${meta.pointer.head}`);
    for (const f of meta.flipPairs) expect(card).toContain(f.weightOnReferent.toFixed(3));
  });

  it('records honest curves: one count per level for every model and task', () => {
    for (const m of Object.values(curves.models)) {
      expect(m.correct.delay).toHaveLength(curves.levels.delay.length);
      expect(m.correct.load).toHaveLength(curves.levels.load.length);
      expect(m.gradientToFirst).toHaveLength(curves.levels.delay.length);
      expect(m.learnedFromScratch).toHaveLength(curves.fromScratch.delays.length);
      for (const c of [...m.correct.delay, ...m.correct.load]) expect(c >= 0 && c <= curves.definition.examplesPerLevel).toBe(true);
    }
  });
});
