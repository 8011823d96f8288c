/**
 * The build-time phrase snapshot (server/dist/phrase-snapshot.txt: each pattern's regex source and index) only
 * ever saves time: the one the build writes holds exactly what the code builds, a set compiled from it has the
 * index computing gives, and a snapshot that is stale, from another build or damaged is refused.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  compilePhrases, derivePatternIndex, dropPhraseSnapshot, findPhrases, patternSource, persianSetSpared, phraseSetIndex, phraseSetText, seedPhraseSnapshot, wordsOf,
  type PatternIndex, type PhraseEntry, type PhraseSnapshot,
} from '../../server/engine/match';
import { normalizeString } from '../../server/engine/prose';
import type { Language } from '../../server/engine/types';
import { formatPhraseSnapshot, keyHash, loadPhraseSnapshot, pagedFile, readPhraseSnapshot, SNAPSHOT_FILE, SNAPSHOT_FORMAT } from '../../server/phrase-snapshot';
import { ensureBuilt, ROOT } from '../lsp/harness';

const DIST = join(ROOT, 'server', 'dist');
const split = (key: string) => {
  const cut = key.indexOf('\u0000');
  return { language: key.slice(0, cut) as Language, pattern: key.slice(cut + 1) };
};

/** Every key a snapshot holds, in its order. */
const keysOf = (s: PhraseSnapshot) => Array.from({ length: s.count }, (_, i) => s.keyAt(i)!);

/** A snapshot in memory, as readPhraseSnapshot gives it, from sources and indexes by key (and set records by text). */
function inMemory(build: string, sources: Record<string, string>, indexes: Record<string, PatternIndex>, sets: Record<string, PatternIndex[]> = {}): PhraseSnapshot {
  const snapshot = readPhraseSnapshot(Buffer.from(formatPhraseSnapshot(build, sources, indexes, sets)));
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
  // And every set the samples' lint compiled, whole: its patterns' indexes and its Arabic-script flag.
  assert.ok(snapshot.sets > 20, `${snapshot.sets} sets: every rule's, both languages`);
  for (let i = 0; i < snapshot.sets; i++) {
    const text: string = snapshot.setTextAt(i)!;
    const [language, ...patterns] = text.split('\u0000') as [Language, ...string[]];
    assert.equal(snapshot.findSet(text), i, `set ${i}: found by its text`);
    assert.equal(text, phraseSetText(language, patterns.map((match) => ({ match }))));
    const derived = patterns.map((p) => derivePatternIndex(p, language));
    assert.deepEqual(snapshot.setAt(i), derived, `set ${i}`);
    assert.equal(snapshot.setArabicAt(i), derived.every((d) => d[2] === 1) ? 1 : 0, `set ${i}: its flag`);
  }
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
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace(`"format":${SNAPSHOT_FORMAT}`, `"format":${SNAPSHOT_FORMAT - 1}`))), undefined);
  assert.equal(readPhraseSnapshot(Buffer.from(`{"format":${SNAPSHOT_FORMAT}`)), undefined);
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

test('a set the snapshot records whole is indexed from that record; a set it does not name, pattern by pattern', () => {
  const { sources, indexes } = honest('en', ['we', 'us', 'you']);
  const recorded: PhraseEntry[] = [{ match: 'observed set one' }, { match: 'observed set two' }];
  // Indexes no computation gives ("zzz", "yyy" as first words): seen in the set only if they came from its record.
  const decoys: PatternIndex[] = [[[['zzz'], []], [['observed'], ['set']], 0, 0], [[['yyy'], []], [['observed'], ['set']], 0, 0]];
  // The spot check reads the smallest set: an honest one.
  const sets = { [phraseSetText('en', recorded)]: decoys, 'en\u0000we': [derivePatternIndex('we', 'en')] };
  try {
    assert.equal(seedPhraseSnapshot(inMemory('s1', sources, indexes, sets), 's1'), true);
    const set = compilePhrases(recorded, 'en');
    assert.deepEqual(set.exact.get('zzz'), [0]);
    assert.deepEqual(set.exact.get('yyy'), [1]);
    // The same patterns in another order are another set: computed.
    const other = compilePhrases([recorded[1], recorded[0]], 'en');
    assert.equal(other.exact.get('zzz'), undefined);
    assert.deepEqual(other.exact.get('observed'), [0, 1]);
  } finally {
    dropPhraseSnapshot();
  }
});

test('a Persian set recorded as needing an Arabic letter is spared in a block without one, without its patterns looked up', () => {
  const { sources, indexes } = honest('en', ['we', 'us', 'you']);
  // Recorded as all-Arabic though its pattern is Latin (what no build writes): the set's flag is what decides.
  const entries: PhraseEntry[] = [{ match: 'latin words only' }];
  const sets = { [phraseSetText('fa', entries)]: [[null, null, 1, 0]] as PatternIndex[], 'en\u0000we': [derivePatternIndex('we', 'en')] };
  const text = normalizeString('latin words only here');
  try {
    assert.equal(seedPhraseSnapshot(inMemory('s2', sources, indexes, sets), 's2'), true);
    assert.equal(persianSetSpared(text, wordsOf(text), entries), true);
  } finally {
    dropPhraseSnapshot();
  }
  // Computed, the pattern needs no Arabic letter: not spared.
  assert.equal(persianSetSpared(text, wordsOf(text), [{ match: 'latin words only' }]), false);
});

test('a damaged set record is not used: a text that is not the set\'s, or a spot-checked set this code indexes otherwise', () => {
  const { sources, indexes } = honest('en', ['so', 'to', 'do']);
  const entries: PhraseEntry[] = [{ match: 'kept apart' }];
  const honestSets = { [phraseSetText('en', entries)]: [derivePatternIndex('kept apart', 'en')] };
  const bytes = Buffer.from(formatPhraseSnapshot('d1', sources, indexes, honestSets));
  const good = readPhraseSnapshot(bytes)!;
  assert.equal(good.findSet(phraseSetText('en', entries)), 0);
  assert.equal(seedPhraseSnapshot(good, 'd1'), true);
  dropPhraseSnapshot();
  // The set's text line spells another set: not found.
  const renamed = readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace('\n=en\u0000kept apart\n', '\n=en\u0000kept Apart\n')))!;
  assert.equal(renamed.findSet(phraseSetText('en', entries)), undefined);
  // The only set is the spot check: indexes this code does not derive refuse the whole snapshot.
  const stale = { [phraseSetText('en', entries)]: [[[['stale'], []], null, 0, 0]] as PatternIndex[] };
  assert.equal(seedPhraseSnapshot(inMemory('d1', sources, indexes, stale), 'd1'), false);
  // Set counts, flags or a check that do not fit: not a snapshot.
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace('"setArabic":"0"', '"setArabic":"01"'))), undefined);
  assert.equal(readPhraseSnapshot(Buffer.from(bytes.toString('utf8').replace('"setCheck":0', '"setCheck":3'))), undefined);
});

test('the snapshot read a page at a time from its file reads the same as read whole', () => {
  ensureBuilt();
  const file = join(DIST, SNAPSHOT_FILE);
  const whole = readPhraseSnapshot(readFileSync(file))!;
  const fd = openSync(file, 'r');
  try {
    const paged = readPhraseSnapshot(pagedFile(fd, fstatSync(fd).size))!;
    assert.equal(paged.count, whole.count);
    // Every key, source, index and set: lines cross the 64 KB pages at many places.
    for (let i = 0; i < whole.count; i++) {
      const key = whole.keyAt(i)!;
      assert.equal(paged.keyAt(i), key);
      assert.equal(paged.find(key), i);
      assert.deepEqual(paged.sourceAt(i), whole.sourceAt(i));
      assert.deepEqual(paged.indexAt(i), whole.indexAt(i));
    }
    assert.equal(paged.sets, whole.sets);
    for (let i = 0; i < whole.sets; i++) {
      const text = whole.setTextAt(i)!;
      assert.equal(paged.findSet(text), i);
      assert.deepEqual(paged.setAt(i), whole.setAt(i));
    }
  } finally {
    closeSync(fd);
  }
});
