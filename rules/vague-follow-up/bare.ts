import { oneOf, type PhraseData } from '../../server/engine/kit';
import { VAGUE as VAGUE_EN } from './en';
import { VAGUE as VAGUE_FA } from './fa';

/**
 * A promise to answer with no time at all: "We'll get back to you.", "Someone will be in touch.", "will look into it
 * and let u know", «با شما تماس می‌گیریم»، «پیگیری می‌کنم و خبرتون می‌کنم». It tells the reader an answer is coming
 * and leaves them to guess when, which is the vague promise without even a vague word. Read as frames over classes:
 * who answers (we, I, our team, an agent, someone), a future, and a verb of answering aimed at the reader.
 *
 * Not this: a promise tied to an event the reader can wait for ("we'll let you know when it ships", «به محض ارسال
 * خبرتان می‌کنیم»), a conditional or invited answer ("if we need anything we'll contact you", "reply and we'll get
 * back to you"), telling them something else ("we'll email you a receipt"), and ongoing updates ("we'll keep you
 * posted"). A paragraph that names a time has kept the promise (index.ts asks namesATime first).
 */

/** Who answers: the sender or someone on their side. */
const WHO = oneOf(
  'we', 'i', 'someone', 'somebody', 'our team', 'the team', 'our staff', 'our agents', 'our advisors', 'our advisers', 'our specialists',
  'our (support|customer service|customer care|care|service|sales|billing|returns|technical|tech|accounts|bookings) (team|staff|desk)',
  '(a|one) member of (our|the) team', 'one of our (team|agents|advisors|advisers|specialists|colleagues|team members|experts|engineers|technicians)',
  '(an|a) (agent|advisor|adviser|specialist|colleague|team member|engineer|technician|representative|rep|coordinator|manager)',
  'your (account manager|case manager|advisor|adviser|agent|case handler|coordinator)',
);
/** "We'll", "we will", "I'm going to": the promise's future, with the pronoun when it is glued to it. */
const WILL_GLUED = oneOf("we'll", "i'll", "we will", "i will", "we shall", "i shall", "we're going to", "we are going to", "i'm going to", "i am going to", "we'd", "we would");
const WILL = oneOf('will', 'shall', 'is going to', 'are going to');
const ADVERB = oneOf('personally', 'also', 'then', 'definitely', 'certainly', 'happily', 'gladly', 'be sure to', 'make sure to', 'be able to');
/** Answering the reader: get back, be in touch, let them know, call back. Not "email you" (a receipt, a link). */
const ANSWER = oneOf(
  'get back to (you|u|ya)', 'get back with (you|u)', 'be (back)? in touch', 'get in touch (with (you|u))?', 'reach out (to (you|u))?', 'contact (you|u)',
  'let (you|u|ya) know', 'update (you|u)', 'come back to (you|u)', 'circle back', 'call (you|u) (back)?', 'ring (you|u) (back)?',
  'phone (you|u) (back)?', 'email (you|u) back', 'write (back)? to (you|u)', 'follow up (with (you|u))?', 'be in contact', 'reply (to (you|u))?',
  'respond (to (you|u))?', 'send (you|u) (an update|an answer|a reply|news|word)', 'give (you|u) (an update|an answer|a call|a ring|a shout)',
  'drop (you|u) (a line|a note|a message)', 'get an answer to (you|u)', 'come back with an answer',
);
/**
 * The sentence gives the time another way or asks the reader first: an event to wait for, a condition, an invitation
 * to reply ("just reply and we'll get back to you"), a link or form they are asked to use, ongoing updates.
 */
const EN_NOT = [
  '(when|once|as soon as|after|before|until|till|whenever|if|unless|in case|should you|should we|should anything|in the event)',
  '^ (please|kindly)? (just|simply)? (reply|respond|write|email|e-mail|contact|call|message|text|drop|send|let|get in touch|reach out|ask|tell|fill|complete|leave|use|click|tap|visit)',
  '(feel free|any questions|any other questions|anything else|need (help|anything|more))',
  '(keep (you|u) (posted|updated|informed|in the loop))',
  // A vague time in the sentence makes it the other frames' finding, or one the team's configuration allowed.
  VAGUE_EN,
];

/** Persian: the promise to be in touch, tell, or answer, in the first or third person future or present. */
const FA_WITH_YOU = oneOf('با شما', 'باهاتون', 'باهات', 'با جنابعالی', 'با حضرتعالی');
const FA_TOLD = oneOf('خبرتان', 'خبرتون', 'خبرت', 'به شما خبر', 'بهتون خبر', 'بهت خبر', 'به شما اطلاع', 'بهتون اطلاع', 'بهت اطلاع');
const FA_WE_DO = oneOf('می‌کنم', 'می‌کنیم', 'می‌دهیم', 'می‌دهم', 'می‌دیم', 'می‌دم', 'خواهیم داد', 'خواهم داد', 'خواهیم کرد', 'خواهم کرد', 'می‌کنند', 'می‌دهند', 'خواهند داد', 'می‌کنه', 'می‌ده');
const FA_NOT = [
  '(اگر|اگه|در صورتی که|در صورت|چنانچه|هر وقت|هروقت|هرگاه|وقتی|زمانی که|به محض|پس از|بعد از|قبل از|پیش از|تا زمانی که|همین که)',
  '(لطفا|لطفاً|خواهشمند*|بفرمایید) ... (تا|و)',
  // The present tense also tells now: «توسط این ایمیل به شما اطلاع می‌دهیم که …» informs, it promises nothing.
  '(توسط|با|از طریق|طی|در) (این|همین) (ایمیل|پیام|نامه|پیامک|رایانامه)', '(بدین وسیله|بدینوسیله|بدین‌وسیله)',
  '(اطلاع|خبر) (می‌دهیم|می‌دهم|می‌رسانیم|می‌رسانم|می‌دیم) که',
  VAGUE_FA,
];

export const BARE: PhraseData = {
  en: [
    // "Someone from the clinic will ring you back", "our team at the Leeds branch will be in touch".
    { match: `${WHO} ... ${WILL} ${ADVERB}? ${ANSWER}`, except: EN_NOT },
    { match: `${WILL_GLUED} ${ADVERB}? ${ANSWER}`, except: EN_NOT },
    // "We'll look into it and get back to you", "will check with the warehouse then let u know".
    { match: `(will|we'll|i'll|we will|i will|going to|gonna) ... (and|then|&|n) ${ADVERB}? ${ANSWER}`, except: EN_NOT },
  ],
  fa: [
    { match: `${FA_WITH_YOU} (تماس|ارتباط) (خواهیم گرفت|خواهم گرفت|می‌گیریم|می‌گیرم|می‌گیریم|خواهند گرفت|خواهد گرفت|می‌گیرند|می‌گیرد|می‌گیرن|می‌گیره|برقرار (خواهیم کرد|می‌کنیم|می‌کنم|خواهند کرد))`, except: FA_NOT },
    { match: `${FA_WITH_YOU} در (تماس|ارتباط) (خواهیم بود|خواهم بود|هستیم|خواهند بود)`, except: FA_NOT },
    { match: `${FA_TOLD} ${FA_WE_DO}`, except: FA_NOT },
    // «برای تعیین زمان با شما هماهنگ می‌کنیم»: arranging with the reader, with no time for it.
    { match: `${FA_WITH_YOU} (هماهنگ|تماس|ارتباط) (می‌کنیم|می‌کنم|خواهیم کرد|خواهم کرد|می‌کنند|خواهند کرد)`, except: FA_NOT },
    { match: '(بهت|بهتون|به شما) (می‌گم|می‌گیم|می‌گویم|می‌گوییم|خواهیم گفت|خواهم گفت)', except: FA_NOT },
    { match: '(به اطلاعتان|به اطلاع شما|به اطلاعت) (خواهیم رساند|خواهم رساند|می‌رسانیم|می‌رسانم|خواهد رسید|می‌رسد)', except: FA_NOT },
    { match: '(پاسخ|جواب) (شما|تان|تون)? (را|رو)? (خواهیم داد|خواهم داد|می‌دهیم|می‌دهم|می‌دیم|می‌دم|خواهند داد)', except: FA_NOT },
  ],
};
