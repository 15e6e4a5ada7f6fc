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
