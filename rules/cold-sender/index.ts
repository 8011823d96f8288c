import { inboxFields, sourceRange, type InboxField, type Language, type PhraseMatch, type Rule, type RuleContext } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

const rule: Rule = {
  id: 'cold-sender',
  description: 'A From name that is a system, not a person or a team: "Notifications", "Support System", "no-reply", «سیستم اطلاع‌رسانی».',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Send as a person: readers decide from the sender\'s name whether to open a message, and "Notifications" or "Support System" says nobody is there. Use a name ("Sara at Acme") or a team of people.',
    fa: 'به نام یک آدم بفرستید: خواننده از روی نام فرستنده تصمیم می‌گیرد پیام را باز کند یا نه، و «سیستم اطلاع‌رسانی» یعنی کسی آن طرف نیست. از یک نام («سارا از فروشگاه») یا یک تیم استفاده کنید.',
  },
  phrases: { en, fa },
  check(ctx) {
    for (const field of inboxFields(ctx)) {
      if (field.kind !== 'sender') continue;
      const m = ctx.match(field.block, rule.phrases!).sort((a, b) => a.from - b.from || b.to - a.to)[0];
      if (!m) continue;
      ctx.report({ range: field.range, language: m.language, suggestions: rewrite(ctx, field, m, m.language) });
    }
  },
};

/**
 * The person's name from the template's sender variable, with the company the name kept: "{{shop.name}}
 * Notifications" → "{{agent_name}} from {{shop.name}}". With no sender variable there is no one to name: no edit.
 */
function rewrite(ctx: RuleContext, field: InboxField, m: PhraseMatch, language: Language) {
  if (!ctx.personalizer.has('senderName')) return [];
  const sender = ctx.personalizer.spell('senderName', language);
  const cut = sourceRange(field.block, m.from, m.to);
  const trim = (s: string) => s.replace(/^[\s()[\]\-–—|:,.«»"']+|[\s()[\]\-–—|:,.«»"']+$/g, '').replace(/\s+(?:from|at|by|از|از طرف)$/i, '');
  const company = [ctx.text.slice(field.range.start, cut.start), ctx.text.slice(cut.end, field.range.end)].map(trim).filter((s) => /[\p{L}\p{N}{}%$]/u.test(s)).join(' ');
  const name = company ? (language === 'fa' ? `${sender} از ${company}` : `${sender} from ${company}`) : sender;
  const title = language === 'fa' ? `به نام یک آدم بفرستید: «${name}»` : `Send as a person: "${name}"`;
  return [{ title, edits: [{ range: field.range, text: name }] }];
}

export default rule;
