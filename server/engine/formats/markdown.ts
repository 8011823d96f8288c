/**
 * Markdown to prose with remark (plus front matter). Text is taken from the source slice of each node rather
 * than its value, so escapes and entities never shift offsets; quote prefixes of continuation lines are dropped.
 */
import { pushAll } from '../arrays';
import type { Piece, RawBlock } from '../prose';
import type { Range } from '../types';
import { extractHtml } from './html';
import { blankRanges, capMarkdownNesting } from './nesting';
import type { CommentSpan, LinkRef } from './source';
import { TagIndex } from './source';
import { onFirstUse } from '../lazy';

interface MdNode {
  type: string;
  value?: string;
  lang?: string | null;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = onFirstUse('remark', () => {
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
});

const MAX_DEPTH = 500;
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell', 'definition']);
/**
 * Code spans shown to the reader as things to use, not code: an email address, a web address, or a Markdown link
 * written inside backticks (a saved reply's literal `[mailing list](…)`).
 */
const READABLE_CODE = /^\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[^\s`]+|\[[^\]\n]{1,80}\]\([^()\s]{1,300}\))\s*$/i;
const SKIP_TYPES = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'image', 'imageReference']);

export interface MarkdownResult {
  blocks: RawBlock[];
  comments: CommentSpan[];
  links: LinkRef[];
  skipped: Range[];
  frontmatter?: Range;
  /** Lines nested deeper than MAX_MARKDOWN_NESTING, left unlinted. */
  tooDeep: Range[];
}

/** Extend a block's start back over masked whitespace on its own lines (not across a blank line). */
function edgeStart(original: string, masked: string, start: number): number {
  let s = start;
  // A line that is blank in the original is a paragraph break; a line of masked tags is not.
  while (s > 0 && (masked[s - 1] === ' ' || masked[s - 1] === '\t' || (masked[s - 1] === '\n' && s - 1 > 0 && /\S/.test(lineBefore(original, s - 1))))) s--;
  return s;
}

function lineBefore(masked: string, nl: number): string {
  const prev = masked.lastIndexOf('\n', nl - 1);
  return masked.slice(prev + 1, nl);
}

function edgeEnd(original: string, masked: string, end: number): number {
  let e = end;
  while (e < masked.length && (masked[e] === ' ' || masked[e] === '\t' || masked[e] === '\r' || (masked[e] === '\n' && e + 1 < masked.length && /\S/.test(lineAfter(original, e))))) e++;
  return e;
}

function lineAfter(text: string, nl: number): string {
  const next = text.indexOf('\n', nl + 1);
  return text.slice(nl + 1, next < 0 ? text.length : next);
}

/**
 * Template tags leading a line of text (`{% trans "We're sorry." %}`, `{{ __('Thanks') }}`, `1. {% trans "Contact us" %}`)
 * are masked as spaces, which Markdown reads as indentation: four or more made the line a code block, and its
 * prose was never linted. For the parse only, such masked characters become zero-width spaces (text to remark,
 * nothing to the reader); a line of tags alone stays blank, and the text itself is read from the file as before.
 */
function leadingTagsAsText(original: string, masked: string): string {
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = masked.length;
    // Past the line's own indentation and block marker (quote, list item, heading; read in the file, where a tag is
    // not whitespace), masked tag characters up to the first character of text.
    const marker = /^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)?/.exec(original.slice(lineStart, Math.min(lineEnd, lineStart + 64)))![0].length;
    let k = lineStart + marker;
    let masks = 0;
    while (k < lineEnd && (masked[k] === ' ' || masked[k] === '\t')) {
      if (original[k] !== masked[k]) masks++;
      k++;
    }
    if (masks && k < lineEnd && masked[k] !== '\r') {
      out ??= masked.split('');
      for (let j = lineStart + marker; j < k; j++) if (original[j] !== masked[j]) out[j] = '\u200B';
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : masked;
}

/** Languages of a fence that holds text, not code (none given is the common case). */
const TEXT_FENCE = /^(?:text|txt|plain|plaintext|markdown|md|email|mail)$/i;
/** What marks a line as code or a command rather than a sentence. */
const CODE_LINE = /[{};=<>|\\]|\(\)|=>|^\s*(?:\/\/|#!|\$ |import |export |const |let |var |function |def |class |return |npm |npx |yarn |pnpm |git |cd |curl |sudo |pip )/;

/**
 * The content of a fenced block that holds prose: no language, or a text one, and lines that read as sentences (most
 * of them four words or more of letters, none of them code; a sentence's end somewhere). GitHub's saved replies keep
 * each reply in such a fence so it can be copied; a command, a log or a snippet of code stays code.
 */
function proseFence(original: string, node: MdNode, start: number, end: number): Range | undefined {
  if (node.lang && !TEXT_FENCE.test(node.lang)) return undefined;
  const open = original.slice(start, start + 3);
  if (open !== '```' && open !== '~~~') return undefined;
  const firstBreak = original.indexOf('\n', start);
  if (firstBreak < 0 || firstBreak >= end) return undefined;
  const contentStart = firstBreak + 1;
  const lastBreak = original.lastIndexOf('\n', end - 1);
  const closed = lastBreak >= contentStart && /^[ \t]*(?:```|~~~)/.test(original.slice(lastBreak + 1, end));
  const contentEnd = closed ? lastBreak : end;
  if (contentEnd <= contentStart) return undefined;
  const lines = original.slice(contentStart, contentEnd).split('\n').filter((l) => l.trim());
  if (!lines.length || lines.some((l) => CODE_LINE.test(l.replace(/\[[^\]\n]*\]\([^)\s]*\)/g, 'link').replace(/`[^`\n]*`/g, 'code')))) return undefined;
  const prose = lines.filter((l) => {
    const letters = (l.match(/\p{L}/gu) ?? []).length;
    return l.trim().split(/\s+/).length >= 4 && letters >= 0.6 * l.replace(/\s/g, '').length;
  });
  if (prose.length < 0.6 * lines.length || !/[.!?\u061F](?:\s|$)/.test(prose.join('\n'))) return undefined;
  return { start: contentStart, end: contentEnd };
}

/** `text` with everything outside [start, end) blanked (line breaks kept), so a parse of it keeps the file's offsets. */
function keepOnly(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

export function extractMarkdown(original: string, maskedText: string, index: TagIndex): MarkdownResult {
  // Over-deep lines are blanked before parsing: from here on they read like masked template tags.
  const capped = capMarkdownNesting(maskedText);
  // micromark drops a leading byte-order mark and counts offsets without it, which shifted every position after it
  // by one (a range could end inside an emoji). A space of the same length keeps offsets those of the file.
  const masked = capped.text.charCodeAt(0) === 0xfeff ? ' ' + capped.text.slice(1) : capped.text;
  // Edges grow over lines of masked tags (blank in `masked`, not in `original`); a skipped line is no such line.
  const edgeText = capped.cut.length ? blankRanges(original, capped.cut) : original;
  const parsed = leadingTagsAsText(original, masked);
  const tree = processor().parse(parsed) as unknown as MdNode;
  const blocks: RawBlock[] = [];
  const comments: CommentSpan[] = [];
  const links: LinkRef[] = [];
  const skipped: Range[] = [];
  let frontmatter: Range | undefined;
  let current: Piece[] | undefined;

  const stripQuotePrefixes = (s: string) => s.replace(/\n[ \t]*(?:>[ \t]?)+/g, (m) => '\n' + ' '.repeat(m.length - 1));

  const visit = (node: MdNode, depth = 0) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    // Thousands of nested quotes or lists would overflow the stack; no letter nests that deep.
    if (depth > MAX_DEPTH) { skipped.push({ start, end }); return; }
    if (node.type === 'yaml' || node.type === 'toml') { frontmatter = { start, end }; skipped.push({ start, end }); return; }
    if (node.type === 'code' && !current) {
      // A fence of prose is a message kept to be pasted (a repository's saved replies): read as Markdown in place.
      const inner = proseFence(original, node, start, end);
      if (inner) {
        const sub = processor().parse(keepOnly(parsed, inner.start, inner.end)) as unknown as MdNode;
        skipped.push({ start, end: inner.start }, { start: inner.end, end });
        for (const child of sub.children ?? []) visit(child, depth + 1);
        return;
      }
    }
    if (node.type === 'inlineCode' && current && READABLE_CODE.test(node.value ?? '')) {
      // "Write to `help@acme.com`", "ask on our `[mailing list](https://…)`": the reader sees the address or the
      // link's words in the code span as written; they are part of the sentence (and a way to reach someone).
      const ticks = /^`+/.exec(original.slice(start, end))?.[0].length ?? 1;
      const innerStart = start + ticks;
      const innerEnd = end - ticks;
      if (innerEnd > innerStart) {
        const link = /^\s*\[([^\]\n]*)\]\(([^()\s]+)\)\s*$/.exec(node.value ?? '');
        // Of a link, its words are the sentence's (the brackets and the address around them are not words).
        const label = link ? original.indexOf(`[${link[1]}]`, innerStart) + 1 : -1;
        if (link && label > 0) index.pieces(original, label, label + link[1].length, current);
        else index.pieces(original, innerStart, innerEnd, current);
        const href = link?.[2] ?? (/@/.test(node.value ?? '') && !/^\s*(?:https?:|www\.)/i.test(node.value ?? '') ? `mailto:${node.value!.trim()}` : node.value!.trim());
        links.push({ start: innerStart, end: innerEnd, href });
        return;
      }
    }
    if (SKIP_TYPES.has(node.type)) { skipped.push({ start, end }); return; }
    if (node.type === 'html') {
      const html = extractHtml(original, masked, index, start, end);
      pushAll(comments, html.comments);
      pushAll(links, html.links);
      pushAll(skipped, html.skipped);
      pushAll(capped.cut, html.tooDeep);
      for (const b of html.blocks) {
        if (current) pushAll(current, b.pieces);
        else blocks.push(b);
      }
      return;
    }
    if (node.type === 'break') { current?.push({ kind: 'break', start, end }); return; }
    if (node.type === 'text') {
      if (current) index.pieces(original, start, end, current, stripQuotePrefixes);
      return;
    }
    if (node.type === 'link' && node.url) links.push({ start, end, href: node.url });
    if (BLOCK_TYPES.has(node.type)) {
      const own = !current;
      if (own) current = [];
      // remark trims a paragraph's leading and trailing whitespace, which is where masked merge tags
      // at the edge of a paragraph ("{{agent_name}}" on the first line of a signature) went.
      const before = edgeStart(edgeText, masked, start);
      if (before < start) index.pieces(original, before, start, current!);
      for (const child of node.children ?? []) visit(child, depth + 1);
      const after = edgeEnd(edgeText, masked, end);
      if (after > end) index.pieces(original, end, after, current!);
      if (own) {
        if (current!.length) blocks.push({ pieces: current! });
        current = undefined;
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(tree);
  pushAll(skipped, capped.cut);
  return { blocks, comments, links, skipped, frontmatter, tooDeep: capped.cut };
}
