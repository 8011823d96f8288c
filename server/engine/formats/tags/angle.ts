/**
 * Tags that open with `<`: ERB and EJS (`<% … %>`, `<%= … %>`, `<%# … %>`), PHP (`<?php … ?>`, `<?= … ?>`)
 * and FreeMarker directives (`<#if …>…</#if>`, `<@macro/>`, `<#-- … -->`), and Koha's `<<table.column>>`.
 */
import { pushAll } from '../../arrays';
import { phpEngine, type PhpNode } from '../../php-ast';
import { outputTag, RAILS_LINK_HELPER, RAILS_MAIL_TO_ADDRESS, stickyAt, type ScanState } from './state';
import type { TemplateTag } from './types';

/** <%# … %>, <%= … %>, <% … %> (ERB, EJS). */
export function scanErb(s: ScanState, i: number): number {
  const { text, find, tags, hidden, push, unclosed } = s;
  const start = i;
  const close = find('%>', i + 2);
  if (close < 0) { unclosed(start, 'erb', '%>'); i += 2; return i; }
  const end = close + 2;
  const mark = text[i + 2];
  const expr = text.slice(i + (mark === '=' || mark === '#' || mark === '-' ? 3 : 2), close).replace(/-$/, '').trim();
  i = end;
  if (mark === '#') { tags.push({ start, end, dialect: 'erb', kind: 'comment', expr }); hidden.push({ start, end }); return i; }
  if ((mark === '=' || mark === '-') && erbPrintedStrings(s, start, end)) return i;
  if (mark === '=' || mark === '-') { push(outputTag(start, end, 'erb', expr)); return i; }
  tags.push({ start, end, dialect: 'erb', kind: 'statement', expr });
  return i;
}

/** <?php … ?>, <?= … ?>. */
export function scanPhp(s: ScanState, i: number): number {
  const { text, n, find, tags, push } = s;
  const start = i;
  const close = find('?>', i + 2);
  const end = close < 0 ? n : close + 2;
  const short = text[i + 2] === '=';
  const expr = text.slice(i + (short ? 3 : 5), close < 0 ? n : close).trim();
  i = end;
  if (printedStrings(s, start, end)) return i;
  if (short || /^(echo|print)\b/.test(expr)) push(outputTag(start, end, 'php', expr.replace(/^(echo|print)\s+/, '').replace(/;$/, '')));
  else tags.push({ start, end, dialect: 'php', kind: 'statement', expr });
  return i;
}

/**
 * The text a PHP block prints from string literals: WordPress and gettext translation calls (`esc_html_e( 'Please do
 * not reply.', 'woocommerce' )`, `printf( __( 'Hi %s,', 'woocommerce' ), … )`: the first argument, the singular of
 * `_n`), `echo '…'` and Laravel's MailMessage lines. WooCommerce's and most WordPress plugins' email templates keep every sentence this way, so
 * read as code they had no prose at all. See printedLiterals.
 */
function printedStrings(s: ScanState, start: number, end: number): boolean {
  return returnedMessages(s, start, end) || printedLiterals(s, start, end, 'php', PHP_PRINTED, /\$[A-Za-z_{]/);
}

/**
 * What a Laravel notification's channel method returns: `public function toSms($notifiable) { return
 * $this->name . ' عزیز' . "\r\n" . 'سفارش شما ارسال شد'; }` (SMS, Kavenegar, Telegram channels) is the text the
 * reader gets, written as literals and values joined by `.`. Parsed with the PHP parser: the literals are its prose,
 * the values (`$this->name`, `$order->code`, `number_format($total)`) its placeholders, and the code's line breaks
 * are left as text, so the message keeps the lines it is written in. A return that is anything else stays code.
 */
function returnedMessages(s: ScanState, start: number, end: number): boolean {
  const { text } = s;
  // Every PHP block of a template comes here on every scan: one slice, one cheap test before any parsing.
  const code = text.slice(start, end);
  if (!CHANNEL_METHOD.test(code)) return false;
  let ast: PhpNode;
  try {
    ast = phpEngine().parseCode(code, 'notification.php') as unknown as PhpNode;
  } catch {
    return false;
  }
  const pieces: Piece[] = [];
  for (const method of nodesOf(ast, (n) => n.kind === 'method' && CHANNEL_NAME.test(String((n.name as PhpNode | undefined)?.name ?? '')))) {
    for (const ret of nodesOf(method, (n) => n.kind === 'return')) {
      const read = ret.expr ? returnedPieces(ret.expr as PhpNode, start) : undefined;
      // A sentence, not a key or a format: some literal has two words in it.
      if (read?.some((p) => p.kind === 'literal' && /\p{L}[\s\u200c]+\p{L}/u.test(text.slice(p.from, p.to)))) pushAll(pieces, read);
    }
  }
  if (!pieces.length) return false;
  const { tags, push } = s;
  let at = start;
  for (const p of pieces) {
    if (p.from > at) pushByLine(tags, text, at, p.from, 'php');
    if (p.kind === 'value') push(outputTag(p.from, p.to, 'php', text.slice(p.from, p.to)));
    else {
      // A nowdoc has no escapes: a rewrite goes in as written.
      if (p.quote) s.quoted.push({ start: p.from, end: p.to, quote: p.quote });
      literalText(s, p.from, p.to, 'php');
    }
    at = p.to;
  }
  if (end > at) pushByLine(tags, text, at, end, 'php');
  return true;
}
/**
 * A notification's method for a channel the reader reads: `toSms`, `toKavenegar`, `toTelegram`, `toVonage` …, and
 * `toMail` / `toEmail` / `toDatabase` (a custom email channel's `['subject' => '…', 'text' => '…']`, an in-app notice).
 */
const CHANNELS = 'to(?:Sms|Kavenegar|Melipayamak|Ghasedak|Farazsms|Ippanel|Smsir|Telegram|Bale|Eitaa|Whatsapp|Text|Message|Vonage|Nexmo|Twilio|Mail|Email|Database)';
/** The entries of a returned array that hold what the reader reads (not `'email' => $user->email`, `'mobile' => …`). */
const MESSAGE_KEY = /^(?:subject|title|text|body|message|msg|content|html|sms|line|lines|greeting|salutation|intro|outro|description)$/i;
/** The methods of Laravel's MailMessage whose first argument is text of the email. */
const MAIL_CHAIN_METHOD = /^(?:subject|greeting|line|salutation|action|error|success)$/;

/**
 * What a channel method returns for the reader, as pieces: a string or a concatenation (see concatenated), an array of
 * the message's parts (`['subject' => '…', 'text' => '…' . $code]`), or a MailMessage chain
 * (`(new MailMessage)->subject('…')->line('…')`, each call's first argument in source order).
 */
function returnedPieces(expr: PhpNode, shift: number): Piece[] | undefined {
  if (expr.kind === 'array') {
    const out: Piece[] = [];
    for (const item of (expr.items as PhpNode[] | undefined) ?? []) {
      const key = item?.key as PhpNode | undefined;
      if (item?.kind !== 'entry' || key?.kind !== 'string' || !MESSAGE_KEY.test(String(key.value))) continue;
      const read = concatenated(item.value as PhpNode, shift);
      if (read) pushAll(out, read);
    }
    return out.length ? out : undefined;
  }
  const chain: Piece[][] = [];
  for (let n: PhpNode | undefined = expr; n?.kind === 'call' && (n.what as PhpNode | undefined)?.kind === 'propertylookup'; n = (n.what as PhpNode).what as PhpNode) {
    const what = n.what as PhpNode;
    if (!MAIL_CHAIN_METHOD.test(String((what.offset as PhpNode | undefined)?.name ?? ''))) continue;
    const first = (n.arguments as PhpNode[] | undefined)?.[0];
    const read = first && concatenated(first, shift);
    if (read) chain.unshift(read);
  }
  if (chain.length) return chain.flat();
  return concatenated(expr, shift);
}
const CHANNEL_METHOD = new RegExp(`\\bfunction\\s+${CHANNELS}\\s*\\(`, 'i');
const CHANNEL_NAME = new RegExp(`^${CHANNELS}$`, 'i');

interface Piece { from: number; to: number; kind: 'literal' | 'value'; quote?: "'" | '"' }

/** Whether the literal text of an expression (its strings, heredoc parts and nowdocs) holds two words in a row. */
function literalWords(node: PhpNode): boolean {
  const texts = nodesOf(node, (n) => n.kind === 'string' || n.kind === 'nowdoc').map((n) => String(n.value ?? ''));
  return texts.some((t) => /\p{L}[\s\u200c]+\p{L}/u.test(t));
}

/** Every node under `node` (itself included) that `want` picks, in source order. */
function nodesOf(node: PhpNode, want: (n: PhpNode) => boolean, out: PhpNode[] = []): PhpNode[] {
  if (want(node)) out.push(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) { for (const v of value) if (v && typeof v === 'object' && 'kind' in v) nodesOf(v as PhpNode, want, out); }
    else if (value && typeof value === 'object' && 'kind' in value) nodesOf(value as PhpNode, want, out);
  }
  return out;
}

/**
 * `'…' . $this->code . "…"`: its literals (content ranges; one with no letter, such as `"\r\n"`, counts as code) and
 * its values, in order. Undefined when anything else is there (a ternary, an interpolated string, an array).
 */
function concatenated(node: PhpNode, shift: number): Piece[] | undefined {
  if (node.kind === 'bin' && node.type === '.') {
    const left = concatenated(node.left as PhpNode, shift);
    const right = left && concatenated(node.right as PhpNode, shift);
    return left && right ? [...left, ...right] : undefined;
  }
  if (!node.loc) return undefined;
  const from = node.loc.start.offset + shift;
  const to = node.loc.end.offset + shift;
  if (node.kind === 'string') {
    const raw = String(node.raw ?? '');
    if (!/\p{L}/u.test(raw.slice(1, -1).replace(/\\./g, ''))) return [];
    return [{ from: from + 1, to: to - 1, kind: 'literal', quote: node.isDoubleQuote ? '"' : "'" }];
  }
  // "سلام $name عزیز" and a heredoc: the literal parts are text (escaped as in double quotes), the interpolated ones values.
  if (node.kind === 'encapsed' && (node.type === 'string' || node.type === 'heredoc')) {
    const out: Piece[] = [];
    for (const part of (node.value as PhpNode[] | undefined) ?? []) {
      const e = part.expression as PhpNode | undefined;
      if (!part.loc || !e?.loc) return undefined;
      if (e.kind === 'string') {
        if (/\p{L}/u.test(String(e.value ?? ''))) out.push({ from: e.loc.start.offset + shift, to: e.loc.end.offset + shift, kind: 'literal', quote: '"' });
      } else out.push({ from: part.loc.start.offset + shift, to: part.loc.end.offset + shift, kind: 'value' });
    }
    return out;
  }
  // A nowdoc (`<<<'EOD'`): the lines between its opening and closing label, read as written.
  if (node.kind === 'nowdoc') {
    const raw = String(node.raw ?? '');
    const open = raw.indexOf('\n');
    const close = raw.lastIndexOf('\n');
    return open >= 0 && close > open && /\p{L}/u.test(raw.slice(open, close)) ? [{ from: from + open + 1, to: from + close, kind: 'literal' }] : [];
  }
  // `Str::of(<<<EOD … EOD)`, `sprintf('سلام %s، سفارش شما ارسال شد', $name)`: a function's first argument holding a
  // sentence is the text; any other call (`number_format($total)`, `__('mail.key')`) is a value.
  if (node.kind === 'call' && ((node.what as PhpNode | undefined)?.kind === 'name' || (node.what as PhpNode | undefined)?.kind === 'staticlookup')) {
    const first = (node.arguments as PhpNode[] | undefined)?.[0];
    const read = first && concatenated(first, shift);
    if (read && first && literalWords(first)) return read;
  }
  if (node.kind === 'propertylookup' || node.kind === 'variable' || node.kind === 'offsetlookup' || node.kind === 'call' || node.kind === 'staticlookup') return [{ from, to, kind: 'value' }];
  return undefined;
}
// Kanboard's and Drupal's `t('…')` / `e('…')`, Laravel's `trans('…')` and CodeIgniter's `lang('…')` too (a key there
// has no space and stays code).
// Laravel's MailMessage too: `(new MailMessage)->subject('…')->greeting('…')->line('…')->action('…', $url)
// ->salutation('…')` in app/Notifications is the framework's own way to write an email.
const PHP_PRINTED = /(?:\b(?:T_|NT_|TS_|__|_e|_x|_ex|_n|_nx|esc_html__|esc_html_e|esc_html_x|esc_attr__|esc_attr_e|esc_attr_x|translate|gettext|_|t|e|_t|trans|trans_choice|lang)\s*\(\s*|\b(?:echo|print)\s+|->(?:subject|greeting|line|salutation|action|error|success)\s*\(\s*)(['"])/g;

/**
 * Ruby gettext in ERB (Alaveteli, Discourse plugins): `<%= _('The email you sent to {{user}} has not been ' \
 * 'delivered.', user: …) %>`, the sentence in literals joined by `\` line continuations; and the text of a Rails link
 * helper (`link_to "…"`).
 */
export function erbPrintedStrings(s: ScanState, start: number, end: number): boolean {
  return printedLiterals(s, start, end, 'erb', ERB_PRINTED, /#\{/);
}
// Rails' link helpers too: `<%= link_to "Reply to this message", @reply_url %>` prints its first argument as the
// link's words (a one-word text such as "Orders" stays code, as everywhere here).
// Canvas's `t('account_group', "Your request to join … has been rejected.", :group_name => …)`: a key, then the
// English text the key falls back to.
const ERB_PRINTED = new RegExp(`\\b(?:(?:_|n_|N_|s_|gettext)\\s*\\(|${RAILS_LINK_HELPER}\\s*\\(?|t\\s*\\(?\\s*(?:'[\\w.]+'|"[\\w.]+"|:\\w+)\\s*,)\\s*(['"])`, 'g');

/**
 * The literals a template block prints, in the file as they are: each literal's content is left as text between
 * statement tags (so it maps to itself in the file), its placeholders (`%s`, `%1$s`, `%{name}`, `{{name}}`) as values
 * and its escape backslashes hidden; literals joined by a line continuation (`'…' \ '…'`) or written side by side
 * are one sentence. Literals that interpolate, or are keys (`__( 'messages.welcome' )`, no space in them), stay code.
 */
function printedLiterals(s: ScanState, start: number, end: number, dialect: 'php' | 'erb', calls: RegExp, interpolates: RegExp): boolean {
  const { text, tags } = s;
  const block = text.slice(start, end);
  const literals: { from: number; to: number }[] = [];
  calls.lastIndex = 0;
  for (let m = calls.exec(block); m; m = calls.exec(block)) {
    let quote = m[1];
    let open = start + m.index + m[0].length;
    const found: { from: number; to: number; quote: string }[] = [];
    for (;;) {
      let k = open;
      while (k < end && text[k] !== quote) k += text[k] === '\\' ? 2 : 1;
      if (k >= end) break;
      found.push({ from: open, to: k, quote });
      // `'…' \⏎ '…'` or `'…' '…'`: the same string, continued.
      const next = /^[ \t]*(?:\\[ \t]*\r?\n[ \t]*|[ \t]+)(['"])/.exec(text.slice(k + 1, Math.min(end, k + 200)));
      if (!next) break;
      quote = next[1];
      open = k + 1 + next[0].length;
    }
    if (!found.length) break;
    calls.lastIndex = found[found.length - 1].to + 1 - start;
    const body = found.map((f) => text.slice(f.from, f.to)).join('');
    // One word is a key or a URL and stays code, except the address `mail_to "help@acme.com"` prints.
    const address = RAILS_MAIL_TO_ADDRESS.test(text.slice(start, found[0].from - 1)) && EMAIL_LITERAL.test(body);
    if ((!/\s/.test(body.trim()) && !address) || found.some((f) => f.quote === '"' && interpolates.test(text.slice(f.from, f.to)))) continue;
    for (const f of found) {
      literals.push({ from: f.from, to: f.to });
      s.quoted.push({ start: f.from, end: f.to, quote: f.quote as "'" | '"' });
    }
  }
  if (!literals.length) return false;
  let at = start;
  for (const { from, to } of literals) {
    // Between two calls of a chain (`…')⏎->line('…`), each call is a line of the email: the line breaks of the code
    // there are left as text, so the reader's lines (greeting, body, sign-off) stay lines.
    if (at > start && /->\s*\w+\s*\(/.test(text.slice(at, from)) && text.slice(at, from).includes('\n')) pushByLine(tags, text, at, from, dialect);
    else tags.push({ start: at, end: from, dialect, kind: 'statement', expr: text.slice(at, from) });
    literalText(s, from, to, dialect);
    at = to;
  }
  tags.push({ start: at, end, dialect, kind: 'statement', expr: text.slice(at, end) });
  return true;
}

/** Statement tags for the code in [from, to), one per line, with the line breaks between them left as text. */
function pushByLine(tags: TemplateTag[], text: string, from: number, to: number, dialect: 'php' | 'erb'): void {
  let at = from;
  for (let nl = text.indexOf('\n', at); nl >= 0 && nl < to; nl = text.indexOf('\n', at)) {
    if (nl > at) tags.push({ start: at, end: nl, dialect, kind: 'statement', expr: text.slice(at, nl) });
    at = nl + 1;
  }
  if (to > at) tags.push({ start: at, end: to, dialect, kind: 'statement', expr: text.slice(at, to) });
}

/** Inside a literal: escapes hidden, printf and named placeholders as the values the code around fills in. */
function literalText(s: ScanState, from: number, to: number, dialect: 'php' | 'erb'): void {
  const { text, tags, push } = s;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '\\') { tags.push({ start: k, end: k + 1, dialect, kind: 'comment', expr: '' }); k++; continue; }
    if (c !== '%' && c !== '{') continue;
    LITERAL_VALUE.lastIndex = k;
    const p = LITERAL_VALUE.exec(text);
    if (!p || p.index !== k || k + p[0].length > to) continue;
    const variable = p[1] ?? p[2] ?? p[3];
    push({ start: k, end: k + p[0].length, dialect, kind: 'output', expr: p[0], ...(variable ? { variable } : {}), hasFallback: false });
    k += p[0].length - 1;
  }
}
/** A whole literal that is one email address. */
export const EMAIL_LITERAL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
// CakePHP's and ICU's `{0}` / `{name}` too: `__('{0} just invited you to join {1}', $admin, $url)`.
const LITERAL_VALUE = /%(?:\d+\$)?[sd]|%\{([A-Za-z_]\w*)\}|\{\{\s*([A-Za-z_][\w.]*)\s*\}\}|\{(?:\d{1,2}|([A-Za-z_]\w*))\}/y;

/** FreeMarker directives <#if …>, </#if>, <@macro/>, comments <#-- … -->. */
export function scanFreemarker(s: ScanState, i: number): number {
  const { text, n, find, tags, hidden, unclosed, openBlock, closeBlock } = s;
  const c1 = text.charCodeAt(i + 1);
  const start = i;
  if (text.startsWith('<#--', i)) {
    const close = find('-->', i + 4);
    const end = close < 0 ? n : close + 3;
    tags.push({ start, end, dialect: 'dollar', kind: 'comment', expr: '' });
    hidden.push({ start, end });
    i = end;
    return i;
  }
  const close = find('>', i + 2);
  const nl = find('\n\n', i);
  if (close < 0 || (nl >= 0 && nl < close)) { unclosed(start, 'dollar', '>'); i += 2; return i; }
  const end = close + 1;
  const isClose = c1 === 47;
  const expr = text.slice(i + (isClose ? 3 : 2), close).replace(/\/$/, '').trim();
  const name = (expr.match(/^[\w.]+/) ?? [''])[0];
  const tag: TemplateTag = { start, end, dialect: 'dollar', kind: 'statement', expr };
  tags.push(tag);
  i = end;
  const selfClosing = text[close - 1] === '/';
  if (isClose) closeBlock(tag, name, 'ftl');
  else if (['if', 'list', 'macro', 'function', 'compress', 'attempt', 'switch', 'items', 'escape', 'noescape', 'autoesc', 'noautoesc'].includes(name) || (c1 === 64 && !selfClosing)) openBlock(tag, name, `</#${name}>`, 'ftl');
  else if (['else', 'elseif', 'case', 'default', 'recover', 'sep'].includes(name)) tag.kind = 'else';
  return i;
}

/** `<<borrowers.firstname>>`, `<<today>>` (Koha notices): a path between doubled angle brackets, not a shift. */
const CHEVRON = /<<([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)(?:\s*\|\s*[\w.\s]{0,40})?>>(?!>)/y;
export function scanChevron(s: ScanState, i: number): number {
  const { text, push } = s;
  if (text[i - 1] === '<') return i + 1;
  const m = stickyAt(CHEVRON, text, i);
  if (!m) return i + 1;
  push({ start: i, end: i + m[0].length, dialect: 'chevron', kind: 'output', expr: m[0].slice(2, -2).trim(), variable: m[1], hasFallback: false });
  return i + m[0].length;
}
