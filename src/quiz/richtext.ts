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

/** A `<math>`'s `data-tex`, escaped as text is (an attribute may hold a bare < or >), to be decoded with it. */
const dataTex = (math: string) => (/\sdata-tex="([^"]*)"/.exec(math)?.[1] ?? '').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Rendered rich text as plain text for an `aria-label`: each equation becomes its TeX (the `<math>`'s
 * `data-tex`) read as plain text, since the drawn symbols alone lose their structure ("WQ" for
 * W_Q), the tags go and the entities are decoded.
 */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<math\b[\s\S]*?<\/math>/g, (math) => texToPlain(dataTex(math)))
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}
