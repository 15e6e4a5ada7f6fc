/**
 * What becomes of the equations in a rendered text: read as plain text (accessible names, sorting),
 * and kept on one line with the punctuation around them. Apart from richtext.ts so that an island
 * that only renders markup does not ship these.
 */

/** `$TeX$` in a text as readable plain text ("$\\sqrt{d_k}$" → "√d_k"), for sorting and what is read rather than seen. */
export function texPlain(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_, tex: string) => texToPlain(tex));
}

/** One equation's TeX as readable plain text ("\\sqrt{d_k}" → "√d_k"), for sorting and accessible names. */
export function texToPlain(tex: string): string {
  return tex
    .replace(/\\sqrt\{([^{}]*)\}/g, '√$1')
    .replace(/\^\{?\\top\}?/g, 'ᵀ')
    .replace(/\\(?:text|mathrm|operatorname)\{([^{}]*)\}/g, '$1')
    .replace(/\\[a-zA-Z]+\s*/g, '')
    .replace(/[{}]/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** A `<math>`'s TeX (its data-tex), escaped as text is (an attribute may hold a bare < or >), to be decoded with it. */
const texOfMath = (math: string) => (/\sdata-tex="([^"]*)"/.exec(math)?.[1] ?? '').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Rendered rich text as plain text for an `aria-label`: each equation becomes its TeX read as plain
 * text, since the drawn symbols alone lose their structure ("WQ" for W_Q), the tags go and the
 * entities are decoded.
 */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<math\b[\s\S]*?<\/math>/g, (math) => texToPlain(texOfMath(math)))
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}

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

/**
 * Keeps an inline equation and the punctuation around it together, so that "，" or "。" never
 * starts a line and "（" never ends one: `<span class="katex">…</span>，` becomes
 * `<span class="math-nobr">…，</span>`.
 */
export function glueMathPunctuation(html: string): string {
  return html.replace(GLUED, (whole, open: string, math: string, punct: string) => (open || punct ? `<span class="math-nobr">${open}${math}${punct}</span>` : whole));
}
const GLUED = new RegExp(`(${OPENING_CLASS}*)(<span class="katex">[\\s\\S]*?</math></span>)(${CLOSING_CLASS}*)`, 'g');
