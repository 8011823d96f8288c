/**
 * "Our reply is somewhere else": a sentence that names our answer (a reply, response, update, what the agent said)
 * and, in the same breath, a place the reader must go for it (log in, an app, a portal, a web address). Phrase
 * lists only caught the wordings someone had listed; this reads the two parts of the frame separately, so "View the
 * response at acme.com/t/4821", "Sign in to see the update" and «پاسخ کارشناس را در بخش تیکت‌ها بخوانید» are one
 * finding whatever verb joins them. Runs over normalized prose (lower case, Persian folded, ZWNJ removed).
 */
import { wordCues, wordMask, type ProseBlock } from '../../server/engine/kit';

const ANSWER_WORD = /\b(repl|respon|answer|update|resolution|said|wrote)/;
/**
 * ANSWER_WORD's letters lie inside one word, so a paragraph none of whose words holds them is skipped without
 * scanning it (the test runs once per distinct word, see wordMask): most paragraphs name no answer.
 */
const ANSWER_WORDS = wordCues([/repl|respon|answer|update|resolution|said|wrote/]);
const EN_ANSWER = /\b((our|the|a|an|your|new|latest|full|agent's|team's|their) (new |latest |full |complete )?(reply|replies|response|responses|answer|answers|update|updates|resolution)|what (our|the|your) (agent|team|support team|advisor|adviser|specialist|technician|staff)( member)? (said|wrote|replied|answered))\b/;
/** We answered, and the answer is in the place named: "we have answered your question in the support portal". */
const EN_ANSWERED_THERE = /\b(we|i|our team|support|the team|an agent|our agent)( have| has|'ve)? (answered|replied|responded|posted (a|our) (reply|response|answer))\b[^.!?\n]{0,60}\b(in|on|via|through|at) (the|your|our) [a-z ]{0,20}(portal|dashboard|account|app|help cent(er|re)|support cent(er|re)|message cent(er|re)|inbox|client area|website|site)\b/;
const EN_PLACE = /\b(faqs?|help articles?|knowledge ?base|help pages?|log ?on|logon|log ?in|login|site|sign ?in|signing in|logging in|portal|dashboard|your account|the app|our app|[a-z]+ app|help ?cent(er|re)|support ?cent(er|re)|message ?cent(er|re)|client area|customer area|ticket page|inbox on|website|[a-z0-9-]+\.(com|net|org|io|co|app|ir|uk|de)\b)/;
const EN_ACCESS = /\b(under|log|sign|visit|go|head|open|download|tap|click|check|view|see|read|find|access|available|posted|waiting|found|uploaded|(is|are|sits|sit|lives|now) in)\b/;
/** The place is an extra: "a copy is also in your account", "our reply is below". */
const EN_EXTRA = /\b(also|too|as well|below|above|a copy|anytime|any time|if you (prefer|like|'d like|want)|this (email|message)|here in)\b/;

const FA_ANSWER = /(راه ?حل|پاسخ|جواب|نتیجه(ی)? (بررسی|رسیدگی|درخواست)|پیام کارشناس|پیام پشتیبانی|توضیحات کارشناس)/;
const FA_PLACE = /(سوالات متداول|سؤالات متداول|پرسشهای متداول|پرسش و پاسخ|مرکز راهنما|مرکز پشتیبانی|راهنمای سایت|داشبورد|صندوق پیام|پروفایل|کارتابل|اپلیکیشن|اپ |اپ$|برنامه|پنل|حساب کاربری|حساب خود|حسابتان|سایت|وبسایت|سامانه|پورتال|بخش تیکت|تیکتها|پیامهای من|صندوق پیام|ناحیه کاربری|[a-z0-9-]+\.(com|ir|net|org|io))/;
const FA_ACCESS = /(آمده|هست|مطالعه کنید|قرار دارد|موجود است|آمده است|منتشر|نصب کنید|گذاشت|قرار دادیم|منتظر|درج شد|بارگذاری شد|آپلود شد|ببینین|بخونید|بخونین|برید|بروید|باز کنید|وارد|مراجعه|سر بزن|ببینید|بخوانید|مشاهده|ارسال شد|داده شد|ثبت شد|قرار گرفت|قرار داده شد|در دسترس|دریافت کنید)/;
const FA_EXTRA = /(همچنین|نیز|هم هست|هم قابل|هم ذخیره|همین پایین|پایین|زیر|همین ایمیل|پیوست|ضمیمه|اگر خواستید|در صورت تمایل)/;

export interface SentenceSpan { from: number; to: number }

/** Sentences of normalized prose that send the reader elsewhere for our answer. */
export function answerHeldElsewhere(block: ProseBlock): SentenceSpan[] {
  const { text, language } = block;
  const out: SentenceSpan[] = [];
  // Most paragraphs never name an answer: then there is no sentence to split.
  if (language === 'fa' ? !FA_ANSWER.test(text) : wordMask(block, ANSWER_WORDS) === 0 || !ANSWER_WORD.test(text)) return out;
  // A dot inside a word (acme.com/t/42) does not end the sentence.
  const re = /(?:[^.!?\n\u061F;\u061B]|\.(?=[^\s.]))+[.!?\u061F;\u061B]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sentence = m[0];
    if (!heldElsewhere(sentence, language)) continue;
    const lead = sentence.length - sentence.trimStart().length;
    // The finding covers the words, not the full stop after them.
    out.push({ from: m.index + lead, to: m.index + sentence.replace(/[\s.!?\u061F;\u061B]+$/, '').length });
  }
  return out;
}

function heldElsewhere(sentence: string, language: 'en' | 'fa'): boolean {
  if (language === 'fa') return FA_ANSWER.test(sentence) && FA_PLACE.test(sentence) && FA_ACCESS.test(sentence) && !FA_EXTRA.test(sentence);
  if (EN_EXTRA.test(sentence)) return false;
  if (EN_ANSWERED_THERE.test(sentence)) return true;
  return EN_ANSWER.test(sentence) && EN_PLACE.test(sentence) && EN_ACCESS.test(sentence);
}
