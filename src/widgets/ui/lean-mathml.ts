/**
 * Build time only: KaTeX's MathML with the elements that draw nothing taken out, because every
 * element costs a phone style and layout time and MathML was half of a chapter's elements.
 *
 * - `<semantics>` and its `<annotation>` (the TeX source) go; the TeX stays as the `<math>`'s
 *   `data-tex` attribute, where accessible names, the table of contents and tests read it;
 * - an `<mrow>` with no attributes that is the only child of an element that lays out its children
 *   as a row anyway (`<math>`, `<mtd>`, `<msqrt>`…) gives its children to that element;
 * - an `<mrow>` with one child and no attributes is that child, unless that child is an `<mo>`: an
 *   operator alone in a script's base would become an embellished operator, spaced differently;
 * - a matrix cell's `<mstyle scriptlevel="0" displaystyle="false">` goes: a table already sets its
 *   cells' math-style to compact (MathML Core), and outside a script level 0 is what it has.
 *
 * And one spacing fix: MathML Core gives the invisible function application (U+2061, after \sin,
 * \log, \operatorname) no space, so "\sin a" was drawn "sina"; TeX puts a thin space there unless
 * an opening bracket follows, and so do we.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Any node with children: hast's, or MDX's JSX elements around them. */
interface Parent { children: unknown[] }

const isElement = (n: unknown): n is Element => (n as ElementContent | undefined)?.type === 'element';
const textOf = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : isElement(c) ? textOf(c) : '')).join('');
const hasNoAttributes = (e: Element) => Object.keys(e.properties ?? {}).length === 0;

/** Elements that lay out their children as one row, as an `<mrow>` would (MathML Core's inferred mrow). */
const ROW_LIKE = new Set(['math', 'mrow', 'msqrt', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose']);

/** Elements whose children are drawn at a smaller script level. */
const SCRIPTED = new Set(['msub', 'msup', 'msubsup', 'mfrac', 'munder', 'mover', 'munderover', 'mroot']);

function isPlainCellStyle(e: Element): boolean {
  const p = e.properties ?? {};
  const keys = Object.keys(p);
  return e.tagName === 'mstyle' && keys.length === 2 && String(p['scriptLevel'] ?? p['scriptlevel']) === '0' && String(p['displayStyle'] ?? p['displaystyle']) === 'false';
}

/** `<math>`'s children, leaner; `scripted` once inside a script, fraction or limit. */
function leanChildren(parent: Element, scripted: boolean): void {
  const out: ElementContent[] = [];
  for (const child of parent.children) {
    let node: ElementContent = child;
    // Unwrap until the node is one that draws something (mrow in mrow in mrow happens).
    for (;;) {
      if (!isElement(node)) break;
      const sole = node.children.length === 1 ? node.children[0] : undefined;
      if (node.tagName === 'mrow' && hasNoAttributes(node) && isElement(sole) && sole.tagName !== 'mo') node = sole;
      else if (parent.tagName === 'mtd' && !scripted && isPlainCellStyle(node) && isElement(sole)) node = sole;
      else break;
    }
    if (isElement(node)) leanChildren(node, scripted || SCRIPTED.has(node.tagName));
    out.push(node);
  }
  const [only] = out;
  const splice = out.length === 1 && ROW_LIKE.has(parent.tagName) && isElement(only) && only.tagName === 'mrow' && hasNoAttributes(only);
  parent.children = splice ? only.children : out;
}

const FUNCTION_APPLICATION = '\u2061';
const THIN_SPACE = '0.1667em';
const OPENING = /^[([{⟨|‖]$/;

const isFunctionApplication = (n: ElementContent | undefined): n is Element =>
  isElement(n) && n.tagName === 'mo' && textOf(n) === FUNCTION_APPLICATION;
/** An opening bracket, bare or starting a \left…\right group: no space before it, as in TeX. */
const opensWithBracket = (n: Element): boolean =>
  (n.tagName === 'mo' && OPENING.test(textOf(n))) || (n.tagName === 'mrow' && isElement(n.children[0]) && opensWithBracket(n.children[0]));

/** A thin space after each function name that is not followed by a bracket (or by a space already). */
function spaceFunctionApplications(parent: Element): void {
  const kids = parent.children;
  for (let k = 0; k < kids.length; k++) {
    const node = kids[k]!;
    if (!isElement(node)) continue;
    // \log_k n: the name and U+2061 are the base of a script, and the space goes after the script
    const base = SCRIPTED.has(node.tagName) && isElement(node.children[0]) ? node.children[0] : null;
    const endsInApplication = isFunctionApplication(node) || (base?.tagName === 'mrow' && isFunctionApplication(base.children.at(-1)));
    const next = kids[k + 1];
    if (endsInApplication && isElement(next) && !opensWithBracket(next) && !['mtext', 'mspace'].includes(next.tagName)) {
      if (node.tagName === 'mo') node.properties = { ...node.properties, rspace: THIN_SPACE };
      else kids.splice(k + 1, 0, { type: 'element', tagName: 'mspace', properties: { width: THIN_SPACE }, children: [] });
    }
    spaceFunctionApplications(node);
  }
}

/** Makes one `<math>` element lean, in place. */
export function leanMath(math: Element): void {
  const semantics = math.children.find((c): c is Element => isElement(c) && c.tagName === 'semantics');
  if (semantics) {
    const annotation = semantics.children.find((c): c is Element => isElement(c) && c.tagName === 'annotation');
    if (annotation) math.properties = { ...math.properties, dataTex: textOf(annotation) };
    math.children = semantics.children.filter((c) => c !== annotation);
  }
  leanChildren(math, false);
  spaceFunctionApplications(math);
}

/** Every `<math>` in a tree made lean. */
export function leanMathIn(tree: Parent | Root): void {
  for (const child of tree.children) {
    if (isElement(child) && child.tagName === 'math') leanMath(child);
    else if (Array.isArray((child as Partial<Parent>).children)) leanMathIn(child as Parent);
  }
}

/** KaTeX's HTML string with its MathML made lean. */
export function leanMathHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  leanMathIn(tree);
  // Named references (&amp;, &lt;) as KaTeX writes them, which htmlToPlain decodes.
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
