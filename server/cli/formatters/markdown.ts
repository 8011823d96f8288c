/**
 * A summary for a GitHub job summary ($GITHUB_STEP_SUMMARY): files, score distribution, findings per rule,
 * English vs Persian, and the coldest templates. File names come from the repository and may hold anything:
 * every cell is escaped so a name cannot break the table or inject HTML into the summary page.
 */
import type { FileReport } from '../report';
import { displayPath, type FormatContext } from './context';
import { BUCKETS, summarize } from './summary';
import { signedChange, type Comparison } from '../baseline';
import { comparisonHeadline } from './baseline-text';

const LOWEST = 10;

/** Markdown- and HTML-inert text for one table cell. */
export function mdCell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`);
}

const bar = (n: number, max: number) => (max ? '█'.repeat(Math.round((n / max) * 20)) : '');

export function formatMarkdown(reports: readonly FileReport[], ctx: FormatContext): string {
  const s = summarize(reports);
  const out: string[] = ['## Warmly: warmth report', ''];
  if (!s.scored.length) return `${out.join('\n')}\nNo templates were scored.\n${ctx.comparison ? `\n${comparisonMarkdown(ctx.comparison, ctx.cwd).join('\n')}\n` : ''}`;
  if (ctx.comparison) out.push(...comparisonMarkdown(ctx.comparison, ctx.cwd));
  out.push(`**${s.files}** file${s.files === 1 ? '' : 's'} · average warmth **${s.average}** · median ${s.median} · ${s.findings} finding${s.findings === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'})`, '');

  out.push('### Score distribution', '', '| Score | Templates | |', '|---|--:|---|');
  const most = Math.max(...s.distribution);
  BUCKETS.forEach(([lo, hi], i) => out.push(`| ${lo}–${hi} | ${s.distribution[i]} | ${bar(s.distribution[i], most)} |`));
  out.push('');

  out.push('### English and Persian', '', '| Language | Templates | Average warmth | Findings |', '|---|--:|--:|--:|');
  for (const [lang, name] of [['en', 'English'], ['fa', 'Persian']] as const) {
    const l = s.perLanguage[lang];
    if (l.templates) out.push(`| ${name} | ${l.templates} | ${l.average} | ${l.findings} |`);
  }
  out.push('');

  if (s.perRule.length) {
    out.push('### Findings per rule', '', '| Rule | Findings |', '|---|--:|');
    for (const [rule, n] of s.perRule) out.push(`| ${mdCell(rule)} | ${n} |`);
    out.push('');
  }

  out.push(`### Coldest templates`, '', '| Warmth | Template | Findings | Best single fix |', '|--:|---|--:|---|');
  for (const r of s.scored.slice(0, LOWEST)) {
    const best = [...r.score!.fixes].filter((f) => f.exact).sort((a, b) => b.gain - a.gain)[0];
    const fix = best && best.gain > 0 ? `+${best.gain} (${mdCell(best.ruleId)}, line ${best.line})` : '';
    out.push(`| ${r.score!.score} | ${mdCell(displayPath(r.filePath, ctx.cwd))} | ${r.messages.length} | ${fix} |`);
  }
  if (s.scored.length > LOWEST) out.push('', `…and ${s.scored.length - LOWEST} more. Run \`warmly score --explain FILE\` for any template's breakdown.`);
  return `${out.join('\n')}\n`;
}

/** The --baseline comparison: counts, each score change, and the new findings (the ones a reviewer asks about). */
function comparisonMarkdown(c: Comparison, cwd: string): string[] {
  const out = [`### Compared with ${mdCell(c.name)}`, '', comparisonHeadline(c), ''];
  const changed = c.files.filter((f) => f.scoreAfter !== undefined && (!f.before || (f.scoreBefore !== undefined && f.scoreBefore !== f.scoreAfter)));
  if (changed.length) {
    out.push('| Template | Before | Now | Change |', '|---|--:|--:|--:|');
    for (const f of changed) {
      const d = f.before && f.scoreBefore !== undefined ? signedChange(f.scoreAfter! - f.scoreBefore) : 'new file';
      out.push(`| ${mdCell(displayPath(f.report.filePath, cwd))} | ${f.scoreBefore ?? ''} | ${f.scoreAfter} | ${d} |`);
    }
    out.push('');
  }
  const fresh = c.files.flatMap((f) => f.newFindings.map((m) => ({ f, m })));
  if (fresh.length) {
    out.push('| New finding | Line | Rule | Message |', '|---|--:|---|---|');
    for (const { f, m } of fresh.slice(0, 30)) out.push(`| ${mdCell(displayPath(f.report.filePath, cwd))} | ${m.line} | ${mdCell(m.ruleId ?? '')} | ${mdCell(m.message)} |`);
    if (fresh.length > 30) out.push('', `…and ${fresh.length - 30} more.`);
    out.push('');
  }
  return out;
}
