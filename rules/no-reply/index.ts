import { dominantLanguage, noReplyAddresses, phraseRule, type Language, type PhraseRuleSpec, type Rule, type RuleContext } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

const spec: PhraseRuleSpec = {
  id: 'no-reply',
  description: 'The message forbids or discourages replies: "Please do not reply", "this inbox is unattended", a noreply@ sender.',
  defaultSeverity: 'error',
  fixable: true,
  sentenceRewrites: true,
  messages: {
    en: 'Invite replies instead: a reader who is told not to answer learns that nobody is listening.',
    fa: 'به‌جای منع پاسخ، مخاطب را به پاسخ دادن دعوت کنید؛ کسی که می‌شنود «پاسخ ندهید» می‌فهمد کسی گوش نمی‌دهد.',
  },
  phrases: { en, fa },
  title: {
    en: (r) => `Invite a reply: "${r}"`,
    fa: (r) => `دعوت به پاسخ: «${r}»`,
  },
};

const phrases = phraseRule(spec);

const rule: Rule = {
  ...spec,
  check(ctx) {
    phrases.check(ctx);
    reportAddresses(ctx);
  },
};

/** noreply@ addresses in From/Reply-To headers, in links (mailto:) and in the prose. */
function reportAddresses(ctx: RuleContext): void {
  const seen = new Set<number>();
  const language: Language = dominantLanguage(ctx.blocks, ctx.languageOverride);
  const message = {
    en: 'Send from an address a person reads: a no-reply sender tells the reader their answer goes nowhere.',
    fa: 'از نشانی‌ای بفرستید که کسی آن را می‌خواند؛ فرستنده‌ی no-reply یعنی پاسخ مخاطب به جایی نمی‌رسد.',
  };
  const report = (start: number, end: number) => {
    if (seen.has(start)) return;
    seen.add(start);
    const email = ctx.personalizer.spell('senderEmail', language);
    ctx.report({
      range: { start, end },
      language,
      message: message[language],
      suggestions: [{ title: language === 'fa' ? `نشانی یک آدم: ${email}` : `Use a person's address: ${email}`, edits: [{ range: { start, end }, text: email }] }],
    });
  };
  const scan = (from: number, to: number, prose = false) => {
    for (const m of noReplyAddresses(ctx.text.slice(from, to))) {
      // "You sent an email to no-reply@…": the address the reader wrote to, named by an auto-answer, is not the sender.
      const at = from + m.index;
      const end = at + m[0].length;
      if (prose && (WROTE_TO_BEFORE.test(ctx.text.slice(Math.max(0, at - 60), at).replace(/<[^>]*>/g, ' ')) || WROTE_TO_AFTER_FA.test(ctx.text.slice(end, end + 40)))) continue;
      report(from + m.index, from + m.index + m[0].length);
    }
  };
  for (const h of ctx.extraction.headers) scan(h.range.start, h.range.end);
  for (const link of ctx.extraction.links) if (/^mailto:/i.test(link.href)) scan(link.start, link.end);
  for (const block of ctx.blocks) {
    // Addresses inside prose: scan the original text behind each block.
    scan(block.start, block.end, true);
  }
}

const WROTE_TO_BEFORE = /\b(?:you(?: have|'ve)? (?:sent|wrote|written|emailed|e-mailed|replied)(?: (?:us )?(?:an?|your) (?:e-?mail|message|mail|reply))? to|your (?:e-?mail|message|mail|reply) to)\s*$/i;
/** «… به no-reply@… ایمیل فرستادید»: Persian names the address, then the reader's sending. */
const WROTE_TO_AFTER_FA = /^[\s\u200c]*(?:ایمیل|پیام|نامه)?[\s\u200c]*(?:فرستادید|فرستاده‌اید|ارسال کردید|ارسال کرده‌اید|زدید)/u;

export default rule;
