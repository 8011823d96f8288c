/**
 * Python modules of bot replies and mail texts to prose: `texts.py` with `WELCOME = "…"`, a handler's
 * `await message.answer(f"سلام {user.first_name}!")`, a dict of canned replies. The module is parsed with
 * @lezer/python (CodeMirror's Python grammar: pure JavaScript, small, error-tolerant, kept up with the language's
 * f-strings; loaded on first use), and only the string literals a reader sees are prose:
 * - each literal, implicitly concatenated run (`"a " 'b'`) or `"…" + "…"` join is a paragraph of its own, and a
 *   blank line inside one (a triple-quoted mail body) starts another;
 * - escapes are decoded each as a piece of its own (`\n` is a line break, `\u00e9` an é), so every character of
 *   the prose maps back to the file's characters exactly; a triple-quoted string's indentation is whitespace that
 *   prose normalization folds away, as `textwrap.dedent` would remove it;
 * - f-string fields `{user.first_name}`, `.format` holes `{name}` and `%s`/`%(name)s` are template tags with
 *   their variables (dialects `brace` and `percent`);
 * - not prose: docstrings and other bare string statements, dict keys and subscripts, strings compared or matched
 *   (`F.data == "support"`, `case "…"`), decorators' arguments, strings passed to logging, print, exceptions,
 *   assert, `re.*` and string methods, byte strings, and strings that read as code (one word, a path or URL, SQL,
 *   a regular expression, a format spec).
 * Rewrites are escaped for the literal they land in (python-edits.ts). Comments carry `# warmly-disable…`.
 */
import { onFirstUse } from '../lazy';
import type { Piece, RawBlock } from '../prose';
import type { Range } from '../types';
import type { CommentSpan, Extraction } from './source';
import type { TagScan, TemplateTag } from './tags';

/** The few parts of Lezer's tree API this reader uses (typed here so the module's types load lazily too). */
export interface PyNode {
  name: string;
  from: number;
  to: number;
  parent: PyNode | null;
  firstChild: PyNode | null;
  lastChild: PyNode | null;
  nextSibling: PyNode | null;
  prevSibling: PyNode | null;
}
interface PyTree {
  topNode: PyNode;
  iterate(spec: { enter: (n: { name: string; from: number; to: number; node: PyNode }) => boolean | void }): void;
}

const lezer = onFirstUse('@lezer/python', () => require('@lezer/python') as { parser: { parse(text: string): PyTree } });

export function parsePython(text: string): PyTree {
  return lezer().parser.parse(text);
}

/** A literal whose content is prose: where a rewrite may land, and how it must be written there. */
export interface PyLiteral extends Range {
  /** The whole literal, prefix and quotes included (start and end: its content). */
  node: Range;
  quote: '"' | "'";
  triple: boolean;
  raw: boolean;
  /** An f-string, or a literal with `{…}`/`%` holes: a rewrite may not bring braces or percent signs into it. */
  holes: boolean;
  /** Telegram MarkdownV2 (its punctuation escaped, `\\.`): a rewrite's punctuation must be escaped too. */
  markdownV2?: boolean;
}

/** What the linter needs of a Python module beyond its prose (Extraction.python). */
export interface PythonInfo {
  literals: PyLiteral[];
}

const STRINGY = new Set(['String', 'FormatString', 'ContinuedString']);

/** Calls whose string arguments no customer reads: logs, prints, errors, regular expressions, lookups, CLI help. */
const QUIET_CALLEE = /^(?:print|pprint|input|getattr|setattr|hasattr|open|isinstance|breakpoint|exec|eval|compile|__import__|Path|path|re_path|url|include|reverse|redirect|environ|getenv|sql|text|execute|executemany|add_argument|add_parser|ArgumentParser|warn|exit|system|run|call|Popen|check_output|strftime|strptime|fromisoformat|encode|decode|startswith|endswith|split|rsplit|strip|lstrip|rstrip|replace|join|find|rfind|index|count|partition|get|pop|setdefault|fetch|select|filter|exclude|order_by|values|annotate|connect|send_file|Column|ForeignKey|relationship|Command|CommandStart|Text|Regexp|StateFilter|callback_query_handler|message_handler|on|event|route|command|commands|MessageHandler|CommandHandler|CallbackQueryHandler|ConversationHandler|State|getLogger|format_exc|TypeVar|NewType|namedtuple|cast|field|Field|Enum|dataclass|render_template|get_template|setLevel|basicConfig)$/;
const QUIET_OBJECT = /^(?:logging|logger|log|_logger|_log|LOGGER|LOG|LOGGING|re|regex|os|sys|subprocess|shutil|json|pathlib|warnings|sqlite3|cursor|cur|db|conn|session|request|requests|httpx|aiohttp|settings|config|environ|F|filters|Filters|typing)$/;

/** Dotted path of a callee: `message.answer`, `logging.info`, `bot.send_message`; undefined for other shapes. */
function calleePath(text: string, node: PyNode | null): string | undefined {
  if (!node) return undefined;
  if (node.name === 'VariableName') return text.slice(node.from, node.to);
  if (node.name === 'MemberExpression') {
    const obj = calleePath(text, node.firstChild);
    const last = node.lastChild;
    if (obj === undefined || !last || last.name !== 'PropertyName') return undefined;
    return `${obj}.${text.slice(last.from, last.to)}`;
  }
  if (node.name === 'CallExpression') return calleePath(text, node.firstChild);
  return undefined;
}

/** Whether a call's string arguments are for a machine or a developer, not the customer. */
function isQuietCall(path: string | undefined): boolean {
  if (!path) return false;
  const parts = path.split('.');
  const last = parts[parts.length - 1];
  if (QUIET_CALLEE.test(last) || /(?:Error|Exception|Warning)$/.test(last)) return true;
  return parts.slice(0, -1).some((p) => QUIET_OBJECT.test(p) || /log(?:ger)?$/i.test(p));
}

function isStringy(node: PyNode | null): boolean {
  return !!node && STRINGY.has(node.name);
}

/** A `"a" + "b"` join (parenthesized or not) of string literals only: one paragraph. */
function isStringJoin(text: string, node: PyNode): boolean {
  if (node.name === 'ParenthesizedExpression') {
    const inner = node.firstChild?.nextSibling;
    return !!inner && inner.nextSibling?.name === ')' && (isStringy(inner) || isStringJoin(text, inner));
  }
  if (node.name !== 'BinaryExpression') return false;
  const left = node.firstChild;
  const op = left?.nextSibling;
  const right = op?.nextSibling;
  if (!left || !op || !right || right.nextSibling || op.name !== 'ArithOp' || text.slice(op.from, op.to) !== '+') return false;
  return (isStringy(left) || isStringJoin(text, left)) && (isStringy(right) || isStringJoin(text, right));
}

/** The String/FormatString leaves of a unit, in order. */
function leavesOf(node: PyNode, out: PyNode[] = []): PyNode[] {
  if (node.name === 'String' || node.name === 'FormatString') { out.push(node); return out; }
  for (let c = node.firstChild; c; c = c.nextSibling) if (isStringy(c) || c.name === 'BinaryExpression' || c.name === 'ParenthesizedExpression') leavesOf(c, out);
  return out;
}

/** Whether the unit's place in the code says nobody reads it as a message. */
function isQuietPlace(text: string, unit: PyNode): boolean {
  let child = unit;
  let parent = unit.parent;
  // `("…")` and `"…" % args` / `"…".format(…)` keep the literal's place: look at what holds them.
  for (;;) {
    if (!parent) return true;
    if (parent.name === 'ParenthesizedExpression') { child = parent; parent = parent.parent; continue; }
    if (parent.name === 'BinaryExpression' && parent.firstChild === child && child.nextSibling?.name === 'ArithOp' && text.slice(child.nextSibling.from, child.nextSibling.to) === '%') { child = parent; parent = parent.parent; continue; }
    if (parent.name === 'MemberExpression' && parent.firstChild === child) {
      const prop = parent.lastChild;
      const name = prop?.name === 'PropertyName' ? text.slice(prop.from, prop.to) : '';
      // `"Hello {name}".format(name=…)`: the string is the message; `", ".join(…)`, `"x".upper()`: it is not.
      if ((name === 'format' || name === 'format_map') && parent.parent?.name === 'CallExpression') { child = parent.parent; parent = child.parent; continue; }
      return true;
    }
    break;
  }
  switch (parent.name) {
    case 'ExpressionStatement': return true; // docstrings and bare strings: no one sees them
    case 'DictionaryExpression': return child.nextSibling?.name === ':'; // a key
    case 'MemberExpression': return true; // `d["key"]`
    case 'BinaryExpression': {
      // `F.data == "support"`, `text in ("a b", …)`: compared, not shown.
      for (let c = parent.firstChild; c; c = c.nextSibling) if (c.name === 'CompareOp' || c.name === 'in' || c.name === 'not' || c.name === 'is') return true;
      break;
    }
    case 'AssertStatement': case 'RaiseStatement': case 'LiteralPattern': case 'Decorator': case 'ImportStatement': return true;
  }
  for (let a: PyNode | null = parent; a; a = a.parent) {
    if (a.name === 'ArgList' && a.parent?.name === 'CallExpression' && isQuietCall(calleePath(text, a.parent.firstChild))) return true;
    if (a.name === 'Decorator' || a.name === 'RaiseStatement' || a.name === 'AssertStatement' || a.name === 'LiteralPattern') return true;
    // A comparison anywhere around it (`if text == "…" or text in ["…"]`) or a subscript: a value tested or looked up.
    if ((a.name === 'BinaryExpression' || a.name === 'UnaryExpression') && [...children(a)].some((c) => c.name === 'CompareOp' || c.name === 'in' || c.name === 'is')) return true;
    if (a.name === 'FunctionDefinition' || a.name === 'ClassDefinition' || a.name === 'Body' || a.name === 'Script' || /Statement$/.test(a.name)) break;
  }
  return false;
}

function* children(node: PyNode): Generator<PyNode> {
  for (let c = node.firstChild; c; c = c.nextSibling) yield c;
}

/** The prefix, quote and content range of one String/FormatString node. */
export function literalOf(text: string, node: PyNode): (Omit<PyLiteral, 'node'> & { prefix: string; bytes: boolean; fstring: boolean }) | undefined {
  const m = /^([rRbBuUfF]{0,2})("""|'''|"|')/.exec(text.slice(node.from, Math.min(node.to, node.from + 5)));
  if (!m) return undefined;
  const prefix = m[1].toLowerCase();
  const q = m[2];
  const start = node.from + m[0].length;
  // An unterminated literal (the file being typed) ends where the parser says; its content runs to there.
  const end = text.startsWith(q, node.to - q.length) && node.to - q.length >= start ? node.to - q.length : node.to;
  return {
    start, end, prefix, quote: q[0] as '"' | "'", triple: q.length === 3, raw: prefix.includes('r'), bytes: prefix.includes('b'),
    fstring: prefix.includes('f'), holes: prefix.includes('f'),
  };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\u0007', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** One escape sequence at `i` (the backslash) of a non-raw literal: its length and value. */
export function escapeAt(text: string, i: number): { length: number; value: string } {
  const c = text[i + 1];
  if (c === '\n') return { length: 2, value: '' };
  if (c === '\r') return { length: text[i + 2] === '\n' ? 3 : 2, value: '' };
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hex) {
    const digits = text.slice(i + 2, i + 2 + hex);
    if (digits.length === hex && /^[0-9a-fA-F]+$/.test(digits)) {
      const code = parseInt(digits, 16);
      if (code <= 0x10ffff) return { length: 2 + hex, value: String.fromCodePoint(code) };
    }
    return { length: 2, value: `\\${c}` };
  }
  if (/[0-7]/.test(c ?? '')) {
    const m = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))!;
    return { length: 1 + m[0].length, value: String.fromCharCode(parseInt(m[0], 8)) };
  }
  if (c === 'N' && text[i + 2] === '{') {
    const close = text.indexOf('}', i + 3);
    if (close > 0 && close - i < 80) return { length: close + 1 - i, value: '\uFFFD' };
  }
  if (c !== undefined && c in SIMPLE_ESCAPES) return { length: 2, value: SIMPLE_ESCAPES[c] };
  // Python keeps an unknown escape as it is.
  return { length: c === undefined ? 1 : 2, value: text.slice(i, i + 2) };
}

/** `%s`, `%d`, `%(name)s`, `%-10s`, `%.2f`: printf holes a `%` operator fills. */
const PERCENT_HOLE = /%(?:\(([A-Za-z_]\w*)\))?[#0+-]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[sdifrcaxXoeEgGu]/y;
/** `{name}`, `{0}`, `{}`, `{user.name!r:>10}`, `{items[0]}`: `.format` holes. */
const BRACE_HOLE = /\{((?:[A-Za-z_]\w*|\d+)?(?:\.[A-Za-z_]\w*|\[[^\]{}]*\])*)(?:![rsa])?(?::[^{}]*)?\}/y;
/** `<b>`, `</a>`, `<a href="…">`, `<br/>`: Telegram's HTML parse mode and mail markup, which no reader sees. */
const MARKUP = /<\/?([A-Za-z][\w-]*)(?:\s[^<>]*)?\/?>/y;
const MARKDOWN_V2_PUNCTUATION = /^[_*[\]()~`>#+\-=|{}.!@,:]$/;
const BREAKING_MARKUP = /^(?:br|p|div|li|ul|ol|tr|td|table|h[1-6]|hr|blockquote|pre|section|body|html)$/i;

/** Reads one literal's content into pieces (text, escapes, holes as tags, markup as breaks or separators). */
function literalPieces(text: string, node: PyNode, lit: NonNullable<ReturnType<typeof literalOf>>, scan: TagScan, out: Piece[]): void {
  const fields: PyNode[] = [];
  if (lit.fstring) for (const c of children(node)) if (c.name === 'FormatReplacement') fields.push(c);
  let fi = 0;
  let runStart = lit.start;
  const flush = (to: number) => {
    if (to > runStart) out.push({ kind: 'text', start: runStart, end: to, value: text.slice(runStart, to) });
  };
  const tag = (start: number, end: number, dialect: 'brace' | 'percent', expr: string, variable: string | undefined) => {
    const t: TemplateTag = { start, end, dialect, kind: 'output', expr, variable: variable || undefined, hasFallback: false };
    scan.tags.push(t);
    out.push({ kind: 'tag', start, end, tag: t });
  };
  let i = lit.start;
  while (i < lit.end) {
    const c = text[i];
    if (lit.fstring && fi < fields.length && fields[fi].from === i) {
      const f = fields[fi++];
      flush(i);
      const inner = text.slice(f.from + 1, f.to - 1).trim();
      const expr = /^[^!:=]*/.exec(inner)![0].trim();
      tag(f.from, f.to, 'brace', inner, /^[A-Za-z_][\w.]*$/.test(expr) ? expr : undefined);
      i = runStart = f.to;
      continue;
    }
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      // `{{`/`}}`: one brace in an f-string or a `.format` string (and a doubled brace reads as one anyway).
      flush(i);
      out.push({ kind: 'text', start: i, end: i + 2, value: c });
      i = runStart = i + 2;
      continue;
    }
    if (c === '\\' && !lit.raw) {
      flush(i);
      const e = escapeAt(text, i);
      // `\\.`, `\\!`, `\\(`: Telegram's MarkdownV2 escapes its punctuation; the reader sees the punctuation alone.
      // Written `\.` (an escape Python does not know, kept as it is) the same: the reader sees the dot.
      const markdownEscape = e.value === '\\' && MARKDOWN_V2_PUNCTUATION.test(text[i + e.length] ?? '');
      const kept = e.value.length === 2 && e.value[0] === '\\' && MARKDOWN_V2_PUNCTUATION.test(e.value[1]) ? e.value[1] : e.value;
      if (kept && !markdownEscape) out.push({ kind: 'text', start: i, end: i + e.length, value: kept });
      if (markdownEscape || kept !== e.value) lit.markdownV2 = true;
      i = runStart = i + e.length;
      continue;
    }
    if (!lit.fstring && c === '{') {
      BRACE_HOLE.lastIndex = i;
      const m = BRACE_HOLE.exec(text);
      if (m && m.index + m[0].length <= lit.end) {
        flush(i);
        lit.holes = true;
        tag(i, i + m[0].length, 'brace', m[0].slice(1, -1), /^[A-Za-z_]/.test(m[1]) ? m[1] : undefined);
        i = runStart = i + m[0].length;
        continue;
      }
    }
    if (c === '%') {
      if (text[i + 1] === '%') {
        flush(i);
        out.push({ kind: 'text', start: i, end: i + 2, value: '%' });
        lit.holes = true;
        i = runStart = i + 2;
        continue;
      }
      PERCENT_HOLE.lastIndex = i;
      const m = PERCENT_HOLE.exec(text);
      if (m && m.index + m[0].length <= lit.end) {
        flush(i);
        lit.holes = true;
        tag(i, i + m[0].length, 'percent', m[0], m[1]);
        i = runStart = i + m[0].length;
        continue;
      }
    }
    if (c === '<') {
      MARKUP.lastIndex = i;
      const m = MARKUP.exec(text);
      if (m && m.index + m[0].length <= lit.end) {
        flush(i);
        if (BREAKING_MARKUP.test(m[1])) out.push({ kind: 'break', start: i, end: i + m[0].length });
        else {
          // Inline markup (`<b>`, `<a href>`) is invisible and joins the words around it.
          const t: TemplateTag = { start: i, end: i + m[0].length, dialect: 'brace', kind: 'comment', expr: m[0] };
          out.push({ kind: 'tag', start: t.start, end: t.end, tag: t });
        }
        i = runStart = i + m[0].length;
        continue;
      }
    }
    i++;
  }
  flush(lit.end);
}

/** The text a reader would see, for deciding whether a unit is prose: holes are no words (`f"Bearer {token}"` is one). */
function visible(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === 'text' ? p.value : ' ')).join('');
}

const LETTER = /\p{L}/u;
/** Two words with whitespace between them: a single token (`support_ticket`, `main.html`) is a name, not a sentence. */
const TWO_WORDS = /\p{L}[\p{L}\p{M}\p{N}'’‌-]*[.,!?؟،:;]?\s+[^\s]*\p{L}/u;
const SQL = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|PRAGMA)\s[\s\S]*\b(?:FROM|INTO|SET|TABLE|WHERE|VALUES|INDEX)\b/;
/** Regular-expression syntax in the text as the code sees it (`\d+`, `(?:`, `[^`, `[a-z]`, `^(`, `)$`). */
const REGEX = /\\[dwsDWS][+*?{]?|\(\?[:=!<P]|\[\^|\[[a-zA-Z0-9]-[a-zA-Z0-9]\]|^\^|\)\$$/;
const URL_OR_PATH = /^\s*(?:[a-z][\w+.-]*:\/\/|\/|\.\.?\/|~\/|[A-Za-z]:\\)\S*\s*$/;

/** Whether a unit's visible text reads as a sentence rather than code (a name, a path, SQL, a regex, a format). */
export function readsAsProse(shown: string): boolean {
  if (!LETTER.test(shown) || !TWO_WORDS.test(shown)) return false;
  if (URL_OR_PATH.test(shown) || SQL.test(shown) || REGEX.test(shown)) return false;
  // Mostly symbols and digits (`%Y-%m-%d %H:%M`, `{:>10} | {:<5}`): a format, not a sentence.
  let letters = 0;
  let other = 0;
  for (const ch of shown) {
    if (LETTER.test(ch)) letters++;
    else if (!/\s/.test(ch)) other++;
  }
  return letters >= other;
}

/** Prose pieces split at blank lines: each paragraph of a mail body its own block. */
function paragraphs(pieces: Piece[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: Piece[] = [];
  let newlines = 0;
  const cut = () => {
    if (current.some((p) => p.kind === 'text' ? /\S/.test(p.value) : p.kind === 'tag')) blocks.push({ pieces: current });
    current = [];
    newlines = 0;
  };
  for (const p of pieces) {
    if (p.kind !== 'text') { if (p.kind === 'tag') newlines = 0; current.push(p); continue; }
    const exact = p.value.length === p.end - p.start;
    if (!exact) {
      // An escape or a doubled brace: one piece, whole.
      for (const ch of p.value) if (ch === '\n') newlines++; else if (!/\s/.test(ch)) { if (newlines >= 2) cut(); newlines = 0; }
      current.push(p);
      continue;
    }
    let from = 0;
    for (let k = 0; k < p.value.length; k++) {
      const ch = p.value[k];
      if (ch === '\n') { newlines++; continue; }
      if (/\s/.test(ch)) continue;
      if (newlines >= 2) {
        if (k > from) current.push({ kind: 'text', start: p.start + from, end: p.start + k, value: p.value.slice(from, k) });
        from = k;
        cut();
      }
      newlines = 0;
    }
    if (p.value.length > from) current.push({ kind: 'text', start: p.start + from, end: p.end, value: p.value.slice(from) });
  }
  cut();
  return blocks;
}

export function extractPython(text: string, scan: TagScan): Extraction {
  const tree = parsePython(text);
  const blocks: RawBlock[] = [];
  const comments: CommentSpan[] = [];
  const literals: PyLiteral[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.name === 'Comment') {
        comments.push({ start: n.from, end: n.to, text: text.slice(n.from + 1, n.to) });
        return false;
      }
      const node = n.node;
      const unit = isStringy(node) || (isStringJoin(text, node) && !isStringJoin(text, node.parent ?? node) && !isStringy(node.parent));
      if (!unit) return undefined;
      read(node);
      return false;
    },
  });
  function read(unit: PyNode): void {
    if (isQuietPlace(text, unit)) return;
    const pieces: Piece[] = [];
    const lits: PyLiteral[] = [];
    const tagsBefore = scan.tags.length;
    for (const leaf of leavesOf(unit)) {
      const lit = literalOf(text, leaf);
      if (!lit || lit.bytes) { scan.tags.length = tagsBefore; return; }
      literalPieces(text, leaf, lit, scan, pieces);
      lits.push({ start: lit.start, end: lit.end, node: { start: leaf.from, end: leaf.to }, quote: lit.quote, triple: lit.triple, raw: lit.raw, holes: lit.holes, markdownV2: lit.markdownV2 });
      // Literals of one unit sit side by side in the prose: a line between them is a space, not a paragraph.
    }
    if (!readsAsProse(visible(pieces))) { scan.tags.length = tagsBefore; return; }
    for (const b of paragraphs(pieces)) blocks.push(b);
    for (const l of lits) literals.push(l);
  }
  scan.tags.sort((a, b) => a.start - b.start);
  const python: PythonInfo = { literals };
  return { blocks, scan, comments, links: [], skipped: [], headers: [], markup: 'text', python };
}
