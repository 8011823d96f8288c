/** The numbers both reports (markdown and HTML) show, computed once so they always agree. */
import type { Language } from '../../engine';
import { totals, type FileReport } from '../report';
import { scored } from './score-text';

export const BUCKETS = [[0, 19], [20, 39], [40, 59], [60, 79], [80, 100]] as const;

export interface Summary {
  files: number;
  scored: FileReport[];
  average: number;
  median: number;
  findings: number;
  errors: number;
  warnings: number;
  /** Templates per score bucket, coldest bucket first. */
  distribution: number[];
  /** Findings per rule, most first (ties by id). */
  perRule: [string, number][];
  perLanguage: Record<Language, { templates: number; average: number; findings: number }>;
}

const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

export function summarize(reports: readonly FileReport[]): Summary {
  const list = scored(reports);
  const scores = list.map((r) => r.score!.score);
  const perRule = new Map<string, number>();
  for (const r of reports) for (const m of r.messages) if (m.ruleId) perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
  const perLanguage = {} as Summary['perLanguage'];
  for (const lang of ['en', 'fa'] as const) {
    const of = list.filter((r) => r.score!.language === lang);
    perLanguage[lang] = { templates: of.length, average: mean(of.map((r) => r.score!.score)), findings: of.reduce((n, r) => n + r.messages.length, 0) };
  }
  const t = totals(reports);
  return {
    files: reports.length,
    scored: list,
    average: mean(scores),
    median: scores.length ? Math.round((scores[Math.floor((scores.length - 1) / 2)] + scores[Math.floor(scores.length / 2)]) / 2) : 0,
    findings: reports.reduce((n, r) => n + r.messages.length, 0),
    errors: t.errorCount,
    warnings: t.warningCount,
    distribution: BUCKETS.map(([lo, hi]) => scores.filter((s) => s >= lo && s <= hi).length),
    perRule: [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    perLanguage,
  };
}
