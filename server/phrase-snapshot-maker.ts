/**
 * Bundled by esbuild.mjs at build time only (never shipped): lints the given texts with every rule, so every
 * phrase set a rule asks for is compiled, and returns the regex sources and the pattern indexes that were built.
 */
import { builtPatternIndexes, builtPatternSources, PATTERN_INDEX_FORMAT, type PatternIndexSnapshot } from './engine/match';
import { lint } from './linter';

export function makePhraseSnapshot(files: { text: string; filePath: string }[]): Record<string, string> {
  for (const f of files) lint(f.text, { filePath: f.filePath });
  return builtPatternSources();
}

/** The pattern indexes built so far (call after makePhraseSnapshot), stamped with the build that reads them. */
export function makeIndexSnapshot(build: string): PatternIndexSnapshot {
  return { format: PATTERN_INDEX_FORMAT, build, patterns: builtPatternIndexes() };
}
