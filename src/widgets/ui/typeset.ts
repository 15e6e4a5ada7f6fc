/**
 * Build time only (an island wrapper's frontmatter): $TeX$ in a UI string typeset as MathML, so that
 * an island shows typeset labels and captions without shipping KaTeX. The site's one set of KaTeX
 * options lives here because widgets may not import components (components/tex.ts re-exports it).
 */
import katex from 'katex';
import { renderRichText } from '../../quiz/richtext.ts';
import { katexOptions } from './katex-options.ts';
import { leanMathHtml } from './lean-mathml.ts';

export { katexOptions };

/** One equation as lean MathML (see lean-mathml.ts), the way every equation built into a page is made. */
export const renderMath = (tex: string, display: boolean): string =>
  leanMathHtml(katex.renderToString(tex, { ...katexOptions, displayMode: display }));

/** `$TeX$`, **bold** and `code` in `text` as HTML (everything else escaped). */
export const typeset = (text: string): string => renderRichText(text, renderMath);
