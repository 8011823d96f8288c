/**
 * A cap on Markdown nesting, applied before remark sees the text. remark's cost grows with the nesting of
 * quotes and lists far faster than with the size of the text (2 MB of ever deeper quotes: 116 s and 2.9 GB), and
 * no letter nests more than a handful of levels. Lines nested deeper than the cap are blanked (same length, line
 * breaks kept, so every offset still points into the original) and reported as skipped.
 */
import type { Range } from '../types';

/** Nesting levels (quote markers, list levels) a line may have before it is skipped. */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * An upper estimate of a line's container depth: its `>` quote markers, its list markers, and its indentation
 * (two columns per level, a tab as four). Over-counting only skips text indented over 64 columns.
 */
function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let columns = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4;
    else if (c === 62) depth++; // >
    else if ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) depth++; // - * + list marker
    else break;
  }
  return depth + (columns >> 1);
}

/** The text with over-deep lines blanked, and the blanked ranges (adjacent lines merged into one range). */
export function capMarkdownNesting(text: string, max = MAX_MARKDOWN_NESTING): { text: string; cut: Range[] } {
  const cut: Range[] = [];
  let out: string[] | undefined;
  let last = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (lineDepth(text, start, end) > max) {
      out ??= [];
      out.push(text.slice(last, start), text.slice(start, end).replace(/[^\r]/g, ' '));
      last = end;
      const prev = cut[cut.length - 1];
      if (prev && prev.end + 1 >= start) prev.end = end;
      else cut.push({ start, end });
    }
    start = end + 1;
  }
  if (!out) return { text, cut };
  out.push(text.slice(last));
  return { text: out.join(''), cut };
}

/** `text` with each range replaced by spaces (line breaks kept): the same length, so offsets still hold. */
export function blankRanges(text: string, ranges: readonly Range[]): string {
  const out: string[] = [];
  let last = 0;
  for (const r of ranges) {
    out.push(text.slice(last, r.start), text.slice(r.start, r.end).replace(/[^\n\r]/g, ' '));
    last = r.end;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Open HTML elements allowed before the rest is skipped. */
export const MAX_HTML_NESTING = 512;

/**
 * Elements never counted: void ones, and those whose end tag may be left out (a parser closes them itself), so a
 * page of unclosed `<p>` or `<li>` is never mistaken for deep nesting.
 */
const UNCOUNTED = new Set([
  'br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption',
  'rt', 'rp', 'html', 'head', 'body',
]);

/** [A-Za-z] by code unit: a one-character string and a regex test per unit were most of this pass's cost. */
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [\w:.-]: what a tag name is made of. */
const isNameUnit = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 46 || c === 45;

/**
 * HTML nested past the cap, found by one linear pass over the tags (htmlparser2 keeps its open elements in an
 * array it shifts on every open tag, so 50,000 nested elements cost seconds, and grows quadratically). Returns
 * `[from, to)` ranges, each from the first too-deep open tag to the end tag that brings the depth back.
 */
export function deepHtmlRanges(text: string, from = 0, to = text.length, max = MAX_HTML_NESTING): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let cutStart = -1;
  // One pass, each character looked at a bounded number of times: the next `>` is remembered, so a text of
  // many `<` and no `>` is not rescanned from every `<`.
  let gt = -1;
  for (let i = text.indexOf('<', from); i >= 0 && i < to; i = text.indexOf('<', i + 1)) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) break;
      i = close + 2;
      continue;
    }
    const tagStart = i;
    if (gt <= i) gt = text.indexOf('>', i + 1);
    if (gt < 0 || gt >= to) break;
    let k = i + 1;
    const closing = text[k] === '/';
    if (closing) k++;
    const nameStart = k;
    while (k < gt && isNameUnit(text.charCodeAt(k))) k++;
    if (k === nameStart || !isAsciiLetter(text.charCodeAt(nameStart))) continue;
    const name = text.slice(nameStart, k).toLowerCase();
    const tagEnd = gt + 1;
    i = gt;
    if (UNCOUNTED.has(name) || text[gt - 1] === '/') continue;
    if (closing) {
      if (depth > 0) depth--;
      if (cutStart >= 0 && depth <= max) {
        out.push({ start: cutStart, end: tagEnd });
        cutStart = -1;
      }
    } else {
      depth++;
      if (depth > max && cutStart < 0) cutStart = tagStart;
    }
  }
  if (cutStart >= 0) out.push({ start: cutStart, end: to });
  return out;
}
