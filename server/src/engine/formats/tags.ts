/**
 * A tolerant scanner for template tags of every dialect Warmly knows.
 *
 * Real templates are often malformed while being typed, mix dialects (Blade inside HTML, merge tags inside
 * Twig) and contain stray braces, so a strict parser cannot be the only source of truth: this scanner never
 * throws, finds every tag with exact offsets, and records what is broken (unclosed tags, unbalanced blocks)
 * at the place a writer needs to look. It runs once over the raw file, before any markup parsing.
 */
import type { Dialect, Format, Range } from '../types';
import { escapeRe } from '../regex';

export type TagKind = 'output' | 'open' | 'close' | 'else' | 'comment' | 'statement';

export interface TemplateTag extends Range {
  dialect: Dialect;
  kind: TagKind;
  /** Text between the delimiters, trimmed. */
  expr: string;
  /** For output tags: the variable path, e.g. `customer.first_name` (no `$`/`@` sigils). */
  variable?: string;
  /** For output tags: the expression itself supplies a value when the variable is empty. */
  hasFallback?: boolean;
  /** For output tags: inside a conditional block that tests the same variable. */
  guarded?: boolean;
  /** For block tags: `if`, `each`, `for`, … */
  block?: string;
}

export interface BrokenTag extends Range {
  dialect: Dialect;
  reason: 'unclosed' | 'unopened-block' | 'unclosed-block' | 'mismatched-block' | 'stray-brace';
  /** What the writer needs to add or remove, for the message. */
  detail: string;
  /** A text edit that repairs it, when one is certain. */
  fix?: { range: Range; text: string };
}

export interface TagScan {
  tags: TemplateTag[];
  broken: BrokenTag[];
  /** Regions that are template comments or raw/verbatim blocks: never prose. */
  hidden: Range[];
}

const IDENT = /[A-Za-z_][\w]*/y;
const PATH_RE = /^[@$]?[A-Za-z_][\w]*(?:(?:\.|->|::)[A-Za-z_][\w]*|\[['"]?[\w-]+['"]?\])*/;
const FALLBACK_RE = /\|\s*(?:default|d|fallback|default_if_none)\b|\?\?|\|\||\bor\b|![^=]|\?\s*:|\.presence\b/;

/** Block helpers/tags whose end is written `end<name>` (Liquid, Twig, Jinja, Nunjucks). */
const PAIRED_STATEMENTS = new Set([
  'if', 'unless', 'for', 'case', 'capture', 'block', 'with', 'macro', 'raw', 'comment', 'tablerow', 'paginate',
  'form', 'schema', 'style', 'javascript', 'filter', 'spaceless', 'autoescape', 'apply', 'embed', 'trans',
  'verbatim', 'sandbox', 'call', 'set', 'switch', 'while', 'blocktrans', 'stylesheet', 'cache',
]);
const ELSE_STATEMENTS = new Set(['else', 'elsif', 'elif', 'elseif', 'when', 'empty', 'case', 'default']);
const SMARTY_BLOCKS = new Set(['if', 'foreach', 'section', 'capture', 'literal', 'strip', 'block', 'function', 'while', 'for']);
const SMARTY_KEYWORDS = /^\/?(?:if|elseif|else|foreach|foreachelse|section|sectionelse|include|assign|literal|capture|php|strip|ldelim|rdelim|block|extends|function|while|for|config_load|insert|math|cycle|counter|eval|fetch|html_\w+|mailto|textformat)\b/;

// Placeholder dialects matched at one offset with sticky regexes (no slicing on every '%', '#' or '@').
const PY_NAMED = /%\(([A-Za-z_][\w.]*)\)[-#0 +]?\d*(?:\.\d+)?[sdifrxXeEgGc]/y;
const DOUBLE_PERCENT = /%%([A-Za-z_][\w.]*)%%/y;
const PY_POSITIONAL = /%(?:\d\$)?[sd](?![A-Za-z0-9])/y;
const HASHED = /(#{1,3})([A-Za-z_][A-Za-z0-9_.]{0,60})(#{1,3})/y;
const RAZOR = /@([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)/y;
const MESSAGE_FORMAT = /\{(\d{1,2})\}/y;
function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface OpenBlock {
  tag: TemplateTag;
  name: string;
  /** How the closing tag is spelled, for messages and fixes. */
  closer: string;
  family: 'hbs' | 'stmt' | 'smarty' | 'ftl' | 'mc';
}

export function scanTags(text: string, format: Format, fileExt = ''): TagScan {
  const tags: TemplateTag[] = [];
  const broken: BrokenTag[] = [];
  const hidden: Range[] = [];
  const stack: OpenBlock[] = [];
  const twigLike = format === 'twig';
  const smarty = fileExt === '.tpl' || fileExt === '.smarty';
  const curlyDialect: Dialect =
    format === 'liquid' ? 'liquid' : format === 'twig' ? 'twig' : format === 'handlebars' ? 'handlebars' : 'handlebars';
  const n = text.length;
  // Openers are scanned left to right and many may be unclosed: remember each closer's next position so a
  // thousand unclosed `<%` cost one pass over the text, not a thousand.
  const find = nextIndexFinder(text);

  const push = (tag: TemplateTag) => {
    tags.push(tag);
    if (tag.kind === 'output' && tag.variable && !tag.hasFallback) tag.guarded = isGuarded(tag.variable);
  };
  /** Variables assigned with a fallback (`{% assign first = customer.first_name | default: "there" %}`). */
  const assignedWithFallback = new Set<string>();
  // One regex per variable name, not one per tag and open block: a long template with many open blocks made
  // building them quadratic (seconds on a 2 MB file).
  const leafRes = new Map<string, RegExp>();
  const leafRe = (leaf: string): RegExp => {
    let re = leafRes.get(leaf);
    if (!re) leafRes.set(leaf, (re = new RegExp(`\\b${escapeRe(leaf)}\\b`)));
    return re;
  };
  const isGuarded = (variable: string): boolean => {
    if (assignedWithFallback.has(variable)) return true;
    const leaf = variable.split(/\.|->/).pop() ?? variable;
    for (const open of stack) {
      if (/^(if|unless|with|IF|ifHas|has)$/i.test(open.name) && open.tag.expr.includes(leaf) && leafRe(leaf).test(open.tag.expr)) return true;
      // A Mustache section named after the variable renders only when it is set: {{#first_name}}…{{/first_name}}.
      if (open.family === 'hbs' && (open.name === variable || open.name === leaf)) return true;
    }
    return false;
  };
  const lineEnd = (from: number) => {
    const nl = find('\n', from);
    return nl < 0 ? n : nl;
  };
  const unclosed = (start: number, dialect: Dialect, closer: string) => {
    // The broken tag is what a reader would see raw: up to the first punctuation or markup after it.
    const stop = /[,<\n\r!?;\u060C\u061B]|\.\s|\}/.exec(text.slice(start + 2, Math.min(lineEnd(start), start + 80)));
    const stopAt = stop ? start + 2 + stop.index + (stop[0] === '}' ? 1 : 0) : Math.min(lineEnd(start), start + 80);
    let end = Math.max(start + 2, trimRight(text, start, stopAt));
    // The 80-character cap may fall inside an emoji: keep the pair whole.
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
    broken.push({ start, end, dialect, reason: 'unclosed', detail: `add the closing "${closer}"` });
  };
  const openBlock = (tag: TemplateTag, name: string, closer: string, family: OpenBlock['family']) => {
    tag.kind = 'open';
    tag.block = name;
    stack.push({ tag, name, closer, family });
  };
  const closeBlock = (tag: TemplateTag, name: string, family: OpenBlock['family']) => {
    tag.kind = 'close';
    tag.block = name;
    for (let k = stack.length - 1; k >= 0; k--) {
      const open = stack[k];
      if (open.family === family && open.name.toLowerCase() === name.toLowerCase()) {
        // Everything opened after it and not closed is unclosed.
        for (const inner of stack.splice(k)) if (inner !== open) reportUnclosedBlock(inner);
        return;
      }
    }
    broken.push({
      start: tag.start, end: tag.end, dialect: tag.dialect, reason: 'unopened-block',
      detail: `this closes a "${name}" block that was never opened`,
    });
  };
  const reportUnclosedBlock = (open: OpenBlock) => {
    broken.push({
      start: open.tag.start, end: open.tag.end, dialect: open.tag.dialect, reason: 'unclosed-block',
      detail: `add "${open.closer}" where the "${open.name}" block ends`,
    });
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast skip to the next character that can start a tag.
    if (c !== 123 /* { */ && c !== 42 /* * */ && c !== 37 /* % */ && c !== 36 /* $ */ && c !== 60 /* < */ && c !== 91 /* [ */ && c !== 58 /* : */ && c !== 35 /* # */ && c !== 64 /* @ */) {
      i++;
      continue;
    }
    const c1 = text.charCodeAt(i + 1);

    // {{ … }}, {{{ … }}}, {{! … }}, {{!-- … --}}
    if (c === 123 && c1 === 123) {
      const start = i;
      if (text.startsWith('{{!--', i)) {
        const close = find('--}}', i + 5);
        if (close < 0) { unclosed(start, 'handlebars', '--}}'); hidden.push({ start, end: n }); break; }
        const end = close + 4;
        tags.push({ start, end, dialect: 'handlebars', kind: 'comment', expr: text.slice(i + 5, close).trim() });
        hidden.push({ start, end });
        i = end;
        continue;
      }
      const triple = text.charCodeAt(i + 2) === 123;
      const closer = triple ? '}}}' : '}}';
      const bodyStart = i + (triple ? 3 : 2);
      const close = find(closer, bodyStart);
      const nextOpen = find('{{', bodyStart);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        unclosed(start, curlyDialect, closer);
        i = bodyStart;
        continue;
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
        continue;
      }
      const first = expr[0];
      if (first === '#' || first === '^') {
        const name = (expr.slice(1).trim().match(/^[^\s}]+/) ?? [''])[0];
        if (first === '^' && name === '') { tags.push({ start, end, dialect: 'handlebars', kind: 'else', expr }); continue; }
        const tag: TemplateTag = { start, end, dialect: 'handlebars', kind: 'open', expr: expr.slice(1).trim() };
        tags.push(tag);
        if (name.startsWith('>') || name.startsWith('*')) { tag.kind = 'statement'; continue; }
        openBlock(tag, name, `{{/${name}}}`, 'hbs');
        continue;
      }
      if (first === '/') {
        const tag: TemplateTag = { start, end, dialect: 'handlebars', kind: 'close', expr };
        tags.push(tag);
        closeBlock(tag, expr.slice(1).trim(), 'hbs');
        continue;
      }
      if (first === '>' || first === '<') {
        tags.push({ start, end, dialect: 'handlebars', kind: 'statement', expr });
        continue;
      }
      if (/^else\b/.test(expr)) {
        tags.push({ start, end, dialect: 'handlebars', kind: 'else', expr });
        continue;
      }
      // Magento and some Mustache dialects open blocks without '#': `{{depend x}}…{{/depend}}`, `{{if x}}…{{/if}}`.
      const bare = /^(if|unless|depend|each|for|foreach|with|block|trans)\b/.exec(expr)?.[1];
      if (bare && text.includes(`{{/${bare}}}`, end)) {
        const tag: TemplateTag = { start, end, dialect: 'handlebars', kind: 'open', expr: expr.slice(bare.length).trim() };
        tags.push(tag);
        openBlock(tag, bare, `{{/${bare}}}`, 'hbs');
        tag.expr = expr;
        continue;
      }
      const dialect: Dialect = expr.startsWith('$') ? 'blade' : curlyDialect === 'handlebars' && /\|/.test(expr) && !/\|\|/.test(expr) ? 'liquid' : curlyDialect;
      push(outputTag(start, end, dialect, expr));
      continue;
    }

    // {% … %} (Liquid, Twig, Jinja, Nunjucks) and {# … #} (Twig, Jinja)
    if (c === 123 && (c1 === 37 || (c1 === 35 && twigLike))) {
      const start = i;
      const isComment = c1 === 35;
      const closer = isComment ? '#}' : '%}';
      const close = find(closer, i + 2);
      const nextOpen = isComment ? -1 : find('{%', i + 2);
      const dialect: Dialect = format === 'liquid' ? 'liquid' : 'twig';
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        unclosed(start, dialect, closer);
        i += 2;
        continue;
      }
      const end = close + 2;
      const expr = text.slice(i + 2, close).replace(/^-|-$/g, '').trim();
      i = end;
      if (isComment) {
        tags.push({ start, end, dialect, kind: 'comment', expr });
        hidden.push({ start, end });
        continue;
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
          continue;
        }
        tags.push({ start: m.index, end: m.index + m[0].length, dialect, kind: 'close', expr: `end${word}`, block: word });
        tag.kind = 'open';
        tag.block = word;
        if (word === 'comment') { tag.kind = 'comment'; tag.expr = text.slice(end, m.index).trim(); hidden.push({ start, end: m.index + m[0].length }); }
        else hidden.push({ start, end: m.index + m[0].length });
        i = m.index + m[0].length;
        continue;
      }
      if (word.startsWith('end') && PAIRED_STATEMENTS.has(word.slice(3))) {
        closeBlock(tag, word.slice(3), 'stmt');
      } else if (PAIRED_STATEMENTS.has(word) && !(word === 'set' && /=/.test(expr)) && !(word === 'case' && stack.length && stack[stack.length - 1].name === 'switch')) {
        openBlock(tag, word, `{% end${word} %}`, 'stmt');
      } else if (ELSE_STATEMENTS.has(word)) {
        tag.kind = 'else';
      }
      continue;
    }

    // <%# … %>, <%= … %>, <% … %> (ERB, EJS)
    if (c === 60 && c1 === 37) {
      const start = i;
      const close = find('%>', i + 2);
      if (close < 0) { unclosed(start, 'erb', '%>'); i += 2; continue; }
      const end = close + 2;
      const mark = text[i + 2];
      const expr = text.slice(i + (mark === '=' || mark === '#' || mark === '-' ? 3 : 2), close).replace(/-$/, '').trim();
      i = end;
      if (mark === '#') { tags.push({ start, end, dialect: 'erb', kind: 'comment', expr }); hidden.push({ start, end }); continue; }
      if (mark === '=' || mark === '-') { push(outputTag(start, end, 'erb', expr)); continue; }
      tags.push({ start, end, dialect: 'erb', kind: 'statement', expr });
      continue;
    }

    // <?php … ?>, <?= … ?>
    if (c === 60 && c1 === 63 && (text.startsWith('<?php', i) || text.startsWith('<?=', i))) {
      const start = i;
      const close = find('?>', i + 2);
      const end = close < 0 ? n : close + 2;
      const short = text[i + 2] === '=';
      const expr = text.slice(i + (short ? 3 : 5), close < 0 ? n : close).trim();
      i = end;
      if (short || /^(echo|print)\b/.test(expr)) push(outputTag(start, end, 'php', expr.replace(/^(echo|print)\s+/, '').replace(/;$/, '')));
      else tags.push({ start, end, dialect: 'php', kind: 'statement', expr });
      continue;
    }

    // FreeMarker directives <#if …>, </#if>, <@macro/>, comments <#-- … -->
    if (c === 60 && (c1 === 35 || c1 === 64 || (c1 === 47 && (text.charCodeAt(i + 2) === 35 || text.charCodeAt(i + 2) === 64)))) {
      const start = i;
      if (text.startsWith('<#--', i)) {
        const close = find('-->', i + 4);
        const end = close < 0 ? n : close + 3;
        tags.push({ start, end, dialect: 'dollar', kind: 'comment', expr: '' });
        hidden.push({ start, end });
        i = end;
        continue;
      }
      const close = find('>', i + 2);
      const nl = find('\n\n', i);
      if (close < 0 || (nl >= 0 && nl < close)) { unclosed(start, 'dollar', '>'); i += 2; continue; }
      const end = close + 1;
      const isClose = c1 === 47;
      const expr = text.slice(i + (isClose ? 3 : 2), close).replace(/\/$/, '').trim();
      const name = (expr.match(/^[\w.]+/) ?? [''])[0];
      const tag: TemplateTag = { start, end, dialect: 'dollar', kind: 'statement', expr };
      tags.push(tag);
      i = end;
      const selfClosing = text[close - 1] === '/';
      if (isClose) closeBlock(tag, name, 'ftl');
      else if (['if', 'list', 'macro', 'function', 'compress', 'attempt', 'switch', 'items', 'escape', 'noescape', 'autoesc', 'noautoesc'].includes(name) || (c1 === 64 && !selfClosing)) openBlock(tag, name, `</#${name}>`, 'ftl');
      else if (['else', 'elseif', 'case', 'default', 'recover', 'sep'].includes(name)) tag.kind = 'else';
      continue;
    }

    // Mailchimp *|FNAME|*, *|IF:FNAME|*, *|END:IF|*
    if (c === 42 && c1 === 124) {
      const start = i;
      const close = find('|*', i + 2);
      // A merge tag's name never holds `|` or `*`: `*|FNAME|text.*,*|ELSE:|*` is a broken tag followed by text,
      // not one tag spanning both (wrapping that "tag" in a fallback duplicated the text on every fix-all pass).
      if (close < 0 || close - i > 80 || /[\s<>|*]/.test(text.slice(i + 2, close).replace(/ /g, ''))) {
        if (/^[A-Z0-9_:]/.test(text[i + 2] ?? '')) unclosed(start, 'mailchimp', '|*');
        i += 2;
        continue;
      }
      const end = close + 2;
      const expr = text.slice(i + 2, close).trim();
      i = end;
      const m = /^(IF|IFNOT|ELSEIF|ELSE|END):?(.*)$/i.exec(expr);
      if (m) {
        const word = m[1].toUpperCase();
        const tag: TemplateTag = { start, end, dialect: 'mailchimp', kind: 'statement', expr: m[2] };
        tags.push(tag);
        if (word === 'IF' || word === 'IFNOT') openBlock(tag, 'IF', '*|END:IF|*', 'mc');
        else if (word === 'END') closeBlock(tag, m[2] || 'IF', 'mc');
        else tag.kind = 'else';
        continue;
      }
      push({ start, end, dialect: 'mailchimp', kind: 'output', expr, variable: expr.split(':')[0], hasFallback: false });
      continue;
    }

    // %{name} (Rails i18n, Ruby format strings)
    if (c === 37 && c1 === 123) {
      const start = i;
      const close = find('}', i + 2);
      const body = close < 0 ? '' : text.slice(i + 2, close);
      if (close < 0 || !/^\s*[A-Za-z_][\w.]*\s*$/.test(body)) {
        if (/^[A-Za-z_]/.test(text[i + 2] ?? '')) unclosed(start, 'rails-i18n', '}');
        i += 2;
        continue;
      }
      i = close + 1;
      push({ start, end: close + 1, dialect: 'rails-i18n', kind: 'output', expr: body.trim(), variable: body.trim(), hasFallback: false });
      continue;
    }

    // ${name} (FreeMarker, string.Template, JS template literals)
    if (c === 36 && c1 === 123) {
      const start = i;
      const close = findBalancedClose(text, i + 2);
      if (close < 0) {
        if (/^[A-Za-z_]/.test(text[i + 2] ?? '')) unclosed(start, 'dollar', '}');
        i += 2;
        continue;
      }
      const expr = text.slice(i + 2, close).trim();
      i = close + 1;
      push(outputTag(start, close + 1, 'dollar', expr));
      continue;
    }

    // {$name} (Smarty) and Smarty statements in .tpl files; {name} single-brace placeholders
    if (c === 123) {
      const start = i;
      if (c1 === 36) {
        const close = find('}', i + 2);
        const nl = find('\n', i);
        if (close < 0 || (nl >= 0 && nl < close)) { unclosed(start, 'smarty', '}'); i += 2; continue; }
        const expr = text.slice(i + 1, close).trim();
        i = close + 1;
        push(outputTag(start, close + 1, 'smarty', expr));
        continue;
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
              continue;
            }
          }
          if (body[0] === '/') closeBlock(tag, word, 'smarty');
          else if (SMARTY_BLOCKS.has(word)) openBlock(tag, word, `{/${word}}`, 'smarty');
          else if (/^else/.test(word) || word === 'foreachelse' || word === 'sectionelse') tag.kind = 'else';
          continue;
        }
      }
      // {0}, {1}: Java MessageFormat / .NET positional arguments.
      const positional = c1 >= 48 && c1 <= 57 ? stickyAt(MESSAGE_FORMAT, text, i) : null;
      if (positional && text[i - 1] !== '$' && text[i - 1] !== '%' && text[i - 1] !== '{') {
        push({ start, end: i + positional[0].length, dialect: 'brace', kind: 'output', expr: positional[1], hasFallback: false });
        i += positional[0].length;
        continue;
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
          continue;
        }
      }
      i++;
      continue;
    }

    // %(owner_email)s (Python named), %%AGENT_NAME%% (doubled percent), %s / %d / %1$s (positional)
    if (c === 37) {
      const python = c1 === 40 ? stickyAt(PY_NAMED, text, i) : null;
      const doubled = c1 === 37 ? stickyAt(DOUBLE_PERCENT, text, i) : null;
      const named = python ?? doubled;
      if (named) {
        push({ start: i, end: i + named[0].length, dialect: 'percent', kind: 'output', expr: named[1], variable: named[1], hasFallback: false });
        i += named[0].length;
        continue;
      }
      const prevCode = text.charCodeAt(i - 1);
      const positional = stickyAt(PY_POSITIONAL, text, i);
      if (positional && !(prevCode >= 48 && prevCode <= 57) && !/[A-Za-z%]/.test(text[i - 1] ?? '')) {
        push({ start: i, end: i + positional[0].length, dialect: 'percent', kind: 'output', expr: positional[0], hasFallback: false });
        i += positional[0].length;
        continue;
      }
    }

    // #NAME#, ###ADMIN_EMAIL### (hash-wrapped placeholders of WordPress plugins and mailers)
    if (c === 35) {
      const m = stickyAt(HASHED, text, i);
      const prev = text[i - 1] ?? ' ';
      if (m && m[1].length === m[3].length && (/[A-Z_]/.test(m[2]) || m[1].length > 1) && !/[\w#&]/.test(prev) && text[i + m[0].length] !== '#') {
        push({ start: i, end: i + m[0].length, dialect: 'percent', kind: 'output', expr: m[2], variable: m[2], hasFallback: false });
        i += m[0].length;
        continue;
      }
      i++;
      continue;
    }

    // @Model.Agent.Name (Razor): a capitalized path after "@", not an address (word character before "@")
    if (c === 64) {
      const m = c1 >= 65 && c1 <= 90 ? stickyAt(RAZOR, text, i) : null;
      if (m && !/[\w.+-]/.test(text[i - 1] ?? ' ')) {
        const variable = m[1].replace(/^(?:Model|ViewBag|ViewData|TempData)\./, '');
        push({ start: i, end: i + m[0].length, dialect: 'dollar', kind: 'output', expr: m[1], variable, hasFallback: false });
        i += m[0].length;
        continue;
      }
      i++;
      continue;
    }

    // %recipient.name% (Mailgun), %name% and %name (Drupal-style)
    if (c === 37) {
      const start = i;
      const m = /^[A-Za-z_][\w.]*/.exec(text.slice(i + 1, i + 64));
      const prev = text.charCodeAt(i - 1);
      if (m && !(prev >= 48 && prev <= 57) && m[0] !== 's' && m[0] !== 'd') {
        const closed = text[i + 1 + m[0].length] === '%';
        const end = i + 1 + m[0].length + (closed ? 1 : 0);
        const word = m[0].replace(/\.$/, '');
        if (closed || /[_.]/.test(word) || word.length > 3) {
          push({ start, end: closed ? end : start + 1 + word.length, dialect: 'percent', kind: 'output', expr: word, variable: word, hasFallback: false });
          i = closed ? end : start + 1 + word.length;
          continue;
        }
      }
      i++;
      continue;
    }

    // [FirstName], [[name]], [Product Name] placeholders (not Markdown links or conditional comments)
    if (c === 91) {
      const start = i;
      const double = c1 === 91;
      const bodyStart = i + (double ? 2 : 1);
      const m = /^[A-Za-z][A-Za-z0-9_.]*(?: [A-Z][A-Za-z0-9_]*){0,3}/.exec(text.slice(bodyStart, bodyStart + 48));
      if (m) {
        const closeAt = bodyStart + m[0].length;
        const closer = double ? ']]' : ']';
        const after = text[closeAt + closer.length];
        const looksLikeName = /[A-Z_]/.test(m[0]) || double;
        if (text.startsWith(closer, closeAt) && after !== '(' && after !== '[' && after !== ':' && looksLikeName && !/^(if|endif)\b/i.test(m[0]) && text[i - 1] !== '!') {
          push({ start, end: closeAt + closer.length, dialect: 'bracket', kind: 'output', expr: m[0], variable: m[0].replace(/ /g, ''), hasFallback: false });
          i = closeAt + closer.length;
          continue;
        }
      }
      i++;
      continue;
    }

    // :placeholder (Laravel translation strings)
    if (c === 58) {
      const prev = i === 0 ? ' ' : text[i - 1];
      if (/[\s(>"'«]/.test(prev)) {
        const m = /^[a-z][a-z0-9_]*/.exec(text.slice(i + 1, i + 48));
        if (m && (m[0].includes('_') || m[0].length >= 4) && !/^(\/\/|\w+:)/.test(text.slice(i + 1 + m[0].length, i + 3 + m[0].length))) {
          push({ start: i, end: i + 1 + m[0].length, dialect: 'colon', kind: 'output', expr: m[0], variable: m[0], hasFallback: false });
          i += 1 + m[0].length;
          continue;
        }
      }
      i++;
      continue;
    }

    i++;
  }

  for (const open of stack) reportUnclosedBlock(open);
  broken.sort((a, b) => a.start - b.start);
  return { tags, broken, hidden };
}

/** An output tag's variable path and whether the expression itself supplies a fallback. */
function outputTag(start: number, end: number, dialect: Dialect, expr: string): TemplateTag {
  const hasFallback = FALLBACK_RE.test(expr) || /\b(default|fallback|or|coalesce|ifEmpty)\b/.test(expr.split(/\s+/)[0] ?? '');
  let variable: string | undefined;
  // Go templates (`{{ .SenderName }}`) start paths with a dot; Magento writes `{{var store.getName()}}` and
  // `{{htmlescape var=$customer.name}}`.
  const body = expr.replace(/^&\s*/, '').replace(/^\.(?=[A-Za-z_])/, '').replace(/^(?:var\s+|(?:htmlescape|escapehtml)\s+var=)/i, '');
  const words = body.split(/\s+/).filter(Boolean);
  if (dialect === 'handlebars' && words.length > 1 && !/[|(]/.test(body)) {
    // A helper call: `capitalize first_name`, `default name "there"`; the variable is the first path argument.
    const arg = words.slice(1).find((w) => PATH_RE.test(w) && !/^["']/.test(w) && !w.includes('='));
    variable = arg?.match(PATH_RE)?.[0];
  } else {
    variable = body.match(PATH_RE)?.[0];
  }
  if (variable) variable = variable.replace(/^[@$]/, '').replace(/->/g, '.');
  if (variable && /^(t|trans|translate|__|lang|i18n|l|_)$/.test(variable)) variable = undefined;
  return { start, end, dialect, kind: 'output', expr, variable, hasFallback };
}

/** `text.indexOf` with memory: a repeated search for the same needle from a later offset reuses the last answer. */
function nextIndexFinder(text: string): (needle: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const seen = last.get(needle);
    if (seen && seen.from <= from && (seen.at < 0 || seen.at >= from)) return seen.at;
    const at = text.indexOf(needle, from);
    last.set(needle, { from, at });
    return at;
  };
}

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

function trimRight(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

