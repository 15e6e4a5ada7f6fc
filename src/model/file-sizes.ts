/**
 * Sizes of what the model demos download, measured at build time from the files the site serves
 * (for the load buttons and the chapter's prose). Node only: import it from .astro/.mdx code,
 * never from an island. Paths start at the project root, because this code runs bundled, away
 * from its source file.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = () => process.cwd();

/** onnxruntime-web's WebAssembly binary, the bulk of the runtime. */
export function runtimeBytes(): number {
  return statSync(createRequire(join(root(), 'package.json')).resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm')).size;
}

/** A file in public/models/. */
export function modelFileBytes(file: string): number {
  return statSync(join(root(), 'public', 'models', file)).size;
}
