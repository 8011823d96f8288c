/**
 * The warmth of an open document, for its code lens ("Warmth 64 · 3 fixes · +22") and the VS Code status bar:
 * the engine's score now, how many findings fix-all rewrites, and what the score is after fix-all. The gain is
 * measured by scoring the fixed text (the same fix-all the lens's click applies), not estimated.
 */
import type { CodeLens } from 'vscode-languageserver';
import { DOCS_BASE, scoreText, type LintOptions } from '../engine';
import { fixText, linter } from '../linter';
import { COMMAND_FIX_ALL, COMMAND_SHOW_DOCUMENTATION } from './code-actions';

export interface Warmth {
  score: number;
  fixes: number;
  gain: number;
}

/** Where the score's formula is explained (the lens of a template with nothing to fix opens it). */
export const SCORE_DOCS_URL = `${DOCS_BASE.replace(/rules\/$/, '')}README.md#warmth-score-and-report`;

export function warmthOf(text: string, options: LintOptions): Warmth {
  // Without per-finding gains: the lens needs the two totals, not one rescore per finding.
  const now = scoreText(linter, text, options, false).score;
  const fixed = fixText(text, options);
  const after = fixed.text === text ? now : scoreText(linter, fixed.text, options, false).score;
  return { score: now, fixes: fixed.fixed, gain: after - now };
}

export function lensTitle(w: Warmth): string {
  if (!w.fixes) return `Warmth ${w.score}`;
  const gain = w.gain > 0 ? `+${w.gain}` : w.gain < 0 ? `−${-w.gain}` : '±0';
  return `Warmth ${w.score} · ${w.fixes} ${w.fixes === 1 ? 'fix' : 'fixes'} · ${gain}`;
}

/** One lens on the first line: its click runs the server's fix-all (the same path as the code action). */
export function warmthLens(uri: string, w: Warmth): CodeLens {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const command = w.fixes
    ? { title: lensTitle(w), command: COMMAND_FIX_ALL, arguments: [{ uri }] }
    : { title: lensTitle(w), command: COMMAND_SHOW_DOCUMENTATION, arguments: [{ url: SCORE_DOCS_URL }] };
  return { range, command };
}
