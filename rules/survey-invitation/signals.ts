/**
 * What a survey invitation tells the reader, read from normalized prose (lower case, Persian folded, ZWNJ removed,
 * digits ASCII, a merge field U+E000): how long it takes, why the answers matter and what happens with them, and
 * how to say no. (Who is asking and how to reply come from the kit's letter anatomy and missing-contact's phrases.)
 */
const NUM = '(\\d+|\\uE000|a|an|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|a few|few|a couple of|couple of|under a|less than a|under|less than)';
const NUM_FA = '(\\d+|\\uE000|یک|دو|سه|چهار|پنج|شش|هفت|ده|پانزده|بیست|چند|کمتر از)';
export const TIME = new RegExp([
  `\\b${NUM}[ -](short |quick |simple |brief )?(minutes?|mins?|seconds?|secs?|questions?|clicks?|taps?)\\b`,
  '\\b(a|one) (minute|moment)\\b',
  `${NUM_FA} ?(دقیقه|ثانیه|سوال|سؤال|پرسش|کلیک)`,
].join('|'));

/** Why it matters or what happens with the answers: to improve, we read every answer, results, we use them to decide. */
export const WHY = new RegExp([
  '\\b(to|help us|helps us|so (that )?we can|so (that )?i can|we use|we\'ll use|we will use|used to|in order to) (improve|make|fix|learn|understand|decide|shape|choose|plan|build|change|train|serve|know|see|find|prioriti[sz]e|figure)',
  '\\b(i|we) (personally )?(read|review|look at|go through|act on|share|discuss) (every|each|all|your) (answers?|responses?|repl(y|ies)|comments?|reviews?|feedback|surveys?)',
  '\\b(your|the|these|all) (answers?|responses?|feedback|comments?|input|ratings?|reviews?) (will|help|helps|go|goes|shape|shapes|decide|decides|are used|is used|will be used|will be read|are read|directly|feed)',
  '\\b(answers|responses|feedback|comments|input|ratings|reviews|replies) (will |really |directly )?(help|go|shape|decide|feed|reach|matter)',
  '\\b(are|is|will be|get|gets) (read|reviewed|used|shared|seen|discussed|acted on|passed on) (by|with|to|each|every|personally|directly)',
  '\\bto (cut|reduce|shorten|speed up|lower|raise|fix|decide|choose|plan|train|shape|help other)',
  '\\b(i|we) (personally )?(share|read|pass on|forward) (every|each|all) (one|of them)',
  '\\b(results?|findings|what we (learn|changed|did)|what happens next|what we do with)\\b',
  '\\bbecause\\b',
  '\\b(in an effort|in order|as we (try|work|strive)) to (better )?(serve|improve|help|understand|learn)',
  '\\b(and|so) (we|i) (can|could|might|may|will|\'ll) (be able to )?(suggest|help|fix|improve|recommend|make|find|follow up|get back)',
  '(برای|تا|به منظور|جهت) ... ?(بهبود|بهتر|ارتقا|ارتقای|اصلاح|تصمیم|شناخت)',
  '(بهبود|ارتقای|ارتقا|اصلاح) (کیفیت|خدمات|محصول|تجربه|کار|سرویس)',
  '(پاسخ|نظر|نظرات|جواب)\\S* ... ?(را)? ?(میخوانیم|میخوانم|میخوانند|خوانده میشود|بررسی میکنیم|بررسی میکنم|بررسی میشود|استفاده میکنیم|استفاده میشود|به کار میبریم)',
  '(نتیجه|نتایج)',
  '(بهتر|بهبود) .{0,30}(یاری|کمک) (کنید|نمایید|میکنید|میکند|میکنند|کن)',
].map((s) => s.replace(/ \.\.\. \?/g, '.{0,60}?')).join('|'));

/** A way to say no: unsubscribe, opt out, "if you'd rather not get these", لغو عضویت، انصراف. */
export const OPT_OUT = /\b(unsubscribe|opt[ -]?out|stop receiving|no longer (receive|wish|want)|rather not (get|receive|hear)|don'?t want (these|to (get|receive|hear))|take you off|remove you from|email preferences|manage (your )?(preferences|subscription)|reply stop|text stop)\b|لغو (عضویت|اشتراک|دریافت)|انصراف|عدم دریافت|(نمیخواهید|نمیخواهین|مایل نیستید) .{0,40}(بگیرید|دریافت کنید)/;

/** "I'm Maya", "my name is Sara", «من سارا هستم»: the invitation comes from a named person. */
export const INTRO = /\b(my name is|this is) \S+|\b(i'?m|i am) (?!(sorry|happy|glad|writing|reaching|pleased|excited|sure|afraid|here|delighted|thrilled|so|very|really|contacting|following|sending|looking|grateful|always|still|just|also|not|the|a|an)\b)(dr\.? |mr\.? |ms\.? |mrs\.? )?\S+( \S+)?,? (from|at|the|a|our|your|and i (run|lead|look after|manage|head|work))\b|(?:^|\s)من \S+( \S+)? (هستم|از)|(?:^|\n|[.!\u061F] )(?!این|آن|ما|ایشان|اینجا)\S+( \S+)? هستم(?=[\u060C,.\s]|$)/;

/** "Hit reply", «روی «پاسخ» بزنید»: replying with the mail client's button. */
export const HIT_REPLY = /\b(hit|press|click|tap) "?reply\b|(روی|دکمه) ?["«]?(پاسخ|ریپلای|reply)["»]? ?(را )?(بزنید|بزن|کلیک)/;
