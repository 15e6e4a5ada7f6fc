/**
 * A box that scrolls its table (sideways on a phone, down for a long table) must be reachable
 * by keyboard, and only then: while its content overflows it is a focusable region named by
 * the table's caption; otherwise it is a plain box and no extra tab stop. The page shell does
 * the same for every `.table-scroll` box, which covers the static HTML before the island
 * hydrates; from then on this takes over (the shell leaves boxes with a tabindex alone, and it
 * cannot notice a table inside a <details> being opened, nor a box that scrolls downwards).
 */
export function scroller(node: HTMLElement, labelledBy: string) {
  let label = labelledBy;
  // Take the box over from the shell: its generic name would compete with the caption.
  node.removeAttribute('aria-label');
  delete node.dataset['scroller'];
  const update = () => {
    const scrolls = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
    if (scrolls) {
      node.tabIndex = 0;
      node.setAttribute('role', 'region');
      node.setAttribute('aria-labelledby', label);
    } else {
      node.removeAttribute('tabindex');
      node.removeAttribute('role');
      node.removeAttribute('aria-labelledby');
    }
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
  observer?.observe(node);
  if (node.firstElementChild) observer?.observe(node.firstElementChild);
  update();
  return {
    update(next: string) {
      label = next;
      update();
    },
    destroy() {
      observer?.disconnect();
    },
  };
}
