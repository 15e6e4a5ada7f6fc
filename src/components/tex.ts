/**
 * KaTeX at build time: equations become MathML in the page (MathML Core, drawn by the browser with
 * the self-hosted STIX Two Math font), with no KaTeX JavaScript, CSS or HTML layout boxes. The HTML
 * output KaTeX would add beside it tripled the page's elements and most of a phone's layout time.
 */
import { glueMathPunctuation, texToPlain } from '../quiz/math-text.ts';
import { type TexRenderer, renderRichText } from '../quiz/richtext.ts';
import { katexOptions, renderMath } from '../widgets/ui/typeset.ts';

/** The one set of options for every equation: rehype-katex (Markdown `$…$`) and island wrappers use it too. */
export { katexOptions };

/** Math and the punctuation around it stay on one line; quiz/math-text.ts holds the rule, for islands too. */
export { NO_BREAK_AFTER, NO_BREAK_BEFORE, glueMathPunctuation, leadingPunctuation, trailingOpening } from '../quiz/math-text.ts';

/** `$TeX$` in a text as readable plain text ("$\\sqrt{d_k}$" → "√d_k"), for sorting and accessible names. */
export function texPlain(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_, tex: string) => texToPlain(tex));
}

/** Display equations sit in a block that scrolls sideways on a narrow screen (see shell.ts). */
export const renderTex: TexRenderer = (tex, display) => {
  const html = renderMath(tex, display);
  return display ? `<span class="katex-display">${html}</span>` : html;
};

/** Exercise, glossary and objective texts: **bold**, `code`, $TeX$, with math kept with its punctuation. */
export function renderRich(text: string): string {
  return glueMathPunctuation(renderRichText(text, renderTex));
}
