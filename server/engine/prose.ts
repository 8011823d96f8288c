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

/** The folded code of each UTF-16 unit (see foldChar), worked out on first sight: -2 not yet known, -1 dropped. */
const foldTable = new Int32Array(65536).fill(-2);

function foldCode(code: number): number {
  let f = foldTable[code];
  if (f === -2) {
    // foldChar maps one unit to at most one unit.
    const s = foldChar(String.fromCharCode(code));
    foldTable[code] = f = s === '' ? -1 : s.charCodeAt(0);
  }
  return f;
}

const isArabicScript = (c: number) =>
  (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);

const SPACE = 32;
const NEWLINE = 10;
const PLACEHOLDER_CODE = PLACEHOLDER.charCodeAt(0);

/**
 * Scratch space for the block being built, reused across blocks and grown as needed: a 2 MB text is ~40,000
 * blocks, and building each one's text a character at a time (a chain of concatenations V8 then flattens) and its
 * maps in growing arrays was a third of a lint's garbage.
 */
let codes = new Uint16Array(1024);
let mapStarts = new Int32Array(1024);
let mapEnds = new Int32Array(1024);
let mapTags = new Int32Array(1024);

function reserve(n: number): void {
  if (codes.length >= n) return;
  const size = Math.max(n, codes.length * 2);
  codes = new Uint16Array(size);
  mapStarts = new Int32Array(size);
  mapEnds = new Int32Array(size);
  mapTags = new Int32Array(size);
}

/**
 * Int32Arrays for one lint's blocks, cut from a few large buffers. A typed array of more than 64 bytes otherwise
 * gets a buffer of its own outside the JavaScript heap, which is slow to allocate and counts as external memory,
 * which makes V8 collect garbage sooner: a 2 MB text's ~40,000 paragraphs each had their three maps, their words,
 * word numbers and present keys in six such buffers. A cut keeps its whole buffer alive, so only arrays that die
 * together may share one: those of the blocks one lint builds (see `withArena`), and arrays derived from such a
 * block (its words, their numbers: see `int32sLike`). Blocks that outlive a lint (the language server's reused
 * extraction, cached partials) are built with no arena active and get buffers of their own.
 * After its lint the arena is reset and lent to the next lint (see `withArena`): its buffers are zeroed where they
 * were cut and cut again, instead of every lint allocating (and the collector later freeing) a 64 KB buffer of its
 * own, which on the CLI's x50 corpus was ~11,000 buffers per run.
 */
export class IntArena {
  private chunk: Int32Array = new Int32Array(0);
  private used = 0;
  /** Every buffer the arena has cut from, in order: after a reset they are cut again from the first. */
  private readonly chunks: Int32Array[] = [];
  private current = -1;
  private readonly buffers = new Set<ArrayBufferLike>();
  /**
   * 64 KB buffers: a lint's need is its prose, not its file (an HTML email is mostly markup), and larger buffers
   * (sized to the text, or doubling to 1 MB) cost the CLI ~100 MB more peak RSS on the x50 corpus for no CPU
   * time measured on the 2 MB text.
   */
  constructor(private readonly chunkInts = 1 << 14) {}

  /** `n` zeroed ints. */
  take(n: number): Int32Array {
    if (this.used + n > this.chunk.length) {
      if (n > this.chunkInts >> 2) return new Int32Array(n);
      this.current++;
      if (this.current < this.chunks.length) {
        this.chunk = this.chunks[this.current];
      } else {
        this.chunk = new Int32Array(this.chunkInts);
        this.chunks.push(this.chunk);
        this.buffers.add(this.chunk.buffer);
      }
      this.used = 0;
    }
    const cut = this.chunk.subarray(this.used, this.used + n);
    this.used += n;
    return cut;
  }

  owns(array: Int32Array): boolean {
    return this.buffers.has(array.buffer);
  }

  /**
   * Makes every buffer free to be cut again, zeroed where it was cut, keeping at most `keep` of them (a 2 MB text
   * needs hundreds; the next small template would not). Only when nothing cut from the arena is still in use.
   */
  reset(keep = RETAINED_CHUNKS): void {
    for (let i = 0; i < this.current && i < keep; i++) this.chunks[i].fill(0);
    if (this.current >= 0 && this.current < keep) this.chunk.fill(0, 0, this.used);
    for (let i = keep; i < this.chunks.length; i++) this.buffers.delete(this.chunks[i].buffer);
    if (this.chunks.length > keep) this.chunks.length = keep;
    this.current = -1;
    this.chunk = new Int32Array(0);
    this.used = 0;
  }
}

/** Buffers an idle arena keeps for the next lint: 1 MB, more than the corpus' largest template needs. */
const RETAINED_CHUNKS = 16;

/** An arena for one lint. */
export function newArena(): IntArena {
  return new IntArena();
}

/** Arenas whose lint has ended, reset, for the next lint to use (one per nesting level of lints in progress). */
const idleArenas: IntArena[] = [];

/**
 * Runs a lint with an arena of its own: one left by an earlier lint when there is one. The lint's blocks and
 * everything derived from them must not outlive `fn` (see createLinter in lint.ts): once it returns, the arena is
 * reset and its buffers are cut again by the next lint.
 */
export function withArena<T>(fn: () => T): T {
  const arena = idleArenas.pop() ?? newArena();
  try {
    return inArena(arena, fn);
  } finally {
    arena.reset();
    idleArenas.push(arena);
  }
}

let active: IntArena | undefined;

/** Runs `fn` with `arena` (or none) as where blocks get their arrays. */
export function inArena<T>(arena: IntArena | undefined, fn: () => T): T {
  const before = active;
  active = arena;
  try {
    return fn();
  } finally {
    active = before;
  }
}

/** `n` zeroed ints for an array derived from `like` (a block's array): from the same arena when it came from one. */
export function int32sLike(like: Int32Array | undefined, n: number): Int32Array {
  return active !== undefined && like !== undefined && active.owns(like) ? active.take(n) : new Int32Array(n);
}

/** Units per String.fromCharCode call: well under the engine's limit on arguments. */
const CHUNK = 8192;

/**
 * V8 compiles a regex once per kind of string it runs on, Latin-1 or two-byte, and a phrase regex costs milliseconds
 * to compile: English blocks were Latin-1 unless they held a tag's placeholder or a curly quote, so most phrase
 * regexes were compiled twice by every thread (its first ~300 files). Built with one character past Latin-1 and cut
 * before it, a block's text is a slice of a two-byte string, so every block of 13 or more units is two-byte (V8
 * copies shorter slices): the same characters, one compilation. Measured: a corpus pass's first (cold) CPU time
 * ~1,550 ms -> ~1,440 ms, steady passes unchanged.
 */
const TWO_BYTE_MARK = 0x100;
const MIN_SLICE = 13;

function stringOf(n: number): string {
  if (n >= MIN_SLICE && n < CHUNK) {
    codes[n] = TWO_BYTE_MARK;
    return String.fromCharCode.apply(null, codes.subarray(0, n + 1) as unknown as number[]).slice(0, n);
  }
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

export function buildProse(raw: RawBlock, languageOverride?: Language): ProseBlock | undefined {
  // Each source unit gives at most one character, and each break or tag at most one (its placeholder, or the
  // collapsed space it stands for).
  let bound = 0;
  for (const piece of raw.pieces) bound += piece.kind === 'text' ? piece.value.length : 1;
  reserve(bound + 1); // + the mark stringOf puts after the text
  const tags: TemplateTag[] = [];
  let n = 0;
  let pendingWs = 0; // collapsed whitespace waiting for the next visible character: 0, SPACE or NEWLINE
  let wsStart = -1;
  let wsEnd = -1;
  let arabic = 0;
  let latin = 0;

  const emit = (code: number, s: number, e: number, tagIndex: number) => {
    if (pendingWs !== 0 && n > 0) {
      codes[n] = pendingWs;
      mapStarts[n] = wsStart;
      mapEnds[n] = wsEnd;
      mapTags[n] = -1;
      n++;
    }
    pendingWs = 0;
    codes[n] = code;
    mapStarts[n] = s;
    mapEnds[n] = e;
    mapTags[n] = tagIndex;
    n++;
  };
  const space = (kind: number, s: number, e: number) => {
    if (pendingWs === 0) { wsStart = s; pendingWs = kind; }
    else if (kind === NEWLINE) pendingWs = NEWLINE;
    wsEnd = e;
  };

  for (const piece of raw.pieces) {
    if (piece.kind === 'break') { space(NEWLINE, piece.start, piece.end); continue; }
    if (piece.kind === 'tag') {
      if (piece.tag.kind === 'output') {
        tags.push(piece.tag);
        emit(PLACEHOLDER_CODE, piece.start, piece.end, tags.length - 1);
      } else if (piece.tag.kind !== 'comment') {
        // Block and statement tags are invisible, but they separate words.
        space(SPACE, piece.start, piece.end);
      }
      continue;
    }
    const { value, start, end } = piece;
    const exact = value.length === end - start;
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(k);
      const s = exact ? start + k : start;
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < value.length) {
        // Keep surrogate pairs whole so a range never splits an emoji: both halves map to the whole pair.
        const e = exact ? start + k + 2 : end;
        emit(code, s, e, -1);
        emit(value.charCodeAt(k + 1), s, e, -1);
        k++;
        continue;
      }
      const e = exact ? start + k + 1 : end;
      // A lone CR ends a line too (old Mac files, some mail exports); folded to a space, it glued the next line
      // into the sentence, and a sentence rewrite then swallowed that line.
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) { space(NEWLINE, s, e); continue; }
      const f = foldCode(code);
      if (f === -1) continue;
      if (f === SPACE) { space(SPACE, s, e); continue; }
      if (f === NEWLINE) { space(NEWLINE, s, e); continue; }
      if (isArabicScript(f)) arabic++;
      else if (f >= 97 && f <= 122) latin++;
      emit(f, s, e, -1);
    }
  }
  if (n === 0) return undefined;
  const language: Language = languageOverride ?? (arabic > latin ? 'fa' : 'en');
  // The block's three maps, one buffer (or one arena cut) behind them. Copied in a loop: TypedArray#set goes
  // through the runtime, which for ~30 values costs more than the copy.
  const map = active ? active.take(3 * n) : new Int32Array(3 * n);
  for (let i = 0, j = n, k = 2 * n; i < n; i++, j++, k++) {
    map[i] = mapStarts[i];
    map[j] = mapEnds[i];
    map[k] = mapTags[i];
  }
  return {
    text: stringOf(n),
    starts: map.subarray(0, n),
    ends: map.subarray(n, 2 * n),
    tags,
    tagAt: map.subarray(2 * n, 3 * n),
    start: mapStarts[0],
    end: mapEnds[n - 1],
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
  // By UTF-16 unit: a surrogate half is neither, as the astral character it belongs to is neither.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isArabicScript(c)) arabic++;
    else if (c >= 97 && c <= 122) latin++;
  }
  if (!arabic && !latin) return undefined;
  return arabic > latin ? 'fa' : 'en';
}
