/**
 * Statement tags of Liquid, Twig, Jinja and Nunjucks: `{% if … %}…{% endif %}`, `{% assign x = … %}`, and
 * Twig/Jinja comments `{# … #}`. Raw, comment, verbatim, schema, style and script blocks are skipped whole.
 * Template Toolkit's `[% … %]` tags (outputs, directives and blocks closed by `END`) are here too.
 */
import type { Dialect } from '../../types';
import { FALLBACK_RE, outputTag, type ScanState } from './state';
import type { TemplateTag } from './types';

/** Block helpers/tags whose end is written `end<name>` (Liquid, Twig, Jinja, Nunjucks). */
const PAIRED_STATEMENTS = new Set([
  'if', 'unless', 'for', 'case', 'capture', 'block', 'with', 'macro', 'raw', 'comment', 'tablerow', 'paginate',
  'form', 'schema', 'style', 'javascript', 'filter', 'spaceless', 'autoescape', 'apply', 'embed', 'trans',
  'verbatim', 'sandbox', 'call', 'set', 'switch', 'while', 'blocktrans', 'stylesheet', 'cache',
]);
const ELSE_STATEMENTS = new Set(['else', 'elsif', 'elif', 'elseif', 'when', 'empty', 'case', 'default']);

/** `{% trans "…"`, `{%- translate '…'`: the tag's opening, its quote, and the literal up to the matching quote. */
const TRANS_TAG = /^(\{%-?\s*(?:trans|translate)\s+)(['"])((?:\\.|(?!\2)[^\\\n])*)\2/;

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
  // Django's `{% trans "Unfortunately, your request has been rejected." %}` (and `translate`): the sentence is what the
  // reader sees, so it stays text between two statement tags, as Laravel's `{{ __('…') }}` does (curly.ts).
  const trans = TRANS_TAG.exec(text.slice(start, end));
  if (trans && /\p{L}/u.test(trans[3])) {
    const litStart = start + trans[1].length + trans[2].length;
    const litEnd = litStart + trans[3].length;
    s.quoted.push({ start: litStart, end: litEnd, quote: trans[2] as "'" | '"' });
    tags.push({ start, end: litStart, dialect, kind: 'statement', expr: text.slice(start + 2, litStart).replace(/^-/, '').trim() });
    tags.push({ start: litEnd, end, dialect, kind: 'statement', expr: text.slice(litEnd, close).replace(/-$/, '').trim() });
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

/** Template Toolkit directives that open a block closed by `[% END %]`. */
const TT_BLOCKS = new Set(['IF', 'UNLESS', 'FOREACH', 'FOR', 'WHILE', 'SWITCH', 'BLOCK', 'WRAPPER', 'FILTER', 'TRY', 'PERL', 'RAWPERL']);
const TT_ELSE = new Set(['ELSE', 'ELSIF', 'CASE', 'CATCH', 'FINAL']);
/** Directives that neither print a value nor open a block. */
const TT_STATEMENTS = new Set(['SET', 'DEFAULT', 'CALL', 'INCLUDE', 'PROCESS', 'INSERT', 'USE', 'NEXT', 'LAST', 'RETURN', 'STOP', 'CLEAR', 'META', 'TAGS', 'DEBUG', 'THROW', 'MACRO', 'VIEW']);

/**
 * [% … %] (Template Toolkit: Sympa, Koha, RT, Bugzilla): `[% user.name %]` prints, `[% GET x %]` too,
 * `[%- IF x -%]…[% ELSE %]…[% END %]` is a block (`-`, `+`, `~`, `=` are whitespace-chomping marks),
 * `[%|loc(list.name)%]…[%END%]` a filter block, `[%# … %]` a comment. Directives are upper case, as TT reads them.
 */
export function scanTemplateToolkit(s: ScanState, i: number): number {
  const { text, find, tags, hidden, stack, push, unclosed, openBlock, closeBlock } = s;
  const start = i;
  const close = find('%]', i + 2);
  const nextOpen = find('[%', i + 2);
  if (close < 0 || close - i > 600 || (nextOpen >= 0 && nextOpen < close)) {
    // Only what reads as TT (a directive, a dotted or snake_case path, a comment): "50% off [% when…" is prose.
    if (/^[-+~=]?\s*(?:[A-Z]{2,}\b|[A-Za-z_]\w*[._]\w|#|\|)/.test(text.slice(i + 2, i + 40))) unclosed(start, 'tt', '%]');
    return i + 2;
  }
  const end = close + 2;
  const raw = text.slice(i + 2, close);
  if (/^[-+~=]?#/.test(raw)) {
    tags.push({ start, end, dialect: 'tt', kind: 'comment', expr: raw.replace(/^[-+~=]?#/, '').trim() });
    hidden.push({ start, end });
    return end;
  }
  const expr = raw.replace(/^[-+~=]/, '').replace(/[-+~=]$/, '').trim();
  const word = /^[A-Z]+\b/.exec(expr)?.[0] ?? '';
  const tag: TemplateTag = { start, end, dialect: 'tt', kind: 'statement', expr };
  if (word === 'END') {
    tags.push(tag);
    const open = [...stack].reverse().find((b) => b.family === 'tt');
    closeBlock(tag, open?.name ?? 'END', 'tt');
    return end;
  }
  // `[%|loc%]…[%END%]`: a filter applied to the block's text.
  if (expr.startsWith('|') || TT_BLOCKS.has(word) || word === 'MACRO' && /\bBLOCK\s*$/.test(expr)) {
    tags.push(tag);
    const name = expr.startsWith('|') ? 'FILTER' : word;
    openBlock(tag, name, '[% END %]', 'tt');
    const loc = /^\|\s*loc\s*\(([^()]*)\)\s*$/.exec(expr);
    if (loc) stack[stack.length - 1].args = loc[1].split(',').map((a) => a.trim());
    return end;
  }
  if (TT_ELSE.has(word)) { tag.kind = 'else'; tags.push(tag); return end; }
  if (word === 'GET') { push(outputTag(start, end, 'tt', expr.slice(3).trim())); return end; }
  // An assignment without SET (`[% total = 0 %]`) prints nothing.
  if (TT_STATEMENTS.has(word) || /^[A-Za-z_][\w.]*\s*=[^=]/.test(expr)) { tags.push(tag); return end; }
  push(outputTag(start, end, 'tt', expr));
  return end;
}

/**
 * `%1`…`%9` inside `[%|loc(list.name, domain, rejected_by)%]…[%END%]` (Sympa's translated strings): the block's
 * arguments in order, so "rejected by the moderator (%3)" prints `rejected_by`. Undefined when `i` is not one.
 */
export function scanLocArgument(s: ScanState, i: number): number | undefined {
  const digit = s.text.charCodeAt(i + 1) - 48;
  if (digit < 1 || digit > 9 || /[0-9$]/.test(s.text[i + 2] ?? '')) return undefined;
  const open = s.stack.at(-1);
  const arg = open?.family === 'tt' ? open.args?.[digit - 1] : undefined;
  if (arg === undefined) return undefined;
  s.push(outputTag(i, i + 2, 'tt', arg));
  return i + 2;
}
