/**
 * Building blocks of the edits survey parsers offer (`addChoices`, `split`): a text replaced through its format's
 * own quoting, a piece of the file copied with some of its parts swapped, a fresh id or code no other one has.
 * Every parser writes its fixes with these, and every fix reaches the file through the one edit applier (fix.ts).
 */
import type { Range, TextEdit } from '../types';
import type { SurveyText } from './types';

/** The source of a text, quotes and CDATA markers outside: what a replacement of the whole text replaces. */
export function rawRange(t: SurveyText): Range | undefined {
  if (!t.text.length || t.starts[0] === undefined || t.ends[t.text.length - 1] === undefined) return undefined;
  return { start: t.starts[0], end: t.ends[t.text.length - 1] };
}

/** An edit writing `replacement` over the whole text, escaped for where it lands; undefined when it cannot be. */
export function replaceText(t: SurveyText, replacement: string): TextEdit | undefined {
  const range = rawRange(t);
  if (!range || !t.encode) return undefined;
  const text = t.encode(replacement, range);
  return text === undefined ? undefined : { range, text };
}

/** The replacements of each text of a localized value, or undefined when any one cannot be written. */
export function replaceTexts(texts: readonly SurveyText[], replacements: readonly string[]): TextEdit[] | undefined {
  if (texts.length !== replacements.length) return undefined;
  const out: TextEdit[] = [];
  for (let i = 0; i < texts.length; i++) {
    const e = replaceText(texts[i], replacements[i]);
    if (!e) return undefined;
    out.push(e);
  }
  return out;
}

/** `text[range]` with `edits` (ranges inside it, not overlapping) applied: a copy with some of its parts swapped. */
export function copyWith(text: string, range: Range, edits: readonly TextEdit[]): string | undefined {
  let out = '';
  let at = range.start;
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    if (e.range.start < at || e.range.end > range.end) return undefined;
    out += text.slice(at, e.range.start) + e.text;
    at = e.range.end;
  }
  return out + text.slice(at, range.end);
}

/** The file's line ending. */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** The indentation of the line `offset` is on. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** What goes between a record and a copy inserted after it: a line break and its indentation, or nothing on one line. */
export function separatorBefore(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, start)) ? eolOf(text) + text.slice(lineStart, start) : '';
}

/** The first name of `base`, `base2`, `base3`… (or with `joiner`) that `taken` does not hold. */
export function freshName(base: string, taken: (name: string) => boolean, joiner = ''): string {
  for (let n = 2; ; n++) {
    const name = `${base}${joiner}${n}`;
    if (!taken(name)) return name;
  }
}

/** The largest number among the values (ids, sort orders), or 0. */
export function maxNumber(values: Iterable<string | undefined>): number {
  let max = 0;
  for (const v of values) {
    const n = Number(v);
    if (v !== undefined && v !== '' && Number.isFinite(n) && n > max) max = n;
  }
  return max;
}

/**
 * The value that continues a numeric list (`2` after `5, 4, 3`; `6` after `1 … 5`): the list's last step taken once
 * more, or one past the largest when the values follow no step or that value is taken.
 */
export function nextInSequence(values: readonly (string | undefined)[]): number {
  const nums = values.map(Number).filter((n, i) => values[i] !== undefined && values[i] !== '' && Number.isFinite(n));
  const [prev, last] = nums.slice(-2);
  if (nums.length >= 2 && last !== prev) {
    const next = last + (last - prev);
    if (!nums.includes(next)) return next;
  }
  return maxNumber(values) + 1;
}

/**
 * The next codes after the ones a list has (`A3` after `A1 A2`, `SQ004` after `SQ003`, `5` after `1…4`): the same
 * prefix and width, numbered on; `fallback1`, `fallback2`… when the codes follow no such pattern.
 */
export function nextCodes(existing: readonly string[], count: number, fallback: string): string[] {
  const parts = existing.map((c) => /^([A-Za-z]*)(\d+)$/.exec(c));
  const prefix = parts[0]?.[1];
  const patterned = parts.length > 0 && parts.every((p) => p && p[1] === prefix);
  const taken = new Set(existing);
  const out: string[] = [];
  let n = patterned ? Math.max(...parts.map((p) => Number(p![2]))) : 0;
  const width = patterned ? parts[parts.length - 1]![2].length : 1;
  while (out.length < count) {
    n++;
    const code = patterned ? `${prefix}${String(n).padStart(width, '0')}` : `${fallback}${n}`;
    if (!taken.has(code)) { out.push(code); taken.add(code); }
  }
  return out;
}

/**
 * A no-op edit over a fixed spot of the file that every fix allocating file-wide ids (a new question id, a new
 * answer id) carries: two such fixes then overlap, so a fix-all pass applies one and the next pass the other,
 * each counting from the ids the file has by then, never two with the same id.
 */
export function allocationLock(text: string, range: Range): TextEdit {
  return { range, text: text.slice(range.start, range.end) };
}
