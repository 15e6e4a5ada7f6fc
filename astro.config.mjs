// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  site: 'http://localhost:4321',
  // Chinese is the default locale at unprefixed URLs; English lives under /en/.
  i18n: { locales: ['zh', 'en'], defaultLocale: 'zh', routing: { prefixDefaultLocale: false } },
  markdown: {
    // KaTeX renders at build time: static equations ship HTML + MathML, no KaTeX JavaScript.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
  integrations: [mdx(), svelte()],
  devToolbar: { enabled: false },
  server: { port: 4321 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The model worker imports onnxruntime-web on demand, which needs an ES-module worker.
    worker: { format: 'es' },
  },
});
