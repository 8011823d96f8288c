import { languageAt, type BrokenTag, type Language, type Rule, type Suggestion } from '../../server/engine/kit';

const rule: Rule = {
  id: 'broken-merge-tag',
  description: 'A merge tag or template block that is not closed or not balanced, so readers would see it raw.',
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    en: 'This tag is broken, so readers would see it raw instead of their name or details.',
    fa: 'این برچسب قالب ناقص است و خواننده به‌جای نام یا اطلاعاتش، خود کد را می‌بیند.',
  },
  check(ctx) {
    const { broken } = ctx.extraction.scan;
    const skipped = ctx.extraction.skipped;
    for (const b of broken) {
      if (skipped.some((s) => s.start <= b.start && b.start < s.end)) continue;
      const language = languageAt(ctx.blocks, b.start);
      ctx.report({
        range: { start: b.start, end: b.end },
        language,
        message: `${ctx.text.slice(b.start, Math.min(b.end, b.start + 40)).trim()}: ${detail(b, language)}`,
        suggestions: repair(ctx.text, b),
      });
    }
  },
};

function detail(b: BrokenTag, language: Language): string {
  if (language === 'fa') {
    if (b.reason === 'stray-brace') return 'یک آکولاد «}» اضافه دارد و خام نمایش داده می‌شود.';
    return b.reason === 'unclosed' ? `بسته نشده است (${b.detail}).` : `بلوک قالب متوازن نیست (${b.detail}).`;
  }
  if (b.reason === 'stray-brace') return 'one closing brace too many; readers would see a stray "}".';
  return `${b.reason === 'unclosed' ? 'this tag is never closed' : 'this block is unbalanced'}; ${b.detail}, or readers may see template code.`;
}

const CLOSERS: Record<string, string> = { '{{': '}}', '{%': '%}', '{#': '#}', '<%': '%>', '*|': '|*', '%{': '}', '${': '}', '{$': '}' };

/** A fix only when it is certain: `{{ first_name,` → `{{ first_name }},`; `{{name}` → `{{name}}`. */
function repair(text: string, b: BrokenTag): Suggestion[] {
  if (b.fix) return [{ title: 'Remove the extra "}"', edits: [b.fix] }];
  if (b.reason !== 'unclosed') return [];
  const opener = text.slice(b.start, b.start + 2);
  const closer = CLOSERS[opener];
  if (!closer) return [];
  const body = /^[=\-~#&]?\s*[@$]?[A-Za-z_][\w.]*(?:\s*\|\s*[\w]+(?::\s*"[^"\n]*")?)?\s*/.exec(text.slice(b.start + 2, b.start + 120));
  if (!body) return [];
  let at = b.start + 2 + body[0].length;
  // Already closed here (a stray `{{else}}` the parser rejects): the problem is elsewhere, so no certain fix.
  if (text.startsWith(closer, at)) return [];
  let insert = closer;
  // `{{name}` is missing one brace; `{{name` is missing both.
  if (closer === '}}' && text[at] === '}') { at += 1; insert = '}'; }
  if (closer === '%}' && text[at] === '}') { insert = '%'; }
  const next = text[at];
  if (next !== undefined && !/[\s,.!?;:<)\u060C\u061B}]/.test(next)) return [];
  const padded = closer !== '}' && insert === closer && /\s$/.test(body[0]) === false && /^\{\{\s/.test(text.slice(b.start, b.start + 3)) ? ` ${insert}` : insert;
  return [{ title: `Close the tag with "${closer}"`, edits: [{ range: { start: at, end: at }, text: padded }] }];
}

export default rule;
