/**
 * Prose as the rules see it: one normalized string per paragraph, with every character mapped back to the
 * original file. Format adapters produce `RawBlock`s (pieces of source text, decoded values and template tags);
 * `buildProse` folds case, Persian letter variants, diacritics, digits and whitespace, and keeps the map.
 */
import type { Language, Range } from './types';
import type { TemplateTag } from './formats/tags';

/** A slice of prose. `value` is what a reader sees for source `[start, end)` (differs for entities). */
export interface TextPiece extends Range {
  kind: 'text';
  value: string;
}
/** A template tag inside prose: personalization if it is an output tag, invisible otherwise. */
export interface TagPiece extends Range {
  kind: 'tag';
  tag: TemplateTag;
}
/** A visual line break that has no newline in the source (`<br>`, a block boundary inside a cell). */
export interface BreakPiece extends Range {
  kind: 'break';
}
export type Piece = TextPiece | TagPiece | BreakPiece;

export interface RawBlock {
  pieces: Piece[];
}

/** Stands for an output tag (a merge field) in normalized text: a letter-like private-use character. */
export const PLACEHOLDER = '\uE000';

export interface ProseBlock extends Range {
  /** Normalized text: lower-cased, Persian-folded, whitespace collapsed (`\n` kept as a line mark). */
  text: string;
  /** For each character of `text`: start and end offset in the original file. */
  starts: Int32Array;
  ends: Int32Array;
  /** The output tags behind each PLACEHOLDER, in order. */
  tags: TemplateTag[];
  /** Index into `tags` for each normalized character that is a placeholder, else -1. */
  tagAt: Int32Array;
  language: Language;
  /** Word boundaries in `text`, filled on first use by the phrase matcher. */
  words?: Int32Array;
  /**
   * The lines of `text` and what each says about a sign-off, filled on first use by letter.ts. Like `words`, a
   * function of `text` alone: a block moved by an edit keeps it, and a lint of an edited document reads only the
   * edited paragraph's lines again.
   */
  lineSpans?: readonly LineSpan[];
}

/** One trimmed, non-empty line of a block's normalized text (see letter.ts). */
export interface LineSpan {
  from: number;
  to: number;
  text: string;
  /** How the line may read as a sign-off (letter.ts), worked out on first use. */
  signoff?: unknown;
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Fold one character for matching; '' drops it (harakat, tatweel, ZWNJ, bidi marks). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') return ' ';
    return ch;
  }
  switch (ch) {
    case '\u064A': case '\u0649': case '\u06CC': case '\u06D2': return '\u06CC'; // ي ى ی ے → ی
    case '\u0643': return '\u06A9'; // ك → ک
    case '\u0629': return '\u0647'; // ة → ه
    case '\u0623': case '\u0625': case '\u0671': return '\u0627'; // أ إ ٱ → ا
    case '\u0624': return '\u0648'; // ؤ → و
    case '\u06C0': return '\u0647'; // ۀ → ه
    case '\u2019': case '\u2018': case '\u02BC': case '\u0060': case '\u00B4': return "'";
    case '\u201C': case '\u201D': case '\u00AB': case '\u00BB': return '"';
    case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F': case '\u200B': case '\u3000': return ' ';
    case '\u2028': case '\u2029': case '\u0085': return '\n';
    case '\u2013': case '\u2014': return '-';
    case '\u2026': return '.';
  }
  if (code === 0x200c || code === 0x200d || code === 0x200e || code === 0x200f || code === 0xfeff || code === 0x0640) return '';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return '';
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed)) return '';
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48); // ۰-۹
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48); // ٠-٩
  if (code >= 0xd800 && code <= 0xdbff) return ch; // surrogate halves pass through unchanged
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Normalize a phrase or a short string the same way prose is normalized (used for data and config). */
export function normalizeString(s: string): string {
  let out = '';
  let pendingSpace = '';
  for (const ch of s) {
    const f = ch.length === 1 ? foldChar(ch) : ch;
    if (f === '') continue;
    if (f === ' ' || f === '\n') {
      if (out) pendingSpace = pendingSpace === '\n' || f === '\n' ? '\n' : ' ';
      continue;
    }
    if (pendingSpace) { out += pendingSpace; pendingSpace = ''; }
    out += f;
  }
  return out;
}

export function buildProse(raw: RawBlock, languageOverride?: Language): ProseBlock | undefined {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const tagAt: number[] = [];
  const tags: TemplateTag[] = [];
  let pendingWs = ''; // collapsed whitespace waiting for the next visible character
  let wsStart = -1;
  let wsEnd = -1;
  let arabic = 0;
  let latin = 0;

  const emit = (ch: string, s: number, e: number, tagIndex = -1) => {
    if (pendingWs && text.length > 0) {
      text += pendingWs;
      starts.push(wsStart);
      ends.push(wsEnd);
      tagAt.push(-1);
    }
    pendingWs = '';
    text += ch;
    // A surrogate pair is two characters of `text`; both map to the whole pair so the map stays in step.
    for (let u = 0; u < ch.length; u++) {
      starts.push(s);
      ends.push(e);
      tagAt.push(tagIndex);
    }
  };
  const space = (kind: ' ' | '\n', s: number, e: number) => {
    if (!pendingWs) { wsStart = s; pendingWs = kind; }
    else if (kind === '\n') pendingWs = '\n';
    wsEnd = e;
  };

  for (const piece of raw.pieces) {
    if (piece.kind === 'break') { space('\n', piece.start, piece.end); continue; }
    if (piece.kind === 'tag') {
      if (piece.tag.kind === 'output') {
        tags.push(piece.tag);
        emit(PLACEHOLDER, piece.start, piece.end, tags.length - 1);
      } else if (piece.tag.kind !== 'comment') {
        // Block and statement tags are invisible, but they separate words.
        space(' ', piece.start, piece.end);
      }
      continue;
    }
    const { value, start, end } = piece;
    const exact = value.length === end - start;
    for (let k = 0; k < value.length; k++) {
      let ch = value[k];
      const s = exact ? start + k : start;
      let e = exact ? start + k + 1 : end;
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < value.length) {
        // Keep surrogate pairs whole so a range never splits an emoji.
        ch = value.slice(k, k + 2);
        k++;
        e = exact ? start + k + 1 : end;
        emit(ch, s, e);
        continue;
      }
      // A lone CR ends a line too (old Mac files, some mail exports); folded to a space, it glued the next line
      // into the sentence, and a sentence rewrite then swallowed that line.
      if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') { space('\n', s, e); continue; }
      const f = foldChar(ch);
      if (f === '') continue;
      if (f === ' ') { space(' ', s, e); continue; }
      if (f === '\n') { space('\n', s, e); continue; }
      if (ARABIC_SCRIPT.test(f)) arabic++;
      else if ((f >= 'a' && f <= 'z')) latin++;
      emit(f, s, e);
    }
  }
  if (text.length === 0) return undefined;
  const language: Language = languageOverride ?? (arabic > latin ? 'fa' : 'en');
  return {
    text,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    tags,
    tagAt: Int32Array.from(tagAt),
    start: starts[0],
    end: ends[ends.length - 1],
    language,
  };
}

/**
 * The original range behind normalized `[from, to)` of a block: from the start of the first character to the
 * end of the last. For an empty span the end falls before the start; `report` clamps that to an empty range.
 */
export function sourceRange(block: ProseBlock, from: number, to: number): Range {
  return { start: block.starts[from], end: block.ends[to - 1] };
}

/** Script of a normalized slice: decides the language of a finding's message. */
export function scriptOf(s: string): Language | undefined {
  let arabic = 0;
  let latin = 0;
  for (const ch of s) {
    if (ARABIC_SCRIPT.test(ch)) arabic++;
    else if (ch >= 'a' && ch <= 'z') latin++;
  }
  if (!arabic && !latin) return undefined;
  return arabic > latin ? 'fa' : 'en';
}
