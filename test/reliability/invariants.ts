/**
 * The promises the engine makes about any text, checked in one place so the property tests, the corpus
 * mutations and the long fuzz run all hold it to the same standard.
 */
import { applyEdits, preferredEdits, type Finding, type LintOptions } from '../../server/engine';
import { fixText, lint } from '../../server/linter';

function isHighSurrogate(c: number): boolean { return c >= 0xd800 && c <= 0xdbff; }
function isLowSurrogate(c: number): boolean { return c >= 0xdc00 && c <= 0xdfff; }

/** True when `offset` would cut a surrogate pair (an emoji) in two. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function describe(f: Finding): string {
  return `${f.ruleId} [${f.range.start},${f.range.end}) ${JSON.stringify(f.actual).slice(0, 80)}`;
}

function checkRange(text: string, r: { start: number; end: number }, what: string): void {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) throw new Error(`${what}: non-integer range ${r.start}..${r.end}`);
  if (r.start < 0 || r.end > text.length || r.start > r.end) throw new Error(`${what}: range ${r.start}..${r.end} outside 0..${text.length}`);
  if (splitsSurrogatePair(text, r.start) || splitsSurrogatePair(text, r.end)) throw new Error(`${what}: range ${r.start}..${r.end} splits a surrogate pair`);
}

/** Checks everything `lint` promises about one text; returns the findings for further checks. */
export function checkLint(text: string, options: LintOptions): Finding[] {
  const { findings } = lint(text, options);
  for (const f of findings) {
    checkRange(text, f.range, `finding ${describe(f)}`);
    if (f.actual !== text.slice(f.range.start, f.range.end)) throw new Error(`finding ${describe(f)}: actual is not the text under its range`);
    for (const s of f.suggestions) {
      if (s.edits.length === 0) throw new Error(`finding ${describe(f)}: suggestion "${s.title}" has no edits`);
      for (const e of s.edits) checkRange(text, e.range, `edit of "${s.title}" in ${describe(f)}`);
      const applied = applyEdits(text, s.edits);
      if (applied.skipped !== 0) throw new Error(`suggestion "${s.title}" of ${describe(f)}: ${applied.skipped} of ${s.edits.length} edits would be skipped`);
    }
  }
  return findings;
}

/** Lint is a pure function of its input. */
export function checkDeterministic(text: string, options: LintOptions, first: Finding[]): void {
  const again = lint(text, options).findings;
  if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error('lint gave different findings for the same text');
}

/**
 * Fix-all is idempotent and leaves nothing to fix: applying the preferred rewrites of the fixed text's
 * findings changes nothing.
 */
export function checkFix(text: string, options: LintOptions): string {
  const once = fixText(text, options).text;
  // Fix-all's own cap (fix.ts): a rewrite loop would grow the text on every pass.
  if (once.length > 10 * text.length + 4096) throw new Error(`fixText grew the text from ${text.length} to ${once.length} characters`);
  const twice = fixText(once, options).text;
  if (twice !== once) throw new Error(`fixText is not idempotent:\n--- once\n${once.slice(0, 400)}\n--- twice\n${twice.slice(0, 400)}`);
  const left = preferredEdits(lint(once, options).findings);
  const after = applyEdits(once, left).text;
  if (after !== once) {
    const changed = left.filter((e) => once.slice(e.range.start, e.range.end) !== e.text).map((e) => `[${e.range.start},${e.range.end}) ${JSON.stringify(once.slice(e.range.start, e.range.end))} → ${JSON.stringify(e.text)}`);
    throw new Error(`fixed text still has fixable findings: ${changed.slice(0, 3).join('; ')}`);
  }
  return once;
}

/** Every invariant, for one text and one set of options. */
export function checkAll(text: string, options: LintOptions): void {
  const findings = checkLint(text, options);
  checkDeterministic(text, options, findings);
  checkFix(text, options);
}
