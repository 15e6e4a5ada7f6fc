/** Kernel errors in the reader's language. */
import { KernelError, type Shape } from '../kernel/index.ts';
import type { Locale } from './locales.ts';
import { t } from './ui.ts';

function shapeText(locale: Locale, [rows, cols]: Shape): string {
  const any = locale === 'zh' ? '任意' : 'any';
  return `${rows < 0 ? any : rows} × ${cols < 0 ? any : cols}`;
}

/** A sentence for any error a calculation can throw; KernelErrors say which matrix and cell. */
export function describeError(locale: Locale, error: unknown): string {
  if (!(error instanceof KernelError)) return t(locale, 'error.unknown', { message: error instanceof Error ? error.message : String(error) });
  const d = error.details;
  switch (d.code) {
    case 'empty':
      return t(locale, 'error.empty', { matrix: d.matrix });
    case 'ragged':
      return t(locale, 'error.ragged', { matrix: d.matrix, row: d.row + 1, expected: d.expected, actual: d.actual });
    case 'shape':
      return t(locale, 'error.shape', { matrix: d.matrix, expected: shapeText(locale, d.expected), actual: shapeText(locale, d.actual) });
    case 'nonFinite':
      return t(locale, 'error.nonFinite', { matrix: d.matrix, row: d.row + 1, col: d.col + 1, value: String(d.value) });
    case 'overflow':
      return t(locale, 'error.overflow', { matrix: d.matrix, row: d.row + 1, col: d.col + 1 });
    case 'invalidArgument':
      return t(locale, 'error.invalidArgument', { argument: d.argument, reason: d.reason });
  }
}
