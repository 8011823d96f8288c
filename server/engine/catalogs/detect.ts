/**
 * Whether a file is a message catalog, by where it lives and what it holds. Extensions alone would lint every
 * package.json, tsconfig.json and CI workflow: a .yml/.yaml/.json file counts only inside a locale-like folder
 * (config/locales, locales, locale, lang, i18n, l10n, translations, messages) or when its name is a locale
 * (`en.yml`, `fa-IR.json`, `messages.fa.json`); .po/.pot and XLIFF (.xlf/.xliff with an `<xliff>` root) always; .properties when named like a bundle
 * (`messages*.properties`, `*_fa.properties`) or inside such a folder; Laravel `lang/<locale>/*.php` returning an array,
 * and any other .php whose every statement sets a language string (OpenCart, CodeIgniter, osCommerce, XOOPS), also
 * MantisBT's `lang/strings_<language>.txt`; a .csv of source and translation columns named for a locale or inside such
 * a folder (Magento's `i18n/fa_IR.csv`, Frappe's `translations/fa.csv`); JavaScript/TypeScript locale modules
 * (.js/.mjs/.cjs/.ts/.mts/.cts, never .jsx/.tsx) inside such a folder (or `strings/`) or named for a locale (`fa.js`,
 * `messages.fa.ts`, `support-fa.js`), which the content check (js.ts) then reads: an export of an object of strings,
 * not code; a Python module whose top level assigns a message-named dict of strings (`MAILS = {…}` in `system_mails.py`).
 */
import { languageFromPath, localeLanguage } from './locale';
import type { CatalogKind } from './types';
import { phpCatalogShape } from './php';
import { isTranslationCsv } from './csv';
import { JS_MODULE } from './js';
import { holdsXmlEmails } from './odoo';

const LOCALE_DIR = /(?:^|\/)(?:locales?|lang|languages|i18n|l10n|translations?|messages|LC_MESSAGES)\//i;
export const NOT_CATALOG = /(?:^|\/)(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|composer\.(?:json|lock)|\.?eslintrc[^/]*|\.github\/[^]*|docker-compose[^/]*|pnpm-lock\.yaml|[^/]*\.schema\.json)$/i;

export function catalogKindFor(filePath: string): CatalogKind | undefined {
  const p = filePath.replace(/\\/g, '/');
  const lower = p.toLowerCase();
  if (NOT_CATALOG.test(p)) return undefined;
  if (lower.endsWith('.po') || lower.endsWith('.pot')) return 'po';
  if (lower.endsWith('.xlf') || lower.endsWith('.xliff')) return 'xliff';
  // Odoo module data (data/mail_template_data.xml and the like), CubeCart's language/email_en-GB.xml.
  if (lower.endsWith('.xml')) return /(?:^|\/)data\/[^/]+\.xml$|mail[^/]*\.xml$|templates?[^/]*\.xml$/.test(lower) ? 'odoo' : undefined;
  // Laravel: lang/fa/auth.php, resources/lang/en/mail.php (a Blade view is never under lang/). Any other .php may be
  // an assignment-style language file (OpenCart's catalog/language/fa-ir/mail/customer.php, CodeIgniter's
  // *_lang.php, XOOPS's define() files): the content check decides, after a cheap look for such lines.
  if (lower.endsWith('.php') && !lower.endsWith('.blade.php')) return 'php';
  // Dolibarr's langs/fa_IR/mails.lang: `Key=Value` lines, read as .properties (the content check makes sure).
  if (lower.endsWith('.lang')) return 'properties';
  // Joomla's language/fa-IR/fa-IR.com_users.ini (and any `.ini` named for a locale or kept in a language folder):
  // `KEY="value"` lines (the content check makes sure). Other .ini files are settings.
  // Joomla 4 drops the locale from the name (language/en-GB/com_users.ini): an extension's prefix says it too.
  if (lower.endsWith('.ini')) return /(?:^|\/)[a-z]{2,3}-[A-Z]{2}(?:\.[\w-]+)?\.ini$/.test(p) || LOCALE_DIR.test(p) || /(?:^|\/)(?:com|mod|plg|tpl|lib|pkg)_[\w.-]+\.ini$/.test(lower) ? 'ini' : undefined;
  // Email templates seeded by SQL (HelpDeskZ's install/*.sql): the content check looks for a table of messages.
  if (lower.endsWith('.sql')) return 'sql';
  const named = languageFromPath(p.split('/').pop() ?? '') !== undefined;
  // Magento's i18n/fa_IR.csv, Frappe's translations/fa.csv: source and translation columns (the content check decides).
  if (lower.endsWith('.csv')) return named || LOCALE_DIR.test(p) || /(?:^|\/)i18n\//.test(lower) ? 'csv' : undefined;
  // MantisBT keeps its language files as PHP named .txt (lang/strings_persian.txt): read as PHP when the content is.
  if (/(?:^|\/)strings_[a-z_]+\.txt$/.test(lower)) return 'php';
  if (lower.endsWith('.properties')) {
    const base = lower.split('/').pop() ?? '';
    return /^(?:messages|i18n|strings|resources?|labels|bundle|texts?|mail|email)[\w-]*\.properties$/.test(base) || named || LOCALE_DIR.test(p) ? 'properties' : undefined;
  }
  const inLocaleDir = LOCALE_DIR.test(p);
  // Python modules that keep their mails or texts in a message-named dict (`MAILS = {…}`): the content check (python.ts) decides.
  if (lower.endsWith('.py')) return 'python';
  if (JS_MODULE.test(lower)) return isLocaleModulePath(p, inLocaleDir || named) ? 'js' : undefined;
  if (/\.ya?ml$/.test(lower)) return inLocaleDir || named ? 'yaml' : undefined;
  if (lower.endsWith('.json')) return inLocaleDir || named ? 'json' : undefined;
  return undefined;
}

/**
 * Modules that are never catalogs whatever folder they sit in: tests, stories, configs, type declarations, mocks (by
 * their names: a path is often absolute, and a project may well live under some `tests/` folder).
 */
const NOT_LOCALE_MODULE = /\.d\.[mc]?ts$|[.-](?:test|spec|stories|story|config|conf|setup|mock|fixture)s?\.[mc]?[jt]s$|(?:^|\/)(?:__tests__|__mocks__)\//i;

/**
 * A .js/.ts path that may be a locale module: in a locale folder (or a `strings/` one), in a folder of message
 * templates (`templates/text-message/auto-reply.ts`, `sms/`, `email-templates/`), or named for a locale
 * (`support-fa.js` too). The content check (js.ts) still asks for an export of strings, not code.
 */
function isLocaleModulePath(p: string, localeish: boolean): boolean {
  if (NOT_LOCALE_MODULE.test(p)) return false;
  if (localeish || /(?:^|\/)(?:strings|[\w-]*templates?|text-?messages?|sms|e-?mails?|notifications?)\//i.test(p)) return true;
  return /[-_.](?:en|fa)(?:[-_][A-Z]{2})?\.[mc]?[jt]s$/.test(p);
}

/** A line that sets a language string: `$_['text_subject'] = '…'`, `$lang['x']['y'] = "…"`, `define('_MD_X', '…')`. */
const ASSIGNMENT_LINE = /^[ \t]*(?:\$[A-Za-z_]\w*(?:\s*\[\s*(['"])[^'"\n]*\1\s*\])*\s*=\s*(?:['"]|<<<)|\$[A-Za-z_]\w*\s*=\s*(?:array\s*\(|\[|array_merge\s*\()|define\s*\(\s*['"][A-Za-z_]\w*['"]\s*,\s*['"])/m;

/** An array property or constant of a class, named for messages: `public static $SMS_PATTERNS = [`, `const MESSAGES = array(`. */
const CLASS_MESSAGE_ARRAY = /^\s*(?:(?:public|protected|private|static|final|readonly)\s+)*(?:const\s+\w+|\$\w+\s*=|function\s+\w+\s*\(\s*\)\s*(?::\s*\??\w+\s*)?\{\s*return)\s*(?:=\s*)?(?:\[|array\s*\()|^\s*function\s+\w*(?:templates?|mails?|messages?|sms|notifications?)\s*\(/im;

const TOP_LEVEL_RETURN = /^\s*<\?php\b(?:\s+|\/\/[^\n]*\n|#[^\n]*\n|\/\*[\s\S]*?\*\/|(?:declare|namespace|use)\b[^;{]*;)*return\s*(?:\[|array\s*\()/;

/** The content check behind the path guess: a catalog's strings are most of its leaves. */
export function looksLikeCatalogText(kind: CatalogKind, text: string): boolean {
  if (kind === 'po' || kind === 'properties' || kind === 'ini' || kind === 'sql') return true;
  if (kind === 'csv') return isTranslationCsv(text);
  if (kind === 'php') {
    const head = text.slice(0, 8192);
    if (!/^\s*<\?php\b/.test(head)) return false;
    // Laravel's lang files return their array as the file's first statement (after `declare`, `namespace`, `use` and
    // comments); a class that returns an array from a method (`return [SmsChannel::class];`) is code, not a catalog.
    if (TOP_LEVEL_RETURN.test(head)) return true;
    // Assignment lines, or a class whose messages are an array named for them (`public static $SMS_PATTERNS = [`):
    // cheap looks at the head first, then one parse answers both.
    const assignment = ASSIGNMENT_LINE.test(head);
    const inClass = CLASS_MESSAGE_ARRAY.test(head);
    return (assignment || inClass) && phpCatalogShape(text, { assignment, class: inClass });
  }
  if (kind === 'odoo') return holdsXmlEmails(text);
  if (kind === 'xliff') return /<xliff[\s>]/.test(text.slice(0, 4096));
  const head = text.slice(0, 4096);
  // Lists of records (`[{…}]`, `- name: …`) are data sets, fixtures and workflows, not messages.
  if (kind === 'json') return /^\s*\{/.test(head) && /"\s*:\s*"/.test(head) && !/\[\s*\{/.test(head);
  // YAML: a mapping with string leaves, not a workflow or a compose file.
  return /^[\w"'-][^\n]*:\s*(?:$|[|>"'\w])/m.test(head) && !/^(?:on|jobs|services|steps|version|apiVersion|kind):/m.test(head) && !/^\s*-\s+[\w"'-]+:\s/m.test(head);
}

/**
 * Whether a `.lang` file is a key=value language file (Dolibarr's): its first lines are comments, blanks or
 * `Key=Value` pairs (a value may run on after a trailing backslash). Other `.lang` files are XML or code.
 */
export function isKeyValueLangFile(text: string): boolean {
  let pairs = 0;
  let continued = false;
  for (const line of text.slice(0, 8192).split(/\r?\n/).slice(0, 60)) {
    const wasContinued = continued;
    continued = /\\$/.test(line);
    if (wasContinued || !line.trim() || /^\s*[#!;]/.test(line)) continue;
    if (!/^\s*[\w.-]+\s*=/.test(line)) return false;
    pairs++;
  }
  return pairs > 0;
}

/**
 * A YAML file whose root key is a locale (`fa:`, `en-GB:`), wherever it lives and whatever its name: Rails and
 * Flarum keep catalogs as `fa.yml`, but an engine's or an extension's may be `config/locales/flarum-subscriptions.yml`
 * or a file cut out of one. Comments and a document marker may come first.
 */
export function hasLocaleRoot(text: string): boolean {
  const first = /^(?:\s*(?:#[^\n]*|---)?\n)*\s*['"]?([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)['"]?:[ \t]*(?:#[^\n]*)?\n[ \t]+\S/.exec(text.slice(0, 2048));
  // English and Persian only: other locales are skipped anyway, and a two-letter root such as `id:` or `no:` may be data.
  const language = first ? localeLanguage(first[1]) : undefined;
  return language === 'en' || language === 'fa';
}
