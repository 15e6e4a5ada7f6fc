/**
 * The heatmap's legend must be true in both themes. The shading runs from --heat-low (weight 0)
 * to --heat-high (weight 1): dark on a light page, light on a dark page. So the legend may not
 * say "darker" or "lighter"; what holds in both themes is that a larger weight stands further
 * from the background. This test reads the two themes' colours from the stylesheet and checks
 * that claim, and that the legend makes it and no other. The attention-fan figures draw their
 * lines in --heat-high with an opacity that grows with the weight, so the same holds for them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zh, en } from '../../../src/i18n/strings/widget.ts';
import { zh as figZh, en as figEn } from '../../../src/i18n/strings/figure.ts';

/** Every widget's and figure's strings, by module: the same shading is described in many of them. */
const modules = import.meta.glob<{ zh: Record<string, string>; en: Record<string, string> }>('../../../src/i18n/strings/*.ts', { eager: true });

const css = readFileSync('src/styles/global.css', 'utf8');

/** The custom properties of one rule block: `:root {` or `:root[data-theme='dark'] {`. */
function theme(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`global.css has no ${selector} block`);
  const block = css.slice(start, css.indexOf('\n}', start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const light = theme(':root');
const dark = { ...light, ...theme(":root[data-theme='dark']") };

describe('the heatmap legend', () => {
  it.each([['light', light], ['dark', dark]] as const)('%s theme: a larger weight stands further from the background', (_name, t) => {
    for (const background of ['--bg', '--surface']) {
      const low = contrast(t['--heat-low']!, t[background]!);
      const high = contrast(t['--heat-high']!, t[background]!);
      expect(high, `${background}: weight 1 against weight 0`).toBeGreaterThan(2 * low);
      expect(low, `${background}: weight 0 is close to the background`).toBeLessThan(1.3);
    }
  });

  it('the two themes run in opposite directions, so neither “darker” nor “lighter” is true in both', () => {
    const lightDarker = luminance(light['--heat-high']!) < luminance(light['--heat-low']!);
    const darkDarker = luminance(dark['--heat-high']!) < luminance(dark['--heat-low']!);
    expect(lightDarker).toBe(true);
    expect(darkDarker).toBe(false);
  });

  it('says what is true in both themes, and nothing about dark or light', () => {
    expect(zh['widget.heatmapCaption']).not.toMatch(/深|浅|暗|亮/);
    expect(en['widget.heatmapCaption']).not.toMatch(/dark|light/i);
    expect(zh['widget.heatmapCaption']).toMatch(/背景/);
    expect(en['widget.heatmapCaption']).toMatch(/background/);
  });

  it('no widget or figure says a darker cell or line weighs more', () => {
    expect(Object.keys(modules).length, 'the strings modules are found').toBeGreaterThan(10);
    for (const [file, { zh: zhStrings, en: enStrings }] of Object.entries(modules)) {
      for (const [key, text] of Object.entries(zhStrings ?? {})) expect(text, `${file} ${key}`).not.toMatch(/(越|更)(深|浅|暗|黑)|颜色深/);
      for (const [key, text] of Object.entries(enStrings ?? {})) expect(text, `${file} ${key}`).not.toMatch(/\b(darker|lighter|paler)\b/i);
    }
  });
});

describe('the attention-fan figures’ legend and description', () => {
  it('draws the lines in --heat-high, the colour the contrast test above covers', () => {
    expect(css).toMatch(/\.fan-line\s*\{[^}]*stroke:\s*var\(--heat-high\)/);
  });

  it('says nothing about dark or light: a stronger line is darker in one theme and lighter in the other', () => {
    for (const key of ['figure.fan.legend', 'figure.fan.desc'] as const) {
      expect(figZh[key], key).not.toMatch(/深|浅|暗|越亮|更亮|黑|白/); // 高亮 (highlighted) is fine
      expect(figEn[key], key).not.toMatch(/dark|\blight|black|white|pale/i);
      // …and still says that thickness and prominence carry the weight
      expect(figZh[key], key).toMatch(/粗/);
      expect(figEn[key], key).toMatch(/thick/);
    }
  });
});
