/**
 * What the reader reads, checked at the source: the chapters (content/), every exercise text in
 * both languages (static and generated), and the UI strings. The course's material is five
 * source documents; the reader never sees their labels ("资料 003", "Source 004"), only the
 * paper or the work cited, or the claim itself ("a common tutorial writes …"). A TeX escape
 * such as \% must sit inside $…$, never in plain text. Chapters link only to chapters that exist,
 * and promise none that do not. tests/e2e/content.spec.ts checks the built pages as well.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercisesByChapter } from '../../../src/course/exercises.ts';
import { stringModules, ui } from '../../../src/i18n/ui.ts';
import { SEEDS, textsOf } from '../../helpers/bank-checks.ts';

/** Labels of the source documents, in either language. */
const SOURCE_LABEL = /资料\s*0\d\d|资料(中|里)的|source\s+0\d\d|\bthe sources\b/i;

/**
 * Math written as plain text, which belongs in $…$ as TeX: a root, a sum, a norm, a power (e^…,
 * 10000^…), a softmax applied to something, a subscript written with an underscore (d_k, J_ij).
 */
const PLAIN_MATH = /√|Σ|‖|[\p{L}\d)]\^|softmax\(|\p{L}_[\p{L}\d{]/u;

/** Text outside $…$ and $$…$$ (where TeX belongs). */
const outsideMath = (s: string): string => s.replace(/\$\$[\s\S]*?\$\$/g, ' ').replace(/\$[^$]*\$/g, ' ');

const chapterFiles = ['zh', 'en'].flatMap((locale) => readdirSync(`content/${locale}`).filter((f) => f.endsWith('.mdx')).map((f) => `content/${locale}/${f}`));
const slugs = new Set(readdirSync('content/zh').map((f) => /^\d\d-([a-z0-9-]+)\.mdx$/.exec(f)?.[1]).filter((s) => s !== undefined));

/** The prose of a chapter: without its import lines and code blocks (the snippets are code, not prose). */
const prose = (file: string): string => readFileSync(file, 'utf8').replace(/^import .*$/gm, '').replace(/```[\s\S]*?```/g, '');

/** Every text of every exercise, in both languages, with a few seeds of each generated one. */
const exerciseTexts: { id: string; text: string }[] = Object.values(exercisesByChapter).flat().flatMap((e) => {
  const questions = e.parametric ? SEEDS.slice(0, 5).map((seed) => e.generate(seed)) : [e.question];
  return questions.flatMap((q) => textsOf(q).flatMap((l) => [{ id: e.id, text: l.zh }, { id: e.id, text: l.en }]));
});

describe('no source-document labels reach the reader', () => {
  it.each(chapterFiles)('%s', (file) => {
    const hits = prose(file).split('\n').filter((l) => SOURCE_LABEL.test(l));
    expect(hits).toEqual([]);
  });

  it('in any exercise', () => {
    expect(exerciseTexts.filter((x) => SOURCE_LABEL.test(x.text)).map((x) => `${x.id}: ${x.text}`)).toEqual([]);
  });

  it('in any UI string', () => {
    for (const locale of ['zh', 'en'] as const) {
      const hits = Object.entries(ui[locale]).filter(([, v]) => SOURCE_LABEL.test(v));
      expect(hits).toEqual([]);
    }
  });

  it('the check itself catches a label', () => {
    for (const s of ['资料 003 写道', '拿资料000的句子', 'Source 004 says', '资料中的 numpy 例子']) expect(SOURCE_LABEL.test(s), s).toBe(true);
    expect(SOURCE_LABEL.test('想象你去图书馆查资料。')).toBe(false);
  });
});

describe('TeX stays inside math', () => {
  it('no exercise text has a literal \\% outside $…$', () => {
    const hits = exerciseTexts.filter((x) => outsideMath(x.text).includes('\\%'));
    expect(hits.map((x) => `${x.id}: ${x.text}`)).toEqual([]);
  });

  it('no exercise text, static or generated, writes math as plain text outside $…$ (√d_k, Σ, e^(…), ‖J‖, softmax(…))', () => {
    const hits = exerciseTexts.filter((x) => PLAIN_MATH.test(outsideMath(x.text).replace(/`[^`]*`/g, ' ')));
    expect([...new Set(hits.map((x) => `${x.id}: ${x.text}`))]).toEqual([]);
  });

  it('the plain-math check catches what the screenshot review found, and passes the same in TeX', () => {
    for (const s of ['除以 √dₖ', 'e^s̃ / Σ e^s̃', '‖J‖_F', 'max|J_ij|', 'σ_q²σ_k²', 'sin(pos / 10000^(2i/d))', 'softmax(S/4)', 'e^(分数之差)', 'e^a/(e^a + e^b)']) {
      expect(PLAIN_MATH.test(outsideMath(s)), s).toBe(true);
    }
    for (const s of ['除以 $\\sqrt{d_k}$', '$\\lVert J \\rVert_F$', '$\\mathrm{softmax}(S/4)$', 'the softmax of the scores', 'row 2, column 3']) {
      expect(PLAIN_MATH.test(outsideMath(s)), s).toBe(false);
    }
  });

  it('the check itself catches one', () => {
    expect(outsideMath('accuracy 97.5\\% on fresh sentences')).toContain('\\%');
    expect(outsideMath('accuracy $97.5\\%$ on fresh sentences')).not.toContain('\\%');
  });
});

/**
 * UI strings that keep plain-text math on purpose, because MathML cannot go where they are shown:
 * SVG text, an SVG's title or description, an aria-label or a live announcement (all read as plain
 * text), or a label shown as text beside labels that must stay text. Everything else writes its
 * math as $TeX$, typeset by the widget's wrapper (its module's TYPESET).
 */
const PLAIN_MATH_ALLOWED: ReadonlySet<string> = new Set([
  'scaling.lab.announce', // live announcement
  'scaling.sat.withShortSqrt', // part of the live announcement
  'scaling.sat.axisNorm', // SVG axis label
  'scaling.sat.curveNormTitle', // SVG <title>
  'scaling.sat.curveNormDesc', // SVG <desc>
  'demo.colScaled', // a MatrixView column label, shown as text like the reader's tokens beside it
  'headSplitter.weightsCaption', // heads numbered at run time: HTML <sub>/<sup>, and √ of a number
  'figure.shapes.desc', // SVG <desc>
  'scalingFig.spread.desc', // SVG <desc>
  'scalingFig.spread.scaled', // SVG text
  // build-time figure legends and labels, Unicode by the figures' own rule (components/figures/)
  'scalingFig.saturation.scaled', 'scalingFig.saturation.legend', 'scalingFig.training.scaled', 'scalingFig.training.legend',
]);

/** A UI string's text outside $…$ and outside its {placeholders} (a placeholder's name, d_k, is not math). */
const plainPart = (s: string): string => outsideMath(s).replace(/\{\w+\}/g, ' ');

describe('UI strings write their math as TeX', () => {
  const entries = Object.values(stringModules).flatMap((m) => (['zh', 'en'] as const).flatMap((locale) => Object.entries(m[locale] as Record<string, string>).map(([key, text]) => ({ locale, key, text }))));

  it('no UI string, in either language, has plain-text math outside $…$ (√, Σ, ‖, x^…, softmax(…), d_k) unless it is drawn where MathML cannot go', () => {
    const hits = entries.filter((e) => !PLAIN_MATH_ALLOWED.has(e.key) && PLAIN_MATH.test(plainPart(e.text)));
    expect(hits.map((e) => `${e.locale} ${e.key}: ${e.text}`)).toEqual([]);
  });

  it('every allowed key exists and still needs the exception', () => {
    for (const key of PLAIN_MATH_ALLOWED) {
      const found = entries.filter((e) => e.key === key);
      expect(found.length, key).toBe(2);
      expect(found.some((e) => PLAIN_MATH.test(plainPart(e.text))), `${key} no longer holds plain math: drop it from the list`).toBe(true);
    }
  });

  // (Modules without a TYPESET list are read by build-time components, which typeset every string.)
  it('in an island’s module, every string with $TeX$ is in its TYPESET list, so that its wrapper typesets it', () => {
    const untypeset = Object.values(stringModules).filter((m) => 'TYPESET' in m).flatMap((m) => {
      const typeset = new Set<string>(m.TYPESET as readonly string[]);
      return (['zh', 'en'] as const).flatMap((locale) => Object.entries(m[locale] as Record<string, string>).filter(([key, text]) => /\$[^$]+\$/.test(text) && !typeset.has(key)).map(([key]) => `${locale} ${key}`));
    });
    expect(untypeset).toEqual([]);
  });

  it('the check passes a placeholder and TeX, and catches what the review found', () => {
    for (const s of ['除以 $\\sqrt{d_k}$ 之后', '$d_k$ = {d_k}', '{head} 的权重']) expect(PLAIN_MATH.test(plainPart(s)), s).toBe(false);
    for (const s of ['除以 √{d_k} 之前', '雅可比范数 ‖J‖_F', '理论 σ_q²σ_k²', 'Σ：各项相加', 'q·k / √d_k']) expect(PLAIN_MATH.test(plainPart(s)), s).toBe(true);
  });
});

describe('links and forward references', () => {
  it.each(chapterFiles)('%s links only to chapters and pages that exist', (file) => {
    const locale = file.split('/')[1];
    const prefix = locale === 'en' ? '/en' : '';
    const text = prose(file);
    const hrefs = [...text.matchAll(/\]\((\/[^)\s]*)\)/g), ...text.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const path = href.split('#')[0]!;
      if (path.startsWith('/models/')) continue;
      const page = path.slice(prefix.length).replace(/^\/|\/$/g, '');
      expect(path.startsWith(`${prefix}/`), `${href} stays in the ${locale} edition`).toBe(true);
      expect(page === '' || page === 'glossary' || slugs.has(page), `${file} links to ${href}`).toBe(true);
    }
  });

  it.each(chapterFiles)('%s promises no chapter that does not exist', (file) => {
    const promises = /后面(有|会有)?(专门的)?一章|后面单独讲|后面会讲|后面的章节|以后再讲|later chapter|chapter of its own|comes later|later chapters/i;
    expect(prose(file).split('\n').filter((l) => promises.test(l))).toEqual([]);
  });

  it('the last chapter ends by saying where the course stops and pointing back to review', () => {
    for (const [locale, heading] of [['zh', '## 课程到这里告一段落'], ['en', '## Where the course stops, for now']] as const) {
      const files = readdirSync(`content/${locale}`).filter((f) => f.endsWith('.mdx')).sort();
      const text = readFileSync(`content/${locale}/${files.at(-1)}`, 'utf8');
      const closing = text.slice(text.lastIndexOf('\n## '));
      expect(closing.startsWith(`\n${heading}`), `${locale}: the last section is "${heading}"`).toBe(true);
      for (const slug of slugs) if (slug !== 'real-model') expect(closing, `${locale}: points back to ${slug}`).toContain(`/${slug}/`);
    }
  });
});

describe('wording the issue asked for', () => {
  const zh = chapterFiles.filter((f) => f.startsWith('content/zh/')).map(prose).join('\n');
  const en = chapterFiles.filter((f) => f.startsWith('content/en/')).map(prose).join('\n');

  it.each([
    ['就像用手指点着字，一个字一个字往下读'],
    ['别人凭什么找到我'],
    ['简史：从 LSTM 到 ChatGPT'],
    ['打开一个头看看'],
    ['这个任务本来就设计得很简单'],
    ['计算内核'],
  ])('zh says “%s”', (phrase) => expect(zh).toContain(phrase));

  it.each([
    ['一个字一个字地往后指着读'], ['凭什么“标签”被别人找到'], ['我凭什么被找到'], ['一段简短而准确的历史'], ['看进一个头的内部'], ['被设计得相当简单'], ['课程的计算核心'], ['自己的计算核心'],
    ['cross/old'], ['{heldOutCombos[0]}'], ['往河岸那边拉'],
  ])('zh no longer says “%s”', (phrase) => expect(zh).not.toContain(phrase));

  it('en says “It does one thing only: work out …” and “the other N tokens together get less than 0.001”', () => {
    expect(en).toContain('It does one thing only: work out');
    expect(en).toMatch(/the other \{tired\.others\} tokens together get less than 0\.001/);
    expect(en).not.toContain('{heldOutCombos[0]}');
    expect(en).not.toContain('pull towards the other kind of bank, the riverbank');
  });

  it('Chinese 银行 is never said to mean a riverbank', () => {
    expect(zh.split('\n').filter((l) => /银行/.test(l) && /河岸/.test(l) && !/bank/.test(l))).toEqual([]);
  });

  it('the real-model chapter says the paper uses post-LN, and that X = embedding + position holds for the first layer', () => {
    for (const text of [zh, en]) expect(text).toMatch(/post-LN/);
    expect(zh).toMatch(/第一层的 \$X = \\text\{嵌入\} \+ \\text\{位置编码\}\$/);
    expect(en).toMatch(/in the first layer, \$X = \\text\{embedding\} \+ \\text\{positional encoding\}\$/);
  });
});
