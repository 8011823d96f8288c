/**
 * The warmth score of one file as plain report data (it crosses from a worker thread): the engine's `Score`
 * with each finding placed on its line, the line quoted for context, and the preferred rewrite shown.
 */
import { LineIndex, type LintOptions } from '../engine';
import { scoreText, type Credit, type Penalty } from '../engine/score';
import { linter } from '../linter';
import type { Language } from '../engine';

export interface ScoredFix {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  /** The text the finding is about. */
  actual: string;
  /** The whole source line it sits on (trimmed, at most 240 characters). */
  context: string;
  /** The preferred rewrite's title, when there is one. */
  rewrite?: string;
  gain: number;
  /** True when the gain was measured by applying the rewrite. */
  exact: boolean;
  url: string;
}

export interface FileScore {
  score: number;
  language: Language;
  base: number;
  penalties: Penalty[];
  credits: Credit[];
  fixes: ScoredFix[];
}

export function scoreFile(text: string, options: LintOptions): FileScore {
  const s = scoreText(linter, text, options);
  const lines = new LineIndex(text);
  const fixes = s.findings.map(({ finding: f, gain, exact }): ScoredFix => {
    const pos = lines.positionAt(f.range.start);
    const lineStart = f.range.start - pos.character;
    const nl = text.indexOf('\n', f.range.start);
    const context = text.slice(lineStart, nl < 0 ? text.length : nl).trim().slice(0, 240);
    return {
      ruleId: f.ruleId, severity: f.severity, message: f.message, line: pos.line + 1, column: pos.character + 1,
      actual: f.actual.slice(0, 240), context, rewrite: f.suggestions[0]?.title, gain, exact, url: f.url,
    };
  });
  return { score: s.score, language: s.language, base: s.base, penalties: s.penalties, credits: s.credits, fixes };
}
