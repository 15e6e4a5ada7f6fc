/**
 * The demo's preset sentences: the three flip pairs of the sources ("it was too tired / wide",
 * "too big / small", "too hungry / fast") in both languages. Their attention is computed once by
 * `npm run presets` (scripts/coref-presets.ts, onnxruntime-node) into coref-presets.json, so the
 * demo shows real results before the runtime arrives, and even if it never does. A unit test
 * recomputes them with the committed model, so the file cannot drift from it.
 */
import type { Lang } from './metadata.ts';
import type { SentenceChoice } from './sentence-builder.ts';

export interface PresetPair {
  /** The pair's id, also the family's: "cross". */
  id: string;
  nouns: Record<Lang, { A: string; B: string }>;
  /** The ending that points to A, and the one that points to B. */
  endings: [string, string];
}

export const presetPairs: readonly PresetPair[] = [
  { id: 'cross', nouns: { en: { A: 'animal', B: 'street' }, zh: { A: '动物', B: '街道' } }, endings: ['tired', 'wide'] },
  { id: 'fit', nouns: { en: { A: 'trophy', B: 'suitcase' }, zh: { A: '奖杯', B: '行李箱' } }, endings: ['big', 'small'] },
  { id: 'catch', nouns: { en: { A: 'cat', B: 'butterfly' }, zh: { A: '小猫', B: '蝴蝶' } }, endings: ['hungry', 'fast'] },
];

/** Every preset sentence as a builder choice, in a fixed order. */
export function presetChoices(): { lang: Lang; choice: SentenceChoice }[] {
  return (['zh', 'en'] as const).flatMap((lang) =>
    presetPairs.flatMap((p) => p.endings.map((adjective) => ({ lang, choice: { family: p.id, ...p.nouns[lang], adjective } }))));
}

/** One precomputed sentence: attn[l] is layer l's weights [H, T, T], flattened, rounded to 4 decimals. */
export interface CorefPreset {
  lang: Lang;
  choice: SentenceChoice;
  text: string;
  ids: number[];
  attn: number[][];
}

export interface CorefPresetFile {
  generatedBy: string;
  decimals: number;
  presets: CorefPreset[];
}

/** The precomputed preset for a sentence, if there is one. */
export function findPreset(file: CorefPresetFile, lang: Lang, text: string): CorefPreset | undefined {
  return file.presets.find((p) => p.lang === lang && p.text === text);
}
