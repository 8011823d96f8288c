import { choiceLabel, foldedText, plainText, questionTitles, surveyTextRange, type Language, type Rule, type RuleContext, type Suggestion, type SurveyChoice, type SurveyQuestion, type SurveyText } from '../../server/engine/kit';
import { bandFaults, bandOf, type Band } from './bands';
import { FAMILIES_EN, LABELS_EN } from './labels-en';
import { FAMILIES_FA, LABELS_FA } from './labels-fa';

type Pole = 'pos' | 'neg' | 'mid' | 'out';
interface Point {
  choice: SurveyChoice;
  label: SurveyText;
  folded: string;
  pole?: Pole;
}

const LABELS = { en: LABELS_EN, fa: LABELS_FA };
const FAMILIES = { en: FAMILIES_EN, fa: FAMILIES_FA };
/** Question types whose options are points of one scale (multiple choice and ranking options are not). */
const SCALE_TYPES = new Set(['single', 'rating', 'matrix']);

const rule: Rule = {
  id: 'unbalanced-scale',
  description: 'An answer scale that leans one way, has two middles, or numeric bands that overlap or leave gaps; or a scale that flips direction between questions.',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'survey',
  messages: {
    en: 'This answer scale is not balanced, so answers lean one way. Give both sides the same number of options around one middle.',
    fa: 'این طیف پاسخ متعادل نیست و پاسخ‌ها را به یک سو می‌کشد. دو سوی طیف را هم‌اندازه کنید، با یک گزینه‌ی میانی.',
  },
  check(ctx) {
    const labelled: Direction[] = [];
    const numeric: Direction[] = [];
    for (const question of ctx.survey?.questions ?? []) {
      if (question.scale?.descending !== undefined) numeric.push({ question, descending: question.scale.descending, at: questionTitles(question)[0] });
      if (!SCALE_TYPES.has(question.type) || question.choices.length < 2) continue;
      for (const language of languagesOf(question)) {
        const direction = checkScale(ctx, question, language);
        if (direction) labelled.push(direction);
      }
    }
    reportFlips(ctx, labelled);
    reportFlips(ctx, numeric);
  },
};

interface Direction {
  question: SurveyQuestion;
  descending: boolean;
  /** Where a flip is reported: the first option, or the title of a numeric scale. */
  at?: SurveyText;
}

function languagesOf(q: SurveyQuestion): Language[] {
  const langs = new Set<Language>(q.choices[0].label.map((l) => l.language));
  return langs.size ? [...langs] : ['en'];
}

/** A label read for its meaning: numbering ("1 -", "(5)"), emoji and punctuation at the ends dropped. */
function readLabel(t: SurveyText): string {
  return foldedText(t)
    .replace(/^\(?\d{1,2}\)?\s*[-=:.)]\s*(?=\p{L})/u, '')
    .replace(/\s*\(\d{1,2}\)$/, '')
    .replace(/^[^\p{L}\p{N}<>$+]+|[^\p{L}\p{N}+)%]+$/gu, '')
    .replace(/\s+/g, ' ');
}

function poleOf(folded: string, language: Language): Pole | undefined {
  const l = LABELS[language];
  if (!folded || folded.split(' ').length > 6) return undefined;
  if (l.out.test(folded)) return 'out';
  if (l.mid.test(folded)) return 'mid';
  if (l.neg.test(folded)) return 'neg';
  if (l.pos.test(folded)) return 'pos';
  return undefined;
}

/** Checks one question's options in one language; returns its direction when it is a two-sided labelled scale. */
function checkScale(ctx: RuleContext, q: SurveyQuestion, language: Language): Direction | undefined {
  const points: Point[] = [];
  for (const choice of q.choices) {
    const label = choiceLabel(choice, language);
    if (!label || label.language !== language) return undefined;
    const folded = readLabel(label);
    points.push({ choice, label, folded, pole: poleOf(folded, language) });
  }
  const scale = points.filter((p) => p.pole !== 'out');
  const bands = scale.map((p) => bandOf(p.folded));
  if (scale.length >= 2 && bands.every((b): b is Band => b !== undefined)) {
    checkBands(ctx, scale, bands, language);
    return undefined;
  }
  if (scale.length < 3 || scale.some((p) => p.pole === undefined)) return undefined;
  // A soft middle ("Fair", «متوسط») off the middle of the list is the milder low (or high) answer.
  const middle = scale.length % 2 === 1 ? (scale.length - 1) / 2 : -1;
  scale.forEach((p, i) => {
    if (p.pole !== 'mid' || i === middle || !LABELS[language].softMid.test(p.folded)) return;
    // Beside another middle ("Neutral", "Average") it is a second middle, reported as such.
    if (scale.some((x) => x !== p && x.pole === 'mid')) return;
    const before = scale.slice(0, i).some((x) => x.pole === 'pos');
    const after = scale.slice(i + 1).some((x) => x.pole === 'pos');
    if (before !== after) p.pole = before ? 'neg' : 'pos';
  });
  const count = (pole: Pole) => scale.filter((p) => p.pole === pole).length;
  const [pos, neg, mid] = [count('pos'), count('neg'), count('mid')];
  if (pos === 0 && neg === 0) return undefined;
  // Unipolar: degrees of one quality, its low end only "not" the same word ("Extremely / Very / Somewhat / Not so /
  // Not at all likely"), no antonym: a scale of how much, not of which side.
  const l = LABELS[language];
  const degrees = scale.every((p) => (p.pole === 'neg' ? l.notAtAll.test(p.folded) : p.pole !== 'pos' || l.degree.test(p.folded)));
  // "Not important / Somewhat important / Important / Very important / Most important": one quality word in every
  // label, in degrees, its low end "not" that word (a real Odoo demo survey's importance matrix).
  const quality = (f: string) => f.replace(l.notAtAll, '').replace(l.degree, '').replace(/^(?:most|the most|highly|really|super)\b/, '').trim();
  const oneQuality = scale.every((p) => p.pole !== 'mid') && new Set(scale.map((p) => quality(p.folded))).size === 1
    && scale.filter((p) => p.pole === 'neg').every((p) => l.notAtAll.test(p.folded));
  const unipolar = neg >= 1 && (degrees || oneQuality);
  if (pos !== neg && !unipolar) reportLean(ctx, q, points, language, pos, neg, mid);
  if (mid >= 2) {
    const mids = scale.filter((p) => p.pole === 'mid');
    const range = surveyTextRange(mids[1].label);
    if (range) {
      ctx.report({
        range,
        language,
        message: language === 'fa'
          ? `این طیف دو گزینه‌ی میانی دارد («${plainText(mids[0].label)}» و «${plainText(mids[1].label)}»)؛ یکی را نگه دارید.`
          : `This scale has two middle options ("${plainText(mids[0].label)}" and "${plainText(mids[1].label)}"); keep one.`,
      });
    }
  }
  if (pos === 0 || neg === 0) return undefined;
  const first = scale.find((p) => p.pole === 'pos' || p.pole === 'neg')!;
  return { question: q, descending: first.pole === 'pos', at: points[0].label };
}

function reportLean(ctx: RuleContext, q: SurveyQuestion, points: Point[], language: Language, pos: number, neg: number, mid: number): void {
  // On the title in this language; a title in another language gets the finding on the options instead.
  const title = questionTitles(q).find((t) => t.language === language) ?? points[0].label;
  const range = surveyTextRange(title);
  if (!range) return;
  const lean = pos > neg;
  const middleLeans = mid === 0 && (pos + neg) % 2 === 1;
  const message = language === 'fa'
    ? `این طیف ${pos} گزینه‌ی مثبت و ${neg} گزینه‌ی منفی دارد${middleLeans ? ' و گزینه‌ی میانی ندارد' : ''}، پس پاسخ‌ها به سوی ${lean ? 'مثبت' : 'منفی'} می‌روند. دو سو را هم‌اندازه کنید.`
    : `This scale has ${pos} positive and ${neg} negative option${neg === 1 ? '' : 's'}${middleLeans ? ' and no neutral middle' : ''}, so answers lean ${lean ? 'positive' : 'negative'}. Give both sides the same number of options.`;
  ctx.report({ range, language, message, suggestions: completion(q, points, language) });
}

/**
 * The options a known balanced scale still needs at the end the list stops at (only when they go last), in the
 * scale's language and in each other language its options are written in where that one completes the same way.
 */
function completion(q: SurveyQuestion, points: Point[], language: Language): Suggestion[] {
  if (!q.addChoices || points.some((p) => p.pole === 'out')) return [];
  const missing = missingLabels(points.map((p) => p.label.text), language);
  if (!missing) return [];
  const labels: Partial<Record<Language, string>>[] = missing.map((m) => ({ [language]: m }));
  for (const other of new Set(points.flatMap((p) => p.choice.label.map((l) => l.language)))) {
    if (other === language) continue;
    const texts = points.map((p) => p.choice.label.find((l) => l.language === other)?.text);
    const theirs = texts.every((t): t is string => t !== undefined) ? missingLabels(texts, other) : undefined;
    if (theirs?.length === missing.length) theirs.forEach((m, i) => { labels[i][other] = m; });
  }
  const edits = q.addChoices(labels.map((label) => ({ label })), language);
  if (!edits) return [];
  const list = missing.map((m) => (language === 'fa' ? `«${m}»` : `"${m}"`)).join(language === 'fa' ? ' و ' : ' and ');
  return [{ title: language === 'fa' ? `افزودن ${list}` : `Add ${list}`, edits }];
}

/** The labels a known scale family still needs after `have`, in order, or undefined when it is none of them. */
function missingLabels(have: readonly string[], language: Language): string[] | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/\u200c/g, '').replace(/ً/g, '').replace(/بسیار/g, 'خیلی').trim();
  const folded = have.map(fold);
  for (const family of FAMILIES[language]) {
    for (const order of [family, [...family].reverse()]) {
      if (folded.length >= order.length) continue;
      if (folded.every((h, i) => order[i].split('|').some((alt) => fold(alt) === h))) return order.slice(folded.length).map((alt) => alt.split('|')[0]);
    }
  }
  return undefined;
}

function checkBands(ctx: RuleContext, scale: Point[], bands: Band[], language: Language): void {
  for (const fault of bandFaults(bands)) {
    const here = scale[fault.index].label;
    const before = plainText(scale[fault.previous].label);
    const range = surveyTextRange(here);
    if (!range) continue;
    const now = plainText(here);
    const [a, b] = fault.missing ?? [0, 0];
    const gap = a === b ? `${a}` : `${a}–${b}`;
    const message = fault.kind === 'overlap'
      ? language === 'fa'
        ? `«${now}» با «${before}» هم‌پوشانی دارد: کسی که در مرز است، دو گزینه دارد. بازه‌ها را بی‌اشتراک کنید.`
        : `"${now}" overlaps "${before}": someone on the boundary fits both. Make the bands meet without sharing a number.`
      : language === 'fa'
        ? `میان «${before}» و «${now}» فاصله است: کسی با مقدار ${gap} گزینه‌ای ندارد.`
        : `There is a gap between "${before}" and "${now}": someone at ${gap} has no answer.`;
    ctx.report({ range, language, message });
  }
}

/** Questions whose scale runs the other way from most of the survey's (ties: from the first one's). */
function reportFlips(ctx: RuleContext, directions: Direction[]): void {
  if (directions.length < 2) return;
  const down = directions.filter((d) => d.descending).length;
  const up = directions.length - down;
  const majority = down === up ? directions[0].descending : down > up;
  for (const d of directions) {
    if (d.descending === majority || !d.at) continue;
    const range = surveyTextRange(d.at);
    if (!range) continue;
    const fa = d.at.language === 'fa';
    ctx.report({
      range,
      language: d.at.language,
      message: fa
        ? `این طیف برعکس بقیه‌ی سؤال‌هاست (${d.descending ? 'از مثبت به منفی' : 'از منفی به مثبت'})؛ کسی که تند پاسخ می‌دهد سر اشتباه را می‌زند. یک جهت را نگه دارید.`
        : `This scale runs ${d.descending ? 'positive to negative' : 'negative to positive'}, the other way from the rest of the survey; people answering quickly will pick the wrong end. Keep one direction.`,
    });
  }
}

export default rule;
