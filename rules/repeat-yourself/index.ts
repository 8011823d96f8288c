import { phraseRule, reportPhrase, type PhraseRuleSpec, type Range, type Rule, type RuleContext } from '../../server/engine/kit';
import { askedAgain } from './asked-again';
import { en, NO_NEED as EN_NO_NEED } from './en';
import { fa, NO_NEED as FA_NO_NEED } from './fa';

const spec: PhraseRuleSpec = {
  id: 'repeat-yourself',
  description: 'Asking a customer to explain again what they already told you.',
  defaultSeverity: 'warning',
  fixable: true,
  sentenceRewrites: true,
  messages: {
    en: 'Don\'t make the customer repeat themselves: being asked to explain again is the first frustration customers report.',
    fa: 'مشتری را وادار به تکرار نکنید؛ دوباره توضیح دادن اولین گلایه‌ی مشتریان است.',
  },
  phrases: { en, fa },
  title: {
    en: (r) => `Use what they already told you: "${r}"`,
    fa: (r) => `از گفته‌های قبلی استفاده کنید: «${r}»`,
  },
};
const phrases = phraseRule(spec);

const rule: Rule = {
  ...phrases,
  check(ctx) {
    const reported: Range[] = [];
    const watched: RuleContext = Object.create(ctx, { report: { value: (input: Parameters<RuleContext['report']>[0]) => (reported.push(input.range), ctx.report(input)) } });
    phrases.check(watched);
    // The message's own acknowledgement, then a request for the same thing (asked-again.ts): one finding per
    // sentence, so a sentence a phrase already reported is not reported twice.
    for (const a of askedAgain(ctx.blocks)) {
      const block = ctx.blocks[a.block];
      if (ctx.allowed(block.text.slice(a.from, a.to), block.language)) continue;
      const start = block.starts[a.from];
      const end = block.ends[a.to - 1];
      if (reported.some((r) => r.start < end && start < r.end)) continue;
      const replace = block.language === 'fa' ? FA_NO_NEED : EN_NO_NEED;
      reportPhrase(ctx, spec, block, { from: a.from, to: a.to, entry: { match: '', replace } }, block.language);
    }
  },
};

export default rule;
