/**
 * What NoPositions.astro computes at build time (Node only: import it from .astro code, never from
 * an island): the page language's preset sentences as the model reads them, and the kernel's
 * results for each as written and with its two nouns swapped, with and without positions. So the
 * static HTML already shows the point, and the one-click swap needs no download.
 */
import type { CorefFullWeights, FullWeightsLayout } from '../../model/coref-full-weights.ts';
import { presetChoices } from '../../model/coref-presets.ts';
import type { CorefMeta, Lang, Vocab } from '../../model/metadata.ts';
import { buildSentence } from '../../model/sentence-builder.ts';
import { createCorefTokenizer } from '../../model/tokenizer.ts';
import { type Both, type NoPositionsData, type Sentence, asWritten, resultKey, swapNouns } from './logic.ts';
import type { NoPositionsFile } from '../../model/position-measurement.ts';
import { runBoth } from './run.ts';

/** The presets of `lang`, the pair `first` first, each read by the tokenizer with its answer from the lexicon. */
export function presetSentences(meta: Pick<CorefMeta, 'lexicon' | 'specialTokens'>, vocab: Vocab, lang: Lang, first: string): Sentence[] {
  const tokenizer = createCorefTokenizer(meta, vocab);
  const choices = presetChoices().filter((p) => p.lang === lang);
  if (!choices.some((p) => p.choice.family === first)) throw new Error(`no preset pair “${first}”`);
  return [...choices.filter((p) => p.choice.family === first), ...choices.filter((p) => p.choice.family !== first)].map(({ choice }) => {
    const text = buildSentence(meta.lexicon, lang, choice);
    const e = tokenizer.encode(text);
    const [a, b] = e.candidates;
    if (e.pronoun === null || e.candidates.length !== 2 || a === undefined || b === undefined) throw new Error(`“${text}”: not one pronoun and two nouns`);
    if (e.tokens[a]!.text !== choice.A || e.tokens[b]!.text !== choice.B) throw new Error(`“${text}”: the nouns are not ${choice.A} then ${choice.B}`);
    if (e.unknown.length > 0) throw new Error(`“${text}”: the model does not know every word`);
    const side = meta.lexicon.adjectives[choice.adjective]!.refersTo;
    return { text, lang, tokens: e.tokens.map((t) => t.text), ids: e.ids, pronoun: e.pronoun, nouns: [a, b], answer: side === 'A' ? 0 : 1 };
  });
}

export function buildNoPositionsData(args: {
  meta: CorefMeta; vocab: Vocab; lang: Lang; first: string;
  layout: FullWeightsLayout; weights: CorefFullWeights; bytes: number; measured: NoPositionsFile;
}): NoPositionsData {
  const { meta, weights } = args;
  const pointer = { layer: meta.pointer.layer, head: meta.pointer.head };
  const sentences = presetSentences(meta, args.vocab, args.lang, args.first);
  const precomputed: Record<string, Both> = {};
  sentences.forEach((s, i) => {
    for (const order of [asWritten(s.ids.length), swapNouns(s, asWritten(s.ids.length))]) {
      precomputed[resultKey(i, s, order)] = runBoth(s, order, weights, pointer, meta.maxLength);
    }
  });
  return { pointer, maxLength: meta.maxLength, layout: args.layout, weightsBytes: args.bytes, sentences, precomputed, measured: args.measured };
}
