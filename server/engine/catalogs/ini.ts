/**
 * Joomla language files (`language/fa-IR/fa-IR.com_users.ini`): `KEY="value"` lines, `;` comments and `[section]`
 * headers. Joomla reads a value with `"_QQ_"` (Joomla 3) or `\"` (Joomla 4) for a double quote and turns `\n` into
 * a line break when the string is printed (its Text::_ interprets backslashes), so an email body is one line of the
 * file. Values are mapped character by character; a rewrite is written back with the file's own quote convention.
 * PHP's parse_ini_string gives no positions, and the grammar Joomla uses is this small.
 */
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';

const LINE = /^([ \t]*)([A-Za-z0-9_.\-]+)[ \t]*=[ \t]*"/;

export function parseIniCatalog(text: string): Catalog | { error: string } {
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  // Joomla 3 files escape a quote as "_QQ_"; Joomla 4 files as \". A rewrite follows the file.
  const qq = text.includes('"_QQ_"');
  let pairs = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const m = LINE.exec(line);
    if (m) {
      pairs++;
      const open = lineStart + m[0].length;
      const close = lineStart + line.lastIndexOf('"');
      if (close < open) unmapped.push(m[2]);
      else {
        const value = decode(text, open, close);
        if (value.text.trim())
          messages.push({
            key: m[2], text: value.text, starts: value.starts, ends: value.ends, endOffset: close, fixable: true,
            encode: (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/"/g, qq ? '"_QQ_"' : '\\"'),
            disabled: disabledByComments(text, lineStart, /^;\s*(.*)$/),
          });
      }
    } else if (line.trim() && !/^\s*[;#[]/.test(line)) {
      return { error: `line ${text.slice(0, lineStart).split('\n').length} is not KEY="value", a ; comment or a [section]` };
    }
    lineStart = lineEnd + 1;
  }
  if (!pairs) return { error: 'no KEY="value" lines' };
  return { kind: 'ini', messages, unmapped };
}

/** A value's text: `"_QQ_"` and `\"` are quotes, `\n` and `\t` breaks and tabs, `\\` a backslash; the rest as written. */
function decode(text: string, from: number, to: number): MappedText {
  const out = new MappedText();
  let i = from;
  while (i < to) {
    if (text.startsWith('"_QQ_"', i)) { out.push('"', i, i + 6); i += 6; continue; }
    if (text[i] === '\\' && i + 1 < to) {
      const e = text[i + 1];
      const simple = e === 'n' ? '\n' : e === 't' ? '\t' : e === '"' ? '"' : e === '\\' ? '\\' : undefined;
      if (simple !== undefined) { out.push(simple, i, i + 2); i += 2; continue; }
    }
    out.copy(text[i], i);
    i++;
  }
  return out;
}

/** Whether an `.ini` file is a language file: its first lines are comments, sections or `KEY="value"` pairs. */
export function isLanguageIni(text: string): boolean {
  let pairs = 0;
  for (const line of text.slice(0, 8192).split(/\r?\n/).slice(0, 60)) {
    if (!line.trim() || /^\s*[;#[]/.test(line)) continue;
    if (!LINE.test(line)) return false;
    pairs++;
  }
  return pairs > 0;
}
