/**
 * The build-time snapshot of the phrase data, server/dist/phrase-snapshot.txt (written by esbuild.mjs from the
 * same sources as the bundles), loaded by the CLI, its workers and the language server before their first lint:
 * for each phrase pattern, its regex source (a cold start compiles a phrase regex without first building its source
 * text) and what a phrase set's index needs from it (first words, required words, gate, anchoring: see PatternIndex
 * in engine/match.ts; a cold start skips tokenizing every pattern of every set).
 *
 * Line by line, so that a start reads only what it needs: the first line is the header, JSON,
 * `{"format":5,"build":"…","count":n,"hashes":"…","arabic":"…","check":[…],"bytes":[…]}`; then one line per key with
 * its source, one line per key with its index (JSON, or null), and one line per key with the key itself
 * (`<language>\u0000<pattern>`, stored as sources are); `bytes` holds each of those lines' length in bytes, newline
 * included. A key is found by its hash: `hashes` has 8 hex digits per key (see keyHash), and the key lines a hash
 * leads to are read and compared before anything of that entry is used. The header thus stays small (~40 KB): holding the keys themselves, it was ~600 KB of mostly
 * Persian text whose decoding and parsing took 20-30 ms of every start.
 * `arabic` has one character per key, its index's Arabic-script flag (PatternIndex[2]: `1`, `0`, or `-` with no
 * index): whether a Persian set can match a block with no Arabic letter is then known without reading an index line
 * (see persianSetSpared in engine/match.ts). `check` names the entries with the shortest keys, which a start builds
 * again to compare before using the snapshot (see seedPhraseSnapshot).
 * A source or key line is `=` and the text as it is (decoding it is all a read costs), or JSON (null, or a text
 * with a line break or a lone surrogate in it). The file is read as bytes; a line is decoded when its pattern is first
 * asked for.
 * Missing, malformed, stale or from another build, the snapshot is ignored and everything is built as before: it
 * only ever saves time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPhraseSnapshot, type PhraseSnapshot } from './engine/match';

export const SNAPSHOT_FILE = 'phrase-snapshot.txt';
export const SNAPSHOT_FORMAT = 5;

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

/** The snapshot as written: the header line, then the sources, the indexes and the keys (see above). */
export function formatPhraseSnapshot(build: string, sources: Record<string, string>, indexes: Record<string, unknown>): string {
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
  const bytes = lines.map((l) => Buffer.byteLength(l));
  return `${JSON.stringify({ format: SNAPSHOT_FORMAT, build, count: keys.length, hashes, arabic, check, bytes })}\n${lines.join('')}`;
}

/** Reads a snapshot's bytes; undefined when they are not one (its lines are parsed later, each on first use). */
export function readPhraseSnapshot(bytes: Buffer): PhraseSnapshot | undefined {
  const firstEnd = bytes.indexOf(10);
  if (firstEnd < 0) return undefined;
  const header = JSON.parse(bytes.toString('latin1', 0, firstEnd)) as Record<string, unknown>;
  const { build, count, hashes, arabic, check, bytes: lengths } = header;
  if (header.format !== SNAPSHOT_FORMAT || typeof build !== 'string' || typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
  if (typeof hashes !== 'string' || hashes.length !== 8 * count || /[^0-9a-f]/.test(hashes)) return undefined;
  if (typeof arabic !== 'string' || arabic.length !== count || /[^01-]/.test(arabic)) return undefined;
  if (!Array.isArray(check) || !check.every((i) => Number.isInteger(i) && i >= 0 && i < count)) return undefined;
  if (!Array.isArray(lengths) || lengths.length !== 3 * count) return undefined;
  // Where each line starts: 3 per key after the header, and one past the last.
  const starts = new Int32Array(3 * count + 1);
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
      return JSON.parse(bytes.toString('utf8', starts[n], starts[n + 1] - 1));
    } catch {
      return null; // built instead
    }
  };
  /** A line that is `=` and a string as it is, or JSON. */
  const raw = (n: number): unknown => (bytes[starts[n]] === RAW ? bytes.toString('utf8', starts[n] + 1, starts[n + 1] - 1) : line(n));
  const keyAt = (i: number): string | null => { const key = raw(2 * count + i); return typeof key === 'string' ? key : null; };
  // Each hash's entries, the first as a number (almost every hash has one), more as an array.
  const byHash = new Map<number, number | number[]>();
  for (let i = 0; i < count; i++) {
    const h = parseInt(hashes.slice(8 * i, 8 * i + 8), 16);
    const had = byHash.get(h);
    byHash.set(h, had === undefined ? i : typeof had === 'number' ? [had, i] : [...had, i]);
  }
  const found = new Map<string, number | undefined>();
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
  };
}

/** Loads the snapshot beside the bundle; whether it is used. */
export function loadPhraseSnapshot(dir: string = __dirname, build: string | undefined = BUILD_ID): boolean {
  const file = join(dir, SNAPSHOT_FILE);
  if (!build || !existsSync(file)) return false;
  try {
    const snapshot = readPhraseSnapshot(readFileSync(file));
    return snapshot !== undefined && seedPhraseSnapshot(snapshot, build);
  } catch {
    return false;
  }
}
