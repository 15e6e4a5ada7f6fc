/**
 * In the browser, loaded on demand with an exercise's generator (never in an island's first
 * bundle): the generated texts' $TeX$ typeset by KaTeX, each equation kept on the line of the
 * punctuation around it as at build time, and the plain text of what was typeset, for accessible names.
 */
import katex from 'katex';
import { glueMathPunctuation } from '../../quiz/math-text.ts';
import { renderRichText } from '../../quiz/richtext.ts';
import { katexOptions } from './katex-options.ts';

export { htmlToPlain } from '../../quiz/math-text.ts';

/**
 * KaTeX's MathML in the shape a built page has it (widgets/ui/lean-mathml.ts): the TeX as the
 * `<math>`'s data-tex rather than an annotation, which would join the text the page reads out.
 */
const ANNOTATED = /^(<span class="katex"><math[^>]*)><semantics>([\s\S]*)<annotation encoding="application\/x-tex">([\s\S]*)<\/annotation><\/semantics>/;
const withTexAttribute = (html: string) => html.replace(ANNOTATED, (_, open: string, body: string, tex: string) => `${open} data-tex="${tex}">${body}`);

/** `$TeX$`, **bold** and `code` in a generated text as HTML, as renderRich does at build time. */
export const typesetLive = (text: string): string =>
  glueMathPunctuation(
    renderRichText(text, (tex, display) => {
      const html = withTexAttribute(katex.renderToString(tex, { ...katexOptions, displayMode: display }));
      return display ? `<span class="katex-display">${html}</span>` : html;
    }),
  );
