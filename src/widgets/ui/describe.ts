/** Problems with what the reader typed, and kernel errors, as sentences in the reader's language. */
import { KernelError, type Shape } from '../../kernel/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { WidgetKey } from '../../i18n/strings/widget.ts';
import type { CellProblem } from './grid.ts';

type Tr = Translate<WidgetKey>;

function shapeText(tr: Tr, [rows, cols]: Shape): string {
  const any = tr('error.any');
  return `${rows < 0 ? any : rows} × ${cols < 0 ? any : cols}`;
}

/** A cell the reader left blank or filled with something that is not a finite number. */
export function describeProblem(tr: Tr, p: CellProblem): string {
  const where = { matrix: p.matrix, row: p.row + 1, col: p.col + 1, value: p.text };
  return p.reason === 'blank' ? tr('error.blank', where) : p.reason === 'notFinite' ? tr('error.nonFinite', where) : tr('error.notANumber', where);
}

/** Any error a calculation can throw; KernelErrors say which matrix and which cell. */
export function describeError(tr: Tr, error: unknown): string {
  if (!(error instanceof KernelError)) return tr('error.unknown', { message: error instanceof Error ? error.message : String(error) });
  const d = error.details;
  switch (d.code) {
    case 'empty':
      return tr('error.empty', { matrix: d.matrix });
    case 'ragged':
      return tr('error.ragged', { matrix: d.matrix, row: d.row + 1, expected: d.expected, actual: d.actual });
    case 'shape':
      return tr('error.shape', { matrix: d.matrix, expected: shapeText(tr, d.expected), actual: shapeText(tr, d.actual) });
    case 'nonFinite':
      return tr('error.nonFinite', { matrix: d.matrix, row: d.row + 1, col: d.col + 1, value: String(d.value) });
    case 'overflow':
      return tr('error.overflow', { matrix: d.matrix, row: d.row + 1, col: d.col + 1 });
    case 'invalidArgument':
      return tr('error.invalidArgument', { argument: d.argument, reason: d.reason });
  }
}
