/**
 * HTML (and MJML) to prose with htmlparser2: it streams text in source order with exact offsets and hands each
 * entity over as its own piece, so every character maps back to the source. Template tags are masked first.
 */
import { onFirstUse } from '../lazy';
import type { Piece, RawBlock } from '../prose';
import type { Range } from '../types';
import type { CommentSpan, LinkRef } from './source';
import { TagIndex } from './source';
import { pushAll } from '../arrays';
import { blankRanges, deepHtmlRanges } from './nesting';
import type { TemplateTag } from './tags';

const htmlparser2 = onFirstUse('htmlparser2', () => require('htmlparser2') as typeof import('htmlparser2'));

/** Elements whose content is never prose. */
const SKIPPED = new Set([
  'head', 'style', 'script', 'noscript', 'template', 'svg', 'math', 'code', 'pre', 'textarea', 'select',
  'mj-head', 'mj-style', 'mj-attributes', 'mj-raw', 'mj-font', 'mj-breakpoint', 'mj-html-attributes',
]);
/** Elements that end a paragraph: a phrase never runs across them (HAML's paragraphs too: formats/haml.ts). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'center', 'html', 'caption', 'option',
  'button', 'title', 'mjml', 'mj-body', 'mj-section', 'mj-column', 'mj-text', 'mj-button', 'mj-wrapper', 'mj-group',
  'mj-hero', 'mj-navbar', 'mj-navbar-link', 'mj-table', 'mj-accordion', 'mj-accordion-element', 'mj-social',
  'mj-social-element', 'mj-preview', 'mj-image', 'mj-divider', 'mj-spacer', 'img', 'tr', 'subject', 'xml',
]);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track', 'param']);
const QWEB_OUTPUT = ['t-out', 't-esc', 't-raw', 't-field'];

export interface HtmlResult {
  blocks: RawBlock[];
  comments: CommentSpan[];
  links: LinkRef[];
  skipped: Range[];
  /** QWeb placeholders synthesized from `t-out`/`t-esc` elements. */
  extraTags: TemplateTag[];
  /** Parts nested past MAX_HTML_NESTING: blanked before parsing, not linted. */
  tooDeep: Range[];
  /** The inside of the first `<title>` element: in an HTML email it is the subject some senders fill in. */
  title?: Range;
  /** Text runs inside skipped elements (style, script, head), as htmlparser2 reported them: see Extraction.quietText. */
  quietText: Range[];
}

export function extractHtml(original: string, maskedText: string, index: TagIndex, offset = 0, end = maskedText.length): HtmlResult {
  // Over-deep parts are blanked before parsing (same length, line breaks kept): they read as masked text.
  const tooDeep = deepHtmlRanges(maskedText, offset, end);
  const masked = tooDeep.length ? blankRanges(maskedText, tooDeep) : maskedText;
  const blocks: RawBlock[] = [];
  const comments: CommentSpan[] = [];
  const links: LinkRef[] = [];
  const skipped: Range[] = [];
  const extraTags: TemplateTag[] = [];
  const quietText: Range[] = [];
  let current: Piece[] = [];
  let skipDepth = 0;
  let skipStart = 0;
  let qwebDepth = 0; // inside an element whose content QWeb replaces
  const openNames: string[] = [];
  let titleStart = -1;
  let title: Range | undefined;

  const flush = () => {
    if (current.some((p) => p.kind !== 'break')) blocks.push({ pieces: current });
    current = [];
  };

  const { Parser } = htmlparser2();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const start = parser.startIndex + offset;
        const tagEnd = parser.endIndex + 1 + offset;
        if (!VOID.has(name)) openNames.push(name);
        // <title> sits in the skipped <head>: its range is kept for the subject, its text is not prose.
        if (name === 'title' && titleStart < 0) titleStart = tagEnd;
        if (skipDepth > 0) { if (!VOID.has(name)) skipDepth++; return; }
        if (SKIPPED.has(name)) {
          skipDepth = 1;
          skipStart = start;
          if (VOID.has(name)) skipDepth = 0;
          return;
        }
        if (qwebDepth > 0) { if (!VOID.has(name)) qwebDepth++; return; }
        if (name === 'br') { current.push({ kind: 'break', start, end: tagEnd }); return; }
        if (BLOCK_ELEMENTS.has(name)) flush();
        const href = attrs.href;
        if (href !== undefined) {
          const at = original.indexOf(href, start);
          const hrefStart = at >= 0 && at < tagEnd ? at : start;
          links.push({ start: hrefStart, end: at >= 0 && at < tagEnd ? at + href.length : tagEnd, href });
        }
        const qweb = QWEB_OUTPUT.find((a) => attrs[a] !== undefined);
        if (qweb) {
          const expr = attrs[qweb];
          const tag: TemplateTag = { start, end: tagEnd, dialect: 'qweb', kind: 'output', expr, variable: expr.replace(/^object\./, ''), hasFallback: false };
          extraTags.push(tag);
          current.push({ kind: 'tag', start, end: tagEnd, tag });
          if (!VOID.has(name) && original[tagEnd - 2] !== '/') qwebDepth = 1;
        }
      },
      onclosetag(name, implied) {
        if (!VOID.has(name)) {
          const k = openNames.lastIndexOf(name);
          if (k >= 0) openNames.length = k;
        }
        if (name === 'title' && titleStart >= 0 && !title && !implied) title = { start: titleStart, end: Math.max(titleStart, parser.startIndex + offset) };
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          if (skipDepth === 0) skipped.push({ start: skipStart, end: implied ? parser.startIndex + offset : parser.endIndex + 1 + offset });
          return;
        }
        if (qwebDepth > 0) { if (!VOID.has(name)) qwebDepth--; return; }
        if (BLOCK_ELEMENTS.has(name)) flush();
      },
      ontext(data) {
        const start = parser.startIndex + offset;
        const stop = parser.endIndex + 1 + offset;
        if (skipDepth > 0 || qwebDepth > 0) {
          if (data.length === stop - start) quietText.push({ start, end: stop });
          return;
        }
        if (data.length === stop - start) {
          index.pieces(original, start, stop, current, (s) => s);
        } else if (original[start] !== '&' && masked.slice(stop - data.length, stop) === data) {
          // After a junk end tag (`</Dear customer,<!-- x -->text`) htmlparser2 reports a stale startIndex: the
          // text is the tail of the span. Mapping it all to `start` sent every edit there, so fix-all inserted
          // the same rewrite again on every pass. An entity (the other case) always starts with `&`.
          index.pieces(original, stop - data.length, stop, current, (s) => s);
        } else {
          current.push({ kind: 'text', start, end: stop, value: data });
        }
      },
      oncomment(data) {
        const start = parser.startIndex + offset;
        const stop = parser.endIndex + 1 + offset;
        comments.push({ start, end: stop, text: data });
        skipped.push({ start, end: stop });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(masked.slice(offset, end));
  parser.end();
  if (skipDepth > 0) skipped.push({ start: skipStart, end });
  flush();
  pushAll(skipped, tooDeep);
  return { blocks, comments, links, skipped, extraTags, tooDeep, title, quietText };
}

/** Heuristic used for template formats and unknown extensions: does this text carry HTML markup? */
export function looksLikeHtml(masked: string): boolean {
  return /<(?:!doctype|html|body|table|div|p|br|td|span|a|strong|b|h[1-6]|ul|ol|li|img|center|font|mj-\w+|mjml|t)\b[^>]*>/i.test(masked);
}
