/**
 * The build-time snapshot of the phrase data, server/dist/phrase-snapshot.txt (written by esbuild.mjs from the
 * same sources as the bundles), loaded by the CLI, its workers and the language server before their first lint:
 * for each phrase pattern, its regex source (a cold start compiles a phrase regex without first building its source
 * text) and what a phrase set's index needs from it (first words, required words, gate, anchoring: see PatternIndex
 * in engine/match.ts; a cold start skips tokenizing every pattern of every set).
 *
 * Line by line, so that a start reads only what it needs: the first line is the header, JSON,
 * `{"format":6,"build":"…","count":n,"hashes":"…","arabic":"…","check":[…],"sets":m,"setHashes":"…","setArabic":"…",
 * "setCheck":i,"bytes":[…]}`; then one line per key with its source, one line per key with its index (JSON, or null),
 * one line per key with the key itself (`<language>\u0000<pattern>`, stored as sources are), and two lines per phrase
 * set the build's lint compiled: its text (its language and patterns joined by U+0000, see phraseSetText in
 * engine/match.ts; stored as keys are) and its patterns' indexes (one JSON array). `bytes` holds each of those lines'
 * length in bytes, newline included. A first lint indexes a dozen English sets of ~800 patterns: from their set
 * lines, that is a dozen native compares and parses instead of ~800 key lookups, compares and parses. A set is found
 * by the hash of its text (`setHashes`, 8 hex digits each) and its text line compared before it is used; `setArabic`
 * is each set's Arabic-script flag (every index's [2] is 1), so an English document spares Persian sets without
 * reading their indexes; `setCheck` is the smallest set, built again and compared at start, as `check`'s keys are. A key is found by its hash: `hashes` has 8 hex digits per key (see keyHash), and the key lines a hash
 * leads to are read and compared before anything of that entry is used. The header thus stays small (~40 KB): holding the keys themselves, it was ~600 KB of mostly
 * Persian text whose decoding and parsing took 20-30 ms of every start.
 * `arabic` has one character per key, its index's Arabic-script flag (PatternIndex[2]: `1`, `0`, or `-` with no
 * index): whether a Persian set can match a block with no Arabic letter is then known without reading an index line
 * (see persianSetSpared in engine/match.ts). `check` names the entries with the shortest keys, which a start builds
 * again to compare before using the snapshot (see seedPhraseSnapshot).
 * A source or key line is `=` and the text as it is (decoding it is all a read costs), or JSON (null, or a text
 * with a line break or a lone surrogate in it). The file is read in 64 KB pages as its lines are first asked for
 * (see pagedFile), and a line is decoded when its pattern or set is first asked for.
 * Missing, malformed, stale or from another build, the snapshot is ignored and everything is built as before: it
 * only ever saves time.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { seedPhraseSnapshot, type PhraseSnapshot } from './engine/match';

export const SNAPSHOT_FILE = 'phrase-snapshot.txt';
export const SNAPSHOT_FORMAT = 6;

/** A source that can stand on its line as it is: no line break, no lone surrogate (UTF-8 cannot carry one). */
const RAW_SAFE = /^(?:[^\n\r\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const RAW = 0x3d; // '='

/** Set by esbuild.mjs for the bundles (a digest of the engine's code and data); undefined when run from source. */
declare const __WARMLY_BUILD__: string | undefined;
export const BUILD_ID: string | undefined = typeof __WARMLY_BUILD__ === 'string' ? __WARMLY_BUILD__ : undefined;

/**
 * How the header names a key without spelling it out: FNV-1a over its length and at most ~40 of its UTF-16 code
 * units (spread over it, and its last 8), so a start hashes its ~1,300 keys (200 characters on average) in well
 * under a millisecond. Keys that share a hash are each still found: their lines are compared.
 */
export function keyHash(key: string): number {
  const n = key.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  const step = n > 32 ? Math.floor(n / 32) : 1;
  for (let i = 0; i < n; i += step) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  for (let i = n > 8 ? n - 8 : 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The snapshot as written: the header line, then the sources, the indexes, the keys and the sets (see above). */
export function formatPhraseSnapshot(build: string, sources: Record<string, string>, indexes: Record<string, unknown>, sets: Record<string, unknown[]> = {}): string {
  const keys = [...new Set([...Object.keys(sources), ...Object.keys(indexes)])].sort();
  const lines: string[] = [];
  for (const key of keys) {
    const source = sources[key];
    lines.push(`${typeof source === 'string' && RAW_SAFE.test(source) ? `=${source}` : JSON.stringify(source ?? null)}\n`);
  }
  for (const key of keys) lines.push(`${JSON.stringify(indexes[key] ?? null)}\n`);
  for (const key of keys) lines.push(`${RAW_SAFE.test(key) ? `=${key}` : JSON.stringify(key)}\n`);
  const hashes = keys.map((key) => keyHash(key).toString(16).padStart(8, '0')).join('');
  const arabic = keys.map((key) => { const flag = (indexes[key] as unknown[] | undefined)?.[2]; return flag === 1 ? '1' : flag === 0 ? '0' : '-'; }).join('');
  const check = keys.map((key, i) => i).sort((a, b) => keys[a].length - keys[b].length || a - b).slice(0, 3);
  const setTexts = Object.keys(sets).sort();
  for (const text of setTexts) lines.push(`${RAW_SAFE.test(text) ? `=${text}` : JSON.stringify(text)}\n`, `${JSON.stringify(sets[text])}\n`);
  const setHashes = setTexts.map((text) => keyHash(text).toString(16).padStart(8, '0')).join('');
  const setArabic = setTexts.map((text) => (sets[text].every((index) => (index as unknown[] | null)?.[2] === 1) ? '1' : '0')).join('');
  const setCheck = setTexts.length ? setTexts.map((text, i) => i).sort((a, b) => sets[setTexts[a]].length - sets[setTexts[b]].length || a - b)[0] : -1;
  const bytes = lines.map((l) => Buffer.byteLength(l));
  return `${JSON.stringify({ format: SNAPSHOT_FORMAT, build, count: keys.length, hashes, arabic, check, sets: setTexts.length, setHashes, setArabic, setCheck, bytes })}\n${lines.join('')}`;
}

/**
 * A snapshot's bytes: all in memory, or the file read a page at a time as lines are asked for (see pagedFile).
 * `text` decodes bytes [start, end) as UTF-8 (Latin-1 for the header, which is ASCII).
 */
export interface SnapshotBytes {
  length: number;
  /** Where the first line ends (its newline), or -1. */
  firstLineEnd(): number;
  byteAt(at: number): number;
  text(start: number, end: number, encoding?: 'utf8' | 'latin1'): string;
}

function inMemory(bytes: Buffer): SnapshotBytes {
  return {
    length: bytes.length,
    firstLineEnd: () => bytes.indexOf(10),
    byteAt: (at) => bytes[at],
    text: (start, end, encoding = 'utf8') => bytes.toString(encoding, start, end),
  };
}

/** Bytes read from the snapshot file in pages of this size, each when a line in it is first asked for. */
const PAGE_BYTES = 64 * 1024;

/**
 * The snapshot file read a page at a time: a start asks for the header, a dozen English sets and a few hundred
 * sources and keys, a fraction of the ~3 MB file (reading it whole was ~15-25 ms of a cold start here: fresh memory
 * for every megabyte). The descriptor stays open for the process's life, so a rebuild that replaces the file never
 * mixes two builds' bytes (the build removes the file and writes a new one).
 */
export function pagedFile(fd: number, length: number): SnapshotBytes {
  const pages = new Map<number, Buffer>();
  const page = (n: number): Buffer => {
    let buffer = pages.get(n);
    if (!buffer) {
      const size = Math.min(PAGE_BYTES, length - n * PAGE_BYTES);
      buffer = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const got = readSync(fd, buffer, read, size - read, n * PAGE_BYTES + read);
        if (got === 0) throw new Error('phrase snapshot: file shorter than it was');
        read += got;
      }
      pages.set(n, buffer);
    }
    return buffer;
  };
  const slice = (start: number, end: number): Buffer => {
    const first = Math.floor(start / PAGE_BYTES);
    const last = Math.floor((end - 1) / PAGE_BYTES);
    if (end <= start) return Buffer.alloc(0);
    if (first === last) return page(first).subarray(start - first * PAGE_BYTES, end - first * PAGE_BYTES);
    const parts: Buffer[] = [];
    for (let n = first; n <= last; n++) parts.push(page(n).subarray(n === first ? start - n * PAGE_BYTES : 0, n === last ? end - n * PAGE_BYTES : PAGE_BYTES));
    return Buffer.concat(parts);
  };
  return {
    length,
    firstLineEnd() {
      for (let n = 0; n * PAGE_BYTES < length; n++) {
        const at = page(n).indexOf(10);
        if (at >= 0) return n * PAGE_BYTES + at;
      }
      return -1;
    },
    byteAt: (at) => page(Math.floor(at / PAGE_BYTES))[at % PAGE_BYTES],
    text: (start, end, encoding = 'utf8') => slice(start, end).toString(encoding),
  };
}

/** Reads a snapshot's bytes; undefined when they are not one (its lines are parsed later, each on first use). */
export function readPhraseSnapshot(source: Buffer | SnapshotBytes): PhraseSnapshot | undefined {
  const bytes = Buffer.isBuffer(source) ? inMemory(source) : source;
  const firstEnd = bytes.firstLineEnd();
  if (firstEnd < 0) return undefined;
  const header = JSON.parse(bytes.text(0, firstEnd, 'latin1')) as Record<string, unknown>;
  const { build, count, hashes, arabic, check, sets, setHashes, setArabic, setCheck, bytes: lengths } = header;
  if (header.format !== SNAPSHOT_FORMAT || typeof build !== 'string' || typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
  if (typeof hashes !== 'string' || hashes.length !== 8 * count || /[^0-9a-f]/.test(hashes)) return undefined;
  if (typeof arabic !== 'string' || arabic.length !== count || /[^01-]/.test(arabic)) return undefined;
  if (!Array.isArray(check) || !check.every((i) => Number.isInteger(i) && i >= 0 && i < count)) return undefined;
  if (typeof sets !== 'number' || !Number.isInteger(sets) || sets < 0) return undefined;
  if (typeof setHashes !== 'string' || setHashes.length !== 8 * sets || /[^0-9a-f]/.test(setHashes)) return undefined;
  if (typeof setArabic !== 'string' || setArabic.length !== sets || /[^01]/.test(setArabic)) return undefined;
  if (typeof setCheck !== 'number' || !Number.isInteger(setCheck) || setCheck < -1 || setCheck >= sets || (setCheck === -1) !== (sets === 0)) return undefined;
  if (!Array.isArray(lengths) || lengths.length !== 3 * count + 2 * sets) return undefined;
  // Where each line starts: 3 per key after the header, 2 per set, and one past the last.
  const starts = new Int32Array(lengths.length + 1);
  let at = firstEnd + 1;
  for (let line = 0; line < lengths.length; line++) {
    const length = lengths[line];
    if (typeof length !== 'number' || !(length >= 1)) return undefined;
    starts[line] = at;
    at += length;
  }
  starts[lengths.length] = at;
  if (at !== bytes.length) return undefined;
  const line = (n: number): unknown => {
    try {
      return JSON.parse(bytes.text(starts[n], starts[n + 1] - 1));
    } catch {
      return null; // built instead
    }
  };
  /** A line that is `=` and a string as it is, or JSON. */
  const raw = (n: number): unknown => {
    try {
      return bytes.byteAt(starts[n]) === RAW ? bytes.text(starts[n] + 1, starts[n + 1] - 1) : line(n);
    } catch {
      return null; // unreadable: built instead
    }
  };
  const keyAt = (i: number): string | null => { const key = raw(2 * count + i); return typeof key === 'string' ? key : null; };
  // Each hash's entries, the first as a number (almost every hash has one), more as an array.
  const byHash = new Map<number, number | number[]>();
  for (let i = 0; i < count; i++) {
    const h = parseInt(hashes.slice(8 * i, 8 * i + 8), 16);
    const had = byHash.get(h);
    byHash.set(h, had === undefined ? i : typeof had === 'number' ? [had, i] : [...had, i]);
  }
  const found = new Map<string, number | undefined>();
  // Sets by the hash of their text; a set's text line is compared whole (natively) before the set is used.
  const setsByHash = new Map<number, number[]>();
  for (let i = 0; i < sets; i++) {
    const h = parseInt(setHashes.slice(8 * i, 8 * i + 8), 16);
    const had = setsByHash.get(h);
    if (had) had.push(i);
    else setsByHash.set(h, [i]);
  }
  const setTextAt = (i: number): string | null => { const text = raw(3 * count + 2 * i); return typeof text === 'string' ? text : null; };
  const foundSets = new Map<string, number | undefined>();
  return {
    build,
    count,
    check: check as number[],
    keyAt,
    find(key) {
      // Asked for the source, the index and the flag of a pattern: the key line is read and compared once.
      if (found.has(key)) return found.get(key);
      const candidates = byHash.get(keyHash(key));
      let entry: number | undefined;
      if (typeof candidates === 'number') entry = keyAt(candidates) === key ? candidates : undefined;
      else entry = candidates?.find((i) => keyAt(i) === key);
      found.set(key, entry);
      return entry;
    },
    sourceAt: raw,
    indexAt: (i) => line(count + i),
    arabicAt: (i) => (arabic[i] === '1' ? 1 : arabic[i] === '0' ? 0 : null),
    findSet(text) {
      if (foundSets.has(text)) return foundSets.get(text);
      const set = setsByHash.get(keyHash(text))?.find((i) => setTextAt(i) === text);
      foundSets.set(text, set);
      return set;
    },
    sets,
    setTextAt,
    setAt: (i) => line(3 * count + 2 * i + 1),
    setArabicAt: (i) => (setArabic[i] === '1' ? 1 : 0),
    setCheck,
  };
}

/** Loads the snapshot beside the bundle; whether it is used. */
export function loadPhraseSnapshot(dir: string = __dirname, build: string | undefined = BUILD_ID): boolean {
  const file = join(dir, SNAPSHOT_FILE);
  if (!build || !existsSync(file)) return false;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const snapshot = readPhraseSnapshot(pagedFile(fd, fstatSync(fd).size));
    if (snapshot !== undefined && seedPhraseSnapshot(snapshot, build)) return true;
  } catch {
    // unreadable or damaged: not used
  }
  if (fd !== undefined) closeSync(fd);
  return false;
}
