/**
 * The build-time snapshot of the phrase data, server/dist/phrase-snapshot.txt (written by esbuild.mjs from the
 * same sources as the bundles), loaded by the CLI, its workers and the language server before their first lint:
 * for each phrase pattern, its regex source (a cold start compiles a phrase regex without first building its source
 * text) and what a phrase set's index needs from it (first words, required words, gate, anchoring: see PatternIndex
 * in engine/match.ts; a cold start skips tokenizing every pattern of every set).
 *
 * Line by line, so that a start reads only what it needs: the first line is the header, JSON,
 * `{"format":4,"build":"…","keys":["<language>\u0000<pattern>", …],"arabic":"…","bytes":[…]}`; then one line per key
 * with its source, then one line per key with its index (JSON, or null); `bytes` holds each of those lines' length
 * in bytes, newline included. `arabic` has one character per key, its index's Arabic-script flag (PatternIndex[2]:
 * `1`, `0`, or `-` with no index): whether a Persian set can match a block with no Arabic letter is then known
 * without reading an index line (see persianSetSpared in engine/match.ts). A source line is `=` and the source as it is (decoding it is all a read costs), or JSON (null,
 * or a source with a line break or a lone surrogate in it). The file is read as bytes; a line is decoded when its
 * pattern is first asked for.
 * Missing, malformed, stale or from another build, the snapshot is ignored and everything is built as before: it
 * only ever saves time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPhraseSnapshot, type PhraseSnapshot } from './engine/match';

export const SNAPSHOT_FILE = 'phrase-snapshot.txt';
export const SNAPSHOT_FORMAT = 4;

/** A source that can stand on its line as it is: no line break, no lone surrogate (UTF-8 cannot carry one). */
const RAW_SAFE = /^(?:[^\n\r\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const RAW = 0x3d; // '='

/** Set by esbuild.mjs for the bundles (a digest of the engine's code and data); undefined when run from source. */
declare const __WARMLY_BUILD__: string | undefined;
export const BUILD_ID: string | undefined = typeof __WARMLY_BUILD__ === 'string' ? __WARMLY_BUILD__ : undefined;

/** The snapshot as written: the header line, then the sources, then the indexes (see above). */
export function formatPhraseSnapshot(build: string, sources: Record<string, string>, indexes: Record<string, unknown>): string {
  const keys = [...new Set([...Object.keys(sources), ...Object.keys(indexes)])].sort();
  const lines: string[] = [];
  for (const key of keys) {
    const source = sources[key];
    lines.push(`${typeof source === 'string' && RAW_SAFE.test(source) ? `=${source}` : JSON.stringify(source ?? null)}\n`);
  }
  for (const key of keys) lines.push(`${JSON.stringify(indexes[key] ?? null)}\n`);
  const arabic = keys.map((key) => { const flag = (indexes[key] as unknown[] | undefined)?.[2]; return flag === 1 ? '1' : flag === 0 ? '0' : '-'; }).join('');
  const bytes = lines.map((l) => Buffer.byteLength(l));
  return `${JSON.stringify({ format: SNAPSHOT_FORMAT, build, keys, arabic, bytes })}\n${lines.join('')}`;
}

/** Reads a snapshot's bytes; undefined when they are not one (its lines are parsed later, each on first use). */
export function readPhraseSnapshot(bytes: Buffer): PhraseSnapshot | undefined {
  const firstEnd = bytes.indexOf(10);
  if (firstEnd < 0) return undefined;
  const header = JSON.parse(bytes.toString('utf8', 0, firstEnd)) as { format?: unknown; build?: unknown; keys?: unknown; arabic?: unknown; bytes?: unknown };
  if (header.format !== SNAPSHOT_FORMAT || typeof header.build !== 'string' || !Array.isArray(header.keys) || !Array.isArray(header.bytes)) return undefined;
  const keys = header.keys as unknown[];
  const arabic = header.arabic;
  if (typeof arabic !== 'string' || arabic.length !== keys.length || /[^01-]/.test(arabic)) return undefined;
  const lengths = header.bytes as unknown[];
  if (lengths.length !== 2 * keys.length || !keys.every((k) => typeof k === 'string')) return undefined;
  // Where each line starts: 2 per key after the header, and one past the last.
  const starts = new Int32Array(2 * keys.length + 1);
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
  const sourceAt = (i: number): unknown => (bytes[starts[i]] === RAW ? bytes.toString('utf8', starts[i] + 1, starts[i + 1] - 1) : line(i));
  const arabicAt = (i: number) => (arabic[i] === '1' ? 1 : arabic[i] === '0' ? 0 : null);
  return { build: header.build, keys: keys as string[], sourceAt, indexAt: (i) => line(keys.length + i), arabicAt };
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
