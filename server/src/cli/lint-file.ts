/**
 * One file, start to finish: read it (refusing binary and non-UTF-8 text politely), fix it if asked, lint it,
 * and turn the findings into report messages. Runs on the main thread or in a worker; the result is the same.
 */
import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { extent } from '../engine/arrays';
import { applyEdits, fixText, LineIndex, lint, type Finding, type LintOptions, type TextEdit } from '../engine';
import type { EslintFix, FileReport, Message } from './report';
import { describeIoError } from './io';
import { writeAtomically } from './write';

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
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Read = { text: string; bom: boolean } | { problem: Message } | { ioError: string };

export function readTemplate(filePath: string): Read {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (err) {
    return { ioError: describeIoError(err) };
  }
  return decode(bytes);
}

export function decode(bytes: Uint8Array): Read {
  // As git does: a NUL byte in the first 8000 bytes means binary.
  if (bytes.subarray(0, 8000).includes(0)) return { problem: fileProblem('This looks like a binary file, so Warmly did not lint it.') };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { problem: fileProblem('This file is not valid UTF-8, so Warmly did not lint it; save it as UTF-8.') };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
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
        report.diff = createTwoFilesPatch(`a/${name}`, `b/${name}`, text, fixed.text, undefined, undefined, { context: 3 }).replace(/^=+\r?\n/, '');
      } else if (job.fix === 'write') {
        const problem = writeAtomically(job.filePath, (read.bom ? '\ufeff' : '') + fixed.text);
        if (problem) return { ...report, fixedCount: 0, ioError: `not fixed: ${problem}` };
      }
      text = fixed.text;
    }
    if (job.fix === 'stdout') report.output = (read.bom ? '\ufeff' : '') + text;
  }

  let findings = lint(text, job.options).findings;
  if (job.quiet) findings = findings.filter((f) => f.severity === 'error');
  const lines = new LineIndex(text);
  report.messages = findings.map((f) => toMessage(f, text, lines));
  return report;
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
  if (suggestions.length) message.fix = suggestions[0].fix;
  return message;
}

/** ESLint's fix is one replacement: several edits become one covering them, the text between kept. */
function asOneEdit(text: string, edits: readonly TextEdit[]): EslintFix {
  const start = extent(edits, (e) => e.range.start)?.min ?? 0;
  const end = extent(edits, (e) => e.range.end)?.max ?? 0;
  const shifted = edits.map((e) => ({ range: { start: e.range.start - start, end: e.range.end - start }, text: e.text }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted).text };
}
