/**
 * The one place edits are applied: quick fixes, fix-all and `--fix` all come here. Overlapping edits are
 * skipped (the later one waits for the next pass), so the result is always well formed.
 */
import type { Finding, TextEdit } from './types';

export interface ApplyResult {
  text: string;
  applied: number;
  skipped: number;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
  const sorted = edits
    .filter((e) => e.range.start >= 0 && e.range.end <= text.length && e.range.start <= e.range.end)
    .map((e, order) => ({ e, order }))
    .sort((a, b) => a.e.range.start - b.e.range.start || a.e.range.end - b.e.range.end || a.order - b.order);
  let out = '';
  let last = 0;
  let applied = 0;
  let skipped = edits.length - sorted.length;
  let lastInsertAt = -1;
  for (const { e } of sorted) {
    const { start, end } = e.range;
    // Two inserts at one point, or an edit starting inside the previous one, would overlap.
    if (start < last || (start === end && start === lastInsertAt)) { skipped++; continue; }
    if (isInsideSurrogatePair(text, start) || isInsideSurrogatePair(text, end)) { skipped++; continue; }
    out += text.slice(last, start) + e.text;
    last = end;
    if (start === end) lastInsertAt = start;
    applied++;
  }
  out += text.slice(last);
  return { text: out, applied, skipped };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  // Two inserts at the same point would depend on order.
  return a.start === a.end && b.start === b.end && a.start === b.start;
}

function isInsideSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The edits of every finding's preferred rewrite, each finding's edits kept together. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const f of [...findings].sort((a, b) => a.range.start - b.range.start)) {
    const s = f.suggestions[0];
    if (!s) continue;
    // A finding's edits are applied all or none, so one rewrite is never half-done.
    const clash = s.edits.some((e) => taken.some((t) => overlaps(e.range, t)));
    if (clash) continue;
    for (const e of s.edits) { edits.push(e); taken.push(e.range); }
  }
  return edits;
}

/**
 * Fix-all: apply preferred rewrites, re-lint, and repeat until nothing fixable changes (at most `passes`
 * times), as ESLint and markdownlint do. Applying it to its own output changes nothing.
 *
 * Invariant, whatever a rule does: the result is either a fixed point (linting it again proposes nothing that
 * changes it) or the input untouched. A rule whose rewrite re-triggers itself would otherwise grow the text on
 * every run (data damage); then nothing is applied, the findings still show, and the loop is a bug to fix in
 * that rule. Growth is also capped per run, so even a slow-growing loop cannot balloon a file.
 */
export function fixAll(text: string, lint: (text: string) => readonly Finding[], passes = 5): { text: string; fixed: number; converged: boolean } {
  // Generous: short sentences rewritten in full can grow a few times over; a loop grows past any bound.
  const maxLength = 10 * text.length + 4096;
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass <= passes; pass++) {
    const edits = preferredEdits(lint(current));
    const result = edits.length === 0 ? undefined : applyEdits(current, edits);
    if (!result || result.text === current) return { text: current, fixed, converged: true };
    // One pass more than `passes` only to check for a fixed point; its edits are never kept.
    if (pass === passes || result.text.length > maxLength) break;
    fixed += result.applied;
    current = result.text;
  }
  return { text, fixed: 0, converged: false };
}
