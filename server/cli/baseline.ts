/**
 * `--baseline previous.json`: this run compared with an earlier JSON run (`warmly lint --format json` or
 * `warmly score --format json`), so a pull request can be held to "no worse than main".
 *
 * Findings are matched by what they are about, never by offsets: rule, catalog key, the quoted text and its line,
 * so a paragraph added above leaves every finding below "unchanged". A finding whose line was edited around it
 * still matches by rule and quoted text, and a baseline from an older Warmly (no quoted text) by rule and message.
 * Matching is a multiset: two identical findings in the baseline and three now make one new.
 *
 * Files are matched by path relative to the working directory; a baseline made in another checkout (CI's
 * /home/runner/work/x vs a laptop) matches by the longest path suffix. Only files in this run are compared: a
 * baseline file this run did not lint is counted as "not in this run", not as fixed.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { describeIoError } from './io';
import type { FileReport, Message } from './report';

/** One finding as a baseline JSON file holds it. */
export interface BaselineFinding {
  ruleId: string | null;
  message: string;
  line: number;
  /** ESLint's: 2 error, 1 anything else. */
  severity: number;
  key?: string;
  actual?: string;
  context?: string;
}

export interface BaselineFile {
  /** As written in the baseline, with forward slashes. */
  path: string;
  score?: number;
  findings: BaselineFinding[];
}

export interface Baseline {
  /** The baseline file as given on the command line (named in every message about it). */
  name: string;
  files: BaselineFile[];
  /** True when the baseline carries warmth scores (`warmly score --format json`, or lint with a score option). */
  hasScores: boolean;
}

export class BaselineError extends Error {}

const MAKE_ONE = 'make one with "warmly score --format json -o FILE"';

/** Reads and checks a baseline file; throws a BaselineError with a one-line message naming the file. */
export function readBaseline(name: string, cwd: string): Baseline {
  let raw: string;
  try {
    raw = readFileSync(isAbsolute(name) ? name : `${cwd}${sep}${name}`, 'utf8');
  } catch (err) {
    throw new BaselineError(`${name}: cannot read the baseline: ${describeIoError(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (err) {
    throw new BaselineError(`${name}: the baseline is not valid JSON (${(err as Error).message.split('\n')[0]}); ${MAKE_ONE}`);
  }
  const bad = (what: string) => new BaselineError(`${name}: not a Warmly JSON report: ${what}; ${MAKE_ONE}`);
  if (!Array.isArray(data)) throw bad('expected an array of files');
  const files: BaselineFile[] = data.map((entry, i) => {
    if (!entry || typeof entry !== 'object') throw bad(`entry ${i + 1} is not an object`);
    const e = entry as Record<string, unknown>;
    if (typeof e.filePath !== 'string') throw bad(`entry ${i + 1} has no "filePath"`);
    if (!Array.isArray(e.messages)) throw bad(`entry ${i + 1} (${e.filePath}) has no "messages" array`);
    const findings = e.messages.map((m, j): BaselineFinding => {
      const msg = m as Record<string, unknown> | null;
      if (!msg || typeof msg !== 'object' || typeof msg.message !== 'string') throw bad(`message ${j + 1} of ${e.filePath} has no "message"`);
      return {
        ruleId: typeof msg.ruleId === 'string' ? msg.ruleId : null,
        message: msg.message,
        line: typeof msg.line === 'number' ? msg.line : 0,
        severity: msg.severity === 2 ? 2 : 1,
        key: typeof msg.key === 'string' ? msg.key : undefined,
        actual: typeof msg.actual === 'string' ? msg.actual : undefined,
        context: typeof msg.context === 'string' ? msg.context : undefined,
      };
    });
    const warmth = e.warmth as Record<string, unknown> | undefined;
    const score = warmth && typeof warmth.score === 'number' ? warmth.score : undefined;
    return { path: e.filePath.replace(/\\/g, '/'), score, findings };
  });
  return { name, files, hasScores: files.some((f) => f.score !== undefined) };
}

export interface FileComparison {
  report: FileReport;
  /** The baseline's entry for this file; undefined for a file new since the baseline. */
  before?: BaselineFile;
  /** Score in the baseline and now, when both runs scored. */
  scoreBefore?: number;
  scoreAfter?: number;
  newFindings: Message[];
  fixed: BaselineFinding[];
  unchanged: number;
}

export interface Comparison {
  name: string;
  files: FileComparison[];
  totals: { new: number; fixed: number; unchanged: number };
  /** Files whose score went down (file in both runs, both scored). */
  drops: FileComparison[];
  /** Baseline files this run did not lint (not counted as fixed). */
  notInRun: number;
}

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
type Keyed = { ruleId: string | null; key?: string; actual?: string; context?: string; message: string };
// Three ways to say "the same finding", strictest first. A key of undefined skips the pass for that finding.
const KEYS: ((f: Keyed) => string | undefined)[] = [
  (f) => (f.actual === undefined || f.context === undefined ? undefined : JSON.stringify([f.ruleId, f.key ?? '', squash(f.actual), squash(f.context)])),
  (f) => (f.actual === undefined ? undefined : JSON.stringify([f.ruleId, f.key ?? '', squash(f.actual)])),
  (f) => JSON.stringify([f.ruleId, f.key ?? '', squash(f.message)]),
];

/** Compares findings of one file; marks each current message `baseline: 'new' | 'unchanged'`. */
function compareFindings(now: Message[], before: BaselineFinding[]): { fresh: Message[]; fixed: BaselineFinding[]; unchanged: number } {
  let left = [...now];
  let gone = [...before];
  let unchanged = 0;
  for (const keyOf of KEYS) {
    const pool = new Map<string, BaselineFinding[]>();
    for (const b of gone) {
      const k = keyOf(b);
      if (k !== undefined) pool.set(k, [...(pool.get(k) ?? []), b]);
    }
    const matched = new Set<BaselineFinding>();
    left = left.filter((m) => {
      const k = keyOf(m);
      const hit = k === undefined ? undefined : pool.get(k)?.shift();
      if (!hit) return true;
      matched.add(hit);
      m.baseline = 'unchanged';
      unchanged++;
      return false;
    });
    gone = gone.filter((b) => !matched.has(b));
  }
  for (const m of left) m.baseline = 'new';
  return { fresh: left, fixed: gone, unchanged };
}

/** The baseline entry for a file of this run: same path relative to `cwd`, else the longest matching suffix. */
function matcher(baseline: Baseline, cwd: string): (filePath: string) => BaselineFile | undefined {
  const rel = (p: string) => {
    if (!isAbsolute(p)) return p.replace(/^\.\//, '');
    const r = relative(cwd, p);
    return r && !r.startsWith('..') && !isAbsolute(r) ? r.split(sep).join('/') : p;
  };
  const byRel = new Map(baseline.files.map((f) => [rel(f.path), f]));
  return (filePath) => {
    const mine = rel(filePath);
    const exact = byRel.get(mine);
    if (exact) return exact;
    // Another checkout: the baseline path that shares the most trailing segments (at least the file name).
    const parts = mine.split('/');
    let best: BaselineFile | undefined;
    let bestN = 0;
    for (const f of baseline.files) {
      const theirs = f.path.split('/');
      let n = 0;
      while (n < parts.length && n < theirs.length && parts[parts.length - 1 - n] === theirs[theirs.length - 1 - n]) n++;
      if (n > bestN) { best = f; bestN = n; }
    }
    return bestN >= Math.min(parts.length, 2) ? best : undefined;
  };
}

/** `errorsOnly` (--quiet): this run reports errors only, so the baseline's other findings are not "fixed". */
export function compareWithBaseline(reports: readonly FileReport[], baseline: Baseline, cwd: string, errorsOnly = false): Comparison {
  const find = matcher(baseline, cwd);
  const used = new Set<BaselineFile>();
  const files: FileComparison[] = reports.map((report) => {
    const before = find(report.filePath);
    if (before) used.add(before);
    const earlier = (before?.findings ?? []).filter((f) => !errorsOnly || f.severity === 2);
    const { fresh, fixed, unchanged } = compareFindings(report.messages, earlier);
    return { report, before, scoreBefore: before?.score, scoreAfter: report.score?.score, newFindings: fresh, fixed, unchanged };
  });
  const sum = (f: (c: FileComparison) => number) => files.reduce((n, c) => n + f(c), 0);
  return {
    name: baseline.name,
    files,
    totals: { new: sum((c) => c.newFindings.length), fixed: sum((c) => c.fixed.length), unchanged: sum((c) => c.unchanged) },
    drops: files.filter((c) => c.scoreBefore !== undefined && c.scoreAfter !== undefined && c.scoreAfter < c.scoreBefore),
    notInRun: baseline.files.filter((f) => !used.has(f)).length,
  };
}

/** "−12", "+5", "±0". */
export const signedChange = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
