/**
 * The build-time snapshot of the phrase regex sources (server/dist/phrase-sources.json, written by esbuild.mjs from
 * the same sources as the bundles): loaded by the CLI, its workers and the language server before their first
 * lint, so a cold start compiles the phrase regexes without first building their ~260 KB of source text.
 * Missing or stale, it is ignored and the sources are built as before: it only ever saves time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPatternSources } from './engine/match';

export const SNAPSHOT_FILE = 'phrase-sources.json';

export function loadPhraseSnapshot(dir: string = __dirname): boolean {
  const file = join(dir, SNAPSHOT_FILE);
  if (!existsSync(file)) return false;
  try {
    return seedPatternSources(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  } catch {
    return false;
  }
}
