/**
 * CSV translation catalogs: Magento's `i18n/fa_IR.csv` ("Original","Translated"[,"module","Magento_Sales"]), Frappe
 * and ERPNext's `translations/fa.csv` (source,translated,context). Each row is an entry: the first column is the
 * source text and the lookup key (as a gettext msgid), the second the message the reader gets; columns after it are
 * where the string is used. An untranslated row (no second column) is its English source.
 *
 * Read by a small RFC 4180 scanner rather than a library: the usual ones (csv-parse, papaparse) give values and
 * line numbers but not where each field's characters are, and every finding and rewrite must land on the exact
 * characters in the file. Quoted fields may hold commas, line breaks and doubled quotes (`""`).
 */
import { localeLanguage } from './locale';
import { MappedText, type Catalog, type CatalogMessage } from './types';

interface Field {
  mapped: MappedText;
  /** Where a rewrite appended at the end of the value lands: before the closing quote, or at the field's end. */
  end: number;
  quoted: boolean;
}

/** The rows of a CSV text, each a list of fields with their offset maps; an error names the line. */
export function scanCsv(text: string, separator = ','): Field[][] | { error: string } {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const atRowEnd = () => i >= text.length || text[i] === '\n' || text[i] === '\r';
  while (i <= text.length) {
    const mapped = new MappedText();
    let quoted = false;
    let end: number;
    if (text[i] === '"') {
      quoted = true;
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) return { error: `line ${startLine}: a quoted field is not closed` };
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') { mapped.push('"', i, i + 2); i += 2; continue; }
          break;
        }
        if (c === '\n') line++;
        mapped.copy(c, i);
        i++;
      }
      end = i;
      i++; // the closing quote
      // Only a separator or the row's end may follow a closing quote.
      if (!atRowEnd() && text[i] !== separator) return { error: `line ${line}: text after a closing quote` };
    } else {
      const start = i;
      while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
      mapped.copy(text.slice(start, i), start);
      end = i;
    }
    row.push({ mapped, end, quoted });
    if (text[i] === separator) { i++; continue; }
    // The row ends (or the text does).
    if (row.length > 1 || row[0].mapped.text !== '') rows.push(row);
    row = [];
    if (i >= text.length) break;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
  }
  return rows;
}

/** A replacement written for the field it lands in; an unquoted field cannot take a separator, a quote or a newline. */
function encodeFor(field: Field, separator: string): (s: string) => string | undefined {
  return (s) => (field.quoted ? s.replace(/"/g, '""') : s.includes(separator) || /["\r\n]/.test(s) ? undefined : s);
}

export function parseCsvCatalog(text: string, filePath = ''): Catalog | { error: string } {
  const rows = scanCsv(text);
  if ('error' in rows) return rows;
  const messages: CatalogMessage[] = [];
  // A header row (`source,translated,context`, `"Original","Translated"`) names columns, not a message.
  const first = rows[0]?.map((f) => f.mapped.text.trim().toLowerCase()) ?? [];
  const body = first.length >= 2 && /^(?:source|original|msgid|key|english|en|string)$/.test(first[0]) ? rows.slice(1) : rows;
  for (const row of body) {
    const [source, translated, ...where] = row;
    const key = source.mapped.text;
    if (!key.trim()) continue;
    const context = where.map((f) => f.mapped.text).filter(Boolean).join(' ');
    const own = translated && translated.mapped.text.trim() ? translated : undefined;
    const field = own ?? source;
    messages.push({
      key, text: field.mapped.text, starts: field.mapped.starts, ends: field.mapped.ends, endOffset: field.end,
      encode: encodeFor(field, ','),
      // The source column is the lookup key, as a msgid is: linted when nothing translates it, never rewritten.
      fixable: Boolean(own),
      context: context || undefined,
      ...(own ? {} : { language: 'en' as const }),
    });
  }
  const stem = (filePath.replace(/\\/g, '/').split('/').pop() ?? '').replace(/\.csv$/i, '');
  const language = localeLanguage(stem);
  return { kind: 'csv', messages, unmapped: [], ...(language ? { language } : {}) };
}

/** Whether a CSV text is a translation table: most of its first rows have two or more columns with letters in them. */
export function isTranslationCsv(text: string): boolean {
  const head = text.length <= 8192 ? text : text.slice(0, 8192).replace(/[^\n]*$/, '');
  const rows = scanCsv(head);
  // A table that starts as one but does not scan (an unclosed quote) is still a catalog: its error is reported then.
  if ('error' in rows) return text.length <= 8192 && /^\uFEFF?(?:"[^"\n]*"|[^,"\n]*\p{L}[^,"\n]*),/u.test(text);
  if (rows.length === 0) return false;
  const sample = rows.slice(0, 20);
  const pairs = sample.filter((r) => r.length >= 2 && /\p{L}/u.test(r[0].mapped.text));
  return pairs.length >= Math.max(1, Math.ceil(sample.length * 0.8));
}
