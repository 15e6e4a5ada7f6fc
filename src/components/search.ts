/**
 * The search dialog. Pagefind's index is built after `astro build` and served from /pagefind/;
 * its script loads only when the reader first opens search. Pagefind keeps one index per
 * <html lang>, so a Chinese page searches the Chinese chapters.
 */
interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js'; // a run-time URL, not a module for Vite to bundle
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

export function setUpSearch(strings: Record<string, string>): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const opener = document.getElementById('search-button');
  if (!dialog || !input || !status || !list) return;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    status.textContent = strings['searchLoading'] ?? '';
    loadPagefind().then(
      () => { if (input.value === '') status.textContent = ''; },
      () => { pagefind = null; status.textContent = strings['searchUnavailable'] ?? ''; },
    );
  };
  opener?.addEventListener('click', open);
  document.getElementById('search-close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
  document.addEventListener('keydown', (e) => {
    const typing = (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
    if (e.key === '/' && !typing && !dialog.open) {
      e.preventDefault();
      open();
    }
  });

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value.trim()), 150);
  });

  async function run(query: string) {
    const ticket = ++latest;
    if (query === '') {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    try {
      const found = await (await loadPagefind()).search(query);
      const data = await Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query is under way
      status!.textContent = data.length === 0 ? (strings['searchNone'] ?? '') : data.length === 1 ? (strings['searchResult1'] ?? '') : (strings['searchResults'] ?? '').replace('{count}', String(data.length));
      list!.replaceChildren(...data.map(resultItem));
    } catch {
      status!.textContent = strings['searchUnavailable'] ?? '';
    }
  }
}

/** Pagefind's excerpts are our own page text with <mark> around the hits. */
function resultItem(d: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const a = Object.assign(document.createElement('a'), { href: d.url });
  a.innerHTML = `<strong>${escape(d.meta.title ?? d.url)}</strong>`;
  const excerpt = document.createElement('div');
  excerpt.innerHTML = d.excerpt;
  li.append(a, excerpt);
  for (const sub of d.sub_results.filter((s) => s.url !== d.url).slice(0, 3)) {
    const s = Object.assign(document.createElement('a'), { href: sub.url, className: 'sub' });
    s.innerHTML = `${escape(sub.title)} — ${sub.excerpt}`;
    li.append(s);
  }
  return li;
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
