import { matchCase, sourceRange, type Language, type PhraseMatch, type ProseBlock, type Rule, type RuleContext, type Suggestion } from '../../server/engine/kit';
import { en } from './en';
import { fa } from './fa';

const PHRASES = { en, fa };

const GREETING_WORDS = new Set(['dear', 'dearest', 'hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'good', 'morning', 'afternoon', 'evening', 'day', 'attention', 'welcome', 'there', 'to', 'all']);
const FA_KEEP = new Set(['سلام', 'درود', 'با', 'عرض', 'و', 'احترام', 'ادب', 'ضمن', 'به', 'وقت', 'بخیر', 'روز', 'صبح', 'عصر', 'شب', '،']);
const FA_ADJECTIVES = new Set(['گرامی', 'عزیز', 'محترم', 'ارجمند', 'گرانقدر', 'بزرگوار', 'فرهیخته', 'نازنین', 'وفادار', 'ارزشمند', 'همیشگی', 'عزیزم', 'عالیقدر', 'فهیم', 'ارزنده']);

const rule: Rule = {
  id: 'generic-greeting',
  description: 'The reader is addressed by a role instead of a name: "Dear customer", "مشتری گرامی".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Greet the reader by name: "Dear customer" tells them they are one of thousands.',
    fa: 'مشتری را با نامش صدا بزنید؛ «مشتری گرامی» یعنی او یکی از هزاران نفر است.',
  },
  check(ctx) {
    for (const block of ctx.blocks) {
      for (const m of ctx.match(block, PHRASES)) {
        ctx.report({
          range: sourceRange(block, m.from, m.to),
          language: m.language,
          suggestions: rewrites(ctx, block, m, m.language),
        });
      }
    }
  },
};

/** Replace only the role words, keeping the writer's own greeting ("Dear", "با سلام") and adjective in Persian. */
function rewrites(ctx: RuleContext, block: ProseBlock, m: PhraseMatch, language: Language): Suggestion[] {
  const words: { from: number; to: number; text: string }[] = [];
  const re = /[^\s,،!:.]+/gu;
  const slice = block.text.slice(m.from, m.to);
  for (let w = re.exec(slice); w; w = re.exec(slice)) words.push({ from: m.from + w.index, to: m.from + w.index + w[0].length, text: w[0] });
  const name = ctx.personalizer.greetingName(language);
  if (language === 'en') {
    let k = 0;
    while (k < words.length && GREETING_WORDS.has(words[k].text)) k++;
    if (words[0]?.text === 'to' && words[1]?.text === 'whom') k = 0;
    const target = k < words.length ? ctx.editable(block, words[k].from, words[words.length - 1].to) : undefined;
    const whole = ctx.editable(block, words[0].from, words[words.length - 1].to);
    const out: Suggestion[] = [];
    if (target && whole && k > 0) out.push({ title: `Greet by name: "${ctx.text.slice(whole.start, target.start)}${name}"`, edits: [{ range: target, text: name }] });
    if (whole) {
      const hi = matchCase(ctx.text.slice(whole.start, whole.end), `Hi ${name}`);
      if (!out.some((s) => s.edits[0].text === hi)) out.push({ title: `Greet by name: "${hi}"`, edits: [{ range: whole, text: hi }] });
    }
    return out;
  }
  // Persian: "مشتری گرامی" → "{{name}} گرامی"; keep greeting words and the adjective.
  const roleWords = words.filter((w) => !FA_KEEP.has(w.text) && !FA_ADJECTIVES.has(w.text));
  if (!roleWords.length) return [];
  const target = ctx.editable(block, roleWords[0].from, roleWords[roleWords.length - 1].to);
  if (!target) return [];
  const out: Suggestion[] = [{ title: `با نام صدا بزنید: «${name} ${words.find((w) => FA_ADJECTIVES.has(w.text))?.text ?? ''}»`.replace(' »', '»'), edits: [{ range: target, text: name }] }];
  const whole = ctx.editable(block, words[0].from, words[words.length - 1].to);
  if (whole) out.push({ title: `با نام صدا بزنید: «سلام ${name} عزیز»`, edits: [{ range: whole, text: `سلام ${name} عزیز` }] });
  return out;
}

export default rule;
