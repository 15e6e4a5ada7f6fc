/**
 * KaTeX at build time: equations become MathML in the page (MathML Core, drawn by the browser with
 * the self-hosted STIX Two Math font), with no KaTeX JavaScript, CSS or HTML layout boxes. The HTML
 * output KaTeX would add beside it tripled the page's elements and most of a phone's layout time.
 */
import { glueMathPunctuation } from '../quiz/math-text.ts';
import { type TexRenderer, renderRichText } from '../quiz/richtext.ts';
import { katexOptions, renderMath, typesetDisplay } from '../widgets/ui/typeset.ts';

/** The one set of options for every equation: rehype-katex (Markdown `$…$`) and island wrappers use it too. */
export { katexOptions };

/**
 * Math and the punctuation around it stay on one line, and $TeX$ reads as plain text where it is
 * read rather than seen: quiz/math-text.ts holds these rules, for islands too.
 */
export { NO_BREAK_AFTER, NO_BREAK_BEFORE, glueMathPunctuation, leadingPunctuation, texPlain, trailingOpening } from '../quiz/math-text.ts';

/** Display equations sit in a block that scrolls sideways on a narrow screen (see shell.ts). */
export const renderTex: TexRenderer = (tex, display) => (display ? typesetDisplay(tex) : renderMath(tex, false));

/** Exercise, glossary and objective texts: **bold**, `code`, $TeX$, with math kept with its punctuation. */
export function renderRich(text: string): string {
  return glueMathPunctuation(renderRichText(text, renderTex));
}
