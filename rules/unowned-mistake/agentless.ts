/**
 * The agentless account of a failure, read as a clause shape rather than listed deeds: in a sentence that apologizes
 * or gives bad news (or right after one), the customer's thing is the subject and something went wrong with it,
 * with nobody doing it:
 *
 *  - a passive or unaccusative verb that is itself a failure: was missed / lost / overlooked / double-booked, went
 *    unanswered, ended up at the wrong address, never arrived, «از دست رفت»، «بی‌جواب ماند»، «اعمال نشد»;
 *  - any passive with a marker of the failure beside it: closed *before* the question was answered, shipped
 *    *without* the charger, renewed *even though* you cancelled, charged *that shouldn't have been*, «پیش از
 *    پاسخ‌گویی بسته شد»، «بدون شارژر ارسال شده»، «با وجود لغو تمدید شد»، «کسر شد که نباید».
 *
 * Not this: a named agent (your bank, the courier, you: "the address you entered"), the reader's own request ("at
 * your request"), a rule-driven outcome ("after three failed sign-in attempts"), a condition ("if your order was
 * sent…"), sympathy for what happened elsewhere ("sorry to hear…"), and a status ("not shipped yet").
 *
 * Runs over normalized prose (lower case, Persian folded, ZWNJ removed), on paragraphs that hold an apology cue.
 */
export interface ClauseSpan { from: number; to: number }

export const APOLOGY = /\b(we|i)('ve| have)? (noticed|found|discovered|realised|realized|spotted|learned|learnt)\b|\b(it|this) (seems|appears|looks like)\b|\bturns out\b|متوجه شدیم|متوجه شدم|مشخص شد|ظاهرا|گویا|به نظر میرسد|sorry|apologi[sz]e|apolog(y|ies)|regret|unfortunately|sadly|afraid|my bad|forgive|متاسف|عذرخواه|عذر میخواه|پوزش|شرمنده|ببخش|معذرت|بدبختانه/;

// English
const EN_SUBJECT = "\\b(your|ur|yr|the|this|that|one of your|some of your|a|an|both|all|[a-z0-9]+'s)( [a-z0-9'\\uE000-]+){0,4}";
const EN_BE = "(was|were|got|has been|have been|had been|is|are|seems to have been|seem to have been|appears to have been|appear to have been|may have been|might have been|must have been)( (today|yesterday|then|also|unfortunately|sadly|somehow|accidentally|mistakenly|wrongly|incorrectly|simply|just|completely|actually|already))?";
const EN_FAILED = '(duplicated|missed|lost|overlooked|forgotten|ignored|mislaid|misplaced|swapped|mixed up|muddled|double-booked|double booked|overbooked|overcharged|double-charged|double charged|undercharged|misrouted|misdirected|mislabell?ed|misfiled|misread|miscalculated|misspelt|misspelled|left out|left off|omitted|skipped|dropped|mishandled|messed up|lost track of|closed by mistake|cancelled by mistake|canceled by mistake)';
const EN_UNDONE_PART = '(sent|applied|processed|passed on|forwarded|updated|recorded|saved|scheduled|booked|seen|read|answered|actioned|received|included|refunded|credited|cancelled|canceled|shipped|delivered|added|removed|logged|followed up|picked up|returned|replied to|responded to|packed|dispatched|arranged|confirmed|reviewed|checked|honoured|honored|activated|issued|paid|transferred|escalated)';
const EN_PART = "([a-z]+ed|sent|shown|given|taken|done|made|put|set|kept|left|paid|read|seen|built|sold|held|shut|cut|written|told|brought|bought|spent|struck|thrown|run|split)";
const EN_MARKER = "(by (our|the) (system|systems|software|website|site|app|platform|automated system)|(a|one|two|three|[0-9]+|several|a few|a couple of) (day|days|week|weeks|month|months|hour|hours) (early|earlier than|too early|late|too late|ahead of (time|schedule))|(an?|the) (incorrect|wrong)|before|too (early|soon|late)|by mistake|in error|accidentally|mistakenly|wrongly|incorrectly|without|even though|although|despite|prematurely|twice|two times|more than once|(that|when|which) (it |they )?(shouldn't|should not|should never) have|to the wrong|with the wrong|at the wrong|for the wrong|in the wrong|on the wrong|instead of|while (it|they|he|she|you|we) (was|were|is|are|had|hadn't|wasn't|weren't) (still|not|never)|(still) (in place|attached|inside|on it|on board)|(with|using|at|to|from|under|in) (the|your) (old|previous|former|outdated|expired|earlier) |(someone|somebody) else's|another (customer|person|client|guest|member|shopper|patient|passenger)'s|(the|a) (different|other) (customer|person|client|guest)'s)";
const EN_CLAUSES = [
  new RegExp(`${EN_SUBJECT} ${EN_BE} ${EN_FAILED}\\b`),
  new RegExp(`${EN_SUBJECT} (was not|wasn't|were not|weren't|has not been|hasn't been|have not been|haven't been|had not been|hadn't been|was never|were never|had never been|never got|did not get|didn't get) ${EN_UNDONE_PART}\\b`),
  new RegExp(`${EN_SUBJECT} ${EN_BE} ${EN_PART}\\b.{0,50}?\\b${EN_MARKER}`),
  new RegExp(`${EN_SUBJECT} ${EN_BE} (accidentally|mistakenly|wrongly|incorrectly|erroneously|inadvertently|wrongfully) ${EN_PART}\\b`),
  new RegExp(`\\b(the|a|an) (wrong|incorrect|faulty|duplicate|mismatched)( [a-z-]+){1,2} ${EN_BE} ${EN_PART}\\b`),
  // "The size 8 you ordered went out as a size 10": what they chose, turned into something else on the way.
  new RegExp(`${EN_SUBJECT} (you|that you) (ordered|booked|chose|picked|asked for|paid for|requested) (went out|was sent|were sent|was shipped|were shipped|was packed|were packed|arrived|came|was delivered|were delivered|was made up|was booked|was entered) as (a|an|the)\\b(?! (gift|priority|express|standard|tracked|single|separate|free|normal|first))`),
  new RegExp(`${EN_SUBJECT} (was|were|is|are) not (the one|the ones|what|the (item|items|size|colour|color|product|model|version)) (you|that you) (ordered|asked for|chose|picked|booked|paid for)`),
  new RegExp(`${EN_SUBJECT} (went (unanswered|missing|astray|unnoticed|unread|unprocessed|to the wrong)|ended up (at|in|on|with|going to|being sent to|being printed on|printed on)( the| a| an| your)? (wrong|incorrect|another|old|different|previous|someone else's|somebody else's|(a|another) [a-z]+'s)|(went out|was sent|were sent|was issued|were issued|was printed|were printed|arrived|came|shipped|was shipped|were shipped) with (the|a|an) (wrong|incorrect|old|outdated)|(did not|didn't|never|failed to) (arrive|reach you|go out|go through|get sent|get through|turn up|show up|happen|get (processed|applied|passed on|booked|sent|answered|picked up))|(was|were|has been|had been) (sitting|left|stuck|waiting) (unanswered|unread|unnoticed|in our|in the)|(arrived|came|went out) without|(showed|had|contained|listed|included|displayed|carried) (the|a|an) (wrong|incorrect)|(slipped|fell) through|(was|were|got|has been|have been|had been) (deleted|wiped|erased|corrupted|removed|reset|overwritten) (during|in) (the|a|an|our) (migration|update|upgrade|move|transfer|outage|switchover|changeover|system change|glitch|crash)|(never|didn't|did not) make it (to|through|onto|into)|never made it (to|through|onto|into)|(was|were|got|has been|had been) (spelt|spelled|written|printed|typed|entered|labell?ed) (wrong|wrongly|incorrectly))`),
];
const EN_NOT_THIS = /\b(by (your|the|a|an) (bank|card issuer|issuer|courier|carrier|post office|postal service|payment provider|airline|driver|customs|delivery partner|supplier|manufacturer)|you (had )?(entered|provided|gave|given|chose|chosen|selected|typed)|(because|as|since) you\b|at your request|as (you )?requested|because (we|i) (hadn't|had not|didn't|did not|haven't) (heard|hear|received)|after (three|3|several|multiple|too many|repeated) (failed|unsuccessful|incorrect)|sorry to (hear|learn|see)|sad to hear|(not|haven't|hasn't) (been )?[a-z]+ yet|\byet\b|so far)\b|^(if|when|should|whether|in case)\b|\b(if|in case|whether) (your|the|a|an|any)\b/;
/** The writer owns it in the same sentence ("we missed your visit"): the owning check of the paragraph covers the rest. */
const EN_OWNED = /\b(we|i|we've|i've|we'd|i'd)( have| had)? (accidentally|mistakenly|wrongly|completely|clearly)? ?(sent|shipped|made|charged|billed|packed|lost|mixed|processed|entered|cancell?ed|canceled|forgot|missed|overlooked|messed|closed|deleted|booked|applied|swapped|didn't|did not|failed|let)\b/;

// Persian (THING is the rule's class of the customer's things)
const FA_FAILED = '(از دست رفت|از دست رفته|جا ماند|جا مانده|جا موند|جا مونده|بیجواب ماند|بیجواب مانده|بی جواب ماند|بی جواب مانده|بیپاسخ ماند|بیپاسخ مانده|بی پاسخ ماند|بی پاسخ مانده|بدون پاسخ ماند|بدون پاسخ مانده|بدون جواب ماند|بدون جواب مانده|فراموش شد|فراموش شده|نادیده گرفته شد|نادیده گرفته شده|گم شد|گم شده|مفقود شد|مفقود شده|از قلم افتاد|از قلم افتاده|قاطی شد|جابجا شد|جابهجا شد|صفر شد|صفر شده|پاک شد|پاک شده|سوخت|سوخته)';
const FA_UNDONE = '(دیده|خوانده|پیگیری|اعمال|ثبت|ارسال|انجام|پاسخ داده|جواب داده|رسیدگی|تحویل|واریز|منتقل|ارجاع|تایید|تأیید|لحاظ|بررسی|پردازش|تمدید|برگشت|بازگردانده|عودت|پرداخت) (نشد|نشده|نشده بود|نشده است|نگردید|نگردیده)';
const FA_PASSIVE = '(یافت|یافته|یافته است|شد|شده|شده است|شده بود|شدند|شدهاند|گردید|گردیده|گردیده است|داده شد|داده شده|داده شده بود|گرفت|گرفته|گرفته شد|خورد|خورده)';
const FA_MARKER = '((هنگام|حین|در جریان|موقع) (انتقال|به ?روزرسانی|بهروزرسانی|ارتقا|جابجایی|جابهجایی|مهاجرت|تمدید|تعویض|صدور|ثبت)|(قدیمی|قبلی|سابق)|(خط|حساب|کارت|آدرس|نام) (یکی|یک نفر|یه نفر|شخص|کس) ?(دیگه|دیگر|دیگری)|(حساب|آدرس|شماره|سفارش|نام|اسم|کارت) ?(دیگری|دیگر|دیگه)|همسایه|به ?اشتباه|به ?غلط|به ?جای|غلط|سهوا|نادرست|به نادرستی|(مشتری|شخص|فرد|کس|آدم|نفر) ?(دیگری|دیگر|دیگه)|یه نفر دیگه|یک نفر دیگر|(به ?صورت|به ?عنوان) (سایز|رنگ|مدل|نسخه)|پیش از|قبل از|بدون|با وجود|علیرغم|علی رغم|به اشتباه|اشتباها|اشتباهی|اشتباه|نباید|دو بار|دوبار|دو مرتبه|بیدلیل|بی دلیل|ناخواسته|به جای|بجای|زودتر از|دیرتر از)';
/** Wrongness said outright (a narrower FA_MARKER): the generic clause takes any subject, so it asks for more. */
const FA_WRONG = '(به ?اشتباه|اشتباها|اشتباهی|اشتباه|به ?غلط|غلط|نادرست|به نادرستی|سهوا|(با|به|از) [^ ]+ (قدیمی|قبلی|سابق)|زودتر از (موعد|موقع|زمان|تاریخ|قرار)|(یک|دو|سه|چند) (روز|هفته|ماه) (زودتر|دیرتر)|دو بار|دوبار|دو مرتبه|بیدلیل|بی دلیل)';
const FA_NOT_THIS = /(توسط|از طرف|از سوی|از جانب) (بانک|پست|شرکت پست|پیک|باربری|شرکت حمل|فروشنده|درگاه|شما|خودتان)|(شما|خودتان) ([^ ]+ ){0,4}(وارد کرد|انتخاب کرد|ثبت کرد|درخواست کرد|لغو کرد|فراموش کرد)|(که|را) (وارد کرده|وارد کردید|انتخاب کرده|انتخاب کردید)|(طبق|به|بنا به|مطابق) (درخواست|خواسته)|(اگر|اگه|چنانچه|در صورتی که|در صورت|آیا|وقتی|کدام|کدوم)|(هنوز|تاکنون|تا کنون|فعلا)|(شنیدیم|میشنویم|شنیدن)/;
const FA_OWNED = /(ما|من) ([^ ]+ ){0,5}(فرستادیم|فرستادم|کردیم|کردم|گذاشتیم|زدیم|دادیم|دادم|بستیم|بستم|فراموش کردیم|فراموش کردم|جا انداختیم)/;

/** The clauses of one paragraph that tell a failure with nobody doing it, in a sentence that apologizes (or after one). */
export function agentlessFailures(text: string, language: 'en' | 'fa', thing: string, apologizedBefore = false): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  const sentences = splitSentences(text);
  let apologized = apologizedBefore;
  const fa = language === 'fa' ? faClauses(thing) : undefined;
  for (const s of sentences) {
    const sorry = APOLOGY.test(s.text);
    const inContext = sorry || apologized;
    apologized = sorry;
    if (!inContext) continue;
    const clauses = fa ?? EN_CLAUSES;
    const notThis = language === 'fa' ? FA_NOT_THIS : EN_NOT_THIS;
    const owned = language === 'fa' ? FA_OWNED : EN_OWNED;
    if (notThis.test(s.text) || owned.test(s.text)) continue;
    let best: RegExpExecArray | null = null;
    for (const re of clauses) {
      const m = re.exec(s.text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (!best) continue;
    out.push({ from: s.from + best.index, to: s.to });
  }
  return out;
}

const faCache = new Map<string, RegExp[]>();
function faClauses(thing: string): RegExp[] {
  let res = faCache.get(thing);
  if (res) return res;
  // The pattern class is written for the phrase matcher: «*» is "any ending", ZWNJ is folded away in the text.
  const noun = thing.replace(/\u200C/g, '').replace(/\*/g, '[^ ]*');
  // Whole words only: «توت‌فرنگی‌ها» holds «رنگ» and «له‌شده» holds «شد», and neither is this.
  const w = (x: string) => `(?<![\\u0600-\\u06FF])${x}(?![\\u0600-\\u06FF])`;
  // Wrongness as an adjective takes the indefinite or ezafe ending: «تعرفه‌ی نادرستی», «آدرس اشتباهی».
  const wAdj = (x: string) => `(?<![\\u0600-\\u06FF])${x}(ی|ای)?(?![\\u0600-\\u06FF])`;
  const n = `(?<![\\u0600-\\u06FF])${noun}`;
  res = [
    new RegExp(`${n}[^.!?\\u061F\\u061B\\n]{0,50}?${w(FA_FAILED)}`),
    new RegExp(`${n}[^.!?\\u061F\\u061B\\n]{0,50}?${w(FA_UNDONE)}`),
    new RegExp(`${n}[^.!?\\u061F\\u061B\\n]{0,60}?${w(FA_MARKER)}[^.!?\\u061F\\u061B\\n]{0,50}?${w(FA_PASSIVE)}`),
    new RegExp(`${n}[^.!?\\u061F\\u061B\\n]{0,50}?${w(FA_PASSIVE)}[^.!?\\u061F\\u061B\\n]{0,20}?(که نباید|بدون|پیش از|قبل از)`),
    // «چمدان شما در فرودگاه جا ماند»: the reader's thing (their «شما» or «…تان»), whatever the noun, then a verb that
    // is itself a failure.
    new RegExp(`(?:[^ .!?\\u061F\\u061B\\n،]+ )?${w('(شما|[^ ]+تان)')}[^.!?\\u061F\\u061B\\n]{0,40}?${w(FA_FAILED)}`),
    // «درخواست تماس شما هیچ‌وقت به دست همکاران نرسید»: it never arrived where it was going, by no one.
    new RegExp(`${n}[^.!?\\u061F\\u061B\\n]{0,40}?${w('(هیچ ?وقت|هیچگاه|هرگز|اصلا)')}[^.!?\\u061F\\u061B\\n]{0,30}?${w('(نرسید|نرسیده|ارسال نشد|ثبت نشد|دیده نشد|نرفت)')}`),
    // Whatever the thing («نسخه»، «قسط»، «تعرفه»، «سیم‌کارت»): wrongness said outright, then a passive with no one
    // doing it, as the English clauses take any subject. «با دوز اشتباه پیچیده شده است»، «یک روز زودتر برداشت شده».
    new RegExp(`${wAdj(FA_WRONG)}[^.!?\\u061F\\u061B\\n]{0,50}?${w(FA_PASSIVE)}`),
  ];
  faCache.set(thing, res);
  return res;
}

function splitSentences(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  const re = /(?:[^.!?\n\u061F;\u061B:]|\.(?=[^\s.])|:(?=\S))+[.!?\u061F;\u061B:]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    out.push({ text: body, from: m.index + lead, to: m.index + lead + body.replace(/[\s.!?\u061F;\u061B:]+$/, '').length });
  }
  return out;
}
