/**
 * The browser's way to a parametric exercise: loads, on demand, the generator of that one
 * exercise in the reader's language (src/course/<chapter>/exercises/<id>.<locale>.ts, which
 * imports the exercise's draw module), never the chapter's other exercises or the other language.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Generate } from '../quiz/types.ts';

const generators = import.meta.glob<{ generate: Generate }>('./*/exercises/*.{zh,en}.ts');

const pathOf = (chapter: string, id: string, locale: Locale) => `./${chapter}/exercises/${id}.${locale}.ts`;

/** Whether a chapter has a generator for this exercise in this language (build-time check). */
export const hasGenerator = (chapter: string, id: string, locale: Locale): boolean => pathOf(chapter, id, locale) in generators;

export async function loadGenerator(chapter: string, id: string, locale: Locale): Promise<Generate | undefined> {
  const load = generators[pathOf(chapter, id, locale)];
  return load ? (await load()).generate : undefined;
}
