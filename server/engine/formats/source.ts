/**
 * What every format adapter hands the engine, and the helpers they share: masking template tags before markup
 * parsing (same length, newlines kept, so offsets never move) and cutting a source range into prose pieces
 * around the tags inside it.
 */
import type { Range } from '../types';
import type { Piece, RawBlock } from '../prose';
import type { TagScan, TemplateTag } from './tags';
import type { PythonInfo } from './python';
import type { JsHtmlInfo } from './js-html';

export interface CommentSpan extends Range {
  /** The comment's inner text, used for `warmly-disable…` directives. */
  text: string;
}

export interface LinkRef extends Range {
  href: string;
  /** The link's visible text, when the adapter reads it (JSX: `<Link href=…>Contact us</Link>`). */
  text?: string;
}

export interface Extraction {
  blocks: RawBlock[];
  scan: TagScan;
  comments: CommentSpan[];
  links: LinkRef[];
  /** Regions that are not prose (scripts, styles, head, comments): broken tags there are not reported. */
  skipped: Range[];
  /**
   * `From:`/`Reply-To:`/`Subject:` values read from front matter or a header block, an HTML email's `<title>`
   * (name `title`), or the field a catalog key says the whole text is (see LintOptions.field).
   */
  headers: { name: string; value: string; range: Range }[];
  /** Whether markup was parsed as HTML or JSX (decides how rewrites insert a signature block). */
  markup: 'html' | 'markdown' | 'text' | 'jsx';
  /** Regions nested deeper than the format's cap: not linted, reported as one info finding each. */
  tooDeep?: Range[];
  /**
   * HTML only: text runs that are not prose (inside style, script, head, …), each as htmlparser2 reported it.
   * An edit inside one changes no parse event but its offsets (formats/reuse.ts).
   */
  quietText?: Range[];
  /**
   * JSX only (formats/jsx.ts): the JSX text nodes (an edit there is escaped for JSX text), the props the file's
   * components destructure (`{ userName }`: the variables a rewrite may use) and the name of an undestructured
   * props parameter (`props`).
   */
  jsx?: { text: Range[]; declared: string[]; propsParam?: string; components?: { name: string; source: string; start: number; end: number }[] };
  /** Python only (formats/python.ts): the literals that hold prose, where a rewrite is escaped for its quotes. */
  python?: PythonInfo;
  /** JS/TS modules returning an HTML email (formats/js-html.ts): where rewrites land and the names they may print. */
  jsHtml?: JsHtmlInfo;
  /** Set when the file does not parse (JSX): nothing was read, and the linter reports this instead of linting. */
  syntaxError?: { reason: string; line: number; column: number; range: Range };
}

/** Replace tags and hidden regions with spaces (newlines kept) so markup parsers never see template syntax. */
export function maskTags(text: string, scan: TagScan): string {
  if (scan.tags.length === 0 && scan.hidden.length === 0) return text;
  const chars: string[] = [];
  let last = 0;
  const ranges = [...scan.tags, ...scan.hidden].sort((a, b) => a.start - b.start);
  for (const r of ranges) {
    if (r.end <= last) continue;
    const s = Math.max(r.start, last);
    chars.push(text.slice(last, s));
    chars.push(text.slice(s, r.end).replace(/[^\n\r]/g, ' '));
    last = r.end;
  }
  chars.push(text.slice(last));
  return chars.join('');
}

/** Finds tags by offset quickly; tags are sorted by start and do not overlap. */
export class TagIndex {
  private readonly tags: TemplateTag[];
  private readonly hidden: Range[];
  constructor(scan: TagScan) {
    this.hidden = [...scan.hidden].sort((a, b) => a.start - b.start);
    // Tags inside comments and raw blocks are not template syntax that renders; the hidden region covers them.
    this.tags = scan.tags.filter((t) => !this.hidden.some((h) => h.start <= t.start && t.end <= h.end));
    this.tags.sort((a, b) => a.start - b.start);
  }
  /** First tag whose end is after `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.tags.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tags[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Cut `[start, end)` of the original text into text and tag pieces; hidden regions are dropped. */
  pieces(text: string, start: number, end: number, out: Piece[], transform?: (s: string) => string): void {
    let pos = start;
    let k = this.firstEndingAfter(start);
    const pushText = (s: number, e: number) => {
      if (e <= s) return;
      // Drop hidden (comment/raw) regions inside the text.
      let p = s;
      for (const h of this.hidden) {
        if (h.end <= p) continue;
        if (h.start >= e) break;
        if (h.start > p) out.push({ kind: 'text', start: p, end: h.start, value: apply(text.slice(p, h.start)) });
        p = Math.max(p, h.end);
      }
      if (p < e) out.push({ kind: 'text', start: p, end: e, value: apply(text.slice(p, e)) });
    };
    const apply = (s: string) => (transform ? transform(s) : s);
    while (k < this.tags.length && this.tags[k].start < end) {
      const tag = this.tags[k];
      if (tag.start >= pos) {
        pushText(pos, tag.start);
        if (tag.end <= end) out.push({ kind: 'tag', start: tag.start, end: tag.end, tag });
        pos = Math.min(end, tag.end);
      } else {
        pos = Math.max(pos, Math.min(end, tag.end));
      }
      k++;
    }
    pushText(pos, end);
  }
}

/** `From:`/`Reply-To:`/`Sender:`/`Subject:` lines in a header block or front matter (and a sender's display name field). */
export function readHeaders(text: string, from: number, to: number): Extraction['headers'] {
  const headers: Extraction['headers'] = [];
  const re = /^[ \t]*(from|reply-to|reply_to|replyto|sender|from_email|from_address|from_name|sender_name|subject)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/gim;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const valueStart = from + m.index + m[0].indexOf(m[2], m[1].length + 1);
    headers.push({ name: m[1].toLowerCase(), value: m[2], range: { start: valueStart, end: valueStart + m[2].length } });
  }
  return headers;
}

/** Offset of the end of a leading header block (`Subject:`/`From:` lines) in a plain-text template. */
export function headerBlockEnd(text: string): number {
  const m = /^(?:\uFEFF)?(?:[ \t]*(?:subject|from|to|reply-to|cc|bcc|sender|preheader|title)[ \t]*:.*\r?\n)+/i.exec(text);
  return m ? m[0].length : 0;
}
