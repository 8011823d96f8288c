/**
 * React email components (react-email, jsx-email, mjml-react) to prose. The file is parsed with @babel/parser (its
 * `jsx` and `typescript` plugins: the parser Babel, esbuild-free tool chains and most linters share, kept up with
 * TypeScript's syntax; loaded on first use), and the JSX is walked:
 * - JSX text is prose, cleaned as JSX cleans it (each line trimmed, blank lines dropped, lines joined by one space),
 *   entities decoded, every character mapped back to the source;
 * - string and template literal children (`{"…"}`, `{`…${x}…`}`) are prose too, their offsets those of the literal;
 * - `{expr}` children that print a value (`{userName}`, `{props.supportEmail}`, `{user.firstName ?? "there"}`) are
 *   template tags of the `jsx` dialect, so the letter's logic reads their names as variables;
 * - element names decide paragraphs and lines as HTML's do: lowercase elements as HTML, react-email components by
 *   what they render (Text, Heading, Section: a paragraph; Link, Button: a link; Hr, br: a break; Head, Font, code:
 *   not prose), an unknown component a paragraph of its own; `href` makes a link;
 * - code outside JSX (imports, types, style objects, attribute values) is never prose.
 * A file that does not parse yields no prose and a `syntaxError` the linter reports instead.
 */
import type { Piece, RawBlock } from '../prose';
import type { Range } from '../types';
import { BLOCK_ELEMENTS } from './html';
import type { CommentSpan, Extraction, LinkRef } from './source';
import type { TagScan, TemplateTag } from './tags';
import { babel, type AstNode } from '../babel';


/** How an element reads: a paragraph, inline text, a line break, not prose at all, or Markdown source. */
type ElementRole = 'block' | 'inline' | 'break' | 'skip' | 'markdown';

/** Lowercase elements that are never prose (as HTML's skipped elements). */
const SKIPPED_INTRINSIC = new Set(['head', 'style', 'script', 'noscript', 'template', 'svg', 'math', 'code', 'pre', 'textarea', 'select', 'title', 'meta', 'link']);
/** react-email / jsx-email components by what they render. */
const COMPONENT_ROLES: Record<string, ElementRole> = {
  Html: 'block', Head: 'skip', Body: 'block', Container: 'block', Section: 'block', Row: 'block', Column: 'block',
  Heading: 'block', Text: 'block', Button: 'block', Img: 'block', Hr: 'block', Preview: 'block', Tailwind: 'block',
  Link: 'inline', Br: 'break', Font: 'skip', Style: 'skip', CodeBlock: 'skip', CodeInline: 'skip', Markdown: 'markdown',
  // mjml-react: the MJML elements by their component names.
  Mjml: 'block', MjmlHead: 'skip', MjmlBody: 'block', MjmlSection: 'block', MjmlColumn: 'block', MjmlText: 'block',
  MjmlButton: 'block', MjmlPreview: 'block', MjmlTitle: 'skip', MjmlStyle: 'skip', MjmlAttributes: 'skip', MjmlFont: 'skip',
  MjmlRaw: 'skip', MjmlWrapper: 'block', MjmlGroup: 'block', MjmlImage: 'block', MjmlDivider: 'block', MjmlSpacer: 'block',
  MjmlTable: 'block', MjmlHero: 'block',
};

export interface JsxSyntaxError {
  /** The parser's message without its position: "Unexpected token, expected \",\"". */
  reason: string;
  line: number;
  column: number;
  /** The line the error is on. */
  range: Range;
}

/** Parses a JSX/TSX source the way the file's extension says: TypeScript for `.tsx` (and unnamed documents), JS for `.jsx`/`.js`. */
export function parseJsx(text: string, filePath = ''): { program: AstNode; comments: AstNode[] } {
  const typescript = !/\.(?:jsx|js|mjs|cjs)$/i.test(filePath);
  const file = babel().parse(text, {
    sourceType: 'module',
    plugins: typescript ? ['jsx', 'typescript'] : ['jsx'],
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    errorRecovery: false,
  }) as unknown as { program: AstNode; comments?: AstNode[] };
  return { program: file.program, comments: file.comments ?? [] };
}

/** Whether a text parses as the JSX/TSX of `filePath` (what a rewrite must keep true). */
export function jsxParses(text: string, filePath = ''): boolean {
  try {
    parseJsx(text, filePath);
    return true;
  } catch {
    return false;
  }
}

/** The parser's verdict on a broken file, at the line it names. */
function syntaxErrorOf(text: string, error: unknown): JsxSyntaxError {
  const e = error as { message?: string; loc?: { line: number; column: number }; pos?: number };
  const pos = Math.max(0, Math.min(text.length, e.pos ?? 0));
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const lineEnd = nl < 0 ? text.length : nl > lineStart && text[nl - 1] === '\r' ? nl - 1 : nl;
  const reason = String(e.message ?? error).split('\n')[0].replace(/\s*\(\d+:\d+\)\s*$/, '');
  return { reason, line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1, range: { start: lineStart, end: Math.max(lineStart, lineEnd) } };
}

export function extractJsx(text: string, filePath: string, scan: TagScan): Extraction {
  let parsed;
  try {
    parsed = parseJsx(text, filePath);
  } catch (error) {
    return { blocks: [], scan, comments: [], links: [], skipped: [{ start: 0, end: text.length }], headers: [], markup: 'jsx', syntaxError: syntaxErrorOf(text, error) };
  }
  const reader = new JsxReader(text, scan);
  reader.visit(parsed.program, true);
  reader.flush();
  for (const c of parsed.comments) reader.comment(c);
  return reader.result();
}

/** Variable paths of a JSX expression: `userName`, `props.user.firstName`, `user?.name`, `this.props.x`. */
function pathOf(node: AstNode): string | undefined {
  switch (node.type) {
    case 'Identifier': return node.name as string;
    case 'ThisExpression': return 'this';
    case 'TSNonNullExpression': case 'TSAsExpression': case 'TSSatisfiesExpression': return pathOf(node.expression);
    case 'MemberExpression': case 'OptionalMemberExpression': {
      if (node.computed || node.property.type !== 'Identifier') return undefined;
      const object = pathOf(node.object);
      return object === undefined ? undefined : `${object}.${node.property.name}`;
    }
    default: return undefined;
  }
}

/** `props.supportEmail` → `supportEmail`: the component's props are its variables, the `props.` says nothing of them. */
/** The values a condition tests (`userName?.length > 1`, `user && user.name`, `!!name`), as paths and their last parts. */
function guardsOf(test: AstNode): Set<string> {
  const out = new Set<string>();
  const walk = (n: AstNode | undefined): void => {
    if (!n || typeof n !== 'object') return;
    const path = pathOf(n);
    if (path !== undefined && path !== 'this') {
      const v = variableOf(path);
      out.add(v);
      out.add(v.split('.').pop()!);
      // `userName?.length`: the value whose length is tested.
      if (/\.length$/.test(v)) { const base = v.replace(/\.length$/, ''); out.add(base); out.add(base.split('.').pop()!); }
      return;
    }
    if (n.type === 'UnaryExpression') walk(n.argument);
    else if (n.type === 'BinaryExpression' || n.type === 'LogicalExpression') { walk(n.left); walk(n.right); }
    else if (n.type === 'OptionalMemberExpression' || n.type === 'MemberExpression') walk(n.object);
    else if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') walk(n.callee);
  };
  walk(test);
  return out;
}

function variableOf(path: string): string {
  return path.replace(/^(?:this\.)?props\.(?=.)/, '').replace(/^this\.(?=.)/, '');
}

const isText = (n: AstNode | undefined) => n?.type === 'StringLiteral' || (n?.type === 'TemplateLiteral' && n.expressions.length === 0);
const isJsx = (n: AstNode | undefined) => n?.type === 'JSXElement' || n?.type === 'JSXFragment';

/** Whether any JSX is inside a node (a `.map(…)` or `cond && <Text/>`): then it is walked, not printed as a value. */
function holdsJsx(node: AstNode): boolean {
  if (isJsx(node)) return true;
  for (const key in node) {
    if (key === 'loc' || key === 'extra' || key.endsWith('Comments')) continue;
    const v = node[key];
    if (Array.isArray(v)) { if (v.some((x) => x && typeof x.type === 'string' && holdsJsx(x))) return true; }
    else if (v && typeof v === 'object' && typeof v.type === 'string' && holdsJsx(v)) return true;
  }
  return false;
}

/** A few entities JSX text decodes (it knows all of HTML's); numeric ones are decoded in full. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', copy: '\u00A9', reg: '\u00AE', trade: '\u2122', mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201C', rdquo: '\u201D', middot: '\u00B7', bull: '\u2022',
  laquo: '\u00AB', raquo: '\u00BB', zwnj: '\u200C', zwj: '\u200D', shy: '\u00AD', euro: '\u20AC', pound: '\u00A3',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decodeEntity(m: RegExpExecArray): string | undefined {
  if (m[1] || m[2]) {
    const code = m[1] ? parseInt(m[1], 10) : parseInt(m[2], 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[m[3]];
}

/** The text an element shows, for a link's label: its JSX text and string children, whitespace collapsed. */
function visibleText(node: AstNode): string {
  const parts: string[] = [];
  const walk = (n: AstNode) => {
    if (n.type === 'JSXText') parts.push(n.value);
    else if (n.type === 'JSXExpressionContainer' && n.expression.type === 'StringLiteral') parts.push(n.expression.value);
    else if (n.type === 'JSXElement' || n.type === 'JSXFragment') for (const c of n.children) walk(c);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

class JsxReader {
  private readonly blocks: RawBlock[] = [];
  private current: Piece[] = [];
  private readonly links: LinkRef[] = [];
  private readonly comments: CommentSpan[] = [];
  private readonly skipped: Range[] = [];
  private readonly jsxText: Range[] = [];
  private readonly declared = new Set<string>();
  private propsParam: string | undefined;
  /** Local names of components imported from the project's own files (`import Footer from './footer'`). */
  private readonly imported = new Map<string, string>();
  /** Props' default texts (`footerText = "…"`), and those the JSX shows as a child. */
  private readonly defaults = new Map<string, AstNode>();
  private readonly shownDefaults = new Set<string>();
  /** Values tested by the conditions around what is being read: a name printed only when present has its fallback. */
  private readonly guarded: Set<string>[] = [];
  /** Where each imported component is used, in order: read as an include (its text is part of the letter). */
  private readonly components: { name: string; source: string; start: number; end: number }[] = [];

  constructor(private readonly text: string, private readonly scan: TagScan) {}

  flush(): void {
    if (this.current.some((p) => p.kind !== 'break')) this.blocks.push({ pieces: this.current });
    this.current = [];
  }

  result(): Extraction {
    // A prop's default text shown as a child (`{footerText}`) is prose where it is written, a paragraph of its own.
    if (this.shownDefaults.size) {
      this.flush();
      for (const name of this.shownDefaults) {
        this.stringPieces(this.defaults.get(name)!);
        this.flush();
      }
      this.blocks.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
    }
    this.scan.tags.sort((a, b) => a.start - b.start);
    return {
      blocks: this.blocks, scan: this.scan, comments: this.comments, links: this.links, skipped: this.skipped, headers: [], markup: 'jsx',
      jsx: { text: this.jsxText, declared: [...this.declared], propsParam: this.propsParam, components: this.components.filter((c) => this.imported.has(c.name)).map((c) => ({ ...c, source: this.imported.get(c.name)! })) },
    };
  }

  /** Code outside JSX: finds the JSX in it (each root a paragraph of its own) and the props components destructure. */
  visit(node: AstNode, root: boolean): void {
    if (isJsx(node)) {
      if (root) this.flush();
      this.element(node);
      if (root) this.flush();
      return;
    }
    // `import Footer from "./components/footer"`, `import { Footer } from "../shared"`: a project file (a relative
    // path), not a library's component.
    if (node.type === 'ImportDeclaration' && typeof node.source?.value === 'string' && /^\.\.?\//.test(node.source.value)) {
      for (const spec of node.specifiers as AstNode[]) if (spec.local?.name) this.imported.set(spec.local.name as string, node.source.value as string);
      return;
    }
    // A component's own props (not a `.map(({ name }) => …)` callback's inside its JSX).
    if (root && /Function|ArrowFunction/.test(node.type)) this.params(node.params as AstNode[]);
    if (node.type === 'VariableDeclarator' && node.id.type === 'ObjectPattern' && node.init && /props$/i.test(pathOf(node.init) ?? '')) this.destructured(node.id);
    for (const key in node) {
      if (key === 'loc' || key === 'extra' || key.endsWith('Comments')) continue;
      const v = node[key];
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x.type === 'string') this.visit(x, root); }
      else if (v && typeof v === 'object' && typeof v.type === 'string') this.visit(v, root);
    }
  }

  /** A component's props: `({ userName, resetUrl }: Props)` declares userName; `(props)` names the props object. */
  private params(params: AstNode[]): void {
    const first = params[0];
    if (!first) return;
    const pattern = first.type === 'AssignmentPattern' ? first.left : first;
    if (pattern.type === 'ObjectPattern') this.destructured(pattern);
    else if (pattern.type === 'Identifier' && /props$/i.test(pattern.name) && !this.propsParam) this.propsParam = pattern.name;
  }

  private destructured(pattern: AstNode): void {
    for (const p of pattern.properties as AstNode[]) {
      if (p.type !== 'ObjectProperty') continue;
      const local = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
      if (local.type === 'Identifier') this.declared.add(local.name);
      // `footerText = "If you have any questions, simply reply"`: the text the reader gets when no one passes one.
      if (local.type === 'Identifier' && p.value.type === 'AssignmentPattern' && p.value.right.type === 'StringLiteral') this.defaults.set(local.name, p.value.right);
    }
  }

  private roleOf(node: AstNode): ElementRole {
    if (node.type === 'JSXFragment') return 'inline';
    const name = node.openingElement.name as AstNode;
    if (name.type === 'JSXIdentifier' && /^[a-z]/.test(name.name)) {
      const tag = (name.name as string).toLowerCase();
      if (tag === 'br') return 'break';
      if (SKIPPED_INTRINSIC.has(tag)) return 'skip';
      return BLOCK_ELEMENTS.has(tag) ? 'block' : 'inline';
    }
    // `<Email.Text>`: the last part names the component.
    let last = name;
    while (last.type === 'JSXMemberExpression') last = last.property;
    return COMPONENT_ROLES[last.name as string] ?? 'block';
  }

  private element(node: AstNode): void {
    const role = this.roleOf(node);
    if (role === 'skip') { this.skipped.push({ start: node.start, end: node.end }); return; }
    if (role === 'break') { this.current.push({ kind: 'break', start: node.start, end: node.end }); return; }
    if (node.type === 'JSXElement') {
      const tag = node.openingElement.name;
      if (tag?.type === 'JSXIdentifier' && /^[A-Z]/.test(tag.name)) this.components.push({ name: tag.name, source: '', start: node.start, end: node.end });
      const before = this.links.length;
      for (const attr of node.openingElement.attributes as AstNode[]) this.attribute(attr);
      if (this.links.length > before) this.links[this.links.length - 1].text = visibleText(node);
      if (tag?.type === 'JSXIdentifier' && /^[A-Z]/.test(tag.name)) this.textProps(node, tag.name as string);
    }
    if (role !== 'inline') this.flush();
    for (const child of node.children as AstNode[]) {
      if (role === 'markdown') this.markdown(child);
      else this.child(child);
    }
    if (role !== 'inline') this.flush();
  }

  /**
   * Text a component shows from its props: Lingui's `<Trans id="Hi {userName}," values={…} />` (the id is the
   * sentence), and a project component's `<Title value={i18n._('Your trial is ending soon')} />` or
   * `<CallToAction value="Add a payment method" />`: a literal or a translated sentence under a prop whose name says it
   * is shown. Each is its own block, as the component renders it.
   */
  /** Whether a value is printed only in a branch its own presence chose (`name ? … {name} … : …`, `name && …`). */
  private isGuarded(variable: string | undefined): boolean {
    if (!variable) return false;
    const last = variable.split('.').pop()!;
    return this.guarded.some((g) => g.has(variable) || g.has(last));
  }

  private textProps(node: AstNode, name: string): void {
    for (const attr of node.openingElement.attributes as AstNode[]) {
      if (attr.type !== 'JSXAttribute' || attr.name.type !== 'JSXIdentifier' || !attr.value) continue;
      const prop = attr.name.name as string;
      // react-i18next's `<Trans i18nKey="k" defaults="Your response to <b>{title}</b> …" />`: the default is the sentence.
      const lingui = name === 'Trans' && (prop === 'id' || prop === 'message' || prop === 'defaults');
      if (!lingui && !SHOWN_PROPS.test(prop)) continue;
      let value = attr.value as AstNode;
      if (value.type === 'JSXExpressionContainer') value = value.expression;
      if (value.type === 'CallExpression' && TRANSLATE_CALLEE.test(calleeName(value.callee) ?? '') && value.arguments[0]?.type === 'StringLiteral') value = value.arguments[0];
      // A sentence, not a token: a Lingui id or a prop's value is prose when it has a space and letters.
      if (value.type !== 'StringLiteral' || !/\p{L}/u.test(value.value) || !/\s/.test(value.value)) continue;
      if (!lingui) this.flush();
      this.translated(value, true);
      if (!lingui) this.flush();
      // A Lingui message with nothing else in the element is the element's text: one id per `<Trans>`.
      if (lingui) break;
    }
  }

  private attribute(attr: AstNode): void {
    if (attr.type !== 'JSXAttribute' || attr.name.type !== 'JSXIdentifier' || attr.name.name !== 'href' || !attr.value) return;
    let value = attr.value as AstNode;
    if (value.type === 'JSXExpressionContainer') value = value.expression;
    if (value.type === 'StringLiteral') {
      this.links.push({ start: value.start + 1, end: value.end - 1, href: value.value });
    } else if (value.type === 'TemplateLiteral') {
      // `mailto:${supportEmail}`: the literal parts say what kind of link it is, the holes are variables.
      this.links.push({ start: value.start + 1, end: value.end - 1, href: this.text.slice(value.start + 1, value.end - 1) });
      this.templateHoles(value, false);
    } else if (value.type !== 'JSXEmptyExpression') {
      // `href={supportUrl}`: a link whose address is a variable (as a merge tag in an HTML href is).
      const tag = this.tagOf(value, attr.value.start, attr.value.end);
      this.links.push({ start: attr.value.start, end: attr.value.end, href: '' });
      if (tag) this.scan.tags.push(tag);
    }
  }

  private child(node: AstNode): void {
    switch (node.type) {
      case 'JSXText': this.jsxTextPieces(node); return;
      case 'JSXElement': case 'JSXFragment': this.element(node); return;
      case 'JSXExpressionContainer': this.expression(node.expression, node); return;
      default: return;
    }
  }

  /** An `{…}` child: a comment, prose in a literal, a printed value, or code holding more JSX. */
  private expression(expr: AstNode, container: AstNode): void {
    if (expr.type === 'JSXEmptyExpression') return;
    if (expr.type === 'StringLiteral') { this.stringPieces(expr); return; }
    if (expr.type === 'TemplateLiteral') { this.templateHoles(expr, true); return; }
    if (holdsJsx(expr)) { this.branches(expr); return; }
    // `{t("Your webhook ({{ webhookName }}) was disabled.", { webhookName })}`, `{this.t("…")}`, `{i18n.t("…")}`: the
    // sentence a translation call shows, its `{{ name }}` holes the values filled in.
    if (expr.type === 'CallExpression' && TRANSLATE_CALLEE.test(calleeName(expr.callee) ?? '') && expr.arguments[0]?.type === 'StringLiteral') {
      // `t("newParticipant_heading", { defaultValue: "Poll Response Confirmation" })`: a key, and the sentence shown
      // by default (the key is no prose).
      const fallback = KEY_LIKE.test(expr.arguments[0].value) ? defaultValueOf(expr.arguments[1]) : undefined;
      if (fallback) this.translated(fallback, true);
      else if (!KEY_LIKE.test(expr.arguments[0].value) || !/[._]/.test(expr.arguments[0].value)) this.translated(expr.arguments[0]);
      return;
    }
    if (expr.type === 'Identifier' && this.defaults.has(expr.name)) this.shownDefaults.add(expr.name);
    const tag = this.tagOf(expr, container.start, container.end);
    if (tag) {
      this.scan.tags.push(tag);
      this.current.push({ kind: 'tag', start: tag.start, end: tag.end, tag });
    } else {
      this.branches(expr);
    }
  }

  /** Code that renders one of several things (`cond ? <A/> : "text"`, `items.map(…)`): each branch read in turn. */
  private branches(expr: AstNode): void {
    switch (expr.type) {
      case 'StringLiteral': this.stringPieces(expr); return;
      case 'TemplateLiteral': this.templateHoles(expr, true); return;
      case 'JSXElement': case 'JSXFragment': this.element(expr); return;
      case 'ConditionalExpression':
        // `userName ? <>Hi {userName},</> : <>Hello,</>`: the name is printed only when it is there.
        this.guarded.push(guardsOf(expr.test));
        this.branches(expr.consequent);
        this.guarded.pop();
        // Alternatives never render together: a line break keeps a phrase from running from one into the other.
        this.current.push({ kind: 'break', start: expr.consequent.end, end: expr.alternate.start });
        this.branches(expr.alternate);
        return;
      case 'LogicalExpression':
        if (expr.operator !== '&&') { this.branches(expr.left); this.current.push({ kind: 'break', start: expr.left.end, end: expr.right.start }); }
        this.guarded.push(expr.operator === '&&' ? guardsOf(expr.left) : new Set());
        this.branches(expr.right);
        this.guarded.pop();
        return;
      default:
        if (holdsJsx(expr)) this.visit(expr, false);
    }
  }

  /**
   * A printed value as a template tag: a variable path, a path with a fallback (`name ?? "there"`, `name || 'x'`,
   * `name ? name : "there"`), or any other expression (`formatDate(date)`), which prints something nameless.
   */
  private tagOf(expr: AstNode, start: number, end: number): TemplateTag | undefined {
    let node = expr;
    while (node.type === 'TSNonNullExpression' || node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') node = node.expression;
    if (isText(node)) return undefined;
    let path = pathOf(node);
    let hasFallback = false;
    if (path === undefined && node.type === 'LogicalExpression' && node.operator !== '&&' && isText(node.right)) {
      path = pathOf(node.left);
      hasFallback = path !== undefined;
    } else if (path === undefined && node.type === 'ConditionalExpression') {
      const [a, b] = [node.consequent as AstNode, node.alternate as AstNode];
      if (isText(a) && isText(b)) return undefined;
      path = pathOf(a) ?? pathOf(b);
      hasFallback = path !== undefined && (isText(a) || isText(b));
    }
    const variable = path === undefined || path === 'this' ? undefined : variableOf(path);
    return { start, end, dialect: 'jsx', kind: 'output', expr: this.text.slice(expr.start, expr.end), variable, hasFallback: hasFallback || this.isGuarded(variable) };
  }

  /** JSX text as React renders it: lines trimmed, blank ones dropped, the rest joined by one space; entities decoded. */
  private jsxTextPieces(node: AstNode): void {
    const { text } = this;
    this.jsxText.push({ start: node.start, end: node.end });
    const lines: Range[] = [];
    const re = /\r\n|\n|\r/g;
    let from = node.start;
    const raw = text.slice(node.start, node.end);
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      lines.push({ start: from, end: node.start + m.index });
      from = node.start + m.index + m[0].length;
    }
    lines.push({ start: from, end: node.end });
    const kept: Range[] = [];
    lines.forEach((line, i) => {
      let { start, end } = line;
      if (i > 0) while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
      if (i < lines.length - 1) while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      if (end > start && /[^ \t]/.test(text.slice(start, end))) kept.push({ start, end });
    });
    kept.forEach((line, i) => {
      // The space JSX puts between two lines stands for the line break and indentation it replaces.
      if (i > 0) this.current.push({ kind: 'text', start: kept[i - 1].end, end: line.start, value: ' ' });
      this.entityPieces(line.start, line.end);
    });
  }

  /** Source text with its entities decoded, each entity a piece of its own so the rest maps exactly. */
  private entityPieces(start: number, end: number): void {
    const slice = this.text.slice(start, end);
    let last = 0;
    ENTITY.lastIndex = 0;
    for (let m = ENTITY.exec(slice); m; m = ENTITY.exec(slice)) {
      const value = decodeEntity(m);
      if (value === undefined) continue;
      if (m.index > last) this.current.push({ kind: 'text', start: start + last, end: start + m.index, value: slice.slice(last, m.index) });
      this.current.push({ kind: 'text', start: start + m.index, end: start + m.index + m[0].length, value });
      last = m.index + m[0].length;
    }
    if (last < slice.length) this.current.push({ kind: 'text', start: start + last, end, value: slice.slice(last) });
  }

  /** `{"Thanks for waiting."}`: its value is prose, an edit inside it is escaped for its quotes. */
  /** A translation call's literal: text, with i18next's `{{ name }}` holes as the values they are. */
  /** `icu`: Lingui's and ICU's `{name}` holes too, and its `<0>…</0>` component markers (which print nothing). */
  private translated(lit: AstNode, icu = false): void {
    const start = lit.start + 1;
    const end = lit.end - 1;
    const raw = this.text.slice(start, end);
    const holes = icu ? /\{\{-?\s*([A-Za-z_$][\w$.]*)\s*\}\}|\{([A-Za-z_$][\w$]*)\}|<\/?(?:\d+|[a-z][\w-]*)\s*\/?>/g : /\{\{-?\s*([A-Za-z_$][\w$.]*)\s*\}\}/g;
    if (raw !== lit.value || !(icu ? /[{<]/.test(raw) : raw.includes('{{'))) { this.stringPieces(lit); return; }
    this.scan.quoted.push({ start, end, quote: this.text[lit.start] as '"' | "'", js: true });
    let at = start;
    for (const m of raw.matchAll(holes)) {
      const from = start + m.index;
      if (from > at) this.current.push({ kind: 'text', start: at, end: from, value: this.text.slice(at, from) });
      at = from + m[0].length;
      if (m[0].startsWith('<')) continue;
      const tag: TemplateTag = { start: from, end: from + m[0].length, dialect: 'jsx', kind: 'output', expr: m[0], variable: m[1] ?? m[2], hasFallback: this.isGuarded(m[1] ?? m[2]) };
      this.scan.tags.push(tag);
      this.current.push({ kind: 'tag', start: tag.start, end: tag.end, tag });
      at = tag.end;
    }
    if (end > at) this.current.push({ kind: 'text', start: at, end, value: this.text.slice(at, end) });
  }

  private stringPieces(lit: AstNode): void {
    const start = lit.start + 1;
    const end = lit.end - 1;
    if (end <= start) return;
    const quote = this.text[lit.start] as '"' | "'";
    this.scan.quoted.push({ start, end, quote, js: true });
    const value = lit.value as string;
    const raw = this.text.slice(start, end);
    this.current.push({ kind: 'text', start, end, value: raw === value ? raw : value });
  }

  /** A template literal: its text parts (as prose when `prose`) and its `${…}` holes as tags. */
  private templateHoles(lit: AstNode, prose: boolean): void {
    const quasis = lit.quasis as AstNode[];
    quasis.forEach((q, i) => {
      if (prose && q.end > q.start) {
        this.scan.quoted.push({ start: q.start, end: q.end, quote: '`' });
        const raw = this.text.slice(q.start, q.end);
        const cooked = (q.value.cooked ?? raw) as string;
        this.current.push({ kind: 'text', start: q.start, end: q.end, value: cooked === raw ? raw : cooked });
      }
      const expr = (lit.expressions as AstNode[])[i];
      if (!expr) return;
      // The hole's source runs from the `${` before it to the `}` after it.
      const tag = this.tagOf(expr, q.end, quasis[i + 1].start);
      if (!tag) return;
      this.scan.tags.push(tag);
      if (prose) this.current.push({ kind: 'tag', start: tag.start, end: tag.end, tag });
    });
  }

  /** `<Markdown>{`…`}</Markdown>`: the source read as text, a blank line ending a paragraph. */
  private markdown(child: AstNode): void {
    let range: Range | undefined;
    if (child.type === 'JSXText') {
      range = { start: child.start, end: child.end };
      this.jsxText.push(range);
    }
    else if (child.type === 'JSXExpressionContainer' && (child.expression.type === 'StringLiteral' || child.expression.type === 'TemplateLiteral')) range = { start: child.expression.start + 1, end: child.expression.end - 1 };
    if (!range) { this.child(child); return; }
    if (child.type === 'JSXExpressionContainer') this.scan.quoted.push({ ...range, quote: this.text[range.start - 1] as '"' | "'" | '`', js: true });
    const slice = this.text.slice(range.start, range.end);
    const paragraph = /\r?\n[ \t]*\r?\n/g;
    let from = 0;
    const push = (s: number, e: number) => {
      if (/\S/.test(slice.slice(s, e))) this.current.push({ kind: 'text', start: range.start + s, end: range.start + e, value: slice.slice(s, e) });
      this.flush();
    };
    for (let m = paragraph.exec(slice); m; m = paragraph.exec(slice)) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, slice.length);
  }

  /** A comment: `{/* warmly-disable-next-line … *\/}` (the braces too) or `// warmly-disable-file`. */
  comment(c: AstNode): void {
    let { start, end } = c;
    const before = /\{\s*$/.exec(this.text.slice(Math.max(0, start - 40), start));
    const after = /^\s*\}/.exec(this.text.slice(end, end + 40));
    if (before && after) { start -= before[0].length; end += after[0].length; }
    this.comments.push({ start, end, text: c.value as string });
  }
}

/** A translation key, not a sentence: `newParticipantConfirmation_heading`, `emails.reset.title`. */
const KEY_LIKE = /^[A-Za-z][\w.:-]*$/;

/** The `defaultValue` string of a translation call's options (`{ defaultValue: "…" }`), when it has one. */
function defaultValueOf(options: AstNode | undefined): AstNode | undefined {
  if (options?.type !== 'ObjectExpression') return undefined;
  for (const p of options.properties as AstNode[]) {
    const key = p.type === 'ObjectProperty' ? (p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined) : undefined;
    if (key === 'defaultValue' && p.value.type === 'StringLiteral') return p.value;
  }
  return undefined;
}

/** Translation functions whose first argument is the sentence shown: `t`, `this.t`, `i18n.t`, `__`, `_`, `translate`. */
/** Props whose text a component shows: a title, a button's label, a paragraph's value. Not styles, ids or routes. */
const SHOWN_PROPS = /^(?:value|text|title|heading|subheading|subtitle|label|preview|previewText|message|content|description|body|caption|buttonText|buttonLabel|ctaText|ctaLabel|linkText|footerText|headerText|intro|outro|greeting|signature|signoff)$/;
const TRANSLATE_CALLEE = /^(?:(?:this|i18n|i18next|props)\.)?(?:t|__|_|translate|gettext)$/;
function calleeName(callee: AstNode): string | undefined {
  return pathOf(callee);
}
