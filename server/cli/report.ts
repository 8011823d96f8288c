/** What the CLI knows about one linted file: plain data, so it can cross from a worker thread unchanged. */
import type { Severity } from '../engine';
import type { FileScore } from './score-file';

export type ReportSeverity = Exclude<Severity, 'off'>;

export interface EslintFix {
  range: [number, number];
  text: string;
}

export interface Message {
  /** Null for a problem with the file itself (binary, not UTF-8), as ESLint does for parse errors. */
  ruleId: string | null;
  severity: ReportSeverity;
  message: string;
  /** 1-based; columns in UTF-16 code units, as editors and SARIF count them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The preferred rewrite as one replacement, when there is one. */
  fix?: EslintFix;
  suggestions: { desc: string; fix: EslintFix }[];
  url?: string;
  fatal?: boolean;
  /** In a message catalog: the key of the message (`en.user_mailer.welcome.body`). */
  key?: string;
  /** The text the finding is about (at most 240 characters). */
  actual?: string;
  /** The source line it sits on, trimmed (at most 240 characters): with `actual`, what --baseline matches findings
   *  by, so an edit elsewhere in the file does not make a finding "new". */
  context?: string;
  /** With --baseline: whether the finding was in the baseline run. */
  baseline?: 'new' | 'unchanged';
  /** Locales of the same catalog where the same key has the same finding (two or more), e.g. ["en", "fa"]. */
  locales?: string[];
}

export interface FileReport {
  /** Absolute path (or the --stdin-filename as given, resolved). */
  filePath: string;
  messages: Message[];
  /** Problems fixed by --fix (or that --fix-dry-run would fix). */
  fixedCount: number;
  /** The fixed text, for --stdin --fix. */
  output?: string;
  /** A unified diff of the fixes, for --fix-dry-run. */
  diff?: string;
  /** A read or write failure: the run exits 2. */
  ioError?: string;
  /** The warmth score, when asked for (`warmly score`, `--format markdown|html`). */
  score?: FileScore;
}

export interface Totals {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  hintCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fixedCount: number;
  filesWithProblems: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const t: Totals = { errorCount: 0, warningCount: 0, infoCount: 0, hintCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fixedCount: 0, filesWithProblems: 0 };
  for (const r of reports) {
    t.fixedCount += r.fixedCount;
    if (r.messages.length) t.filesWithProblems++;
    for (const m of r.messages) {
      if (m.severity === 'error') t.errorCount++;
      else if (m.severity === 'warning') t.warningCount++;
      else if (m.severity === 'info') t.infoCount++;
      else t.hintCount++;
      if (m.fix) {
        if (m.severity === 'error') t.fixableErrorCount++;
        else t.fixableWarningCount++;
      }
    }
  }
  return t;
}
