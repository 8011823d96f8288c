/**
 * XLIFF 1.2 (`<trans-unit><source/><target/>`, Symfony translations) and 2.0 (`<unit><segment>`), read with
 * htmlparser2 in XML mode (already a dependency): it streams text in source order and hands each entity and
 * CDATA section over with its own source span, so every character maps back exactly. The target is the message
 * (the source when a unit has none); inline elements (`<g>`, `<x/>`, `<ph>`) are kept out of the text, and a
 * rewrite that would span one is not offered.
 */
import { onFirstUse } from '../lazy';
import { localeLanguage } from './locale';
import { MappedText, type Catalog, type CatalogMessage } from './types';

const htmlparser2 = onFirstUse('htmlparser2', () => require('htmlparser2') as typeof import('htmlparser2'));

export function parseXliffCatalog(text: string): Catalog | { error: string } {
  const messages: CatalogMessage[] = [];
  let language: Catalog['language'];
  let unit: { id: string; source?: Piece; target?: Piece } | undefined;
  let current: Piece | undefined;
  let depth = 0; // elements open inside the current source/target
  let cdata = false;
  let broken: string | undefined;
  const stack: string[] = [];
  const { Parser } = htmlparser2();
  const parser = new Parser({
    onopentag(name, attribs) {
      stack.push(name);
      if (name === 'xliff' && attribs.trgLang) language = localeLanguage(attribs.trgLang) ?? language;
      if (name === 'file' && attribs['target-language']) language = localeLanguage(attribs['target-language']) ?? language;
      if (name === 'trans-unit' || name === 'unit') unit = { id: attribs.resname || attribs.id || attribs.name || '' };
      else if ((name === 'source' || name === 'target') && unit && !current) {
        current = { mapped: new MappedText(), end: 0, inline: false, cdata: false };
        if (name === 'source') unit.source ??= current; else unit.target ??= current;
        depth = 0;
      } else if (current) { depth++; current.inline = true; }
    },
    onclosetag(name) {
      if (stack.pop() !== name) broken ??= `</${name}> does not close the open element`;
      if (current && depth === 0 && (name === 'source' || name === 'target')) {
        current.end = parser.startIndex;
        current = undefined;
      } else if (current) depth--;
      if ((name === 'trans-unit' || name === 'unit') && unit) {
        const piece = unit.target && unit.target.mapped.text.trim() ? unit.target : unit.source;
        if (piece && piece.mapped.text.trim()) {
          messages.push({
            key: unit.id, text: piece.mapped.text, starts: piece.mapped.starts, ends: piece.mapped.ends, endOffset: piece.end,
            encode: (s) => (piece.cdata ? undefined : escapeXml(s)), fixable: !piece.cdata, contiguous: true,
          });
        }
        unit = undefined;
      }
    },
    oncdatastart() { cdata = true; if (current) current.cdata = true; },
    oncdataend() { cdata = false; },
    ontext(data) {
      if (!current) return;
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      if (cdata) current.mapped.copy(data, start + 9);
      else if (end - start === data.length && text.slice(start, end) === data) current.mapped.copy(data, start);
      else current.mapped.push(data, start, end); // an entity: every character it stands for maps to all of it
    },
    onerror(e) { broken ??= e.message; },
  }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  parser.write(text);
  parser.end();
  if (broken) return { error: broken };
  if (stack.length) return { error: `<${stack[stack.length - 1]}> is never closed` };
  return { kind: 'xliff', messages, unmapped: [], language };
}

interface Piece { mapped: MappedText; end: number; inline: boolean; cdata: boolean }

export function escapeXml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
