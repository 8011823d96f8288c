/**
 * HAML (Rails mailers: `app/views/user_mailer/welcome.html.haml`, `.text.haml`) is line based: what a line is
 * depends on how it starts, and what belongs to it on how far the lines after it are indented. The character
 * scanner of the other dialects cannot read that, so a HAML file is read here line by line, once, into
 * - the tags the rest of the engine knows: `= @user.name` / `!=` / `&=` / `~` lines and `#{…}` in text are Ruby
 *   output, `- if …` lines Ruby statements, `-# …` and `/ …` comments (their indented blocks hidden with them);
 * - the lines as prose sees them (formats/haml.ts builds paragraphs from them): element prefixes (`%p`, `.note`,
 *   `%td{ style: '…' }`, `%a(href="…")`, attribute hashes over several lines) are markup and left out, the text
 *   after them and plain text lines are prose, and filter blocks (`:javascript`, `:css`) are hidden except
 *   `:plain` and `:markdown`, whose text is prose.
 * Every range is an exact slice of the file, so findings map back without a table.
 */
import type { Range } from '../../types';
import { EMAIL_LITERAL } from './angle';
import { FALLBACK_RE, outputTag, RAILS_LINK_HELPER, RAILS_MAIL_TO_ADDRESS, railsPrinted } from './state';
import type { QuotedRange, TagScan, TemplateTag } from './types';

/** One line (or one logical line spanning several, such as an attribute hash) as prose sees it. */
export interface HamlLine {
  /** Offset of the line's first character (its indentation included). */
  start: number;
  /** Leading whitespace characters. */
  indent: number;
  /** `element`: `%p …`, `.x`, `#x`; `text`: plain text (a filter's text too); `code`: `=`/`-` lines; `other`: a line no reader sees. */
  kind: 'element' | 'text' | 'code' | 'other';
  /** For element lines: the element's name (`div` for `.class` and `#id` alone). */
  element?: string;
  /** Ranges of this line read as prose, in order: text, and output tags as their placeholders. */
  prose: Range[];
  /** Raw HTML tags written in text (`<br>`): `br` breaks the line, the rest are markup. */
  breaks: Range[];
}

export interface HamlScan extends TagScan {
  lines: HamlLine[];
  /** `link_to "text", target`: the text's range and the Ruby that names the target (read as a link's href). */
  links: { start: number; end: number; href: string }[];
}

/** Filters whose text a reader sees as text (with `#{…}` interpolated). */
const PROSE_FILTERS = new Set(['plain', 'markdown', 'textile', 'maruku', 'kramdown', 'preserve', 'escaped']);
/** Elements whose content is never prose. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'code', 'pre', 'textarea', 'select']);

const ELEMENT_NAME = /%([\w:-]+)/y;
/** A link helper whose first argument is the link's text: `link_to "…"`, `link_to("…"`, `mail_to '…'`. */
const LINK_TEXT = new RegExp(`^\\s*${RAILS_LINK_HELPER}\\s*\\(?\\s*(['"])`);
const CLASS_OR_ID = /[.#][\w-]+/y;
const RUBY_OUTPUT = /(?:[!&]=|=|~)/y;
/** A plain path, as a variable: `@member.login_name`, `user.first_name`, `name`. */
const PLAIN_PATH = /^@?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*[?!]?)*$/;
/** Raw HTML tags a HAML line may carry in its text (`<br>`, `<strong>…</strong>`, `<!--[if mso]>`). */
const RAW_TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>|<!\[[^\]]*\]>/g;

/** How far an attribute hash (`{…}`, `(…)`) may run over its lines: real ones take a few hundred characters. */
const MAX_ATTRIBUTES = 4000;
const MAX_ATTRIBUTE_LINES = 30;

let last: { text: string; scan: HamlScan } | undefined;

/**
 * The HAML reading of `text`. The tag scan and the prose extraction both ask for it, once each per lint: the last
 * answer is kept (its arrays are copied for callers that add to them).
 */
export function scanHaml(text: string): HamlScan {
  if (last?.text !== text) last = { text, scan: readHaml(text) };
  const s = last.scan;
  return { tags: s.tags.slice(), broken: s.broken.slice(), hidden: s.hidden.slice(), quoted: s.quoted.slice(), lines: s.lines, links: s.links };
}

interface LineBounds { start: number; end: number; next: number }

function readHaml(text: string): HamlScan {
  const reader = new HamlReader(text);
  reader.read();
  reader.tags.sort((x, y) => x.start - y.start);
  return { tags: reader.tags, broken: [], hidden: reader.hidden, quoted: reader.quoted, lines: reader.lines, links: reader.links };
}

/** One pass over a HAML file's lines; each kind of line has its method, which returns where reading goes on. */
class HamlReader {
  readonly tags: TemplateTag[] = [];
  readonly hidden: Range[] = [];
  /** Link texts read as prose inside Ruby string literals: a rewrite there is escaped for the quote. */
  readonly quoted: QuotedRange[] = [];
  readonly links: HamlScan['links'] = [];
  readonly lines: HamlLine[] = [];
  private readonly n: number;
  /** `- if @user.name` blocks still open: their indentation and condition guard the output tags inside. */
  private readonly conditions: { indent: number; expr: string }[] = [];
  /** The next `#{` at or after an offset, remembered (see nextInterpolation). */
  private interpolationAt = -2;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  read(): void {
    const { text, n } = this;
    let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (at < n) {
      const b = this.boundsAt(at);
      if (this.blank(b)) {
        this.lines.push({ start: b.start, indent: b.end - b.start, kind: 'other', prose: [], breaks: [] });
        at = b.next;
        continue;
      }
      const indent = this.indentOf(b);
      while (this.conditions.length && this.conditions[this.conditions.length - 1].indent >= indent) this.conditions.pop();
      const line: HamlLine = { start: b.start, indent, kind: 'other', prose: [], breaks: [] };
      this.lines.push(line);
      const end = this.readLine(b, line);
      at = end < n ? skipNewline(text, end) : n;
    }
  }

  /** Reads the line at `b` (and what belongs to it); returns the offset where the last line it took ends. */
  private readLine(b: LineBounds, line: HamlLine): number {
    const { text } = this;
    const p = b.start + line.indent;
    const c = text[p];
    const c1 = text[p + 1] ?? '';
    // `-#` silent comment and `/` HTML comment: the line and the block under it. `/[if mso]` wraps markup that
    // Outlook shows: only its line is a comment.
    if ((c === '-' && c1 === '#') || c === '/') return this.comment(b, line, p);
    if (c === '-') return this.statement(b, line, p);
    if (c === ':' && /[A-Za-z]/.test(c1)) return this.filter(b, line, p);
    // `!!!` doctype.
    if (text.startsWith('!!!', p)) return b.end;
    // `= expr`, `!= expr`, `&= expr`, `~ expr`: Ruby output.
    const out = stickyMatch(RUBY_OUTPUT, text, p);
    if (out && text[p + out.length] !== '=') {
      const end = this.codeEnd(p, b.end);
      line.kind = 'code';
      if (this.linkText(p + out.length, end, line)) return end;
      const tag = this.output(p, end, text.slice(p + out.length, end).trim());
      line.prose.push({ start: tag.start, end: tag.end });
      return end;
    }
    if (c === '%' || ((c === '.' || c === '#') && /[\w-]/.test(c1))) return this.element(b, line, p);
    // Plain text: `\` escapes a first character HAML would read; `& ` and `! ` escape or not (the text is the same);
    // `==` is an old interpolated string.
    line.kind = 'text';
    let k = p;
    if (c === '\\') k++;
    else if (text.startsWith('==', p)) k += 2;
    else if ((c === '&' || c === '!') && /\s/.test(c1)) k++;
    this.lineText(k, b.end, line);
    return b.end;
  }

  private comment(b: LineBounds, line: HamlLine, p: number): number {
    const conditional = this.text[p] === '/' && this.text[p + 1] === '[';
    const end = conditional ? b.end : this.blockEnd(line.indent, b.end);
    const expr = this.text.slice(p + (this.text[p] === '-' ? 2 : 1), end).trim();
    this.tags.push({ start: p, end, dialect: 'haml', kind: 'comment', expr });
    this.hidden.push({ start: p, end });
    return end;
  }

  /** `- code`: a Ruby statement; `- if x` guards the block under it. */
  private statement(b: LineBounds, line: HamlLine, p: number): number {
    const end = this.codeEnd(p, b.end);
    const expr = this.text.slice(p + 1, end).trim();
    this.tags.push({ start: p, end, dialect: 'haml', kind: 'statement', expr });
    line.kind = 'code';
    if (/^(?:if|unless|elsif)\b/.test(expr)) this.conditions.push({ indent: line.indent, expr: expr.replace(/^\w+\s*/, '') });
    return end;
  }

  /** `:javascript`, `:css`: hidden; `:plain`, `:markdown`: the block's lines are text. */
  private filter(b: LineBounds, line: HamlLine, p: number): number {
    const { text } = this;
    const name = /^:([\w-]+)/.exec(text.slice(p, b.end))![1];
    const end = this.blockEnd(line.indent, b.end);
    line.kind = 'element';
    if (!PROSE_FILTERS.has(name)) {
      line.element = 'script';
      this.hidden.push({ start: p, end });
      return end;
    }
    // The filter's lines are text whatever they start with (`- item` in Markdown is a list, not Ruby).
    line.element = 'div';
    this.tags.push({ start: p, end: b.end, dialect: 'haml', kind: 'statement', expr: name });
    for (let q = skipNewline(text, b.end); q < end; ) {
      const t = this.boundsAt(q);
      q = t.next;
      const textLine: HamlLine = { start: t.start, indent: this.indentOf(t), kind: this.blank(t) ? 'other' : 'text', prose: [], breaks: [] };
      this.lines.push(textLine);
      if (textLine.kind === 'text') this.lineText(t.start, t.end, textLine);
    }
    return end;
  }

  /** `%p`, `.class`, `#id`: an element, its attributes, then inline text or Ruby. */
  private element(b: LineBounds, line: HamlLine, p: number): number {
    const { text } = this;
    line.kind = 'element';
    let k = p;
    const name = stickyMatch(ELEMENT_NAME, text, k);
    line.element = name ? name.slice(1).toLowerCase() : 'div';
    if (name) k += name.length;
    for (let cls = stickyMatch(CLASS_OR_ID, text, k); cls; cls = stickyMatch(CLASS_OR_ID, text, k)) k += cls.length;
    // Attribute hashes `{…}`, HTML-style `(…)`, object references `[…]`, in any order; they may span lines.
    for (let guard = 0; guard < 3 && /[{(\[]/.test(text[k] ?? ''); guard++) {
      const close = balanced(text, k, this.attributesLimit(k));
      if (close < 0) { k = b.end; break; }
      k = close + 1;
    }
    const lineEnd = k > b.end ? this.boundsAt(lineStartOf(text, k)).end : b.end;
    while (k < lineEnd && /[<>&!\/]/.test(text[k]) && !(text[k] === '!' && text[k + 1] === '=') && !(text[k] === '&' && text[k + 1] === '=')) k++;
    const hiddenElement = HIDDEN_ELEMENTS.has(line.element);
    const inlineOut = stickyMatch(RUBY_OUTPUT, text, k);
    let end = lineEnd;
    if (inlineOut && text[k + inlineOut.length] !== '=') {
      end = this.codeEnd(k, lineEnd);
      if (hiddenElement || !this.linkText(k + inlineOut.length, end, line)) {
        const tag = this.output(k, end, text.slice(k + inlineOut.length, end).trim());
        if (!hiddenElement) line.prose.push({ start: tag.start, end: tag.end });
      }
    } else if (!hiddenElement) {
      this.lineText(text.startsWith('==', k) ? k + 2 : k, lineEnd, line);
    }
    if (!hiddenElement) return end;
    const blockEnd = this.blockEnd(line.indent, end);
    if (blockEnd > end) this.hidden.push({ start: skipNewline(text, end), end: blockEnd });
    return blockEnd;
  }

  private boundsAt(at: number): LineBounds {
    const { text, n } = this;
    let end = text.indexOf('\n', at);
    const next = end < 0 ? n : end + 1;
    if (end < 0) end = n;
    if (end > at && text[end - 1] === '\r') end--;
    return { start: at, end, next };
  }

  private indentOf(b: LineBounds): number {
    let k = b.start;
    while (k < b.end && (this.text[k] === ' ' || this.text[k] === '\t')) k++;
    return k - b.start;
  }

  private blank(b: LineBounds): boolean {
    return this.indentOf(b) === b.end - b.start;
  }

  /** The end of the block indented under a line of indentation `indent` that ends at `from`: blank lines inside it count, after it not. */
  private blockEnd(indent: number, from: number): number {
    let end = from;
    for (let at = skipNewline(this.text, from); at < this.n; ) {
      const b = this.boundsAt(at);
      if (!this.blank(b)) {
        if (this.indentOf(b) <= indent) break;
        end = b.end;
      }
      at = b.next;
    }
    return end;
  }

  /** Ruby code from `from` to the end of its line, continued onto the next lines after a trailing `,` or a `|` multiline marker. */
  private codeEnd(from: number, lineEnd: number): number {
    const { text, n } = this;
    let end = lineEnd;
    for (let lineStart = from; ; ) {
      const tail = text.slice(lineStart, end).trimEnd();
      if (!/(?:,|\s\|)$/.test(tail) || end >= n) return end;
      const next = this.boundsAt(skipNewline(text, end));
      if (next.start >= n || this.blank(next)) return end;
      if (tail.endsWith('|') && !/\s\|\s*$/.test(text.slice(next.start, next.end))) return end;
      lineStart = next.start;
      end = next.end;
    }
  }

  /**
   * How far attributes opened at `k` may run: a `{…}` hash goes on to the next line after a trailing comma (HAML's
   * rule), an HTML-style `(…)` after any line; capped, so an unclosed bracket on every line of a long file does
   * not read the rest of the file each time.
   */
  private attributesLimit(k: number): number {
    const { text, n } = this;
    let end = this.boundsAt(lineStartOf(text, k)).end;
    for (let more = 0; more < MAX_ATTRIBUTE_LINES && end < n && (text[k] === '(' || /,\s*$/.test(text.slice(lineStartOf(text, end), end))); more++) {
      end = this.boundsAt(skipNewline(text, end)).end;
    }
    return Math.min(end, k + MAX_ATTRIBUTES);
  }

  private guardedBy(variable: string | undefined, expr: string): boolean {
    if (!variable) return false;
    const leaf = variable.split('.').pop()!;
    const word = new RegExp(`(?:^|[^\\w])${leaf.replace(/[?!]/g, '\\$&')}(?![\\w])`);
    // `= @user.name if @user.name.present?`: a modifier that tests the same value.
    const modifier = /\s(?:if|unless)\s(.*)$/.exec(expr);
    return (modifier !== null && word.test(modifier[1])) || this.conditions.some((c) => word.test(c.expr));
  }

  /**
   * `= link_to "Reply to this message", @reply_link` (and `mail_to`, `button_to`): the words of a link the reader sees
   * are prose, in their string literal, and the Ruby around them is code. False when the line is not such a link or
   * its text interpolates (`"Hi #{name}"`) or is one word with no space (a key, a URL).
   */
  private linkText(from: number, end: number, line: HamlLine): boolean {
    const { text } = this;
    const m = LINK_TEXT.exec(text.slice(from, end));
    if (!m) return false;
    const quote = m[1] as "'" | '"';
    const litStart = from + m.index + m[0].length;
    let k = litStart;
    while (k < end && text[k] !== quote) k += text[k] === '\\' ? 2 : 1;
    if (k >= end) return false;
    const body = text.slice(litStart, k);
    // One word is a key or a URL and stays code, except the address `mail_to "help@acme.com"` prints.
    const address = RAILS_MAIL_TO_ADDRESS.test(text.slice(from, litStart - 1)) && EMAIL_LITERAL.test(body);
    if ((!/\s/.test(body.trim()) && !address) || /\\/.test(body) || (quote === '"' && body.includes('#{'))) return false;
    this.tags.push({ start: from - 1 < 0 ? 0 : lineCodeStart(text, from), end: litStart, dialect: 'haml', kind: 'statement', expr: text.slice(from, litStart).trim() });
    plainText(text, litStart, k, line);
    this.quoted.push({ start: litStart, end: k, quote });
    this.links.push({ start: litStart, end: k, href: text.slice(k + 1, end).replace(/^\s*,\s*/, '').split(/,\s*(?=[a-z_]+:)/)[0].trim() });
    this.tags.push({ start: k, end, dialect: 'haml', kind: 'statement', expr: text.slice(k, end).trim() });
    return true;
  }

  private output(start: number, end: number, expr: string): TemplateTag {
    const tag = outputTag(start, end, 'haml', expr);
    // The engine's path reading takes the first word of any expression (`link_to`, `render`); only a plain path,
    // with a fallback or a condition after it, names a value here.
    const head = railsPrinted(expr).split(/\s+(?:if|unless)\s|\s*(?:\|\||\bor\b)\s*|\.presence\b/)[0].trim();
    const variable = PLAIN_PATH.test(head) ? head.replace(/^@/, '') : undefined;
    const out: TemplateTag = { ...tag, variable, hasFallback: FALLBACK_RE.test(expr) || /\.presence\b/.test(expr) };
    if (!out.hasFallback && this.guardedBy(variable, expr)) out.guarded = true;
    this.tags.push(out);
    return out;
  }

  /**
   * The next `#{` at or after `from`, remembered: lines are read in order, and a file without one must not be
   * searched to its end from every line.
   */
  private nextInterpolation(from: number): number {
    if (this.interpolationAt === -1 || this.interpolationAt >= from) return this.interpolationAt;
    return (this.interpolationAt = this.text.indexOf('#{', from));
  }

  /** Text from `from` to `to` on one line: `#{…}` becomes an output tag, raw HTML tags are left out. */
  private textRanges(from: number, to: number, line: HamlLine): void {
    const { text } = this;
    let at = from;
    for (let k = this.nextInterpolation(from); k >= 0 && k < to; k = this.nextInterpolation(k + 2)) {
      if (text[k - 1] === '\\') continue;
      const close = balanced(text, k + 1, to);
      if (close < 0) break;
      if (k > at) plainText(text, at, k, line);
      const tag = this.output(k, close + 1, text.slice(k + 2, close).trim());
      line.prose.push({ start: tag.start, end: tag.end });
      at = close + 1;
      k = close - 1;
    }
    if (to > at) plainText(text, at, to, line);
  }

  /** A line's text after `from`: a trailing ` |` multiline marker is markup. */
  private lineText(from: number, end: number, line: HamlLine): void {
    const { text } = this;
    let to = end;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (text[to - 1] === '|' && (to - 1 === from || /\s/.test(text[to - 2]))) to--;
    while (to > from && /\s/.test(text[to - 1])) to--;
    let s = from;
    while (s < to && /\s/.test(text[s])) s++;
    if (to > s) this.textRanges(s, to, line);
  }
}

/** Text without interpolation: raw HTML tags in it are markup (`<br>` a line break), the rest is prose. */
function plainText(text: string, s: number, e: number, line: HamlLine): void {
  let lt = s;
  while (lt < e && text.charCodeAt(lt) !== 60) lt++;
  if (lt === e) {
    line.prose.push({ start: s, end: e });
    return;
  }
  RAW_TAG.lastIndex = 0;
  const chunk = text.slice(s, e);
  let p = s;
  for (let m = RAW_TAG.exec(chunk); m; m = RAW_TAG.exec(chunk)) {
    if (s + m.index > p) line.prose.push({ start: p, end: s + m.index });
    const tag = { start: s + m.index, end: s + m.index + m[0].length };
    if (/^<br\b/i.test(m[0])) line.breaks.push(tag);
    p = tag.end;
  }
  if (e > p) line.prose.push({ start: p, end: e });
}

/** `regex` (sticky) at `at`: the match or undefined. */
function stickyMatch(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function skipNewline(text: string, at: number): number {
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  return at;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The offset of the bracket closing the one at `open` (`{`, `(`, `[`), before `limit`, or -1: Ruby strings are
 * skipped (with `#{…}` inside double-quoted ones), so a `}` in a style value does not end an attribute hash.
 */
export function balanced(text: string, open: number, limit: number): number {
  const stack: string[] = [];
  for (let k = open; k < limit; k++) {
    const ch = text[k];
    if (ch === '{' || ch === '(' || ch === '[') stack.push(ch === '{' ? '}' : ch === '(' ? ')' : ']');
    else if (ch === '}' || ch === ')' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return k;
    } else if ((ch === '"' || ch === "'") && /[\s{(\[,:=>]/.test(text[k - 1] ?? ' ')) {
      let j = k + 1;
      while (j < limit && text[j] !== ch && text[j] !== '\n') {
        if (text[j] === '\\') j++;
        else if (ch === '"' && text[j] === '#' && text[j + 1] === '{') {
          const close = balanced(text, j + 1, limit);
          if (close < 0) return -1;
          j = close;
        }
        j++;
      }
      if (text[j] !== ch) return -1;
      k = j;
    }
  }
  return -1;
}

/** Where a Ruby output line's marker (`=`, `!=`, `&=`, `~`) starts, given where its expression starts. */
function lineCodeStart(text: string, exprStart: number): number {
  let k = exprStart - 1;
  while (k > 0 && /[=!&~]/.test(text[k - 1])) k--;
  return k;
}
