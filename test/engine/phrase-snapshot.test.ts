/**
 * The build-time phrase snapshot (server/dist/phrase-snapshot.txt: each pattern's regex source and index) only
 * ever saves time: the one the build writes holds exactly what the code builds, a set compiled from it has the
 * index computing gives, and a snapshot that is stale, from another build or damaged is refused.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  compilePhrases, derivePatternIndex, dropPhraseSnapshot, findPhrases, patternSource, phraseSetIndex, seedPhraseSnapshot,
  type PatternIndex, type PhraseEntry, type PhraseSnapshot,
} from '../../server/engine/match';
import { normalizeString } from '../../server/engine/prose';
import type { Language } from '../../server/engine/types';
import { formatPhraseSnapshot, keyHash, loadPhraseSnapshot, readPhraseSnapshot, SNAPSHOT_FILE } from '../../server/phrase-snapshot';
import { ensureBuilt, ROOT } from '../lsp/harness';

const DIST = join(ROOT, 'server', 'dist');
const split = (key: string) => {
  const cut = key.indexOf('\u0000');
  return { language: key.slice(0, cut) as Language, pattern: key.slice(cut + 1) };
};

/** Every key a snapshot holds, in its order. */
const keysOf = (s: PhraseSnapshot) => Array.from({ length: s.count }, (_, i) => s.keyAt(i)!);

/** A snapshot in memory, as readPhraseSnapshot gives it, from sources and indexes by key. */
function inMemory(build: string, sources: Record<string, string>, indexes: Record<string, PatternIndex>): PhraseSnapshot {
  const snapshot = readPhraseSnapshot(Buffer.from(formatPhraseSnapshot(build, sources, indexes)));
  assert.ok(snapshot, 'a snapshot formatted by the build reads back');
  return snapshot;
}

/** Three plain patterns to pass the spot check (the shortest keys), built by this code. */
function honest(language: Language, patterns: string[]) {
  const sources: Record<string, string> = {};
  const indexes: Record<string, PatternIndex> = {};
  for (const p of patterns) {
    sources[`${language}\u0000${p}`] = patternSource(p, language);
    indexes[`${language}\u0000${p}`] = derivePatternIndex(p, language);
  }
  return { sources, indexes };
}

test('the snapshot the build writes holds, for every pattern, the source and the index this code computes', () => {
  ensureBuilt();
  const file = join(DIST, SNAPSHOT_FILE);
  assert.ok(existsSync(file), `the build writes server/dist/${SNAPSHOT_FILE}`);
  const snapshot = readPhraseSnapshot(readFileSync(file));
  assert.ok(snapshot, 'it reads back');
  assert.match(snapshot.build, /^[0-9a-f]{16}$/);
  const keys = keysOf(snapshot);
  assert.ok(keys.length > 300, `${keys.length} patterns: every rule's phrase data, both languages`);
  assert.ok(keys.some((k) => k.startsWith('fa\u0000')) && keys.some((k) => k.startsWith('en\u0000')));
  let indexed = 0;
  keys.forEach((key, i) => {
    assert.equal(snapshot.find(key), i, `${key}: found by its hash`);
    const { language, pattern } = split(key);
    const source = snapshot.sourceAt(i);
    if (source !== null) assert.equal(source, patternSource(pattern, language), key);
    const index = snapshot.indexAt(i);
    if (index !== null) {
      indexed++;
      assert.deepEqual(index, derivePatternIndex(pattern, language), key);
    }
    assert.equal(snapshot.arabicAt(i), index === null ? null : derivePatternIndex(pattern, language)[2], `${key}: its Arabic-script flag`);
  });
  assert.ok(indexed > 300, `${indexed} patterns have an index`);
  // The bundles carry the id the snapshot names (esbuild.mjs defines it): otherwise they would refuse it.
  assert.ok(readFileSync(join(DIST, 'cli.js'), 'utf8').includes(JSON.stringify(snapshot.build)), 'cli.js carries the build id');
});

test('a set compiled with a snapshot has the index computing it gives, and finds the same phrases', () => {
  // Patterns of every kind the index reads: anchored, word classes, prefixes, gaps, optional leads, Persian.
  const en: PhraseEntry[] = [
    { match: '^ (hey|hi) (folks|all|everyone)' },
    { match: 'please? (do|kindly) not (reply|respond) ... (mailbox|address)' },
    { match: 'regret* to (inform|tell) you' },
    { match: '... (was|were) (declined|refused)' },
    { match: 'our (team|staff) (will|shall) (get back|respond)' },
  ];
  const fa: PhraseEntry[] = [{ match: '(مشتری|کاربر) (گرامی|عزیز)' }, { match: '^ با (سلام|درود) (و احترام)?' }, { match: 'پاسخ (داده نمی‌شود|نخواهد شد)' }];
  const computed = { en: phraseSetIndex(compilePhrases(en, 'en')), fa: phraseSetIndex(compilePhrases(fa, 'fa')) };
  // The same patterns, but read from a snapshot: new spellings of the keys so no cache from above answers.
  const variant = (e: PhraseEntry) => ({ match: `${e.match} ` }); // tokenize trims: the same pattern, another key
  const enV = en.map(variant);
  const faV = fa.map(variant);
  const sources: Record<string, string> = {};
  const indexes: Record<string, PatternIndex> = {};
  for (const [language, list] of [['en', enV], ['fa', faV]] as const) {
    for (const e of list) indexes[`${language}\u0000${e.match}`] = derivePatternIndex(e.match, language);
  }
  Object.assign(sources, honest('en', ['we', 'us', 'you']).sources);
  Object.assign(indexes, honest('en', ['we', 'us', 'you']).indexes);
  try {
    assert.equal(seedPhraseSnapshot(inMemory('b1', sources, indexes), 'b1'), true);
    assert.deepEqual(phraseSetIndex(compilePhrases(enV, 'en')), computed.en);
    assert.deepEqual(phraseSetIndex(compilePhrases(faV, 'fa')), computed.fa);
    const text = normalizeString('Hey folks! Please do not reply to this mailbox. We regret to inform you that both were declined.');
    assert.deepEqual(findPhrases(text, compilePhrases(enV, 'en')).map((m) => [m.from, m.to]), findPhrases(text, compilePhrases(en, 'en')).map((m) => [m.from, m.to]));
  } finally {
    dropPhraseSnapshot();
  }
});

test('a snapshot entry is what a set uses once the snapshot is accepted', () => {
  const { sources, indexes } = honest('en', ['a', 'an', 'the']);
  // An index that no computation gives ("zzz" as a first word): seen in the set only if it came from the snapshot.
  indexes['en\u0000observed entry one'] = [[['zzz'], []], [['observed'], ['entry']], 0, 0];
  try {
    assert.equal(seedPhraseSnapshot(inMemory('b2', sources, indexes), 'b2'), true);
    const set = compilePhrases([{ match: 'observed entry one' }], 'en');
    assert.deepEqual(set.exact.get('zzz'), [0]);
    assert.equal(set.exact.get('observed'), undefined);
  } finally {
    dropPhraseSnapshot();
  }
});

test('a stale snapshot, one from another build or a damaged one is refused, and everything is computed as before', () => {
  const { sources, indexes } = honest('en', ['so', 'to', 'do']);
  const decoy: PatternIndex = [[['decoy'], []], [], 0, 0];
  indexes['en\u0000stale pattern kept out'] = decoy;
  const set = () => compilePhrases([{ match: 'stale pattern kept out' }], 'en');
  // Another build's snapshot.
  assert.equal(seedPhraseSnapshot(inMemory('other', sources, indexes), 'mine'), false);
  // Run from source (no build id): never used.
  assert.equal(seedPhraseSnapshot(inMemory('mine', sources, indexes), undefined), false);
  // The right build id, but entries this code would not build (the code changed without a rebuild of the file).
  const staleSources = { ...sources, 'en\u0000do': 'x' };
  assert.equal(seedPhraseSnapshot(inMemory('mine', staleSources, indexes), 'mine'), false);
  const staleIndexes = { ...indexes, 'en\u0000so': [null, null, 0, 1] as PatternIndex };
  assert.equal(seedPhraseSnapshot(inMemory('mine', sources, staleIndexes), 'mine'), false);
  assert.deepEqual(set().exact.get('stale'), [0], 'the index was computed');
  assert.equal(set().exact.get('decoy'), undefined);
  // Damaged bytes: cut short, or a header of another format.
  const bytes = Buffer.from(formatPhraseSnapshot('mine', sources, indexes));
  assert.equal(readPhraseSnapshot(bytes.subarray(0, bytes.length - 3)), undefined);
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace('"format":5', '"format":4'))), undefined);
  assert.equal(readPhraseSnapshot(Buffer.from('{"format":5')), undefined);
  // Arabic-script flags that do not fit the keys, or not flags at all.
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace(/"arabic":"([^"]*)"/, '"arabic":"$10"'))), undefined);
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace(/"arabic":"[^"]*"/, (m) => m.replace(/[01-](?=")/, 'x')))), undefined);
  // A key line that is not the key its hash names: that entry is not found (and so built), the others are.
  const good = readPhraseSnapshot(bytes)!;
  const so = good.find('en\u0000so')!;
  assert.equal(typeof so, 'number');
  const renamed = readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace('\n=en\u0000so\n', '\n=en\u0000sO\n')))!;
  assert.equal(renamed.find('en\u0000so'), undefined);
  assert.equal(renamed.find('en\u0000sO'), undefined, 'nor is the key the line now spells: its hash is another');
  assert.equal(renamed.find('en\u0000to'), good.find('en\u0000to'));
  assert.equal(good.find('en\u0000not in it'), undefined);
  // A spot check naming an entry that is not there.
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace(/"check":\[[^\]]*\]/, '"check":[99]'))), undefined);
  // A flag other than the index's (the spot check reads both).
  const flipped = readPhraseSnapshot(bytes)!;
  assert.equal(seedPhraseSnapshot({ ...flipped, arabicAt: (i) => (flipped.arabicAt(i) === 0 ? 1 : 0) }, 'mine'), false);
});

test('a source is stored as it is when it can be, else as JSON, and reads back the same either way', () => {
  const sources = {
    'en\u0000plain': '(?:we|us)\\s+(?:are|were)[^.!?\\n]{0,30}',
    'fa\u0000persian': '(?:مشتری|کاربر)[ ]?(?:گرامی|عزیز)',
    'en\u0000starts with equals': '=x',
    'en\u0000a line break': 'a\nb\r',
    'en\u0000a lone surrogate': 'x\uD800y',
    'en\u0000an emoji': '[\uD83D\uDE00-\uD83D\uDE4F]',
  };
  const text = formatPhraseSnapshot('b3', sources, {});
  assert.equal(text.split('\n').length, 1 + Object.keys(sources).length * 3 + 1, 'one line per source, per index and per key');
  assert.ok(text.includes('\n=(?:we|us)\\s+'), 'a plain source is stored as it is');
  const snapshot = readPhraseSnapshot(Buffer.from(text))!;
  keysOf(snapshot).forEach((key, i) => assert.equal(snapshot.sourceAt(i), sources[key as keyof typeof sources], key));
});

test('keys that share a hash are each found, by their own lines', () => {
  // keyHash reads a long key's length, every other character here and its last 8: these two differ only at one it skips.
  const a = `en\u0000${'ab'.repeat(30)}x`;
  const b = `${a.slice(0, 9)}Z${a.slice(10)}`;
  assert.equal(a.length, b.length);
  assert.notEqual(a, b);
  assert.equal(keyHash(a), keyHash(b), 'the two keys collide');
  const sources = { ...honest('en', ['so', 'to', 'do']).sources, [a]: 'source-a', [b]: 'source-b' };
  const snapshot = inMemory('b4', sources, {});
  assert.equal(snapshot.sourceAt(snapshot.find(a)!), 'source-a');
  assert.equal(snapshot.sourceAt(snapshot.find(b)!), 'source-b');
  assert.equal(snapshot.find(`${a.slice(0, 9)}Q${a.slice(10)}`), undefined, 'a third key with that hash is not in it');
});

test('loading from a directory: used only with the build id it names, never from a missing file', () => {
  ensureBuilt();
  const snapshot = readPhraseSnapshot(readFileSync(join(DIST, SNAPSHOT_FILE)))!;
  try {
    assert.equal(loadPhraseSnapshot(DIST, undefined), false, 'no build id (run from source): not used');
    assert.equal(loadPhraseSnapshot(DIST, 'another-build'), false);
    assert.equal(loadPhraseSnapshot(join(DIST, 'no-such-dir'), snapshot.build), false);
    assert.equal(loadPhraseSnapshot(DIST, snapshot.build), true);
  } finally {
    dropPhraseSnapshot();
  }
});

test('the built CLI finds the same problems with the snapshot and without it', () => {
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'warmly-snapshot-'));
  try {
    // A copy of the launchers and bundles with no snapshot beside them: it computes everything.
    cpSync(join(ROOT, 'server', 'bin'), join(work, 'bin'), { recursive: true });
    cpSync(DIST, join(work, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') && !f.endsWith(SNAPSHOT_FILE) });
    const lint = (bin: string) => {
      const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', join(ROOT, 'samples')], { encoding: 'utf8', env: { ...process.env, WARMLY_COMPILE_CACHE: 'off' }, maxBuffer: 64 * 1024 * 1024 });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      return JSON.parse(r.stdout.replaceAll(work, ROOT).replaceAll(join(ROOT, 'server', 'bin'), join(ROOT, 'bin'))) as unknown;
    };
    const withSnapshot = lint(join(ROOT, 'server', 'bin', 'warmly.js'));
    const without = lint(join(work, 'bin', 'warmly.js'));
    assert.ok(JSON.stringify(withSnapshot).length > 1000, 'the samples have findings');
    assert.deepEqual(withSnapshot, without);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
