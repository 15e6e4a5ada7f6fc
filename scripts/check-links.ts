/**
 * Every internal link and #anchor of the built site resolves (`npm run check:links`, after the
 * build; part of `npm test`). linkinator serves dist/ itself and follows every link from every
 * page, fragments included; links to other sites are listed, never fetched (the course runs
 * offline and its tests send nothing outside this machine).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LinkState, check } from 'linkinator';

const DIST = resolve(import.meta.dirname, '../dist');
const PORT = 4399;
// astro.config.mjs's `site`: absolute links to the site itself (hreflang alternates) are checked here.
const SITE = 'http://localhost:4321';
const LOCAL = new RegExp(`^http://(localhost|127\\.0\\.0\\.1):(${PORT}|4321)(/|$)`);

const external = new Set<string>();
const result = await check({
  path: DIST,
  port: PORT,
  recurse: true,
  checkFragments: true,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE}`), replacement: `http://localhost:${PORT}` }],
  linksToSkip: async (link) => {
    if (LOCAL.test(link) || !/^[a-z]+:/i.test(link)) return false;
    external.add(link);
    return true;
  },
});

// What was covered: linkinator lists each URL once and a fragment only when it is broken.
const html = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const hrefs = html.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!));
const anchors = hrefs.filter((h) => h.includes('#') && !/^[a-z]+:/i.test(h));
const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
const broken = result.links.filter((l) => l.state === LinkState.BROKEN);

console.log(`check-links: ${html.length} pages with ${hrefs.length} links (${anchors.length} to an #anchor): ${checked.length} distinct targets checked, ${external.size} links to other sites not fetched`);
for (const l of broken) console.log(`  BROKEN ${l.status ?? ''} ${l.url}\n    on ${l.parent ?? '?'}${l.failureDetails?.length ? `: ${String(l.failureDetails[0] instanceof Error ? l.failureDetails[0].message : JSON.stringify(l.failureDetails[0]))}` : ''}`);
if (broken.length > 0) {
  console.log(`check-links: ${broken.length} broken link(s)`);
  process.exit(1);
}
console.log('check-links: every internal link and anchor resolves');
