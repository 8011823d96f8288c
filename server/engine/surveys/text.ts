/**
 * Building `SurveyText`s: a string decoded from the file with its offset map, its language, the way a rewrite is
 * written back, and the prose block rules read. The block is the engine's own reading of the decoded string
 * (HTML read as HTML, plain text as text), with every offset carried back through the string's map to the file,
 * so `ctx.match` and `sourceRange` on it land on the file's characters.
 */
import { extract } from '../formats';
import { buildProse, type Piece, type RawBlock } from '../prose';
import type { Language, Range } from '../types';
import { MappedText } from '../catalogs/types';
import type { SurveyText } from './types';

export { MappedText };

const ARABIC_SCRIPT = /[\u0600-\u06FF]/g;
const LATIN = /[A-Za-z]/g;

/** The language a text is read in: its locale when the file says (`fa`, `en`), else by the script of its letters. */
export function languageOfText(text: string, locale?: string): Language {
  const l = locale?.toLowerCase().split(/[-_]/)[0];
  if (l === 'fa' || l === 'en') return l;
  return (text.match(ARABIC_SCRIPT)?.length ?? 0) > (text.match(LATIN)?.length ?? 0) ? 'fa' : 'en';
}

/** Whether a locale key names a language Warmly lints: none (the default text), English or Persian. */
export function lintedLocale(locale: string | undefined): boolean {
  if (locale === undefined || locale === '' || locale === 'default') return true;
  const l = locale.toLowerCase().split(/[-_]/)[0];
  return l === 'en' || l === 'fa';
}

/** HTML texts (Qualtrics question text, SurveyJS `completedHtml`) are read as HTML; anything else as text. */
export function markupOfText(text: string): 'html' | 'plain' {
  return /<\/?(?:p|br|div|a|b|strong|em|i|u|ul|ol|li|h[1-6]|table|tr|td|span|img|font|input|label|select|option|center|small|sup|sub)\b[^>]*>/i.test(text) ? 'html' : 'plain';
}

export function makeText(
  mapped: MappedText,
  endOffset: number,
  locale: string | undefined,
  encode: ((replacement: string, at: Range) => string | undefined) | undefined,
): SurveyText | undefined {
  if (!mapped.text.trim()) return undefined;
  const t: SurveyText = {
    text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset,
    language: languageOfText(mapped.text, locale === 'default' ? undefined : locale), encode,
  };
  t.block = proseOf(t);
  return t;
}

/** A text copied verbatim from the file at `start` (XML text without entities, a raw HTML label). */
export function verbatim(fileText: string, start: number, end: number): MappedText {
  const m = new MappedText();
  m.copy(fileText.slice(start, end), start);
  return m;
}

/** The decoded text read as prose, every piece carried back to file offsets through the text's map. */
export function proseOf(t: SurveyText): ReturnType<typeof buildProse> {
  const format = markupOfText(t.text);
  const extraction = extract(t.text, format);
  const pieces: Piece[] = [];
  const at = (k: number) => (k < t.text.length ? t.starts[k] : t.endOffset);
  const until = (s: number, e: number) => (e > s ? t.ends[e - 1] : at(s));
  for (const raw of extraction.blocks) {
    if (pieces.length) pieces.push({ kind: 'break', start: at(raw.pieces[0]?.start ?? 0), end: at(raw.pieces[0]?.start ?? 0) });
    for (const p of raw.pieces) {
      if (p.kind === 'text' && p.value === t.text.slice(p.start, p.end)) splitCopied(t, p.start, p.end, pieces);
      else if (p.kind === 'tag') pieces.push({ ...p, start: at(p.start), end: until(p.start, p.end), tag: { ...p.tag, start: at(p.tag.start), end: until(p.tag.start, p.tag.end) } });
      else pieces.push({ ...p, start: at(p.start), end: until(p.start, p.end) });
    }
  }
  const raw: RawBlock = { pieces };
  return buildProse(raw, t.language);
}

/** Verbatim runs become one piece each; an escape (`\n`, `&amp;`) a piece of its own that maps to all its source. */
function splitCopied(t: SurveyText, from: number, to: number, out: Piece[]): void {
  let k = from;
  while (k < to) {
    let e = k + 1;
    if (t.ends[k] - t.starts[k] === 1) {
      while (e < to && t.ends[e] - t.starts[e] === 1 && t.starts[e] === t.ends[e - 1]) e++;
    } else {
      while (e < to && t.starts[e] === t.starts[k] && t.ends[e] === t.ends[k]) e++;
    }
    out.push({ kind: 'text', start: t.starts[k], end: t.ends[e - 1], value: t.text.slice(k, e) });
    k = e;
  }
}
