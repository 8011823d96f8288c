/**
 * Picks the format of a file and reduces it to prose blocks. Template syntax is scanned first (every format
 * can carry merge tags), masked, and then the markup underneath (HTML, Markdown or plain text) is parsed.
 */
import type { Format, Range } from '../types';
import { pushAll } from '../arrays';
import type { Piece, RawBlock } from '../prose';
import { extractHaml } from './haml';
import { extractHtml, looksLikeHtml } from './html';
import { extractJsHtml, JS_HTML_MODULE } from './js-html';
import { extractJsx } from './jsx';
import { isContentDetected } from './jsx-detect';
import { extractMarkdown } from './markdown';
import { extractPython } from './python';
import type { Extraction } from './source';
import { headerBlockEnd, maskTags, readHeaders, TagIndex } from './source';
import { scanTags, type TagScan } from './tags';
import { FORMAT_BY_EXTENSION, TEMPLATE_EXTENSIONS, type FormatId } from '../../../shared/formats';
import { onFirstUse } from '../lazy';

const handlebars = onFirstUse('handlebars', () => require('handlebars') as typeof import('handlebars'));

/** The registry and the engine's `Format` name the same formats: one added on either side alone does not compile. */
type SameMembers<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const sameFormats: SameMembers<FormatId, Format> = true;
void sameFormats;

/** Extensions a directory walk picks up: the registry's formats plus common template files of other engines. */
export { TEMPLATE_EXTENSIONS };

export function extensionOf(filePath: string): string {
  const base = filePath.replace(/\\/g, '/').split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function formatFor(filePath: string | undefined): Format {
  if (!filePath) return 'plain';
  return FORMAT_BY_EXTENSION[extensionOf(filePath)] ?? 'plain';
}

/** Whether a directory walk lints a file by its name alone (a `.tsx`/`.jsx` file is linted when jsx-detect.ts says so). */
export function isKnownTemplate(filePath: string): boolean {
  const lower = filePath.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !isContentDetected(filePath);
}

const MAX_STRICT_PARSE_TAGS = 2_000;
/** A line of Python: an import, a definition, a decorator, a comment or an assignment at the start of a line. */
const PYTHON_LINE = /^(?:import\s|from\s+[\w.]+\s+import\b|(?:async\s+)?def\s|class\s|@\w|#|[A-Za-z_]\w*(?:\.\w+)*\s*[:=(])/m;

/** `scan`: the tag scan of `text`, when the caller already has it (formats/reuse.ts); it is extended here. */
export function extract(text: string, format: Format, filePath = '', scan: TagScan = scanTags(text, format, extensionOf(filePath))): Extraction {
  // The strict parser's cost grows faster than the text on deep nesting (5,000 nested blocks: ~25 s); past a
  // few thousand tags the tolerant scanner's verdict stands alone.
  if (format === 'handlebars' && scan.broken.length === 0 && scan.tags.length <= MAX_STRICT_PARSE_TAGS) addHandlebarsParseError(text, scan.broken);
  // A React component is parsed as code: its JSX says what is prose (the tag scanner found nothing to mask).
  if (format === 'jsx') return extractJsx(text, filePath, scan);
  // A Python module is parsed as code: its string literals that a reader sees are the prose.
  // A `.py` file is read as Python when it reads as code; markup saved under that name is read as markup.
  if (format === 'python' && !(looksLikeHtml(text) && !PYTHON_LINE.test(text))) return extractPython(text, scan);
  // A JS/TS module that returns an HTML email: the email is read, the code around it is not. Any other module is
  // read as it always was (only a file named on the command line gets here).
  if (format === 'plain' && JS_HTML_MODULE.test(filePath)) {
    const email = extractJsHtml(text, filePath);
    if (email) return email;
  }
  if (format === 'python') {
    format = 'plain';
    scan = scanTags(text, format, extensionOf(filePath));
  }
  // HAML's lines say what is markup and what is text: no masking, no markup parser.
  if (format === 'haml') return extractHaml(text, scan, new TagIndex(scan));
  const masked = maskTags(text, scan);
  const index = new TagIndex(scan);

  // Markdown inside a template language (`invalid_token.md.erb`, `welcome.md.hbs`, `notice.md.liquid`): the tags are
  // the template's, the markup is Markdown.
  if (format === 'markdown' || /\.(?:md|markdown)\.[a-z0-9]+$/i.test(filePath)) {
    const md = extractMarkdown(text, masked, index);
    const headers = md.frontmatter ? readHeaders(text, md.frontmatter.start, md.frontmatter.end) : [];
    return { blocks: md.blocks, scan, comments: md.comments, links: md.links, skipped: md.skipped, headers, markup: 'markdown', tooDeep: md.tooDeep };
  }
  const htmlish = format === 'html' || format === 'mjml' || looksLikeHtml(masked);
  if (htmlish) {
    const html = extractHtml(text, masked, index);
    pushAll(scan.tags, html.extraTags);
    if (html.extraTags.length) scan.tags.sort((a, b) => a.start - b.start);
    const headerEnd = headerBlockEnd(text);
    const headers = readHeaders(text, 0, headerEnd);
    if (html.title) headers.push({ name: 'title', value: text.slice(html.title.start, html.title.end), range: html.title });
    return { blocks: html.blocks, scan, comments: html.comments, links: html.links, skipped: html.skipped, headers, markup: 'html', tooDeep: html.tooDeep, quietText: html.quietText };
  }
  return extractPlain(text, scan, index);
}

function extractPlain(text: string, scan: Extraction['scan'], index: TagIndex): Extraction {
  const blocks: RawBlock[] = [];
  const headerEnd = headerBlockEnd(text);
  const paragraph = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/g;
  let start = 0;
  const push = (s: number, e: number) => {
    const pieces: Piece[] = [];
    index.pieces(text, s, e, pieces);
    if (pieces.length) blocks.push({ pieces });
  };
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { blocks, scan, comments: [], links: [], skipped: [], headers: readHeaders(text, 0, headerEnd), markup: 'text' };
}

/** The handlebars parser is the authority on `.hbs` syntax; use its verdict when the scanner saw nothing wrong. */
function addHandlebarsParseError(text: string, broken: Extraction['scan']['broken']): void {
  try {
    handlebars().parseWithoutProcessing(text);
  } catch (error) {
    const hash = (error as { hash?: { loc?: { first_line: number; first_column: number } } }).hash;
    const line = (error as { lineNumber?: number }).lineNumber ?? hash?.loc?.first_line;
    const column = (error as { column?: number }).column ?? hash?.loc?.first_column ?? 0;
    let start = 0;
    if (line) {
      for (let l = 1; l < line; l++) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        start = nl + 1;
      }
      start = Math.min(text.length, start + column);
    }
    const lineEnd = text.indexOf('\n', start);
    const range: Range = { start, end: Math.max(start, lineEnd < 0 ? text.length : lineEnd) };
    const first = String((error as Error).message).split('\n')[0].replace(/^Parse error on line \d+:?/, '').trim();
    broken.push({ ...range, dialect: 'handlebars', reason: 'unclosed', detail: first || 'Handlebars cannot parse this tag' });
  }
}
