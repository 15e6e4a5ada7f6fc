/**
 * KaTeX at build time: equations become MathML in the page (MathML Core, drawn by the browser with
 * the self-hosted STIX Two Math font), with no KaTeX JavaScript, CSS or HTML layout boxes. The HTML
 * output KaTeX would add beside it tripled the page's elements and most of a phone's layout time.
 */
import { type TexRenderer, renderRichText, texToPlain } from '../quiz/richtext.ts';
import { katexOptions, renderMath } from '../widgets/ui/typeset.ts';

/** The one set of options for every equation: rehype-katex (Markdown `$…$`) and island wrappers use it too. */
export { katexOptions };

/**
 * Punctuation that must never start a line: Chinese (and full-width) closing punctuation, and the
 * ASCII marks that follow math in English prose.
 */
export const NO_BREAK_BEFORE = '，。、；：！？）》」』】〕〉…—%,.;:!?)';
const CLOSING_CLASS = `[${NO_BREAK_BEFORE.replace(/[\]\\^-]/g, '\\$&')}]`;
const NO_BREAK_RUN = new RegExp(`^${CLOSING_CLASS}+`);

/** The punctuation that starts `text` and must stay on the line of what comes before it. */
export const leadingPunctuation = (text: string): string => NO_BREAK_RUN.exec(text)?.[0] ?? '';

/**
 * Opening brackets and quotes that must stay with the equation after them: a browser may break a
 * line on either side of an equation, as around an image, so "（" could end a line and leave its
 * equation alone on the next.
 */
export const NO_BREAK_AFTER = '（(“‘「『《【〔〈';
const OPENING_CLASS = `[${NO_BREAK_AFTER}]`;
const OPENING_RUN = new RegExp(`${OPENING_CLASS}+$`);

/** The opening punctuation that ends `text` and must stay on the line of what comes after it. */
export const trailingOpening = (text: string): string => OPENING_RUN.exec(text)?.[0] ?? '';

/** `$TeX$` in a text as readable plain text ("$\\sqrt{d_k}$" → "√d_k"), for sorting and accessible names. */
export function texPlain(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_, tex: string) => texToPlain(tex));
}

/** Display equations sit in a block that scrolls sideways on a narrow screen (see shell.ts). */
export const renderTex: TexRenderer = (tex, display) => {
  const html = renderMath(tex, display);
  return display ? `<span class="katex-display">${html}</span>` : html;
};

/**
 * Keeps an inline equation and the punctuation around it together, so that "，" or "。" never
 * starts a line and "（" never ends one: `<span class="katex">…</span>，` becomes
 * `<span class="math-nobr">…，</span>`.
 */
export function glueMathPunctuation(html: string): string {
  return html.replace(GLUED, (whole, open: string, math: string, punct: string) => (open || punct ? `<span class="math-nobr">${open}${math}${punct}</span>` : whole));
}
const GLUED = new RegExp(`(${OPENING_CLASS}*)(<span class="katex">[\\s\\S]*?</math></span>)(${CLOSING_CLASS}*)`, 'g');

/** Exercise, glossary and objective texts: **bold**, `code`, $TeX$, with math kept with its punctuation. */
export function renderRich(text: string): string {
  return glueMathPunctuation(renderRichText(text, renderTex));
}
