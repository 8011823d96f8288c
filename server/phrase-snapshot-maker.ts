/**
 * Bundled by esbuild.mjs at build time only (never shipped): lints the given texts with every rule, so every
 * phrase set a rule asks for is compiled, and returns the phrase snapshot (see server/phrase-snapshot.ts): the regex
 * sources of every entry of those sets, the index of every pattern and of every set.
 */
import { buildEverySource, builtPatternIndexes, builtPatternSources, builtSetIndexes, recordPhraseSets } from './engine/match';
import { lint } from './linter';
import { formatPhraseSnapshot } from './phrase-snapshot';

export function makePhraseSnapshot(files: { text: string; filePath: string }[], build: string): string {
  recordPhraseSets();
  for (const f of files) lint(f.text, { filePath: f.filePath });
  buildEverySource();
  return formatPhraseSnapshot(build, builtPatternSources(), builtPatternIndexes(), builtSetIndexes());
}
