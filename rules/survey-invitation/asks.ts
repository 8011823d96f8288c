/**
 * Invitations the phrase frames do not list, read as classes: a verb of asking for the reader's view (tell us,
 * share, rate, answer a few questions, hear what you think, «بگویید»، «نظر بنویسید») aimed at their opinion,
 * experience or satisfaction ("what you think", "your stay", "were you happy with…", «راضی بودید؟»). The rule asks
 * this only when its phrase frames found no invitation, on paragraphs that passed its cue.
 *
 * Runs over normalized prose (lower case, Persian folded, ZWNJ removed). Returns the offsets of the ask.
 */
export interface Ask { from: number; to: number; survey: boolean }

const EN_QUESTIONS = /\b(answer|answering|complete|completing|fill(ing)? (in|out)|take|taking|do|doing|participate in|participating in|take part in|taking part in|respond to|responding to|reply to|go through)( (a|our|the|this|these|some|just|only))* ?((quick|short|brief|simple|little|easy|anonymous) )?(survey|surveys|questionnaire|poll|feedback form|quiz)\b|\b(answer|answering|complete|completing|respond to|responding to|reply to|go through)( (just|only))? (a few|few|\d+|two|three|four|five|a couple of|some)( (quick|short|brief|simple|little|easy|anonymous))? questions\b/;
const EN_SURVEY_RUN = /\b(we('re| are)|i('m| am)) (conducting|running|doing|carrying out|holding|launching|sending out) (a|an|our|this year's|the)( [a-z-]+){0,3} (survey|questionnaire|poll|study|review)\b/;
const EN_OPINION = /\b((tell|telling|let|letting) (us|me)( know)?|share|sharing|give|giving|leave|leaving|send|sending|post|posting|write|writing|hear|hearing|know|get|getting|have|gather|collect|welcome|appreciate|value|love|like)( (us|me))? (what you (think|thought|make of|made of|think of|thought of|reckon|felt|liked|loved|enjoyed|found)|how (you (felt|feel|found|liked|got on)|it went|we did|we('re| are) doing|your [a-z]+ (was|went))|your (honest |quick |candid |own )?(thoughts|opinion|opinions|views|feedback|impressions|experience|review|rating|input|comments|verdict|two cents|participation)|about your (recent |last )?(stay|visit|order|purchase|experience|trip|meal|delivery|appointment|call|chat|time with us|flight|ride|class|course|event|booking))\b/;
const EN_SATISFIED = /\bwhat did you (think|make) (of|about) (your|the|our)( [a-z-]+){0,2} (stay|visit|order|purchase|experience|trip|meal|delivery|appointment|call|chat|flight|ride|class|course|event|booking|product|app|service|item|menu|room|tour|session)\b|\b(got|have you got|any) (thoughts|feedback|opinions|views|ideas) (on|about) (our|the|your)\b|\b(we're|we are|i'm|i am) all ears\b|\b(were|are|was) you (happy|satisfied|pleased|delighted|unhappy|disappointed) (with|by)\b|\b(how (happy|satisfied|likely)|on a scale of)\b|\b(did|do) (you|we) (enjoy|like|love|meet your)\b/;
const EN_RATE = /\b(rate|rating|review|score|grade) (us|your (recent |last )?(stay|visit|experience|purchase|product|item|meal|trip|ride|agent|support|delivery|order)|our (service|support|team|product|app|store|shop))\b|\b(star rating|thumbs up|thumbs down|one click|a click|with a click)\b/;
const EN_DONE = /\b(thank you|thanks)( so much| very much| again)? for (taking|completing|answering|filling|doing|your (feedback|review|rating|response|responses|answers|participation))|\b(you|you've|you have) (took|taken|completed|answered|filled|left|rated)\b|\b(is|are) due\b/;

const FA_QUESTIONS = /(پاسخ|جواب) (به|دادن به) (چند|چهار|سه|دو|یک|[0-9]+|این|سوالات|سؤالات|پرسشهای|پرسش)( [^ ]+)? ?(سوال|سؤال|پرسش|سوالات|سؤالات)?/;
const FA_OPINION = /(نظر|نظرات|دیدگاه|تجربه|احساس|برداشت)[^ ]*( [^ ]+){0,5} (چیست|چیه|چه بود|چه بوده|چطور بود|چگونه بود|را بگویید|رو بگین|بنویسید|بنویسین|بگذارید|بذارید|ثبت کنید|ثبت نمایید|به ما بگویید|به ما بگین|برایمان بگویید|برامون بگین|با ما در میان بگذارید|به اشتراک بگذارید|را بدانیم|رو بدونیم|بدانیم|بدونیم|بشنویم|بشنوم|بدانم)/;
const FA_TELL_US = /(از|درباره|دربارهی|در مورد)( [^ ]+){0,6} (برایمان|برامون|به ما|با ما) (بگویید|بگین|بنویسید|بنویسین|بگو|در میان بگذارید)/;
const FA_SATISFIED = /(راضی|رضایت|خشنود|خوشتان|خوشت)( [^ ]+)? (بودید|هستید|بودین|هستین|داشتید|آمد|اومد|دارید)|(چقدر|تا چه حد|چه اندازه) (راضی|رضایت)/;
const FA_RATE = /(امتیاز|نمره|ستاره) (بدهید|دهید|بدید|بدین|ثبت کنید)|با یک کلیک/;
const FA_DONE = /(سپاس|متشکر|ممنون|تشکر|قدردان)[^.!?\u061F]{0,40}(شرکت|مشارکت|پاسخ|تکمیل)|(شرکت|مشارکت|پاسخ) (کردید|کرده‌اید|کردهاید|دادید|دادهاید|نمودید|فرمودید)/;

/** Where an ask for an opinion is an invitation: the message offers a link, a button or a scale to answer with. */
export const ANSWER_WITH = /\b(link|click|tap|button|below|here|http|www|scale|survey|questionnaire|poll|minutes?|moment|seconds?)\b|دقیقه|لحظه|ثانیه|\uE000|[★☆👍👎]|\b1 (to|-) (5|10)\b|لینک|کلیک|پیوند|دکمه|زیر|نظرسنجی|پرسشنامه|فرم|[0-9] تا [0-9]/;

/** The first ask in a paragraph, if the rule's phrase frames missed it; opinion asks only where `answerable`. */
export function classAsk(text: string, language: 'en' | 'fa', answerable: boolean): Ask | undefined {
  const sentences = text.split(/(?<=[.!?\u061F\n])/);
  let at = 0;
  for (const s of sentences) {
    const from = at;
    at += s.length;
    const found = language === 'fa' ? faAsk(s, answerable) : enAsk(s, answerable);
    if (found) return { from: from + found.index, to: from + found.index + found.length, survey: found.survey };
  }
  return undefined;
}

// A sentence that thanks the reader for answering is no ask, whatever frame it holds: tested only once a frame holds
// (most sentences hold none), so most sentences cost the frames alone.
const EN_FRAMES = [[EN_QUESTIONS, true], [EN_SURVEY_RUN, true], [EN_OPINION, false], [EN_SATISFIED, false], [EN_RATE, false]] as const;
const EN_SURVEY_FRAMES = EN_FRAMES.slice(0, 2);
const FA_FRAMES = [[FA_QUESTIONS, true], [FA_OPINION, false], [FA_TELL_US, false], [FA_SATISFIED, false], [FA_RATE, false]] as const;
const FA_SURVEY_FRAMES = FA_FRAMES.slice(0, 1);

function enAsk(s: string, answerable: boolean): { index: number; length: number; survey: boolean } | undefined {
  return firstFrame(s, answerable ? EN_FRAMES : EN_SURVEY_FRAMES, EN_DONE);
}

function faAsk(s: string, answerable: boolean): { index: number; length: number; survey: boolean } | undefined {
  return firstFrame(s, answerable ? FA_FRAMES : FA_SURVEY_FRAMES, FA_DONE);
}

function firstFrame(s: string, frames: readonly (readonly [RegExp, boolean])[], done: RegExp): { index: number; length: number; survey: boolean } | undefined {
  for (const [re, survey] of frames) {
    const m = re.exec(s);
    if (m) return done.test(s) ? undefined : { index: m.index, length: m[0].length, survey };
  }
  return undefined;
}
