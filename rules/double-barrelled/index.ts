import { questionTitles, sourceRange, type PhraseData, type PhraseMatch, type ProseBlock, type QuestionType, type Rule, type RuleContext, type Suggestion, type SurveyQuestion, type SurveyText } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

const PHRASES: PhraseData = { en, fa };

/** Question types that take one answer per title (or per matrix row): the ones a second topic leaves unanswerable. */
const ONE_ANSWER = new Set<QuestionType>(['rating', 'nps', 'single', 'boolean', 'matrix']);

/** Pairs that name one thing: said together, judged together. */
const FIXED = new Set([
  'quick and easy', 'fast and easy', 'simple and easy', 'easy and simple', 'quick and simple', 'safe and secure',
  'clean and tidy', 'food and drink', 'food and beverage', 'shipping and handling', 'clear and concise',
  'privacy and security', 'security and privacy', 'fit and sizing', 'sizing and fit', 'returns and refunds',
  'returns and exchanges', 'setup and installation', 'installation and setup', 'fast and free',
  'سریع و آسان', 'ساده و راحت', 'راحت و سریع', 'امن و مطمئن', 'تمیز و مرتب', 'مختصر و مفید', 'واضح و روشن',
  'حریم خصوصی و امنیت', 'امنیت و حریم خصوصی', 'روشن و واضح',
]);
const JOIN = /\s(?:and\/or|&|and(?: also| the| our| your| its| their)?|as well as|و(?: همچنین| نیز)?)\s/;

const rule: Rule = {
  id: 'double-barrelled',
  description: 'One survey question asks about two things ("How satisfied are you with our price and delivery?").',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'survey',
  messages: {
    en: 'This asks about two things at once; someone happy with one and not the other cannot answer. Ask each in its own question.',
    fa: 'این سؤال دو چیز را با هم می‌پرسد؛ کسی که از یکی راضی است و از دیگری نه، نمی‌تواند پاسخ دهد. هر کدام را جدا بپرسید.',
  },
  check(ctx) {
    for (const question of ctx.survey?.questions ?? []) {
      if (!ONE_ANSWER.has(question.type)) continue;
      // A matrix title introduces its rows ("Rate our price and delivery:"); each row is the question.
      const texts: SurveyText[] = question.type === 'matrix'
        ? (question.rows ?? []).flatMap((r) => r.label)
        : questionTitles(question);
      // Only a plain one-language title can be split into two questions; a matrix row or a localized title cannot.
      const splittable = question.type !== 'matrix' && question.title.length === 1 ? question : undefined;
      for (const t of texts) checkText(ctx, t, splittable);
    }
  },
};

function checkText(ctx: RuleContext, t: SurveyText, question: SurveyQuestion | undefined): void {
  const block = t.block;
  if (!block) return;
  let reportedTo = -1;
  for (const m of ctx.match(block, PHRASES)) {
    if (m.from < reportedTo) continue;
    const parts = pairOf(ctx, block, m);
    if (!parts) continue;
    reportedTo = m.to;
    const [a, b] = parts;
    const range = sourceRange(block, m.from, m.to);
    ctx.report({
      range,
      language: m.language,
      suggestions: splitSuggestion(t, question, range, m.language),
      message: m.language === 'fa'
        ? `این سؤال دو چیز را با هم می‌پرسد: «${a}» و «${b}». کسی که از یکی راضی است و از دیگری نه، نمی‌تواند پاسخ دهد؛ هر کدام را جدا بپرسید.`
        : `This asks about "${a}" and "${b}" at once; someone happy with one and not the other cannot answer. Ask about each in its own question.`,
    });
  }
}

/**
 * "How satisfied are you with our price and delivery?" → "…with our price?" and "…with our delivery?": the title
 * around the pair kept, one thing in each, the second question a copy of the first (same options) right after it.
 */
function splitSuggestion(t: SurveyText, question: SurveyQuestion | undefined, range: { start: number; end: number }, language: 'en' | 'fa'): Suggestion[] {
  if (!question?.split) return [];
  const from = t.starts.indexOf(range.start);
  const to = t.ends.lastIndexOf(range.end) + 1;
  if (from < 0 || to <= from) return [];
  const pair = t.text.slice(from, to);
  const join = new RegExp(JOIN.source, 'i').exec(pair);
  if (!join) return [];
  const before = t.text.slice(0, from);
  const after = t.text.slice(to);
  const first = `${before}${pair.slice(0, join.index)}${after}`;
  const second = `${before}${pair.slice(join.index + join[0].length)}${after}`;
  const edits = question.split(first, second);
  if (!edits) return [];
  return [{ title: language === 'fa' ? `دو سؤال کنید: «${first}» و «${second}»` : `Split into two questions: "${first}" and "${second}"`, edits }];
}

/** The two things joined, as written; undefined for a fixed pair or a name ("Search and Replace"). */
function pairOf(ctx: RuleContext, block: ProseBlock, m: PhraseMatch & { language: 'en' | 'fa' }): [string, string] | undefined {
  const matched = block.text.slice(m.from, m.to);
  const join = JOIN.exec(matched);
  if (!join) return undefined;
  const a = matched.slice(0, join.index);
  const b = matched.slice(join.index + join[0].length);
  if (FIXED.has(`${a} ${m.language === 'fa' ? 'و' : 'and'} ${b}`)) return undefined;
  const source = (from: number, to: number) => ctx.text.slice(block.starts[from], block.ends[to - 1]);
  const aSource = source(m.from, m.from + a.length);
  const bSource = source(m.to - b.length, m.to);
  // Capitalized mid-sentence on both sides: a product, feature or place name, one thing.
  const isName = (s: string) => /^[A-Z]/.test(s);
  if (m.from > 0 && isName(aSource) && isName(bSource)) return undefined;
  return [aSource, bSource];
}

export default rule;
