/**
 * "Go elsewhere or do it again": the sentence-level frames of extra-effort, read as classes rather than listed
 * phrases. A sentence sends the reader away when it is addressed to them (an imperative, "please", "you'll need
 * to", «لطفاً», a second-person verb) and holds one of these:
 *
 *  - redo: a piece of work the reader already did, asked for again (fill in / submit / send / attach / upload …
 *    + again / once more / from scratch, re-submit, re-attach, a new application, «دوباره … ثبت کنید»);
 *  - elsewhere: a contact verb aimed at someone other than the writer (another / the relevant team, a named
 *    department, the courier or bank, "them yourself", «با واحد مالی تماس بگیرید»);
 *  - not ours: the writer saying the matter is not theirs here ("we don't handle returns by email", "that's
 *    handled by another department", «در حیطه‌ی ما نیست»);
 *  - one channel: the request can only be made somewhere else ("refund requests must be made in the app",
 *    "fill in the form on our website with your question", «فقط از طریق اپلیکیشن ثبت می‌شود»).
 *
 * What the reader is spared is never flagged: "no need to fill it in again", "I've passed this to billing",
 * options offered in addition ("you can also…", «در صورت تمایل»), conditions ("if the link has expired…"), and
 * first-time tasks (a sign-up form, "log in to change your password").
 *
 * Runs over normalized prose (lower case, Persian folded, ZWNJ removed, digits ASCII). Each class has a cheap cue
 * tested on the paragraph first, so most paragraphs never reach the sentence frames.
 */
import { wordMask, wordMaskIn, type ProseBlock } from '../../server/engine/kit';
import { CUE_PARTS, EXTRA_EFFORT_WORDS, W } from './cues';
import type { SentenceSpan } from './held-elsewhere';

/** A class cue's spanning part alone, read after the word test of its one-word part: see cues.ts. */
const spanningCue = (part: { spans: string[] }) => new RegExp(part.spans.join('|'));
const EN_TARGET_SPAN = spanningCue(CUE_PARTS.enTarget);
const FA_SPANS = { redo: spanningCue(CUE_PARTS.faRedo), elsewhere: spanningCue(CUE_PARTS.faElsewhere), notOurs: spanningCue(CUE_PARTS.faNotOurs), channel: spanningCue(CUE_PARTS.faChannel) };

/** Up to n characters: the frames run on one sentence at a time, so any character is inside it. */
const gap = (n: number) => `.{0,${n}}?`;

// ---------------------------------------------------------------------------------------------------------- English

/** Said to the reader: "please", "kindly", "you'll need to", "could you", "we need you to", an imperative opening. */
const EN_ADDRESSED = /\b(please|kindly|pls)\b|\byou('ll| will| would|'d)? (need|have|has|must|should|may need|might need) (to )?|\byou must\b|\b(could|can|would|will) you\b|\b(we|i)('ll| will| would|'d)? (need|ask|require|request) (you|that you)\b|\byou('re| are) (required|asked|requested)\b|\b(it is|it's) (necessary|required|best|easiest|quickest|better) (for you )?to\b|\b(we|i)('d| would)? (recommend|suggest|advise|ask)\b|\byour best (bet|option)\b|\byou('d| would)? (be best|may want|might want|'ll want|will want|want) to\b|\byou('ll| will|'d| would) (want|need) (our|the|a|an)\b/;
/** What spares the reader, or makes it an option, a condition or a new matter. */
const EN_SPARED = /\b(no need|not need|needn't|don't need|do not need|doesn't need|won't need|will not need|don't have to|do not have to|won't have to|will not have to|without (having )?to|never have to|nothing (else |more )?(you need|to do|for you to)|there's no need|shouldn't need|you('ve| have) (already )?done|no further action)\b/;
const EN_OPTIONAL = /\b(also|too|as well|anytime|any time|feel free|if you('d)? (prefer|like|rather|want|wish|would like|ever)|if you (have|need) (a |an |any )?(new|another|other|different|further|more|unrelated)|whenever you|in case|should you|for (any|further|more|other) (questions|queries|help|information|info|details)|in future|next time|in the future)\b/;
/** A condition on a failure ("if the link has expired, request a new one"), not the reader's request. */
const EN_CONDITION = /\b(if|when|once|unless|until) (it|this|that|the (link|code|page|upload|payment|transfer|app|form|file|email|message)|your (link|code|payment|upload|session)|anything|something|you (don't|do not|didn't|did not|can't|cannot|haven't|have not|are unable|were unable|forget|forgot|lose|lost|receive|get|see|notice))\b|\btry again\b|\bpassword\b|\bif (not|so)\b|\botherwise\b|\b(ask|tell) (us|me) to\b/;
/** The writer does it, or someone will come to the reader: then nobody is sent anywhere. */
const EN_WE_DO = /\b(we|i|our team|the team|they|he|she|who|[a-z]+ team)('ve| have| had|'ll| will| would|'d| are| am|'m|'re)? (already |just |now |personally )?(pass|passed|forward|forwarded|sent|send|hand|handed|refer|referred|escalate|escalated|ask|asked|copied|copy|loop|looped|contact|contacted|call|called|email|emailed|reach|reached|get back|be in touch|reply|replied|arrange|arranged|chase|chased|take care|look into|follow up|resend|re-send|resubmit|re-submit|re-attach|reattach|fill|filled|complete|completed|submit|submitted|update|updated)\b/;

const EN_AGAIN = '(again|once more|one more time|a second time|anew|afresh|from scratch|from the (beginning|start|top)|all over)';
const EN_WORK = "(fill (it |them |this |that )?(in|out)|filling (in|out)|complete|submit|send|resend|attach|upload|enter|provide|forward|e-?mail|post|apply|book|order|place|make|create|open|file|raise|log|start|do|go through|scan|sign|share|give|put)";
const EN_RE_VERB = '(re-?submit|re-?send|re-?attach|re-?upload|re-?enter|re-?apply|re-?register|re-?book|re-?order|re-?fill|re-?complete|re-?do|re-?file|re-?create|re-?open|re-?start|re-?scan|re-?sign|re-?post|re-?type|re-?key|re-?share|re-?forward|re-?email|re-?e-mail|re-?raise|re-?log|re-?lodge|redo)';
const EN_REDO = [
  /\b(sent|emailed|e-mailed|attached|by e-?mail)\b.{0,80}\b(upload|submit|send|attach|enter|add)\b.{0,30}\b(to|in|into|on|via|through) (your|the|our) ([a-z]+ )?(account|portal|app|website|site|dashboard|form|system)\b/,
  new RegExp(`\\b${EN_WORK}\\b${gap(60)}\\b${EN_AGAIN}\\b`),
  new RegExp(`\\b${EN_RE_VERB}(s|ing|ed)?\\b`),
  /\b(start|open|create|submit|file|raise|log|make|place|begin|put in|send( in)?|lodge|complete|fill (in|out)) (a|an|the) (new|fresh|separate|second|brand new|another)( [a-z]+)? (application|request|form|claim|order|booking|ticket|case|chat|conversation|enquiry|inquiry|complaint|return|submission|support request|thread)\b/,
  /\b(upload|submit|send|attach|enter|provide|forward|e-?mail|share|give)\b.{0,50}\b(you|you've|you have|you had)( already| previously| earlier| originally)? (sent|emailed|e-mailed|attached|uploaded|provided|gave|given|submitted|forwarded|filled in|completed|shared)\b/,
];
/** Asking again for a new question is fine; asking to re-explain is repeat-yourself's. */
// A redo after a fix is new work ("resolve the conflict and submit the patches again"), as in repeat-yourself.
const EN_REDO_EXCEPT = /\b(resolve|fix|correct|rebase|amend) (the|your|it|this|them|any|all)\b|\b(link|links|code|codes|otp|password|pin|verification|invitation|invite|click here|tap here|click the (link|button)|link below)\b|\b(describe|explain|tell|restate|repeat|remind) (us|me|it|your|the|what|again)\b|\b(new|another|different|unrelated|other|separate) (question|issue|problem|matter|topic|order|purchase)s?\b/;

const EN_CONTACT = "(reaching out to|contacting|calling|phoning|ringing|emailing|e-mailing|getting in touch with|speaking to|speaking with|talking to|writing to|taking (it|this|that) up with|going (back )?to|visiting|heading to|call|phone|ring|contact|e-?mail|write to|reach out to|reach|get in touch with|speak to|speak with|talk to|talk with|check with|ask|send (it|this|that|them|these|those|us|your [a-z]+( [a-z]+)?) (to|over to)|take (it|this|that|them)( up| back)? (with|to)|raise (it|this|that|them) with|direct (it|this|that|them|your [a-z]+( [a-z]+)?) to|forward (it|this|that|them|your [a-z]+) to|go (back )?to|visit|head (over |back )?to|return (it|them) to|bring (it|them) (back )?to)";
const EN_OTHER = '(another|a different|a separate|other|the other|our other|the relevant|the appropriate|the responsible|the right|the correct|a specialist|our specialist|the specialist|the dedicated|our dedicated|a dedicated|their|its)';
const EN_DEPT = '(billing|accounts?|returns?|sales|warranty|claims|logistics|shipping|delivery|deliveries|collections|finance|legal|fraud|technical|tech|payments?|refunds?|complaints|repairs?|bookings?|reservations|insurance|customer relations|escalations?|credit control|membership|subscriptions?|dispatch|parts|aftercare|after-sales|after sales|retention|cancellations?|loyalty|rewards|events|partnerships|hr|payroll|admissions|enrolment|enrollment|data protection|privacy)';
const EN_UNIT = '(teams?|departments?|dept|desk|line|number|hotline|helpline|office|unit|address|inbox|mailbox|centre|center|people|folks|colleagues|staff|specialists?|support|service|partner|partners)';
const EN_THIRD = '(bank|card issuer|issuer|courier|carrier|delivery company|shipping company|post office|postal service|royal mail|manufacturer|maker|brand|seller|vendor|supplier|retailer|merchant|marketplace|store|shop|airline|hotel|insurer|insurance company|provider|service provider|network provider|payment provider|partner|landlord|agent|dealer|dealership|installer)';
const EN_ELSEWHERE = [
  new RegExp(`\\b${EN_CONTACT} (the |our |a |an |your )?${EN_OTHER}( [a-z-]+){0,2} ${EN_UNIT}\\b`),
  new RegExp(`\\b${EN_CONTACT} (the |our |a )?${EN_DEPT}( ${EN_UNIT}|( team| department)? (at|on|via|by) )`),
  new RegExp(`\\b${EN_CONTACT} (the |your |their |that |this |a )?([a-z-]+ )?${EN_THIRD}\\b`),
  new RegExp(`\\b${EN_CONTACT} (them|they|him|her) (directly|yourself|yourselves|instead|separately)\\b`),
  new RegExp(`\\b${EN_CONTACT} ([a-z]+ )?(directly|yourself|instead|separately)\\b`),
  // "Use the returns portal instead": another channel in place of this one.
  /\buse (the|our|a|their) ([a-z-]+ ){0,2}(portal|app|form|website|site|line|number|address|chat|page|inbox|mailbox|hotline|helpline) instead\b/,
  // "The warranty is provided by the manufacturer, so please contact them": the third party, then "contact them".
  new RegExp(`\\b${EN_THIRD}\\b.{0,80}?\\b(contact|call|phone|ring|e-?mail|write to|reach out to|get in touch with|speak to|talk to|chase|check with|ask) (them|they)\\b`),
  // "You'll need the shipping desk on 0345 … rather than this inbox": another channel in place of the one used.
  /\b(call|phone|ring|contact|e-?mail|write to|reach|use|want|need|try|message|text)\b.{0,80}?\b(rather than|instead of) (this|here|us|emailing|replying|writing)\b/,
  // In person: "pop into your nearest branch", "visit one of our stores".
  /\b(pop|drop|go|come|call|stop|head|nip) (in|into|by|round|over|down)( to)? (your|the|a|our|one of our)? ?(nearest|local|closest)? ?(branch|store|shop|office|showroom|service cent(re|er)|post office|counter)\b/,
  /\b(visit|go to|head to|take it to|bring it to) (your|the|a|our|one of our) (nearest|local|closest) (branch|store|shop|office|showroom|service cent(re|er)|post office|counter)\b/,
];
/** Sending to the writer's own desk ("call us", "contact our support team") is not elsewhere. */
const EN_OWN_DESK = /\b(contact|call|email|e-mail|reach|get in touch with|write to|speak to|talk to) (us|me|our (customer )?(support|service|care|help) (team|desk))\b/;

const EN_NOT_OURS = [
  /\b(we|i|this (team|department|desk|inbox|address|line|office|number|channel|account|mailbox)|our (team|department))('m| am|'re| are| is)?( [a-z]+){0,1} (do not|don't|does not|doesn't|cannot|can't|can not|are unable to|am unable to|unable to|is unable to|are not able to|aren't able to|not able to|isn't able to|is not able to|are not set up to|aren't set up to|is not set up to|isn't set up to|no longer|won't be able to|will not be able to|are not the right|aren't the right|is not the right|isn't the right|are not the team|aren't the team) ?(deal|handle|help|assist|discuss|process|answer|take|accept|look after|cover|support|manage|do|team|department|place|people|access|see|view|check|change|amend|update|action|find|look|log|register|record|raise|book|arrange|cancel|refund)\b/,
  /\b(is|are|gets|get|'s) (handled|dealt with|managed|processed|looked after|covered|taken care of|run|answered|done) (by|through|via|in) (another|a different|a separate|a partner|our partner|our partners|the partner|an external|a third|an outside|a specialist|our specialist|the specialist|(our |the |a )?(separate |dedicated |specialist )?[a-z]+ (team|department|company|partner|provider|office))\b/,
  /\b(not|outside|beyond) (of )?(our|my|this team's|this department's) (remit|department|area|responsibility|scope|job|team|expertise)\b/,
  // "Deliveries are the courier's responsibility": the matter belongs to someone else.
  new RegExp(`\\b(is|are|'s|'re|remains?|lies|lie|rests?) (with )?(entirely |solely )?(the |your |their )?(${EN_THIRD}('s|s')|responsibility of (the |your |their )?${EN_THIRD})( responsibility| job| call| remit)?\\b`),
  /\b(that's|that is|this is|it's|it is) (a matter|something|one|a question) for (another|a different|the|our) /,
  /\b(as|since|because) (this|it|that)('s| is) (a|an) ([a-z-]+ ){1,2}(matter|question|issue|query|request|problem)\b/,
];
const EN_NO_PERMISSION = /\b(because|as|since) you (do not|don't|did not|didn't|no longer) have (the )?(permission|permissions|access|rights?|privileges?)\b.*$/;
/** The writer's channel turned away: "by email", "here", "on this line". */
const EN_HERE = /\b(here|by e-?mail|over e-?mail|via e-?mail|through e-?mail|in e-?mail|by phone|over the phone|on the phone|by chat|over chat|on this (line|channel|address|number|account|inbox)|through this (channel|address|inbox)|via this (channel|address|inbox)|at this (address|number)|from here|from this (inbox|address|account|line|channel|team|department|system|desk)|in this (team|department|inbox)|on social media|on twitter|by post)\b/;
/** A redirect: a contact verb aimed at an address or a number. */
const EN_REDIRECT = /\b(call|phone|ring|contact|e-?mail|write to|reach out to|reach|get in touch with|speak to|talk to|send|forward|direct|visit|go to|head to|use)\b/;
const EN_ADDRESS = /[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|\b\d[\d ()-]{5,}\d\b|\b(www\.|https?:)|\b[a-z0-9-]+\.(com|net|org|io|co|app|uk|de|ir|help|support)\b/;
/** The desk itself says it is the wrong one: "this team doesn't handle returns", "returns are handled by a partner". */
const EN_NOT_THIS_DESK = /\bthis (team|department|desk|inbox|address|line|office|number|channel|mailbox) (does not|doesn't|cannot|can't|can not|is not|isn't|won't|will not|is unable|isn't able|is not able|no longer)\b|\b(handled|dealt with|looked after|taken care of|managed|run) by (another|a different|a separate|a partner|our partner|our partners|the partner|an external|a third|an outside|a specialist|our specialist|the specialist|(our |the |a )?(separate |dedicated |specialist )?[a-z]+ (team|department|company|partner|provider|office))\b|\bhandled by|\bdealt with by|\b(not|outside|beyond) (of )?(our|my)|\ba (matter|question) for|'s? responsibility\b|\bresponsibility of (the|your|their)\b/;

function redirectsElsewhere(s: string): boolean {
  if (EN_ELSEWHERE.some((r) => r.test(s))) return true;
  return EN_REDIRECT.test(s) && EN_ADDRESS.test(s) && !EN_OWN_DESK.test(s);
}

const EN_PLACE = '(app|application|website|web site|site|portal|online|online form|web form|help cent(re|er)|support cent(re|er)|customer area|client area|account|dashboard|self-service|self service)';
const EN_CHANNEL_ONLY = [
  /\b(can|could|may) only (help|assist|deal|discuss|handle|process|action|look into|sort|answer|change|cancel|arrange)\b.{0,40}?\b(over the phone|by phone|on the phone|in person|in store|in-store|in branch|at a branch|via (the )?(app|portal|website|phone)|through (the )?(app|portal|website)|online)\b/,
  new RegExp(`\\b(can|may) only be (made|done|submitted|requested|placed|raised|filed|sent|logged|started|processed|handled|arranged|booked|changed|cancelled|canceled|accepted|lodged|reported|requested)\\b`),
  new RegExp(`\\b(must|need to|needs to|have to|has to|should|will need to) be (made|done|submitted|requested|placed|raised|filed|sent|logged|started|arranged|booked|changed|cancelled|canceled|lodged|reported) (only |directly |yourself )?(in|through|via|on|using|from|at|online|by phone|over the phone|in person|in store|in-store|with)\\b`),
  new RegExp(`\\b(we|i) (only|can only|just) (accept|take|handle|process|deal with|action|review|consider)\\b${gap(40)}\\b(in|through|via|on|using|online|by phone|over the phone|in person|in store)\\b`),
  new RegExp(`\\b(only|solely|exclusively) (through|via|in|on|using|from) (the |our |your )?${EN_PLACE}\\b`),
  new RegExp(`\\b(through|via|in|on|using) (the |our |your )?${EN_PLACE} only\\b`),
  new RegExp(`\\b(download|install|open|use|log ?into|sign ?into|log in to|sign in to|go to|visit) (the |our )?([a-z]+ )?(app|website|site|portal)\\b${gap(30)}\\bto (continue (this|the|our|your) (conversation|chat|request|claim|case)|reply|respond|chat with (us|an agent|our team)|message (us|our team)|talk to (us|an agent)|get (a|your) (reply|answer|response|refund))\\b`),
];
/**
 * A trip or a paper round for what email could carry: "complete the form in person at the desk", "print the mandate,
 * sign it and post it to us". Any matter: the trip itself is the effort. "You can also pay in person" is an option
 * (EN_OPTIONAL), not this.
 */
const EN_TRIP = [
  new RegExp(`\\b(complete|fill (it |this |them )?(in|out)|submit|sign|hand (it |them )?in|apply|claim|register|lodge|file|report)\\b${gap(50)}\\b(in person|face to face|face-to-face)\\b`),
  new RegExp(`\\bprint\\b${gap(40)}\\b(sign|fill|complete)\\b${gap(40)}\\b(post|mail|fax|send|return|bring|drop)\\b (it|them|this|the form|the mandate)\\b`),
];
/** A form kept elsewhere, for a matter the reader wrote about: "fill in the form on our website with your question". */
const EN_FORM_ELSEWHERE = [
  new RegExp(`\\b(go|apply|request it|request one|do it|do this|submit it|register|request|submit|log|raise|file|lodge|make|book|arrange|report)( (your|the|a|an|this|it|them)( [a-z-]+){0,2})? (through|via|on|in|using|at) (the|our|your) ([a-z-]+ )?${EN_PLACE}\\b`),
  new RegExp(`\\b(fill (it |this )?(in|out)|complete|submit|use|send)\\b${gap(40)}\\bform\\b${gap(20)}\\b(on|at|via|through|from|in) (the |our )?${EN_PLACE}`),
  new RegExp(`\\b(go to|visit|head to|open) (the |our )?${EN_PLACE}\\b${gap(50)}\\b(fill (it |this )?(in|out)|complete|submit|use)\\b${gap(30)}\\bform\\b`),
];
const EN_MATTER = /\b(replacement|booking|order|question|query|queries|enquiry|inquiry|request|refund|return|claim|complaint|cancel|cancellation|exchange|issue|problem|repair|warranty|reply|answer|response|case|dispute|concern)s?\b/;

// ---------------------------------------------------------------------------------------------------------- Persian

/** A second-person imperative or subjunctive verb, or an obligation: what the reader is told to do. */
const FA_YOU_DO = '(کنید|کنین|بکنید|بکنین|نمایید|بنمایید|فرمایید|بفرمایید|دهید|بدهید|بدید|بدین|بزنید|بزنین|بفرستید|بفرستین|بفرست|بگیرید|بگیرین|شوید|بشوید|بشید|بشین|کن|بده|بزن|بروید|برید|باشید)';
const FA_SPARED = /(نیازی|نیاز نیست|لازم نیست|لازم نمی ?|احتیاجی|ضرورتی|بدون اینکه|بدون آنکه|بدون این که|نمی ?خواهد|نمی ?خواد|نمی ?خواد|لازم ندارد)/;
const FA_OPTIONAL = /((اگر|اگه)(?! ?(هنوز|همچنان|باز هم|کماکان|باز))|چنانچه|در صورتی که|درصورتیکه|در صورت|هر وقت|هر زمان|هرگاه|همچنین|ترجیح|مایل بودید|تمایل|دلخواه)/;
const FA_WE_DO = /(فرستادم|فرستادیم|ارجاع (دادم|دادیم|شد|داده شد)|منتقل (کردم|کردیم|شد)|سپردم|سپردیم|هماهنگ (کردم|کردیم)|پیگیری (میکنم|میکنیم|خواهیم کرد)|با شما تماس|تماس (خواهند|خواهد) گرفت|تماس میگیر(د|ند)|خودم|خودمان)/;

const FA_AGAIN = '(دوباره|مجددا|مجدد|از نو|ازنو|از اول|از ابتدا|یک بار دیگر|یکبار دیگر|یه بار دیگه|یه بار دیگر|یک بار دیگه|یکبار دیگه|بار دیگر|باز هم|دگرباره|مجددًا)';
const FA_WORK = '(انجام|ثبت|ارسال|تکمیل|پر|پیوست|ضمیمه|بارگذاری|آپلود|اپلود|وارد|درخواست|رزرو|ایمیل|اقدام|امضا|اسکن|فوروارد|ایجاد|شروع|تهیه|تنظیم|فرستاده|بفرستید|بفرستین|بفرست|سفارش)';
const FA_REDO = [
  new RegExp(`${FA_AGAIN}${gap(60)}${FA_WORK} ?${FA_YOU_DO}`),
  new RegExp(`${FA_AGAIN}${gap(60)}(بفرستید|بفرستین|بفرست)`),
  new RegExp(`${FA_AGAIN}${gap(60)}${FA_WORK} (شود|بشود|بشه|گردد)`),
  new RegExp(`(تیکت|درخواست|گفتگو|گفتوگو|چت|پرونده|فرم|تقاضا)(ی)?( [^ ]+)? ?(جدید|تازه|دیگری|جداگانه|جدیدی|تازهای|جداگانهای)${gap(30)}(ثبت|باز|ایجاد|شروع|ارسال|پر|تکمیل) ?${FA_YOU_DO}`),
  new RegExp(`(تیکت|درخواست|گفتگو|چت)(ی)? ?(جدید|تازه|دیگری|جداگانه|جدیدی|تازهای|جداگانهای) (بزنید|بزنین|بدهید|بدید|بفرستید)`),
];
const FA_REDO_EXCEPT = /(لینک|پیوند|کد|رمز|کلیک)|(ناخوانا|واضح نبود|واضح نیست|تار بود|خوانا نبود|باز نشد)|(فردا|بعدا|ساعتی دیگر|چند دقیقه دیگر|روز بعد|کمی بعد|ساعاتی بعد|بعد از چند)|(دوباره|مجددا|مجدد) (اقدام|سعی) ?(کنید|نمایید|فرمایید|بفرمایید)[.!]?$|(توضیح|شرح|بگویید|بگین|تعریف|تکرار)|(سوال|سؤال|مشکل|موضوع|مورد) ?(جدید|دیگری|دیگر|تازه)|(تلاش|امتحان|رمز)/;

const FA_TARGET = '(واحد|بخش|دپارتمان|تیم|دفتر|شماره|خط|ایمیل|کارشناسان|کارشناس|همکاران|پشتیبانی|مرکز|شرکت|نمایندگی|فروشگاه|فروشنده|سازنده|تولیدکننده|بانک|پست|اداره پست|پیک|باربری|گارانتی|بیمه|اپراتور|آدرس|نشانی)';
const FA_ELSE = '(ویژه|اختصاصی|دیگر|دیگری|مربوطه|مربوط|ذیربط|مسئول|جداگانه|تخصصی|مالی|حسابداری|فروش|مرجوعی|مرجوعیها|فنی|گارانتی|ارسال|انبار|حقوقی|بیمه|شکایات|بازرگانی|حمل|پرداخت|صورتحساب|اقساط|تعمیرات|تعمیر|خدمات پس از فروش|پس از فروش|امور مشتریان|باشگاه مشتریان|وصول|قراردادها|مربوطه)';
const FA_THIRD = '(بانک|پست|اداره پست|شرکت پست|پیک|باربری|شرکت حمل|فروشنده|سازنده|تولیدکننده|نمایندگی|گارانتی|شرکت گارانتی|بیمه|شرکت بیمه|اپراتور|درگاه)';
const FA_CONTACT = `(تماس|مکاتبه|ایمیل|پیام|مراجعه|ارتباط|در میان|درمیان|مطرح|ارسال|هماهنگ|پیگیری) ?(حاصل )?${FA_YOU_DO}|(بفرستید|بفرستین|بفرست|زنگ بزنید|زنگ بزنین)|(در میان|درمیان|مطرح) ?(بگذارید|بگذارین|بذارید|بذارین)`;
/** Strongly someone else: the seller, the maker, the post, a branch to visit. */
const FA_THIRD_STRONG = '(فروشنده|سازنده|تولیدکننده|شرکت پست|اداره پست|شرکت حمل|باربری|شرکت بیمه|نمایندگی|شعبه|شعب|فروشگاه حضوری|بانک صادرکننده|بانک عامل)';
const FA_ELSEWHERE = [
  new RegExp(`(با|به) ([^ ]+ )?${FA_TARGET}(ی)? ?${FA_ELSE}${gap(50)}(${FA_CONTACT})`),
  new RegExp(`(خودتان|خودتون|مستقیما|مستقیم|شخصا)${gap(30)}(با|به) ([^ ]+ )?${FA_THIRD}${gap(40)}(${FA_CONTACT})`),
  new RegExp(`(با|به) ([^ ]+ )?${FA_THIRD}${gap(30)}(خودتان|خودتون|مستقیما|مستقیم|شخصا)${gap(30)}(${FA_CONTACT})`),
  new RegExp(`(به|با) ([^ ]+ )?${FA_THIRD_STRONG}${gap(30)}(${FA_CONTACT})`),
  new RegExp(`(به|پیش) (فروشگاه|فروشنده|شعبه|نمایندگی|مغازه)${gap(30)}(برگردانید|برگردونید|برگردونین|تحویل دهید|تحویل بدهید|تحویل بدید|ببرید|ببرین|پس بدهید|پس بدید|مرجوع کنید)`),
  new RegExp(`(با|به) (خودشان|خودشون|خودش|خود او|خود آنها|خود فروشنده|آنها|اونها|اونا|ایشان|ایشون)${gap(30)}(${FA_CONTACT})`),
  new RegExp(`باید${gap(30)}(با|به) ([^ ]+ )?${FA_THIRD}${gap(30)}(تماس|مراجعه|مکاتبه)`),
  // «باید به شعبه‌ی نزدیک بروید»: in person, somewhere else.
  new RegExp(`(باید|لازم است|مجبورید)${gap(30)}به (یکی از )?(شعبه|شعب|نمایندگی|دفتر|فروشگاه|مغازه)(ها|های)?(ی)?${gap(30)}(بروید|برید|مراجعه|سر بزنید|بیایید|ببرید)`),
];
const FA_NOT_OURS = [
  /(در حیطه|در حوزه|در حیطه کاری|در حوزه کاری|بر عهده|به عهده|در اختیار|در دست|وظیفه|کار|مسئولیت|مربوط به|با)(ی)? ?(ما|این واحد|این بخش|این تیم|بنده|من|واحد ما|بخش ما|تیم ما) (نیست|نمی ?باشد|نیستیم|نبوده|نمی ?شود)/,
  /(این|ما|بنده|من) (واحد|بخش|تیم|دپارتمان|دفتر|ایمیل|شماره|خط)?.{0,30}?(مسئول|متولی|پاسخگوی|پاسخگو|مرجع).{0,30}?(نیست|نیستیم|نمی ?باشد|نمی ?باشیم)/,
  /(با|توسط|بر عهده|به عهده|در) (واحد|بخش|تیم|دپارتمان|شرکت|مجموعه|همکاران)(ی)? ?(دیگری|دیگر|جداگانه|جداگانهای|همکار|مستقل|دیگریست)( ?(است|میباشد|هست|انجام|پیگیری|رسیدگی|بررسی))/,
  // «رسیدگی به … بر عهده‌ی شرکت همکار ماست»: the matter is someone else's, whatever verb closes the clause.
  /(توسط|بر عهده|به عهده|در اختیار|در حیطه|در حوزه)(ی)? ?(واحد|بخش|تیم|دپارتمان|شرکت|مجموعه|همکاران|پیمانکار|طرف قرارداد)(ی)? ?(دیگری|دیگر|جداگانه|جداگانهای|همکار|مستقل|بیرونی|خارجی|طرف قرارداد|ثالث)/,
  /امکان.{0,30}?(از طریق|با|در|توسط) (ایمیل|پست الکترونیک|تلفن|چت|پیامک|همین ایمیل|اینجا|این ایمیل|این شماره|این خط|دایرکت).{0,20}?(وجود ندارد|نیست|نداریم|نمی ?باشد)/,
  // «ما اینجا به درخواست‌های گارانتی رسیدگی نمی ?‌کنیم»، «این صندوق به بازپرداخت پاسخ نمی ?‌دهد».
  /(اینجا|از اینجا|در اینجا|این صندوق|این ایمیل|این آدرس|این شماره|این خط|این واحد|این بخش|این تیم|از طریق ایمیل|با ایمیل|تلفنی).{0,50}?(رسیدگی|پاسخ|پیگیری|بررسی|کمک|کمکی|انجام|تغییر|پاسخگویی)(ی)? ?(نمی ?کنیم|نمی ?دهیم|نمی ?کند|نمی ?دهد|نمی ?شود|نمی ?توانیم|نمی ?توانم|نمی ?کنم|داده نمی ?شود|نمی ?تونیم|نمی ?تونم)/,
  /(به ما|به این واحد|به این بخش|به من|به ما هیچ) (مربوط|ارتباطی|ربطی) (نیست|ندارد|نمی ?شود|نداره)/,
  /(از طریق|با|در|توسط|به) (ایمیل|پست الکترونیک|تلفن|چت|پیامک|همین ایمیل|اینجا|این ایمیل|این شماره|این خط|این آدرس|شبکههای اجتماعی|دایرکت).{0,30}?(امکانپذیر|ممکن|مقدور|میسر|انجام|پیگیری|رسیدگی|بررسی|پاسخ|جواب|پاسخگو|پاسخگویی) ?(نیست|نمی ?باشد|نمی ?شود|نمی ?گیرد|نمی ?دهیم|نمی ?دیم|نمی ?کنیم|داده نمی ?شود|نیستیم|وجود ندارد)/,
];
const FA_PLACE = '(اپلیکیشن|اپ|برنامه|سایت|وبسایت|وب سایت|پنل|پنل کاربری|حساب کاربری|پورتال|سامانه|درگاه|فرم|بخش|قسمت)';
const FA_CHANNEL_ONLY = [
  new RegExp(`(برید|بروید|سر بزنید|سر بزنین|مراجعه کنید|مراجعه نمایید) (به|تو|توی|در) ${FA_PLACE}${gap(50)}(درخواست|ثبت|تیکت|فرم|اقدام)${gap(20)}(${FA_YOU_DO}|بنویسید|بنویسین|مطرح)`),
  new RegExp(`(فقط|تنها|صرفا|فقطو|فقط و فقط) (از طریق|در|با|از|توی|تو) ${FA_PLACE}`),
  new RegExp(`(فقط|تنها|صرفا) (به صورت|بصورت)? ?(تلفنی|حضوری|آنلاین|اینترنتی)`),
  new RegExp(`(ادامه(ی)? (گفتگو|گفتوگو|مکالمه|پیگیری|چت)|گفتگو با (ما|کارشناس))${gap(30)}(اپ|اپلیکیشن|برنامه)${gap(20)}(دانلود|نصب|باز) ?${FA_YOU_DO}`),
  new RegExp(`فرم${gap(40)}(در|از طریق|توی|تو) ${FA_PLACE}${gap(20)}(پر|تکمیل|ثبت|ارسال) ?${FA_YOU_DO}`),
  new RegExp(`(در|از طریق|توی|تو) ${FA_PLACE}${gap(40)}فرم${gap(40)}(پر|تکمیل|ثبت|ارسال) ?${FA_YOU_DO}`),
  new RegExp(`باید${gap(40)}(از طریق|در|با|توی|تو) ${FA_PLACE}${gap(40)}(ثبت|درخواست|اقدام|ارسال|مطرح|پیگیری|نوبت|رزرو)`),
  new RegExp(`(به|وارد|تو|توی|در) ${FA_PLACE}${gap(40)}(بروید|برید|شوید|بشید|بشین|مراجعه|سر بزنید)${gap(60)}(فرم|درخواست|تیکت|اقدام|ثبت)${gap(30)}(پر|تکمیل|ثبت|ارسال|بدید|بدهید|بزنید|کنید|نمایید|فرمایید|بنویسید|بنویسین)`),
  new RegExp(`(از طریق|در|توی|تو|از) ${FA_PLACE}${gap(30)}(درخواست|تیکت|شکایت|فرم|سوال|سؤال|موضوع)${gap(20)}(ثبت|ارسال|بدید|بدهید|بزنید|پر|تکمیل|مطرح|بنویسید|بفرستید) ?${FA_YOU_DO}?`),
  // «برای ثبت مرجوعی از طریق پنل کاربری اقدام کنید»: the reader's request, to be made somewhere else.
  new RegExp(`(برای|جهت)${gap(30)}(مرجوع|استرداد|بازگشت وجه|عودت|تعویض|شکایت|لغو|کنسل|گارانتی|خسارت)${gap(30)}(از طریق|در|به|وارد) ${FA_PLACE}${gap(30)}(اقدام|مراجعه|درخواست|ثبت) ?${FA_YOU_DO}`),
];
/** A trip or a paper round: «فرم را حضوراً در دفتر پر کنید»، «فرم را چاپ و امضا کنید و پست کنید». Any matter. */
const FA_TRIP = [
  new RegExp(`(حضورا|حضوری|شخصا)${gap(60)}(پر|تکمیل|ثبت|ارائه|تحویل|مراجعه|امضا|ارسال|دریافت|پرداخت|اقدام) ?${FA_YOU_DO}`),
  new RegExp(`(پرینت|چاپ)${gap(40)}(امضا)${gap(40)}(پست|ارسال|فکس|تحویل) ?${FA_YOU_DO}`),
];
const FA_MATTER = /(?!پیگیری سفارش|وضعیت سفارش)(بستن|حذف|غیرفعال|انصراف|تمدید|بازپرداخت|تعمیر|نصب|نوبت|گفتگو|گفتوگو|درخواست|وجه|سوال|سؤال|پرسش|مرجوع|استرداد|بازگشت|شکایت|تعویض|گارانتی|پیگیری|مشکل|لغو|کنسل|پاسخ|جواب|خسارت|عودت)/;

/**
 * Which class cues (below) a text holds: a paragraph's say which classes its sentences can hold, and a sentence's
 * (its own words' mask, see wordMaskIn) which frames it is read for. `m` is the text's word mask; only the classes
 * in `within` are tested.
 */
interface Classes { redo: boolean; elsewhere: boolean; notOurs: boolean; channel: boolean }
const ALL: Classes = { redo: true, elsewhere: true, notOurs: true, channel: true };
function enClasses(m: number, text: string, within: Classes = ALL): Classes {
  const has = (bits: number) => (m & bits) !== 0;
  return {
    // A one-word alternative of the redo cue, or of the channel cue, holds it without a scan (W.redoWord, W.only).
    redo: within.redo && (has(W.redoWord) || ((has(W.redo) || (has(W.by) && has(W.mail))) && EN_REDO_CUE.test(text))),
    // The contact cue first: a short literal-led scan, where the target cue is a long alternation tried at every
    // letter. The target cue's one-word alternatives are settled by the word test (exact), its spanning ones by a scan.
    elsewhere: within.elsewhere && has(W.target) && EN_CONTACT_CUE.test(text) && (has(W.targetWord) || EN_TARGET_SPAN.test(text)),
    notOurs: within.notOurs && (has(W.neg | W.handled | W.outside) || (has(W.for) && has(W.matter)) || (has(W.because) && has(W.thisIt))) && EN_NOT_OURS_CUE.test(text),
    channel: within.channel && (has(W.only) || ((has(W.place | W.trip) || (has(W.be) && has(W.modal))) && EN_CHANNEL_CUE.test(text))),
  };
}
/** The Persian class cues (CUE_PARTS.fa*): the words for the one-word alternatives (exact), a scan for the rest. */
function faClasses(m: number, text: string, within: Classes = ALL): Classes {
  return {
    redo: within.redo && ((m & W.faRedo) !== 0 || FA_SPANS.redo.test(text)),
    elsewhere: within.elsewhere && ((m & W.faElsewhere) !== 0 || FA_SPANS.elsewhere.test(text)),
    notOurs: within.notOurs && ((m & W.faNotOurs) !== 0 || FA_SPANS.notOurs.test(text)),
    channel: within.channel && ((m & W.faChannel) !== 0 || FA_SPANS.channel.test(text)),
  };
}
const none = (c: Classes) => !c.redo && !c.elsewhere && !c.notOurs && !c.channel;

/** A sentence that sends the reader away; `joined` when it runs on into the instruction after it. */
export interface SendAwaySpan extends SentenceSpan { joined: boolean; kind: Kind }

export function sendsAway(block: ProseBlock): SendAwaySpan[] {
  const { text, language } = block;
  const out: SendAwaySpan[] = [];
  // Most paragraphs hold no cue of any class: then no sentence is split.
  const classesOf = language === 'fa' ? faClasses : enClasses;
  const possible = classesOf(wordMask(block, EXTRA_EFFORT_WORDS), text);
  if (none(possible)) return out;
  const sentences = splitSentences(text);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // The sentence's own cues, of the classes its paragraph can hold: most sentences hold none.
    const cues = classesOf(wordMaskIn(block, EXTRA_EFFORT_WORDS, s.from, s.to), s.text, possible);
    if (none(cues)) continue;
    const kind = language === 'fa' ? faKind(s.text, cues) : enKind(s.text, sentences[i + 1]?.text ?? '', cues);
    if (!kind) continue;
    let to = s.to;
    let joined = false;
    // "This team doesn't handle returns. Please email returns@…": the refusal and the instruction are one finding.
    const next = sentences[i + 1];
    if ((kind === 'not-ours' || kind === 'channel') && next && isInstruction(next.text, language)) {
      to = next.to;
      joined = true;
      i++;
    }
    out.push({ from: s.from, to, joined, kind });
  }
  return out;
}

export type Kind = 'redo' | 'elsewhere' | 'not-ours' | 'channel';

/**
 * Per-class cues, tested on the paragraph and then on each sentence before its class's frames: most sentences hold
 * none and cost a handful of short tests. Keep in step with the frames above.
 */
const EN_REDO_CUE = /again|once more|one more time|second time|anew|afresh|scratch|from the (beginning|start|top)|all over|\bre-?(submit|send|attach|upload|enter|apply|register|book|order|fill|complete|do|file|create|open|start|scan|sign|post|type|key|share|forward|e-?mail|raise|log|lodge)|redo|\b(new|fresh|separate|second|another|brand new) ([a-z]+ )?(application|request|form|claim|order|booking|ticket|case|chat|conversation|enquiry|inquiry|complaint|return|submission|thread)|\b(sent|emailed|e-mailed|attached|uploaded|provided|gave|given|submitted|forwarded|by e-?mail)\b/;
const EN_CONTACT_CUE = /\b(need|want|use|try|call|phon|ring|contact|e-?mail|writ|reach|get in touch|getting in touch|speak|talk|check with|ask|send|take|raising|raise|direct|forward|go |going|visit|head|return|bring|pop|drop|stop|nip)/;
const EN_NOT_OURS_CUE = /\b(we|i|this (team|department|desk|inbox|address|line|office|number|channel|mailbox))('m|'re| am| are| is)?( [a-z]+)? (do not|don't|does not|doesn't|cannot|can't|can not|are unable|am unable|unable|is unable|are not|aren't|not able|isn't|is not|no longer|won't|will not)\b|\b(handled|dealt with|managed|processed|looked after|covered|taken care of|run|answered|done) (by|through|via|in) |\b(not|outside|beyond) (of )?(our|my|this)|\b(matter|question|one|something) for\b|\b(as|since|because) (this|it|that)('s| is) (a|an) |responsibility/;
const EN_CHANNEL_CUE = /\bin person\b|face.to.face|\bprint\b|\bonly\b|solely|exclusively|(must|need to|needs to|have to|has to|should|will need to) be\b|\bform\b|\b(through|via|on|in|using|at|from) (the |our |your )?([a-z-]+ )?(app|website|site|portal|online|help cent|support cent|customer area|client area|account|dashboard)|download|install/;

/** `cues`: the class cues the sentence holds (enClasses). */
function enKind(s: string, next: string, cues: Classes): Kind | undefined {
  const kind = enFrame(s, next, cues);
  // What spares the reader or makes it an option, tested only once a frame holds (most sentences hold none).
  return kind && !EN_SPARED.test(s) && !EN_OPTIONAL.test(s) ? kind : undefined;
}

function enFrame(s: string, next: string, cues: Classes): Kind | undefined {
  const { redo: redoCue, elsewhere: elsewhereCue, notOurs: notOursCue, channel: channelCue } = cues;
  let addressed: boolean | undefined;
  const isAddressed = () => (addressed ??= EN_ADDRESSED.test(s) || startsImperative(s));
  if (redoCue && EN_REDO.some((r) => r.test(s)) && isAddressed() && !EN_CONDITION.test(s) && !EN_REDO_EXCEPT.test(s) && !weDo(s)) return 'redo';
  if (elsewhereCue && isAddressed() && EN_ELSEWHERE.some((r) => r.test(s)) && !EN_OWN_DESK.test(s) && !EN_WE_DO.test(s) && !/\b(if|when|whenever|unless|in case)\b/.test(s)) return 'elsewhere';
  if (notOursCue && EN_NOT_OURS.some((r) => r.test(s)) && !EN_WE_DO.test(s)) {
    // "This team doesn't handle returns" says it alone; "we can't change it" is a refusal (no-way-forward's)
    // unless it names the channel ("by email", "from here") or sends the reader to someone else.
    // A place named in the reader's missing permission ("because you do not have permission to create tickets in
    // this department", TrellisDesk) is the reason for the "no", not the channel it refuses.
    const refusal = s.replace(EN_NO_PERMISSION, '');
    if (EN_NOT_THIS_DESK.test(refusal) || EN_HERE.test(refusal) || redirectsElsewhere(s) || (isInstruction(next, 'en') && redirectsElsewhere(next))) return 'not-ours';
  }
  if (channelCue && EN_CHANNEL_ONLY.some((r) => r.test(s)) && !/\b(if|unless|whether)\b/.test(s)) return 'channel';
  if (channelCue && EN_MATTER.test(s) && EN_FORM_ELSEWHERE.some((r) => r.test(s)) && isAddressed()) return 'channel';
  if (channelCue && EN_TRIP.some((r) => r.test(s)) && isAddressed() && !/\b(if|unless|whether)\b/.test(s)) return 'channel';
  return undefined;
}

/** `cues`: the class cues the sentence holds (faClasses). */
function faKind(s: string, cues: Classes): Kind | undefined {
  const kind = faFrame(s, cues);
  return kind && !FA_SPARED.test(s) && !FA_OPTIONAL.test(s) ? kind : undefined;
}

function faFrame(s: string, cues: Classes): Kind | undefined {
  const { redo: redoCue, elsewhere: elsewhereCue, notOurs: notOursCue, channel: channelCue } = cues;
  if (redoCue && FA_REDO.some((r) => r.test(s)) && !FA_REDO_EXCEPT.test(s) && !FA_WE_DO.test(s)) return 'redo';
  if (elsewhereCue && FA_ELSEWHERE.some((r) => r.test(s)) && !FA_WE_DO.test(s)) return 'elsewhere';
  if (notOursCue && FA_NOT_OURS.some((r) => r.test(s)) && !FA_WE_DO.test(s)) return 'not-ours';
  // The matter first: one alternation, where the channel frames are ten with gaps.
  if (channelCue && FA_MATTER.test(s) && FA_CHANNEL_ONLY.some((r) => r.test(s))) return 'channel';
  if (channelCue && FA_TRIP.some((r) => r.test(s))) return 'channel';
  return undefined;
}

/** The verb that asks for the redo belongs to the writer ("we'll resend it", "I've re-attached it"). */
function weDo(s: string): boolean {
  return /\b(we|i|we'll|i'll|we've|i've|we'd|i'd|our team|the team|they|someone|it|this|that)( have| had| will| would| are| am| can| could| just| already| now| then| gladly| happily| personally)* (re-?[a-z]+|send|sent|fill|filled|complete|completed|submit|submitted|attach|attached|upload|uploaded|forward|forwarded|redo|redone|do|did|done|start|started|open|opened|create|created|book|booked|order|ordered|place|placed|make|made)\b/.test(s);
}

// "To claim your refund, complete the form …": a purpose clause before the imperative.
const EN_IMPERATIVE = /^["(\-*\u2022 ]*((to|for) [^,;:]{3,60}, )?(just |simply )?(fill|complete|submit|send|resend|re-?[a-z]+|attach|upload|enter|provide|forward|email|e-mail|post|print|apply|book|order|place|make|create|open|file|raise|log|start|do|go|visit|head|call|phone|ring|contact|write|reach|get in touch|speak|talk|check|ask|take|bring|return|use|download|install|sign)\b/;
function startsImperative(s: string): boolean {
  return EN_IMPERATIVE.test(s);
}

/** The sentence after a refusal tells the reader where to go or what to do. */
function isInstruction(s: string, language: 'en' | 'fa'): boolean {
  if (!s) return false;
  if (language === 'fa') return /(لطفا|خواهشمند|باید)/.test(s) || new RegExp(`${FA_YOU_DO}\\s*[.!\\u061F]?$`).test(s.trim());
  return EN_ADDRESSED.test(s) || startsImperative(s);
}

/** Sentences with their normalized offsets; a dot inside a word (acme.com, 2.5) does not end one. */
function splitSentences(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  // "ext. 6937", "e.g. the app", "approx. 3 days": an abbreviation's dot does not end the sentence either.
  const re = /(?:[^.!?\n\u061F;\u061B]|\.(?=[^\s.])|(?<=\b(?:ext|tel|no|nr|e\.g|i\.e|etc|approx|dept|mr|mrs|ms|dr|st|vs|inc|ltd|co|ref))\.)+[.!?\u061F;\u061B]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const words = body.replace(/[\s.!?\u061F;\u061B]+$/, '');
    out.push({ text: body, from: m.index + lead, to: m.index + lead + words.length });
  }
  return out;
}
