import { sourceRange, wordMask, type PhraseData, type ProseBlock, type Rule, type RuleContext } from '../../server/engine/kit';
import { en, enReadIt } from './en';
import { fa } from './fa';
import { answerHeldElsewhere, factHeldElsewhere, newsHeldElsewhere } from './held-elsewhere';
import { sendsAway } from './send-away';
import { EXTRA_EFFORT_WORDS, W } from './cues';

const PHRASES: PhraseData = { en, fa };
/**
 * "Log in to read it" sends the reader away only when "it" is the message the sentence before announced ("You have
 * a new reply. Log in to read it."); after "Your invoice is ready" it may be a document the email never held.
 */
const READ_IT: PhraseData = { en: enReadIt };
const LOGS_IN = /\b(log|login|sign|visit|go to|head to)/;
const ANNOUNCES_A_MESSAGE = /\b(new|unread) (message|reply|response|answer)s?\b|\b(reply|response|answer|message)s? (is|are|has been|have been) (now )?(ready|waiting|available|posted)\b|\b(we|i|our team|support) (have |has )?(replied|responded|answered)\b|\b(has|have) been (answered|replied to|responded to)\b|\b(there's|there is) (a|an) (new )?(reply|response|answer)\b/;

const rule: Rule = {
  id: 'extra-effort',
  description: 'Sending the customer elsewhere for what the message could give them: "log in to read our reply", "call our other number".',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    en: "Bring the answer to them: being sent to log in, call another number or open a new ticket is work the customer shouldn't have to do.",
    fa: 'پاسخ را به خودِ مشتری برسانید: فرستادنش به ورود به حساب، شماره‌ی دیگر یا تیکت تازه، کاری است که نباید بر دوش او باشد.',
  },
  phrases: PHRASES,
  check(ctx) {
    // Each paragraph on its own: the server replays an unchanged paragraph's findings (RuleContext.eachBlock).
    ctx.eachBlock((block) => checkBlock(ctx, block));
  },
};

/** One finding per sentence: "we can't help by email; contact the courier directly" is one dead end, not two. */
function checkBlock(ctx: RuleContext, block: ProseBlock): void {
  const found: { from: number; to: number; language: 'en' | 'fa' }[] = [];
  for (const m of ctx.match(block, PHRASES)) found.push(m);
  // "Log in to read it" needs a way in and an announced message. The two word cues (cues.ts) first: they are cheap
  // (LOGS_IN is literal-led) and fail on nearly every paragraph, which then skips the phrase search.
  if (hasBoth(wordMask(block, EXTRA_EFFORT_WORDS), W.logIn | W.aMessage) && LOGS_IN.test(block.text) && ANNOUNCES_A_MESSAGE.test(block.text)) for (const m of ctx.match(block, READ_IT)) found.push(m);
  // The sentence-level frame only where no phrase already placed a tighter finding in that sentence.
  for (const s of [...answerHeldElsewhere(block), ...newsHeldElsewhere(block), ...factHeldElsewhere(block)]) {
    if (!found.some((f) => f.from < s.to && s.from < f.to)) found.push({ ...s, language: block.language });
  }
  // A send-away frame covers what the reader is told to do, which may run into the next sentence ("This team
  // doesn't handle returns. Please email returns@…"): it replaces the tighter phrase findings inside it.
  // One owner per finding: asking for work again that repeat-yourself already reports ("send the photos again",
  // "fill in the form again") is its finding, not a second one here.
  let repeats: { from: number; to: number }[] | undefined;
  for (const s of sendsAway(block)) {
    if (ctx.allowed(block.text.slice(s.from, s.to), block.language)) continue;
    if (s.kind === 'redo') {
      const theirs = ctx.phrasesOfRule('repeat-yourself');
      repeats ??= theirs ? ctx.match(block, theirs) : [];
      if (repeats.some((r) => r.from < s.to && s.from < r.to)) continue;
    }
    if (s.joined) for (let k = found.length - 1; k >= 0; k--) if (found[k].from >= s.from && found[k].to <= s.to) found.splice(k, 1);
    if (!found.some((f) => f.from < s.to && s.from < f.to)) found.push({ ...s, language: block.language });
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  let sentenceEnd = -1;
  for (const f of found) {
    if (f.from < sentenceEnd) continue;
    sentenceEnd = sentenceEndAfter(block.text, f.to);
    ctx.report({ range: sourceRange(block, f.from, f.to), language: f.language });
  }
}

const hasBoth = (mask: number, bits: number) => (mask & bits) === bits;

function sentenceEndAfter(text: string, at: number): number {
  const rest = text.slice(at).search(/[.!?\n\u061F;\u061B](?!\S)/);
  return rest < 0 ? text.length : at + rest;
}

export default rule;
