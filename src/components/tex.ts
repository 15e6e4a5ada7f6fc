/**
 * KaTeX at build time: equations become MathML in the page (MathML Core, drawn by the browser with
 * the self-hosted STIX Two Math font), with no KaTeX JavaScript, CSS or HTML layout boxes. The HTML
 * output KaTeX would add beside it tripled the page's elements and most of a phone's layout time.
 */
import katex from 'katex';
import { type TexRenderer, renderRichText, texToPlain } from '../quiz/richtext.ts';
import { katexOptions } from '../widgets/ui/typeset.ts';

/** The one set of options for every equation: rehype-katex (Markdown `$…$`) and island wrappers use it too. */
export { katexOptions };

/**
 * Punctuation that must never start a line: Chinese (and full-width) closing punctuation, and the
 * ASCII marks that follow math in English prose.
 */
export const NO_BREAK_BEFORE = '，。、；：！？）》」』】〕〉…—%,.;:!?)';
const NO_BREAK_RUN = new RegExp(`^[${NO_BREAK_BEFORE.replace(/[\]\\^-]/g, '\\$&')}]+`);

/** The punctuation that starts `text` and must stay on the line of what comes before it. */
export const leadingPunctuation = (text: string): string => NO_BREAK_RUN.exec(text)?.[0] ?? '';

/** `$TeX$` in a text as readable plain text ("$\\sqrt{d_k}$" → "√d_k"), for sorting and accessible names. */
export function texPlain(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_, tex: string) => texToPlain(tex));
}

/** Display equations sit in a block that scrolls sideways on a narrow screen (see shell.ts). */
export const renderTex: TexRenderer = (tex, display) => {
  const html = katex.renderToString(tex, { ...katexOptions, displayMode: display });
  return display ? `<span class="katex-display">${html}</span>` : html;
};

/**
 * Keeps an inline equation and the punctuation right after it together, so that "，" or "。" never
 * starts a line: `<span class="katex">…</span>，` becomes `<span class="math-nobr">…，</span>`.
 */
export function glueMathPunctuation(html: string): string {
  return html.replace(/(<span class="katex">[\s\S]*?<\/math><\/span>)([^<]*)/g, (whole, math: string, after: string) => {
    const punct = leadingPunctuation(after);
    return punct ? `<span class="math-nobr">${math}${punct}</span>${after.slice(punct.length)}` : whole;
  });
}

/** Exercise, glossary and objective texts: **bold**, `code`, $TeX$, with math kept with its punctuation. */
export function renderRich(text: string): string {
  return glueMathPunctuation(renderRichText(text, renderTex));
}
