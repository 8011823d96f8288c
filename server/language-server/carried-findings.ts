/**
 * The last lint's findings, carried over to the document's current text while the lint of that text runs (a big
 * document on the lint thread): what hover and code actions answer from instead of waiting. An edit changes one
 * span of the text (all of the text between its common prefix and suffix with the old one, for several edits);
 * a finding before that span keeps its offsets, one after it moves by the change in length, and one that touches
 * it (its range or any of its fixes' edits) is left out, never misplaced. A finding's judgement may still depend
 * on text the edit changed elsewhere (a greeting and its sign-off): it is the previous lint's, until the new one
 * is done and replaces it.
 */
import type { Finding, Range } from '../engine';

export function carryFindings(oldText: string, newText: string, findings: readonly Finding[]): Finding[] {
  if (oldText === newText) return [...findings];
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const changedEnd = oldText.length - suffix;
  const delta = newText.length - oldText.length;
  const out: Finding[] = [];
  for (const f of findings) {
    const ranges = [f.range, ...f.suggestions.flatMap((s) => s.edits.map((e) => e.range))];
    // Strictly before or after the change: a change at a finding's edge may run into its words.
    if (ranges.every((r) => r.end < prefix)) out.push(f);
    else if (ranges.every((r) => r.start > changedEnd)) out.push(moved(f, delta));
  }
  return out;
}

function moved(f: Finding, delta: number): Finding {
  const by = (r: Range): Range => ({ start: r.start + delta, end: r.end + delta });
  return { ...f, range: by(f.range), suggestions: f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, range: by(e.range) })) })) };
}
