/** The --baseline comparison for people at a terminal: counts, each new and fixed finding, each score change. */
import { signedChange, type Comparison } from '../baseline';
import type { Palette } from '../color';
import { printable } from '../printable';
import { displayPath } from './context';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 new, 3 fixed, 10 unchanged findings": the one line every output starts its comparison with. */
export function comparisonHeadline(c: Comparison): string {
  const t = c.totals;
  const missing = c.notInRun ? ` (${plural(c.notInRun, 'baseline file')} not in this run)` : '';
  return `${t.new} new, ${t.fixed} fixed, ${t.unchanged} unchanged finding${t.unchanged === 1 ? '' : 's'}${missing}`;
}

export function formatComparisonText(c: Comparison, cwd: string, color: Palette, scores = true): string {
  const name = (p: string) => printable(displayPath(p, cwd));
  let out = `\n${color.bold(`Compared with ${printable(c.name)}:`)} ${comparisonHeadline(c)}\n`;
  for (const f of c.files) {
    for (const m of f.newFindings) out += `  ${color.red('new  ')}  ${name(f.report.filePath)}:${m.line}:${m.column}  ${m.ruleId ?? ''}  ${printable(m.message)}\n`;
  }
  for (const f of c.files) {
    for (const b of f.fixed) out += `  ${color.green('fixed')}  ${name(f.report.filePath)}  ${b.ruleId ?? ''}  ${printable(b.message)}\n`;
  }
  for (const f of c.files) {
    if (!scores || f.scoreAfter === undefined) continue;
    if (!f.before) out += `  ${color.gray('warmth')} ${name(f.report.filePath)}  ${f.scoreAfter} (new file)\n`;
    else if (f.scoreBefore !== undefined && f.scoreBefore !== f.scoreAfter) {
      const d = f.scoreAfter - f.scoreBefore;
      out += `  ${color.gray('warmth')} ${name(f.report.filePath)}  ${f.scoreBefore} → ${f.scoreAfter} (${(d < 0 ? color.red : color.green)(signedChange(d))})\n`;
    }
  }
  return out;
}
