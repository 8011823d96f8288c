/**
 * Email templates seeded by SQL (HelpDeskZ's `install/*.sql`, OpenCATS's `db/cats_schema.sql`): `INSERT INTO
 * emails_tpl (id, subject, message) VALUES ('autoresponse', '…', '<p>Dear %client_name%,</p>\r\n…'), (…);`. Each
 * row is one email: its string columns become entries keyed `table.row.column` (the row named by its first value),
 * so the subject and the body of a row are one letter (select.ts groups by the parent key). Only tables whose name
 * says mail, templates, notifications, SMS or messages are read; a dump of other data is no catalog. Strings are
 * decoded as MySQL reads them (`\r\n`, `\'`, `\\`, `''`) and mapped back character by character; a rewrite is written
 * back escaped for a single-quoted literal. No SQL library reports string offsets, and INSERT … VALUES is this small.
 */
import { MappedText, type Catalog, type CatalogMessage } from './types';

/** A table whose rows are messages: `emails_tpl`, `email_template`, `{{db_prefix}}mail_templates`, `sms_texts`. */
export const MESSAGE_TABLE = /(?:e?-?mails?|templates?|tpl|notifications?|notify|sms|messages?|letters?)/i;
const INSERT = /\bINSERT\s+(?:IGNORE\s+)?INTO\s+((?:[`"[][^`"\]\n]{1,80}[`"\]]|[\w{}$.-]{1,80})(?:\.(?:[`"[][^`"\]\n]{1,80}[`"\]]|[\w{}$-]{1,80}))?)\s*(\(([^()]{0,2000})\))?\s*VALUES\s*/gi;
/** Columns that name or describe a template for the admin, never text the reader gets. */
const ADMIN_COLUMN = /^(?:id|name|title|description|tag|label|type|status|key|slug|code|lang|language|locale|comment|comments|notes?|possible_variables|variables|category|module|event|position|site_id|last_update|created_at|updated_at)$/i;

export function parseSqlCatalog(text: string): Catalog | { error: string } {
  const messages: CatalogMessage[] = [];
  let inserts = 0;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
    const table = m[1].replace(/[`"[\]]/g, '').replace(/\{\{[^}]*\}\}|\$\{[^}]*\}/g, '').split('.').pop() ?? '';
    if (!MESSAGE_TABLE.test(table)) continue;
    inserts++;
    const columns = m[3]?.split(',').map((c) => c.trim().replace(/[`"[\]]/g, '')) ?? [];
    let i = m.index + m[0].length;
    for (let row = 0; ; row++) {
      i = skipSpace(text, i);
      if (text[i] !== '(') break;
      const values = readTuple(text, i + 1);
      if (!values) return { error: `an unclosed row in INSERT INTO ${table}` };
      const first = values.items[0];
      // The row is named by its first value, or, when that is generated (`NEWID()`, NULL), by a code or name column.
      const named = columns.findIndex((c) => /^(?:code|name|key|slug|event|template(?:_?(?:id|code|name|key))?)$/i.test(c) && /^[\w.-]{1,60}$/.test(values.items[columns.indexOf(c)]?.text?.text ?? ''));
      const rowName = first && first.text !== undefined && /^[\w.-]{1,60}$/.test(first.text.text) ? first.text.text : first?.raw && /^\d{1,12}$/.test(first.raw) ? first.raw : named >= 0 ? values.items[named].text!.text : String(row + 1);
      values.items.forEach((v, c) => {
        if (!v.text || c === 0) return;
        const column = columns[c] ?? `col${c + 1}`;
        // A subject may be one word and a placeholder; any other string is text when it has two words.
        if (ADMIN_COLUMN.test(column) || !(/subject/i.test(column) ? /\p{L}/u : /\p{L}{2,}\s+\p{L}/u).test(v.text.text)) return;
        const crlf = /\\r\\n/.test(text.slice(v.open, v.close));
        messages.push({
          key: `${table}.${rowName}.${column}`, text: v.text.text, starts: v.text.starts, ends: v.text.ends, endOffset: v.close, fixable: true,
          encode: (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r?\n/g, crlf ? '\\r\\n' : '\\n').replace(/\t/g, '\\t'),
        });
      });
      i = skipSpace(text, values.end);
      if (text[i] === ',') { i++; continue; }
      break;
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, i);
  }
  if (!inserts) return { error: 'no INSERT INTO a table of emails, templates, notifications or messages' };
  return { kind: 'sql', messages, unmapped: [] };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

interface SqlValue {
  raw?: string;
  text?: MappedText;
  open: number;
  close: number;
}

/** The values of one `( … )` row from just after its `(`: quoted strings decoded, the rest kept raw. */
function readTuple(text: string, from: number): { items: SqlValue[]; end: number } | undefined {
  const items: SqlValue[] = [];
  let i = from;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    // SQL Server's `N'…'` and PostgreSQL's `E'…'`: a prefixed string literal is a string all the same.
    const prefixed = /[NnEe]/.test(text[i]) && text[i + 1] === "'" ? 1 : 0;
    const c = text[i + prefixed];
    if (c === "'" || c === '"') {
      const s = readString(text, i + prefixed + 1, c);
      if (!s) return undefined;
      items.push({ text: s.text, open: i + prefixed + 1, close: s.close });
      i = s.close + 1;
      // PostgreSQL's cast after a literal: `'email_notification'::template_type` (Libredesk's seed data).
      const cast = /^\s*::\s*(?:"[^"\n]{1,80}"|[\w.]{1,80})(?:\s*\[\])?/.exec(text.slice(i, i + 200));
      if (cast) i += cast[0].length;
    } else {
      // A number, NULL, or a call such as NOW(): up to the next comma or the row's `)` at depth 0.
      let depth = 0;
      const start = i;
      while (i < text.length && (depth > 0 || (text[i] !== ',' && text[i] !== ')'))) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
        else if (text[i] === "'" || text[i] === '"') {
          const s = readString(text, i + 1, text[i]);
          if (!s) return undefined;
          i = s.close;
        }
        i++;
      }
      items.push({ raw: text.slice(start, i).trim(), open: start, close: i });
    }
    i = skipSpace(text, i);
    if (text[i] === ',') { i++; continue; }
    if (text[i] === ')') return { items, end: i + 1 };
    return undefined;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', "'": "'", '"': '"', '\\': '\\', Z: '\x1a', b: '\b' };

/** A MySQL string literal's text from after its opening quote: backslash escapes and a doubled quote decoded. */
function readString(text: string, from: number, quote: string): { text: MappedText; close: number } | undefined {
  const out = new MappedText();
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      const e = ESCAPES[text[i + 1]];
      // `\r\n` is one line break to the reader.
      if (text[i + 1] === 'r' && text[i + 2] === '\\' && text[i + 3] === 'n') { out.push('\n', i, i + 4); i += 4; continue; }
      if (e !== undefined) { out.push(e, i, i + 2); i += 2; continue; }
      out.copy(text[i + 1], i + 1);
      i += 2;
      continue;
    }
    if (c === quote) {
      if (text[i + 1] === quote) { out.push(quote, i, i + 2); i += 2; continue; }
      return { text: out, close: i };
    }
    out.copy(c, i);
    i++;
  }
  return undefined;
}
