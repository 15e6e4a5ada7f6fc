/**
 * The search dialog. Pagefind's index is built after `astro build` and served from /pagefind/;
 * its script loads only when the reader first opens search ("/", Ctrl/⌘ + K or the button).
 * Pagefind keeps one index per <html lang>, so a Chinese page searches the Chinese chapters.
 *
 * Excerpts are tidied before they are shown: no stray punctuation at their start, and for a
 * Chinese query the highlights are redrawn from the query itself. Pagefind splits Chinese words it
 * does not know into single characters and marks each one wherever it occurs (缩 放 点 积 all
 * over the page); the reader wants to see 缩放点积, or at least 缩放 and 点积, and nothing else.
 */
import { fill } from '../i18n/translate.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface Pagefind {
  options(options: { metaCacheTag?: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js'; // a run-time URL, not a module for Vite to bundle
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // One tag per build: Pagefind's metadata request gets a stable URL that caches (and works offline).
    await pf.options({ metaCacheTag: import.meta.env.BUILD_ID });
    return pf;
  });
  return pagefind;
}

/**
 * Wires the dialog once and returns how to open it. The shell loads this module on the reader's
 * first search (button, "/" or Ctrl/⌘ + K), so no page pays for search code it does not use.
 */
export function setUpSearch(strings: Record<string, string>): (selectQuery: boolean) => void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const opener = document.getElementById('search-button');
  if (!dialog || !input || !status || !list) return () => {};

  const open = (selectQuery: boolean) => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    if (selectQuery) input.select();
    status.textContent = strings['searchLoading'] ?? '';
    loadPagefind().then(
      () => { if (input.value === '') status.textContent = ''; },
      () => { pagefind = null; status.textContent = strings['searchUnavailable'] ?? ''; },
    );
  };
  document.getElementById('search-close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());

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
      status!.textContent = data.length === 0 ? (strings['searchNone'] ?? '') : data.length === 1 ? (strings['searchResult1'] ?? '') : fill(strings['searchResults'] ?? '', { count: data.length });
      list!.replaceChildren(...data.map((d) => resultItem(d, query)));
    } catch {
      status!.textContent = strings['searchUnavailable'] ?? '';
    }
  }
  return open;
}


/**
 * Punctuation and spaces an excerpt cut mid-sentence may start with: "，缩放之前", ". The matrix".
 * Opening brackets and quotes begin what follows and stay, and so does the minus of "-1.5".
 */
const LEADING_PUNCTUATION = /^(?:\s|(?![\p{Ps}\p{Pi}]|-\d)\p{P})+/u;
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** A piece of excerpt text, highlighted or not. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** The excerpt's text without the punctuation a cut left at its start (marks stay marks). */
export function trimExcerpt(pieces: readonly Piece[]): Piece[] {
  const out = pieces.filter((p) => p.text !== '');
  while (out.length > 0 && !out[0]!.mark) {
    const text = out[0]!.text.replace(LEADING_PUNCTUATION, '');
    if (text !== '') {
      out[0] = { ...out[0]!, text };
      break;
    }
    out.shift();
  }
  return out;
}

/**
 * Highlights for a query with Chinese in it, found in the text itself: at each place, the longest
 * run of Chinese characters that occurs in one of the query's terms, if it is at least two
 * characters long (or the whole term, for a one-character term such as 它); any other term
 * (softmax) where it occurs as a whole word. Single characters that merely appear in the query
 * (the 点 of 一点点, the 放 of 放不进) are not marked.
 */
export function highlightHan(text: string, query: string): Piece[] {
  const terms = query.split(/[\s\p{P}]+/u).filter((t) => t !== '');
  const chars = Array.from(text);
  const pieces: Piece[] = [];
  const push = (t: string, mark: boolean) => {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === mark) last.text += t;
    else pieces.push({ text: t, mark });
  };
  let i = 0;
  while (i < chars.length) {
    let best = 0;
    for (const term of terms) {
      const len = Array.from(term).length;
      if (!hasHan(term)) {
        const whole = chars.slice(i, i + len).join('').toLowerCase() === term.toLowerCase();
        const bounded = !WORD.test(chars[i - 1] ?? ' ') && !WORD.test(chars[i + len] ?? ' ');
        if (whole && bounded && len > best) best = len;
        continue;
      }
      for (let n = Math.min(len, chars.length - i); n > best; n--) {
        const run = chars.slice(i, i + n);
        if (run.every((c) => HAN.test(c)) && term.includes(run.join('')) && (n >= 2 || n === len)) {
          best = n;
          break;
        }
      }
    }
    if (best > 0) {
      push(chars.slice(i, i + best).join(''), true);
      i += best;
    } else {
      push(chars[i]!, false);
      i++;
    }
  }
  return pieces;
}

export const hasHan = (s: string): boolean => HAN.test(s);

/** Pagefind's excerpt (our own page text, with <mark> around its hits) as pieces. */
function piecesOf(html: string): Piece[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return [...box.childNodes].map((n) => ({ text: n.textContent ?? '', mark: n.nodeName === 'MARK' }));
}

/** The excerpt as the reader sees it: trimmed, and for a Chinese query highlighted by highlightHan. */
export function excerptPieces(pieces: readonly Piece[], query: string): Piece[] {
  const trimmed = trimExcerpt(pieces);
  return hasHan(query) ? trimExcerpt(highlightHan(trimmed.map((p) => p.text).join(''), query)) : trimmed;
}

function render(pieces: readonly Piece[]): Node[] {
  return pieces.map((p) => (p.mark ? Object.assign(document.createElement('mark'), { textContent: p.text }) : document.createTextNode(p.text)));
}

function resultItem(d: PagefindData, query: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = Object.assign(document.createElement('a'), { href: d.url });
  a.append(Object.assign(document.createElement('strong'), { textContent: d.meta.title ?? d.url }));
  const excerpt = document.createElement('div');
  excerpt.append(...render(excerptPieces(piecesOf(d.excerpt), query)));
  li.append(a, excerpt);
  for (const sub of d.sub_results.filter((s) => s.url !== d.url).slice(0, 3)) {
    const s = Object.assign(document.createElement('a'), { href: sub.url, className: 'sub' });
    s.append(`${sub.title} — `, ...render(excerptPieces(piecesOf(sub.excerpt), query)));
    li.append(s);
  }
  return li;
}
