/**
 * "Our reply is somewhere else": a sentence that names our answer (a reply, response, update, what the agent said)
 * and, in the same breath, a place the reader must go for it (log in, an app, a portal, a web address). Phrase
 * lists only caught the wordings someone had listed; this reads the two parts of the frame separately, so "View the
 * response at acme.com/t/4821", "Sign in to see the update" and «پاسخ کارشناس را در بخش تیکت‌ها بخوانید» are one
 * finding whatever verb joins them. Runs over normalized prose (lower case, Persian folded, ZWNJ removed).
 */
import { wordMask, wordMaskIn, type ProseBlock } from '../../server/engine/kit';
import { EXTRA_EFFORT_WORDS, W } from './cues';

const ANSWER_WORD = /\b(repl|respon|answer|update|resolution|said|wrote)/;
const EN_ANSWER = /\b((our|the|a|an|your|new|latest|full|agent's|team's|their) (new |latest |full |complete )?(reply|replies|response|responses|answer|answers|update|updates|resolution)|what (our|the|your) (agent|team|support team|advisor|adviser|specialist|technician|staff)( member)? (said|wrote|replied|answered))\b/;
/** We answered, and the answer is in the place named: "we have answered your question in the support portal". */
const EN_ANSWERED_THERE = /\b(we|i|our team|support|the team|an agent|our agent)( have| has|'ve)? (answered|replied|responded|posted (a|our) (reply|response|answer))\b[^.!?\n]{0,60}\b(in|on|via|through|at) (the|your|our) [a-z ]{0,20}(portal|dashboard|account|app|help cent(er|re)|support cent(er|re)|message cent(er|re)|inbox|client area|website|site)\b/;
const EN_PLACE = /\uE000|\b(links?|button|click here|tap here|faqs?|help articles?|knowledge ?base|help pages?|log ?on|logon|log ?in|login|site|sign ?in|signing in|logging in|portal|dashboard|your account|the app|our app|[a-z]+ app|help ?cent(er|re)|support ?cent(er|re)|message ?cent(er|re)|client area|customer area|ticket page|inbox on|website|[a-z0-9-]+\.(com|net|org|io|co|app|ir|uk|de)\b)/;
const EN_ACCESS = /\b(under|log|sign|visit|go|head|open|download|tap|click|check|view|see|read|find|access|available|posted|waiting|found|uploaded|(is|are|sits|sit|lives|now) in)\b/;
/** The place is an extra: "a copy is also in your account", "our reply is below". */
const EN_EXTRA = /\b(also|too|as well|(?<!(button|link|links|buttons) )below|above|a copy|anytime|any time|if you (prefer|like|'d like|want)|this (email|message)|here in)\b/;

/** The reader's own answer, which they may change (a poll, a form): "you can change your response using the link". */
const EN_READERS_OWN = /\b(change|edit|update|amend|withdraw|delete|modify|correct|review) your (response|responses|answer|answers|reply|replies|vote|votes|submission)\b/;

const FA_ANSWER = /(راه ?حل|پاسخ|جواب|نتیجه(ی)? (بررسی|رسیدگی|درخواست)|پیام کارشناس|پیام پشتیبانی|توضیحات کارشناس)/;
const FA_PLACE = /(\uE000|لینک|پیوند|دکمه|سوالات متداول|سؤالات متداول|پرسشهای متداول|پرسش و پاسخ|مرکز راهنما|مرکز پشتیبانی|راهنمای سایت|داشبورد|صندوق پیام|پروفایل|کارتابل|اپلیکیشن|اپ |اپ$|برنامه|پنل|حساب کاربری|حساب خود|حسابتان|سایت|وبسایت|سامانه|پورتال|بخش تیکت|تیکتها|پیامهای من|صندوق پیام|ناحیه کاربری|[a-z0-9-]+\.(com|ir|net|org|io))/;
const FA_ACCESS = /(پیدا ?(می ?کنید|کنید|میکنین|می ?کنین)|می ?یابید|آمده|هست|مطالعه کنید|قرار دارد|موجود است|آمده است|منتشر|نصب کنید|گذاشت|قرار دادیم|منتظر|درج شد|بارگذاری شد|آپلود شد|ببینین|بخونید|بخونین|برید|بروید|باز کنید|وارد|مراجعه|سر بزن|ببینید|بخوانید|مشاهده|ارسال شد|داده شد|ثبت شد|قرار گرفت|قرار داده شد|در دسترس|دریافت کنید)/;
const FA_EXTRA = /(همچنین|نیز|هم هست|هم قابل|هم ذخیره|همین پایین|پایین|(در |به |متن |جدول |توضیحات |شرح )زیر|زیر (همین|این)|همین ایمیل|پیوست|ضمیمه|اگر خواستید|در صورت تمایل)/;

export interface SentenceSpan { from: number; to: number }

/**
 * The sentences of normalized prose that `keep` accepts, as spans over their words (not the full stop after them).
 * A dot inside a word (acme.com/t/42) does not end a sentence. `keep` also sees the sentence before, and where the
 * sentence starts.
 */
function sentencesWhere(text: string, keep: (sentence: string, previous: string, at: number) => boolean): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /(?:[^.!?\n\u061F;\u061B]|\.(?=[^\s.]))+[.!?\u061F;\u061B]?/g;
  let previous = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sentence = m[0];
    if (keep(sentence, previous, m.index)) {
      const lead = sentence.length - sentence.trimStart().length;
      out.push({ from: m.index + lead, to: m.index + sentence.replace(/[\s.!?\u061F;\u061B]+$/, '').length });
    }
    previous = sentence;
  }
  return out;
}

/** Sentences of normalized prose that send the reader elsewhere for our answer. */
export function answerHeldElsewhere(block: ProseBlock): SentenceSpan[] {
  const { text, language } = block;
  const out: SentenceSpan[] = [];
  // Most paragraphs never name an answer: then there is no sentence to split. ANSWER_WORD's letters lie inside one
  // word, so its word cue (cues.ts) skips most paragraphs without scanning them.
  if (language === 'fa' ? !FA_ANSWER.test(text) : (wordMask(block, EXTRA_EFFORT_WORDS) & W.answer) === 0 || !ANSWER_WORD.test(text)) return out;
  // The same cue per English sentence, from its own words: every frame of heldElsewhere names an answer.
  const namesAnAnswer = (sentence: string, at: number) => language === 'fa' || (wordMaskIn(block, EXTRA_EFFORT_WORDS, at, at + sentence.length) & W.answer) !== 0;
  return sentencesWhere(text, (sentence, _previous, at) => namesAnAnswer(sentence, at) && heldElsewhere(sentence, language));
}

function heldElsewhere(sentence: string, language: 'en' | 'fa'): boolean {
  if (language === 'fa') return FA_ANSWER.test(sentence) && FA_PLACE.test(sentence) && FA_ACCESS.test(sentence) && !FA_EXTRA.test(sentence);
  if (EN_EXTRA.test(sentence) || EN_READERS_OWN.test(sentence)) return false;
  if (EN_ANSWERED_THERE.test(sentence)) return true;
  return EN_ANSWER.test(sentence) && EN_PLACE.test(sentence) && EN_ACCESS.test(sentence);
}

/**
 * "Your refund status has been updated. Check the Orders tab to find out more": the message announces news (an
 * update, a reply, a change) and, in the same or the next sentence, sends the reader somewhere to learn what it
 * is. The two parts are read as classes: an announcing clause (someone has replied / something has been updated /
 * there is a new message) and a going-to-see clause (a verb of going or looking + a place + "to see / for
 * details"). A link offered beside news the email tells ("it arrives Friday; track it in the app") is not this:
 * the announcing clause is the bare fact that there is news.
 */
const EN_ANNOUNCED = /\b((we|i)('ve| have) (just |now )?(updated|replied to|responded to|answered|reviewed|added (a |an )?(note|comment|reply|update|response) to) (your|the) |(an?|the|your|our) (agent|advis[eo]r|specialist|technician|team member|member of (our|the) team|support (agent|team)|team|engineer|case (manager|handler|worker)|rep|representative|colleague)( [a-z]+)?( has| have|'s)( now| just)? (responded|replied|answered|commented|posted|written back|added (a |an )?(note|comment|reply|update|response))|\b(status|ticket|request|case|claim|order|refund|return|application|booking|enquiry|inquiry|query|complaint)s? (has been|have been|was|is now|has|have) (updated|changed|reviewed|answered|replied to|responded to)|(there's|there is|there are|you have|you've got|you've) (a |an |some )?(new |fresh |unread )?(update|reply|response|answer|message|comment|note)s?\b|\b(ticket|request|case|claim|enquiry|inquiry|query|complaint|order|booking)s? (has|have|now has|now have) (a |an |some )?(new |fresh |unread )?(reply|response|answer|comment|note|update|message)s?\b)/;
const EN_GO_SEE = /\b(log ?in|log ?into|sign ?in|sign ?into|head|go|pop|visit|check|open|look|tap|click|jump|hop|follow)\b.{0,60}?\b(to (see|read|view|find out|check|learn|get|hear)|for (the |full |more )?(details|more|the update|information|info|the full story|the latest))\b|\b(view|see|read|open)\b (it|them|the (reply|response|answer|update|comment|message|note|details|changes)|what (they|he|she|the agent|our agent|the team) (said|wrote))\b/;
const EN_SOMEWHERE = /\uE000|\b(links?|button|click here|tap here|tap|faqs?|log ?in|login|sign ?in|portal|dashboard|account|app|help ?cent(er|re)|support ?cent(er|re)|message ?cent(er|re)|client area|customer area|website|site|tab|page|section|inbox|profile|[a-z0-9-]+\.(com|net|org|io|co|app|ir|uk|de)\b)/;

const FA_ANNOUNCED = /((به ?روز|بروز|به ?روزرسانی|بهروزرسانی|تغییر|بررسی) ?(شد|شده|گردید|گردیده|کرد|کردند)|(پاسخ|جواب) ?(داد|دادند|داده|داده شد|داده شده|ثبت شد|ثبت کرد|گذاشت|نوشت)|(پیام|پاسخ|جواب|یادداشت|به ?روزرسانی)(ی)? ?(جدید|تازه)(ی)? ?(دارید|رسیده|ثبت شد|برایتان|برای شما|گذاشته|آمده))/;
const FA_GO_SEE = /((برای|جهت) ?(دیدن|مشاهده|خواندن|مطالعه|اطلاع از|دانستن|جزئیات|جزییات|اطلاعات بیشتر|اطلاعات|دیدنش|خواندنش)[^.!?؟؛\n]{0,50}?(به|وارد|در|توی|تو|از) [^.!?؟؛\n]{0,40}?(بروید|برید|بروین|مراجعه|شوید|بشید|بشوید|سر بزنید|سر بزنین|بزنید|ببینید|ببینین|نگاه کنید|نگاهی بیندازید)|(به|وارد|سری به) [^.!?؟؛\n]{0,40}?(بروید|برید|شوید|بشید|سر بزنید|بزنید|مراجعه کنید) ?(تا|و) [^.!?؟؛\n]{0,30}?(ببینید|بخوانید|بخونید|مطلع شوید|باخبر شوید|جزئیات))/;
const FA_SOMEWHERE = /(\uE000|لینک|پیوند|دکمه|زبانه|سربرگ|صفحه|بخش|قسمت|مرکز راهنما|مرکز پشتیبانی|داشبورد|صندوق پیام|پروفایل|کارتابل|اپلیکیشن|اپ|برنامه|پنل|حساب|سایت|وبسایت|سامانه|پورتال|ناحیه کاربری|[a-z0-9-]+\.(com|ir|net|org|io))/;

/** Sentences that send the reader elsewhere to learn the news the sentence before (or the same one) announced. */
export function newsHeldElsewhere(block: ProseBlock): SentenceSpan[] {
  const { text, language } = block;
  const out: SentenceSpan[] = [];
  const announced = language === 'fa' ? FA_ANNOUNCED : EN_ANNOUNCED;
  // Every alternative of EN_ANNOUNCED holds an announcing word (cues.ts): most paragraphs skip the scan.
  if (language === 'en' && (wordMask(block, EXTRA_EFFORT_WORDS) & W.announce) === 0) return out;
  if (!announced.test(text)) return out;
  const goSee = language === 'fa' ? FA_GO_SEE : EN_GO_SEE;
  const somewhere = language === 'fa' ? FA_SOMEWHERE : EN_SOMEWHERE;
  const extra = language === 'fa' ? FA_EXTRA : EN_EXTRA;
  return sentencesWhere(text, (sentence, previous) => goSee.test(sentence) && somewhere.test(sentence) && !extra.test(sentence) && (announced.test(sentence) || announced.test(previous)));
}

/**
 * "Log in to see how much you owe", «برای دیدن مبلغ وارد اپ شوید»: a short fact the reader needs (an amount, a price,
 * a balance, a decision) that the email could have said, kept behind a login or a download. A document is not this
 * ("log in to download your statement"): its place is the portal. Nor is it where the email says the fact too (an
 * amount or a merge field in the paragraph, "a copy is also online").
 */
const EN_FACT = /\bto (see|find out|check|view|learn|know|get) (how much|what (you owe|it costs|you'll pay|you will pay|you need to pay|(we|they) decided)|(the|your) (amount|price|total|cost|balance|figure|fee|charge|premium|rate|decision|outcome|verdict|amount due|quote price|final price|new price|bill amount))\b/;
const EN_GO = /\b(log ?in|log ?into|login|sign ?in|sign ?into|open|download|visit|go to|head to|check|use|tap|click)\b/;
const EN_STATED = /[$£€¥]\s?\d|\b\d+([.,]\d\d)? ?(usd|eur|gbp|dollars?|pounds?|euros?)\b|\uE000/;
const FA_FACT = /(برای|جهت) (دیدن|مشاهده|اطلاع از|دانستن|فهمیدن|دریافت) (مبلغ|قیمت|هزینه|مانده|بدهی|بدهکاری|نتیجه|تصمیم|میزان|کل مبلغ|مبلغ قبض|مبلغ نهایی)/;
const FA_GO = /(وارد|به|از|در|تو|توی) [^.!?؟؛\n]{0,30}?(اپ|اپلیکیشن|برنامه|سایت|وبسایت|پنل|حساب|داشبورد|سامانه|پورتال|پروفایل)/;
const FA_STATED = /\d|\uE000|تومان|ریال/;

/** Sentences that keep a fact the reader needs behind a login or download. */
export function factHeldElsewhere(block: ProseBlock): SentenceSpan[] {
  const { text, language } = block;
  const out: SentenceSpan[] = [];
  const fact = language === 'fa' ? FA_FACT : EN_FACT;
  // The fact words lie inside a few words ("how much", "amount", «مبلغ»): most paragraphs skip the scan.
  if (language === 'en' && (wordMask(block, EXTRA_EFFORT_WORDS) & W.fact) === 0) return out;
  if (!fact.test(text) || (language === 'fa' ? FA_STATED : EN_STATED).test(text)) return out;
  const go = language === 'fa' ? FA_GO : EN_GO;
  const somewhere = language === 'fa' ? FA_SOMEWHERE : EN_SOMEWHERE;
  const extra = language === 'fa' ? FA_EXTRA : EN_EXTRA;
  return sentencesWhere(text, (sentence) => fact.test(sentence) && go.test(sentence) && somewhere.test(sentence) && !extra.test(sentence));
}
