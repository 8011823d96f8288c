import { questionTitles, sourceRange, surveyTextRange, type Language, type QuestionType, type Rule, type RuleContext, type Survey, type SurveyQuestion, type SurveyText } from '../../server/engine/kit';
import { promisesIn } from './promise';

/**
 * Seconds a respondent takes per question, by type. Pew Research Center times its online panel this way: a
 * stand-alone closed question takes about 10 seconds, an item of a battery less, an open question much more (see
 * the README for the sources and why the estimate errs short).
 */
export const SECONDS: Record<QuestionType, (q: SurveyQuestion) => number> = {
  single: () => 10,
  boolean: () => 8,
  rating: () => 10,
  nps: () => 10,
  multiple: () => 15,
  matrix: (q) => Math.max(10, 6 * (q.rows?.length ?? 1)),
  ranking: (q) => Math.max(15, 4 * q.choices.length),
  text: () => 20,
  other: () => 0,
};
const DEFAULT_MAX_MINUTES = 15;

const rule: Rule = {
  id: 'survey-length',
  description: 'A survey that promises less time than its questions take ("a 2-minute survey" with forty questions), or a very long one.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'survey',
  optionsSchema: {
    type: 'object',
    properties: { maxMinutes: { type: 'number', minimum: 1, description: 'Estimated minutes above which a survey that promises no time is reported (default 15).' } },
    additionalProperties: false,
  },
  messages: {
    en: 'This survey takes longer than it says. Promise the real time, or ask fewer questions.',
    fa: 'این نظرسنجی بیشتر از زمانی که می‌گوید طول می‌کشد. زمان واقعی را بنویسید یا سؤال‌ها را کم کنید.',
  },
  check(ctx) {
    const survey = ctx.survey;
    if (!survey || survey.questions.length === 0) return;
    const seconds = estimate(survey);
    const promised = checkPromises(ctx, survey, seconds);
    const max = typeof ctx.options.maxMinutes === 'number' ? ctx.options.maxMinutes : DEFAULT_MAX_MINUTES;
    if (!promised && seconds > max * 60) reportLong(ctx, survey, seconds, max);
  },
};

/** Estimated seconds for the whole survey (every question, as if every branch is shown). */
export function estimate(survey: Survey): number {
  return survey.questions.reduce((sum, q) => sum + (SECONDS[q.type] ?? SECONDS.single)(q), 0);
}

/** "2 minutes", "30 seconds", «۲ دقیقه»: a promised duration as a message says it. */
function duration(seconds: number, language: Language): string {
  const [n, unit] = seconds < 60 ? [seconds, 'second'] : [Math.round((seconds / 60) * 10) / 10, 'minute'];
  if (language === 'fa') return `${n.toLocaleString('fa-IR')} ${unit === 'second' ? 'ثانیه' : 'دقیقه'}`;
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
const minutes = (s: number) => Math.max(1, Math.round(s / 60));
const counted = (survey: Survey) => survey.questions.filter((q) => q.type !== 'other').length;

/** Reports each promise the estimate is well over; returns whether the survey promises any time at all. */
function checkPromises(ctx: RuleContext, survey: Survey, seconds: number): boolean {
  const texts: SurveyText[] = [...(survey.title ?? []), ...survey.intro.flat()];
  let any = false;
  for (const t of texts) {
    const block = t.block;
    if (!block) continue;
    for (const p of promisesIn(block.text)) {
      any = true;
      // Well over: half as long again, and at least a minute more (people forgive a few seconds).
      if (seconds <= p.seconds * 1.5 || seconds - p.seconds < 60) continue;
      const n = counted(survey);
      ctx.report({
        range: sourceRange(block, p.from, p.to),
        language: t.language,
        message: t.language === 'fa'
          ? `قول ${duration(p.seconds, 'fa')} داده‌اید، اما ${n.toLocaleString('fa-IR')} سؤال حدود ${minutes(seconds).toLocaleString('fa-IR')} دقیقه طول می‌کشد. زمان واقعی را بنویسید یا سؤال‌ها را کم کنید.`
          : `This promises ${duration(p.seconds, 'en')}, but ${n} questions take about ${minutes(seconds)} minutes. Promise the real time, or ask fewer questions.`,
      });
    }
  }
  return any;
}

function reportLong(ctx: RuleContext, survey: Survey, seconds: number, max: number): void {
  const at: SurveyText | undefined = survey.title?.[0] ?? questionTitles(survey.questions[0])[0];
  const range = at && surveyTextRange(at);
  if (!range) return;
  const language: Language = at.language;
  const n = counted(survey);
  ctx.report({
    range,
    language,
    severity: 'info',
    message: language === 'fa'
      ? `${n.toLocaleString('fa-IR')} سؤال حدود ${minutes(seconds).toLocaleString('fa-IR')} دقیقه طول می‌کشد (بیش از ${max.toLocaleString('fa-IR')} دقیقه)؛ بسیاری نیمه‌کاره رها می‌کنند. سؤال‌هایی را که پاسخشان را به کار نمی‌برید حذف کنید و زمان را در مقدمه بگویید.`
      : `${n} questions take about ${minutes(seconds)} minutes (over ${max}); many people stop halfway. Drop the questions whose answers you won't use, and say the time up front.`,
  });
}

export default rule;
