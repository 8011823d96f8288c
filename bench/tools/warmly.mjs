// Warmly's engine in-process (the same code the CLI and the language server run), bundled by bench/run.mjs.
import { createRequire } from 'node:module';
import { enginePath } from '../lib/paths.mjs';

export const name = 'warmly';
export async function setup() {
  const { lint } = createRequire(import.meta.url)(enginePath);
  return (text, filePath) => lint(text, { filePath }).findings.length;
}
