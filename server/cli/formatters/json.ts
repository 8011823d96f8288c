/**
 * ESLint's JSON shape, so tools that read ESLint results read these too. Severity: 2 error, 1 anything else.
 * Warmly adds, where it knows them: each finding's quoted text and line (`actual`, `context`: what --baseline
 * matches by), the points its fix gains (`gain`), the file's warmth score with its breakdown (`warmth`, and per
 * catalog message `warmth.messages`), and with --baseline how each finding and the file compare (`baseline`).
 * `warmly score --format json` always carries the scores, so its output is the baseline to keep.
 */
import { totals, type FileReport, type Message } from '../report';
import type { FormatContext } from './context';

export function formatJson(reports: readonly FileReport[], ctx?: FormatContext): string {
  const compared = new Map(ctx?.comparison?.files.map((c) => [c.report, c]));
  return JSON.stringify(reports.map((r) => {
    const t = totals([r]);
    const gain = (m: Message) => r.score?.fixes.find((f) => f.ruleId === m.ruleId && f.line === m.line && f.column === m.column && f.exact)?.gain;
    const result: Record<string, unknown> = {
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity === 'error' ? 2 : 1,
        ...(m.fatal ? { fatal: true } : {}),
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix ? { fix: m.fix } : {}),
        suggestions: m.suggestions,
        // Message catalogs: the key of the message the finding is in.
        ...(m.key !== undefined ? { key: m.key } : {}),
        ...(m.locales ? { locales: m.locales } : {}),
        ...(m.actual !== undefined ? { actual: m.actual } : {}),
        ...(m.context !== undefined ? { context: m.context } : {}),
        ...(gain(m) !== undefined ? { gain: gain(m) } : {}),
        ...(m.baseline ? { baseline: m.baseline } : {}),
      })),
      suppressedMessages: [],
      errorCount: t.errorCount,
      fatalErrorCount: r.messages.filter((m) => m.fatal).length,
      warningCount: r.messages.length - t.errorCount,
      fixableErrorCount: t.fixableErrorCount,
      fixableWarningCount: t.fixableWarningCount,
      usedDeprecatedRules: [],
    };
    if (r.output !== undefined) result.output = r.output;
    if (r.score) result.warmth = r.score;
    const c = compared.get(r);
    if (c) {
      result.baseline = c.before
        ? { warmth: c.scoreBefore ?? null, new: c.newFindings.length, fixed: c.fixed, unchanged: c.unchanged }
        : { warmth: null, new: c.newFindings.length, fixed: [], unchanged: 0, newFile: true };
    }
    return result;
  }), null, 2) + '\n';
}
