/**
 * Stylesheets that style nothing a page serves move from its <head> to the end of its <body>.
 *
 * Astro links a component's CSS to every page of a route when an island imports that component
 * on demand (a panel that loads on the reader's first action, the head inspector): all chapters
 * share one route, so every page asked for about fifteen stylesheets before its first paint, one
 * slow round trip each on a phone. A Svelte component's CSS is scoped by a class (`svelte-1a2b3c`);
 * a sheet none of whose classes appears in the page's HTML styles nothing until an island renders
 * that component, and Vite fetches the sheet again with the component's code anyway. At the end
 * of <body> it no longer delays the first paint, and it is still there, cached, for what comes later.
 * Sheets without a Svelte scope (the site's own) never move.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SCOPE = /svelte-[a-z0-9]+/g;
const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const hrefOf = (link: string) => /\bhref="([^"]+)"/.exec(link)?.[1];

/** The Svelte scope classes a stylesheet's rules select. */
export function scopesOf(css: string): Set<string> {
  return new Set(css.match(SCOPE));
}

/**
 * The page with each stylesheet link whose sheet is scoped (listed in `scopes` by href) and
 * matches none of the page's elements moved to the end of <body>, in their order.
 */
export function deferLateStyles(html: string, scopes: ReadonlyMap<string, ReadonlySet<string>>): string {
  const used = new Set(html.replace(STYLESHEET_LINK, '').match(SCOPE));
  const late: string[] = [];
  const kept = html.replace(STYLESHEET_LINK, (link) => {
    const sheet = scopes.get(hrefOf(link) ?? '');
    if (sheet === undefined || sheet.size === 0 || [...sheet].some((s) => used.has(s))) return link;
    late.push(link);
    return '';
  });
  if (late.length === 0 || !kept.includes('</body>')) return html;
  return kept.replace('</body>', `${late.join('')}</body>`);
}

/** Rewrites every built page once the build is done. */
export function lateStyles(): AstroIntegration {
  return {
    name: 'late-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
        const scopes = new Map(
          files.filter((f) => f.endsWith('.css')).map((f) => [`/${f.split('\\').join('/')}`, scopesOf(readFileSync(join(root, f), 'utf8'))]),
        );
        let moved = 0;
        for (const page of files.filter((f) => f.endsWith('.html'))) {
          const path = join(root, page);
          const html = readFileSync(path, 'utf8');
          const out = deferLateStyles(html, scopes);
          if (out !== html) {
            writeFileSync(path, out);
            moved++;
          }
        }
        logger.info(`${moved} pages: stylesheets for components loaded later moved after the content`);
      },
    },
  };
}
