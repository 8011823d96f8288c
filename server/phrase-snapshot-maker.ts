/**
 * Bundled by esbuild.mjs at build time only (never shipped): lints the given texts with every rule, so every
 * phrase set a rule asks for is compiled, and returns the regex sources that were built.
 */
import { builtPatternSources } from './engine/match';
import { lint } from './linter';

export function makePhraseSnapshot(files: { text: string; filePath: string }[]): Record<string, string> {
  for (const f of files) lint(f.text, { filePath: f.filePath });
  return builtPatternSources();
}
