/**
 * Offsets ↔ line/character (UTF-16 code units), as LSP and ESLint's JSON count them. Line breaks are `\n`,
 * `\r\n` and a lone `\r`, like the LSP specification says.
 */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class LineIndex {
  private lineStarts: number[] | undefined;
  /**
   * The line starts are found on first use: every lint makes an index, and most lints of a long document never
   * ask it anything (no suppression comments), so scanning the whole text for it was work thrown away.
   */
  constructor(private readonly text: string) {}
  private get starts(): number[] {
    return (this.lineStarts ??= lineStartsOf(this.text));
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** End of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    return Math.min(this.lineStart(position.line) + Math.max(0, position.character), this.lineEnd(position.line));
  }
  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Most texts have no carriage return: then indexOf finds the line breaks far faster than a loop over every unit.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The file's dominant line ending, used when a rewrite inserts new lines. */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  if (crlf >= 0 && crlf < lf + 1) return '\r\n';
  if (lf < 0 && text.includes('\r')) return '\r';
  return '\n';
}
