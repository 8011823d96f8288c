/**
 * Reusing a document's previous extraction after a small edit: the language server's everyday case is one
 * keystroke in a long HTML email, and parsing the whole document again (tag scan, masking, htmlparser2, prose
 * building) was most of what each keystroke cost (~60 % of a lint at 200 KB).
 *
 * The edit is the span between the texts' common prefix and suffix. When it lies inside one text piece of the
 * previous extraction (HTML markup only), or inside a text run that is no prose (a style sheet, a script, the
 * head), and no `<` or `&` could change how htmlparser2 reads that run (see parsesAlike), it walks the new
 * text through exactly the same states, so its events are the old ones with the offsets after the edit shifted.
 * Template tags are less local (scanners look a character back, and an unclosed opener reads up to 80 characters ahead), so the
 * tag scan is not reasoned about: it is run again (a fast pass over the text) and must equal the old scan
 * shifted, field by field, or the document is extracted afresh. So the result is always what a full extraction
 * of the new text gives: the edited paragraph's prose is built again, the paragraphs before the edit are the
 * previous objects, the ones after it copies with their offsets shifted. test/engine/incremental.test.ts checks
 * it against full lints on random edits.
 */
import type { Format, Language, Range } from '../types';
import { buildProse, type Piece, type ProseBlock, type RawBlock, type TextPiece } from '../prose';
import { extensionOf, extract } from './index';
import { headerBlockEnd, readHeaders, type Extraction } from './source';
import { scanTags, type BrokenTag, type TagScan, type TemplateTag } from './tags';

/** A document's extraction as of its last lint, and what is needed to reuse it. */
export interface ExtractionState {
  text: string;
  format: Format;
  filePath: string;
  language: Language | undefined;
  extraction: Extraction;
  /** The prose of each raw block of `extraction` (undefined where a block has no visible text). */
  prose: (ProseBlock | undefined)[];
  /** What the tag scanner itself found, before the HTML adapter added its QWeb tags. */
  scanned: { tags: TemplateTag[]; broken: BrokenTag[]; hidden: Range[]; quoted: TagScan['quoted'] };
  /** The QWeb tags the HTML adapter added to `extraction.scan.tags`. */
  extraTags: TemplateTag[];
  /** Whether this state was made from the previous one rather than by a full extraction. */
  reused: boolean;
  /** Blocks after the edit: each is its previous version's copy, moved by `delta`. */
  moved?: { from: Map<ProseBlock, ProseBlock>; delta: number };
}

const CHUNK = 2048;

/** The document's extraction and prose: reused from `previous` when the edit allows, else computed afresh. */
export function extractWithReuse(
  previous: ExtractionState | undefined,
  text: string,
  format: Format,
  filePath: string,
  language: Language | undefined,
): ExtractionState {
  const scan = scanTags(text, format, extensionOf(filePath));
  const reused = previous && reuse(previous, text, format, filePath, language, scan);
  return reused ?? fresh(text, format, filePath, language, scan);
}

function fresh(text: string, format: Format, filePath: string, language: Language | undefined, scan: TagScan): ExtractionState {
  const scanned = { tags: scan.tags.slice(), broken: scan.broken.slice(), hidden: scan.hidden.slice(), quoted: scan.quoted.slice() };
  const extraction = extract(text, format, filePath, scan);
  const own = new Set(scanned.tags);
  const extraTags = extraction.scan.tags.filter((t) => !own.has(t));
  const prose = extraction.blocks.map((b) => buildProse(b, language));
  return { text, format, filePath, language, extraction, prose, scanned, extraTags, reused: false };
}

function reuse(
  prev: ExtractionState,
  text: string,
  format: Format,
  filePath: string,
  language: Language | undefined,
  scan: TagScan,
): ExtractionState | undefined {
  const old = prev.text;
  if (prev.format !== format || prev.filePath !== filePath || prev.language !== language) return undefined;
  // The Handlebars strict parse adds its verdict to the broken tags; Markdown and plain text parse differently.
  // A JS module's email is read from its parse: a keystroke (a backtick) may change what the code is.
  if (prev.extraction.markup !== 'html' || format === 'handlebars' || prev.extraction.tooDeep?.length || prev.extraction.jsHtml) return undefined;

  // The edit: old [p, oldEnd) became new [p, oldEnd + d).
  const max = Math.min(old.length, text.length);
  // Whole chunks first: comparing two slices is a native memory compare, a character loop is not.
  let p = 0;
  while (p + CHUNK <= max && old.slice(p, p + CHUNK) === text.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s + CHUNK <= max - p && old.slice(old.length - s - CHUNK, old.length - s) === text.slice(text.length - s - CHUNK, text.length - s)) s += CHUNK;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const d = text.length - old.length;

  // Where the edit is: inside one text piece of a paragraph (typing prose), or inside a text run that is no prose
  // (a style sheet, a script, the head). Either way with at least one character of it before the edit, so the
  // edit never extends an entity written without its semicolon (`&not` + `in;`).
  const blocks = prev.extraction.blocks;
  let blockAt = -1; // the paragraph whose source the edit falls in, if any: built again
  let pieceAt = -1; // the text piece of that paragraph holding the edit, if it is in one
  let firstAfter = blocks.length; // the first paragraph after the edit: it and the rest move by d
  for (let b = 0; b < blocks.length; b++) {
    const pieces = blocks[b].pieces;
    if (pieces[pieces.length - 1].end < p) continue;
    if (pieces[0].start >= oldEnd) { firstAfter = b; break; }
    blockAt = b;
    firstAfter = b + 1;
    pieceAt = pieces.findIndex((piece) => piece.kind === 'text' && piece.start < p && piece.end >= oldEnd);
    break;
  }
  let run: Range | undefined;
  if (pieceAt >= 0) {
    const piece = blocks[blockAt].pieces[pieceAt];
    if ((piece as TextPiece).value.length !== piece.end - piece.start) return undefined; // an entity: its value is not the source
    run = piece;
  } else {
    run = prev.extraction.quietText?.find((r) => r.start < p && r.end >= oldEnd);
  }
  if (!run || !parsesAlike(old, text, run, p, oldEnd, d)) return undefined;

  // The tag scan must be the old one shifted.
  const shift = (x: number) => (x >= oldEnd ? x + d : x);
  if (!sameList(prev.scanned.tags, scan.tags, shift) || !sameList(prev.scanned.broken, scan.broken, shift) || !sameList(prev.scanned.hidden, scan.hidden, shift) || !sameList(prev.scanned.quoted, scan.quoted, shift)) return undefined;

  // Tags before the edit keep their objects (paragraphs before the edit refer to them); the others are the new scan's.
  const tagMap = new Map<TemplateTag, TemplateTag>();
  prev.scanned.tags.forEach((t, i) => { if (t.start >= oldEnd) tagMap.set(t, scan.tags[i]); });
  const extraTags = prev.extraTags.map((t) => {
    if (t.start < oldEnd) return t;
    const moved = { ...t, start: t.start + d, end: t.end + d };
    tagMap.set(t, moved);
    return moved;
  });
  const ownTags = prev.scanned.tags.map((t, i) => (t.start >= oldEnd ? scan.tags[i] : t));
  const tags = ownTags.concat(extraTags);
  if (extraTags.length) tags.sort((a, b) => a.start - b.start);

  const movePiece = (piece: Piece): Piece =>
    piece.start < oldEnd ? piece : piece.kind === 'tag'
      ? { ...piece, start: piece.start + d, end: piece.end + d, tag: tagMap.get(piece.tag) ?? piece.tag }
      : { ...piece, start: piece.start + d, end: piece.end + d };
  const newBlocks: RawBlock[] = blocks.slice(0, Math.max(0, blockAt < 0 ? firstAfter : blockAt));
  const prose = prev.prose.slice(0, newBlocks.length);
  if (blockAt >= 0) {
    const pieces = blocks[blockAt].pieces.map((piece, k) =>
      k === pieceAt ? { ...(piece as TextPiece), end: piece.end + d, value: text.slice(piece.start, piece.end + d) } : movePiece(piece));
    newBlocks.push({ pieces });
    prose.push(buildProse(newBlocks[blockAt], language));
  }
  const from = new Map<ProseBlock, ProseBlock>();
  for (let b = firstAfter; b < blocks.length; b++) {
    newBlocks.push({ pieces: blocks[b].pieces.map(movePiece) });
    const block = prev.prose[b];
    const moved = block && moveProse(block, d, tagMap);
    if (moved) from.set(moved, block!);
    prose.push(moved);
  }

  const x = prev.extraction;
  const moveRange = <R extends Range>(r: R): R => (r.start >= oldEnd || r.end >= oldEnd ? { ...r, start: shift(r.start), end: shift(r.end) } : r);
  const title = x.headers.find((h) => h.name === 'title')?.range;
  const headers = readHeaders(text, 0, headerBlockEnd(text));
  if (title) {
    const range = moveRange(title);
    headers.push({ name: 'title', value: text.slice(range.start, range.end), range });
  }
  const extraction: Extraction = {
    blocks: newBlocks,
    scan: { tags, broken: scan.broken, hidden: scan.hidden, quoted: scan.quoted },
    comments: x.comments.map(moveRange),
    links: x.links.map(moveRange),
    skipped: x.skipped.map(moveRange),
    headers,
    markup: x.markup,
    tooDeep: x.tooDeep,
    quietText: x.quietText?.map(moveRange),
  };
  // The tag objects the extraction refers to (equal to the new scan's), so the next edit can map them.
  const scanned = { tags: ownTags, broken: scan.broken.slice(), hidden: scan.hidden.slice(), quoted: scan.quoted.slice() };
  return { text, format, filePath, language, extraction, prose, scanned, extraTags, reused: true, moved: { from, delta: d } };
}

/** The longest character reference htmlparser2 reads after `&` (`&CounterClockwiseContourIntegral;`), and more. */
const ENTITY_REACH = 64;

/**
 * Whether htmlparser2 reads text run `run` of the old text, edited at [p, oldEnd), as the same one run: inside a
 * text run only `<` (a tag, or a raw text element's end) and `&` (a character reference, when the characters
 * after it spell one) change its state. So the run may hold no `<` at all, the removed and typed text no `&`, and
 * no `&` may stand close enough before the edit for the edit to complete or break a reference.
 */
function parsesAlike(old: string, text: string, run: Range, p: number, oldEnd: number, d: number): boolean {
  const removed = old.slice(p, oldEnd);
  if (removed.includes('<') || removed.includes('&')) return false;
  if (text.slice(run.start, run.end + d).includes('<')) return false;
  return !text.slice(Math.max(run.start, p - ENTITY_REACH), oldEnd + d).includes('&');
}

function moveProse(block: ProseBlock, d: number, tagMap: Map<TemplateTag, TemplateTag>): ProseBlock {
  const starts = new Int32Array(block.starts.length);
  const ends = new Int32Array(block.ends.length);
  for (let i = 0; i < starts.length; i++) { starts[i] = block.starts[i] + d; ends[i] = block.ends[i] + d; }
  // `words` depends on the text alone: it comes along.
  return { ...block, starts, ends, start: block.start + d, end: block.end + d, tags: block.tags.map((t) => tagMap.get(t) ?? t) };
}

/** Whether `now` equals `before` with its offsets moved by `shift` (tags, broken tags, ranges: plain data). */
function sameList(before: readonly object[], now: readonly object[], shift: (x: number) => number): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < before.length; i++) if (!sameShifted(before[i], now[i], shift)) return false;
  return true;
}

function sameShifted(a: unknown, b: unknown, shift: (x: number) => number, key = ''): boolean {
  if (typeof a === 'number' && (key === 'start' || key === 'end')) return shift(a) === b;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  // Own keys counted in place, no key arrays: this runs for every tag of the document on every keystroke.
  let keys = 0;
  for (const k in a) {
    keys++;
    if (!sameShifted((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], shift, k)) return false;
  }
  for (const _ in b) keys--;
  return keys === 0;
}
