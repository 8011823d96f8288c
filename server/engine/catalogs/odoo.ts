/**
 * Emails kept as XML records, one element an email:
 * - Odoo `mail.template` records in module data files (`data/mail_template_data.xml`): the `subject` and
 *   `body_html` fields are the email.
 * - CubeCart's `language/email_<locale>.xml`: `<email name="cart.order_cancelled">` holding `<subject>` and a
 *   `<content type="html">` and `<content type="text">` version of the body, each in CDATA. The two versions are two
 *   letters (the subject goes with the HTML one): a reader gets one or the other, and each needs its own fix.
 *
 * In Odoo The body is HTML written as XML (with QWeb `t-out` / `${…}` placeholders),
 * so the message text is the field's source itself (inside CDATA, the section's content), read by the engine's HTML and template logic; every
 * character maps to itself. htmlparser2 (XML mode) finds the fields; a rewrite must leave the file well-formed
 * XML, which fast-xml-parser's validator (already a dependency) checks when the file is re-parsed.
 */
import { onFirstUse } from '../lazy';
import { MappedText, type Catalog, type CatalogMessage } from './types';

const fastXmlParser = onFirstUse('fast-xml-parser', () => require('fast-xml-parser') as typeof import('fast-xml-parser'));
const htmlparser2 = onFirstUse('htmlparser2', () => require('htmlparser2') as typeof import('htmlparser2'));

const FIELDS = new Set(['subject', 'body_html']);
/** CubeCart's email element and its parts. */
const EMAIL_PARTS = new Set(['subject', 'content', 'body']);

/** Whether an XML file holds emails as records this reader knows (Odoo's or CubeCart's). */
export function holdsXmlEmails(text: string): boolean {
  return /model=["']mail\.template["']/.test(text) || /<emails[\s>][^]*?<email\s+name=["'][^"']+["'][^>]*>\s*<(?:subject|content)[\s>]/.test(text.slice(0, 65536));
}

export function parseOdooCatalog(text: string): Catalog | { error: string } {
  const valid = fastXmlParser().XMLValidator.validate(text);
  if (valid !== true) return { error: `line ${valid.err.line}: ${valid.err.msg}` };
  const messages: CatalogMessage[] = [];
  let record: string | undefined;
  let field: { name: string; start: number; depth: number; version?: string } | undefined;
  let depth = 0;
  const { Parser } = htmlparser2();
  const parser = new Parser({
    onopentag(name, attribs) {
      depth++;
      if ((name === 'record' && attribs.model === 'mail.template') || (name === 'email' && attribs.name)) record = attribs.id ?? attribs.name ?? '';
      else if (name === 'field' && record !== undefined && !field && FIELDS.has(attribs.name ?? '')) field = { name: attribs.name, start: parser.endIndex + 1, depth };
      else if (record !== undefined && !field && EMAIL_PARTS.has(name)) field = { name, start: parser.endIndex + 1, depth, version: attribs.type };
    },
    onclosetag(name) {
      if (field && depth === field.depth && (name === 'field' || name === field.name)) {
        let start = field.start;
        let end = parser.startIndex;
        // A CDATA section's content is the message as it is: no entity is decoded there, and only `]]>` cannot be written.
        const cdata = CDATA.exec(text.slice(start, end));
        if (cdata) {
          start += cdata.index + cdata[1].length;
          end = start + cdata[2].length;
        }
        const raw = text.slice(start, end);
        if (raw.trim()) {
          const mapped = new MappedText();
          mapped.copy(raw, start);
          // A plain-text version is a letter of its own; the HTML one (or the only one) goes with the subject.
          const version = field.version && field.version !== 'html' ? `.${field.version}#mail` : '#mail';
          messages.push({
            key: `${record}.${field.name}${field.version ? `.${field.version}` : ''}`, text: mapped.text, starts: mapped.starts, ends: mapped.ends, endOffset: end, fixable: true,
            // One record is one email: grouped by the record, not by key stems (`body_html` would read as part "html"
            // of a group "body", apart from its subject, and the letter rules would never see the mail whole).
            group: `${record}${version}`, part: field.name === 'subject' ? 'subject' : 'body',
            encode: cdata ? (s) => (s.includes(']]>') ? undefined : s) : (s) => toXml(s),
          });
        }
        field = undefined;
      }
      if (name === 'record' || name === 'email') record = undefined;
      depth--;
    },
  }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  parser.write(text);
  parser.end();
  return { kind: 'odoo', messages, unmapped: [] };
}

/** `<![CDATA[…]]>` filling the whole field (blank around it allowed): what precedes the content, and the content. */
const CDATA = /^(\s*<!\[CDATA\[)([^]*?)\]\]>\s*$/;

/** HTML a rewrite brings, made XML: void elements closed, a bare `&` escaped. */
function toXml(s: string): string {
  return s
    .replace(/<(br|hr|img|wbr)\b([^>]*?)\s*\/?>/gi, (_m, tag: string, attrs: string) => `<${tag}${attrs}/>`)
    .replace(/&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;');
}
