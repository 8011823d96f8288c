import { sourceRange, type PhraseData, type ProseBlock, type Rule, type RuleContext } from '../../server/engine/kit';
import { namesATime } from './concrete-time';
import { en, VAGUE as VAGUE_EN } from './en';
import { fa, VAGUE as VAGUE_FA } from './fa';

/** The promise frames: an answer or action, and a time that names no time, in one sentence. */
const PROMISES: PhraseData = { en, fa };
/** The vague time alone: the span a finding marks and the quick fix replaces. */
const VAGUE_TIMES: PhraseData = { en: [{ match: VAGUE_EN }], fa: [{ match: VAGUE_FA }] };
const REWRITE = { en: ['within one business day', 'by the end of tomorrow'], fa: ['تا یک روز کاری آینده', 'تا پایان فردا'] };

const rule: Rule = {
  id: 'vague-follow-up',
  description: 'A promise to answer or act with no time: "we will get back to you as soon as possible", "in due course".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Say when: "as soon as possible" promises nothing. Name a time you can keep (within one business day, by Friday).',
    fa: 'بگویید کی: «در اسرع وقت» قولی نمی‌دهد. زمانی را بنویسید که به آن پایبندید (تا یک روز کاری آینده، تا شنبه).',
  },
  check(ctx) {
    for (const block of ctx.blocks) {
      // Cheapest test first: most paragraphs promise nothing, so the time and span searches run only after a promise.
      const promises = ctx.match(block, PROMISES);
      // A paragraph that names a time ("within 24 hours", «تا ۲۴ ساعت آینده», a weekday, a date) already says when.
      if (promises.length === 0 || namesATime(block.text)) continue;
      const vague = ctx.match(block, VAGUE_TIMES);
      let reportedTo = -1;
      for (const m of promises) {
        const span = vague.find((v) => v.from >= m.from && v.to <= m.to && v.language === m.language);
        if (!span || span.from < reportedTo) continue;
        reportedTo = span.to;
        report(ctx, block, span.from, span.to, m.language);
      }
    }
  },
};

function report(ctx: RuleContext, block: ProseBlock, from: number, to: number, language: 'en' | 'fa'): void {
  const target = ctx.editable(block, from, to);
  const title = (r: string) => (language === 'fa' ? `زمان را بنویسید: «${r}» (زمانی که واقعاً پایبندید)` : `Name a time: "${r}" (one you can keep)`);
  ctx.report({
    range: sourceRange(block, from, to),
    language,
    suggestions: target ? REWRITE[language].map((r) => ({ title: title(r), edits: [{ range: target, text: r }] })) : [],
  });
}

export default rule;
