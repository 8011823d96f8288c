/**
 * The shapes of the catalog layer: a catalog file (Rails YAML, i18next JSON, gettext .po, Java .properties) is
 * read into messages, each a string with its key, its language and a map from every UTF-16 unit of the
 * unescaped text back to the exact file offsets of the source that produced it (quotes, escapes, folding).
 */
import type { Language } from '../types';

export type CatalogKind = 'yaml' | 'json' | 'po' | 'properties' | 'xliff' | 'php' | 'odoo' | 'ini' | 'sql' | 'csv' | 'js' | 'python';

export interface CatalogMessage {
  /** Key path joined with dots (`en.user_mailer.welcome.body`); for .po the msgctxt and msgid. */
  key: string;
  /** The unescaped text the application shows. */
  text: string;
  /** For each UTF-16 unit of `text`: the file offsets [start, end) of the source that produced it. */
  starts: number[];
  ends: number[];
  /** File offset where an insertion at the end of `text` lands (before the closing quote). */
  endOffset: number;
  /** Escapes a replacement for where it lands; undefined when the format cannot hold it safely (no fix offered). */
  encode: (replacement: string, at: { start: number; end: number }) => string | undefined;
  /** Rules switched off by a comment before the entry; 'all' for a bare `warmly-disable`. */
  disabled?: string[] | 'all';
  /** A rewrite may only cover characters that sit side by side in the file (XLIFF: never across an inline tag). */
  contiguous?: boolean;
  /** The message may be rewritten in place (false for gettext msgids: they are lookup keys). */
  fixable: boolean;
  /** What decides whether the entry is a message, instead of the key (.po: msgctxt and references, not the msgid). */
  where?: string;
  /** The email the entry is part of, when the format says so (.po: the template file of its first reference). */
  group?: string;
  /** What part of its email the entry is, when the key does not say (.po: the template file's name). */
  part?: string;
  /** Where the entry is used (.po references and flags), read when deciding whether it is an email. */
  context?: string;
  /** Language from a per-entry source (the YAML root key); the catalog's language otherwise. */
  language?: Language;
}

export interface Catalog {
  kind: CatalogKind;
  messages: CatalogMessage[];
  /** From the file: `Language:` header, root key, file or folder name. 'other' = a locale Warmly has no rules for. */
  language?: Language | 'other';
  /** Strings that could not be mapped exactly (decoder and library disagreed): skipped, counted. */
  unmapped: string[];
}

/** Builds a message's text and offset map one source span at a time. */
export class MappedText {
  text = '';
  starts: number[] = [];
  ends: number[] = [];
  push(chars: string, start: number, end: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) { this.starts.push(start); this.ends.push(end); }
  }
  /** The source run [start, start + chars.length) copied verbatim, one unit per offset. */
  copy(chars: string, start: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) { this.starts.push(start + i); this.ends.push(start + i + 1); }
  }
  truncate(length: number): void {
    this.text = this.text.slice(0, length);
    this.starts.length = length;
    this.ends.length = length;
  }
}

/** Comment lines right above `offset`'s line that switch rules off: `warmly-disable-next-line [rule, …]`. */
export function disabledByComments(text: string, offset: number, comment: RegExp): string[] | 'all' | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let out: string[] | 'all' | undefined;
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    const m = comment.exec(line);
    if (!m) break;
    const d = /warmly-disable(?:-next-line|-line)?\b(.*)$/.exec(m[1] ?? line);
    if (d) {
      const ids = d[1].split(/[\s,]+/).map((s) => s.trim()).filter((s) => /^[a-z][a-z-]*$/.test(s));
      if (ids.length === 0) return 'all';
      out = [...(out === undefined ? [] : out === 'all' ? [] : out), ...ids];
    }
    lineStart = prevStart;
  }
  return out;
}
