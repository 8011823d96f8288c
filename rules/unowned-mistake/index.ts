import { sourceRange, type Language, type PhraseData, type PhraseMatch, type ProseBlock, type Rule, type RuleContext, type Suggestion, type TextEdit } from '../../server/engine/kit';
import { badNews as badNewsEn, en, enFaults, owning as owningEn } from './en';
import { badNews as badNewsFa, fa, faFaults, owning as owningFa } from './fa';
import { rewrite } from './rewrite';

/** Failures told with no one doing them: wrong deeds, wrong things, lost things. Bad news by themselves. */
const FAILURES: PhraseData = { en, fa };
/** Faults that "occurred": a status line says the same, so they count only where the message apologizes or gives bad news. */
const FAULTS: PhraseData = { en: enFaults, fa: faFaults };
const OWNING: PhraseData = { en: owningEn, fa: owningFa };
const BAD_NEWS: PhraseData = { en: badNewsEn, fa: badNewsFa };
/** A status line asks the reader to try again: the "error" is a screen's, not a failure someone owes an account of. */
const TRY_AGAIN = /\b(try again|retry|refresh the page|reload the page|try later|try back)\b|(دوباره|مجددا|مجدد) (تلاش|امتحان)|صفحه را (دوباره|مجددا|مجدد)? ?(بارگذاری|رفرش|تازه)/;

const rule: Rule = {
  id: 'unowned-mistake',
  description: 'A mistake told with no one making it: "your package was sent to the wrong address", "an error occurred with your order".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Say who made the mistake: "your order was sent to the wrong address" hides the sender. "We sent your order to the wrong address" owns it, and an owned mistake is easier to forgive.',
    fa: 'بگویید چه کسی اشتباه کرد: «سفارش شما اشتباه ارسال شد» فرستنده را پنهان می‌کند. «ما سفارش شما را اشتباه فرستادیم» اشتباه را می‌پذیرد و بخشیدنش آسان‌تر است.',
  },
  check(ctx) {
    let apologizes: boolean | undefined;
    const nonApology = ctx.phrasesOfRule('non-apology');
    ctx.blocks.forEach((block, i) => {
      const failures = ctx.match(block, FAILURES);
      let faults = ctx.match(block, FAULTS);
      if (failures.length === 0 && faults.length === 0) return;
      if (TRY_AGAIN.test(block.text)) return;
      if (faults.length) {
        apologizes ??= ctx.blocks.some((b) => ctx.match(b, BAD_NEWS).length > 0);
        if (!apologizes) faults = [];
      }
      const found = [...failures, ...faults].sort((a, b) => a.from - b.from);
      if (found.length === 0) return;
      // An owning statement nearby (this paragraph or the ones beside it) has already said who did it.
      if ([ctx.blocks[i - 1], block, ctx.blocks[i + 1]].some((b) => b && ctx.match(b, OWNING).length > 0)) return;
      // One owner per finding: the generic "mistakes were made" / «اشتباهاتی رخ داد» is non-apology's.
      const owned = nonApology ? ctx.match(block, nonApology) : [];
      let reportedTo = -1;
      for (const m of found) {
        if (m.from < reportedTo || owned.some((o) => o.from < m.to && m.from < o.to)) continue;
        reportedTo = m.to;
        // «متأسفانه خطایی پیش آمد»: the apology adverb is not part of the agentless clause.
        const adverb = /^(متاسفانه|متأسفانه|بدبختانه) /.exec(block.text.slice(m.from, m.to));
        report(ctx, block, adverb ? { ...m, from: m.from + adverb[0].length } : m);
      }
    });
  },
};

function report(ctx: RuleContext, block: ProseBlock, m: PhraseMatch & { language: Language }): void {
  const edits = rewrite(ctx, block, m.from, m.to, m.language);
  const suggestions: Suggestion[] = [];
  if (edits) {
    const preview = applyPreview(ctx.text, edits);
    suggestions.push({ title: m.language === 'fa' ? `بپذیرید: «${preview}»` : `Own it: "${preview}"`, edits });
  }
  ctx.report({ range: sourceRange(block, m.from, m.to), language: m.language, suggestions });
}

/** The rewritten clause as the reader will see it, for the quick-fix title. */
function applyPreview(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const start = sorted[0].range.start;
  const end = Math.max(...sorted.map((e) => e.range.end));
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.range.start) + e.text;
    at = e.range.end;
  }
  out += text.slice(at, end);
  return out.replace(/\s+/g, ' ').trim();
}

export default rule;
