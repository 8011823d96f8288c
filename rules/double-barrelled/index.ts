import { questionTitles, sourceRange, type Halves, type Language, type PhraseData, type PhraseMatch, type ProseBlock, type QuestionType, type Range, type Rule, type RuleContext, type Suggestion, type SurveyText, type TextEdit } from '../../server/engine/kit';
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
      if (question.type === 'matrix') for (const row of question.rows ?? []) checkTexts(ctx, row.label, row.split);
      else checkTexts(ctx, questionTitles(question), question.split);
    }
  },
};

interface Pair { range: Range; language: Language; a: string; b: string; halves?: Halves }

/**
 * The pairs of one question (or matrix row) in every language it is written in, reported each where it is; the
 * fix splits all of its texts at once, each at its own first pair, so it is offered only when every language's
 * text has one (a translation left asking both things would not be a split).
 */
function checkTexts(ctx: RuleContext, texts: readonly SurveyText[], split: ((halves: Halves[]) => TextEdit[] | undefined) | undefined): void {
  const found = texts.map((t) => pairsIn(ctx, t));
  const halves = found.every((list) => list[0]?.halves) ? found.map((list) => list[0].halves!) : undefined;
  const edits = halves && split?.(halves);
  found.forEach((list) => {
    for (const p of list) {
      const own = list[0].halves;
      const suggestions: Suggestion[] = edits && own
        ? [{ title: p.language === 'fa' ? `دو سؤال کنید: «${own[0]}» و «${own[1]}»` : `Split into two: "${own[0]}" and "${own[1]}"`, edits }]
        : [];
      ctx.report({
        range: p.range,
        language: p.language,
        suggestions,
        message: p.language === 'fa'
          ? `این سؤال دو چیز را با هم می‌پرسد: «${p.a}» و «${p.b}». کسی که از یکی راضی است و از دیگری نه، نمی‌تواند پاسخ دهد؛ هر کدام را جدا بپرسید.`
          : `This asks about "${p.a}" and "${p.b}" at once; someone happy with one and not the other cannot answer. Ask about each in its own question.`,
      });
    }
  });
}

function pairsIn(ctx: RuleContext, t: SurveyText): Pair[] {
  const block = t.block;
  if (!block) return [];
  const out: Pair[] = [];
  let reportedTo = -1;
  for (const m of ctx.match(block, PHRASES)) {
    if (m.from < reportedTo) continue;
    const parts = pairOf(ctx, block, m);
    if (!parts) continue;
    reportedTo = m.to;
    const range = sourceRange(block, m.from, m.to);
    out.push({ range, language: m.language, a: parts[0], b: parts[1], halves: halvesOf(t, range) });
  }
  return out;
}

/**
 * "How satisfied are you with our price and delivery?" → "…with our price?" and "…with our delivery?": the text
 * around the pair kept (its markup too), one thing in each half.
 */
function halvesOf(t: SurveyText, range: Range): Halves | undefined {
  const from = t.starts.indexOf(range.start);
  const to = t.ends.lastIndexOf(range.end) + 1;
  if (from < 0 || to <= from) return undefined;
  const pair = t.text.slice(from, to);
  const join = new RegExp(JOIN.source, 'i').exec(pair);
  if (!join) return undefined;
  const before = t.text.slice(0, from);
  const after = t.text.slice(to);
  // "prices and delivery times": the word after the pair heads the second thing only ("delivery times"), so cutting
  // at the pair would ask about "prices times". No clean split there; the finding stands without a fix.
  if (COMPOUND_HEAD.test(after)) return undefined;
  const half = (thing: string) => /s$/i.test(thing) ? `${before}${thing}${after}` : `${singularBefore(before)}${thing}${singular(thing, after)}`;
  return [half(pair.slice(0, join.index)), half(pair.slice(join.index + join[0].length))];
}

/** "The price and delivery were fair" → "The price was fair": one thing takes a singular verb (not "the agents were"). */
function singular(thing: string, after: string): string {
  if (/s$/i.test(thing)) return after;
  return after.replace(/^(\s+)(were|are|have)\b/i, (_, space: string, verb: string) => space + ({ were: 'was', are: 'is', have: 'has' } as Record<string, string>)[verb.toLowerCase()]);
}

const COMPOUND_HEAD = /^[ \t]+(?!(?:was|is|has|as|does|this|its|us|yours|ours|always|also|thus|plus|across|unless|less|towards?)\b)(?:[a-z]+s|time|speed|process|experience|quality|rate|policy|cost|fee|service|team|staff|support|method|date|window|tracking|status|page|app|system|option|charge|price)\b(?![?.!,:;])/;

/** "Were the price and delivery fair?" → "Was the price fair?": the verb before one thing, made singular. */
function singularBefore(before: string): string {
  const verbs: Record<string, string> = { were: 'was', are: 'is', have: 'has' };
  return before.replace(/\b(were|are|have)(\s+(?:the|our|your|its|their)\s+)$/i, (_, verb: string, rest: string) => {
    const one = verbs[verb.toLowerCase()];
    return (verb[0] === verb[0].toUpperCase() ? one[0].toUpperCase() + one.slice(1) : one) + rest;
  });
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
