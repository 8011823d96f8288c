import { questionTitles, sourceRange, surveyTextEdit, type PhraseData, type Rule, type RuleContext, type Suggestion, type SurveyText } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

const PHRASES: PhraseData = { en, fa };

/**
 * Neutral wording for the common shapes, when the whole title is one of them: the thing judged is kept as written,
 * only the praise or the expected answer goes.
 */
const REWRITES: { language: 'en' | 'fa'; re: RegExp; to: (m: RegExpMatchArray) => string }[] = [
  { language: 'en', re: /^how much (?:did|do|have|would) you (?:really )?(?:love|enjoy|like|adore)(?:d)? (?:using |working with |visiting |reading |attending )?(.+?)\s*\??$/i, to: (m) => `How would you rate ${m[1]}?` },
  { language: 'en', re: /^how (?:great|amazing|wonderful|awesome|fantastic|excellent|brilliant|outstanding|fabulous|terrific|superb|delightful|incredible|lovely|perfect|exceptional|enjoyable|impressive) (?:was|were|is|are) (.+?)\s*\??$/i, to: (m) => `How would you rate ${m[1]}?` },
  { language: 'en', re: /^(?:don't|do not|wouldn't|would not) you (?:agree|say|think|feel|believe)(?: that)? (.+?)\s*\??$/i, to: (m) => `How much do you agree or disagree that ${m[1]}?` },
  { language: 'fa', re: /^(?:آیا\s+)?(?:چقدر|چه\s?قدر|تا چه حد|تا چه اندازه)\s+از\s+(.+?)\s+(?:لذت\s?بردید|لذت\s?بردین|لذت\s?برده[‌\s]?اید|خوشتان آمد|خوشتون اومد)\s*[؟?]?$/, to: (m) => `${m[1]} را چطور ارزیابی می‌کنید؟` },
  { language: 'fa', re: /^(?:آیا\s+)?(?:شما\s+)?(?:موافق نیستید|قبول ندارید|فکر نمی[‌\s]?کنید)\s+(?:که\s+)?(.+?)\s*[؟?]?$/, to: (m) => `تا چه حد موافق یا مخالفید که ${m[1]}؟` },
];

const rule: Rule = {
  id: 'leading-question',
  description: 'A survey question that leads to its answer: "How much did you love…?", "Don\'t you agree that…?", praise built into the question.',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'survey',
  messages: {
    en: 'This question suggests its answer, so the answers tell you less. Ask neutrally: "How would you rate …?"',
    fa: 'این سؤال پاسخ را به پاسخ‌دهنده القا می‌کند و پاسخ‌ها کمتر چیزی می‌گویند. بی‌طرف بپرسید: «… را چطور ارزیابی می‌کنید؟»',
  },
  check(ctx) {
    for (const question of ctx.survey?.questions ?? []) {
      if (question.type === 'other') continue;
      for (const title of questionTitles(question)) checkTitle(ctx, title);
    }
  },
};

function checkTitle(ctx: RuleContext, title: SurveyText): void {
  const block = title.block;
  if (!block) return;
  let reportedTo = -1;
  for (const m of ctx.match(block, PHRASES)) {
    if (m.from < reportedTo) continue;
    reportedTo = m.to;
    ctx.report({ range: sourceRange(block, m.from, m.to), language: m.language, suggestions: rewrite(title, m.language) });
  }
}

function rewrite(title: SurveyText, language: 'en' | 'fa'): Suggestion[] {
  const plain = title.text.replace(/\s+/g, ' ').trim();
  for (const r of REWRITES) {
    if (r.language !== language) continue;
    const m = plain.match(r.re);
    if (!m) continue;
    const text = r.to(m);
    const edit = surveyTextEdit(title, text);
    if (!edit) return [];
    return [{ title: language === 'fa' ? `بی‌طرف بپرسید: «${text}»` : `Ask neutrally: "${text}"`, edits: [edit] }];
  }
  return [];
}

export default rule;
