/**
 * The site's one set of KaTeX options, in a module of its own: an island that loads KaTeX on demand
 * imports these without pulling KaTeX into its first bundle (typeset.ts imports KaTeX itself).
 */
import type { KatexOptions } from 'katex';

export const katexOptions = { output: 'mathml', throwOnError: true, strict: 'error' } as const satisfies KatexOptions;
