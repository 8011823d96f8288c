/**
 * Signs that the reader is not left alone after a "no", in normalized prose (lower case, Persian folded, ZWNJ
 * removed so می‌توانیم is میتوانیم): a "but"/"instead", an offer ("we can", "you can", «می‌توانیم»), a next step
 * the reader can take ("please reply", «تماس بگیرید»), a person or channel. Any one of them anywhere in the
 * paragraph or in the next sentence is enough: the rule is about the reader left with nothing, not about how good
 * the alternative is.
 */
const END = "(?![a-z0-9'])";
/** "But", "instead", «اما»: they turn a refusal toward something else only when they come after it ("sorry, but no" doesn't). */
const TURN = [
  '\\b(but|however|instead|alternatively|meanwhile|in the meantime|that said|the good news)\\b',
  '(?<![\\u0600-\\u06FF])(اما|ولی|با این حال|با این وجود|به جای|بجای|در عوض|جایگزین|در عین حال|خوشبختانه)(?![\\u0600-\\u06FF])',
];
const EN = [
  `\\b(we|i|you) (can|could|may|might)${END}`,
  `\\b(we|i|you)'(ll|d)${END}`,
  `\\b(we|i) (will|would|are going to|have (already )?(sent|issued|added|credited|refunded|arranged|forwarded|passed))${END}`,
  // "I've refunded you in full", "we've upgraded your next delivery": something already done for the reader.
  `\\b(we|i)('ve| have) (already |just )?(sent|issued|added|credited|refunded|arranged|forwarded|passed|upgraded|replaced|booked|reopened|escalated|asked(?! around| everyone| colleagues| the team)|set up|applied|extended|reserved|ordered|moved|switched|included|attached|created)${END}`,
  // "Once you update it here, …", "if you send it back, we'll …": a step the reader can take.
  `\\b(once|as soon as|if|when) you\\b`,
  '\\b(partner|partners|alternative|alternatives|option|options|instead)\\b',
  // A sentence that starts with an imperative is a step to take: "Pick a plan here", "Request a new one".
  '(?:^|[.!?;:] |\\n)(pick|choose|request|reset|use|try|click|tap|visit|go|update|upload|add|select|follow|open|sign|log|book|call|phone|email|contact|reply|write|send|check|see|download|order|renew|start|enter|verify|confirm|get|head|ask|just)\\b',
  "\\b(we're|i'm|we are|i am|we'd be|i'd be) (happy|glad|able|here|offering|sending|working)",
  // "You are now free to submit it elsewhere", "you're welcome to apply again": leave to take another road.
  "\\b(you're|you are) (now |still |always )?(free|welcome) to\\b",
  '\\b(please|kindly)\\b(?! (note|be (advised|aware)|understand|accept|bear|know))',
  "\\b(let's|let us)\\b",
  '\\b(just|simply|feel free to) (reply|respond|call|contact|email|write|let|visit|get in touch|reach|click|see|check|try|use|send|go|follow|open|select|choose|ask|book|tap|head)',
  '\\b(reply to this|contact (us|me|our)|call (us|me|our)|get in touch|reach (us|me|our)|let (us|me) know|here is|here\'s|here are|suggest|recommend|(we|i) (can )?offer)',
];
const FA = [
  '(?<![\\u0600-\\u06FFن])(می ?توانیم|می ?توانم|می ?توانید|می ?تونیم|می ?تونید|خواهیم|خواهم)',
  '(پیشنهاد|لطفا|لطفاً|تماس بگیرید|تماس حاصل|با ما|با من|پاسخ دهید|پاسخ بدهید|در صورت تمایل|مایل بودید|اگر بخواهید|اگر مایل|خوشحال|کمک|همکاران ما|کارشناسان ما|گزینه|اعتبار|کد تخفیف|کوپن|راه دیگر|مراجعه|بفرمایید|بزنید|کلیک)',
  // «اگر از این لینک کارت را به‌روز کنید…»، «کل مبلغ را برگرداندیم»، «به محض موجود شدن خبرتان می‌کنم».
  '(اگر|چنانچه|به محض|دوباره تلاش|خودکار|نیازی (به|نیست)|لازم نیست|برگرداندیم|برگرداندم|واریز|ارتقا|نماینده|خبرتان|اطلاع می ?دهیم|لینک|پیوند)',
  // Something the writer will do for the reader, in the first person: «برچسبش را برایتان می‌فرستم»، «براتون رزرو می‌کنیم».
  '(برایتان|براتون|برای شما|به شما|بهتان|بهتون)(?![\\u0600-\\u06FF])[^.!?؛؟\\n]{0,40}?(?<![\\u0600-\\u06FF])(می ?[\\u0600-\\u06FF]+(م|یم)|خواهیم|خواهم)(?![\\u0600-\\u06FF])',
];
const OFFER = new RegExp(`(${[...EN, ...FA].join('|')})`);
const OFFER_OR_TURN = new RegExp(`(${[...TURN, ...EN, ...FA].join('|')})`);

/** An offer, next step or person before the refusal, or a turn, offer, next step or person after it. */
export function offersAWayForward(before: string, after: string): boolean {
  return OFFER.test(before) || OFFER_OR_TURN.test(after);
}
