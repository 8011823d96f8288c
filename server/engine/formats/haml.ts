/**
 * HAML to prose: paragraphs from the lines tags/haml.ts read. A block-level element (`%p`, `%td`, `.content`, a
 * filter) starts a paragraph and ends it where its indented block ends; a blank line ends one too (`.text.haml`
 * mail is written in paragraphs). Inside a paragraph, each line's prose follows the last one's with the newline
 * between them (the file's own `\n`, so it maps to itself); `%br` and `<br>` break the line. Inline elements
 * (`%strong`, `%a`) leave their text in the paragraph around them.
 */
import type { Piece, RawBlock } from '../prose';
import type { Range } from '../types';
import { BLOCK_ELEMENTS } from './html';
import type { Extraction } from './source';
import { headerBlockEnd, readHeaders, type TagIndex } from './source';
import { scanHaml } from './tags/haml';

export function extractHaml(text: string, scan: Extraction['scan'], index: TagIndex): Extraction {
  const blocks: RawBlock[] = [];
  let current: Piece[] = [];
  /** Where the last prose of the current paragraph ended, for the newline before the next line's. */
  let lastEnd = -1;
  const flush = () => {
    if (current.some((p) => p.kind !== 'break')) blocks.push({ pieces: current });
    current = [];
    lastEnd = -1;
  };
  /** Elements still open: a block-level one ends its paragraph when a line at or above its indentation comes. */
  const open: { indent: number; block: boolean }[] = [];
  const haml = scanHaml(text);
  for (const line of haml.lines) {
    if (line.kind === 'other' && line.prose.length === 0 && !line.element) {
      if (isBlank(text, line)) flush();
      continue;
    }
    let closedBlock = false;
    while (open.length && open[open.length - 1].indent >= line.indent) closedBlock = open.pop()!.block || closedBlock;
    if (closedBlock) flush();
    if (line.kind === 'element') {
      const block = BLOCK_ELEMENTS.has(line.element!) || line.element === 'script';
      if (block) flush();
      open.push({ indent: line.indent, block });
      if (line.element === 'br') {
        current.push({ kind: 'break', start: line.start + line.indent, end: line.start + line.indent + 3 });
        lastEnd = -1;
      }
    }
    if (line.prose.length === 0) continue;
    const breaks = line.breaks.slice();
    for (const r of line.prose) {
      while (breaks.length && breaks[0].start < r.start) {
        const b = breaks.shift()!;
        current.push({ kind: 'break', start: b.start, end: b.end });
        lastEnd = -1;
      }
      newlineBefore(text, lastEnd, r, current);
      index.pieces(text, r.start, r.end, current);
      lastEnd = r.end;
    }
    for (const b of breaks) {
      current.push({ kind: 'break', start: b.start, end: b.end });
      lastEnd = -1;
    }
  }
  flush();
  const headerEnd = headerBlockEnd(text);
  return { blocks, scan, comments: [], links: haml.links.map((l) => ({ ...l })), skipped: scan.hidden.slice(), headers: readHeaders(text, 0, headerEnd), markup: 'text' };
}

function isBlank(text: string, line: { start: number; indent: number }): boolean {
  const c = text[line.start + line.indent];
  return c === undefined || c === '\n' || c === '\r';
}

/** Lines of one paragraph read as lines: the newline that ends the previous line's prose goes between them. */
function newlineBefore(text: string, lastEnd: number, next: Range, out: Piece[]): void {
  if (lastEnd < 0) return;
  const nl = text.indexOf('\n', lastEnd);
  if (nl < 0 || nl >= next.start) {
    // Two pieces of one line (text, then a tag): nothing between them is prose but spaces, which are kept as they are.
    if (next.start > lastEnd && /^[ \t]+$/.test(text.slice(lastEnd, next.start))) out.push({ kind: 'text', start: lastEnd, end: next.start, value: text.slice(lastEnd, next.start) });
    return;
  }
  out.push({ kind: 'text', start: nl, end: nl + 1, value: '\n' });
}
