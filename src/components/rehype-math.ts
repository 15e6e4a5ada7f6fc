/**
 * A rehype plugin for the chapters, run after rehype-katex:
 *
 * - an inline equation (`$…$` or `<Tex>`) and the punctuation right around it are wrapped in one
 *   `<span class="math-nobr">` (white-space: nowrap), so "，" or "。" never starts a line and "（"
 *   never ends one;
 * - a heading with math gets its text with the TeX kept as `$…$` in the frontmatter
 *   (`headingTex`, one entry per heading), so the table of contents can typeset it instead of printing
 *   the MathML's text;
 * - then every equation's MathML is made lean, as the equations typeset outside Markdown are.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { leanMathIn } from '../widgets/ui/lean-mathml.ts';
import { leadingPunctuation, trailingOpening } from './tex.ts';

type Node = Root | RootContent;
interface JsxAttribute { type: string; name?: string; value?: unknown }
interface JsxElement { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement'; name: string | null; attributes: JsxAttribute[]; children: Node[] }

const isElement = (n: unknown): n is Element => (n as Node | undefined)?.type === 'element';
const isJsx = (n: unknown): n is JsxElement => (n as { type?: string } | undefined)?.type === 'mdxJsxTextElement';
const classes = (e: Element): string[] => {
  const c: unknown = e.properties?.['className'];
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};
const isInlineMath = (n: unknown): boolean =>
  (isElement(n) && classes(n).includes('katex')) ||
  (isJsx(n) && n.name === 'Tex' && !n.attributes.some((a) => a.name === 'display' && a.value !== 'false'));

/** The TeX source of an inline equation, if it can be known at build time. */
function texOf(n: unknown): string | null {
  if (isJsx(n)) {
    const math = n.attributes.find((a) => a.name === 'math')?.value;
    return typeof math === 'string' ? math : null;
  }
  if (!isElement(n)) return null;
  let found: string | null = null;
  walk(n, (child) => {
    if (isElement(child) && child.tagName === 'annotation') {
      found = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    }
  });
  return found;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  const children = (node as { children?: Node[] }).children;
  if (children) for (const c of children) walk(c, visit);
}

/** Wraps inline math and the punctuation right around it in one unbreakable span. */
export function glueMath(parent: { children: Node[] }): void {
  const out: Node[] = [];
  const kids = parent.children;
  for (let k = 0; k < kids.length; k++) {
    const node = kids[k]!;
    const next = kids[k + 1];
    const prev = out.at(-1);
    const open = isInlineMath(node) && prev?.type === 'text' ? trailingOpening(prev.value) : '';
    const punct = isInlineMath(node) && next?.type === 'text' ? leadingPunctuation(next.value) : '';
    if (!open && !punct) {
      out.push(node);
      continue;
    }
    if (open) {
      const text = prev as Text;
      text.value = text.value.slice(0, text.value.length - open.length);
      if (!text.value) out.pop();
    }
    const children: ElementContent[] = [node as ElementContent];
    if (open) children.unshift({ type: 'text', value: open });
    if (punct) children.push({ type: 'text', value: punct });
    out.push({ type: 'element', tagName: 'span', properties: { className: ['math-nobr'] }, children } satisfies Element);
    if (punct) {
      const rest = (next as Text).value.slice(punct.length);
      if (rest) out.push({ type: 'text', value: rest } satisfies Text);
      k++;
    }
  }
  parent.children = out;
  for (const c of out) {
    const children = (c as { children?: Node[] }).children;
    if (children && !(isElement(c) && (classes(c).includes('katex') || classes(c).includes('math-nobr')))) glueMath(c as { children: Node[] });
  }
}

/** A heading's text with its equations as `$TeX$`, or null when it has none. */
export function headingTex(heading: Element): string | null {
  let math = false;
  const text = (n: Node): string => {
    if (isInlineMath(n)) {
      const tex = texOf(n);
      math ||= tex !== null;
      return tex === null ? '' : `$${tex}$`;
    }
    if (n.type === 'text') return n.value;
    const children = (n as { children?: Node[] }).children;
    return children ? children.map(text).join('') : '';
  };
  const s = heading.children.map((c) => text(c)).join('').trim();
  return math ? s : null;
}

interface FileData { data: { astro?: { frontmatter?: Record<string, unknown> } } }

export default function rehypeMath() {
  return (tree: Root, file: FileData) => {
    glueMath(tree);
    // One entry per heading, in the order Astro lists them in `headings`.
    const found: (string | null)[] = [];
    walk(tree, (n) => {
      if (isElement(n) && /^h[1-6]$/.test(n.tagName)) found.push(headingTex(n));
    });
    if (found.some((t) => t !== null)) {
      file.data.astro ??= {};
      file.data.astro.frontmatter ??= {};
      file.data.astro.frontmatter['headingTex'] = found;
    }
    leanMathIn(tree);
  };
}
