/**
 * The warmth score of one file as plain report data (it crosses from a worker thread): the engine's `Score`
 * with each finding placed on its line, the line quoted for context, and the preferred rewrite shown.
 */
import { LineIndex, type LintOptions } from '../engine';
import { scoreText, type Credit, type MessageScore, type Penalty } from '../engine/score';
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
  /** A message catalog's messages, each scored on its own. */
  messages?: MessageScore[];
}

/** The source line an offset sits on, trimmed, at most 240 characters: the context a reader (and --baseline) sees. */
export function lineContext(text: string, offset: number, character: number): string {
  const nl = text.indexOf('\n', offset);
  return text.slice(offset - character, nl < 0 ? text.length : nl).trim().slice(0, 240);
}

export function scoreFile(text: string, options: LintOptions): FileScore {
  const s = scoreText(linter, text, options);
  const lines = new LineIndex(text);
  const fixes = s.findings.map(({ finding: f, gain, exact }): ScoredFix => {
    const pos = lines.positionAt(f.range.start);
    const context = lineContext(text, f.range.start, pos.character);
    return {
      ruleId: f.ruleId, severity: f.severity, message: f.message, line: pos.line + 1, column: pos.character + 1,
      actual: f.actual.slice(0, 240), context, rewrite: f.suggestions[0]?.title, gain, exact, url: f.url,
    };
  });
  const result: FileScore = { score: s.score, language: s.language, base: s.base, penalties: s.penalties, credits: s.credits, fixes };
  if (s.messages) result.messages = s.messages;
  return result;
}
