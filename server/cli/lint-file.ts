/**
 * One file, start to finish: read it (refusing binary and non-UTF-8 text politely), fix it if asked, lint it,
 * and turn the findings into report messages. Runs on the main thread or in a worker; the result is the same.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extent } from '../engine/arrays';
import { applyEdits, LineIndex, type Finding, type LintOptions, type TextEdit } from '../engine';
import { fixText, lint } from '../linter';
import type { EslintFix, FileReport, Message } from './report';
import { describeIoError } from './io';
import { detachStrings } from './detach';
import { lineContext, scoreFile } from './score-file';
import { snapshotOf, writeAtomically, type Snapshot } from './write';
import { onFirstUse } from '../engine/lazy';

const diff = onFirstUse('diff', () => require('diff') as typeof import('diff'));

export interface LintJob {
  filePath: string;
  options: LintOptions;
  /** `write` fixes in place, `dry-run` only computes the diff, `stdout` returns the fixed text. */
  fix?: 'write' | 'dry-run' | 'stdout';
  /** Only these rules' rewrites are applied (--fix-type). */
  fixRules?: string[];
  /** Report errors only (--quiet). */
  quiet?: boolean;
  /** Bytes given on stdin instead of reading the file. */
  input?: Uint8Array;
  /** Name shown in diffs. */
  displayPath?: string;
  /** Real paths of the linted folders (and files named explicitly): --fix writes through no symlink leading elsewhere. */
  roots?: string[];
  /** Also compute the warmth score (`warmly score`, the markdown and HTML reports). */
  score?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** The encodings Warmly reads and writes back unchanged; UTF-16 only with its byte-order mark. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

type Decoded = { text: string; bom: boolean; encoding: Encoding };
type Read = (Decoded & { snapshot?: Snapshot }) | { problem: Message } | { ioError: string };

export function readTemplate(filePath: string): Read {
  let bytes: Buffer;
  let snapshot: Snapshot;
  try {
    // One descriptor for the stat and the bytes, so the snapshot describes exactly what was read.
    const fd = openSync(filePath, 'r');
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { ioError: 'not a regular file' };
      bytes = Buffer.alloc(st.size);
      let done = 0;
      while (done < bytes.length) {
        const n = readSync(fd, bytes, done, bytes.length - done, null);
        if (n === 0) break;
        done += n;
      }
      bytes = bytes.subarray(0, done);
      snapshot = snapshotOf(bytes, st);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return { ioError: describeIoError(err) };
  }
  const read = decode(bytes);
  return 'text' in read ? { ...read, snapshot } : read;
}

export function decode(bytes: Uint8Array): Decoded | { problem: Message } {
  // UTF-16 is full of NUL bytes, so its byte-order mark is looked for before the binary test.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  // As git does: a NUL byte in the first 8000 bytes means binary.
  if (bytes.subarray(0, 8000).includes(0)) return { problem: fileProblem('This looks like a binary file, so Warmly did not lint it.') };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { problem: fileProblem('This file is not valid UTF-8, so Warmly did not lint it; save it as UTF-8.') };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, encoding: 'utf-8' };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded | { problem: Message } {
  try {
    const text = (encoding === 'utf-16le' ? UTF16LE : UTF16BE).decode(bytes.subarray(2));
    return { text, bom: true, encoding };
  } catch {
    return { problem: fileProblem(`This file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}, so Warmly did not lint it.`) };
  }
}

/** The text in the encoding it was read in, byte-order mark included when it had one. */
export function encode(text: string, read: Decoded): Uint8Array {
  const full = (read.bom ? '\ufeff' : '') + text;
  if (read.encoding === 'utf-8') return Buffer.from(full, 'utf8');
  const le = Buffer.from(full, 'utf16le');
  if (read.encoding === 'utf-16be') le.swap16();
  return le;
}

function fileProblem(message: string): Message {
  return { ruleId: null, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], fatal: true };
}

export function lintFile(job: LintJob): FileReport {
  const report: FileReport = { filePath: job.filePath, messages: [], fixedCount: 0 };
  const read: Read = job.input ? decode(job.input) : readTemplate(job.filePath);
  if ('ioError' in read) return { ...report, ioError: `cannot read: ${read.ioError}` };
  if ('problem' in read) return { ...report, messages: [read.problem] };

  let text = read.text;
  if (job.fix) {
    const only = job.fixRules;
    const fixed = fixText(text, job.options, only ? (f) => only.includes(f.ruleId) : undefined);
    if (fixed.text !== text) {
      report.fixedCount = fixed.fixed;
      if (job.fix === 'dry-run') {
        const name = job.displayPath ?? job.filePath;
        // Without the Index/==== preamble: plain `diff -u` output that git apply and patch read.
        report.diff = diff().createTwoFilesPatch(`a/${name}`, `b/${name}`, text, fixed.text, undefined, undefined, { context: 3 }).replace(/^=+\r?\n/, '');
      } else if (job.fix === 'write') {
        const problem = writeAtomically(job.filePath, encode(fixed.text, read), { snapshot: 'snapshot' in read ? read.snapshot : undefined, roots: job.roots });
        if (problem) {
          // Skipped: say why, and report the findings of the text as it is on disk.
          report.fixedCount = 0;
          report.ioError = `not fixed: ${problem}`;
        }
      }
      if (!report.ioError) text = fixed.text;
    }
    if (job.fix === 'stdout') report.output = (read.bom ? '\ufeff' : '') + text;
  }

  let findings = lint(text, job.options).findings;
  if (job.quiet) findings = findings.filter((f) => f.severity === 'error');
  const lines = new LineIndex(text);
  report.messages = findings.map((f) => toMessage(f, text, lines));
  if (job.score) report.score = scoreFile(text, job.options);
  // The CLI keeps every report until the run ends: none may keep its file's text alive.
  return detachStrings(report);
}

/**
 * A job's report, or an internal error as its report: what a pool thread (a worker, or the main thread beside
 * them) answers, so a run's output does not depend on which thread linted a file.
 */
export function lintOrReport(job: LintJob): FileReport {
  try {
    return lintFile(job);
  } catch (err) {
    return { filePath: job.filePath, messages: [], fixedCount: 0, ioError: `internal error: ${(err as Error).stack ?? err}` };
  }
}

function toMessage(f: Finding, text: string, lines: LineIndex): Message {
  const s = lines.positionAt(f.range.start);
  const e = lines.positionAt(f.range.end);
  const suggestions = f.suggestions.map((sg) => ({ desc: sg.title, fix: asOneEdit(text, sg.edits) }));
  const message: Message = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    suggestions,
    url: f.url,
  };
  message.actual = f.actual.slice(0, 240);
  message.context = lineContext(text, f.range.start, s.character);
  if (suggestions.length) message.fix = suggestions[0].fix;
  if (f.catalogKey !== undefined) message.key = f.catalogKey;
  return message;
}

/** ESLint's fix is one replacement: several edits become one covering them, the text between kept. */
function asOneEdit(text: string, edits: readonly TextEdit[]): EslintFix {
  const start = extent(edits, (e) => e.range.start)?.min ?? 0;
  const end = extent(edits, (e) => e.range.end)?.max ?? 0;
  const shifted = edits.map((e) => ({ range: { start: e.range.start - start, end: e.range.end - start }, text: e.text }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted).text };
}
