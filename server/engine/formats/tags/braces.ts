/**
 * Single-brace tags: `${name}` (FreeMarker, string.Template, JS template literals), Blade's raw `{!! $x !!}`, `{$name}` and Smarty
 * statements (`{if}`, `{foreach}`, `{literal}` in .tpl files), `{0}` positional arguments (Java MessageFormat,
 * .NET) and `{name}` placeholders.
 */
import { outputTag, stickyAt, type ScanState } from './state';
import { translatedSentence } from './translated';
import type { TemplateTag } from './types';

const SMARTY_BLOCKS = new Set(['if', 'foreach', 'section', 'capture', 'literal', 'strip', 'block', 'function', 'while', 'for']);
const SMARTY_KEYWORDS = /^\/?(?:if|elseif|else|foreach|foreachelse|section|sectionelse|include|assign|literal|capture|php|strip|ldelim|rdelim|block|extends|function|while|for|config_load|insert|math|cycle|counter|eval|fetch|html_\w+|mailto|textformat)\b/;
const MESSAGE_FORMAT = /\{(\d{1,2})\}/y;
const IDENT = /[A-Za-z_][\w]*/y;

/** ${name} (FreeMarker, string.Template, JS template literals). */
export function scanDollarBrace(s: ScanState, i: number): number {
  const { text, push, unclosed } = s;
  const start = i;
  const close = findBalancedClose(text, i + 2);
  if (close < 0) {
    if (/^[A-Za-z_]/.test(text[i + 2] ?? '')) unclosed(start, 'dollar', '}');
    i += 2;
    return i;
  }
  const expr = text.slice(i + 2, close).trim();
  i = close + 1;
  push(outputTag(start, close + 1, 'dollar', expr));
  return i;
}

/** {$name} (Smarty) and Smarty statements in .tpl files; {0} positional and {name} single-brace placeholders. */
export function scanSingleBrace(s: ScanState, i: number): number {
  const { text, find, tags, broken, hidden, push, unclosed, openBlock, closeBlock, smarty } = s;
  const c1 = text.charCodeAt(i + 1);
  const start = i;
  // Blade's unescaped echo `{!! $agent_sign !!}`: a tag like `{{ $x }}`, printed raw (one line, closed by `!!}`).
  if (c1 === 33 && text.charCodeAt(i + 2) === 33) {
    const close = find('!!}', i + 3);
    const nl = find('\n', i);
    if (close >= 0 && (nl < 0 || nl > close)) {
      // `{!! __('Support powered by :app_name', […]) !!}`: a sentence, as in `{{ __('…') }}`.
      if (!translatedSentence(s, start, i + 3, close, close + 3)) push(outputTag(start, close + 3, 'blade', text.slice(i + 3, close).trim()));
      return close + 3;
    }
  }
  if (c1 === 36) {
    const close = find('}', i + 2);
    const nl = find('\n', i);
    if (close < 0 || (nl >= 0 && nl < close)) { unclosed(start, 'smarty', '}'); i += 2; return i; }
    const expr = text.slice(i + 1, close).trim();
    i = close + 1;
    push(outputTag(start, close + 1, 'smarty', expr));
    return i;
  }
  if (smarty) {
    const close = find('}', i + 1);
    const body = close < 0 ? '' : text.slice(i + 1, close);
    if (close >= 0 && SMARTY_KEYWORDS.test(body) && !body.includes('\n')) {
      const word = (body.match(/^\/?(\w+)/) ?? ['', ''])[1];
      const tag: TemplateTag = { start, end: close + 1, dialect: 'smarty', kind: 'statement', expr: body.trim() };
      tags.push(tag);
      i = close + 1;
      if (word === 'literal' && body[0] !== '/') {
        const lit = find('{/literal}', i);
        if (lit >= 0) {
          hidden.push({ start, end: lit + 10 });
          tags.push({ start: lit, end: lit + 10, dialect: 'smarty', kind: 'close', expr: '/literal', block: 'literal' });
          i = lit + 10;
          return i;
        }
      }
      if (body[0] === '/') closeBlock(tag, word, 'smarty');
      else if (SMARTY_BLOCKS.has(word)) openBlock(tag, word, `{/${word}}`, 'smarty');
      else if (/^else/.test(word) || word === 'foreachelse' || word === 'sectionelse') tag.kind = 'else';
      return i;
    }
  }
  // {0}, {1}: Java MessageFormat / .NET positional arguments.
  const positional = c1 >= 48 && c1 <= 57 ? stickyAt(MESSAGE_FORMAT, text, i) : null;
  if (positional && text[i - 1] !== '$' && text[i - 1] !== '%' && text[i - 1] !== '{') {
    push({ start, end: i + positional[0].length, dialect: 'brace', kind: 'output', expr: positional[1], hasFallback: false });
    i += positional[0].length;
    return i;
  }
  const m = stickyAt(IDENT, text, i + 1);
  if (m) {
    let j = i + 1 + m[0].length;
    while (text[j] === '.' && /[A-Za-z_]/.test(text[j + 1] ?? '')) {
      const more = stickyAt(IDENT, text, j + 1);
      if (!more) break;
      j += 1 + more[0].length;
    }
    if (text[j] === '}' && text[i - 1] !== '$' && text[i - 1] !== '%') {
      const expr = text.slice(i + 1, j);
      push({ start, end: j + 1, dialect: 'brace', kind: 'output', expr, variable: expr, hasFallback: false });
      if (text[j + 1] === '}') {
        // `{order_id}}`: one brace too many, printed raw after the value.
        broken.push({ start, end: j + 2, dialect: 'brace', reason: 'stray-brace', detail: 'remove the extra "}"', fix: { range: { start: j + 1, end: j + 2 }, text: '' } });
        j++;
      }
      i = j + 1;
      return i;
    }
  }
  i++;
  return i;
}

/** The `}` that closes a `${` expression, skipping nested braces; -1 past a blank line or 400 characters. */
function findBalancedClose(text: string, from: number): number {
  let depth = 0;
  const limit = Math.min(text.length, from + 400);
  for (let k = from; k < limit; k++) {
    const ch = text[k];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return k;
      depth--;
    } else if (ch === '\n' && text[k + 1] === '\n') return -1;
  }
  return -1;
}
