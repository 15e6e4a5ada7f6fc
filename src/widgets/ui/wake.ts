/**
 * Waking a widget on the reader's first action. The widget is rendered at build time as static HTML
 * inside a small island; its own code is fetched only when the pointer comes over it, a finger
 * touches it or the keyboard focus enters it, so that a page with several widgets stays within its
 * JavaScript budget before any interaction; the code then hydrates the same HTML in place. Whatever
 * the reader typed or pressed while the code was on its way is replayed once the widget is live,
 * and focus stays where it was. Shared by the islands that wake on the reader's first action (LayerCost, ParallelSteps).
 */

/** The elements a reader can act on, found again by their order after hydration. */
const CONTROLS = 'input, button, select, textarea, summary';
/** Events that say the reader is about to act. */
const WAKE_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'touchstart', 'keydown'] as const;

export type WakeState = 'asleep' | 'waking' | 'awake';

/**
 * Listens on `root` and, on the first sign of the reader, calls `load()` once: it fetches the
 * widget's code and returns the function that hydrates it into `target` (the slot holding the
 * static widget). Returns the function that stops listening. If `load` fails (the code could not
 * be fetched), the next action tries again.
 */
export function wakeOnFirstAction(root: HTMLElement, load: () => Promise<(target: HTMLElement) => void>, onState?: (s: WakeState) => void): () => void {
  let state: WakeState = 'asleep';
  /** What the reader did before the widget was live, in order: a value typed into control i, or a press of button i. */
  const actions: ({ kind: 'input'; i: number; value: string } | { kind: 'click'; i: number })[] = [];
  let focused = -1;
  const controls = () => [...root.querySelectorAll<HTMLElement>(CONTROLS)];
  const indexOf = (el: EventTarget | null) => {
    const control = el instanceof Element ? el.closest(CONTROLS) : null;
    return control === null ? -1 : controls().indexOf(control as HTMLElement);
  };
  const set = (s: WakeState) => {
    state = s;
    onState?.(s);
  };

  // While the code is on its way, remember what the reader did; the static controls do nothing with it.
  const onInput = (e: Event) => {
    if (state === 'awake') return;
    const i = indexOf(e.target);
    if (i >= 0 && 'value' in (e.target as object)) actions.push({ kind: 'input', i, value: (e.target as HTMLInputElement).value });
  };
  const onFocus = (e: Event) => {
    if (state !== 'awake') focused = indexOf(e.target);
  };
  const onClick = (e: Event) => {
    if (state === 'awake' || !(e.target instanceof Element)) return;
    const button = e.target.closest('button');
    const i = indexOf(button);
    if (button !== null && i >= 0) actions.push({ kind: 'click', i });
  };

  const wake = () => {
    if (state !== 'asleep') return;
    set('waking');
    const target = root.querySelector<HTMLElement>('astro-slot') ?? root;
    load().then(
      (hydrate) => {
        // Hydration writes the fields' values back, which loses a selection the reader just made.
        const active = document.activeElement;
        const selection = active instanceof HTMLInputElement && root.contains(active) && active.type === 'text'
          ? { start: active.selectionStart, end: active.selectionEnd }
          : null;
        // Svelte drops the fields' value attributes (their defaults) once it is idle after hydrating,
        // which puts the caret at the end of a field the reader may be selecting in: drop them now.
        for (const input of target.querySelectorAll('input')) {
          if (!input.hasAttribute('value')) continue;
          const value = input.value;
          input.removeAttribute('value');
          input.value = value;
        }
        hydrate(target);
        set('awake');
        const now = controls();
        for (const a of actions.splice(0)) {
          const el = now[a.i];
          if (a.kind === 'click') el?.click();
          else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
            el.value = a.value;
            el.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }
        // A hydration that had to redraw replaces the elements: put focus (and the selection) back.
        const el = focused >= 0 ? now[focused] : undefined;
        if (el !== undefined && root.contains(active) && document.activeElement !== el) el.focus();
        if (el instanceof HTMLInputElement && el.type === 'text' && selection !== null && selection.start !== null && selection.end !== null) {
          el.setSelectionRange(Math.min(selection.start, el.value.length), Math.min(selection.end, el.value.length));
        }
        stop();
      },
      () => set('asleep'),
    );
  };

  for (const type of WAKE_EVENTS) root.addEventListener(type, wake, { passive: true });
  root.addEventListener('input', onInput, true);
  root.addEventListener('click', onClick, true);
  root.addEventListener('focusin', onFocus, true);
  const stop = () => {
    for (const type of WAKE_EVENTS) root.removeEventListener(type, wake);
    root.removeEventListener('input', onInput, true);
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('focusin', onFocus, true);
  };
  return stop;
}
