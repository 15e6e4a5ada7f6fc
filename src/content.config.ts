import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A chapter: content/<locale>/NN-slug.mdx. The number gives the order and prev/next. */
const chapters = defineCollection({
  loader: glob({ pattern: '{zh,en}/[0-9][0-9]-*.mdx', base: './content' }),
  schema: z.object({
    /** The chapter's title as it appears in the page heading and the sidebar. */
    title: z.string().min(1),
    /** A short title for tight places (the sidebar on a phone, prev/next links). */
    shortTitle: z.string().min(1).optional(),
    /** Position in the course; must equal the file's NN prefix. */
    order: z.number().int().positive(),
    /** One or two sentences for the chapter map and search results. */
    summary: z.string().min(1),
    /** What the reader will be able to do after the chapter: shown at its top and on the home page. */
    objectives: z.array(z.string().min(1)).min(2),
    /** Slugs (without number) of chapters to read first; empty for the first chapter. */
    prerequisites: z.array(z.string()).default([]),
    /** Minutes a typical reader needs, exercises included. */
    minutes: z.number().int().positive(),
  }),
});

const localizedTerm = z.object({
  /** The term as written in this language. */
  term: z.string().min(1),
  /** One or two plain sentences: what a learner needs at the moment they meet the term. */
  definition: z.string().min(1),
}).strict(); // A definition cut by an unquoted comma leaves stray keys: fail the build on them.

/** content/glossary.yaml: zh ↔ en term pairs. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({ zh: localizedTerm, en: localizedTerm }).strict(),
});

export const collections = { chapters, glossary };
