/**
 * The demo's sentence builder: a family's frame filled with two nouns and an ending, written as
 * a reader would write it ("The animal did not cross the street because it was too tired." /
 * "动物没有穿过街道，因为它太累了。"), and the flip that swaps the ending for one that points
 * to the other noun.
 */
import type { Family, Lang, Lexicon, Side } from './metadata.ts';

export interface SentenceChoice {
  family: string;
  /** The first noun (subject) and the second noun, as words of the chosen language. */
  A: string;
  B: string;
  /** The ending's adjective, by its lexicon key (the English word): "tired", "wide". */
  adjective: string;
}

export function familyOf(lexicon: Lexicon, id: string): Family {
  const family = lexicon.families.find((f) => f.id === id);
  if (family === undefined) throw new RangeError(`no sentence family “${id}”`);
  return family;
}

/** The adjectives of a family that make the pronoun refer to A, and to B. */
export function adjectivesBySide(lexicon: Lexicon, family: Family): Record<Side, string[]> {
  const bySide: Record<Side, string[]> = { A: [], B: [] };
  for (const adjective of family.adjectives) bySide[lexicon.adjectives[adjective]!.refersTo].push(adjective);
  return bySide;
}

/** The ending that points the other way: the k-th adjective of one side ↔ the k-th of the other. */
export function flipAdjective(lexicon: Lexicon, family: Family, adjective: string): string {
  const sides = adjectivesBySide(lexicon, family);
  const side = lexicon.adjectives[adjective]?.refersTo;
  if (side === undefined || !sides[side].includes(adjective)) throw new RangeError(`“${adjective}” is not an ending of ${family.id}`);
  const other = sides[side === 'A' ? 'B' : 'A'];
  return other[sides[side].indexOf(adjective) % other.length]!;
}

/** Space-separated tokens as running text: English capitalised without a space before punctuation, Chinese with no spaces. */
export function detokenize(tokens: readonly string[], lang: Lang): string {
  if (lang === 'zh') return tokens.join('');
  const text = tokens.reduce((s, t) => (s === '' ? t : /^[.,!?;:]$/.test(t) ? s + t : `${s} ${t}`), '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sentence for a choice, with the family's first frame and first intensifier ("too …", "太…了"). */
export function buildSentence(lexicon: Lexicon, lang: Lang, choice: SentenceChoice): string {
  const family = familyOf(lexicon, choice.family);
  const spec = family[lang];
  const adjective = lexicon.adjectives[choice.adjective];
  if (adjective === undefined || !family.adjectives.includes(choice.adjective)) throw new RangeError(`“${choice.adjective}” is not an ending of ${family.id}`);
  const ending = spec.intensifiers[0]!.replace('{ADJ}', adjective[lang]);
  const filled = spec.frames[0]!
    .replace('{A}', choice.A).replace('{B}', choice.B).replace('{PRON}', spec.pronoun).replace('{INT}', ending);
  return detokenize(filled.split(' '), lang);
}

/** The nouns a slot offers: the trained ones, then those kept out of training (the model reads them as <unk>). */
export function nounOptions(family: Family, lang: Lang, side: Side): { word: string; heldOut: boolean }[] {
  const spec = family[lang];
  return [
    ...spec[side].map((word) => ({ word, heldOut: false })),
    ...spec[side === 'A' ? 'heldOutA' : 'heldOutB'].map((word) => ({ word, heldOut: true })),
  ];
}
