/**
 * Java `.properties` bundles (Spring MessageSource, Keycloak themes): a small tokenizer of the format as
 * `java.util.Properties.load` reads it — `#`/`!` comments, `key=value`, `key: value` or `key value`, line
 * continuations with a trailing backslash (the next line's indentation dropped) and `\uXXXX`/`\t`/`\n` escapes.
 * No npm library gives positions for this format, and the grammar is a page long.
 */
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';

export function parsePropertiesCatalog(text: string): Catalog {
  // A bundle written ASCII-only with \uXXXX escapes (the pre-Java-9 convention) gets its fixes escaped too.
  const asciiOnly = !/[^\x00-\x7f]/.test(text) && /\\u[0-9a-fA-F]{4}/.test(text);
  const messages: CatalogMessage[] = [];
  let i = 0;
  while (i < text.length) {
    const lineStart = i;
    while (i < text.length && /[ \t\f]/.test(text[i])) i++;
    if (i >= text.length) break;
    if (text[i] === '\n' || text[i] === '\r') { i = skipBreak(text, i); continue; }
    if (text[i] === '#' || text[i] === '!') { i = lineEndOf(text, i); i = skipBreak(text, i); continue; }
    // The key, up to an unescaped separator.
    const key = new MappedText();
    i = readRun(text, i, key, true);
    while (i < text.length && /[ \t\f]/.test(text[i])) i++;
    if (text[i] === '=' || text[i] === ':') i++;
    while (i < text.length && /[ \t\f]/.test(text[i])) i++;
    const value = new MappedText();
    const lineStarts = [0];
    i = readRun(text, i, value, false, lineStarts);
    const endOffset = i;
    i = skipBreak(text, i);
    if (!value.text.trim()) continue;
    messages.push({
      key: key.text, text: value.text, starts: value.starts, ends: value.ends, endOffset, fixable: true,
      encode: (s, at) => {
        // White space at the start of a physical line is dropped by the reader: written escaped there.
        const atLineStart = lineStarts.includes(at.start);
        if (atLineStart && !s && /^[ \t\f]/.test(value.text.slice(at.end))) return undefined;
        return escapeProperties(s, asciiOnly, atLineStart);
      },
      disabled: disabledByComments(text, lineStart, /^[#!]\s*(.*)$/),
    });
  }
  return { kind: 'properties', messages, unmapped: [] };
}

function lineEndOf(text: string, i: number): number {
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function skipBreak(text: string, i: number): number {
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return text[i] === '\n' || text[i] === '\r' ? i + 1 : i;
}

const SIMPLE: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

/** A key (ends at an unescaped `=`, `:` or white space) or a value (ends at the end of the logical line). */
function readRun(text: string, i: number, out: MappedText, isKey: boolean, lineStarts: number[] = []): number {
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r') return i;
    if (isKey && /[=: \t\f]/.test(c)) return i;
    if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) return i + 1;
      if (e === '\n' || e === '\r') {
        // Continuation: the break and the next line's leading white space vanish.
        let j = skipBreak(text, i + 1);
        while (j < text.length && /[ \t\f]/.test(text[j])) j++;
        i = j;
        lineStarts.push(out.text.length);
        continue;
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
        i += 6;
        continue;
      }
      out.push(SIMPLE[e] ?? e, i, i + 2);
      i += 2;
      continue;
    }
    out.copy(c, i);
    i++;
  }
  return i;
}

export function escapeProperties(s: string, asciiOnly: boolean, atValueStart: boolean): string {
  let out = s.replace(/[\\\n\r\t\f]/g, (c) => (c === '\\' ? '\\\\' : '\\' + ({ '\n': 'n', '\r': 'r', '\t': 't', '\f': 'f' } as Record<string, string>)[c]));
  if (asciiOnly) out = out.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  if (atValueStart) out = out.replace(/^[ \t\f]/, (c) => '\\' + c);
  return out;
}
