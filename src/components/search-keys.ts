/** The keys that open search, kept apart from search.ts so that every page can listen for them cheaply. */

/**
 * "/" (outside a text field) or Ctrl/⌘ + K (anywhere, as on most documentation sites) opens
 * search; with the dialog already open, Ctrl/⌘ + K selects the query to type a new one.
 */
export function isSearchShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, typing: boolean): boolean {
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) return true;
  return (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}
