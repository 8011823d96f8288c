/**
 * The catalog layer above the per-text linter: a catalog is parsed into messages, each message is linted on its
 * own (its own language and placeholders, HTML or Markdown read as such), emails split over keys are read
 * together for the letter-level rules, and every finding and rewrite is mapped back to the file through the
 * format's quoting and escapes. A rewrite that cannot be written safely is not offered: each one is applied to
 * the file and the file re-parsed, and it must give back exactly the intended message.
 */
import { applyEdits } from '../fix';
import { DOCS_BASE } from '../rule';
import type { Finding, Language, LintOptions, LintResult, Range, Suggestion, TextEdit } from '../types';
import { catalogKindFor, hasLocaleRoot, isKeyValueLangFile, looksLikeCatalogText, NOT_CATALOG as NOT_CATALOG_PATH } from './detect';
import { isLanguageIni, parseIniCatalog } from './ini';
import { parseCsvCatalog } from './csv';
import { isJsCatalog, JS_MODULE, parseJsCatalog } from './js';
import { isPythonCatalog, parsePythonCatalog } from './python';
import { CODE_CATALOG_LANGUAGE_IDS } from '../../../shared/formats';
import { parseJsonCatalog } from './json';
import { languageFromPath } from './locale';
import { parseOdooCatalog } from './odoo';
import { parsePhpCatalog } from './php';
import { parsePoCatalog } from './po';
import { parsePropertiesCatalog } from './properties';
import { catalogLetters, messageTestOfFile } from './letters';
import { placeholders } from './placeholders';
import { selectMessages } from './select';
import type { Catalog, CatalogKind, CatalogMessage } from './types';
import { parseXliffCatalog } from './xliff';
import { parseYamlCatalog } from './yaml';
import { MESSAGE_TABLE, parseSqlCatalog } from './sql';

/**
 * Rules judged over a whole email, not one string of it. no-way-forward asks whether a refusal is followed by a way
 * forward, which only the whole letter can answer: a subject ("Your request was rejected") is answered by its
 * body, and a UI error string ("You cannot remove your primary email address.") by the screen around it, so
 * outside an email it never runs.
 */
export const LETTER_RULES = ['missing-contact', 'faceless-signoff', 'no-way-forward', 'survey-invitation'];
export const CATALOG_SYNTAX = 'catalog-syntax';

type LintText = (text: string, options: LintOptions) => LintResult;

export function parseCatalog(kind: CatalogKind, text: string, filePath: string): Catalog | { error: string; offset?: number } {
  switch (kind) {
    case 'yaml': return parseYamlCatalog(text);
    case 'json': return parseJsonCatalog(text);
    case 'po': return parsePoCatalog(text, filePath.toLowerCase().endsWith('.pot'));
    case 'properties': return parsePropertiesCatalog(text);
    case 'xliff': return parseXliffCatalog(text);
    case 'php': return parsePhpCatalog(text);
    case 'odoo': return parseOdooCatalog(text);
    case 'ini': return parseIniCatalog(text);
    case 'sql': return parseSqlCatalog(text);
    case 'csv': return parseCsvCatalog(text, filePath);
    case 'js': return parseJsCatalog(text, filePath);
    case 'python': return parsePythonCatalog(text, filePath);
  }
}

/** The catalog kind of a file by path and content, or undefined when it is a template like any other. */
export function catalogKindOf(filePath: string | undefined, text: string): CatalogKind | undefined {
  if (!filePath) return undefined;
  const kind = catalogKindFor(filePath) ?? (/\.ya?ml$/i.test(filePath) && !NOT_CATALOG_PATH.test(filePath) && hasLocaleRoot(text) ? 'yaml' : undefined);
  if (kind === 'properties' && /\.lang$/i.test(filePath)) return isKeyValueLangFile(text) ? kind : undefined;
  if (kind === 'ini') return isLanguageIni(text) ? kind : undefined;
  if (kind === 'sql') return isMessageSeed(text) ? kind : undefined;
  if (kind === 'js') return isJsCatalog(text, filePath) ? kind : undefined;
  if (kind === 'python') return isPythonCatalog(text, filePath) ? kind : undefined;
  return kind && looksLikeCatalogText(kind, text) ? kind : undefined;
}

/** An SQL file that inserts rows into a table of emails, templates, notifications or messages. */
function isMessageSeed(text: string): boolean {
  for (const m of text.matchAll(/\bINSERT\s+(?:IGNORE\s+)?INTO\s+([^\s(]{1,120})/gi)) if (MESSAGE_TABLE.test(m[1].replace(/\{\{[^}]*\}\}/g, ''))) return true;
  return false;
}

/**
 * A data file (YAML, JSON, .properties, XML) that is not a catalog: package.json, a CI workflow, a pom.xml. The editor opens
 * these for every project, so the language server leaves them alone instead of reading them as prose.
 */
export function isDataFileNotCatalog(filePath: string, text: string): boolean {
  return /\.(?:ya?ml|jsonc?|properties|xlf|xliff|xml|ini|[mc]?[jt]s)$/i.test(filePath) && catalogKindOf(filePath, text) === undefined;
}

/**
 * A JavaScript/TypeScript document (by its extension or the editor's language id) that is not a locale module: the
 * editor sends every one it opens, and all but the locale modules are code, never linted.
 */
export function isCodeNotCatalog(filePath: string, text: string, languageId?: string): boolean {
  if (!JS_MODULE.test(filePath) && !(languageId && CODE_CATALOG_LANGUAGE_IDS.includes(languageId))) return false;
  return catalogKindOf(filePath, text) !== 'js';
}

/** Lints a catalog file, or returns undefined when the file is not one (the caller lints it as a template). */
export function lintCatalogFile(text: string, options: LintOptions, lintText: LintText, ruleIds: readonly string[]): LintResult | undefined {
  // An explicit template format wins (`--stdin-filename x.hbs`); the editor passes 'plain' for YAML/JSON.
  if (options.format && options.format !== 'plain') return undefined;
  const kind = catalogKindOf(options.filePath, text);
  if (!kind) return undefined;
  const filePath = options.filePath ?? '';
  const catalog = parseCatalog(kind, text, filePath);
  if ('error' in catalog) {
    // Where the parser stopped when it says so (a locale module's syntax error), to the end of that line; else the first line.
    const at = catalog.offset === undefined ? undefined : Math.min(catalog.offset, text.length);
    const lineEnd = at === undefined ? -1 : text.indexOf('\n', at);
    const start = at ?? 0;
    const end = at === undefined ? Math.min(text.length, Math.max(0, text.indexOf('\n')) || text.length) : Math.max(lineEnd < 0 ? text.length : lineEnd, Math.min(text.length, at + 1));
    return { format: 'plain', dialects: [], findings: [{
      ruleId: CATALOG_SYNTAX, severity: 'error', range: { start, end }, actual: text.slice(start, end), language: 'en', suggestions: [],
      message: `This ${kind} catalog does not parse (${catalog.error}), so Warmly did not lint its strings.`,
      url: `${DOCS_BASE.replace(/rules\/$/, '')}README.md#message-catalogs`,
    }] };
  }
  return { format: 'plain', dialects: [], findings: lintCatalog(catalog, text, options, lintText, ruleIds) };
}

/** The language a catalog's message is linted in: its own, the file's, or the path's. */
function languageOfMessages(catalog: Catalog, options: LintOptions): (m: CatalogMessage) => Language | 'other' | undefined {
  const fileLanguage = options.language ?? (catalog.language !== undefined ? catalog.language : languageFromPath(options.filePath ?? ''));
  return (m) => m.language ?? fileLanguage;
}

/** A catalog message as the per-text linter sees it: what the warmth score scores one message by. */
export interface LintedMessage {
  key: string;
  text: string;
  language: Language | undefined;
  format: 'html' | 'markdown' | 'plain';
}

/** The messages of a catalog file that Warmly lints (selection and language as `lintCatalog` decides them);
 *  undefined when the file is not a catalog or does not parse. */
export function lintedMessages(text: string, options: LintOptions): LintedMessage[] | undefined {
  if (options.format && options.format !== 'plain') return undefined;
  const kind = catalogKindOf(options.filePath, text);
  if (!kind) return undefined;
  const catalog = parseCatalog(kind, text, options.filePath ?? '');
  if ('error' in catalog) return undefined;
  const languageOf = languageOfMessages(catalog, options);
  return selectMessages(catalog.messages, options.catalogs, messageTestOfFile(options.filePath ?? ''))
    .filter((m) => languageOf(m) !== 'other' && m.disabled !== 'all')
    .map((m) => ({ key: m.key, text: m.text, language: languageOf(m) as Language | undefined, format: markupOf(m.text) }));
}

export function lintCatalog(catalog: Catalog, text: string, options: LintOptions, lintText: LintText, ruleIds: readonly string[]): Finding[] {
  const languageOf = languageOfMessages(catalog, options);
  const selected = selectMessages(catalog.messages, options.catalogs, messageTestOfFile(options.filePath ?? '')).filter((m) => languageOf(m) !== 'other');
  const reparse = (t: string) => parseCatalog(catalog.kind, t, options.filePath ?? '');
  const findings: Finding[] = [];
  const rulesOff = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 'off' as const]));
  const base: LintOptions = { ...options, filePath: undefined, catalogs: undefined };

  for (const m of selected) {
    if (m.disabled === 'all') continue;
    const language = languageOf(m) as Language | undefined;
    const result = lintText(m.text, {
      ...base, language, format: markupOf(m.text), field: fieldOf(m),
      rules: { ...options.rules, ...rulesOff(LETTER_RULES), ...rulesOff(m.disabled ?? []) },
    });
    const icu = icuSpans(m.text);
    for (const f of result.findings) {
      // ICU `{count, plural, one {…} other {…}}` nests braces on purpose: not a broken merge tag.
      if (f.ruleId === 'broken-merge-tag' && icu.some((r) => f.range.start < r.end && r.start < f.range.end)) continue;
      const mapped = mapFinding(f, [{ m, offset: 0 }], text, reparse);
      if (mapped) findings.push(mapped);
    }
  }

  // Letters (emails split over keys, a mail file's frame around each, SMS texts): letter-level rules over the parts read together.
  const onlyLetter = rulesOff(ruleIds.filter((id) => !LETTER_RULES.includes(id)));
  const seen = new Set<string>();
  const languageOk = catalog.messages.filter((m) => languageOf(m) !== 'other');
  for (const letter of catalogLetters(selected, options.filePath ?? '', languageOk)) {
    const parts = letter.parts.filter((m) => m.disabled !== 'all');
    if (!parts.some((m) => !letter.shared.has(m))) continue;
    const html = parts.some((m) => markupOf(m.text) === 'html');
    const separator = html ? '\n<br><br>\n' : '\n\n';
    let joined = '';
    const spans: { m: CatalogMessage; offset: number }[] = [];
    for (const m of parts) {
      if (joined) joined += separator;
      // A button or link string is the label of a link the mailer renders (OpenCart's `button_contact`, «تماس با
      // ما»): read it as one, with a templated target, so a contact button counts as a way to reach someone.
      const button = html && isLinkLabel(m);
      if (button) joined += `<a href="{{ ${m.key.replace(/[^\w.-]/g, '_')}_url }}">`;
      spans.push({ m, offset: joined.length });
      joined += m.text;
      if (button) joined += '</a>';
    }
    const off = parts.flatMap((m) => (Array.isArray(m.disabled) ? m.disabled : []));
    const language = languageOf(parts[0]) as Language | undefined;
    // A subject is a header, as in an email file: rules read it as one (no-way-forward looks for the way forward
    // after a subject's "no" anywhere in the body, not in the paragraph after it).
    const fields = spans.filter((sp) => (sp.m.part ?? fieldOf(sp.m)) === 'subject').map((sp) => ({ name: 'subject' as const, range: { start: sp.offset, end: sp.offset + sp.m.text.length } }));
    const result = lintText(joined, { ...base, language, format: html ? 'html' : markupOf(joined), fields, rules: { ...options.rules, ...onlyLetter, ...rulesOff(off) } });
    const own = spans.filter((sp) => !letter.shared.has(sp.m));
    for (const f of result.findings) {
      let mapped = mapFinding(f, spans, text, reparse);
      // A finding about the whole letter that lands in the shared footer belongs to this email: it goes on the
      // email's own last part, so each email of the file gets its own (a finding in the footer's words, such as a
      // faceless sign-off, is the footer's and is reported once).
      if (mapped && mapped.catalogKey !== undefined && parts.some((m) => letter.shared.has(m) && m.key === mapped!.catalogKey) && f.ruleId === 'missing-contact') {
        const home = own[own.length - 1];
        mapped = mapFinding({ ...f, range: { start: home.offset, end: home.offset + home.m.text.length }, suggestions: [] }, spans, text, reparse);
      }
      if (!mapped) continue;
      const id = `${mapped.ruleId}@${mapped.range.start}-${mapped.range.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(mapped);
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}

/** A short plain string whose key names a button or link (`button_contact`, `email.cta`, `links.support`). */
function isLinkLabel(m: CatalogMessage): boolean {
  const last = m.key.split('.').pop() ?? '';
  return /^(?:button|btn|link|cta)(?:[_-]\w+)?$|[_-](?:button|btn|link|cta)$/i.test(last) && !/[<>]/.test(m.text) && m.text.trim().split(/\s+/).length <= 6;
}

/**
 * The header field a catalog string is, by its key: `confirm_email.subject`, `email_reset_subject`, a gettext entry
 * used in `templates/account/email/*_subject.txt` are subjects; `mailer.from_name`, `default_from`,
 * `notifications.sender_name` are the sender's display name. A bare `from`/`sender` counts only under a mail key
 * (`mailer.from`), since elsewhere it is a UI label ("From" of a date range).
 */
export function fieldOf(m: Pick<CatalogMessage, 'key' | 'where' | 'context'>): 'subject' | 'from_name' | undefined {
  const last = m.key.split('.').pop() ?? '';
  if (/(?:^|[_-])subject$/i.test(last) || /\/email\/[\w-]*subject\.txt\b/.test(`${m.where ?? ''} ${m.context ?? ''}`)) return 'subject';
  if (/^(?:(?:default|mail|email|mailer)_)?(?:from|sender)_name$|^default_(?:from|sender)$/i.test(last)) return 'from_name';
  if (/^(?:from|sender)$/i.test(last) && /(?:^|[._])(?:mailers?|e?-?mails?|notifications?)(?:[._]|$)/i.test(m.key.slice(0, -last.length))) return 'from_name';
  return undefined;
}


/** Spans of ICU MessageFormat complex arguments (`{n, plural, …}`, `{g, select, …}`), braces balanced. */
export function icuSpans(text: string): Range[] {
  const spans: Range[] = [];
  const head = /\{\s*[\w.]+\s*,\s*(?:plural|select|selectordinal)\s*,/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    let depth = 0;
    let end = -1;
    for (let i = m.index; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) { end = i + 1; break; }
    }
    if (end < 0) break;
    spans.push({ start: m.index, end });
    head.lastIndex = end;
  }
  return spans;
}

/** HTML bodies (Spring mails, XLIFF targets) are read as HTML; Markdown (Lemmy's welcome post) as Markdown. */
function markupOf(text: string): 'html' | 'markdown' | 'plain' {
  if (/<(?:p|br|div|a|b|strong|em|i|ul|ol|li|h[1-6]|table|span|img)\b[^>]*>/i.test(text)) return 'html';
  if (/^#{1,6} \S|\*\*\S[^*]*\*\*|\[[^\]]+\]\([^)]+\)|^\s*[-*] \S/m.test(text)) return 'markdown';
  return 'plain';
}

/** Offsets in the linted text → the file; undefined when the range falls between two messages of a group. */
function fileRange(r: Range, spans: { m: CatalogMessage; offset: number }[]): { range: Range; span: { m: CatalogMessage; offset: number } } | undefined {
  const span = [...spans].reverse().find((s) => s.offset <= r.start);
  if (!span) return undefined;
  const { m, offset } = span;
  const s = r.start - offset;
  const e = r.end - offset;
  if (s > m.text.length || e > m.text.length) return undefined;
  const start = s < m.text.length ? m.starts[s] : m.endOffset;
  const end = e > s ? m.ends[e - 1] : start;
  return { range: { start, end }, span };
}

/** What a rewrite is checked against: the file parsed again, its messages by key (a catalog, or a survey's texts). */
export type Reparse = (text: string) => { messages: readonly { key: string; text: string }[] } | { error: string };

/** A finding in a message's text → the file, its rewrites escaped and proven by re-parsing (the survey layer too). */
export function mapFinding(f: Finding, spans: { m: CatalogMessage; offset: number }[], text: string, reparse: Reparse): Finding | undefined {
  const at = fileRange(f.range, spans);
  if (!at) return undefined;
  const suggestions: Suggestion[] = [];
  for (const sg of f.suggestions) {
    const s = mapSuggestion(sg, spans, at.span, text, reparse);
    if (s) suggestions.push(s);
  }
  return { ...f, range: at.range, actual: text.slice(at.range.start, at.range.end), suggestions, catalogKey: at.span.m.key };
}

function mapSuggestion(sg: Suggestion, spans: { m: CatalogMessage; offset: number }[], home: { m: CatalogMessage; offset: number }, text: string, reparse: Reparse): Suggestion | undefined {
  const edits: TextEdit[] = [];
  const local = new Map<CatalogMessage, TextEdit[]>();
  for (const e of sg.edits) {
    // An insertion right after a message (a signature appended) belongs to the message it follows.
    const at = e.range.start === e.range.end ? fileRange(e.range, spans) ?? undefined : fileRange(e.range, spans);
    if (!at) return undefined;
    const { m, offset } = at.span;
    if (!m.fixable) return undefined;
    if (m.contiguous) {
      for (let k = e.range.start - offset; k + 1 < e.range.end - offset; k++) if (m.ends[k] !== m.starts[k + 1]) return undefined;
    }
    const encoded = m.encode(e.text, { start: e.range.start - offset, end: e.range.end - offset });
    if (encoded === undefined) return undefined;
    edits.push({ range: at.range, text: encoded });
    local.set(m, [...(local.get(m) ?? []), { range: { start: e.range.start - offset, end: e.range.end - offset }, text: e.text }]);
  }
  void home;
  // A catalog string is filled in by code that passes a fixed set of arguments: a rewrite may move or drop the
  // placeholders it has, never add one (Rails raises MissingInterpolationArgument, Python a KeyError).
  for (const [m, es] of local) {
    const had = new Set(placeholders(m.text));
    if (placeholders(applyEdits(m.text, es).text).some((p) => !had.has(p))) return undefined;
  }
  // The proof: the fixed file parses, and each touched message reads exactly as the rewrite meant.
  const fixed = applyEdits(text, edits);
  if (fixed.skipped) return undefined;
  const again = reparse(fixed.text);
  if ('error' in again) return undefined;
  for (const [m, es] of local) {
    const want = applyEdits(m.text, es).text;
    if (!again.messages.some((n) => n.key === m.key && n.text === want)) return undefined;
  }
  return { title: sg.title, edits };
}
