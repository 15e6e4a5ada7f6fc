/** Stylesheets of components that load later leave the <head>; the ones the page uses stay. */
import { describe, expect, it } from 'vitest';
import { deferLateStyles, scopesOf } from '../../../src/build/late-styles.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (head: string, body: string) => `<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

describe('late stylesheets', () => {
  const scopes = new Map([
    ['/_astro/site.css', scopesOf('body{margin:0}.card{padding:1rem}')],
    ['/_astro/Used.css', scopesOf('.cell.svelte-ab12cd{color:red}.row.svelte-ab12cd{display:flex}')],
    ['/_astro/Later.css', scopesOf('.panel.svelte-zz9yy8{gap:1rem}')],
    ['/_astro/Later2.css', scopesOf('.chart.svelte-qq7ww1 path{fill:none}')],
  ]);

  it('reads the Svelte scopes a sheet selects, and none from a global sheet', () => {
    expect([...scopesOf('.a.svelte-ab12cd{}.b.svelte-ab12cd{}.c.svelte-x1y2z3{}')].sort()).toEqual(['svelte-ab12cd', 'svelte-x1y2z3']);
    expect(scopesOf('body{margin:0}').size).toBe(0);
  });

  it('moves only the sheets that style nothing on the page, keeping their order, to the end of the body', () => {
    const html = page(
      link('/_astro/site.css') + link('/_astro/Used.css') + link('/_astro/Later.css') + link('/_astro/Later2.css'),
      '<main><div class="cell svelte-ab12cd">1</div></main>',
    );
    const out = deferLateStyles(html, scopes);
    expect(headOf(out)).toContain(link('/_astro/site.css'));
    expect(headOf(out)).toContain(link('/_astro/Used.css'));
    expect(headOf(out)).not.toContain('Later');
    expect(bodyOf(out)).toMatch(/<\/main><link rel="stylesheet" href="\/_astro\/Later\.css"><link rel="stylesheet" href="\/_astro\/Later2\.css"><\/body>/);
  });

  it('keeps a sheet when any one of its scopes is on the page', () => {
    const html = page(link('/_astro/Later2.css'), '<svg class="chart svelte-qq7ww1"></svg>');
    expect(deferLateStyles(html, scopes)).toBe(html);
  });

  it('never moves a sheet it knows nothing about, nor a global one', () => {
    const html = page(link('/_astro/site.css') + link('/other.css'), '<p>text</p>');
    expect(deferLateStyles(html, scopes)).toBe(html);
  });

  it('does not count a scope named only in another link as used', () => {
    const html = page(link('/_astro/Later.css') + '<link rel="stylesheet" href="/_astro/Later.css" data-note="svelte-zz9yy8">', '<p>text</p>');
    expect(headOf(deferLateStyles(html, scopes))).not.toContain('Later.css');
  });
});
