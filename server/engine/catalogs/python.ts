/**
 * Python message modules: a module that keeps its mails or bot texts in a dict (open-event-server's
 * `system_mails.py`: `MAILS = { MailType.X: { 'subject': _('…'), 'message': "…" "…" } }`, a bot's
 * `MESSAGES = {'welcome': '…', 'help': '…'}`). Read as a catalog, one message per string leaf, so the letter rules
 * judge each mail on its own instead of the whole module as one letter (formats/python.ts reads other modules).
 *
 * The module's top level must be data: imports, docstrings, assignments, and classes of constants (`class
 * MailType: X = 'x'`), but no sentence assigned on its own (a module of constants is one bot's texts, read whole by
 * formats/python.ts). A function, a decorated statement, a condition or a loop at the top level is code. Its roots are
 * the top-level dicts assigned to a name that says messages (MESSAGE_ARRAY_NAME: MAILS, MESSAGES, TEXTS, TEMPLATES,
 * EMAILS, NOTIFICATIONS, REPLIES, STRINGS…); a key path starts with that name (`MAILS.SESSION_STATE_CHANGE.pending.subject`).
 * Keys are string literals, names and attributes (`MailType.X` → `X`), numbers. A value is a message when it is a
 * string literal, implicitly concatenated literals (`"a" "b"`), parenthesized, or one of those inside a translation
 * call (`_()`, `gettext`, `gettext_lazy`, `ugettext`, `lazy_gettext`…). F-strings with fields, byte strings, calls and
 * names are not. Escapes are decoded as formats/python.ts decodes them, each character mapped to its file offsets.
 */
import { escapeAt, literalOf, parsePython, type PyNode } from '../formats/python';
import { languageFromPath, localeLanguage } from './locale';
import { MESSAGE_ARRAY_NAME } from './php';
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';

/** Test modules, fixtures and configuration are never message modules. */
const NOT_MESSAGE_MODULE = /(?:^|\/)(?:test_[^/]*|[^/]*_tests?|conftest|setup|settings|config|conf|manage|__main__)\.py$|(?:^|\/)(?:tests?|migrations)\//i;

/** A translation call around a message: Django's and Flask-Babel's gettext family, `_`. */
const TRANSLATION_CALL = /^(?:_|_l|_lazy|gettext|gettext_lazy|ugettext|ugettext_lazy|lazy_gettext|gettext_noop|ugettext_noop|N_)$/;

/** The cheap look before a parse: a top-level `NAME = {` (or `NAME: dict = {`) with a message name. */
const ROOT_LINE = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*\{/gm;

/** Words with a space between them: a sentence, not a setting (`'production'`, `'./src'`). */
const PROSE = /\p{L}[,;:!?.]?\s+\S*\p{L}/u;

function isMessageName(name: string): boolean {
  return MESSAGE_ARRAY_NAME.test(name.replace(/_/g, ''));
}

type Tree = ReturnType<typeof parsePython>;
let last: { text: string; tree: Tree } | undefined;
function parse(text: string): Tree {
  if (last && last.text === text) return last.tree;
  const tree = parsePython(text);
  last = { text, tree };
  return tree;
}

function* children(node: PyNode): Generator<PyNode> {
  for (let c = node.firstChild; c; c = c.nextSibling) yield c;
}

/** The message dicts of a module whose top level is data; undefined when it is code. */
function messageRoots(text: string, top: PyNode): { name: string; node: PyNode }[] | undefined {
  const roots: { name: string; node: PyNode }[] = [];
  for (const s of children(top)) {
    switch (s.name) {
      case 'ImportStatement': case 'Comment': case 'PassStatement':
        continue;
      case 'ExpressionStatement': {
        // A docstring.
        const e = s.firstChild;
        if (e && (e.name === 'String' || e.name === 'ContinuedString')) continue;
        return undefined;
      }
      case 'AssignStatement': {
        const target = s.firstChild;
        const value = s.lastChild;
        if (!target || !value) return undefined;
        if (target.name === 'VariableName' && value.name === 'DictionaryExpression' && target.nextSibling && isMessageName(text.slice(target.from, target.to))) {
          roots.push({ name: text.slice(target.from, target.to), node: value });
        } else if (messageLiterals(text, value) && PROSE.test(text.slice(value.from, value.to))) {
          // `WELCOME = "Hello {name}, welcome aboard!"` beside the dicts: a module of texts, read whole as one letter
          // by formats/python.ts (its invitation to reply may be in any of them).
          return undefined;
        }
        continue;
      }
      case 'ClassDefinition': {
        // `class MailType:` of constants (an enum of mail kinds) is data; a class with instance methods is code.
        const body = s.lastChild;
        if (!body || body.name !== 'Body') return undefined;
        for (const b of children(body)) {
          if (b.name === ':' || b.name === 'Comment' || b.name === 'AssignStatement' || b.name === 'PassStatement') continue;
          if (b.name === 'ExpressionStatement' && /^(?:Continued)?String$/.test(b.firstChild?.name ?? '')) continue;
          // `@staticmethod def entries(): return [...]`: a helper that lists the enum's own constants (open-event's
          // `MailType.entries()`); an instance method means the class does work.
          if (b.name === 'DecoratedStatement' && /^@\s*(?:staticmethod|classmethod)\b/.test(text.slice(b.from, b.to))) continue;
          return undefined;
        }
        continue;
      }
      default:
        return undefined;
    }
  }
  return roots;
}

/** A message value's string literals, in order; undefined when the value is not a message. */
function messageLiterals(text: string, node: PyNode): PyNode[] | undefined {
  let v: PyNode | null = node;
  for (let depth = 0; v && depth < 4; depth++) {
    if (v.name === 'ParenthesizedExpression') {
      const inner: PyNode | null = v.firstChild?.nextSibling ?? null;
      if (!inner || inner.nextSibling?.name !== ')') return undefined;
      v = inner;
      continue;
    }
    if (v.name === 'CallExpression') {
      const callee: PyNode | null = v.firstChild;
      const args: PyNode | null = v.lastChild;
      if (!callee || callee.name !== 'VariableName' || !TRANSLATION_CALL.test(text.slice(callee.from, callee.to)) || args?.name !== 'ArgList') return undefined;
      const inner: PyNode | null = args.firstChild?.nextSibling ?? null;
      if (!inner || inner.nextSibling?.name !== ')') return undefined;
      v = inner;
      continue;
    }
    break;
  }
  if (!v) return undefined;
  const parts = v.name === 'ContinuedString' ? [...children(v)] : [v];
  if (!parts.length) return undefined;
  for (const p of parts) {
    if (p.name !== 'String' && p.name !== 'FormatString') return undefined;
    const lit = literalOf(text, p);
    if (!lit || lit.bytes) return undefined;
    // An f-string's fields are code.
    if (lit.fstring && [...children(p)].some((c) => c.name === 'FormatReplacement')) return undefined;
  }
  return parts;
}

interface Leaf { path: string[]; parts: PyNode[]; keyStart: number }

function keyName(text: string, k: PyNode): string | undefined {
  if (k.name === 'String') {
    const lit = literalOf(text, k);
    return lit && !lit.fstring ? decode(text, lit.start, lit.end, lit.raw, lit.triple).text : undefined;
  }
  if (k.name === 'VariableName' || k.name === 'Number') return text.slice(k.from, k.to);
  if (k.name === 'MemberExpression') {
    const p = k.lastChild;
    return p?.name === 'PropertyName' ? text.slice(p.from, p.to) : undefined;
  }
  return undefined;
}

function walk(text: string, roots: { name: string; node: PyNode }[]): { leaves: Leaf[]; others: number } {
  const out = { leaves: [] as Leaf[], others: 0 };
  const visit = (value: PyNode, path: string[], keyStart: number, depth: number): void => {
    if (depth > 32) return;
    if (value.name === 'DictionaryExpression') {
      let key: PyNode | undefined;
      for (const c of children(value)) {
        if (c.name === '{' || c.name === '}' || c.name === ',' || c.name === 'Comment') continue;
        if (c.name === ':') continue;
        if (!key) { key = c; continue; }
        const name = keyName(text, key);
        if (name === undefined) out.others++;
        else visit(c, [...path, name], key.from, depth + 1);
        key = undefined;
      }
      return;
    }
    if (value.name === 'ArrayExpression' || value.name === 'TupleExpression') {
      let i = 0;
      for (const c of children(value)) {
        if (['[', ']', '(', ')', ',', 'Comment'].includes(c.name)) continue;
        visit(c, [...path, String(i++)], c.from, depth + 1);
      }
      return;
    }
    const parts = messageLiterals(text, value);
    if (parts) out.leaves.push({ path, parts, keyStart });
    else out.others++;
  };
  for (const r of roots) visit(r.node, [r.name], r.node.from, 0);
  return out;
}

/** A literal's content [start, end) decoded, each unit mapped to the source that made it. */
function decode(text: string, start: number, end: number, raw: boolean, triple: boolean): MappedText {
  const out = new MappedText();
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\' && !raw) {
      const e = escapeAt(text, i);
      if (e.value) out.push(e.value, i, i + e.length);
      i += e.length;
      continue;
    }
    if (c === '\r' && triple) {
      const n = text[i + 1] === '\n' ? 2 : 1;
      out.push('\n', i, i + n);
      i += n;
      continue;
    }
    out.copy(c, i);
    i++;
  }
  return out;
}

/** What a mail entry says about itself for the code that sends it (`'recipient': 'Speaker'`, `'sent_at': '1st of the month'`). */
const META_KEY = /^(?:recipients?|to|from|sent_at|send_at|sent_on|type|kind|id|key|slug|code|template|template_name|category|module|event|priority|channel|tags?|roles?|audience)$/i;

/** A template or asset file name: a path with no spaces, ending in a file extension. */
const FILE_NAME = /^[\w./-]+\.(?:html?|txt|text|jinja2?|j2|md|mjml|hbs|mustache|tpl|xml|json|ya?ml|eml|png|jpe?g|svg|gif|pdf)$/i;

interface Literal { start: number; end: number; quote: '"' | "'"; triple: boolean; writable: boolean }

/** A replacement written for the literal it lands in; undefined in a raw string or an f-string. */
function encodeFor(lit: Literal, s: string): string | undefined {
  if (!lit.writable) return undefined;
  return s.replace(/[\\\n\r'"]/g, (c) => {
    if (c === '\n') return lit.triple ? '\n' : '\\n';
    if (c === '\r') return '\\r';
    if ((c === "'" || c === '"') && c !== lit.quote) return c;
    return '\\' + c;
  });
}

const COMMENT = /^#\s*(.*)$/;

export function parsePythonCatalog(text: string, filePath: string): Catalog | { error: string; offset?: number } {
  const tree = parse(text);
  let broken: number | undefined;
  tree.iterate({ enter: (n) => { if (broken === undefined && n.name === '⚠') broken = n.from; return broken === undefined; } });
  if (broken !== undefined) return { error: 'a syntax error', offset: broken };
  const roots = messageRoots(text, tree.topNode);
  if (!roots) return { error: 'the module runs code at its top level: a message module assigns dicts of strings' };
  const walked = walk(text, roots);
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  const byRoot = languageFromPath(filePath) === undefined;
  for (const leaf of walked.leaves) {
    const key = leaf.path.join('.');
    const mapped = new MappedText();
    const literals: Literal[] = [];
    for (const p of leaf.parts) {
      const lit = literalOf(text, p)!;
      const part = decode(text, lit.start, lit.end, lit.raw, lit.triple);
      for (let i = 0; i < part.text.length; i++) mapped.push(part.text[i], part.starts[i], part.ends[i]);
      literals.push({ start: lit.start, end: lit.end, quote: lit.quote, triple: lit.triple, writable: !lit.raw && !lit.fstring });
    }
    // `'template': 'email/user_register.html'`: the name of the file that holds the body, not text a reader sees.
    if (!mapped.text.trim() || FILE_NAME.test(mapped.text) || META_KEY.test(String(leaf.path[leaf.path.length - 1] ?? ''))) continue;
    // `MESSAGES = {'en': {…}, 'fa': {…}}`: the locale key under the root says the language.
    const rootLanguage = byRoot && leaf.path.length > 2 ? localeLanguage(leaf.path[1]) : undefined;
    if (rootLanguage === 'other') continue;
    const single = literals.length === 1;
    messages.push({
      key, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: literals[literals.length - 1].end, fixable: true,
      contiguous: single ? undefined : true,
      encode: (s, at) => {
        if (single) return encodeFor(literals[0], s);
        const from = at.start < mapped.text.length ? mapped.starts[at.start] : literals[literals.length - 1].end;
        const to = at.end > at.start ? mapped.ends[at.end - 1] : from;
        const lit = literals.find((l) => from >= l.start && to <= l.end);
        return lit ? encodeFor(lit, s) : undefined;
      },
      disabled: disabledByComments(text, leaf.keyStart, COMMENT),
      ...(rootLanguage ? { language: rootLanguage } : {}),
    });
  }
  return { kind: 'python', messages, unmapped };
}

/**
 * The content check: a module whose top level is data and assigns at least one message-named dict whose leaves are
 * mostly strings, some of them words.
 */
export function isPythonCatalog(text: string, filePath: string): boolean {
  if (NOT_MESSAGE_MODULE.test(filePath.replace(/\\/g, '/'))) return false;
  let named = false;
  ROOT_LINE.lastIndex = 0;
  for (let m = ROOT_LINE.exec(text); m; m = ROOT_LINE.exec(text)) if (isMessageName(m[1])) { named = true; break; }
  if (!named) return false;
  const roots = messageRoots(text, parse(text).topNode);
  if (!roots || !roots.length) return false;
  const walked = walk(text, roots);
  if (walked.leaves.length < 2 || walked.leaves.length < 2 * walked.others) return false;
  return walked.leaves.some((l) => PROSE.test(l.parts.map((p) => text.slice(p.from, p.to)).join(' ')));
}
