/** JUnit XML for CI dashboards: a test suite per file, a failing test case per finding. */
import type { FileReport } from '../report';
import { printable } from '../printable';
import { displayPath, type FormatContext } from './context';

// Control characters are shown as escapes (XML 1.0 cannot hold most of them, and a newline in an attribute
// would be read back as a space), then the five XML specials are escaped.
const xml = (s: string) => printable(s)
  .replace(/[\ufffe\uffff]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function formatJunit(reports: readonly FileReport[], ctx: FormatContext): string {
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const r of reports) {
    const name = xml(displayPath(r.filePath, ctx.cwd));
    const cases: string[] = [];
    for (const m of r.messages) {
      const rule = m.ruleId ?? 'warmly';
      const where = `${displayPath(r.filePath, ctx.cwd)}:${m.line}:${m.column}`;
      cases.push(
        `    <testcase classname="${name}" name="${xml(`${rule} at ${m.line}:${m.column}`)}" time="0">\n` +
        `      <failure message="${xml(m.message)}" type="${m.severity}">${xml(`${m.severity}: ${m.message} (${rule}) at ${where}`)}${m.url ? `\n${xml(m.url)}` : ''}</failure>\n` +
        '    </testcase>',
      );
    }
    if (!cases.length) cases.push(`    <testcase classname="${name}" name="warmly" time="0" />`);
    tests += cases.length;
    failures += r.messages.length;
    suites.push(`  <testsuite name="${name}" package="warmly" tests="${cases.length}" failures="${r.messages.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="warmly" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
