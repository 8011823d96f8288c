/**
 * Statement tags of Liquid, Twig, Jinja and Nunjucks: `{% if … %}…{% endif %}`, `{% assign x = … %}`, and
 * Twig/Jinja comments `{# … #}`. Raw, comment, verbatim, schema, style and script blocks are skipped whole.
 */
import type { Dialect } from '../../types';
import { FALLBACK_RE, type ScanState } from './state';
import type { TemplateTag } from './types';

/** Block helpers/tags whose end is written `end<name>` (Liquid, Twig, Jinja, Nunjucks). */
const PAIRED_STATEMENTS = new Set([
  'if', 'unless', 'for', 'case', 'capture', 'block', 'with', 'macro', 'raw', 'comment', 'tablerow', 'paginate',
  'form', 'schema', 'style', 'javascript', 'filter', 'spaceless', 'autoescape', 'apply', 'embed', 'trans',
  'verbatim', 'sandbox', 'call', 'set', 'switch', 'while', 'blocktrans', 'stylesheet', 'cache',
]);
const ELSE_STATEMENTS = new Set(['else', 'elsif', 'elif', 'elseif', 'when', 'empty', 'case', 'default']);

/** {% … %} (Liquid, Twig, Jinja, Nunjucks) and {# … #} (Twig, Jinja); returns the next offset. */
export function scanStatementTag(s: ScanState, i: number): number {
  const { text, n, find, tags, broken, hidden, stack, unclosed, openBlock, closeBlock, assignedWithFallback, format } = s;
  const c1 = text.charCodeAt(i + 1);
  const start = i;
  const isComment = c1 === 35;
  const closer = isComment ? '#}' : '%}';
  const close = find(closer, i + 2);
  const nextOpen = isComment ? -1 : find('{%', i + 2);
  const dialect: Dialect = format === 'liquid' ? 'liquid' : 'twig';
  if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
    unclosed(start, dialect, closer);
    i += 2;
    return i;
  }
  const end = close + 2;
  const expr = text.slice(i + 2, close).replace(/^-|-$/g, '').trim();
  i = end;
  if (isComment) {
    tags.push({ start, end, dialect, kind: 'comment', expr });
    hidden.push({ start, end });
    return i;
  }
  // FreeScout writes its variables as `{%customer.firstName%}`: a dotted path alone, with no statement keyword, is
  // not a valid Liquid/Twig/Jinja statement, so it is read as an output placeholder. Its dialect is the `%…%`
  // family's: like `%NAME%` it has no inline fallback, so no rewrite writes Twig syntax into it.
  if (!isComment && /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(text.slice(start + 2, close))) {
    tags.push({ start, end, dialect: 'percent', kind: 'output', expr, variable: expr, hasFallback: false });
    return i;
  }
  const word = (expr.match(/^\w+/) ?? [''])[0];
  const tag: TemplateTag = { start, end, dialect, kind: 'statement', expr };
  tags.push(tag);
  if ((word === 'assign' || word === 'set') && FALLBACK_RE.test(expr)) {
    const target = /^(?:assign|set)\s+([\w.]+)\s*=/.exec(expr)?.[1];
    if (target) assignedWithFallback.add(target);
  }
  if (word === 'comment' || word === 'raw' || word === 'verbatim' || word === 'schema' || word === 'javascript' || word === 'style' || word === 'stylesheet') {
    // Skip to the matching end tag: its contents are never prose (or not template syntax at all).
    const endRe = new RegExp(`\\{%-?\\s*end${word}\\s*-?%\\}`, 'g');
    endRe.lastIndex = end;
    const m = endRe.exec(text);
    if (!m) {
      broken.push({ start, end, dialect, reason: 'unclosed-block', detail: `add "{% end${word} %}" where the "${word}" block ends` });
      hidden.push({ start, end: n });
      i = n;
      return i;
    }
    tags.push({ start: m.index, end: m.index + m[0].length, dialect, kind: 'close', expr: `end${word}`, block: word });
    tag.kind = 'open';
    tag.block = word;
    if (word === 'comment') { tag.kind = 'comment'; tag.expr = text.slice(end, m.index).trim(); hidden.push({ start, end: m.index + m[0].length }); }
    else hidden.push({ start, end: m.index + m[0].length });
    i = m.index + m[0].length;
    return i;
  }
  if (word.startsWith('end') && PAIRED_STATEMENTS.has(word.slice(3))) {
    closeBlock(tag, word.slice(3), 'stmt');
  } else if (PAIRED_STATEMENTS.has(word) && !(word === 'set' && /=/.test(expr)) && !(word === 'case' && stack.length && stack[stack.length - 1].name === 'switch')) {
    openBlock(tag, word, `{% end${word} %}`, 'stmt');
  } else if (ELSE_STATEMENTS.has(word)) {
    tag.kind = 'else';
  }
  return i;
}
