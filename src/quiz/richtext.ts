/**
 * The small markup of exercise and widget texts: **bold**, `code`, $TeX$ and line breaks, turned
 * into HTML. Everything else is escaped, so a text can never inject markup.
 */

export type TexRenderer = (tex: string, display: boolean) => string;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * `tex` renders $…$ (inline) and $$…$$ (display); without it, TeX is shown as code, which is
 * what parametric texts (rendered in the browser without KaTeX) must avoid using.
 */
export function renderRichText(text: string, tex?: TexRenderer): string {
  const parts = text.split(/(\$\$[^$]+\$\$|\$[^$\n]+\$|`[^`\n]+`)/);
  return parts
    .map((part, k) => {
      if (k % 2 === 0) return inline(part);
      if (part.startsWith('`')) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      const display = part.startsWith('$$');
      const body = part.slice(display ? 2 : 1, display ? -2 : -1);
      return tex ? tex(body, display) : `<code>${escapeHtml(body)}</code>`;
    })
    .join('');
}

function inline(s: string): string {
  return escapeHtml(s)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\n/g, '<br>');
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

/**
 * Rendered rich text as plain text for an `aria-label`: each equation becomes its TeX read as plain
 * text (a MathML element's own text would run the drawn symbols into the TeX annotation beside them:
 * "WQ,WK,WVW_Q, W_K, W_V"), the tags go and the entities are decoded.
 */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<math\b[\s\S]*?<\/math>/g, (math) => texToPlain(/<annotation[^>]*>([\s\S]*?)<\/annotation>/.exec(math)?.[1] ?? ''))
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}

/**
 * Punctuation that must never start a line: Chinese (and full-width) closing punctuation, and the
 * ASCII marks that follow math in English prose.
 */
export const NO_BREAK_BEFORE = '，。、；：！？）》」』】〕〉…—%,.;:!?)';
const NO_BREAK_RUN = new RegExp(`^[${NO_BREAK_BEFORE.replace(/[\]\\^-]/g, '\\$&')}]+`);

/** The punctuation that starts `text` and must stay on the line of what comes before it. */
export const leadingPunctuation = (text: string): string => NO_BREAK_RUN.exec(text)?.[0] ?? '';

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
