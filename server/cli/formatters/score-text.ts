/**
 * `warmly score` for people at a terminal: one line per template, coldest first, and with --explain the
 * arithmetic behind each number (start, points lost per rule, points earned, what each fix gains).
 */
import type { FileReport } from '../report';
import type { Palette } from '../color';
import { printable } from '../printable';
import { displayPath } from './context';
import { formatComparisonText } from './baseline-text';
import type { Comparison } from '../baseline';

const LANGUAGE = { en: 'English', fa: 'Persian' } as const;
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** Reports with a score, coldest first (ties by path, so the order is stable). */
export function scored(reports: readonly FileReport[]): FileReport[] {
  return reports.filter((r) => r.score).sort((a, b) => a.score!.score - b.score!.score || a.filePath.localeCompare(b.filePath));
}

export function belowMinScore(reports: readonly FileReport[], min: number | undefined): FileReport[] {
  return min === undefined ? [] : scored(reports).filter((r) => r.score!.score < min);
}

/** The rounded average score, as every report shows it; undefined when nothing was scored. */
export function averageScore(reports: readonly FileReport[]): number | undefined {
  const list = scored(reports);
  return list.length ? Math.round(list.reduce((n, r) => n + r.score!.score, 0) / list.length) : undefined;
}

export function formatScoreText(reports: readonly FileReport[], ctx: { cwd: string; color: Palette; explain: boolean; comparison?: Comparison }): string {
  const c = ctx.color;
  const compared = new Map(ctx.comparison?.files.map((f) => [f.report, f]));
  /** The score change since the baseline, shown beside the score. */
  const change = (r: FileReport) => {
    const f = compared.get(r);
    if (!f) return '';
    if (!f.before) return `  ${c.gray('new file')}`;
    if (f.scoreBefore === undefined) return '';
    const d = r.score!.score - f.scoreBefore;
    return `  ${(d < 0 ? c.red : d > 0 ? c.green : c.gray)(`${signed(d)} since baseline`)}`;
  };
  const list = scored(reports);
  const paint = (n: number) => (n >= 80 ? c.green : n >= 50 ? c.yellow : c.red);
  const width = list.reduce((w, r) => Math.max(w, printable(displayPath(r.filePath, ctx.cwd)).length), 0);
  let out = '';
  for (const r of list) {
    const s = r.score!;
    const name = printable(displayPath(r.filePath, ctx.cwd));
    if (!ctx.explain) {
      out += `${paint(s.score)(String(s.score).padStart(3))}  ${name.padEnd(width)}  ${c.gray(s.language)}${change(r)}\n`;
      continue;
    }
    out += `\n${c.underline(name)}: warmth ${c.bold(paint(s.score)(String(s.score)))}/100 (${LANGUAGE[s.language]})${change(r)}\n`;
    out += `  ${'start'.padEnd(38)} ${String(s.base).padStart(4)}\n`;
    for (const p of s.penalties) {
      const what = `${p.ruleId} (${p.findings} finding${p.findings === 1 ? '' : 's'})`;
      out += `  ${c.red('−')} ${what.padEnd(36)} ${signed(-p.points).padStart(4)}${p.capped ? c.gray(`  capped; ${p.raw} before the cap`) : ''}\n`;
    }
    for (const k of s.credits) out += `  ${c.green('+')} ${k.id.padEnd(36)} ${signed(k.points).padStart(4)}  ${c.gray(printable(`"${k.evidence}"`))}\n`;
    out += `  ${'= score'.padEnd(38)} ${String(s.score).padStart(4)}\n`;
    if (s.fixes.length) {
      out += '  Fixes, and what each gains:\n';
      for (const f of s.fixes) {
        const gain = f.exact ? signed(f.gain) : `${signed(f.gain)} by hand`;
        out += `    ${c.gray(`${f.line}:${f.column}`.padEnd(7))} ${f.ruleId.padEnd(22)} ${gain.padStart(4)}  ${printable(f.rewrite ?? f.message)}\n`;
      }
    }
  }
  for (const r of ctx.explain ? list : []) {
    // A catalog: each message's own score, coldest first.
    const messages = [...(r.score!.messages ?? [])].sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
    if (!messages.length) continue;
    out += `\n${c.underline(printable(displayPath(r.filePath, ctx.cwd)))}: each message\n`;
    for (const m of messages) out += `  ${paint(m.score)(String(m.score).padStart(3))}  ${printable(m.key)}  ${c.gray(`${m.language}, ${m.findings} finding${m.findings === 1 ? '' : 's'}`)}\n`;
  }
  if (list.length > 1) {
    out += `\n${list.length} templates, average warmth ${averageScore(list)}, coldest ${list[0].score!.score}\n`;
  }
  if (ctx.comparison) out += formatComparisonText(ctx.comparison, ctx.cwd, c, false);
  return out;
}
