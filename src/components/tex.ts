/** KaTeX at build time: equations become HTML + MathML in the page, with no KaTeX JavaScript. */
import katex from 'katex';
import { type TexRenderer, renderRichText } from '../quiz/richtext.ts';

/** Throws on invalid TeX, so a typo fails the build instead of reaching a reader. */
export const renderTex: TexRenderer = (tex, display) => katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'error' });

export function renderRich(text: string): string {
  return renderRichText(text, renderTex);
}
