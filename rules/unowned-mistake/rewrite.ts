/**
 * The owning rewrite: the sender becomes the subject of the failure. Passive deeds turn active ("your order was
 * shipped to the wrong address" → "We shipped your order to the wrong address"; «سفارش شما اشتباه ارسال شد» →
 * «ما سفارش شما را اشتباه ارسال کردیم»), faults that "occurred" become "we made a mistake" / «ما … اشتباه کردیم».
 * The edits touch only the words around the subject, so a merge field inside it ("your {{product}}") stays as
 * the template wrote it. No edit when a touched word is not plain prose.
 */
import { matchCase, type Language, type ProseBlock, type RuleContext, type TextEdit } from '../../server/engine/kit';

const EN_PASSIVE = /^(.+?) (was|were|has been|have been|had been|got|is|are) (?:(?:then|also|unfortunately|sadly|somehow|simply) )?(mixed up|left out|[a-z-]+)/;
const EN_CRACKS = /^(.+?) (fell|slipped) through the cracks/;
const EN_RECEIVED = /^(you|your order) (received|got|were sent|was sent|were given|was given)/;
const EN_FAULT = /^(?:.*? )?(?:(?:an?|some|the) )?(?:[a-z-]+ )?(?:error|errors|mistake|mistakes|mix-up|mixup|oversight|glitch|problem|issue|delay|confusion) (?:occurred|occured|happened|arose|crept in|was made|has been made|had been made|has occurred|has happened|took place|was introduced)|^(?:there|there's|there has) (?:was |were |has been |have been |been |is )?(?:an?|some) (?:[a-z-]+ )?(?:error|mistake|mix-up|mixup|oversight|glitch|problem|issue|delay)|^something (?:went|has gone|had gone|seems to have gone) wrong/;
const IRREGULAR: Record<string, string> = { forgotten: 'forgot', given: 'gave', overcharged: 'overcharged' };

export function rewrite(ctx: RuleContext, block: ProseBlock, from: number, to: number, language: Language): TextEdit[] | undefined {
  const t = block.text.slice(from, to);
  return language === 'fa' ? rewriteFa(ctx, block, from, t) : rewriteEn(ctx, block, from, t);
}

function edit(ctx: RuleContext, block: ProseBlock, a: number, b: number, text: string): TextEdit | undefined {
  const range = ctx.editable(block, a, b);
  return range ? { range, text } : undefined;
}

function all(edits: (TextEdit | undefined)[]): TextEdit[] | undefined {
  return edits.every(Boolean) ? (edits as TextEdit[]) : undefined;
}

function rewriteEn(ctx: RuleContext, block: ProseBlock, from: number, t: string): TextEdit[] | undefined {
  const firstWord = t.match(/^\S+/)![0];
  const source = (a: number, b: number) => ctx.text.slice(block.starts[a], block.ends[b - 1]);
  const lowerFirst = (s: string) => (/^(I|I'm|I've)$/.test(s) ? s : s[0].toLowerCase() + s.slice(1));
  // "Something went wrong with your order", "an error occurred while processing your payment": "we made a mistake".
  const fault = EN_FAULT.exec(t);
  if (fault) {
    const e = edit(ctx, block, from, from + fault[0].length, '');
    if (!e) return undefined;
    return [{ ...e, text: matchCase(source(from, from + 1), 'we made a mistake') }];
  }
  const received = EN_RECEIVED.exec(t);
  if (received) return all([edit(ctx, block, from, from + received[0].length, matchCase(source(from, from + 1), 'we sent you'))]);
  const cracks = EN_CRACKS.exec(t);
  if (cracks) {
    const verbAt = from + cracks[1].length + 1;
    return all([
      edit(ctx, block, from, from + firstWord.length, `${matchCase(source(from, from + 1), 'we let')} ${lowerFirst(source(from, from + firstWord.length))}`),
      edit(ctx, block, verbAt, verbAt + cracks[2].length, 'fall'),
    ]);
  }
  const passive = EN_PASSIVE.exec(t);
  if (!passive) return undefined;
  const verb = IRREGULAR[passive[3]] ?? passive[3];
  const subjectEnd = from + passive[1].length;
  const subjectFirst = source(from, from + firstWord.length);
  const object = firstWord === 'you' ? 'you' : lowerFirst(subjectFirst);
  if (firstWord.length === passive[1].length) {
    // A one-word subject ("You were charged twice"): replace subject and verb at once.
    return all([edit(ctx, block, from, from + passive[0].length, `${matchCase(subjectFirst, `we ${verb}`)} ${object}`)]);
  }
  return all([
    edit(ctx, block, from, from + firstWord.length, `${matchCase(subjectFirst, `we ${verb}`)} ${object}`),
    edit(ctx, block, subjectEnd, from + passive[0].length, ''),
  ]);
}

// Persian (normalized: ZWNJ removed, letters folded). Passive light verbs and their active first-person plural.
const FA_PASSIVE = /(?:^| )(شده بود|شده است|شدهاست|شدهاند|شدند|شده|شد|گردیده است|گردیده|گردید|گشته|گشت)$/;
const FA_PARTICIPLE = /(?:^| )(تحویل داده|فرستاده|گذاشته)$/;
const FA_LOST: [RegExp, string][] = [
  [/(?:^| )(گم|مفقود) (شده است|شده|شد)$/, 'گم کردیم'],
  [/(?:^| )از قلم (افتاده|افتاد)$/, 'از قلم انداختیم'],
  [/(?:^| )جا (مانده|ماند)$/, 'جا انداختیم'],
  [/(?:^| )نادیده گرفته (شده|شد)$/, 'نادیده گرفتیم'],
  [/(?:^| )فراموش (شده|شد)$/, 'فراموش کردیم'],
];
const FA_HAPPENED = /(?:^| )((?:رخ|پیش|بروز|ایجاد|صورت|به وجود|بوجود) (?:داد|داده|آمد|آمده|کرد|کرده|شد|شده|گرفت|گرفته)(?: است|است)?)$/;
const FA_FAULT = /(?:^| )(خطایی|خطای\S*|خطا|اشکالی|اشکال|مشکلی|مشکل فنی|ایرادی|سوءتفاهمی|سوء تفاهمی|اختلالی|اشتباهی|اشتباه|نقصی|سهوی)(?= )/g;
/** Where the object phrase ends: at a preposition, an adverb of wrongness or the deed. */
const FA_NP_END = new Set(['از', 'به', 'برای', 'در', 'با', 'تا', 'اشتباه', 'اشتباهی', 'اشتباها', 'سهوا', 'دو', 'دوبار', 'نادرست', 'غلط', 'ناقص', 'اضافه', 'گم', 'مفقود', 'جا', 'فراموش', 'نادیده']);
const FA_ADJ = new Set(['اشتباه', 'اشتباهی', 'نادرست', 'معیوب', 'خراب', 'دیگری', 'دیگر']);

function rewriteFa(ctx: RuleContext, block: ProseBlock, from: number, t: string): TextEdit[] | undefined {
  // «متأسفانه خطایی پیش آمد»: the sender comes after the sentence adverb («متأسفانه ما اشتباه کردیم»).
  const adverb = /^(متاسفانه|متأسفانه|بدبختانه) /.exec(t);
  if (adverb) {
    from += adverb[0].length;
    t = t.slice(adverb[0].length);
  }
  const at = block.starts[from];
  const insertWe: TextEdit = { range: { start: at, end: at }, text: 'ما ' };
  const happened = FA_HAPPENED.exec(t);
  if (happened) {
    const faults = [...t.slice(0, happened.index + 1).matchAll(FA_FAULT)];
    const fault = faults[faults.length - 1];
    if (!fault) return undefined;
    const fStart = from + fault.index + (fault[0].startsWith(' ') ? 1 : 0);
    const fEnd = fStart + fault[1].length;
    const verbAt = from + happened.index + (happened[0].startsWith(' ') ? 1 : 0);
    if (fStart === from) return all([edit(ctx, block, fStart, fEnd, 'ما'), edit(ctx, block, verbAt, from + t.length, 'اشتباه کردیم')]);
    return all([insertWe, edit(ctx, block, fStart, fEnd + 1, ''), edit(ctx, block, verbAt, from + t.length, 'اشتباه کردیم')]);
  }
  const ra = objectMarker(block, from, t);
  for (const [re, active] of FA_LOST) {
    const lost = re.exec(t);
    if (lost) return all([insertWe, ra, edit(ctx, block, from + lost.index + (lost[0].startsWith(' ') ? 1 : 0), from + t.length, active)]);
  }
  const passive = FA_PASSIVE.exec(t);
  if (!passive) return undefined;
  const verbAt = from + passive.index + (passive[0].startsWith(' ') ? 1 : 0);
  const perfect = /شده|گردیده|گشته/.test(passive[1]) && !/بود/.test(passive[1]);
  const pluperfect = /بود/.test(passive[1]);
  const participle = FA_PARTICIPLE.exec(t.slice(0, passive.index));
  if (participle) {
    const p = participle[1].replace('تحویل داده', 'تحویل\u00A0داده');
    const stem = p.replace(/ه$/, '');
    const active = pluperfect ? `${p} بودیم` : perfect ? `${p}\u200Cایم` : `${stem}یم`;
    const pAt = from + participle.index + (participle[0].startsWith(' ') ? 1 : 0);
    return all([insertWe, ra, edit(ctx, block, pAt, from + t.length, active.replace(/\u00A0/g, ' '))]);
  }
  const active = pluperfect ? 'کرده بودیم' : perfect ? 'کرده\u200Cایم' : 'کردیم';
  return all([insertWe, ra, edit(ctx, block, verbAt, from + t.length, active)]);
}

/** « را» after the object phrase when the clause opens with it («سفارش شما» → «سفارش شما را»). */
function objectMarker(block: ProseBlock, from: number, t: string): TextEdit | undefined {
  const words = [...t.matchAll(/\S+/g)];
  if (words.length < 2 || FA_NP_END.has(words[0][0])) return undefined;
  let last = 0;
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k][0];
    if (FA_NP_END.has(w) && !(k === 1 && FA_ADJ.has(w) && words[0][0].endsWith('ی'))) break;
    if (/^(شد|شده|گردید|ارسال|ثبت|کسر|برداشت|لغو|محاسبه|تحویل)/.test(w) && k > 0) break;
    last = k;
  }
  const end = from + words[last].index! + words[last][0].length;
  const at = block.ends[end - 1];
  return { range: { start: at, end: at }, text: ' را' };
}
