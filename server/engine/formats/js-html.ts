/**
 * JavaScript/TypeScript modules whose export is an HTML email written as a template literal: Ghost's
 * `module.exports = ({t, siteTitle, email}) => \`<!doctype html>…<p>${t('Hey there!')}</p>…\``, a mailer's
 * `export function welcomeEmail(name) { return \`<table>…<p>Hi ${name},</p>…\` }`. The module is parsed with
 * @babel/parser (loaded on first use); the literals a module returns or exports that read as an email (emailLiterals)
 * are read with the HTML reader (formats/html.ts), each character of prose mapped back to the file:
 * - `${name}`, `${user.firstName}`, `${name || 'there'}` holes are template tags (dialect `dollar`) with their variables,
 *   as `${name}` is in any other template; any other hole (a call, a condition, a nested literal) prints something
 *   nameless;
 * - a translation call's hole (`${t('Hey there!')}`, `${i18n.t('…', {siteTitle})}`, `${__('…')}`) shows its string:
 *   the string's content is prose, its i18next `{name}` / `{{name}}` placeholders are the values filled in, and the
 *   code around it (the call, its options) is masked;
 * - escapes (`\``, `\n`, `\u00e9`, `\'` in a `t('…')` string) are each a piece of their own, decoded;
 * - everything outside the literals is code: never prose, never rewritten.
 * Rewrites are escaped for where they land and proved by parsing the module again (js-html-edits.ts).
 */
import { babel, type AstNode } from '../babel';
import { decodeJs } from '../catalogs/js';
import type { Piece, RawBlock } from '../prose';
import type { Range } from '../types';
import { extractHtml } from './html';
import { maskTags, TagIndex, type CommentSpan, type Extraction } from './source';
import { scanTags, type QuotedRange, type TagScan, type TemplateTag } from './tags';

/** Extensions of modules that may return an email (`.jsx`/`.tsx` are React components: formats/jsx.ts). */
export const JS_HTML_MODULE = /\.(?:js|mjs|cjs|ts|mts|cts)$/i;

/** What the linter needs of such a module beyond its prose (Extraction.jsHtml). */
export interface JsHtmlInfo {
  /** The text parts of the email literals (between their holes): a rewrite there is written for a template literal. */
  parts: Range[];
  /** The contents of translated strings (`t('…')`): a rewrite there is escaped for the string's quote. */
  strings: QuotedRange[];
  /** Names a rewrite may print as a new `${…}`: the parameters of the functions returning the emails, and the paths they print. */
  variables: string[];
  /** The parameters themselves (`{ siteTitle, email }`): what the personalizer picks a variable for a role from. */
  declared: string[];
}

/** Translation functions whose first argument is the text shown: `t`, `i18n.t`, `this.t`, `__`, `_`, `$t`, `translate`. */
const TRANSLATE_CALLEE = /^(?:(?:this|i18n|i18next|ctx|req|res\.locals|locals|options|data|props)\.)?(?:t|\$t|__|_|translate|gettext|i18n)$/;
/** Tags of template literals that hold markup as it is (`html\`…\``, `/* html *\/` needs none). */
const MARKUP_TAG = /^(?:html|mjml|email|dedent|outdent|stripIndent|stripIndents|oneLine|inlineCss)$/;
/** Libraries whose `html\`…\`` is a web component's or a page's view, never an email. */
const VIEW_LIBRARY = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'](?:lit|lit-html|lit-element|@lit\/[^"']+|@polymer\/[^"']+|uhtml|htm|htm\/[^"']+|hybrids|@microsoft\/fast-element|haunted|nanohtml|choo|hyperhtml|lighterhtml|@github\/catalyst|atomico|solid-js\/html|preact|vhtml)["']/;

export function parseJsModule(text: string, filePath: string): AstNode {
  const typescript = /\.[mc]?ts$/i.test(filePath);
  const file = babel().parse(text, {
    sourceType: 'unambiguous',
    plugins: typescript ? ['typescript'] : ['jsx'],
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    errorRecovery: false,
  }) as unknown as { program: AstNode; comments?: AstNode[] };
  return Object.assign(file.program, { comments: file.comments ?? [] });
}

/** A literal a module returns or exports, with the parameters of the function that returns it. */
export interface EmailLiteral {
  node: AstNode;
  params: string[];
}

const unwrap = (n: AstNode): AstNode => (/^TS(?:As|Satisfies|NonNull)Expression$|^ParenthesizedExpression$/.test(n.type) ? unwrap(n.expression) : n);

/** The template literal a value is (`\`…\``, `html\`…\``), or undefined. */
function literalOf(value: AstNode | null | undefined): AstNode | undefined {
  if (!value) return undefined;
  const v = unwrap(value);
  if (v.type === 'TemplateLiteral') return v;
  if (v.type === 'TaggedTemplateExpression' && v.tag.type === 'Identifier' && MARKUP_TAG.test(v.tag.name)) return v.quasi;
  return undefined;
}

/** Names a parameter list binds: `({ t, siteTitle })`, `(name, url)`, `({ user: { name } } = {})`. */
function paramNames(params: AstNode[]): string[] {
  const out: string[] = [];
  const bind = (p: AstNode | null | undefined): void => {
    if (!p) return;
    if (p.type === 'Identifier') out.push(p.name);
    else if (p.type === 'AssignmentPattern') bind(p.left);
    else if (p.type === 'RestElement') bind(p.argument);
    else if (p.type === 'ObjectPattern') for (const q of p.properties as AstNode[]) bind(q.type === 'ObjectProperty' ? q.value : q);
    else if (p.type === 'TSParameterProperty') bind(p.parameter);
  };
  for (const p of params) bind(p);
  return out;
}

const isFunction = (n: AstNode) => n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ObjectMethod' || n.type === 'ClassMethod';

/** `module.exports`, `module.exports.x`, `exports.x`. */
function isExportsTarget(n: AstNode): boolean {
  if (n.type !== 'MemberExpression') return false;
  const o = n.object;
  if (o.type === 'Identifier' && o.name === 'module' && n.property.type === 'Identifier' && n.property.name === 'exports') return true;
  if (o.type === 'Identifier' && o.name === 'exports') return true;
  return isExportsTarget(o);
}

/**
 * The template literals a module returns or exports: an arrow function's body, a `return`, `module.exports = …`,
 * `exports.x = …`, `export default …`, `export const x = …`, or a local (`let email = \`…\``) that is then returned or
 * exported. Literals elsewhere (an argument, an object's property, a string built in passing) are not the module's email.
 */
function returnedLiterals(program: AstNode): EmailLiteral[] {
  const found: EmailLiteral[] = [];
  const seen = new Set<AstNode>();
  /** Locals holding a literal, per function: returned or exported by name later. */
  const locals: { name: string; node: AstNode; params: string[] }[] = [];
  const shipped = new Set<string>();
  const add = (lit: AstNode | undefined, params: string[]) => {
    if (lit && !seen.has(lit)) { seen.add(lit); found.push({ node: lit, params }); }
  };
  const walk = (n: AstNode, params: string[], parent: AstNode | undefined): void => {
    if (isFunction(n)) {
      params = [...params, ...paramNames(n.params as AstNode[])];
      if (n.type === 'ArrowFunctionExpression' && n.body.type !== 'BlockStatement') add(literalOf(n.body), params);
    }
    switch (n.type) {
      case 'ReturnStatement':
        add(literalOf(n.argument), params);
        if (n.argument && unwrap(n.argument).type === 'Identifier') shipped.add(unwrap(n.argument).name);
        break;
      case 'AssignmentExpression':
        if (isExportsTarget(n.left)) {
          add(literalOf(n.right), params);
          if (unwrap(n.right).type === 'Identifier') shipped.add(unwrap(n.right).name);
        }
        break;
      case 'ExportDefaultDeclaration':
        add(literalOf(n.declaration), params);
        if (n.declaration.type === 'Identifier') shipped.add(n.declaration.name);
        break;
      case 'ExportSpecifier':
        if (n.local?.type === 'Identifier') shipped.add(n.local.name);
        break;
      case 'VariableDeclarator': {
        const lit = literalOf(n.init);
        if (lit && n.id.type === 'Identifier') {
          if (parent?.type === 'VariableDeclaration' && exportedDeclarations.has(parent)) add(lit, params);
          else locals.push({ name: n.id.name, node: lit, params });
        }
        break;
      }
      case 'ExportNamedDeclaration':
        if (n.declaration?.type === 'VariableDeclaration') exportedDeclarations.add(n.declaration);
        break;
    }
    for (const key in n) {
      if (key === 'loc' || key === 'extra' || key === 'comments' || key.endsWith('Comments')) continue;
      const v = n[key];
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x.type === 'string') walk(x, params, n); }
      else if (v && typeof v === 'object' && typeof v.type === 'string') walk(v, params, n);
    }
  };
  const exportedDeclarations = new Set<AstNode>();
  walk(program, [], undefined);
  for (const l of locals) if (shipped.has(l.name)) add(l.node, l.params);
  return found.sort((a, b) => a.node.start - b.node.start);
}

/** The text a literal shows: its parts, its translated strings and its branches' text, other holes blanked. */
function shownText(text: string, lit: AstNode): string {
  const quasis = lit.quasis as AstNode[];
  const out: string[] = [];
  const branch = (n: AstNode): string => {
    const e = unwrap(n);
    const said = translatedString(e);
    if (said) return (said.value ?? said.quasis?.[0]?.value?.cooked ?? '') as string;
    if (e.type === 'TemplateLiteral') return shownText(text, e);
    if (e.type === 'StringLiteral') return e.value as string;
    if (e.type === 'ConditionalExpression') return `${branch(e.consequent)}\n${branch(e.alternate)}`;
    if (e.type === 'LogicalExpression' && e.operator === '&&') return branch(e.right);
    return '';
  };
  quasis.forEach((q, i) => {
    out.push(text.slice(q.start, q.end));
    const expr = (lit.expressions as AstNode[])[i];
    if (expr) out.push(` ${branch(expr)} `);
  });
  return out.join('');
}

/** The string a translation call shows (`t('Hey there!', {…})`), or undefined. */
function translatedString(expr: AstNode): AstNode | undefined {
  const e = unwrap(expr);
  if (e.type !== 'CallExpression' && e.type !== 'OptionalCallExpression') return undefined;
  const callee = pathOf(e.callee);
  if (!callee || !TRANSLATE_CALLEE.test(callee)) return undefined;
  const first = e.arguments[0] as AstNode | undefined;
  if (first?.type === 'StringLiteral' || (first?.type === 'TemplateLiteral' && first.expressions.length === 0)) return first;
  return undefined;
}

/** A variable path: `name`, `user.firstName`, `data?.site.url`, `this.name`. */
function pathOf(node: AstNode): string | undefined {
  switch (node.type) {
    case 'Identifier': return node.name as string;
    case 'ThisExpression': return 'this';
    case 'TSNonNullExpression': case 'TSAsExpression': return pathOf(node.expression);
    case 'MemberExpression': case 'OptionalMemberExpression': {
      if (node.computed || node.property.type !== 'Identifier') return undefined;
      const object = pathOf(node.object);
      return object === undefined ? undefined : `${object}.${node.property.name}`;
    }
    default: return undefined;
  }
}

/** A document's markers: an email is a whole page of HTML, or MJML. */
const DOCUMENT = /<(?:!doctype\s+html|html[\s>]|body[\s>]|mjml[\s>])/i;
/** Markup that puts text in blocks, as an email's body does. */
const BLOCK_MARKUP = /<(?:p|div|td|table|h[1-6]|li|span|a|strong|b|center|mj-text|mj-button)[\s>]/i;
/** Markup of a web page or an app's view, not of an email: forms, scripts, navigation, custom elements. */
const PAGE_MARKUP = /<(?:script\s+src|form[\s>]|input[\s>]|nav[\s>]|button\s[^>]*\bonclick|[a-z]+-[a-z-]+[\s>](?!\s*<\/mj))/i;
/** Source code kept in a string (a component library's sample, a code generator's output): `const x =`, `=> (`, `className=`. */
const CODE = /\b(?:const|let|var)\s+[\w$]+\s*=|=>\s*[({]|\bclassName=|\bimport\s+[\w{*][^\n]*\bfrom\s+["']/;
/** What only emails say or carry: their own name, an unsubscribe link, Outlook's conditional styles, a preheader. */
const EMAIL_SIGNS = /\b(?:e-?mail|unsubscribe|newsletter|preheader|mso-|inbox|mailto:|sent (?:to|from)|this message)\b|<mj-|cellpadding=/i;
/** A sentence: four words in a row. */
const SENTENCE = /(?:\p{L}[\p{L}\p{M}'’-]*[,;:]?\s+){3,}\p{L}/u;

/** Whether a literal's shown text is an email: HTML with sentences in it, a document or a run of blocks that says it is mail. */
function readsAsEmail(shown: string, mailContext: boolean): boolean {
  if (!BLOCK_MARKUP.test(shown) && !DOCUMENT.test(shown)) return false;
  const prose = shown.replace(/<(?:style|script|head)\b[\s\S]*?<\/(?:style|script|head)>/gi, ' ').replace(/<[^>]*>/g, '\n');
  if (!SENTENCE.test(prose)) return false;
  if (PAGE_MARKUP.test(shown) || CODE.test(shown)) return false;
  return mailContext || EMAIL_SIGNS.test(shown);
}

/** Path and name words that say a module is about mail: `emails/welcome.js`, `mailer.ts`, `notification-templates/`. */
const MAIL_WORDS = /(?:^|[^a-z])(?:e-?mails?|mail(?:s|er|ers|ing)?|newsletters?|notifications?|notify|digest)(?:[^a-z]|$)/i;

/**
 * The literals of a module that are emails: returned or exported, HTML with sentences, and about mail (the path, the
 * literal or the module's names say so). None in a module of a view library (lit, htm, uhtml: its `html\`…\`` are views).
 */
export function emailLiterals(text: string, filePath: string, program?: AstNode): EmailLiteral[] {
  if (VIEW_LIBRARY.test(text)) return [];
  let parsed = program;
  if (!parsed) {
    try {
      parsed = parseJsModule(text, filePath);
    } catch {
      return [];
    }
  }
  const path = filePath.replace(/\\/g, '/').split('/').slice(-3).join('/');
  const mailContext = MAIL_WORDS.test(path.replace(/([a-z])([A-Z])/g, '$1-$2'));
  const emails = returnedLiterals(parsed).filter((l) => readsAsEmail(shownText(text, l.node), mailContext));
  // A literal inside another's hole (`${items.map((i) => \`<li>…</li>\`)}`) is part of that email's code.
  return emails.filter((l) => !emails.some((o) => o !== l && o.node.start < l.node.start && l.node.end < o.node.end));
}

/** Modules that are never an app's own emails: tests, fixtures, built or vendored code, minified bundles. */
const NOT_EMAIL_MODULE = /(?:^|\/)(?:tests?|__tests__|spec|fixtures?|__mocks__|dist|build|vendor|coverage|\.next|out)\/|\.(?:min|bundle|test|spec|stories|d)\.[mc]?[jt]s$/i;

/**
 * Whether a JS/TS module returns or exports an HTML email: what the CLI walk, a glob and the editor lint of all the
 * `.js`/`.ts` files of an app. A text scan first (most modules have no markup in a backtick string), then the parse.
 */
export function isEmailModule(filePath: string, text: string): boolean {
  if (!JS_HTML_MODULE.test(filePath) || NOT_EMAIL_MODULE.test(filePath.replace(/\\/g, '/'))) return false;
  if (lastVerdict?.text === text && lastVerdict.filePath === filePath) return lastVerdict.email;
  const email = mayHoldEmailLiteral(text) && emailLiterals(text, filePath).length > 0;
  lastVerdict = { text, filePath, email };
  return email;
}

/** The last verdict: the editor asks twice of one document (is it data? is it code?), a walk once per file. */
let lastVerdict: { text: string; filePath: string; email: boolean } | undefined;

/** Whether a module's text may hold an email literal: a backtick, markup and an export or a return (no parse). */
export function mayHoldEmailLiteral(text: string): boolean {
  return text.includes('`') && BLOCK_MARKUP.test(text) && /\b(?:module\.exports|exports\.|export\b|return\b)|=>\s*(?:\w+\s*)?`/.test(text) && SENTENCE.test(text);
}

/** One JS escape in a literal: its source range and what it stands for. */
interface Escape extends Range {
  value: string;
}

/** The escapes of a source range (`\n`, `\``, `\u00e9`, a line continuation): where the source is not the value. */
function escapesOf(text: string, start: number, end: number, template: boolean, out: Escape[]): void {
  if (!text.slice(start, end).includes('\\')) return;
  const m = decodeJs(text, start, end, template);
  let i = 0;
  let at = start;
  while (i <= m.text.length) {
    const s = i < m.text.length ? m.starts[i] : end;
    // A continuation (`\` + line break) decodes to nothing: the gap before the next character.
    if (s > at && text[at] === '\\') out.push({ start: at, end: s, value: '' });
    if (i === m.text.length) break;
    const e = m.ends[i];
    let j = i + 1;
    while (j < m.text.length && m.starts[j] === s) j++;
    if (text[s] === '\\') out.push({ start: s, end: e, value: m.text.slice(i, j) });
    at = e;
    i = j;
  }
}

/** Text pieces split at escapes, each escape a piece whose value is what it stands for. */
function decodePieces(text: string, blocks: RawBlock[], escapes: Escape[]): void {
  if (!escapes.length) return;
  for (const block of blocks) {
    const out: Piece[] = [];
    for (const p of block.pieces) {
      if (p.kind !== 'text' || p.value !== text.slice(p.start, p.end) || !escapes.some((e) => e.start >= p.start && e.end <= p.end)) { out.push(p); continue; }
      let at = p.start;
      for (const e of escapes) {
        if (e.start < at || e.end > p.end) continue;
        if (e.start > at) out.push({ kind: 'text', start: at, end: e.start, value: text.slice(at, e.start) });
        out.push({ kind: 'text', start: e.start, end: e.end, value: e.value });
        at = e.end;
      }
      if (at < p.end) out.push({ kind: 'text', start: at, end: p.end, value: text.slice(at, p.end) });
    }
    block.pieces = out;
  }
}

/** A line break between two alternatives' text in one paragraph, so no phrase runs from one into the other. */
function separateAlternatives(blocks: RawBlock[], gaps: Range[]): void {
  if (!gaps.length) return;
  for (const block of blocks) {
    const out: Piece[] = [];
    for (const p of block.pieces) {
      const prev = out[out.length - 1];
      const gap = prev && gaps.find((g) => prev.end <= g.start && g.end <= p.start);
      if (gap) out.push({ kind: 'break', start: gap.start, end: gap.end });
      out.push(p);
    }
    block.pieces = out;
  }
}

/** i18next's placeholders in a translated string: `{siteTitle}`, `{{ name }}`, `{{- link}}`. */
const I18N_HOLE = /\{\{-?\s*([A-Za-z_$][\w$.]*)\s*\}\}|\{([A-Za-z_$][\w$]*)\}/g;

/**
 * The module's emails as prose, or undefined when it returns none (the caller reads the file as it always has).
 */
export function extractJsHtml(text: string, filePath: string): Extraction | undefined {
  if (!mayHoldEmailLiteral(text)) return undefined;
  let program: AstNode;
  try {
    program = parseJsModule(text, filePath);
  } catch {
    return undefined;
  }
  const literals = emailLiterals(text, filePath, program);
  if (!literals.length) return undefined;
  const own: TagScan = { tags: [], broken: [], hidden: [], quoted: [] };
  const info: JsHtmlInfo = { parts: [], strings: [], variables: [], declared: [] };
  const escapes: Escape[] = [];
  const variables = new Set<string>();
  /** The code between two alternatives (`cond ? \`<p>A</p>\` : \`<p>B</p>\``): never rendered together. */
  const alternatives: Range[] = [];
  /** A translated or literal string shown as it is: prose, its i18next placeholders the values filled in. */
  const showString = (lit: AstNode, shown: Range[]): void => {
    const start = lit.start + 1;
    const end = lit.end - 1;
    shown.push({ start, end });
    const quoted: QuotedRange = { start, end, quote: text[lit.start] as '"' | "'" | '`', ...(text[lit.start] === '`' ? {} : { js: true as const }) };
    own.quoted.push(quoted);
    info.strings.push(quoted);
    escapesOf(text, start, end, lit.type === 'TemplateLiteral', escapes);
    for (const m of text.slice(start, end).matchAll(I18N_HOLE)) {
      const from = start + m.index;
      own.tags.push({ start: from, end: from + m[0].length, dialect: m[1] ? 'handlebars' : 'brace', kind: 'output', expr: m[1] ?? m[2], variable: m[1] ?? m[2], hasFallback: false });
    }
  };
  /** A literal's text parts are the email's; each hole is read in turn. */
  const readLiteral = (lit: AstNode, shown: Range[]): void => {
    const quasis = lit.quasis as AstNode[];
    quasis.forEach((q, i) => {
      info.parts.push({ start: q.start, end: q.end });
      shown.push({ start: q.start, end: q.end });
      escapesOf(text, q.start, q.end, true, escapes);
      mustacheTags(q);
      const expr = (lit.expressions as AstNode[])[i];
      if (expr) readHole(expr, { start: q.end, end: quasis[i + 1].start }, shown);
    });
  };
  /**
   * `{{ reviewer }}`, `{{#if shop}}`: a literal that a mailer renders with Handlebars or Mustache afterwards
   * (Reaction Commerce's templates are such literals) carries that engine's tags in its text.
   */
  const mustacheTags = (q: AstNode): void => {
    const part = text.slice(q.start, q.end);
    if (!part.includes('{{')) return;
    const scanned = scanTags(part, 'handlebars', '.hbs');
    for (const t of scanned.tags) own.tags.push({ ...t, start: t.start + q.start, end: t.end + q.start });
    for (const h of scanned.hidden) own.hidden.push({ start: h.start + q.start, end: h.end + q.start });
  };
  /** What a hole's code shows, found inside it: strings, nested literals, each branch of a condition. */
  const showBranch = (n: AstNode, shown: Range[]): void => {
    const e = unwrap(n);
    const said = translatedString(e);
    if (said) { showString(said, shown); return; }
    if (e.type === 'TemplateLiteral') { readLiteral(e, shown); return; }
    if (e.type === 'StringLiteral') { if (/\p{L}/u.test(e.value as string)) showString(e, shown); return; }
    if (e.type === 'ConditionalExpression') {
      showBranch(e.consequent, shown);
      alternatives.push({ start: e.consequent.end, end: e.alternate.start });
      showBranch(e.alternate, shown);
      return;
    }
    if (e.type === 'LogicalExpression' && e.operator === '&&') { showBranch(e.right, shown); return; }
    // A value printed inside a branch (`cond ? name : ''`): something is printed, its source is no `${…}` to reuse.
    own.tags.push({ start: e.start, end: e.end, dialect: 'dollar', kind: 'output', expr: text.slice(e.start, e.end), hasFallback: false });
    shown.push({ start: e.start, end: e.end });
  };
  /**
   * A hole `${…}` (`hole`: its source, delimiters included): a value printed (a tag over the whole hole, so a rewrite
   * may reuse it as it is written), or code that shows text (a translation call, a condition between literals), whose
   * shown parts are read and the rest masked.
   */
  function readHole(expr: AstNode, hole: Range, outer: Range[]): void {
    const e = unwrap(expr);
    const shows = translatedString(e) || e.type === 'TemplateLiteral' || e.type === 'StringLiteral' || e.type === 'ConditionalExpression' || (e.type === 'LogicalExpression' && e.operator === '&&');
    if (!shows) {
      const tag = holeTag(text, expr, hole);
      own.tags.push(tag);
      if (tag.variable) variables.add(tag.variable);
      outer.push(hole);
      return;
    }
    const shown: Range[] = [];
    showBranch(expr, shown);
    shown.sort((a, b) => a.start - b.start);
    let at = hole.start;
    for (const r of shown) {
      if (r.start > at) own.hidden.push({ start: at, end: r.start });
      at = Math.max(at, r.end);
    }
    if (hole.end > at) own.hidden.push({ start: at, end: hole.end });
    outer.push(hole);
  }
  for (const { node: lit, params } of literals) {
    for (const p of params) if (!TRANSLATE_CALLEE.test(p)) { variables.add(p); if (!info.declared.includes(p)) info.declared.push(p); }
    readLiteral(lit, []);
  }
  info.variables = [...variables];
  own.tags.sort((a, b) => a.start - b.start);
  own.hidden.sort((a, b) => a.start - b.start);
  const masked = maskTags(text, own);
  const index = new TagIndex(own);
  const blocks: RawBlock[] = [];
  const comments: CommentSpan[] = [];
  const links: Extraction['links'] = [];
  const skipped: Range[] = [];
  const quietText: Range[] = [];
  let title: Range | undefined;
  let at = 0;
  for (const { node: lit } of literals) {
    // Code before each literal is never prose.
    skipped.push({ start: at, end: lit.start + 1 });
    at = lit.end - 1;
    const html = extractHtml(text, masked, index, lit.start + 1, lit.end - 1);
    blocks.push(...html.blocks);
    comments.push(...html.comments);
    links.push(...html.links);
    skipped.push(...html.skipped);
    quietText.push(...html.quietText);
    title ??= html.title;
  }
  skipped.push({ start: at, end: text.length });
  decodePieces(text, blocks, escapes);
  separateAlternatives(blocks, alternatives);
  for (const c of (program.comments ?? []) as AstNode[]) comments.push({ start: c.start, end: c.end, text: c.value as string });
  const headers: Extraction['headers'] = [];
  if (title) headers.push({ name: 'title', value: shownSlice(text, title, own.hidden, escapes), range: title });
  return { blocks, scan: own, comments, links, skipped, headers, markup: 'html', quietText, jsHtml: info };
}

/** A hole as a template tag: a path (`${user.name}`), a path with a fallback (`${name || 'there'}`), or a nameless value. */
function holeTag(text: string, expr: AstNode, hole: Range): TemplateTag {
  const e = unwrap(expr);
  let path = pathOf(e);
  let hasFallback = false;
  if (path === undefined && e.type === 'LogicalExpression' && e.operator !== '&&' && (e.right.type === 'StringLiteral' || e.right.type === 'TemplateLiteral')) {
    path = pathOf(e.left);
    hasFallback = path !== undefined;
  }
  const variable = path === undefined || path === 'this' ? undefined : path.replace(/^this\./, '');
  return { start: hole.start, end: hole.end, dialect: 'dollar', kind: 'output', expr: text.slice(expr.start, expr.end), variable, hasFallback };
}

/** A range's text as a reader sees it: masked code left out, escapes decoded. */
function shownSlice(text: string, range: Range, hidden: Range[], escapes: Escape[]): string {
  let out = '';
  for (let i = range.start; i < range.end; i++) {
    const h = hidden.find((r) => r.start <= i && i < r.end);
    if (h) { i = h.end - 1; continue; }
    const e = escapes.find((r) => r.start === i);
    if (e) { out += e.value; i = e.end - 1; continue; }
    out += text[i];
  }
  return out.trim();
}
