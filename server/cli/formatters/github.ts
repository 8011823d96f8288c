/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { FileReport, ReportSeverity } from '../report';
import { printable } from '../printable';
import { displayPath, type FormatContext } from './context';

const COMMAND: Record<ReportSeverity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

// GitHub's own escaping (actions/toolkit's command.ts) keeps a value inside its command; `printable` first
// turns control characters into visible escapes, so a file name's newline or ESC is shown, not interpreted.
const escapeData = (s: string) => printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: readonly FileReport[], ctx: FormatContext): string {
  let out = '';
  for (const r of reports) {
    const file = escapeProperty(displayPath(r.filePath, ctx.cwd));
    for (const m of r.messages) {
      const props = [`file=${file}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(m.ruleId ?? 'warmly')}`];
      out += `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}\n`;
    }
  }
  return out;
}
