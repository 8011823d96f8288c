/**
 * A concrete time in normalized prose (lower case, Persian letters and digits folded to ASCII digits, a merge
 * field folded to U+E000): an hour or day count, a weekday, "tomorrow", a clock time or a date. A paragraph that
 * names one has kept the promise "say when", so its "as soon as possible" is not a finding.
 */
const N_EN = '(\\d+|\\uE000|an?|one|two|three|four|five|six|seven|eight|ten|twelve|twenty-four|24|48|72)';
const N_FA = '(\\d+|\\uE000|دو|سه|چهار|پنج|شش|هفت|ده|دوازده|بیست و چهار|چهل و هشت)';
/**
 * «یک روز» alone is as often "some day" («ماه آینده یک روز هماهنگ می‌کنیم») as "one day": it names a time with a
 * measure before it («ظرف یک روز», «تا یک هفته») or a reckoning after it («یک روز کاری», «یک ساعت دیگر»).
 */
const ONE_FA = '((ظرف|طی|تا|در|حداکثر|کمتر از|حدود|نهایتا|ظرف مدت) (یک|یه) ?(ساعت|روز|دقیقه|هفته)|(یک|یه) ?(ساعت|روز|دقیقه|هفته) (کاری|آینده|دیگر|دیگه))';
const EN = [
  `${N_EN}[ -]?(business |working |calendar )?(hours?|hrs?|days?|minutes?|mins?|weeks?)\\b`,
  '\\b(today|tonight|tomorrow|this (morning|afternoon|evening|week)|end of (the )?(day|week)|eod|cob)\\b',
  // "The same day", "the next business day": a time counted from the message.
  '\\b(the )?(same|next) (business |working )?day\\b|\\bsame-day\\b',
  '\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b',
  '\\b\\d{1,2}(:\\d\\d)? ?(am|pm|a\\.m\\.|p\\.m\\.)',
  '\\b\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?\\b',
  '\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \\d{1,2}\\b',
  '\\b\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)',
  '\\b(by|on|before|until) \\uE000',
];
const FA = [
  `${N_FA} ?(ساعت|روز|دقیقه|هفته)`,
  ONE_FA,
  '(امروز|امشب|فردا|پس ?فردا|همین هفته|آخر هفته|پایان روز)',
  // «همان روز»، «روز کاری بعد» (not «چند روز بعد», which is "a few days later").
  '(همان|همون|همین) روز(?! ?ها)|(?<!چند )روز (کاری )?بعد',
  '(شنبه|یکشنبه|یک شنبه|دوشنبه|سه ?شنبه|چهارشنبه|پنج ?شنبه|جمعه)',
  'ساعت \\d',
  '\\d{1,4}/\\d{1,2}(/\\d{1,4})?',
  '(تا|در|تاریخ) \\uE000',
];
const CONCRETE = new RegExp(`(${[...EN, ...FA].join('|')})`);

export function namesATime(normalizedText: string): boolean {
  return CONCRETE.test(normalizedText.replace(/\u200c/g, ' '));
}
