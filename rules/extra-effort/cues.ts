import { wordCues } from '../../server/engine/kit';

/**
 * extra-effort's single-word cues, in one set so a paragraph's words are walked once for all of them (wordMask
 * keeps the last paragraph's mask: index.ts, held-elsewhere.ts and send-away.ts each test their own bits of it).
 * The cues they stand for scan every position of every English paragraph; these single-word tests (each run once per
 * distinct word, see wordMask) are necessary conditions of them, so most paragraphs skip the cues. Each test
 * names, for some alternatives of a cue, a piece that lies inside one word: letters, or a word edge where the cue
 * has `\b` (a word's characters are letters, digits, `_` and `'`, so `\b` inside a word is only next to `'` or a non-ASCII letter).
 * Keep in step with the cues: a cue alternative no test covers would be skipped.
 */
/**
 * Paragraph class cues of send-away.ts in two parts each: the alternatives made only of letters (no space or other
 * mark), which can only occur inside one word, and the ones that span words. A cue holds in a paragraph exactly
 * when one of its words holds a one-word alternative (the word tests below, exact rather than necessary) or the
 * paragraph matches a spanning one, so the paragraph is scanned only for the few spanning alternatives. A sentence
 * is read the same way, from its own words' mask (wordMaskIn): a sentence ends at a mark, never inside a word.
 */
export const CUE_PARTS = {
  enTarget: { words: ['another', 'different', 'separate', 'relevant', 'appropriate', 'responsible', 'specialist', 'dedicated', 'directly', 'yourself', 'instead', 'separately', 'branch', 'nearest', 'billing', 'accounts', 'returns', 'sales', 'warranty', 'claims', 'logistic', 'shipping', 'collections', 'finance', 'legal', 'fraud', 'technical', 'payments', 'refunds', 'complaints', 'repairs', 'bookings', 'reservations', 'insurance', 'escalation', 'membership', 'subscriptions', 'dispatch', 'aftercare', 'retention', 'cancellations', 'loyalty', 'rewards', 'partner', 'payroll', 'admissions', 'enrol', 'privacy', 'bank', 'issuer', 'courier', 'carrier', 'postal', 'manufacturer', 'maker', 'seller', 'vendor', 'supplier', 'retailer', 'merchant', 'marketplace', 'store', 'shop', 'airline', 'hotel', 'insurer', 'provider', 'landlord', 'dealer', 'installer'], spans: ['rather than', 'other (team|department|number|line|desk|office|address|inbox)', 'the other', 'our other', 'the right', 'the correct', 'customer relations', 'credit control', 'after.sales', 'post office', 'royal mail'] },
  faRedo: { words: ['دوباره', 'مجدد', 'ازنو', 'دگرباره', 'جدید', 'تازه', 'جداگانه'], spans: ['از نو', 'از اول', 'از ابتدا', 'بار دیگ', 'باز هم'] },
  faElsewhere: { words: ['ویژه', 'اختصاصی', 'دیگر', 'مربوط', 'ذیربط', 'مسئول', 'جداگانه', 'تخصصی', 'مالی', 'حسابداری', 'فروش', 'مرجوعی', 'فنی', 'گارانتی', 'انبار', 'حقوقی', 'بیمه', 'شکایات', 'بازرگانی', 'حمل', 'پرداخت', 'صورتحساب', 'اقساط', 'تعمیر', 'وصول', 'قرارداد', 'بانک', 'پست', 'پیک', 'باربری', 'سازنده', 'تولیدکننده', 'نمایندگی', 'شعبه', 'شعب', 'فروشگاه', 'مغازه', 'اپراتور', 'درگاه', 'خودش', 'آنها', 'اونها', 'اونا', 'ایشان', 'ایشون', 'خودتان', 'خودتون', 'مستقیم', 'شخصا'], spans: ['امور مشتریان', 'باشگاه مشتریان'] },
  faNotOurs: { words: ['حیطه', 'حوزه', 'عهده', 'اختیار', 'وظیفه', 'مسئول', 'متولی', 'پاسخگو', 'مرجع', 'مربوط', 'ارتباطی', 'ربطی', 'دیگری', 'جداگانه', 'همکار', 'مستقل', 'اینجا', 'تلفن', 'چت', 'پیامک', 'دایرکت', 'امکان'], spans: ['این صندوق', 'این ایمیل', 'این آدرس', 'این شماره', 'این خط', 'این واحد', 'این بخش', 'این تیم', 'طریق ایمیل', 'با ایمیل'] },
  faChannel: { words: ['حضورا', 'شخصا', 'پرینت', 'چاپ', 'فقط', 'تنها', 'صرفا', 'باید', 'اپلیکیشن', 'اپ', 'برنامه', 'سایت', 'پنل', 'پورتال', 'سامانه', 'درگاه', 'فرم', 'بخش', 'قسمت', 'تلفنی', 'حضوری'], spans: ['حساب کاربری'] },
};
const exactly = (part: { words: string[] }) => new RegExp(part.words.join('|'));

const EDGE = "(^|[^A-Za-z0-9_])";
const W_TESTS = {
  // ---- send-away.ts, the English class cues (enClasses) ----
  // NOT_OURS: every negation in its first frame holds "not", "n't", "unable" or "longer"; "(not|outside|beyond) our".
  neg: /not|n't|unable|longer/,
  handled: /handled|dealt|managed|processed|looked|covered|taken|run|answered|done/,
  outside: /outside|beyond|responsib/,
  // "(matter|question|one|something) for".
  for: /for/,
  matter: /matter|question|one|something/,
  // "(as|since|because) (this|it|that)('s| is) (a|an)".
  because: new RegExp(`${EDGE}as$|since|because`),
  thisIt: /this|it|that/,
  // CHANNEL: "only", "solely", "exclusively", "form", "download", "install" (exact: each is a one-word alternative of
  // EN_CHANNEL_CUE, so a text with one holds the cue); a place word after a space.
  only: new RegExp(`${EDGE}only([^A-Za-z0-9_]|$)|solely|exclusively|${EDGE}form([^A-Za-z0-9_]|$)|download|install`),
  place: /^(app|website|site|portal|online|cent|area|account|dashboard)/,
  // CHANNEL, a trip (send-away.ts EN_TRIP): "in person", "face to face", "print … and post it".
  trip: /^(person|face|print)/,
  // "(must|need to|needs to|have to|has to|should|will need to) be".
  be: /^be([^A-Za-z0-9_]|$)/,
  modal: /must|need|have|has|should/,
  // TARGET: each alternative's word (the last one of "the other", "post office", "customer relations" …).
  target: /rather|other|different|separate|right|correct|relevant|appropriate|responsible|specialist|dedicated|directly|yourself|instead|branch|nearest|billing|accounts|returns|sales|warranty|claims|logistic|shipping|collections|finance|legal|fraud|technical|payments|refunds|complaints|repairs|bookings|reservations|insurance|relations|escalation|credit|membership|subscriptions|dispatch|aftercare|retention|cancellations|loyalty|rewards|partner|payroll|admissions|enrol|privacy|bank|issuer|courier|carrier|office|postal|royal|manufacturer|maker|seller|vendor|supplier|retailer|merchant|marketplace|store|shop|airline|hotel|insurer|provider|landlord|dealer|installer/,
  // REDO: "again", "once more" …; "re-submit" (a word ending in "re" before the hyphen) or "resubmit"; "a new …";
  // what they sent; "by e-mail".
  redo: new RegExp(`again|more|second|anew|afresh|scratch|beginning|start|top|over|redo|new|fresh|separate|another|sent|mailed|attached|uploaded|provided|gave|given|submitted|forwarded|re(submit|send|attach|upload|enter|apply|register|book|order|fill|complete|do|file|create|open|start|scan|sign|post|type|key|share|forward|e?mail|raise|log|lodge)|${EDGE}ree?$`),
  // REDO, exact: the one-word alternatives of EN_REDO_CUE ("again", "resubmit", "sent" …). A paragraph or sentence
  // with such a word holds the cue without a scan.
  redoWord: new RegExp(`again|anew|afresh|scratch|redo|${EDGE}re(submit|send|attach|upload|enter|apply|register|book|order|fill|complete|do|file|create|open|start|scan|sign|post|type|key|share|forward|e?mail|raise|log|lodge)|${EDGE}(sent|emailed|attached|uploaded|provided|gave|given|submitted|forwarded)([^A-Za-z0-9_]|$)`),
  by: new RegExp(`${EDGE}by$`),
  mail: /mail/,
  // ---- index.ts, "log in to read it": LOGS_IN and ANNOUNCES_A_MESSAGE (every alternative holds one of these) ----
  logIn: /log|sign|visit|go|head/,
  aMessage: /message|repl|respon|answer/,
  // ---- held-elsewhere.ts: ANSWER_WORD, and EN_ANNOUNCED (each of its alternatives holds one of these) ----
  // "answer" also stands for EN_ANSWER and EN_ANSWERED_THERE in a sentence: each of their alternatives holds one.
  answer: /repl|respon|answer|update|resolution|said|wrote/,
  announce: /updat|repl|respon|answer|review|added|comment|posted|written|chang|message|note/,
  // held-elsewhere.ts: EN_FACT (each alternative holds one of these inside a word).
  fact: /much|owe|cost|pay|decided|amount|price|total|balance|figure|fee|charge|premium|rate|decision|outcome|verdict/,
  // ---- send-away.ts, exact one-word parts of class cues (CUE_PARTS above) ----
  targetWord: exactly(CUE_PARTS.enTarget),
  faRedo: exactly(CUE_PARTS.faRedo),
  faElsewhere: exactly(CUE_PARTS.faElsewhere),
  faNotOurs: exactly(CUE_PARTS.faNotOurs),
  faChannel: exactly(CUE_PARTS.faChannel),
};
export const EXTRA_EFFORT_WORDS = wordCues(Object.values(W_TESTS));
export const W = Object.fromEntries(Object.keys(W_TESTS).map((k, i) => [k, 1 << i])) as Record<keyof typeof W_TESTS, number>;
