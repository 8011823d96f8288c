/**
 * Odoo `mail.template` records in module data files (`data/mail_template_data.xml`): the `subject` and
 * `body_html` fields are the email. The body is HTML written as XML (with QWeb `t-out` / `${…}` placeholders),
 * so the message text is the field's source itself, read by the engine's HTML and template logic; every
 * character maps to itself. htmlparser2 (XML mode) finds the fields; a rewrite must leave the file well-formed
 * XML, which fast-xml-parser's validator (already a dependency) checks when the file is re-parsed.
 */
import { onFirstUse } from '../lazy';
import { MappedText, type Catalog, type CatalogMessage } from './types';

const fastXmlParser = onFirstUse('fast-xml-parser', () => require('fast-xml-parser') as typeof import('fast-xml-parser'));
const htmlparser2 = onFirstUse('htmlparser2', () => require('htmlparser2') as typeof import('htmlparser2'));

const FIELDS = new Set(['subject', 'body_html']);

export function parseOdooCatalog(text: string): Catalog | { error: string } {
  const valid = fastXmlParser().XMLValidator.validate(text);
  if (valid !== true) return { error: `line ${valid.err.line}: ${valid.err.msg}` };
  const messages: CatalogMessage[] = [];
  let record: string | undefined;
  let field: { name: string; start: number; depth: number } | undefined;
  let depth = 0;
  const { Parser } = htmlparser2();
  const parser = new Parser({
    onopentag(name, attribs) {
      depth++;
      if (name === 'record' && attribs.model === 'mail.template') record = attribs.id ?? '';
      else if (name === 'field' && record !== undefined && !field && FIELDS.has(attribs.name ?? '')) field = { name: attribs.name, start: parser.endIndex + 1, depth };
    },
    onclosetag(name) {
      if (field && name === 'field' && depth === field.depth) {
        const end = parser.startIndex;
        const raw = text.slice(field.start, end);
        if (raw.trim()) {
          const mapped = new MappedText();
          mapped.copy(raw, field.start);
          messages.push({
            key: `${record}.${field.name}`, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: end, fixable: true,
            // One record is one email: grouped by the record, not by key stems (`body_html` would read as part "html"
            // of a group "body", apart from its subject, and the letter rules would never see the mail whole).
            group: `${record}#mail`, part: field.name === 'subject' ? 'subject' : 'body',
            encode: (s) => toXml(s),
          });
        }
        field = undefined;
      }
      if (name === 'record') record = undefined;
      depth--;
    },
  }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  parser.write(text);
  parser.end();
  return { kind: 'odoo', messages, unmapped: [] };
}

/** HTML a rewrite brings, made XML: void elements closed, a bare `&` escaped. */
function toXml(s: string): string {
  return s
    .replace(/<(br|hr|img|wbr)\b([^>]*?)\s*\/?>/gi, (_m, tag: string, attrs: string) => `<${tag}${attrs}/>`)
    .replace(/&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;');
}
