/** Output for people: findings grouped by file, a summary line, and how many --fix would repair. */
import { totals, type FileReport, type ReportSeverity } from '../report';
import { printable } from '../printable';
import { displayPath, type FormatContext } from './context';
import { formatComparisonText } from './baseline-text';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(reports: readonly FileReport[], ctx: FormatContext): string {
  const c = ctx.color;
  const paint: Record<ReportSeverity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan, hint: c.gray };
  let out = '';
  for (const r of reports) {
    if (!r.messages.length) continue;
    out += `\n${c.underline(printable(displayPath(r.filePath, ctx.cwd)))}\n`;
    // Messages quote template text, which may hold any byte: printed escaped, never as terminal control.
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, m.severity, printable(m.message) + (m.key !== undefined ? c.gray(`  [${printable(m.key.length > 60 ? m.key.slice(0, 59) + '…' : m.key)}]`) : ''), m.ruleId ?? ''] as const);
    const posWidth = rows.reduce((w, row) => Math.max(w, row[0].length), 0);
    for (const [pos, severity, message, ruleId] of rows) {
      out += `  ${c.gray(pos.padEnd(posWidth))}  ${paint[severity](severity.padEnd(7))}  ${message}${ruleId ? `  ${c.gray(ruleId)}` : ''}\n`;
    }
  }
  const t = totals(reports);
  const advice = t.infoCount + t.hintCount;
  const total = t.errorCount + t.warningCount + advice;
  if (total) {
    const parts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning')];
    if (advice) parts.push(`${advice} info/hint`);
    const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(t.filesWithProblems, 'file')}`;
    out += `\n${(t.errorCount ? c.red : c.yellow)(c.bold(line))}\n`;
    const fixable = t.fixableErrorCount + t.fixableWarningCount;
    if (fixable) out += c.gray(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.\n`);
  }
  if (t.fixedCount) out += `${c.green(`Fixed ${plural(t.fixedCount, 'problem')}.`)}\n`;
  if (ctx.maxWarnings !== undefined && t.warningCount > ctx.maxWarnings) {
    out += c.red(`Warmly found too many warnings (maximum: ${ctx.maxWarnings}).\n`);
  }
  if (ctx.comparison) out += formatComparisonText(ctx.comparison, ctx.cwd, c);
  return out;
}
