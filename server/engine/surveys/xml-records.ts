/**
 * Records of an XML survey file (LimeSurvey's `<row>`s, Odoo's `<record>`s), each a set of named fields with the
 * exact offsets of their text. fast-xml-parser's validator decides whether the file is well-formed (the one-line
 * error when it is not); htmlparser2 in XML mode then streams it with offsets, entities and CDATA sections handed
 * over with their own spans, as the XLIFF catalog reader does. A field holding elements (Odoo's HTML
 * descriptions) is kept as its source, read later as HTML.
 */
import { onFirstUse } from '../lazy';
import { escapeXml } from '../catalogs/xliff';
import type { Range } from '../types';
import { makeText, MappedText, verbatim } from './text';
import type { SurveyText } from './types';

const fastXmlParser = onFirstUse('fast-xml-parser', () => require('fast-xml-parser') as typeof import('fast-xml-parser'));
const htmlparser2 = onFirstUse('htmlparser2', () => require('htmlparser2') as typeof import('htmlparser2'));

export interface XmlField extends Range {
  attribs: Record<string, string>;
  mapped: MappedText;
  cdata: boolean;
  /** The field holds elements (HTML): `mapped` is its source verbatim. */
  markup: boolean;
}

export interface XmlRecord extends Range {
  /** LimeSurvey: the table (`questions`, `answers`); Odoo: the model (`survey.question`). */
  table: string;
  attribs: Record<string, string>;
  fields: Map<string, XmlField>;
}

export interface RecordShape {
  /** The table of a record element, or undefined when the element is not a record. */
  record(name: string, attribs: Record<string, string>, stack: readonly string[]): string | undefined;
  /** The field name of an element directly inside a record. */
  field(name: string, attribs: Record<string, string>): string | undefined;
}

export function readXmlRecords(text: string, shape: RecordShape): XmlRecord[] | { error: string } {
  const valid = fastXmlParser().XMLValidator.validate(text);
  if (valid !== true) return { error: `line ${valid.err.line}: ${valid.err.msg}` };
  const records: XmlRecord[] = [];
  const stack: string[] = [];
  let record: XmlRecord | undefined;
  let recordDepth = 0;
  let field: (XmlField & { name: string; depth: number }) | undefined;
  let cdata = false;
  const { Parser } = htmlparser2();
  const parser = new Parser({
    onopentag(name, attribs) {
      stack.push(name);
      if (!record) {
        const table = shape.record(name, attribs, stack.slice(0, -1));
        if (table !== undefined) { record = { table, attribs, fields: new Map(), start: parser.startIndex, end: 0 }; recordDepth = stack.length; }
      } else if (!field && stack.length === recordDepth + 1) {
        const fieldName = shape.field(name, attribs);
        if (fieldName) field = { name: fieldName, attribs, mapped: new MappedText(), cdata: false, markup: false, start: parser.endIndex + 1, end: 0, depth: stack.length };
      } else if (field) field.markup = true;
    },
    oncdatastart() { cdata = true; if (field) field.cdata = true; },
    oncdataend() { cdata = false; },
    ontext(data) {
      if (!field) return;
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      if (cdata) field.mapped.copy(data, start + 9);
      else if (end - start === data.length && text.slice(start, end) === data) field.mapped.copy(data, start);
      else field.mapped.push(data, start, end); // an entity: every character it stands for maps to all of it
    },
    onclosetag() {
      if (field && stack.length === field.depth) {
        field.end = parser.startIndex;
        if (field.markup) field.mapped = verbatim(text, field.start, field.end);
        record!.fields.set(field.name, field);
        field = undefined;
      }
      if (record && stack.length === recordDepth) { record.end = parser.endIndex + 1; records.push(record); record = undefined; }
      stack.pop();
    },
  }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  parser.write(text);
  parser.end();
  return records;
}

/** A field's plain value (`<qid><![CDATA[5]]></qid>` → "5"). */
export function value(r: XmlRecord | undefined, name: string): string | undefined {
  return r?.fields.get(name)?.mapped.text.trim();
}

/** A field as a survey text in `locale`, with rewrites written as the field is (CDATA kept, entities escaped). */
export function fieldText(r: XmlRecord | undefined, name: string, locale?: string): SurveyText | undefined {
  const f = r?.fields.get(name);
  if (!f) return undefined;
  const encode = f.cdata ? (s: string) => (s.includes(']]>') ? undefined : s)
    : f.markup ? (s: string) => s.replace(/&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;').replace(/</g, '&lt;')
    : escapeXml;
  return makeText(f.mapped, f.end, locale, encode);
}
