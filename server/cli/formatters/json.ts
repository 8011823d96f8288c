/** ESLint's JSON shape, so tools that read ESLint results read these too. Severity: 2 error, 1 anything else. */
import { totals, type FileReport } from '../report';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map((r) => {
    const t = totals([r]);
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
    return result;
  }), null, 2) + '\n';
}
