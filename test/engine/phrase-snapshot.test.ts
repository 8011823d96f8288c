/**
 * The build-time snapshot of phrase regex sources (server/dist/phrase-sources.json) only ever saves time: the one
 * the build writes holds exactly what the code builds, and a snapshot that does not match the code is refused.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { patternSource, seedPatternSources } from '../../server/engine/match';
import type { Language } from '../../server/engine/types';
import { ensureBuilt, ROOT } from '../lsp/harness';

test('a snapshot whose sources this code would not build is refused, and the sources are built as before', () => {
  const pattern = 'we regret to inform you';
  const real = patternSource(pattern, 'en');
  // Stale: another build's sources for patterns this process has not built yet.
  const stale = { 'en\u0000a stale pattern one': 'x', 'en\u0000a stale pattern two': 'y', 'en\u0000a stale pattern three': 'z' };
  assert.equal(seedPatternSources(stale), false);
  assert.notEqual(patternSource('a stale pattern two', 'en'), 'y');
  assert.equal(patternSource(pattern, 'en'), real);
  assert.equal(seedPatternSources({}), false, 'an empty snapshot seeds nothing');
});

test('the snapshot the build writes holds, for every pattern, the source the code builds', () => {
  ensureBuilt();
  const file = join(ROOT, 'server', 'dist', 'phrase-sources.json');
  assert.ok(existsSync(file), 'the build writes server/dist/phrase-sources.json');
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const keys = Object.keys(snapshot);
  assert.ok(keys.length > 300, `${keys.length} patterns: every rule's phrase data, both languages`);
  assert.ok(keys.some((k) => k.startsWith('fa\u0000')) && keys.some((k) => k.startsWith('en\u0000')));
  for (const key of keys) {
    const cut = key.indexOf('\u0000');
    assert.equal(patternSource(key.slice(cut + 1), key.slice(0, cut) as Language), snapshot[key], key);
  }
  assert.equal(seedPatternSources(snapshot), true);
});
