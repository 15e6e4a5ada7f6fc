/**
 * What the reader does to the comparison widget before its component has loaded. The page shows
 * the widget as static HTML (Comparison.svelte rendered at build time); its native controls work
 * without JavaScript, so a reader can switch the task, move the level slider or press a button
 * while the island (RecurrenceCompare.svelte) is still fetching the component. The island records
 * each such action here, and the component replays them in order once it has taken over the same
 * DOM, so nothing the reader did is lost. A control says what it does in its data-act attribute.
 */
import type { RecurrenceTask } from '../../model/metadata.ts';

export type Action = { task: RecurrenceTask } | { level: number } | { draw: true } | { run: true };

/**
 * The action an event on the static widget stands for, or null: `type` is the event's type, `act`
 * the data-act of the control it reached (null for anything else), `value` that control's value.
 */
export function actionOf(type: string, act: string | null | undefined, value: unknown): Action | null {
  if (type === 'change' && act === 'task') return value === 'delay' || value === 'load' ? { task: value } : null;
  if (type === 'input' && act === 'level') {
    const index = Number(value);
    return value !== '' && Number.isInteger(index) && index >= 0 ? { level: index } : null;
  }
  if (type === 'click' && act === 'draw') return { draw: true };
  if (type === 'click' && act === 'run') return { run: true };
  return null;
}

/** The list with `action` added; a level right after a level replaces it (one drag of the slider is one move). */
export function queued(list: readonly Action[], action: Action): Action[] {
  const last = list.at(-1);
  return last !== undefined && 'level' in last && 'level' in action ? [...list.slice(0, -1), action] : [...list, action];
}

/**
 * What to keep when the component could not be loaded: the task and the level, which the static
 * controls still show, but not the clicks on "new example" or "run", which visibly did nothing.
 */
export const keptAfterFailure = (list: readonly Action[]): Action[] => list.filter((a) => 'task' in a || 'level' in a);
