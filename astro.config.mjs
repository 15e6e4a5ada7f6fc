// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { katexOptions } from './src/components/tex.ts';
import rehypeMath from './src/components/rehype-math.ts';
import { lateStyles } from './src/build/late-styles.ts';

/** The static importer in an INEFFECTIVE_DYNAMIC_IMPORT message that only the page build has. */
const BUILD_TIME_ONLY = /but also statically imported by src\/\S+(\.astro|\/exercises\/index\.ts|\/build-data\.ts),/;

export default defineConfig({
  site: 'http://localhost:4321',
  // Chinese is the default locale at unprefixed URLs; English lives under /en/.
  i18n: { locales: ['zh', 'en'], defaultLocale: 'zh', routing: { prefixDefaultLocale: false } },
  markdown: {
    // KaTeX renders at build time into MathML only (drawn by the browser with a self-hosted math
    // font): no KaTeX JavaScript, CSS or HTML boxes. rehypeMath keeps inline math with the
    // punctuation after it and records headings' TeX for the table of contents.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, katexOptions], rehypeMath] }),
    // Code is set plainly in the site's own colours, like the chapters' NumPy blocks: Shiki's
    // inline-styled dark theme ignored the light theme (and the CSP would only allow it as attributes).
    syntaxHighlight: false,
  },
  integrations: [mdx(), svelte({ compilerOptions: { discloseVersion: false } }), lateStyles()],
  // A strict Content-Security-Policy on every page (a <meta> tag; Astro hashes its own scripts and
  // styles). What it allows, and why, is written out in README.md ("Security and offline use").
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'", // the model files, ONNX Runtime's .wasm, Pagefind's index
        "worker-src 'self'", // the model worker and the service worker, never blob:
        "img-src 'self' data:", // data: for KaTeX's SVG glyph pieces
        "font-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Scripts only from the site and by hash; WebAssembly compilation for ONNX Runtime and Pagefind.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // <style> and stylesheets by hash or from the site; style="" attributes (KaTeX's layout,
      // heatmap colours rendered on the server) need 'unsafe-inline' for attributes only.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  devToolbar: { enabled: false },
  server: { port: 4321 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // One chunk per kernel file: a page loads the kernel functions its islands use, and a
          // widget added elsewhere does not regroup the kernel into chunks this page must load whole.
          codeSplitting: { groups: [{ name: (id) => /\/src\/kernel\/([\w-]+)\.ts$/.exec(id)?.[1] ?? null }] },
        },
        // Astro marks MDX modules with "use astro:head-inject" (withastro/astro#18087): not ours to fix, so not printed.
        // What an island loads on demand (a widget's panels, an exercise's generator) the page build
        // renders at once, imported by build-time-only code (an .astro wrapper, a chapter's
        // exercises/index.ts, a build-data.ts): on that build the dynamic import has nothing to
        // split. The browser's build, where it matters, still warns.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && BUILD_TIME_ONLY.test(log.message)) return;
          handler(level, log);
        },
      },
    },
    // The model worker imports onnxruntime-web on demand, which needs an ES-module worker.
    worker: { format: 'es' },
    // A tag for this build: Pagefind's metadata URL changes with it (src/components/search.ts).
    define: { 'import.meta.env.BUILD_ID': JSON.stringify(Date.now().toString(36)) },
  },
});
