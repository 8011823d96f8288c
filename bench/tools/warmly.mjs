// Warmly's engine in-process (the same code the CLI and the language server run, with the same V8 setting they
// make before their first lint), bundled by bench/run.mjs.
import { createRequire } from 'node:module';
import { enginePath } from '../lib/paths.mjs';

export const name = 'warmly';
export async function setup() {
  const { lint, compileRegexpsOnce } = createRequire(import.meta.url)(enginePath);
  compileRegexpsOnce();
  return (text, filePath) => lint(text, { filePath }).findings.length;
}
