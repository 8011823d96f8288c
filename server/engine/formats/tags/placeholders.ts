/**
 * Placeholder dialects of mailers, plugins and translation files: Mailchimp `*|FNAME|*` (with `*|IF:…|*`
 * blocks), Rails i18n `%{name}`, printf-style `%(name)s` / `%%NAME%%` / `%s`, Mailgun and Drupal `%name%`,
 * hash-wrapped `#NAME#` and hash-prefixed `#SiteEmail`, Razor `@Model.Name`, bracketed `[FirstName]`, Laravel `:name`, Dolibarr
 * `__KEY__` and Meteor i18n's `__inviter__`. Control words in a dialect's own delimiters (`%IF:X%`, `%END%`, `#END#`) are statements, not values.
 */
import { stickyAt, type ScanState } from './state';
import type { TemplateTag } from './types';

// Matched at one offset with sticky regexes (no slicing on every '%', '#' or '@').
const PY_NAMED = /%\(([A-Za-z_][\w.]*)\)[-#0 +]?\d*(?:\.\d+)?[sdifrxXeEgGc]/y;
const DOUBLE_PERCENT = /%%([A-Za-z_][\w.]*)%%/y;
const PY_POSITIONAL = /%(?:\d\$)?[sd](?![A-Za-z0-9])/y;
const HASHED = /(#{1,3})([A-Za-z_][A-Za-z0-9_.]{0,60})(#{1,3})/y;
const RAZOR = /@([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)/y;
/** Dolibarr `__USER_SIGNATURE__` (upper case: a Python dunder is lower case) and `__(Hello)__` (a translated word). */
const UNDERSCORE_KEY = /__([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)__(?![A-Za-z0-9_])/y;
const UNDERSCORE_LOWER = /__([a-z][a-z0-9]*(?:_[a-z0-9]+)*)__(?![A-Za-z0-9_])/y;
const PYTHON_DUNDERS = new Set(['init', 'main', 'name', 'file', 'dict', 'class', 'call', 'str', 'repr', 'len', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'hash', 'iter', 'next', 'enter', 'exit', 'get', 'set', 'delete', 'del', 'new', 'slots', 'all', 'doc', 'module', 'version', 'author', 'builtins', 'future', 'import', 'path', 'package', 'spec', 'loader', 'bool', 'bytes', 'contains', 'getattr', 'setattr', 'getitem', 'setitem', 'add', 'sub', 'mul', 'await', 'aiter', 'anext', 'annotations', 'qualname', 'mro', 'bases', 'subclasses', 'format', 'sizeof', 'reduce', 'copy', 'deepcopy', 'dirname', 'filename', 'proto', 'dirname', 'esModule', 'typename']);
const UNDERSCORE_TRANSLATED = /__\(([^()\n]{1,80})\)__/y;

/**
 * Control words written in a placeholder dialect's own delimiters (`%IF:NAME%`, `%ELSE%`, `%END%`, `%%ENDIF%%`,
 * `#END#`): a conditional around the text, not a value printed in it. Only words that cannot be a value's name;
 * `%END_DATE%` is a value.
 */
const CONTROL_WORD = /^(?:IF|IFNOT|UNLESS|ELSE|ELSIF|ELSEIF|ELIF|END|ENDIF|ENDUNLESS|ENDFOR|ENDFOREACH|FOREACH|ENDEACH|ENDLOOP|ENDWHILE|ENDSWITCH|ENDBLOCK|BEGIN)$/i;
export function isControlWord(name: string): boolean {
  return CONTROL_WORD.test(name);
}
const ELSE_WORD = /^(?:ELSE|ELSIF|ELSEIF|ELIF)$/i;

/** Mailchimp *|FNAME|*, *|IF:FNAME|*, *|END:IF|*. */
export function scanMailchimp(s: ScanState, i: number): number {
  const { text, find, tags, push, unclosed, openBlock, closeBlock } = s;
  const start = i;
  const close = find('|*', i + 2);
  // A merge tag's name never holds `|` or `*`: `*|FNAME|text.*,*|ELSE:|*` is a broken tag followed by text,
  // not one tag spanning both (wrapping that "tag" in a fallback duplicated the text on every fix-all pass).
  if (close < 0 || close - i > 80 || /[\s<>|*]/.test(text.slice(i + 2, close).replace(/ /g, ''))) {
    if (/^[A-Z0-9_:]/.test(text[i + 2] ?? '')) unclosed(start, 'mailchimp', '|*');
    i += 2;
    return i;
  }
  const end = close + 2;
  const expr = text.slice(i + 2, close).trim();
  i = end;
  const m = /^(IF|IFNOT|ELSEIF|ELSE|END):?(.*)$/i.exec(expr);
  if (m) {
    const word = m[1].toUpperCase();
    const tag: TemplateTag = { start, end, dialect: 'mailchimp', kind: 'statement', expr: m[2] };
    tags.push(tag);
    if (word === 'IF' || word === 'IFNOT') openBlock(tag, 'IF', '*|END:IF|*', 'mc');
    else if (word === 'END') closeBlock(tag, m[2] || 'IF', 'mc');
    else tag.kind = 'else';
    return i;
  }
  push({ start, end, dialect: 'mailchimp', kind: 'output', expr, variable: expr.split(':')[0], hasFallback: false });
  return i;
}

/** %{name} (Rails i18n, Ruby format strings). */
export function scanRailsI18n(s: ScanState, i: number): number {
  const { text, find, push, unclosed } = s;
  const start = i;
  const close = find('}', i + 2);
  const body = close < 0 ? '' : text.slice(i + 2, close);
  if (close < 0 || !/^\s*[A-Za-z_][\w.]*\s*$/.test(body)) {
    if (/^[A-Za-z_]/.test(text[i + 2] ?? '')) unclosed(start, 'rails-i18n', '}');
    i += 2;
    return i;
  }
  i = close + 1;
  push({ start, end: close + 1, dialect: 'rails-i18n', kind: 'output', expr: body.trim(), variable: body.trim(), hasFallback: false });
  return i;
}

/** %(owner_email)s (Python named), %%AGENT_NAME%% (doubled percent), %s / %d / %1$s (positional); undefined when none matches. */
export function scanPercentFormat(s: ScanState, i: number): number | undefined {
  const { text, push } = s;
  const c1 = text.charCodeAt(i + 1);
  const python = c1 === 40 ? stickyAt(PY_NAMED, text, i) : null;
  const doubled = c1 === 37 ? stickyAt(DOUBLE_PERCENT, text, i) : null;
  const named = python ?? doubled;
  if (doubled && isControlWord(doubled[1])) {
    s.tags.push({ start: i, end: i + doubled[0].length, dialect: 'percent', kind: ELSE_WORD.test(doubled[1]) ? 'else' : 'statement', expr: doubled[1] });
    return i + doubled[0].length;
  }
  if (named) {
    push({ start: i, end: i + named[0].length, dialect: 'percent', kind: 'output', expr: named[1], variable: named[1], hasFallback: false });
    i += named[0].length;
    return i;
  }
  const prevCode = text.charCodeAt(i - 1);
  const positional = stickyAt(PY_POSITIONAL, text, i);
  if (positional && !(prevCode >= 48 && prevCode <= 57) && !/[A-Za-z%]/.test(text[i - 1] ?? '')) {
    push({ start: i, end: i + positional[0].length, dialect: 'percent', kind: 'output', expr: positional[0], hasFallback: false });
    i += positional[0].length;
    return i;
  }
  return undefined;
}

/** #NAME#, ###ADMIN_EMAIL### (hash-wrapped placeholders of WordPress plugins and mailers). */
export function scanHashed(s: ScanState, i: number): number {
  const { text, push } = s;
  const m = stickyAt(HASHED, text, i);
  const prev = text[i - 1] ?? ' ';
  if (m && m[1].length === m[3].length && (/[A-Z_]/.test(m[2]) || m[1].length > 1) && !/[\w#&]/.test(prev) && text[i + m[0].length] !== '#') {
    if (isControlWord(m[2])) {
      s.tags.push({ start: i, end: i + m[0].length, dialect: 'percent', kind: ELSE_WORD.test(m[2]) ? 'else' : 'statement', expr: m[2] });
      return i + m[0].length;
    }
    push({ start: i, end: i + m[0].length, dialect: 'percent', kind: 'output', expr: m[2], variable: m[2], hasFallback: false });
    i += m[0].length;
    return i;
  }
  // Prefix-only `#SiteEmail`, `#ORDER_ID` (Persian payment and SMS templates): an identifier that can only be a
  // name, camel-cased with two parts or more, or upper snake case. Not a colour (`#AbCdEf`), an anchor (`"#Top`) or
  // a word's `#`.
  const p = stickyAt(HASH_PREFIXED, text, i);
  if (p && !/[\w#&"'(/.=}-]/.test(prev) && !/^[0-9A-Fa-f]{3,8}$/.test(p[1]) && !insideStyle(text, i)) {
    push({ start: i, end: i + p[0].length, dialect: 'percent', kind: 'output', expr: p[1], variable: p[1], hasFallback: false });
    return i + p[0].length;
  }
  i++;
  return i;
}
/** A CSS id selector (`#MessageViewBody a {…}`) in a `<style>` block is not a value. Asked only of a match. */
function insideStyle(text: string, at: number): boolean {
  const open = text.lastIndexOf('<style', at);
  return open >= 0 && text.lastIndexOf('</style', at) < open;
}
const HASH_PREFIXED = /#((?:[A-Z][a-z0-9]+){2,}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![\w#])/y;

/** @Model.Agent.Name (Razor): a capitalized path after "@", not an address (word character before "@"). */
export function scanRazor(s: ScanState, i: number): number {
  const { text, push } = s;
  const c1 = text.charCodeAt(i + 1);
  const m = c1 >= 65 && c1 <= 90 ? stickyAt(RAZOR, text, i) : null;
  if (m && !/[\w.+-]/.test(text[i - 1] ?? ' ')) {
    const variable = m[1].replace(/^(?:Model|ViewBag|ViewData|TempData)\./, '');
    push({ start: i, end: i + m[0].length, dialect: 'dollar', kind: 'output', expr: m[1], variable, hasFallback: false });
    i += m[0].length;
    return i;
  }
  i++;
  return i;
}

/**
 * `$contact_first_name`, `$acase_case_number`, `$sugarurl` (SugarCRM's and SuiteCRM's email templates, and other
 * shell-style fill-ins): a bare `$` and an identifier. Not a price (`$20`), a currency code (`$USD`), a
 * variable glued to a word (`US$x`) or one letter or two (`$x`).
 */
export function scanBareDollar(s: ScanState, i: number): number {
  const { text, push } = s;
  const prev = text.charCodeAt(i - 1);
  const m = /^[A-Za-z_]\w{2,60}/.exec(text.slice(i + 1, i + 64));
  if (!m || /^[A-Z]{3}$/.test(m[0]) || (prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev === 95 || prev === 36) return i + 1;
  const end = i + 1 + m[0].length;
  push({ start: i, end, dialect: 'dollar', kind: 'output', expr: m[0], variable: m[0], hasFallback: false });
  return end;
}

/** %recipient.name% (Mailgun), %name% and %name (Drupal-style). */
export function scanPercentName(s: ScanState, i: number): number {
  const { text, push } = s;
  const start = i;
  const m = /^[A-Za-z_][\w.]*/.exec(text.slice(i + 1, i + 64));
  const prev = text.charCodeAt(i - 1);
  if (m && !(prev >= 48 && prev <= 57) && m[0] !== 's' && m[0] !== 'd') {
    const closed = text[i + 1 + m[0].length] === '%';
    const end = i + 1 + m[0].length + (closed ? 1 : 0);
    const word = m[0].replace(/\.$/, '');
    // `%IF:NAME%`, `%IF NAME%`, `%ELSE%`, `%END%`: a control word and what it tests, in the `%…%` dialect.
    const control = isControlWord(word) ? (word === word.toUpperCase() ? /^[:\s][^%\n]{0,60}%|^%/ : /^:[^%\s]{1,60}%|^%/).exec(text.slice(i + 1 + m[0].length, i + 66 + m[0].length)) : null;
    if (control) {
      const stop = i + 1 + m[0].length + control[0].length;
      s.tags.push({ start, end: stop, dialect: 'percent', kind: ELSE_WORD.test(word) ? 'else' : 'statement', expr: text.slice(start + 1, stop - 1).trim() });
      return stop;
    }
    if (closed || /[_.]/.test(word) || word.length > 3) {
      push({ start, end: closed ? end : start + 1 + word.length, dialect: 'percent', kind: 'output', expr: word, variable: word, hasFallback: false });
      i = closed ? end : start + 1 + word.length;
      return i;
    }
  }
  i++;
  return i;
}

/** [FirstName], [[name]], [Product Name] placeholders (not Markdown links or conditional comments). */
export function scanBracket(s: ScanState, i: number): number {
  const { text, push } = s;
  const c1 = text.charCodeAt(i + 1);
  const start = i;
  const double = c1 === 91;
  const bodyStart = i + (double ? 2 : 1);
  const m = /^[A-Za-z][A-Za-z0-9_.]*(?: [A-Z][A-Za-z0-9_]*){0,3}/.exec(text.slice(bodyStart, bodyStart + 48));
  if (m) {
    const closeAt = bodyStart + m[0].length;
    const closer = double ? ']]' : ']';
    const after = text[closeAt + closer.length];
    const looksLikeName = /[A-Z_]/.test(m[0]) || double;
    if (text.startsWith(closer, closeAt) && after !== '(' && after !== '[' && after !== ':' && looksLikeName && !/^(if|endif)\b/i.test(m[0]) && text[i - 1] !== '!') {
      push({ start, end: closeAt + closer.length, dialect: 'bracket', kind: 'output', expr: m[0], variable: m[0].replace(/ /g, ''), hasFallback: false });
      i = closeAt + closer.length;
      return i;
    }
  }
  i++;
  return i;
}

/** :placeholder (Laravel translation strings). */
export function scanColon(s: ScanState, i: number): number {
  const { text, push } = s;
  const prev = i === 0 ? ' ' : text[i - 1];
  // «گذرواژه‌ی شما::token»: a label's colon written against the placeholder is still a label and a value (not
  // `Foo::bar`, a scope operator after an ASCII name). Laravel writes `:Name` and `:NAME` for a capitalised value.
  if (/[\s(>"'«]/.test(prev) || (prev === ':' && !/[\w:]/.test(text[i - 2] ?? ' '))) {
    const m = /^[A-Za-z][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 48));
    if (m && (m[0].includes('_') || m[0].length >= 4) && !/^(\/\/|\w+:)/.test(text.slice(i + 1 + m[0].length, i + 3 + m[0].length))) {
      push({ start: i, end: i + 1 + m[0].length, dialect: 'colon', kind: 'output', expr: m[0], variable: m[0], hasFallback: false });
      i += 1 + m[0].length;
      return i;
    }
  }
  i++;
  return i;
}

/** Dolibarr-style `__SUBSTITUTION_KEY__` and `__(Translated text)__`; undefined when neither matches. */
export function scanDoubleUnderscore(s: ScanState, i: number): number {
  const { text, push } = s;
  if (/[\w]/.test(text[i - 1] ?? ' ')) return i + 2;
  const key = stickyAt(UNDERSCORE_KEY, text, i);
  if (key) {
    push({ start: i, end: i + key[0].length, dialect: 'underscore', kind: 'output', expr: key[1], variable: key[1], hasFallback: false });
    return i + key[0].length;
  }
  // Wekan's and Meteor i18n's `__inviter__`, `__url__`: lower case, but never one of Python's own dunders.
  const lower = stickyAt(UNDERSCORE_LOWER, text, i);
  if (lower && !PYTHON_DUNDERS.has(lower[1])) {
    push({ start: i, end: i + lower[0].length, dialect: 'underscore', kind: 'output', expr: lower[1], variable: lower[1], hasFallback: false });
    return i + lower[0].length;
  }
  const translated = stickyAt(UNDERSCORE_TRANSLATED, text, i);
  if (translated) {
    push({ start: i, end: i + translated[0].length, dialect: 'underscore', kind: 'output', expr: translated[1], hasFallback: false });
    return i + translated[0].length;
  }
  return i + 2;
}
