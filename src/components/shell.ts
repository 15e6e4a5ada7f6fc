/**
 * The course shell's behaviour on every page: theme, chapter menu, reading progress, the
 * table of contents, progress marks, storage notices, progress export/import, and search.
 * Each part finds its elements and does nothing if the page has none.
 */
import type { CourseMapEntry } from '../course/chapters.ts';
import { chapterProgress } from '../quiz/progress-data.ts';
import { isSearchShortcut } from './search-keys.ts';
import { fill as fillTemplate } from '../i18n/translate.ts';
import { exportProgress, importProgress, progress, recordVisit, resetProgress, storageState } from '../quiz/progress.ts';

type Strings = Record<string, string>;
const readJson = <T>(id: string, fallback: T): T => {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? '') as T;
  } catch {
    return fallback;
  }
};
const strings = readJson<Strings>('ui-strings', {});
const fill = (template: string | undefined, params: Record<string, string | number>) => fillTemplate(template ?? '', params);
const map = readJson<CourseMapEntry[]>('course-map', []);

/* ---------- theme ---------- */
const THEME_KEY = 'attention-course:theme';
const root = document.documentElement;
function showTheme() {
  const name = document.getElementById('theme-name');
  if (name) name.textContent = root.dataset['theme'] === 'dark' ? (strings['light'] ?? '') : (strings['dark'] ?? '');
}
document.getElementById('theme-toggle')?.addEventListener('click', () => {
  const next = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
  root.dataset['theme'] = next;
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    /* remembered for this page only */
  }
  showTheme();
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_KEY);
  } catch {
    /* no storage: follow the system */
  }
  if (stored === null) {
    root.dataset['theme'] = e.matches ? 'dark' : 'light';
    showTheme();
  }
});
showTheme();

/* ---------- print: open everything hidden behind a click ---------- */
let closedForPrint: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  closedForPrint = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
  closedForPrint.forEach((d) => (d.open = true));
});
addEventListener('afterprint', () => closedForPrint.forEach((d) => (d.open = false)));

/* ---------- content that scrolls (sideways, or down in a capped box) must be reachable by keyboard ---------- */
const SCROLLERS = '.table-scroll, .katex-display, .katex:has(> math[display="block"]), .live-equation, article > table';
/*
 * Overflow is read in a ResizeObserver callback, which runs right after the browser's own layout:
 * reading it as the script starts would force a layout of the whole page first (on a phone, a
 * third of a second on the longest chapters). The observer also reports every later change of a
 * box or of its content's size: a widget re-renders, a table grows, a <details> opens, the window
 * narrows.
 */
const scrollerOf = new WeakMap<Element, HTMLElement>(); // an observed box → the scroller it is, or is the content of
const contentOf = new WeakMap<HTMLElement, Element>(); // a scroller → the content box being observed
const resized = typeof ResizeObserver === 'function'
  ? new ResizeObserver((entries) => markScrollers(entries.flatMap((e) => scrollerOf.get(e.target) ?? [])))
  : null;
function scrolls(el: HTMLElement): boolean {
  if (el.closest('[aria-hidden="true"]') !== null) return false; // a live equation's KaTeX copy: nothing in it may take focus
  const downwards = /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1;
  return el.scrollWidth > el.clientWidth + 1 || downwards;
}
/** A caption's words (its equations as drawn: build-time MathML carries no TeX annotation). */
const captionText = (caption: Element | null): string | undefined => caption?.textContent?.replace(/\s+/g, ' ').trim();
/** Names a region after the table it holds, so regions stay distinguishable. */
function nameRegion(el: HTMLElement) {
  const caption = captionText(el.querySelector('caption'));
  const name = caption ? `${caption} · ${strings['scrollRegion'] ?? ''}` : strings['scrollRegion'] ?? '';
  if (el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
}
function markScrollers(boxes: HTMLElement[]) {
  const unique = [...new Set(boxes)];
  const overflowing = unique.map(scrolls); // every read before any write: one layout, not one per box
  unique.forEach((el, i) => {
    if (overflowing[i] && (el.dataset['scroller'] !== undefined || !el.hasAttribute('tabindex'))) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      nameRegion(el);
      el.dataset['scroller'] = '';
    } else if (!overflowing[i] && el.dataset['scroller'] !== undefined) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset['scroller'];
    }
  });
}
/** Starts observing boxes that are new (islands render some late) and content that was replaced. */
function watchScrollers() {
  const boxes = [...document.querySelectorAll<HTMLElement>(SCROLLERS)];
  if (resized === null) return markScrollers(boxes);
  for (const el of boxes) {
    if (!scrollerOf.has(el)) {
      scrollerOf.set(el, el);
      resized.observe(el);
    }
    const content = el.firstElementChild;
    const before = contentOf.get(el);
    if (content && before !== content) {
      if (before) resized.unobserve(before);
      contentOf.set(el, content);
      scrollerOf.set(content, el);
      resized.observe(content);
    }
  }
  // a caption can change without any size changing
  document.querySelectorAll<HTMLElement>('[data-scroller]').forEach(nameRegion);
}
let scrollerTimer: ReturnType<typeof setTimeout> | undefined;
watchScrollers();
new MutationObserver(() => {
  clearTimeout(scrollerTimer);
  scrollerTimer = setTimeout(watchScrollers, 100);
}).observe(document.body, { childList: true, characterData: true, subtree: true });

/* ---------- chapter menu (small screens) ---------- */
const menuButton = document.getElementById('menu-button');
const sidebar = document.getElementById('sidebar');
function setMenu(open: boolean) {
  sidebar?.classList.toggle('open', open);
  menuButton?.setAttribute('aria-expanded', String(open));
  if (open) sidebar?.querySelector<HTMLElement>('a, button')?.focus();
}
menuButton?.addEventListener('click', () => setMenu(!sidebar?.classList.contains('open')));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && sidebar?.classList.contains('open')) {
    setMenu(false);
    menuButton?.focus();
  }
});
sidebar?.addEventListener('click', (e) => {
  if ((e.target as HTMLElement).closest('a')) setMenu(false);
});

/* ---------- reading progress and the active heading ---------- */
const bar = document.querySelector<HTMLElement>('.reading-progress');
const article = document.querySelector<HTMLElement>('[data-reading]');
if (bar && article) {
  const update = () => {
    const rect = article.getBoundingClientRect();
    const total = rect.height - innerHeight;
    const done = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
    bar.style.transform = `scaleX(${done})`;
  };
  addEventListener('scroll', update, { passive: true });
  addEventListener('resize', update);
  update();
}
/*
 * The current section is the last heading above the top third of the window, worked out from
 * where the headings are after every scroll, so it is right after any jump: a link, Home, "back
 * to top". Above the first heading the first section is the current one.
 */
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
if (tocLinks.length > 0) {
  const entries = tocLinks.flatMap((a) => {
    const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    return heading ? [{ a, heading }] : [];
  });
  let current: string | null = null;
  const mark = () => {
    const line = innerHeight * 0.3;
    let active = entries[0];
    for (const e of entries) if (e.heading.getBoundingClientRect().top <= line) active = e;
    const id = active?.heading.id ?? null;
    if (id === current) return;
    current = id;
    for (const { a, heading } of entries) {
      const on = heading.id === id;
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  let queued = false;
  const onScroll = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('resize', onScroll);
  addEventListener('hashchange', onScroll);
  mark();
}

/* ---------- progress marks, continue link, visits ---------- */
const chapter = document.body.dataset['chapter'];
if (chapter) recordVisit(chapter, location.pathname);

progress.subscribe((p) => {
  for (const c of map) {
    const { status, solved, total } = chapterProgress(p, c.slug, c.exercises);
    document.querySelectorAll<HTMLElement>(`[data-progress-for="${c.slug}"]`).forEach((el) => {
      el.dataset['status'] = status;
      const label = strings[status] ?? '';
      el.textContent = el.dataset['style'] === 'long' ? `${label} · ${fill(strings['exercises'], { done: solved, total })}` : { notStarted: '', inProgress: '◐', completed: '●', mastered: '★' }[status];
      el.setAttribute('title', label);
      if (el.dataset['style'] !== 'long') el.setAttribute('aria-label', `${label}${strings['comma'] ?? ', '}${fill(strings['exercises'], { done: solved, total })}`);
    });
  }
  const cont = document.getElementById('continue-link') as HTMLAnchorElement | null;
  const last = map.find((c) => c.path === p.lastPath);
  if (cont && last) {
    cont.href = last.path;
    cont.textContent = fill(strings['continue'], { title: last.title });
    cont.hidden = false;
  }
});

/* ---------- storage notices ---------- */
const notice = document.getElementById('storage-notice');
storageState.subscribe((s) => {
  if (!notice) return;
  notice.hidden = s.kind === 'ok';
  notice.textContent = s.kind === 'unavailable' ? (strings['unavailable'] ?? '') : s.kind === 'corrupt' ? fill(strings['corrupt'], { key: s.backupKey }) : '';
});

/* ---------- export, import, reset ---------- */
const say = (text: string) => {
  const status = document.getElementById('progress-status');
  if (status) status.textContent = text;
};
document.getElementById('progress-export')?.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([exportProgress()], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'attention-course-progress.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
document.getElementById('progress-import')?.addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  say(importProgress(await file.text()) ? (strings['imported'] ?? '') : (strings['importFailed'] ?? ''));
  input.value = '';
});
document.getElementById('progress-reset')?.addEventListener('click', () => {
  if (confirm(strings['resetConfirm'] ?? '')) resetProgress();
});

/* ---------- search: its code loads on the reader's first search ---------- */
let openSearch: Promise<(selectQuery: boolean) => void> | null = null;
function search(selectQuery: boolean) {
  openSearch ??= import('./search.ts').then((m) => m.setUpSearch(strings));
  void openSearch.then((open) => open(selectQuery));
}
const searchButton = document.getElementById('search-button');
searchButton?.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
searchButton?.addEventListener('click', () => search(false));
document.addEventListener('keydown', (e) => {
  const typing = (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
  if (isSearchShortcut(e, typing !== null)) {
    e.preventDefault();
    search(true);
  }
});
