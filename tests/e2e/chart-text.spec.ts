/**
 * Chart typesetting (screenshot review): on a 360 px phone every chart's text is big enough to
 * read, stays inside its picture and clear of the other labels; a heatmap's ring around a row's largest value never covers
 * the number; a head count of one is not "1 heads".
 */
import { expect, test } from './helpers.ts';

const phone = { width: 360, height: 740 };
/** A text box this tall is about an 11 px font (boxes run ~1.2 em). */
const MIN_BOX = 12;

test.describe('charts on a 360 px phone', () => {
  test.use({ viewport: phone });

  for (const path of ['/scaling/', '/en/scaling/', '/multi-head/', '/en/multi-head/', '/positional-encoding/', '/en/positional-encoding/', '/rnn-and-cnn/', '/en/rnn-and-cnn/']) {
    test(`${path}: chart text is readable and inside its picture`, async ({ page }) => {
      await page.goto(path);
      // the widgets' charts as served (drawn before measuring), then live at the phone's width
      for (const widget of await page.locator('section.widget').all()) await widget.scrollIntoViewIfNeeded();
      const problems = await page.evaluate((min) => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure.course-figure svg[role="img"], section.widget svg[role="img"]')) {
          const box = svg.getBoundingClientRect();
          if (box.width === 0) continue; // a copy drawn for another width (display: none)
          const seen: { s: string; r: DOMRect }[] = [];
          for (const text of svg.querySelectorAll('text')) {
            const r = text.getBoundingClientRect();
            if (r.width === 0 || !text.textContent?.trim()) continue;
            const name = `${svg.closest('figure')?.id || svg.closest('section.widget')?.className}: "${text.textContent.trim()}"`;
            if (r.height < min) out.push(`${name} is ${r.height.toFixed(1)} px tall`);
            const hit = seen.find((o) => r.left < o.r.right - 1 && o.r.left < r.right - 1 && r.top < o.r.bottom - 1 && o.r.top < r.bottom - 1);
            if (hit) out.push(`${name} overlaps "${hit.s}"`);
            seen.push({ s: text.textContent.trim(), r });
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) out.push(`${name} leaves its picture`);
          }
        }
        return out;
      }, MIN_BOX);
      expect(problems).toEqual([]);
    });
  }

  test('a scaling row label keeps its first letter, the spread notes do not overlap', async ({ page }) => {
    await page.goto('/en/scaling/');
    const spread = page.locator('#fig-spread svg');
    await spread.scrollIntoViewIfNeeded();
    const overlaps = await spread.evaluate((svg) => {
      const boxes = [...svg.querySelectorAll('text')].map((t) => ({ s: t.textContent ?? '', r: t.getBoundingClientRect() }));
      const bars = [...svg.querySelectorAll('rect.bar')].map((b) => b.getBoundingClientRect()).filter((b) => b.height > 0.5);
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const out: string[] = [];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => { if (hit(a.r, b.r)) out.push(`${a.s} × ${b.s}`); }));
      for (const a of boxes) if (bars.some((b) => hit(a.r, b))) out.push(`${a.s} × a bar`);
      return out;
    });
    expect(overlaps).toEqual([]);
  });
});

test('the per-head variance chart keeps its row labels whole', async ({ page }) => {
  await page.goto('/en/scaling/');
  const svg = page.locator('.dots svg').first();
  await svg.scrollIntoViewIfNeeded();
  const { labels, inside } = await svg.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const texts = [...el.querySelectorAll('text.row-label')];
    return { labels: texts.map((t) => t.textContent), inside: texts.every((t) => t.getBoundingClientRect().left >= box.left - 0.5) };
  });
  expect(labels[0]).toMatch(/^Layer 1|^layer 1/);
  expect(inside, 'every row label starts inside the picture').toBe(true);
});

test('the head splitter ringed the largest weight without covering its digits', async ({ page }) => {
  await page.goto('/en/multi-head/');
  const win = page.locator('.hs table.heat td.win').first();
  await win.scrollIntoViewIfNeeded();
  await expect(win).toBeVisible();
  const gap = await win.evaluate((td) => {
    const cell = td.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(td.querySelector('.num')!);
    const text = range.getBoundingClientRect();
    // the ring is the box-shadow's widest inset: its width is the gap the digits must keep from the edge
    const ring = Math.max(0, ...[...getComputedStyle(td).boxShadow.matchAll(/([\d.]+)px inset/g)].map((m) => Number(m[1])));
    return { ring, left: text.left - cell.left, right: cell.right - text.right, top: text.top - cell.top, bottom: cell.bottom - text.bottom };
  });
  expect(gap.ring, 'the cell is ringed').toBeGreaterThan(0);
  for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(gap[side], `the number keeps clear of the ring on the ${side}`).toBeGreaterThanOrEqual(gap.ring);
});

test('one head is "1 head", not "1 heads"', async ({ page }) => {
  await page.goto('/en/multi-head/');
  const text = await page.locator('#fig-heads-training').innerText();
  expect(text).toContain('1 head');
  expect(text).not.toMatch(/\b1 heads\b/);
});
