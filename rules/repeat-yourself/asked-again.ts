/**
 * Asking for what the message itself says the reader already gave: "Thanks for sending your policy number. … Please
 * reply with your policy number." / «شماره‌ی بیمه‌نامه را دریافت کردیم … لطفاً شماره‌ی بیمه‌نامه‌تان را بفرستید.»
 *
 * Read as two clauses, not phrases: an acknowledgement that names a thing the reader sent (a verb of receiving or of
 * their sending, and its object), then, later in the message, a request for the same thing (a verb of sending,
 * giving or entering, and an object with the same head noun and no new detail). No listed wording: any object whose
 * head noun is repeated is the repeat.
 *
 * Not this: asking for a better or different one ("a clearer photo", "the photo of the label"), a new copy because
 * the first one failed (blurry, expired, a code or password), and things people send every time by nature
 * (a message, a reply, a question).
 *
 * Runs over normalized prose (lower case, Persian folded, ZWNJ removed), across the blocks of one message.
 */
export interface AskedAgain {
  block: number;
  from: number;
  to: number;
}

interface Acknowledged {
  block: number;
  at: number;
  head: string;
  modifiers: string[];
}

/** Heads too general to call a repeat: every message has them. */
const GENERIC = new Set([
  'message', 'messages', 'email', 'e-mail', 'emails', 'reply', 'replies', 'response', 'question', 'questions', 'request', 'order',
  'orders', 'time', 'patience', 'interest', 'business', 'support', 'understanding', 'feedback', 'help', 'note', 'call', 'it', 'them',
  'this', 'that', 'everything', 'all', 'thanks', 'one',
  'پیام', 'ایمیل', 'پاسخ', 'سوال', 'سؤال', 'درخواست', 'سفارش', 'وقت', 'زمان', 'صبر', 'حوصله', 'همراهی', 'لطف', 'نظر', 'آن', 'این', 'همه',
]);
/** What excuses asking again: the first copy failed, or a one-time secret. */
const EN_FAILED = /\b(blurry|unreadable|illegible|too dark|out of focus|cut off|corrupt(ed)?|expired|invalid|incorrect|wrong|didn't (come|go) through|did not (come|go) through|couldn't (open|read)|could not (open|read)|password|passcode|(verification|security|login|sign-in|one-time|confirmation|reset) (code|link)|pin|otp)\b/;
const FA_FAILED = /(ناخوانا|واضح نیست|تار|ناقص|باز نشد|باز نمیشود|منقضی|نامعتبر|اشتباه|نادرست|رمز|کد (تایید|تأیید|ورود|فعالسازی|یکبار)|لینک)/;
/** New detail in a Persian request (its modifiers follow the noun, past what the acknowledgement named). English
 * needs no list: a modifier the acknowledgement lacks ("a clearer photo") already makes it another thing. */
const FA_NEW = /(جدید|تازه|واضحتر|بهتر|دیگری|دیگر|درست|صحیح|کامل|اصل|امضاشده|امضا شده|بهروز)/;

const EN_WORD = "[a-z0-9'-]+";
const EN_STOP = /^(and|or|to|for|with|from|by|on|in|at|of|so|as|we|i|you|which|that|who|when|but|please|thanks|earlier|yesterday|today|already|before|just|again|too|also|over|through|us|me)$/;
const EN_DET = /^(your|the|those|these|that|this|a|an|all|all of your|our|my)$/;
/** "Thanks for sending your policy number", "we've received the photos", "we have your receipt". */
const EN_ACK = new RegExp(
  `\\b(?:(?:thanks|thank you|thx|ty|cheers)(?: so much| very much| again)? for (?:sending|providing|sharing|giving us|including|attaching|uploading|submitting|forwarding|confirming|emailing)(?: us| me)?(?: over| through)?|(?:we|i)(?:'ve| have)? (?:received|got|now have)|(?:we|i)(?:'ve| have) got)((?: ${EN_WORD}){1,5})`,
  'g',
);
/** "Please reply with your policy number", "could you send us the photos", "you'll need to enter your booking reference". */
const EN_ASK = new RegExp(
  `\\b(?:please|kindly|pls|could you|can you|would you|will you|we need you to|we'll need you to|you'll need to|you will need to|you need to|we ask that you)(?: please| kindly| also| just)? (?:reply with|respond with|write back with|send(?: us| me)?(?: over)?|provide(?: us with)?|share|give us|tell us|confirm|enter|include|attach|upload|resend|re-send|forward|type(?: in)?|let us (?:know|have)|(?:e-?mail|text|post|fax|message)(?: us| me| it| them)?(?: over)?|write down|list|set out|spell out|read out)((?: ${EN_WORD}){1,5})`,
  'g',
);

/** The noun phrase that starts `words`: an optional determiner, modifiers, and the head (the last word before a stop). */
function enPhrase(words: string): { head: string; modifiers: string[]; more: boolean } | undefined {
  const ws = words.trim().split(' ');
  let i = 0;
  if (ws[i] === 'all' && ws[i + 1] === 'of') i += 2;
  if (i < ws.length && EN_DET.test(ws[i])) i++;
  const np: string[] = [];
  for (; i < ws.length && !EN_STOP.test(ws[i]); i++) np.push(ws[i]);
  if (!np.length) return undefined;
  // Words after the head that narrow it ("the photo of the label", "the form showing …") make it a new request.
  const more = i < ws.length && /^(of|showing|with|from|that|which|for)$/.test(ws[i]);
  return { head: np[np.length - 1], modifiers: np.slice(0, -1), more };
}

/** A Persian word: letters and digits, not the Arabic-script comma, semicolon or question mark. */
const FA_WORD = '[\\u0621-\\u064A\\u0660-\\u0669\\u066E-\\u06D3\\u06F0-\\u06FF0-9]+';
/** «شماره‌ی بیمه‌نامه را دریافت کردیم»، «عکس‌ها به دستمان رسید»، «بابت ارسال رسید خرید ممنونیم». */
const FA_ACK = [
  new RegExp(`((?:${FA_WORD} ){1,3}?)(?:را |رو )?(?:دریافت کردیم|دریافت کردم|دریافت شد|به دستمان رسید|به دستم رسید|به دست ما رسید|رسید|گرفتیم)`, 'g'),
  new RegExp(`(?:بابت|برای|از) (?:ارسال|فرستادن) ((?:${FA_WORD} ){1,3}?)(?:ممنون|سپاس|متشکر|تشکر)`, 'g'),
];
/** «لطفاً شماره‌ی بیمه‌نامه‌تان را در پاسخ بفرستید»: the object before «را» and a verb of sending or entering. */
const FA_ASK = new RegExp(
  `(?:لطفا|لطفاً|خواهشمند است|خواهشمندیم|ممنون میشویم|ممکن است|میشه|میشود) ((?:${FA_WORD} ){1,4}?)(?:را|رو) (?:(?:${FA_WORD} ){0,3})(?:بفرستید|بفرستین|بفرستی|بارگذاری کنید|بارگذاری نمایید|آپلود کنید|ضمیمه کنید|پیوست کنید|ارسال کنید|ارسال نمایید|ارسال فرمایید|وارد کنید|وارد نمایید|بنویسید|اعلام کنید|اعلام نمایید|بدهید|بدید)`,
  'g',
);
/** Persian endings that do not change the thing: ezafe, indefinite, possessives, plural. */
function faStem(word: string): string {
  // Stripped to a fixed point, so «ملی» and «ملی‌تان» come to the same stem on both sides (stems need not be words).
  let stem = word;
  for (let prev = ''; stem !== prev && stem.length > 2; ) {
    prev = stem;
    stem = stem.replace(/(هایتان|هایمان|هایشان|هاتان|تان|مان|شان|ها|های|ی|ای|ت)$/, '') || prev;
  }
  return stem;
}
function faPhrase(words: string): string[] {
  return words.trim().split(' ').filter((w) => !/^(شما|ما|خود|خودتان|این|آن|همان|همین|در|به|از|با|پاسخ|جواب)$/.test(w)).map(faStem);
}

/** The requests, in a message's blocks, for something the message acknowledged receiving earlier. */
export function askedAgain(blocks: readonly { text: string; language: 'en' | 'fa' }[]): AskedAgain[] {
  const out: AskedAgain[] = [];
  const acks: Acknowledged[] = [];
  blocks.forEach((block, b) => {
    const text = block.text;
    if (block.language === 'fa') {
      for (const re of FA_ACK) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const words = faPhrase(m[1]);
          if (words.length) acks.push({ block: b, at: m.index + m[0].length, head: words.join(' '), modifiers: [] });
        }
      }
      if (!acks.length) return;
      FA_ASK.lastIndex = 0;
      for (let m = FA_ASK.exec(text); m; m = FA_ASK.exec(text)) {
        const asked = faPhrase(m[1]);
        const sentence = sentenceOf(text, m.index);
        if (!asked.length || GENERIC.has(asked[0]) || FA_FAILED.test(sentence.text) || FA_NEW.test(m[1])) continue;
        // The acknowledged phrase may start earlier than the thing («ما شماره‌ی …»): the request names its end.
        const same = (a: Acknowledged) => a.head === asked.join(' ') || a.head.endsWith(' ' + asked.join(' '));
        if (acks.some((a) => (a.block < b || a.at <= m!.index) && same(a))) out.push({ block: b, from: sentence.from, to: sentence.to });
      }
      return;
    }
    EN_ACK.lastIndex = 0;
    for (let m = EN_ACK.exec(text); m; m = EN_ACK.exec(text)) {
      const np = enPhrase(m[1]);
      if (np && !GENERIC.has(np.head)) acks.push({ block: b, at: m.index + m[0].length, head: np.head, modifiers: np.modifiers });
    }
    if (!acks.length) return;
    EN_ASK.lastIndex = 0;
    for (let m = EN_ASK.exec(text); m; m = EN_ASK.exec(text)) {
      const np = enPhrase(m[1]);
      if (!np || np.more) continue;
      const sentence = sentenceOf(text, m.index);
      if (EN_FAILED.test(sentence.text)) continue;
      const same = acks.some((a) => (a.block < b || a.at <= m!.index) && a.head === np.head && np.modifiers.every((w) => a.modifiers.includes(w)));
      if (same) out.push({ block: b, from: sentence.from, to: sentence.to });
    }
  });
  return out;
}

/** The sentence around `at`: from after the previous end mark to before the next. */
function sentenceOf(text: string, at: number): { text: string; from: number; to: number } {
  let from = at;
  while (from > 0 && !/[.!?\n\u061F;\u061B]/.test(text[from - 1])) from--;
  while (from < at && text[from] === ' ') from++;
  let to = at;
  while (to < text.length && !/[.!?\n\u061F;\u061B]/.test(text[to])) to++;
  return { text: text.slice(from, to), from, to };
}
