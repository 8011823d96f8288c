/**
 * gettext `.po`/`.pot` catalogs. `gettext-parser` (the usual npm library) returns values but no positions, so
 * this is a small positional tokenizer of the PO grammar: comments, `msgctxt`, `msgid`, `msgid_plural`,
 * `msgstr`/`msgstr[n]`, each a run of C-escaped "…" pieces that are concatenated. Obsolete `#~` entries are
 * skipped. The translation (msgstr) is the message; a msgid is the lookup key and is linted (in a .pot, or an
 * untranslated entry) but never rewritten.
 */
import { localeLanguage } from './locale';
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';

interface Field { keyword: string; mapped: MappedText; end: number; line: number }
interface Entry { start: number; comments: string[]; fields: Field[] }

const C_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };

export function parsePoCatalog(text: string, isTemplate: boolean): Catalog | { error: string } {
  const entries: Entry[] = [];
  let entry: Entry | undefined;
  let field: Field | undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  for (let n = 0; n < lineStarts.length; n++) {
    const ls = lineStarts[n];
    const le = n + 1 < lineStarts.length ? lineStarts[n + 1] - 1 : text.length;
    const line = text.slice(ls, le).replace(/\r$/, '');
    const trimmed = line.trim();
    if (!trimmed) { field = undefined; continue; }
    if (trimmed.startsWith('#')) {
      // A comment after an entry's strings (with or without a blank line between) opens the next entry.
      if (!entry || entry.fields.length > 0) { entry = { start: ls, comments: [], fields: [] }; entries.push(entry); }
      entry.comments.push(trimmed);
      field = undefined;
      continue;
    }
    const kw = /^\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(?=")/.exec(line);
    let at: number;
    if (kw) {
      if (kw[1] === 'msgid' || kw[1] === 'msgctxt') {
        const hasOwn = entry && entry.fields.length === 0;
        const ctxFirst = entry && entry.fields.length === 1 && entry.fields[0].keyword === 'msgctxt' && kw[1] === 'msgid';
        if (!hasOwn && !ctxFirst) { entry = { start: ls, comments: [], fields: [] }; entries.push(entry); }
      }
      if (!entry) return { error: `line ${n + 1}: ${kw[1]} outside an entry` };
      field = { keyword: kw[1], mapped: new MappedText(), end: 0, line: n };
      entry.fields.push(field);
      at = ls + kw[0].length;
    } else if (trimmed.startsWith('"') && field) {
      at = ls + line.indexOf('"');
    } else {
      return { error: `line ${n + 1}: expected msgid, msgstr or a "string", found ${JSON.stringify(trimmed.slice(0, 30))}` };
    }
    const close = readString(text, at, le, field.mapped);
    if (close < 0) return { error: `line ${n + 1}: unterminated string` };
    field.end = close;
  }

  let language: Catalog['language'];
  const messages: CatalogMessage[] = [];
  for (const e of entries) {
    const get = (k: string) => e.fields.find((f) => f.keyword === k);
    const id = get('msgid');
    if (!id) continue;
    if (id.mapped.text === '') {
      const m = /^Language:\s*([^\s\\]+)/m.exec(get('msgstr')?.mapped.text ?? '');
      if (m) language = localeLanguage(m[1]) ?? language;
      continue;
    }
    const ctx = get('msgctxt')?.mapped.text;
    const refs = e.comments.filter((c) => c.startsWith('#:')).map((c) => c.slice(2).trim()).join(' ');
    const flags = e.comments.filter((c) => c.startsWith('#,')).join(' ');
    const key = (ctx ? ctx + '|' : '') + id.mapped.text;
    const disabled = disabledByComments(text, e.fields[0] ? lineStartOf(lineStarts, e.fields[0].line) : e.start, /^#[.]?\s*(.*)$/);
    const context = [ctx, refs && '#: ' + refs, flags].filter(Boolean).join(' ');
    const strs = e.fields.filter((f) => f.keyword.startsWith('msgstr') && f.mapped.text.trim());
    if (strs.length && !isTemplate) {
      for (const s of strs) messages.push(message(key + (s.keyword === 'msgstr' ? '' : s.keyword.slice(6)), s, true, disabled, context));
    } else {
      // Nothing translated (or a template): the English source is what a reader gets.
      messages.push({ ...message(key, id, false, disabled, context), language: 'en' });
      const plural = get('msgid_plural');
      if (plural) messages.push({ ...message(key + '[plural]', plural, false, disabled, context), language: 'en' });
    }
  }
  return { kind: 'po', messages, unmapped: [], language };
}

function lineStartOf(lineStarts: number[], line: number): number {
  return lineStarts[line];
}

function message(key: string, f: Field, fixable: boolean, disabled: CatalogMessage['disabled'], context: string): CatalogMessage {
  // Only a `#:` reference names a file; `#, fuzzy` alone is a flag.
  const firstRef = context.includes('#:') ? /^(\S+?)(?::\d+)?(?:\s|$)/.exec(context.replace(/^.*?#:/, '').trim())?.[1] : undefined;
  return {
    key, text: f.mapped.text, starts: f.mapped.starts, ends: f.mapped.ends, endOffset: f.end, encode: escapePo, fixable, disabled, context,
    // A msgid that is a dotted key (PKP's `emails.submissionAck.body`) is grouped by its key like any keyed catalog; a
    // sentence msgid is an entry of its own.
    where: context, group: firstRef && /\//.test(firstRef) ? mailGroup(firstRef) : DOTTED_KEY.test(key) ? undefined : `entry:${key}`,
    part: firstRef?.split('/').pop()?.replace(/\.[^.]*$/, ''),
  };
}

const DOTTED_KEY = /^[A-Za-z][\w-]*(?:\.[\w-]+)+$/;

/**
 * The email a template file belongs to: Django's `x_subject.txt` and `x_message.txt` (allauth) are one mail, `x`,
 * marked `#mail` so the grouping knows it is one.
 */
function mailGroup(ref: string): string {
  const m = /^(.*)_(?:subject|message|body)\.(?:txt|html)$/.exec(ref);
  return m ? `${m[1]}#mail` : ref;
}

/** Reads one "…" starting at `at` (the quote) into `out`; returns the offset of the closing quote, or -1. */
function readString(text: string, at: number, lineEnd: number, out: MappedText): number {
  let i = at + 1;
  while (i < lineEnd) {
    const c = text[i];
    if (c === '"') return /^\s*(?:#.*)?$/.test(text.slice(i + 1, lineEnd).replace(/\r$/, '')) ? i : -1;
    if (c === '\\') {
      const e = text[i + 1];
      if (e in C_ESCAPES) { out.push(C_ESCAPES[e], i, i + 2); i += 2; continue; }
      const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (oct) { out.push(String.fromCharCode(parseInt(oct[0], 8)), i, i + 1 + oct[0].length); i += 1 + oct[0].length; continue; }
      const hex = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i + 1, i + 4));
      if (hex) { out.push(String.fromCharCode(parseInt(hex[1], 16)), i, i + 1 + hex[0].length); i += 1 + hex[0].length; continue; }
      return -1;
    }
    out.copy(c, i);
    i++;
  }
  return -1;
}

export function escapePo(s: string): string {
  return s.replace(/[\\"\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\' + c));
}
