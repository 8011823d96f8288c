/**
 * Rails-style YAML catalogs, parsed with `yaml` (already a dependency) keeping its source tokens. The library
 * gives each scalar's raw source and style but not where each character of the value came from, so each style
 * is decoded here with an offset map (folding, `''`, backslash escapes, block indentation and chomping) and the
 * result is checked against the library's own value: a string where the two disagree is skipped, never guessed.
 */
import type { Node, Scalar } from 'yaml';
import { onFirstUse } from '../lazy';
import { localeLanguage } from './locale';
import { disabledByComments, MappedText, type Catalog, type CatalogMessage } from './types';
import type { Language } from '../types';

const yaml = onFirstUse('yaml', () => require('yaml') as typeof import('yaml'));

type Token = { type: string; offset: number; source: string; props?: { type: string; offset: number; source: string }[] };

export function parseYamlCatalog(text: string): Catalog | { error: string } {
  const { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, strict: false });
  if (doc.errors.length) return { error: doc.errors[0].message.split('\n')[0] };
  const messages: CatalogMessage[] = [];
  const unmapped: string[] = [];
  let rootLanguage: Language | 'other' | undefined;
  const visit = (node: Node | null | undefined, path: string[], language: Language | 'other' | undefined): void => {
    if (!node || isAlias(node)) return; // an alias repeats its anchor's text, which is linted where it is written
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (key === '<<') continue;
        let lang = language;
        if (path.length === 0) {
          const l = localeLanguage(key);
          if (l) { lang = l; rootLanguage ??= l; }
        }
        visit(pair.value as Node, [...path, key], lang);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as Node, [...path, String(i)], language));
    } else if (isScalar(node) && typeof node.value === 'string' && node.value.trim()) {
      const key = path.join('.');
      const m = scalarMessage(text, node, key);
      if (!m) { unmapped.push(key); return; }
      if (language && language !== 'other') m.language = language;
      messages.push(m);
    }
  };
  visit(doc.contents as Node, [], undefined);
  return { kind: 'yaml', messages, unmapped, language: rootLanguage };
}

function scalarMessage(text: string, node: Scalar, key: string): CatalogMessage | undefined {
  const tok = node.srcToken as Token | undefined;
  if (!tok) return undefined;
  const value = String(node.value);
  let mapped: MappedText | undefined;
  let endOffset = 0;
  let encode: CatalogMessage['encode'];
  if (tok.type === 'block-scalar') {
    const nl = tok.props?.find((p) => p.type === 'newline');
    if (!nl) return undefined;
    const bodyStart = nl.offset + nl.source.length;
    const header = tok.props?.find((p) => p.type === 'block-scalar-header')?.source ?? '|';
    const r = decodeBlock(text, bodyStart, tok.source, header);
    if (!r) return undefined;
    mapped = r.mapped;
    endOffset = r.contentEnd;
    encode = blockSafe(value, header.startsWith('|'), r.indent);
  } else {
    const quote = tok.type === 'double-quoted-scalar' ? '"' : tok.type === 'single-quoted-scalar' ? "'" : '';
    const inner = quote ? tok.source.slice(1, -1) : tok.source;
    const start = tok.offset + (quote ? 1 : 0);
    mapped = decodeFlow(inner, start, quote);
    endOffset = start + inner.length;
    encode = quote === '"' ? escapeDouble : quote === "'" ? (s) => (/[\n\r]/.test(s) ? undefined : s.replace(/'/g, "''")) : plainSafe(mapped.text);
  }
  if (!mapped) return undefined;
  if (mapped.text !== value) {
    // Chomping and trailing line breaks: the library's value is a prefix followed only by line breaks.
    if (value.length < mapped.text.length && mapped.text.startsWith(value) && /^\n+$/.test(mapped.text.slice(value.length))) mapped.truncate(value.length);
    else return undefined;
  }
  return {
    key, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset, encode, fixable: true,
    disabled: disabledByComments(text, keyLineOffset(text, tok.offset), /^#\s*(.*)$/),
  };
}

/** The line of the key: for a block scalar or a value on the key's line, the line the token starts on. */
function keyLineOffset(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function escapeDouble(s: string): string {
  return s.replace(/[\\"\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case '"': return '\\"';
      case '\n': return '\\n';
      case '\t': return '\\t';
      case '\r': return '\\r';
      default: return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    }
  });
}

/**
 * A block scalar holds a rewrite that keeps its shape: the trailing line breaks (chomping) untouched, no new
 * leading space on the first line (it would set the indentation), and for a folded scalar no new line breaks
 * or indented lines (they change the folding). New lines in a literal scalar are indented like the others.
 */
function blockSafe(value: string, literal: boolean, indent: number) {
  const tail = /\n*$/.exec(value)![0].length;
  return (s: string, at: { start: number; end: number }): string | undefined => {
    const content = value.length - tail;
    if (at.end > content) return undefined;
    const next = value.slice(0, at.start) + s + value.slice(at.end, content);
    if (!next.trim() || /^[ \t]|\n$|\r|[ \t]$/.test(next) || /[ \t]\n/.test(s)) return undefined;
    if (!literal && (/[\n\t]/.test(s) || /\n[ \t]/.test(next) || /  /.test(s))) return undefined;
    return s.replace(/\n/g, '\n' + ' '.repeat(indent));
  };
}

/** A plain scalar holds a rewrite only when the whole new value is still the same plain string. */
function plainSafe(value: string) {
  return (s: string, at: { start: number; end: number }): string | undefined => {
    const next = value.slice(0, at.start) + s + value.slice(at.end);
    if (!next || /[\n\r\t]|:(?:\s|$)|\s#|^\s|\s$/.test(next)) return undefined;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(next)) return undefined;
    if (/^(?:true|false|null|yes|no|on|off|~|[-+.]?\d[\d._eE:+-]*)$/i.test(next)) return undefined;
    return s;
  };
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** Plain, single- and double-quoted scalars: YAML line folding plus the quoting style's escapes. */
function decodeFlow(src: string, base: number, quote: string): MappedText {
  const out = new MappedText();
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      // A run of white space: folded if it holds a line break, kept otherwise.
      let j = i;
      while (j < src.length && /[ \t\r\n]/.test(src[j])) j++;
      const run = src.slice(i, j);
      const breaks = (run.match(/\n/g) ?? []).length;
      if (breaks === 0) out.copy(run, base + i);
      else if (breaks === 1) out.push(' ', base + i, base + j);
      else out.push('\n'.repeat(breaks - 1), base + i, base + j);
      i = j;
      continue;
    }
    if (quote === "'" && c === "'" && src[i + 1] === "'") { out.push("'", base + i, base + i + 2); i += 2; continue; }
    if (quote === '"' && c === '\\') {
      const e = src[i + 1];
      if (e === '\n' || e === '\r') {
        // Escaped line break: joined without a space, the next line's indentation dropped.
        let j = i + 1;
        while (j < src.length && /[ \t\r\n]/.test(src[j])) j++;
        i = j;
        continue;
      }
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex) {
        const digits = src.slice(i + 2, i + 2 + hex);
        const cp = parseInt(digits, 16);
        if (digits.length !== hex || Number.isNaN(cp)) { out.copy(c, base + i); i++; continue; }
        out.push(String.fromCodePoint(cp), base + i, base + i + 2 + hex);
        i += 2 + hex;
        continue;
      }
      if (e !== undefined && e in ESCAPES) { out.push(ESCAPES[e], base + i, base + i + 2); i += 2; continue; }
    }
    out.copy(c, base + i);
    i++;
  }
  return out;
}

/** Block scalars (`|` literal, `>` folded): indentation stripped; all trailing breaks kept (chomping is applied by the caller). */
function decodeBlock(text: string, bodyStart: number, body: string, header: string): { mapped: MappedText; contentEnd: number; indent: number } | undefined {
  const lines: { start: number; text: string; nl: number }[] = [];
  let at = 0;
  while (at < body.length) {
    const nl = body.indexOf('\n', at);
    const end = nl < 0 ? body.length : nl;
    lines.push({ start: bodyStart + at, text: body.slice(at, end), nl: nl < 0 ? -1 : bodyStart + nl });
    at = nl < 0 ? body.length : nl + 1;
  }
  const explicit = /\d/.exec(header);
  const first = lines.find((l) => l.text.trim());
  if (!first) return undefined;
  let indent = /^ */.exec(first.text)![0].length;
  if (explicit) {
    // The indicator counts from the parent's indentation, which is the key's column.
    const lineStart = text.lastIndexOf('\n', bodyStart - 2) + 1;
    indent = /^ */.exec(text.slice(lineStart))![0].length + Number(explicit[0]);
  }
  const folded = header.startsWith('>');
  const out = new MappedText();
  let contentEnd = bodyStart;
  let prevMoreIndented = true; // no folding before the first line
  let pendingBreak: { start: number; end: number } | undefined;
  let blankRun: { start: number; end: number }[] = [];
  for (const line of lines) {
    const content = line.text.length > indent ? line.text.slice(indent) : '';
    const blank = line.text.trim() === '' ;
    if (blank) {
      if (line.nl >= 0) blankRun.push({ start: line.nl, end: line.nl + 1 });
      continue;
    }
    const moreIndented = /^[ \t]/.test(content);
    if (pendingBreak) {
      // The last break before a line also covers that line's indentation: deleting it joins the lines cleanly.
      const last = blankRun.length ? blankRun[blankRun.length - 1] : pendingBreak;
      last.end = line.start + indent;
      if (folded && !prevMoreIndented && !moreIndented) {
        if (blankRun.length === 0) out.push(' ', pendingBreak.start, pendingBreak.end);
        else for (const b of blankRun) out.push('\n', b.start, b.end);
      } else {
        out.push('\n', pendingBreak.start, pendingBreak.end);
        for (const b of blankRun) out.push('\n', b.start, b.end);
      }
    }
    blankRun = [];
    out.copy(content, line.start + indent);
    contentEnd = line.start + indent + content.length;
    pendingBreak = line.nl >= 0 ? { start: line.nl, end: line.nl + 1 } : undefined;
    prevMoreIndented = moreIndented;
  }
  if (pendingBreak) out.push('\n', pendingBreak.start, pendingBreak.end);
  for (const b of blankRun) out.push('\n', b.start, b.end);
  return { mapped: out, contentEnd, indent };
}
