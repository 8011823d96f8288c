/**
 * PHP language files, parsed with `php-parser` (glayzzle): Laravel's (`lang/fa/auth.php`: `return ['key' => '…',
 * 'nested' => [...]];`) and the assignment kind of OpenCart, CodeIgniter, osCommerce and XOOPS (`$_['text_subject'] =
 * '…';`, `$lang['email_body'] = "…";`, `define('_MD_THANKS', '…');`, phpBB's `$lang = array_merge($lang, array(…));`,
 * comments between). Parsed with
 * `php-parser` (glayzzle), which gives each string literal's offsets. Single- and double-quoted literals are
 * decoded here with an offset map and checked against the parser's value; literals joined with `.` and `PHP_EOL` are
 * one message (see concatenation); interpolated strings, concatenations with code and heredocs that interpolate are
 * left alone (their text is not literals a fix could be written into).
 */
import { localeLanguage } from './locale';
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';
import { phpEngine as engine, type PhpNode } from '../php-ast';

export function parsePhpCatalog(text: string): Catalog | { error: string } {
  let ast: PhpNode;
  try {
    ast = engine().parseCode(text, 'catalog.php') as unknown as PhpNode;
  } catch (e) {
    return { error: String((e as Error).message).split('\n')[0] };
  }
  const ret = (ast.children as PhpNode[] | undefined)?.find((c) => c.kind === 'return');
  const root = ret?.expr as PhpNode | undefined;
  const assigned = root ? [] : assignments(ast);
  const held = root || assigned.length ? [] : [...classMessageArrays(ast), ...functionMessageArrays(ast)];
  if ((!root || root.kind !== 'array') && !assigned.length && !held.length) return { error: 'no `return [ … ];` array and no `$lang[\'key\'] = \'…\';` lines' };
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  const add = (full: string, keyNode: PhpNode | null, value: PhpNode): void => {
    const heredoc = plainHeredoc(value);
    if (heredoc) {
      const mapped = decodePhp(text, heredoc.start, heredoc.end, true);
      if (mapped.text !== heredoc.value) { unmapped.push(full); return; }
      messages.push({
        key: full, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: heredoc.end, fixable: true,
        // A heredoc reads like a double-quoted string, except that its newlines are written as they are.
        encode: (s) => s.replace(/[\\$]/g, (c) => '\\' + c),
        disabled: disabledByComments(text, keyNode?.loc?.start.offset ?? heredoc.start, /^(?:\/\/|#|\/\*+|\*)\s*(.*?)(?:\*\/)?$/),
      });
      return;
    }
    if (value.kind === 'bin' && value.type === '.') {
      const joined = concatenation(text, value);
      if (!joined) { unmapped.push(full); return; }
      if (!joined.mapped.text.trim()) return;
      messages.push({
        key: full, text: joined.mapped.text, starts: joined.mapped.starts, ends: joined.mapped.ends, endOffset: joined.endOffset, fixable: joined.endOffset >= 0,
        // A rewrite stays inside one literal, written for that literal's quotes; across literals none is offered.
        contiguous: true,
        encode: (s, at) => {
          // `at` is in the message's text: its place in the file decides which literal (and which quotes) it is in.
          const { starts, ends, text: t } = joined.mapped;
          const from = at.start < t.length ? starts[at.start] : joined.endOffset;
          const to = at.end > at.start ? ends[at.end - 1] : from;
          const lit = joined.literals.find((l) => from >= l.start && to <= l.end);
          return lit ? encodeFor(lit.double, s) : undefined;
        },
        disabled: disabledByComments(text, keyNode?.loc?.start.offset ?? value.loc!.start.offset, /^(?:\/\/|#|\/\*+|\*)\s*(.*?)(?:\*\/)?$/),
      });
      return;
    }
    if (value.kind !== 'string' || typeof value.value !== 'string' || !value.value.trim() || !value.loc) {
      if (value.kind === 'encapsed' || value.kind === 'bin' || value.kind === 'nowdoc') unmapped.push(full);
      return;
    }
    const start = value.loc.start.offset;
    const end = value.loc.end.offset;
    const double = Boolean(value.isDoubleQuote);
    const mapped = decodePhp(text, start + 1, end - 1, double);
    if (mapped.text !== value.value) { unmapped.push(full); return; }
    messages.push({
      key: full, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: end - 1, fixable: true,
      encode: (s) => encodeFor(double, s),
      disabled: disabledByComments(text, keyNode?.loc?.start.offset ?? start, /^(?:\/\/|#|\/\*+|\*)\s*(.*?)(?:\*\/)?$/),
    });
  };
  if (held.length) {
    for (const h of held) visitArray(h.value, [h.name], add);
    // `getTexts() { return ['en' => […], 'de' => […]] }`: one array per locale. Each string is in its locale's
    // language; one in a language Warmly has no rules for is left out.
    const located = messages.flatMap((m) => {
      const locale = localeLanguage(m.key.split('.')[1] ?? '');
      if (locale === 'other') return [];
      return [locale ? { ...m, language: locale } : m];
    });
    return { kind: 'php', messages: located, unmapped };
  }
  if (!root || root.kind !== 'array') {
    for (const a of assigned) {
      // phpBB's `$lang = array_merge($lang, array('KEY' => '…'))`, Sharetronix's `$lang = array('key' => '…')`.
      if (a.value.kind === 'array') visitArray(a.value, a.key ? [a.key] : [], add);
      else add(a.key, a.keyNode, a.value);
    }
    // OpenCart keeps one email per language file (catalog/language/fa-ir/mail/customer.php: text_subject,
    // text_welcome, text_login …, text_thanks): with a subject among its strings, the file is one letter.
    // Its buttons and short lines («تماس با ما», "Log in") are parts of that email too, so each counts as a message.
    // A file of several emails, each an array with its own subject (`$email_templates['confirm'] = array('subject' =>
    // …, 'message' => …)`), is one letter per array instead, as select.ts groups them by parent key.
    const subjects = messages.filter((m) => /(?:^|[._-])subject$/i.test(m.key));
    if (subjects.length && !subjects.some((m) => m.key.includes('.'))) {
      for (const m of messages) Object.assign(m, { group: 'file#mail', where: `mail ${m.key}` });
    }
    return { kind: 'php', messages, unmapped };
  }
  visitArray(root, [], add);
  return { kind: 'php', messages, unmapped };
}

/**
 * A class that keeps its messages in an array property or constant, named for them (MultipleShop's
 * `sms_helper::$SMS_PATTERNS = ['user_order_message' => "کاربر گرامی %s …"]`, `const MESSAGES = [...]`): the arrays,
 * each under its name; likewise a method so named that only returns its array. Any other array of a class
 * (`$fillable`, `$casts`, a `rules()` method) is code.
 */
export const MESSAGE_ARRAY_NAME = /(?:sms|messages?|msgs?|texts?|templates?|patterns?|notifications?|mails?|replies|responses|strings)$/i;
function classMessageArrays(ast: PhpNode): { name: string; value: PhpNode }[] {
  const out: { name: string; value: PhpNode }[] = [];
  const visit = (nodes: PhpNode[] | undefined): void => {
    for (const n of nodes ?? []) {
      if (n.kind === 'namespace') visit(n.children as PhpNode[]);
      if (n.kind !== 'class') continue;
      for (const member of (n.body as PhpNode[] | undefined) ?? []) {
        // A method named for them that returns the array whole (OpenSupports' `MailTexts::getTexts() { return [ … ]; }`).
        if (member.kind === 'method') {
          const name = String((member.name as PhpNode | undefined)?.name ?? member.name ?? '');
          const body = ((member.body as PhpNode | undefined)?.children as PhpNode[] | undefined) ?? [];
          const only = body.length === 1 && body[0].kind === 'return' ? (body[0].expr as PhpNode | undefined) : undefined;
          if (only?.kind === 'array' && MESSAGE_ARRAY_NAME.test(name.replace(/^get_?/i, '').replace(/_/g, ''))) out.push({ name, value: only });
          continue;
        }
        const items = member.kind === 'propertystatement' ? (member.properties as PhpNode[]) : member.kind === 'classconstant' ? (member.constants as PhpNode[]) : [];
        for (const item of items) {
          const name = String((item.name as PhpNode | undefined)?.name ?? item.name ?? '');
          const value = item.value as PhpNode | undefined;
          if (value?.kind === 'array' && MESSAGE_ARRAY_NAME.test(name.replace(/_/g, ''))) out.push({ name, value });
        }
      }
    }
  };
  visit(ast.children as PhpNode[] | undefined);
  return out;
}


/**
 * A function named for its templates that builds an array of them and returns it (SuiteCRM's install script:
 * `function getSystemEmailTemplates() { $templates = array(); $templates['confirm_opt_in_template'] = array('subject'
 * => …, 'body' => …); return $templates; }`): each template under its key, one letter each. The rest of the file (the
 * function that installs them) is code and stays unread.
 */
const TEMPLATE_TEXT_KEY = /^(?:subject|body|body_?html|body_?text|html|text|message|content|sms)$/i;
function functionMessageArrays(ast: PhpNode): { name: string; value: PhpNode }[] {
  const out: { name: string; value: PhpNode }[] = [];
  for (const fn of (ast.children as PhpNode[] | undefined) ?? []) {
    if (fn.kind !== 'function') continue;
    const name = String((fn.name as PhpNode | undefined)?.name ?? fn.name ?? '');
    if (!MESSAGE_ARRAY_NAME.test(name.replace(/^(?:get|install|default|load)_?/i, '').replace(/_/g, ''))) continue;
    const body = ((fn.body as PhpNode | undefined)?.children as PhpNode[] | undefined) ?? [];
    const returned = body.find((s) => s.kind === 'return' && (s.expr as PhpNode | undefined)?.kind === 'variable');
    const variable = (returned?.expr as PhpNode | undefined)?.name;
    if (!variable) continue;
    for (const s of body) {
      const e = s.kind === 'expressionstatement' ? (s.expression as PhpNode) : undefined;
      const left = e?.kind === 'assign' ? (e.left as PhpNode) : undefined;
      const offset = left?.kind === 'offsetlookup' ? (left.offset as PhpNode | null) : undefined;
      if (!offset || offset.kind !== 'string' || (left!.what as PhpNode).kind !== 'variable' || (left!.what as PhpNode).name !== variable) continue;
      const right = e!.right as PhpNode;
      if (right.kind !== 'array') continue;
      // Its subject and bodies: the name, description, type and flags beside them are for the admin.
      const items = ((right.items as PhpNode[] | undefined) ?? []).filter((item) => {
        const key = item?.key as PhpNode | undefined;
        return key?.kind === 'string' && TEMPLATE_TEXT_KEY.test(String(key.value));
      });
      if (items.length) out.push({ name: String(offset.value), value: { ...right, items } });
    }
  }
  return out;
}

/** A replacement escaped for a single- or double-quoted PHP literal. */
function encodeFor(double: boolean, s: string): string {
  return double ? s.replace(/[\\"$\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\' + c)) : s.replace(/[\\']/g, (c) => '\\' + c);
}

/**
 * `'سلام' . PHP_EOL . 'کد ورود: :code'`: SMS and mail strings built from literals and line breaks (Laravel SMS
 * catalogs write one line per literal). The text is the literals' text with `PHP_EOL` (and `"\n"`) as newlines, each
 * unit mapped to its place in the file; a concatenation with anything else (a variable, a call) is code and is left
 * alone. `endOffset` is before the last literal's closing quote, or -1 when the text ends in a constant.
 */
function concatenation(text: string, node: PhpNode): { mapped: MappedText; literals: { start: number; end: number; double: boolean }[]; endOffset: number } | undefined {
  const leaves: PhpNode[] = [];
  const walk = (n: PhpNode): boolean => {
    if (n.kind === 'bin' && n.type === '.') return walk(n.left as PhpNode) && walk(n.right as PhpNode);
    if ((n.kind === 'string' && typeof n.value === 'string') || (n.kind === 'name' && n.name === 'PHP_EOL')) { leaves.push(n); return Boolean(n.loc); }
    return false;
  };
  if (!walk(node) || leaves.length > 64) return undefined;
  const mapped = new MappedText();
  const literals: { start: number; end: number; double: boolean }[] = [];
  let endOffset = -1;
  for (const leaf of leaves) {
    const start = leaf.loc!.start.offset;
    const end = leaf.loc!.end.offset;
    if (leaf.kind === 'name') {
      mapped.push('\n', start, end);
      endOffset = -1;
      continue;
    }
    const double = Boolean(leaf.isDoubleQuote);
    const part = decodePhp(text, start + 1, end - 1, double);
    if (part.text !== leaf.value) return undefined;
    for (let i = 0; i < part.text.length; i++) mapped.push(part.text[i], part.starts[i], part.ends[i]);
    literals.push({ start: start + 1, end: end - 1, double });
    endOffset = end - 1;
  }
  return { mapped, literals, endOffset };
}

/** Every string leaf of a PHP array literal, with its dotted key path (a list's items by index). */
function visitArray(arr: PhpNode, path: string[], add: (full: string, keyNode: PhpNode | null, value: PhpNode) => void): void {
  (arr.items as PhpNode[]).forEach((item, i) => {
    if (!item || item.kind !== 'entry') return;
    const keyNode = item.key as PhpNode | null;
    const key = keyNode && (keyNode.kind === 'string' || keyNode.kind === 'number') ? String(keyNode.value) : String(i);
    const value = item.value as PhpNode;
    if (value.kind === 'array') return visitArray(value, [...path, key], add);
    add([...path, key].join('.'), keyNode, value);
  });
}

/** A heredoc with no interpolation (`<<<EOF … EOF`, TrellisDesk's mail bodies): its text and where it is. */
function plainHeredoc(value: PhpNode): { start: number; end: number; value: string } | undefined {
  if (value.kind !== 'encapsed' || value.type !== 'heredoc') return undefined;
  const parts = value.value as PhpNode[];
  const only = parts?.length === 1 ? (parts[0].expression as PhpNode | undefined) : undefined;
  if (!only || only.kind !== 'string' || typeof only.value !== 'string' || typeof only.raw !== 'string' || !only.loc) return undefined;
  const start = only.loc.start.offset;
  // The raw text ends with the newline before the closing label, which is not part of the value.
  return { start, end: start + only.raw.replace(/\r?\n$/, '').length, value: only.value };
}

/**
 * The top-level `$var['key'] = '…';` (any depth of string offsets: `$lang['mail']['subject']`) and
 * `define('KEY', '…');` statements, in order. Anything else at the top level (an echo, a function, markup) means the
 * file is code, not a language file: then nothing.
 */
function assignments(ast: PhpNode): { key: string; keyNode: PhpNode | null; value: PhpNode }[] {
  const out: { key: string; keyNode: PhpNode | null; value: PhpNode }[] = [];
  for (const statement of (ast.children as PhpNode[] | undefined) ?? []) {
    // What follows a closing `?>`: a newline is nothing; any other text is markup, so a template.
    if (statement.kind === 'inline' && !String(statement.value ?? '').trim()) continue;
    // The direct-access guard language files open with: `defined('BASEPATH') OR exit(…);` (CodeIgniter),
    // `if (!defined('XOOPS_ROOT_PATH')) { die(…); }` (XOOPS), `defined('_JEXEC') or die;` (Joomla).
    if (isAccessGuard(statement) || isArrayInit(statement)) continue;
    if (statement.kind !== 'expressionstatement') return [];
    const e = statement.expression as PhpNode;
    if (e.kind === 'assign' && (e.operator ?? '=') === '=') {
      const path: string[] = [];
      let left = e.left as PhpNode;
      let keyNode: PhpNode | null = null;
      while (left.kind === 'offsetlookup') {
        const offset = left.offset as PhpNode | null;
        if (!offset || (offset.kind !== 'string' && offset.kind !== 'number')) return [];
        path.unshift(String(offset.value));
        keyNode ??= offset;
        left = left.what as PhpNode;
      }
      if (left.kind !== 'variable') return [];
      const right = e.right as PhpNode;
      if (!path.length && (right.kind === 'string' || right.kind === 'bin' || right.kind === 'encapsed' || right.kind === 'nowdoc')) {
        // MantisBT's `$s_new_account_subject = '…';`: one variable per string, named for it.
        out.push({ key: String(left.name ?? ''), keyNode: left, value: right });
        continue;
      }
      if (!path.length) {
        // A whole array at once: `$lang = array(…)`, or merged into what is there: `$lang = array_merge($lang, array(…))`.
        const merged = right.kind === 'call' && (right.what as PhpNode)?.name === 'array_merge' ? (right.arguments as PhpNode[]).filter((a) => a.kind === 'array') : [];
        const arrays = right.kind === 'array' ? [right] : merged;
        // WordPress's `$email_templates = apply_filters('newsletters_email_templates', $email_templates);`: the same
        // array handed to a filter, so plugins may change it; no strings of its own.
        if (!arrays.length && right.kind === 'call' && ((right.arguments as PhpNode[] | undefined) ?? []).some((a) => a.kind === 'variable' && a.name === left.name)) continue;
        if (!arrays.length) return [];
        for (const a of arrays) out.push({ key: '', keyNode: null, value: a });
        continue;
      }
      out.push({ key: path.join('.'), keyNode, value: right });
      continue;
    }
    const args = e.arguments as PhpNode[] | undefined;
    if (e.kind === 'call' && (e.what as PhpNode)?.name === 'define' && args?.length === 2 && args[0].kind === 'string') {
      out.push({ key: String(args[0].value), keyNode: args[0], value: args[1] });
      continue;
    }
    return [];
  }
  return out;
}

/** phpBB's `if (empty($lang) || !is_array($lang)) { $lang = array(); }`: an empty array made ready, not code. */
function isArrayInit(statement: PhpNode): boolean {
  if (statement.kind !== 'if' || statement.alternate) return false;
  const body = statement.body as PhpNode | undefined;
  const children = (body?.kind === 'block' ? (body.children as PhpNode[]) : body ? [body] : []);
  return children.length === 1 && children.every((c) => {
    const e = c.kind === 'expressionstatement' ? (c.expression as PhpNode) : undefined;
    return e?.kind === 'assign' && (e.left as PhpNode).kind === 'variable' && (e.right as PhpNode).kind === 'array' && !((e.right as PhpNode).items as unknown[]).length;
  });
}

/** A statement that only tests `defined('…')` and stops the script: a guard, not code. */
function isAccessGuard(statement: PhpNode): boolean {
  const callsDefined = (n: unknown): boolean => {
    if (!n || typeof n !== 'object') return false;
    const node = n as PhpNode;
    if (node.kind === 'call' && (node.what as PhpNode)?.name === 'defined') return true;
    return ['left', 'right', 'what', 'test'].some((k) => k !== 'what' && callsDefined(node[k])) || (node.kind === 'unary' && callsDefined(node.what));
  };
  if (statement.kind === 'expressionstatement') {
    const e = statement.expression as PhpNode;
    return e.kind === 'bin' && callsDefined(e.left) && ['exit', 'call'].includes((e.right as PhpNode)?.kind);
  }
  if (statement.kind === 'if') return callsDefined(statement.test) && !statement.alternate;
  return false;
}

/**
 * Whether a PHP file holds its strings in a shape a catalog reads: every top-level statement setting a string key
 * (`assignment`), or a class keeping its messages in arrays named for them (`class`). One parse for both questions.
 */
export function phpCatalogShape(text: string, shapes: { assignment: boolean; class: boolean }): boolean {
  let ast: PhpNode;
  try {
    ast = engine().parseCode(text, 'catalog.php') as unknown as PhpNode;
  } catch {
    return false;
  }
  return (shapes.assignment && assignments(ast).length > 0) || (shapes.class && (classMessageArrays(ast).length > 0 || functionMessageArrays(ast).length > 0));
}

const DOUBLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"' };

function decodePhp(text: string, start: number, end: number, double: boolean): MappedText {
  const out = new MappedText();
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\' && i + 1 < end) {
      const e = text[i + 1];
      if (!double) {
        if (e === "'" || e === '\\') { out.push(e, i, i + 2); i += 2; continue; }
      } else {
        if (e in DOUBLE) { out.push(DOUBLE[e], i, i + 2); i += 2; continue; }
        const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, Math.min(end, i + 4)));
        if (oct) { out.push(String.fromCharCode(parseInt(oct[0], 8) & 0xff), i, i + 1 + oct[0].length); i += 1 + oct[0].length; continue; }
        const hex = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i + 1, Math.min(end, i + 4)));
        if (hex) { out.push(String.fromCharCode(parseInt(hex[1], 16)), i, i + 1 + hex[0].length); i += 1 + hex[0].length; continue; }
        const uni = /^u\{([0-9a-fA-F]+)\}/.exec(text.slice(i + 1, end));
        if (uni) { out.push(String.fromCodePoint(parseInt(uni[1], 16)), i, i + 1 + uni[0].length); i += 1 + uni[0].length; continue; }
      }
    }
    out.copy(c, i);
    i++;
  }
  return out;
}
