import { choiceLabel, foldedText, questionTitles, sourceRange, surveyTextRange, type Language, type PhraseData, type PhraseEntry, type QuestionType, type Rule, type RuleContext, type SurveyQuestion, type SurveyText } from '../../server/engine/kit';
import { en, SENSITIVE as SENSITIVE_EN } from './en';
import { fa, SENSITIVE as SENSITIVE_FA } from './fa';

const PHRASES: PhraseData = { en, fa };
const SENSITIVE = new Set<PhraseEntry>([...SENSITIVE_EN, ...SENSITIVE_FA]);
/** Closed questions: a way out must be one of the options. Ratings ask an opinion, free text can say anything. */
const CLOSED = new Set<QuestionType>(['single', 'multiple', 'ranking']);

/** Options that let someone decline or say it does not apply. */
const WAY_OUT: Record<Language, RegExp> = {
  en: /\b(?:prefer not|rather not|decline|do ?n[o']t (?:want|wish) to|not applicable|n\/a|does ?n[o']t apply|not relevant|do ?n[o']t know|none|no answer|skip|not (?:to )?(?:say|disclose)|self-describe|private)\b/,
  fa: /(?:ترجیح می ?دهم|ترجیح میدم|مایل (?:به پاسخ )?نیستم|تمایلی ندارم|نمی ?خواهم (?:بگویم|پاسخ)|نمی ?دانم|مورد ?ی? ندارد|صدق نمی ?کند|مربوط نیست|هیچ ?کدام|بدون پاسخ|پاسخ نمی ?دهم|ترجیح به عدم پاسخ)/,
};
const ADD = {
  sensitive: { en: 'Prefer not to say', fa: 'ترجیح می‌دهم نگویم' },
  notApplicable: { en: 'Not applicable', fa: 'مورد ندارد' },
};

const rule: Rule = {
  id: 'no-opt-out',
  description: 'A sensitive or not-always-applicable survey question (income, age, health; "your manager") with no "Prefer not to say" or "Not applicable".',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'survey',
  messages: {
    en: 'Some people would rather not answer this, or it may not apply to them: add "Prefer not to say" or "Not applicable".',
    fa: 'بعضی‌ها ترجیح می‌دهند به این پاسخ ندهند یا این سؤال درباره‌ی آن‌ها صدق نمی‌کند: گزینه‌ی «ترجیح می‌دهم نگویم» یا «مورد ندارد» بگذارید.',
  },
  check(ctx) {
    for (const question of ctx.survey?.questions ?? []) {
      if (question.choices.length === 0 || hasWayOut(question)) continue;
      if (CLOSED.has(question.type)) {
        for (const title of questionTitles(question)) {
          if (checkTitle(ctx, question, title)) break;
        }
      } else if (question.type === 'matrix') {
        // A matrix row that says it may not apply ("…about medications (if any)", a real SurveyJS sample) needs a
        // "Not applicable" column: the row is the question there.
        for (const row of question.rows ?? []) {
          for (const label of row.label) if (checkTitle(ctx, question, label)) break;
        }
      }
    }
  },
};

function hasWayOut(q: SurveyQuestion): boolean {
  const b = q.builtIn;
  if (b?.none || b?.notApplicable || b?.preferNotToSay) return true;
  return q.choices.some((c) => c.label.some((l) => WAY_OUT[l.language].test(foldedText(l))));
}

/** Reports the question once, on its title, when the title asks about something sensitive or not universal. */
function checkTitle(ctx: RuleContext, q: SurveyQuestion, title: SurveyText): boolean {
  const block = title.block;
  if (!block) return false;
  const matches = ctx.match(block, PHRASES);
  if (!matches.length) return false;
  const sensitive = matches.find((m) => SENSITIVE.has(m.entry));
  const language = title.language;
  const kind = sensitive ? 'sensitive' : 'notApplicable';
  const range = surveyTextRange(title);
  if (!range) return false;
  const topic = sourceRange(block, (sensitive ?? matches[0]).from, (sensitive ?? matches[0]).to);
  const word = ctx.text.slice(topic.start, topic.end);
  const label = ADD[kind][language];
  const choiceLanguage = choiceLabel(q.choices[0], language)?.language ?? language;
  const edits = q.addChoices?.([{ label: { en: ADD[kind].en, fa: ADD[kind].fa }, optOut: true }], choiceLanguage);
  ctx.report({
    range,
    language,
    message: message(kind, language, word, q.required === true),
    suggestions: edits ? [{ title: language === 'fa' ? `افزودن گزینه‌ی «${label}»` : `Add "${label}"`, edits }] : [],
  });
  return true;
}

function message(kind: 'sensitive' | 'notApplicable', language: Language, word: string, required: boolean): string {
  if (language === 'fa') {
    const must = required ? ' و پاسخ به آن اجباری است' : '';
    return kind === 'sensitive'
      ? `بعضی‌ها ترجیح می‌دهند درباره‌ی «${word}» چیزی نگویند${must}: گزینه‌ی «ترجیح می‌دهم نگویم» بگذارید تا مجبور به حدس‌زدن نشوند.`
      : `این سؤال («${word}») برای همه صدق نمی‌کند${must}: گزینه‌ی «مورد ندارد» بگذارید.`;
  }
  const must = required ? ', and it is required' : '';
  return kind === 'sensitive'
    ? `Some people would rather not answer about this ("${word}")${must}: add "Prefer not to say" so nobody has to make an answer up.`
    : `This may not apply to everyone ("${word}")${must}: add "Not applicable" so nobody has to make an answer up.`;
}

export default rule;
