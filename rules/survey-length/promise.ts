/**
 * A promised duration in a survey's intro, title or invitation: "a 2-minute survey", "takes less than 5 minutes",
 * "only takes a minute", «فقط ۲ دقیقه»، «کمتر از ۵ دقیقه از وقت شما». Read from normalized prose (lower case,
 * Persian digits already ASCII), so the span maps back to the file.
 */
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15,
  twenty: 20, thirty: 30, 'a few': 3, 'a couple of': 2, 'a couple': 2, 'half a': 0.5, few: 3,
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, پانزده: 15, بیست: 20, سی: 30, چند: 3, نیم: 0.5,
};
const NUMBER = String.raw`(\d+(?:\.\d+)?|a few|a couple(?: of)?|half a|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|پانزده|بیست|سی|چند|نیم)`;
const UNIT = String.raw`(minutes?|mins?|seconds?|secs?|دقیقه|ثانیه)`;
const PROMISE = new RegExp(String.raw`(?<![\w\u0600-\u06ff])${NUMBER}(?:\s*(?:-|to|or|تا|الی|یا)\s*${NUMBER})?(?:\s*-\s*|\s+|\u200c)?${UNIT}(?![\w\u0600-\u06ff])`, 'g');
/** Words around a duration that make it the survey's: "takes", "survey", "of your time", «طول»، «وقت»، «فقط». */
const ABOUT_THE_SURVEY = /\b(?:take|takes|taking|took|only|just|less than|under|about|around|approximately|survey|questionnaire|quiz|poll|quick|short|brief|your time|complete|finish|spare|minute survey)\b|(?:طول|وقت|زمان|فقط|تنها|کمتر|حدود|حداکثر|نظرسنجی|پرسشنامه|پرسش نامه|تکمیل|پاسخ)/;

export interface Promise {
  from: number;
  to: number;
  seconds: number;
}

/** The durations a text promises (the larger end of a range: "3–5 minutes" promises 5). */
export function promisesIn(text: string): Promise[] {
  const out: Promise[] = [];
  for (const m of text.matchAll(PROMISE)) {
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index!), text.lastIndexOf('!', m.index!), text.lastIndexOf('\n', m.index!), text.lastIndexOf('؟', m.index!));
    const ends = [text.indexOf('.', m.index! + m[0].length), text.indexOf('\n', m.index! + m[0].length)].filter((i) => i >= 0);
    const sentence = text.slice(sentenceStart + 1, ends.length ? Math.min(...ends) : text.length);
    if (!ABOUT_THE_SURVEY.test(sentence)) continue;
    const value = (s: string | undefined) => (s === undefined ? undefined : /^\d/.test(s) ? Number(s) : WORDS[s]);
    const amount = Math.max(value(m[1]) ?? 0, value(m[2]) ?? 0);
    if (!amount) continue;
    const seconds = /^(?:sec|ثانیه)/.test(m[3]) ? amount : amount * 60;
    out.push({ from: m.index!, to: m.index! + m[0].length, seconds });
  }
  return out;
}
