/**
 * JavaScript and TypeScript locale modules: what Vue, React, Angular and Node apps keep instead of JSON
 * (`src/locales/fa.js`: `export default { order: { shipped: '…' } }`; `i18n/en.ts`: `const en = {…}; export default en`;
 * `module.exports = {…}`; `export const supportFa = {…}`; `export default defineMessages({…})`). Parsed with
 * @babel/parser (its `typescript` plugin for .ts/.mts/.cts; loaded on first use, as formats/jsx.ts loads it).
 *
 * The module's top level must be data: imports, types, constants and the export of object literals. Every string
 * leaf of an exported object is a message, its key the dotted path of object keys (identifiers, strings, numbers)
 * below the export (a named export's name first when there are several). String literals, template literals and
 * `'a' + 'b'` joins of them
 * are decoded here with an offset map (`\n`, `\'`, `\xNN`, `\u{…}`, line continuations) and checked against Babel's
 * value, as json.ts and php.ts check theirs. A template literal's `${name}` / `${user.name}` is kept as written, a
 * placeholder like `{name}`; any other `${…}` (a call, a condition) is code, and the string is left alone (unmapped).
 * A value that is an arrow function returning such a string (`greeting: (name) => \`Hi ${name},\``) is read as that string.
 */
import { languageFromPath, localeLanguage } from './locale';
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';
import { babel, type AstNode } from '../babel';


/** Extensions of locale modules. `.tsx`/`.jsx` are components (email components are read by formats/jsx.ts). */
export const JS_MODULE = /\.(?:js|mjs|cjs|ts|mts|cts)$/i;

type Parsed = { program: AstNode } | { error: string; offset: number };

/** The last parse: detection (catalogKindOf) and parsing read the same text one after the other. */
let last: { text: string; typescript: boolean; parsed: Parsed } | undefined;

function parseModule(text: string, filePath: string): Parsed {
  const typescript = /\.[mc]?ts$/i.test(filePath);
  if (last && last.text === text && last.typescript === typescript) return last.parsed;
  let parsed: Parsed;
  try {
    const file = babel().parse(text, {
      // `unambiguous`: a CommonJS file (`module.exports = …`) is a script, with a script's looser rules.
      sourceType: 'unambiguous',
      plugins: typescript ? ['typescript'] : [],
      errorRecovery: false,
    }) as unknown as { program: AstNode };
    parsed = { program: file.program };
  } catch (e) {
    const err = e as { message?: string; pos?: number };
    parsed = { error: String(err.message ?? e).split('\n')[0], offset: typeof err.pos === 'number' ? err.pos : 0 };
  }
  last = { text, typescript, parsed };
  return parsed;
}

/** An exported value and the key path it starts at (`[]` for a default export, `['supportFa']` for a named one). */
interface Root {
  node: AstNode;
  path: string[];
  /** The export's name when it is the module's only one (its key path is then empty). */
  name?: string;
}

/**
 * The exported object roots of a module whose top level is data, or undefined when it is code (a function, a class,
 * a call, a condition at the top level). Local constants are kept so an export or a spread may name them.
 */
function exportedRoots(program: AstNode): { roots: Root[]; bindings: Map<string, AstNode> } | undefined {
  const bindings = new Map<string, AstNode>();
  const roots: Root[] = [];
  const declare = (decl: AstNode, exported: boolean): boolean => {
    for (const d of decl.declarations as AstNode[]) {
      if (d.id?.type !== 'Identifier' || !d.init || !isData(d.init)) return false;
      bindings.set(d.id.name, d.init);
      if (exported) roots.push({ node: d.init, path: [d.id.name] });
    }
    return true;
  };
  for (const s of program.body as AstNode[]) {
    switch (s.type) {
      case 'ImportDeclaration': case 'EmptyStatement': case 'TSImportEqualsDeclaration':
      case 'TSTypeAliasDeclaration': case 'TSInterfaceDeclaration': case 'TSModuleDeclaration': case 'TSEnumDeclaration':
      case 'ExportAllDeclaration':
        continue;
      case 'VariableDeclaration':
        // `declare const x: string;` declares a type only.
        if (!s.declare && !declare(s, false)) return undefined;
        continue;
      case 'ExportNamedDeclaration':
        if (s.declaration) {
          if (s.declaration.type === 'VariableDeclaration') { if (!declare(s.declaration, true)) return undefined; continue; }
          if (/^TS/.test(s.declaration.type)) continue;
          return undefined;
        }
        // `export { en }`, `export { en as default }`; re-exports from another module hold nothing here.
        if (!s.source) {
          for (const sp of s.specifiers as AstNode[]) {
            const local = sp.local?.name as string | undefined;
            const name = sp.exported?.type === 'Identifier' ? sp.exported.name : sp.exported?.value;
            if (local && bindings.has(local)) roots.push({ node: bindings.get(local)!, path: name === 'default' ? [] : [String(name)] });
          }
        }
        continue;
      case 'ExportDefaultDeclaration':
        if (!isData(s.declaration)) return undefined;
        roots.push({ node: s.declaration, path: [] });
        continue;
      case 'ExpressionStatement': {
        // `module.exports = {…}`, `module.exports.mail = {…}`, `exports.mail = {…}`; a directive (`'use strict'`) is a string statement in a script.
        const e = s.expression as AstNode;
        if (e.type === 'StringLiteral') continue;
        if (e.type !== 'AssignmentExpression' || e.operator !== '=' || !isData(e.right)) return undefined;
        const target = memberPath(e.left);
        if (!target) return undefined;
        if (target[0] === 'module' && target[1] === 'exports') roots.push({ node: e.right, path: target.slice(2) });
        else if (target[0] === 'exports' && target.length > 1) roots.push({ node: e.right, path: target.slice(1) });
        else return undefined;
        continue;
      }
      default:
        return undefined;
    }
  }
  // One export is the module's catalog whatever it is called: `export const supportFa = {…}` keys as a default export
  // would (`title`, not `supportFa.title`), so its sister `supportEn` lines up with it and the name (which often repeats
  // the file's, `notificationsFa`) is not read as part of every key. Several exports keep their names apart.
  if (roots.length === 1) roots[0] = { ...roots[0], path: [], name: roots[0].path[0] };
  return { roots, bindings };
}

/** `module.exports.mail` → ['module', 'exports', 'mail']; undefined for anything but a chain of names. */
function memberPath(n: AstNode): string[] | undefined {
  if (n.type === 'Identifier') return [n.name];
  if (n.type !== 'MemberExpression' || n.computed && n.property.type !== 'StringLiteral') return undefined;
  const head = memberPath(n.object);
  return head && [...head, n.computed ? n.property.value : n.property.name];
}

/** What a data module's top level may hold: literals, objects, arrays, names, a wrapping call, `require(…)`. */
function isData(n: AstNode | null | undefined): boolean {
  if (!n) return false;
  const v = unwrapTs(n);
  switch (v.type) {
    case 'ObjectExpression': case 'ArrayExpression': case 'StringLiteral': case 'TemplateLiteral': case 'NumericLiteral':
    case 'BooleanLiteral': case 'NullLiteral': case 'Identifier': case 'MemberExpression': case 'BinaryExpression':
      return true;
    // `defineMessages({…})`, `merge(base, {…})`, `require('./common')`, Nuxt's `defineI18nLocale(() => ({…}))`.
    // A date library's locale (`moment.defineLocale('fa', {…})`, dayjs's `updateLocale`) holds month names and formats, not messages.
    case 'CallExpression':
      return (v.callee.type === 'Identifier' || v.callee.type === 'MemberExpression') && !/^(?:defineLocale|updateLocale)$/.test(v.callee.property?.name ?? v.callee.name);
    case 'ArrowFunctionExpression':
      return unwrapTs(v.body).type === 'ObjectExpression';
    default:
      return false;
  }
}

/** `{…} as const`, `{…} satisfies Messages`, `<Messages>{…}`, `(…)`. */
function unwrapTs(n: AstNode): AstNode {
  let v = n;
  while (['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression', 'ParenthesizedExpression'].includes(v.type)) v = v.expression;
  return v;
}

/** The object literals an exported value stands for: itself, the constant it names, a wrapping call's object arguments. */
function objectsOf(n: AstNode, bindings: Map<string, AstNode>, depth = 0): AstNode[] {
  const v = unwrapTs(n);
  if (depth > 8) return [];
  if (v.type === 'ObjectExpression' || v.type === 'ArrayExpression') return [v];
  if (v.type === 'Identifier' && bindings.has(v.name)) return objectsOf(bindings.get(v.name)!, bindings, depth + 1);
  if (v.type === 'CallExpression') return (v.arguments as AstNode[]).flatMap((a) => objectsOf(a, bindings, depth + 1));
  if (v.type === 'ArrowFunctionExpression') return objectsOf(v.body, bindings, depth + 1);
  return [];
}

/** One string literal of a message: its inner span in the file and how a replacement is written into it. */
interface Literal {
  start: number;
  end: number;
  quote: "'" | '"' | '`';
  /** A template literal's `${…}` placeholders as written: a rewrite may move them, kept as code. */
  expressions: string[];
}

/** A string leaf: a literal, a template literal, or literals joined with `+`. */
type Leaf = { kind: 'string'; node: AstNode } | { kind: 'other' };

interface Walked {
  leaves: { path: string[]; node: AstNode; keyStart: number }[];
  others: number;
}

/** Every leaf of the exported objects, strings with their key paths; other values (functions, numbers) counted. */
function walkRoots(roots: Root[], bindings: Map<string, AstNode>): Walked {
  const out: Walked = { leaves: [], others: 0 };
  const seen = new Set<AstNode>();
  const visitValue = (value: AstNode, path: string[], keyStart: number, depth: number): void => {
    const v = unwrapTs(value);
    if (depth > 64) return;
    if (v.type === 'ObjectExpression' || v.type === 'ArrayExpression') return visitContainer(v, path, depth + 1);
    if (v.type === 'Identifier' && bindings.has(v.name)) {
      const target = unwrapTs(bindings.get(v.name)!);
      if (target.type === 'ObjectExpression' || target.type === 'ArrayExpression') return visitContainer(target, path, depth + 1);
    }
    // typesafe-i18n and hand-written helpers: `greeting: (name) => \`Hi ${name},\``, a string with its arguments as placeholders.
    const body = v.type === 'ArrowFunctionExpression' && v.body.type !== 'BlockStatement' ? unwrapTs(v.body) : v;
    const leaf = leafOf(body);
    if (leaf.kind === 'string') out.leaves.push({ path, node: body, keyStart });
    else out.others++;
  };
  const visitContainer = (c: AstNode, path: string[], depth: number): void => {
    // A constant spread into two places is read once, where it is written.
    if (seen.has(c)) return;
    seen.add(c);
    if (c.type === 'ArrayExpression') {
      (c.elements as (AstNode | null)[]).forEach((el, i) => { if (el && el.type !== 'SpreadElement') visitValue(el, [...path, String(i)], el.start, depth); });
      return;
    }
    for (const p of c.properties as AstNode[]) {
      if (p.type === 'SpreadElement') {
        // `...common`: the named constant's keys at this level.
        for (const o of objectsOf(p.argument, bindings)) visitContainer(o, path, depth + 1);
        continue;
      }
      if (p.type !== 'ObjectProperty') { out.others++; continue; }
      const k = p.key as AstNode;
      const name = k.type === 'Identifier' && !p.computed ? k.name : k.type === 'StringLiteral' ? k.value : k.type === 'NumericLiteral' ? String(k.value) : undefined;
      if (name === undefined) { out.others++; continue; }
      visitValue(p.value, [...path, name], p.start, depth);
    }
  };
  for (const r of roots) {
    for (const o of objectsOf(r.node, bindings)) visitContainer(o, r.path, 0);
    // `export const title = 'Welcome'`: a string exported on its own.
    const v = unwrapTs(r.node);
    const own = r.path.length ? r.path : r.name !== undefined ? [r.name] : [];
    if (own.length && leafOf(v).kind === 'string') out.leaves.push({ path: own, node: v, keyStart: r.node.start });
  }
  return out;
}

function leafOf(v: AstNode): Leaf {
  if (v.type === 'StringLiteral' || v.type === 'TemplateLiteral') return { kind: 'string', node: v };
  // `'Hello ' + name` is a string too, but built by code: it is counted as unmapped, never guessed at.
  if (v.type === 'BinaryExpression' && v.operator === '+' && (joinedLiterals(v) || hasLiteral(v))) return { kind: 'string', node: v };
  return { kind: 'other' };
}

function hasLiteral(n: AstNode): boolean {
  const v = unwrapTs(n);
  if (v.type === 'StringLiteral' || v.type === 'TemplateLiteral') return true;
  return v.type === 'BinaryExpression' && v.operator === '+' && (hasLiteral(v.left) || hasLiteral(v.right));
}

/** The literals of `'a' + 'b' + `c``, in order; undefined when anything else takes part (a name, a call). */
function joinedLiterals(n: AstNode): AstNode[] | undefined {
  const out: AstNode[] = [];
  const walk = (x: AstNode): boolean => {
    const v = unwrapTs(x);
    if (v.type === 'BinaryExpression' && v.operator === '+') return walk(v.left) && walk(v.right);
    if (v.type === 'StringLiteral' || v.type === 'TemplateLiteral') { out.push(v); return true; }
    return false;
  };
  return walk(n) && out.length <= 64 ? out : undefined;
}

/** A `${…}` that reads as a placeholder: a name or a chain of names (`${name}`, `${user.firstName}`, `${order?.id}`). */
const SIMPLE_EXPRESSION = /^\$\{\s*[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*\s*\}$/;

/** A string leaf's text mapped to the file, or undefined when it cannot be mapped exactly. */
function mapLeaf(text: string, node: AstNode): { mapped: MappedText; literals: Literal[]; placeholders: { start: number; end: number }[] } | undefined {
  const parts = node.type === 'BinaryExpression' ? joinedLiterals(node) : [node];
  if (!parts) return undefined;
  const mapped = new MappedText();
  const literals: Literal[] = [];
  // Where each `${…}` sits in the text: a rewrite may replace one whole, never cut into it.
  const placeholders: { start: number; end: number }[] = [];
  for (const p of parts) {
    if (p.type === 'StringLiteral') {
      const part = decodeJs(text, p.start + 1, p.end - 1, false);
      if (part.text !== p.value) return undefined;
      append(mapped, part);
      literals.push({ start: p.start + 1, end: p.end - 1, quote: text[p.start] as "'" | '"', expressions: [] });
      continue;
    }
    const quasis = p.quasis as AstNode[];
    const expressions: string[] = [];
    for (let i = 0; i < quasis.length; i++) {
      const q = quasis[i];
      if (typeof q.value?.cooked !== 'string') return undefined;
      const part = decodeJs(text, q.start, q.end, true);
      if (part.text !== q.value.cooked) return undefined;
      append(mapped, part);
      if (i + 1 < quasis.length) {
        // The `${…}` between this piece and the next, as written.
        const source = text.slice(q.end, quasis[i + 1].start);
        if (!SIMPLE_EXPRESSION.test(source)) return undefined;
        placeholders.push({ start: mapped.text.length, end: mapped.text.length + source.length });
        mapped.copy(source, q.end);
        expressions.push(source);
      }
    }
    literals.push({ start: p.start + 1, end: p.end - 1, quote: '`', expressions });
  }
  return { mapped, literals, placeholders };
}

function append(to: MappedText, part: MappedText): void {
  for (let i = 0; i < part.text.length; i++) to.push(part.text[i], part.starts[i], part.ends[i]);
}

/** A replacement written for the literal it lands in: its own quote escaped, line breaks as escapes. */
function encodeFor(lit: Literal, s: string): string | undefined {
  if (lit.quote !== '`') {
    return s.replace(/[\\\n\r\u2028\u2029'"]/g, (c) => {
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\u2028' || c === '\u2029') return '\\u' + c.charCodeAt(0).toString(16);
      if ((c === "'" || c === '"') && c !== lit.quote) return c;
      return '\\' + c;
    });
  }
  // A template literal keeps its line feeds; its own `${name}` placeholders stay code, any other `${` is text.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '$' && s[i + 1] === '{') {
      const own = lit.expressions.find((x) => s.startsWith(x, i));
      if (own) { out += own; i += own.length - 1; continue; }
      out += '\\$';
      continue;
    }
    // A raw CR in a template reads as LF: written as an escape.
    out += c === '\\' || c === '`' ? '\\' + c : c === '\r' ? '\\r' : c;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };

/**
 * A JS string literal's (or template piece's) source [start, end) decoded, each unit mapped to the source that made it.
 * Escapes: `\n` and the other single-character ones, `\0`, `\xNN`, `\uXXXX`, `\u{…}`, a backslash before a line
 * break (a continuation: nothing), any other `\c` as `c`. In a template literal a CR LF or a lone CR reads as LF.
 */
export function decodeJs(text: string, start: number, end: number, template: boolean): MappedText {
  const out = new MappedText();
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\' && i + 1 < end) {
      const e = text[i + 1];
      if (e in SIMPLE_ESCAPES) { out.push(SIMPLE_ESCAPES[e], i, i + 2); i += 2; continue; }
      if (e === '0' && !/[0-9]/.test(text[i + 2] ?? '')) { out.push('\0', i, i + 2); i += 2; continue; }
      if (e === '\r') { i += text[i + 2] === '\n' ? 3 : 2; continue; }
      if (e === '\n' || e === '\u2028' || e === '\u2029') { i += 2; continue; }
      const hex = /^x([0-9a-fA-F]{2})/.exec(text.slice(i + 1, i + 4));
      if (hex) { out.push(String.fromCharCode(parseInt(hex[1], 16)), i, i + 4); i += 4; continue; }
      const u4 = /^u([0-9a-fA-F]{4})/.exec(text.slice(i + 1, i + 6));
      if (u4) { out.push(String.fromCharCode(parseInt(u4[1], 16)), i, i + 6); i += 6; continue; }
      const braced = /^u\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 1, i + 10));
      if (braced) {
        const cp = parseInt(braced[1], 16);
        if (cp > 0x10ffff) { out.copy(c, i); i++; continue; }
        out.push(String.fromCodePoint(cp), i, i + 1 + braced[0].length);
        i += 1 + braced[0].length;
        continue;
      }
      out.push(e, i, i + 2);
      i += 2;
      continue;
    }
    if (template && c === '\r') {
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

const COMMENT = /^(?:\/\/|\/\*+|\*)\s*(.*?)(?:\*\/)?$/;

export function parseJsCatalog(text: string, filePath: string): Catalog | { error: string; offset?: number } {
  const parsed = parseModule(text, filePath);
  if ('error' in parsed) return { error: parsed.error, offset: parsed.offset };
  const found = exportedRoots(parsed.program);
  if (!found) return { error: 'the module runs code at its top level: a locale module exports an object of strings' };
  const walked = walkRoots(found.roots, found.bindings);
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  // A file whose name says no language (`i18n/messages.js`) may hold several: `{ en: {…}, fa: {…} }`.
  const byRoot = languageFromPath(filePath) === undefined;
  for (const leaf of walked.leaves) {
    const key = leaf.path.join('.');
    const joined = mapLeaf(text, leaf.node);
    if (!joined) { unmapped.push(key); continue; }
    const { mapped, literals, placeholders } = joined;
    if (!mapped.text.trim()) continue;
    const rootLanguage = byRoot && leaf.path.length > 1 ? localeLanguage(leaf.path[0]) : undefined;
    // A root locale Warmly has no rules for (`de: {…}` beside `en: {…}`): its strings are not linted.
    if (rootLanguage === 'other') continue;
    const single = literals.length === 1;
    messages.push({
      key, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: literals[literals.length - 1].end, fixable: true,
      // A rewrite stays inside one literal of a join, written for that literal's quotes.
      contiguous: single ? undefined : true,
      encode: (s, at) => {
        if (placeholders.some((p) => at.start < p.end && at.end > p.start ? at.start > p.start || at.end < p.end : at.start > p.start && at.start < p.end)) return undefined;
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
  return { kind: 'js', messages, unmapped, language: byRoot ? languageOfName(filePath, found.roots) : undefined };
}

/**
 * A language the file's name or its export says when languageFromPath does not: `support-fa.js`, `strings-en.ts`, or
 * `export const supportFa = {…}`. English and Persian only: a hyphenated word is no sure locale.
 */
function languageOfName(filePath: string, roots: Root[]): 'en' | 'fa' | undefined {
  const stem = (filePath.replace(/\\/g, '/').split('/').pop() ?? '').replace(JS_MODULE, '');
  const hyphen = /[-_.](en|fa)(?:[-_](?:US|GB|IR|AU|CA))?$/i.exec(stem)?.[1];
  if (hyphen) return hyphen.toLowerCase() as 'en' | 'fa';
  const names = new Set(roots.map((r) => r.name ?? r.path[0]).filter((n) => n !== undefined).map((n) => /[a-z](En|Fa)$/.exec(n)?.[1]));
  names.delete(undefined);
  return names.size === 1 ? ([...names][0]!.toLowerCase() as 'en' | 'fa') : undefined;
}

/**
 * The content check: the module is imports and an export of object literals (or a constant, or one wrapping call)
 * whose leaves are mostly strings, some of them words. A module that does not parse but starts like one is a catalog
 * too, so its syntax error is reported instead of the file going quietly unlinted.
 */
export function isJsCatalog(text: string, filePath: string): boolean {
  if (!startsLikeLocaleModule(text.slice(0, 16384))) return false;
  const parsed = parseModule(text, filePath);
  if ('error' in parsed) return true;
  const found = exportedRoots(parsed.program);
  if (!found || !found.roots.length) return false;
  const walked = walkRoots(found.roots, found.bindings);
  const strings = walked.leaves.length;
  if (!strings || strings < 2 * walked.others) return false;
  // Settings objects hold strings too (`mode: 'production'`, `entry: './src'`); a catalog's are words.
  return walked.leaves.some((l) => /\p{L}[,;:!?.]?\s+\S*\p{L}/u.test(mapLeaf(text, l.node)?.mapped.text ?? text.slice(l.node.start, l.node.end)));
}

/**
 * How a locale module's first statement after its preamble (see preambleEnd) starts: an export of an object (possibly
 * through a wrapping call or a typed constant), `module.exports = …`, or a constant object exported below. Anchored
 * where the preamble ends, with no repetition around a repetition: it cannot backtrack its way into seconds.
 */
const LOCALE_MODULE_START = /(?:export\s+default\s+(?:[\w$.]+\s*(?:<[^>\n]*>)?\(\s*)?\{|module\.exports\s*=\s*(?:[\w$.]+\s*\(\s*)?\{|(?:export\s+)?(?:const|let|var)\s+[\w$]+\s*(?::[^=\n]+)?=\s*(?:[\w$.]+\s*(?:<[^>\n]*>)?\(\s*)?\{)/y;

/** Whether the text starts like a locale module: its preamble, then an exported object. */
function startsLikeLocaleModule(head: string): boolean {
  LOCALE_MODULE_START.lastIndex = preambleEnd(head);
  return LOCALE_MODULE_START.test(head);
}

/**
 * Where a module's preamble ends: white space, comments, a `'use strict'` directive, imports and type declarations
 * (`type M = {…};`, `interface M {…}`, braces balanced). One pass over the characters, never a backtracking regex.
 */
function preambleEnd(head: string): number {
  let i = 0;
  const n = head.length;
  const skipString = (at: number): number => {
    const q = head[at];
    let j = at + 1;
    while (j < n && head[j] !== q && head[j] !== '\n') j += head[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  for (;;) {
    const c = head[i];
    if (c === undefined) return i;
    if (/\s/.test(c)) { i++; continue; }
    if (head.startsWith('//', i)) { const e = head.indexOf('\n', i); i = e < 0 ? n : e + 1; continue; }
    if (head.startsWith('/*', i)) { const e = head.indexOf('*/', i + 2); i = e < 0 ? n : e + 2; continue; }
    if (head.startsWith("'use strict'", i) || head.startsWith('"use strict"', i)) { i += 12; if (head[i] === ';') i++; continue; }
    const word = /^(?:import|export\s+(?:type|interface)|type|interface|declare)\b/.exec(head.slice(i, i + 40))?.[0];
    if (!word || (word === 'type' && !/^type\s+[\w$]/.test(head.slice(i, i + 40)))) return i;
    // To the statement's end: a `;`, or a line break outside braces and strings that does not continue the statement
    // (after `=`, `|`, `&`, `,` or `:` it does: `type Locale =\n  | 'en'\n  | 'fa'`).
    let depth = 0;
    let j = i + word.length;
    for (; j < n; j++) {
      const d = head[j];
      if (d === "'" || d === '"' || d === '`') { j = skipString(j) - 1; continue; }
      if (d === '{' || d === '(' || d === '<') depth++;
      else if (d === '}' || d === ')' || d === '>') depth = Math.max(0, depth - 1);
      else if (depth === 0 && (d === ';' || (d === '\n' && !/[=|&,:]\s*$/.test(head.slice(Math.max(i, j - 40), j)) && !/^\s*[|&=.]/.test(head.slice(j + 1, j + 41))))) break;
    }
    i = j + 1;
  }
}
