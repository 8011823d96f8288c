/**
 * The bookkeeping every dialect family shares while the scanner walks a file once: the tags and broken tags
 * found so far, hidden regions, the stack of open blocks (so a close can be matched and an output tag inside
 * `{% if name %}` counts as guarded), and helpers to record an unclosed tag or open and close a block.
 * Each family module (curly, statements, angle, braces, placeholders) reads and writes only through this.
 */
import type { Dialect, Format, Range } from '../../types';
import { escapeRe } from '../../regex';
import type { BrokenTag, QuotedRange, TemplateTag } from './types';

/** A path after optional sigils: `customer.first_name`, `$user->name`, `order['id']`. */
export const PATH_RE = /^[@$]?[A-Za-z_][\w]*(?:(?:\.|->|::)[A-Za-z_][\w]*|\[['"]?[\w-]+['"]?\])*/;
/** An expression that supplies its own value when the variable is empty (`| default: "there"`, `??`, `or`). */
/** Rails' link helpers, whose first argument is the words of the link (ERB, HAML, and the letter's link test). */
export const RAILS_LINK_HELPER = '(?:link_to|mail_to|button_to)';
/** A Rails link helper's call up to its first argument, which is what the reader sees (`mail_to @shop.support_email`). */
const RAILS_HELPER_CALL = new RegExp(`^${RAILS_LINK_HELPER}\\s*\\(?\\s*`);
/** The expression a Rails link helper prints (its first argument), or the expression itself. */
export function railsPrinted(expr: string): string {
  return expr.replace(RAILS_HELPER_CALL, '');
}
/** `mail_to "help@acme.com"`: the call up to a literal first argument that is an email address, which it prints. */
export const RAILS_MAIL_TO_ADDRESS = /\bmail_to\s*\(?\s*$/;

export const FALLBACK_RE = /\|\s*(?:default|d|fallback|default_if_none)\b|\?\?|\|\||\bor\b|![^=]|\?\s*:|\.presence\b/;

/** Match a sticky (`y`) regex exactly at `at`: placeholder dialects are tried at one offset, without slicing. */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export interface OpenBlock {
  tag: TemplateTag;
  name: string;
  /** How the closing tag is spelled, for messages and fixes. */
  closer: string;
  family: 'hbs' | 'stmt' | 'smarty' | 'ftl' | 'mc' | 'tt';
  /** Template Toolkit's `[%|loc(list.name, rejected_by)%]`: what `%1`, `%2`… inside the block print, in order. */
  args?: string[];
}

export class ScanState {
  readonly tags: TemplateTag[] = [];
  readonly broken: BrokenTag[] = [];
  readonly hidden: Range[] = [];
  readonly quoted: QuotedRange[] = [];
  readonly stack: OpenBlock[] = [];
  /** Variables assigned with a fallback (`{% assign first = customer.first_name | default: "there" %}`). */
  readonly assignedWithFallback = new Set<string>();
  readonly n: number;
  /** `{% … %}` comments `{# … #}` exist only in Twig-like formats. */
  readonly twigLike: boolean;
  /** Smarty statements (`{if}`, `{foreach}`) are recognised only in .tpl/.smarty files. */
  readonly smarty: boolean;
  /** A PHP file (Blade's `.blade.php` among them): `@if (…)` and `@endsection` anywhere are Blade's directives. */
  readonly php: boolean;
  /** The dialect a `{{ … }}` output tag is spelled in for this format. */
  readonly curlyDialect: Dialect;
  /**
   * Openers are scanned left to right and many may be unclosed: remember each closer's next position so a
   * thousand unclosed `<%` cost one pass over the text, not a thousand.
   */
  readonly find: (needle: string, from: number) => number;
  // One regex per variable name, not one per tag and open block: a long template with many open blocks made
  // building them quadratic (seconds on a 2 MB file).
  private readonly leafRes = new Map<string, RegExp>();
  /** Each open block's serial number, in opening order, and per variable how far isGuarded has read the stack. */
  private readonly serials = new WeakMap<OpenBlock, number>();
  private nextSerial = 0;
  private readonly guardsSeen = new Map<string, { lastSerial: number; hit: OpenBlock | undefined; hitIndex: number }>();

  constructor(readonly text: string, readonly format: Format, fileExt: string) {
    this.n = text.length;
    this.twigLike = format === 'twig';
    this.smarty = fileExt === '.tpl' || fileExt === '.smarty';
    this.php = fileExt === '.php';
    this.curlyDialect = format === 'liquid' ? 'liquid' : format === 'twig' ? 'twig' : format === 'handlebars' ? 'handlebars' : 'handlebars';
    this.find = nextIndexFinder(text);
  }

  /** Record a tag; an output tag without its own fallback is checked for a guarding block or assignment. */
  readonly push = (tag: TemplateTag): void => {
    this.tags.push(tag);
    if (tag.kind === 'output' && tag.variable && !tag.hasFallback) tag.guarded = this.isGuarded(tag.variable);
  };

  private isGuarded(variable: string): boolean {
    if (this.assignedWithFallback.has(variable)) return true;
    const leaf = variable.split(/\.|->/).pop() ?? variable;
    // Open blocks already read for this variable are not read again: a long text with many unclosed blocks and
    // many output tags made this quadratic (15% of a 10 MB text). The stack only grows at its end and loses a
    // suffix, so the blocks opened after the last one read are the stack's tail, found by their serial number.
    const seen = this.guardsSeen.get(variable);
    if (seen?.hit && this.stack[seen.hitIndex] === seen.hit) return true;
    for (let k = seen ? this.firstOpenedAfter(seen.lastSerial) : 0; k < this.stack.length; k++) {
      const open = this.stack[k];
      if (this.guards(open, variable, leaf)) {
        this.guardsSeen.set(variable, { lastSerial: this.serials.get(open)!, hit: open, hitIndex: k });
        return true;
      }
    }
    const top = this.stack[this.stack.length - 1];
    this.guardsSeen.set(variable, { lastSerial: top ? this.serials.get(top)! : seen?.lastSerial ?? -1, hit: undefined, hitIndex: -1 });
    return false;
  }

  private guards(open: OpenBlock, variable: string, leaf: string): boolean {
    if (/^(if|unless|with|IF|ifHas|has)$/i.test(open.name) && open.tag.expr.includes(leaf) && this.leafRe(leaf).test(open.tag.expr)) return true;
    // A Mustache section named after the variable renders only when it is set: {{#first_name}}…{{/first_name}}.
    return open.family === 'hbs' && (open.name === variable || open.name === leaf);
  }

  /** Index of the first open block with a serial above `serial` (serials rise from the bottom of the stack). */
  private firstOpenedAfter(serial: number): number {
    let lo = 0;
    let hi = this.stack.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.serials.get(this.stack[mid])! <= serial) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private leafRe(leaf: string): RegExp {
    let re = this.leafRes.get(leaf);
    if (!re) this.leafRes.set(leaf, (re = new RegExp(`\\b${escapeRe(leaf)}\\b`)));
    return re;
  }

  private lineEnd(from: number): number {
    const nl = this.find('\n', from);
    return nl < 0 ? this.n : nl;
  }

  /** An opener whose closer never comes: the broken tag is what a reader would see raw. */
  readonly unclosed = (start: number, dialect: Dialect, closer: string): void => {
    const text = this.text;
    // Up to the first punctuation or markup after it.
    const stop = /[,<\n\r!?;\u060C\u061B]|\.\s|\}/.exec(text.slice(start + 2, Math.min(this.lineEnd(start), start + 80)));
    const stopAt = stop ? start + 2 + stop.index + (stop[0] === '}' ? 1 : 0) : Math.min(this.lineEnd(start), start + 80);
    let end = Math.max(start + 2, trimRight(text, start, stopAt));
    // The 80-character cap may fall inside an emoji: keep the pair whole.
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
    this.broken.push({ start, end, dialect, reason: 'unclosed', detail: `add the closing "${closer}"` });
  };

  readonly openBlock = (tag: TemplateTag, name: string, closer: string, family: OpenBlock['family']): void => {
    tag.kind = 'open';
    tag.block = name;
    const open: OpenBlock = { tag, name, closer, family };
    this.serials.set(open, this.nextSerial++);
    this.stack.push(open);
  };

  readonly closeBlock = (tag: TemplateTag, name: string, family: OpenBlock['family']): void => {
    tag.kind = 'close';
    tag.block = name;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const open = this.stack[k];
      if (open.family === family && open.name.toLowerCase() === name.toLowerCase()) {
        // Everything opened after it and not closed is unclosed.
        for (const inner of this.stack.splice(k)) if (inner !== open) this.reportUnclosedBlock(inner);
        return;
      }
    }
    this.broken.push({
      start: tag.start, end: tag.end, dialect: tag.dialect, reason: 'unopened-block',
      detail: `this closes a "${name}" block that was never opened`,
    });
  };

  readonly reportUnclosedBlock = (open: OpenBlock): void => {
    this.broken.push({
      start: open.tag.start, end: open.tag.end, dialect: open.tag.dialect, reason: 'unclosed-block',
      detail: `add "${open.closer}" where the "${open.name}" block ends`,
    });
  };
}

/** An output tag's variable path and whether the expression itself supplies a fallback. */
export function outputTag(start: number, end: number, dialect: Dialect, expr: string): TemplateTag {
  // The same expressions recur in a template and in every scan of it (each keystroke scans the document again):
  // what an expression means is worked out once. A pure function of the dialect and the expression.
  const key = `${dialect}\u0000${expr}`;
  let meaning = outputMeanings.get(key);
  if (!meaning) {
    if (outputMeanings.size >= OUTPUT_MEANINGS_MAX) outputMeanings.clear();
    outputMeanings.set(key, (meaning = readOutput(dialect, expr)));
  }
  return { start, end, dialect, kind: 'output', expr, variable: meaning.variable, hasFallback: meaning.hasFallback };
}

/** outputTag's readings by dialect and expression; emptied when full, so it never grows past a few thousand. */
const outputMeanings = new Map<string, { variable: string | undefined; hasFallback: boolean }>();
const OUTPUT_MEANINGS_MAX = 4096;

function readOutput(dialect: Dialect, expr: string): { variable: string | undefined; hasFallback: boolean } {
  const hasFallback = FALLBACK_RE.test(expr) || /\b(default|fallback|or|coalesce|ifEmpty)\b/.test(expr.split(/\s+/)[0] ?? '');
  let variable: string | undefined;
  // Go templates (`{{ .SenderName }}`) start paths with a dot; Magento writes `{{var store.getName()}}` and
  // `{{htmlescape var=$customer.name}}`.
  let body = expr.replace(/^&\s*/, '').replace(/^\.(?=[A-Za-z_])/, '').replace(/^(?:var\s+|(?:htmlescape|escapehtml)\s+var=)/i, '');
  // `<%= mail_to @shop.support_email %>`, `<%= link_to @shop.name, shop_url %>`: the first argument is printed.
  if (dialect === 'erb' || dialect === 'haml') body = railsPrinted(body);
  const words = body.split(/\s+/).filter(Boolean);
  if (dialect === 'handlebars' && words.length > 1 && !/[|(]/.test(body)) {
    // A helper call: `capitalize first_name`, `default name "there"`; the variable is the first path argument.
    const arg = words.slice(1).find((w) => PATH_RE.test(w) && !/^["']/.test(w) && !w.includes('='));
    variable = arg?.match(PATH_RE)?.[0];
  } else {
    variable = body.match(PATH_RE)?.[0];
  }
  if (variable) variable = variable.replace(/^[@$]/, '').replace(/->/g, '.');
  if (variable && /^(t|trans|translate|__|lang|i18n|l|_|loc|gettext)$/.test(variable)) variable = undefined;
  return { variable, hasFallback };
}

/** `text.indexOf` with memory: a repeated search for the same needle from a later offset reuses the last answer. */
function nextIndexFinder(text: string): (needle: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const seen = last.get(needle);
    if (seen && seen.from <= from && (seen.at < 0 || seen.at >= from)) return seen.at;
    const at = text.indexOf(needle, from);
    last.set(needle, { from, at });
    return at;
  };
}

function trimRight(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
