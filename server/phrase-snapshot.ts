/**
 * The build-time snapshots of the phrase data (written by esbuild.mjs from the same sources as the bundles), loaded
 * by the CLI, its workers and the language server before their first lint:
 *  - server/dist/phrase-sources.json, the phrase regex sources: a cold start compiles the phrase regexes without
 *    first building their ~860 KB of source text;
 *  - server/dist/phrase-indexes.json, what each phrase set's index needs from each pattern (first words, required
 *    words, gates, anchoring; see PatternIndex in engine/match.ts): a cold start skips tokenizing every pattern.
 * Missing, stale or from another build, a snapshot is ignored and what it holds is built as before: it only ever
 * saves time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPatternIndexes, seedPatternSources } from './engine/match';

export const SNAPSHOT_FILE = 'phrase-sources.json';
export const INDEX_SNAPSHOT_FILE = 'phrase-indexes.json';

/** Set by esbuild.mjs for the bundles (a digest of the engine's code); undefined when run from source. */
declare const __WARMLY_BUILD__: string | undefined;
export const BUILD_ID: string | undefined = typeof __WARMLY_BUILD__ === 'string' ? __WARMLY_BUILD__ : undefined;

/** What was seeded, for tests: the sources, and the pattern indexes. */
export interface SnapshotUse {
  sources: boolean;
  indexes: boolean;
}

export function loadPhraseSnapshot(dir: string = __dirname, build: string | undefined = BUILD_ID): boolean {
  return loadPhraseSnapshots(dir, build).sources;
}

export function loadPhraseSnapshots(dir: string = __dirname, build: string | undefined = BUILD_ID): SnapshotUse {
  return { sources: seedFrom(join(dir, SNAPSHOT_FILE), (json) => seedPatternSources(json as Record<string, string>)), indexes: seedFrom(join(dir, INDEX_SNAPSHOT_FILE), (json) => seedPatternIndexes(json, build)) };
}

function seedFrom(file: string, seed: (json: unknown) => boolean): boolean {
  if (!existsSync(file)) return false;
  try {
    return seed(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return false;
  }
}
