/**
 * A promised answer that takes longer than the team's limit: "we will get back to you within 5 business days",
 * «ظرف ۱۰ روز کاری پاسخ می‌دهیم». Works on normalized prose (lower case, Persian folded, digits ASCII, ZWNJ removed).
 * Calendar time is converted to business days (a week is five, a calendar day five sevenths, a month 21), and a
 * range counts by its upper end ("3–5 business days" is five).
 */
import { wordCues } from '../../server/engine/kit';

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, several: 4, 'a few': 3, few: 3, 'a couple of': 2,
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, دوازده: 12, پانزده: 15, بیست: 20, سی: 30, چند: 3,
};
const N = `(\\d+|${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const EN = new RegExp(`\\b((?:within|in|over|after|up to|inside of|inside|about|around|allow|takes?|take up to|of)\\s+)?(?:${N}\\s*(?:-|–|to|or)\\s*)?${N}[ -](business |working |calendar |full )?(days?|weeks?|months?)\\b`, 'g');
const FA = new RegExp(`((?:ظرف|طی|تا|در|حداکثر|بعد از|پس از)\\s+(?:مدت\\s+)?)?(?:(?<![\\u0600-\\u06FF\\d])${N}\\s*(?:-|–|تا|الی|یا)\\s*)?(?<![\\u0600-\\u06FF\\d])${N}\\s?(روز|هفته|ماه)(\\s?(کاری|اداری))?`, 'g');

/** The sender's answer or action on the reader's message (not a delivery, a refund or a shipment). */
const RESPOND_EN = /\b(get back|reply|replies|respond|response|be in touch|get in touch|follow up|reach out|answer|look into|looked into|review|reviewed|investigate|update you|contact you|call you|email you|write to you|hear (back|from)|be (contacted|answered|addressed|handled|resolved|dealt with)|attend to|deal with|let you know|results?|decision)\b/;
const RESPOND_FA = /(پاسخ|جواب|تماس|پیگیری|بررسی|رسیدگی|اطلاع|اعلام|نتیجه|خبر)/;
/** Requests to the reader and conditions: not the sender's promise. */
const NOT_PROMISE = /\b(please|kindly|you (must|should|need|have)|if you|unless you|you can|you may)\b|(لطفا|خواهشمند|اگر|چنانچه|مهلت)/;

export interface SlowTime {
  from: number;
  to: number;
  businessDays: number;
}

function value(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : WORDS[word] ?? 0;
}

function toBusinessDays(n: number, unit: string, business: boolean): number {
  if (/^(week|هفته)/.test(unit)) return n * 5;
  if (/^(month|ماه)/.test(unit)) return n * 21;
  return business ? n : Math.ceil((n * 5) / 7);
}

/** An English duration's unit somewhere in the text: most paragraphs have none, and then the English search is skipped. */
const UNIT_EN = /\b(days?|weeks?|months?)\b/;
/**
 * The units' words, a single-word test each, run once per distinct word (see wordMask): an English unit starts a word
 * (EN has a space or a hyphen before it), a Persian one may be glued to its number (and the Persian test is exact: the
 * units are letters only). Each language's search runs only where its units are.
 */
export const UNIT_WORDS = wordCues([/^(day|week|month)/, /روز|هفته|ماه/]);
export const EN_UNIT = 1;
export const FA_UNIT = 2;

/** Durations in a promise sentence that exceed `max` business days, as normalized offsets. `units`: UNIT_WORDS's mask. */
export function slowTimes(text: string, max: number, units = EN_UNIT | FA_UNIT): SlowTime[] {
  const out: SlowTime[] = [];
  const searches: (readonly [RegExp, 'en' | 'fa'])[] = [];
  if ((units & EN_UNIT) !== 0 && UNIT_EN.test(text)) searches.push([EN, 'en']);
  if ((units & FA_UNIT) !== 0) searches.push([FA, 'fa']);
  for (const [re, language] of searches) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const sentence = sentenceOf(text, m.index, m.index + m[0].length);
      const respond = language === 'en' ? RESPOND_EN : RESPOND_FA;
      if (!respond.test(sentence) || NOT_PROMISE.test(sentence)) continue;
      const n = value(m[3]);
      const unit = language === 'en' ? m[5] : m[4];
      const business = language === 'en' ? Boolean(m[4] && /business|working/.test(m[4])) : Boolean(m[5]);
      const days = toBusinessDays(n, unit, business);
      if (days > max) out.push({ from: m.index, to: m.index + m[0].length, businessDays: days });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

function sentenceOf(text: string, from: number, to: number): string {
  let s = from;
  while (s > 0 && !/[.!?\u061F\n]/.test(text[s - 1])) s--;
  let e = to;
  while (e < text.length && !/[.!?\u061F\n]/.test(text[e])) e++;
  return text.slice(s, e);
}
