/**
 * Handlebars-like double curlies: `{{ … }}`, `{{{ … }}}`, comments `{{! … }}` and `{{!-- … --}}`, sections
 * `{{#each}}…{{/each}}` and `{{^}}`, partials, and Magento's bare blocks (`{{depend x}}…{{/depend}}`). Output
 * tags with a `|` filter in a plain file are Liquid's; a `$` path is Blade's.
 */
import type { Dialect } from '../../types';
import { scanSingleBrace } from './braces';
import { translatedSentence } from './translated';
import { outputTag, type ScanState } from './state';
import type { TemplateTag } from './types';

/** {{ … }}, {{{ … }}}, {{! … }}, {{!-- … --}}: Handlebars, Mustache, Magento, Go templates; returns the next offset. */
export function scanDoubleCurly(s: ScanState, i: number): number {
  const { text, n, find, tags, broken, hidden, push, unclosed, openBlock, closeBlock, curlyDialect } = s;
  const start = i;
  if (text.startsWith('{{!--', i)) {
    const close = find('--}}', i + 5);
    if (close < 0) { unclosed(start, 'handlebars', '--}}'); hidden.push({ start, end: n }); return n; }
    const end = close + 4;
    tags.push({ start, end, dialect: 'handlebars', kind: 'comment', expr: text.slice(i + 5, close).trim() });
    hidden.push({ start, end });
    i = end;
    return i;
  }
  const triple = text.charCodeAt(i + 2) === 123;
  const closer = triple ? '}}}' : '}}';
  const bodyStart = i + (triple ? 3 : 2);
  const close = find(closer, bodyStart);
  const nextOpen = find('{{', bodyStart);
  if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
    unclosed(start, curlyDialect, closer);
    i = bodyStart;
    return i;
  }
  const end = close + closer.length;
  if (!triple && text[end] === '}' && text[end + 1] !== '}') {
    // `{{name}}}`: a third closing brace that would print raw.
    broken.push({ start, end: end + 1, dialect: curlyDialect, reason: 'stray-brace', detail: 'remove the extra "}"', fix: { range: { start: end, end: end + 1 }, text: '' } });
  }
  const raw = text.slice(bodyStart, close);
  const expr = raw.replace(/^[~\-]|[~\-]$/g, '').trim();
  i = end;
  if (expr.startsWith('!')) {
    tags.push({ start, end, dialect: 'handlebars', kind: 'comment', expr: expr.slice(1).trim() });
    hidden.push({ start, end });
    return i;
  }
  const first = expr[0];
  if (first === '#' || first === '^') {
    const name = (expr.slice(1).trim().match(/^[^\s}]+/) ?? [''])[0];
    if (first === '^' && name === '') { tags.push({ start, end, dialect: 'handlebars', kind: 'else', expr }); return i; }
    const tag: TemplateTag = { start, end, dialect: 'handlebars', kind: 'open', expr: expr.slice(1).trim() };
    tags.push(tag);
    // A partial block, `{{#> layout title="…"}}…{{/layout}}`, and an inline partial, `{{#*inline "x"}}…{{/inline}}`:
    // blocks closed by the partial's (or `inline`'s) name.
    const blockName = name.startsWith('>') ? (expr.slice(1).trim().slice(1).trim().match(/^[^\s}()]+/) ?? [''])[0] : name.startsWith('*') ? name.slice(1) : name;
    if (!blockName || ((name.startsWith('>') || name.startsWith('*')) && find(`{{/${blockName}}}`, end) < 0)) { tag.kind = 'statement'; return i; }
    openBlock(tag, blockName, `{{/${blockName}}}`, 'hbs');
    return i;
  }
  if (first === '/') {
    const tag: TemplateTag = { start, end, dialect: 'handlebars', kind: 'close', expr };
    tags.push(tag);
    closeBlock(tag, expr.slice(1).trim(), 'hbs');
    return i;
  }
  if (first === '>' || first === '<') {
    tags.push({ start, end, dialect: 'handlebars', kind: 'statement', expr });
    return i;
  }
  if (/^else\b/.test(expr)) {
    tags.push({ start, end, dialect: 'handlebars', kind: 'else', expr });
    return i;
  }
  // Magento and some Mustache dialects open blocks without '#': `{{depend x}}…{{/depend}}`, `{{if x}}…{{/if}}`.
  const bare = /^(if|unless|depend|each|for|foreach|with|block|trans)\b/.exec(expr)?.[1];
  // find() remembers where each closer is next: includes() here read the rest of the text once per bare opener.
  if (bare && find(`{{/${bare}}}`, end) >= 0) {
    const tag: TemplateTag = { start, end, dialect: 'handlebars', kind: 'open', expr: expr.slice(bare.length).trim() };
    tags.push(tag);
    openBlock(tag, bare, `{{/${bare}}}`, 'hbs');
    tag.expr = expr;
    return i;
  }
  // Laravel's translation call with the sentence itself as its key (`{{ __('Hello :user_name', […]) }}`, as
  // FreeScout writes every mail): the sentence is what the reader sees, so it is prose, with its `:name`
  // placeholders; only the call around it is template syntax. A dotted key without spaces ('auth.failed') stays a tag.
  if (translatedSentence(s, start, bodyStart, close, end)) return i;
  // A Handlebars translation helper with its sentence (`{{t "Your registration request has been rejected." }}`,
  // PeerTube's mails; `{{i18n "…"}}`, `{{__ "…"}}`): the sentence is prose, its `{name}` holes the values.
  const helper = curlyDialect === 'handlebars' ? TRANSLATION_HELPER.exec(raw) : null;
  if (helper && /\s/.test(helper[3].trim())) {
    const litStart = bodyStart + helper.index + helper[1].length + helper[2].length;
    const litEnd = litStart + helper[3].length;
    s.quoted.push({ start: litStart, end: litEnd, quote: helper[2] as "'" | '"' });
    tags.push({ start, end: litStart, dialect: 'handlebars', kind: 'statement', expr: text.slice(bodyStart, litStart).trim() });
    for (let j = litStart; j < litEnd;) j = text.charCodeAt(j) === 123 /* { */ ? Math.min(scanSingleBrace(s, j), litEnd) : j + 1;
    tags.push({ start: litEnd, end, dialect: 'handlebars', kind: 'statement', expr: text.slice(litEnd, close).trim() });
    return i;
  }
  const dialect: Dialect = expr.startsWith('$') ? 'blade' : curlyDialect === 'handlebars' && /\|/.test(expr) && !/\|\|/.test(expr) ? 'liquid' : curlyDialect;
  push(outputTag(start, end, dialect, expr));
  return i;
}

/** `t "…"`, `i18n '…'`, `__ "…"`: a Handlebars helper whose first argument is the sentence shown. */
const TRANSLATION_HELPER = /^(\s*(?:t|i18n|__|_|translate|tr|loc|localize|intl)\s+)(['"])((?:\\.|(?!\2)[^\\\n])*)\2/;

