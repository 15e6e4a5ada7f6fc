/** The chapters of one language, in order, with their URLs and neighbours. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Locale, localePath } from '../i18n/locales.ts';
import type { ExerciseRef } from '../quiz/progress-data.ts';
import { exerciseRefs } from './exercises.ts';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  locale: Locale;
  /** The file name without its number: "queries-keys-values". The same in both languages. */
  slug: string;
  /**
   * The chapter's place in the course as the reader sees it ("Chapter 3"): 1, 2, 3… in reading
   * order, whatever the file numbers are.
   */
  number: number;
  /** The file's NN (= frontmatter `order`): it sorts the chapters and may leave gaps for chapters still to come. */
  order: number;
  path: string;
}

const FILE = /^(zh|en)\/(\d\d)-([a-z0-9-]+)$/;

export function chapterPath(locale: Locale, slug: string): string {
  return localePath(locale, `/${slug}/`);
}

/** All chapters of a language, ordered; fails the build if a file name and its `order` disagree. */
export async function chaptersOf(locale: Locale): Promise<Chapter[]> {
  const entries = await getCollection('chapters', (e) => e.id.startsWith(`${locale}/`));
  return entries
    .map((entry) => {
      const m = FILE.exec(entry.id);
      if (m === null) throw new Error(`chapter file ${entry.id} must be named NN-slug.mdx`);
      const order = Number(m[2]);
      if (order !== entry.data.order) throw new Error(`${entry.id}: order ${entry.data.order} does not match its file number ${order}`);
      return { entry, locale, slug: m[3]!, order, path: chapterPath(locale, m[3]!) };
    })
    .sort((a, b) => a.order - b.order)
    .map((c, i) => ({ ...c, number: i + 1 }));
}

/** What the browser needs to show progress on any page: each chapter's path, title and exercises. */
export interface CourseMapEntry {
  slug: string;
  path: string;
  title: string;
  exercises: ExerciseRef[];
}

export async function courseMap(locale: Locale): Promise<CourseMapEntry[]> {
  return (await chaptersOf(locale)).map((c) => ({ slug: c.slug, path: c.path, title: c.entry.data.shortTitle ?? c.entry.data.title, exercises: exerciseRefs(c.slug) }));
}
