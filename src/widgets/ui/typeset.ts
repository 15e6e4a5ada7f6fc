/**
 * Build time only (an island wrapper's frontmatter): $TeX$ in a UI string typeset as MathML, so that
 * an island shows typeset labels and captions without shipping KaTeX. The site's one set of KaTeX
 * options lives here because widgets may not import components (components/tex.ts re-exports it).
 */
import katex from 'katex';
import { texPlain } from '../../quiz/math-text.ts';
import { renderRichText } from '../../quiz/richtext.ts';
import { katexOptions } from './katex-options.ts';
import { leanMathHtml } from './lean-mathml.ts';

export { katexOptions };

/** One equation as lean MathML (see lean-mathml.ts), the way every equation built into a page is made. */
export const renderMath = (tex: string, display: boolean): string =>
  leanMathHtml(katex.renderToString(tex, { ...katexOptions, displayMode: display }));

/** A display equation in its block (which scrolls sideways on a narrow screen), as every page and live equation shows it. */
export const typesetDisplay = (tex: string): string => `<span class="katex-display">${renderMath(tex, true)}</span>`;

/** `$TeX$`, **bold** and `code` in `text` as HTML (everything else escaped). */
export const typeset = (text: string): string => renderRichText(text, renderMath);

/**
 * A strings module's `keys` for one locale, typeset; and those of `plainKeys` as plain text.
 * The wrapper passes the first over the module's strings and the second as the island's `plain`.
 */
export function typesetKeys<K extends string>(strings: Readonly<Record<K, string>>, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, typeset(strings[key])])) as Record<K, string>;
}
export function plainKeys<K extends string>(strings: Readonly<Record<K, string>>, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, texPlain(strings[key])])) as Record<K, string>;
}
