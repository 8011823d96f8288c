import { classifyVariable, PLACEHOLDER, roleOf, type Language, type ProseBlock, type Rule } from '../../server/engine/kit';

/** Greeting words that put the reader's name right after them, and Persian honorifics that follow the name. */
const EN_BEFORE = /(?:^|[\s(>])(?:dear|dearest|hi|hello|hey|hiya|howdy|greetings|welcome|good (?:morning|afternoon|evening|day)|thanks|thank you|congratulations|congrats)[,!]?[ ]$/u;
const FA_BEFORE = /(?:^|\s)(?:سلام|درود|با سلام|سلام و درود|جناب|جناب آقای|سرکار خانم|خانم|آقای|آقا|دوست)[،,!]?[ ]?$/u;
const FA_AFTER = /^[ ]?(?:عزیز|گرامی|محترم|جان|ارجمند|بزرگوار|عزیزم)(?=$|[\s،,!.:])/u;

const rule: Rule = {
  id: 'name-without-fallback',
  description: 'A greeting whose name variable has no fallback, so an empty name renders "Hi ,".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Give the name a fallback: when it is empty, this greeting renders "Hi ," and looks broken.',
    fa: 'برای نام یک مقدار جایگزین بگذارید؛ اگر نام خالی باشد، خوش‌آمد به شکل «سلام ،» نمایش داده می‌شود.',
  },
  check(ctx) {
    for (const block of ctx.blocks) {
      // From placeholder to placeholder by a native search: a character loop read every paragraph on every keystroke.
      for (let k = block.text.indexOf(PLACEHOLDER); k >= 0; k = block.text.indexOf(PLACEHOLDER, k + 1)) {
        const tag = block.tags[block.tagAt[k]];
        if (!tag || tag.hasFallback || tag.guarded) continue;
        const role = roleOf(tag.variable);
        if (role && role !== 'name') continue;
        const before = block.text.slice(Math.max(0, k - 30), k);
        const after = block.text.slice(k + 1, k + 12);
        let language: Language | undefined;
        if (EN_BEFORE.test(before)) language = 'en';
        else if (FA_BEFORE.test(before) || FA_AFTER.test(after)) language = 'fa';
        if (!language) continue;
        // "Dear {{ title }} {{ surname | default('Customer') }}": a run of name parts where one already falls back
        // never renders an empty greeting. Looked at only after a greeting word: walking the run from every tag of
        // a long run of tags would cost the square of its length.
        if (runOf(block, k).some((t) => t.hasFallback || t.guarded)) continue;
        // Without a name-like variable, only a tag directly after a greeting word counts as the reader's name.
        if (!role && (!tag.variable || !['other', 'recipientName'].includes(classifyVariable(tag.variable)) || /(store|shop|company|site|app|product|order|brand|team|city|date|day|event|id|e?mail|phone|number|code|url|link|amount|total|price)/i.test(tag.variable))) continue;
        const source = ctx.text.slice(tag.start, tag.end);
        // «سلام {{name}} عزیز» must not become «سلام دوست عزیز عزیز».
        const word = language === 'fa' && FA_AFTER.test(after) ? 'دوست' : undefined;
        const fixed = ctx.personalizer.withFallback(tag, source, language, word);
        if (!fixed) continue;
        ctx.report({
          range: { start: tag.start, end: tag.end },
          language,
          suggestions: [{
            title: language === 'fa' ? `جایگزین «${ctx.personalizer.fallbackWord('fa')}» بگذارید` : `Add a fallback: "${fixed}"`,
            edits: [{ range: { start: tag.start, end: tag.end }, text: fixed }],
          }],
        });
      }
    }
  },
};

/** The tags of the placeholder run around offset k ("{{title}} {{surname}}"), spaces between them allowed. */
function runOf(block: ProseBlock, k: number) {
  const tags = [];
  let j = k;
  while (j < block.text.length && (block.text[j] === PLACEHOLDER || (block.text[j] === ' ' && block.text[j + 1] === PLACEHOLDER))) {
    if (block.text[j] === PLACEHOLDER && block.tags[block.tagAt[j]]) tags.push(block.tags[block.tagAt[j]]);
    j++;
  }
  return tags;
}

export default rule;
