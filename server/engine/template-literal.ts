/**
 * What configuration may put into a template, and how. Personalization values reach templates through the
 * rewrites: variable paths (`customer.first_name`) become tags, fallback words ("there") become text or string
 * literals inside tags. A config file (or a preset from npm) is not trusted to write template code, so:
 * - a variable is accepted only as a plain path of identifiers, valid in the dialect it is spelled in;
 * - a literal is escaped for where it lands (HTML text, the dialect's string quotes), and when a dialect has
 *   no way to write a character safely (Liquid strings have no escapes), no literal is written at all.
 * The config schema refuses such values up front (with the file and key); these checks hold for any caller.
 */
import type { Dialect } from './types';

/** Identifiers joined by dots; ERB may start with `@` (an instance variable). No calls, no operators. */
export const VARIABLE_PATH = /^@?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const MAX_VARIABLE_LENGTH = 100;

/**
 * Ruby methods that act when named without parentheses (`<%= exit %>`, `<%= user.destroy %>`): in ERB a path
 * is a chain of method calls, so these names are refused in any position.
 */
export const RUBY_ACTIONS: readonly string[] = [
  'system', 'exec', 'spawn', 'fork', 'exit', 'abort', 'eval', 'instance_eval', 'class_eval', 'module_eval',
  'instance_exec', 'send', '__send__', 'public_send', 'method', 'require', 'require_relative', 'load', 'open',
  'syscall', 'trap', 'raise', 'fail', 'at_exit', 'binding', 'gets', 'readline', 'readlines', 'sleep', 'loop',
  'throw', 'catch', 'puts', 'print', 'printf', 'putc', 'warn', 'select', 'caller', 'autoload', 'define_method',
  'instance_variable_get', 'instance_variable_set', 'const_get', 'const_set', 'constantize', 'delete', 'delete_all',
  'destroy', 'destroy_all', 'update', 'update_all', 'save', 'kill', 'write', 'unlink', 'popen',
];
const RUBY_ACTION_SET = new Set(RUBY_ACTIONS);

/** Why `variable` cannot be spelled as a tag in `dialect`, or undefined when it can. */
export function variableProblem(dialect: Dialect, variable: string): string | undefined {
  if (variable.length > MAX_VARIABLE_LENGTH) return `is longer than ${MAX_VARIABLE_LENGTH} characters`;
  if (!VARIABLE_PATH.test(variable)) return 'is not a variable path (letters, digits and _, joined by dots)';
  const segments = variable.replace(/^@/, '').split('.');
  if (segments.some((s) => RUBY_ACTION_SET.has(s))) return `names a Ruby method that acts when an ERB template runs ("${segments.find((s) => RUBY_ACTION_SET.has(s))}")`;
  if (variable.startsWith('@') && dialect !== 'erb' && dialect !== 'haml') return 'starts with "@", which only ERB and HAML templates allow (put it under personalization.formats.erb or .haml)';
  if (dialect === 'mailchimp' && segments.length > 1) return 'has dots, which Mailchimp merge tags cannot';
  if (dialect === 'underscore' && segments.length > 1) return 'has dots, which __KEY__ substitution keys cannot';
  return undefined;
}

/** A fallback word in config: no character any dialect or HTML reads as code, no control characters. */
export const FALLBACK_PATTERN = '^(?=.*\\S)[^{}<>%$#*|\\\\`"\\[\\]\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]+$';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Characters each dialect reads as code in template text. */
const TEXT_SPECIAL: Partial<Record<Dialect, RegExp>> = {
  liquid: /[{}%]/,
  twig: /[{}%#]/,
  blade: /[{}@]/,
  smarty: /[{}]/,
  erb: /[<>%]/,
  // `#{` interpolates anywhere in HAML text.
  haml: /[#{}\\]/,
  dollar: /[${}#<>]/,
  mailchimp: /[*|]/,
  handlebars: /[{}\\]/,
};
const MARKUP = /[<>&]/;
const ANY_SPECIAL = /[{}<>%$*|\\[\]:"`#@]/;

/** HTML numeric references for everything HTML or any dialect could read as markup or code. */
const HTML_ESCAPED = /[&<>"'{}%$#*|\\`[\]=@~^:]/g;
const htmlEscape = (word: string) => word.replace(HTML_ESCAPED, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `word` as literal template text (outside any tag) in `dialect`, or undefined when it cannot be written
 * safely. In HTML (`html`) special characters become numeric references, which render as themselves and mean
 * nothing to any dialect; in plain text a word holding a character the dialect reads as code is refused.
 */
export function textLiteral(dialect: Dialect, word: string, html: boolean): string | undefined {
  if (word.trim() === '' || CONTROL.test(word)) return undefined;
  // JSX text: a character JSX reads as code is written as a string expression, `{"{"}`, which renders as itself.
  if (dialect === 'jsx') return word.replace(/[{}<>&]/g, (c) => `{${JSON.stringify(c)}}`);
  if (html) return htmlEscape(word);
  // A plain-text template may still be sent as HTML: markup characters are refused there too.
  return MARKUP.test(word) || (TEXT_SPECIAL[dialect] ?? ANY_SPECIAL).test(word) ? undefined : word;
}

/**
 * `word` as the body of a string literal inside an output tag of `dialect` (without the quotes, which are
 * `QUOTE[dialect]`), or undefined when it cannot be written safely.
 * - Liquid strings have no escape sequences and do not auto-escape: in HTML, numeric references; in plain
 *   text, a quote, brace or percent sign is refused (`}}` would end the tag).
 * - Twig, Blade, Smarty and ERB escape their output for HTML themselves (a reference would show as "&#39;"),
 *   so the word goes in as it is; characters that end a tag, end the string or start interpolation
 *   (`{ } % < > # $ "` and backslash) are refused, and `'` is written `\'` where strings use single quotes.
 * - ERB and FreeMarker (`dollar`) strings are double-quoted (`"…"`, `#{…}`/`${…}` interpolate): same refusals.
 */
export function stringLiteral(dialect: Dialect, word: string, html: boolean): string | undefined {
  if (word.trim() === '' || CONTROL.test(word)) return undefined;
  // A JavaScript string in double quotes (React escapes what it renders): JSON's escapes are JavaScript's.
  if (dialect === 'jsx') return JSON.stringify(word).slice(1, -1);
  if (dialect === 'liquid') return html ? htmlEscape(word) : /["{}%\\]/.test(word) || MARKUP.test(word) ? undefined : word;
  if (/[{}%<>#$"\\`]/.test(word)) return undefined;
  // FreeMarker does not escape plain .ftl output: an `&` would start an HTML reference.
  if (dialect === 'dollar' && MARKUP.test(word)) return undefined;
  // ERB, HAML and FreeMarker quote with ", which is refused above; the others quote with '.
  return dialect === 'dollar' || dialect === 'erb' || dialect === 'haml' ? word : word.replace(/'/g, "\\'");
}

/** A template that renders HTML: the format says so, the file name says so, or its text holds HTML tags. */
export function rendersHtml(format: string, filePath: string, text: string): boolean {
  if (format === 'html' || format === 'mjml') return true;
  if (/\.(html?|mjml|xhtml)(\.|$)/i.test(filePath)) return true;
  return /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i.test(text);
}
