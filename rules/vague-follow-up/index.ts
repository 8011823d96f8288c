import { sourceRange, wordMask, type PhraseData, type ProseBlock, type Range, type Rule, type RuleContext } from '../../server/engine/kit';
import { BARE } from './bare';
import { namesATime } from './concrete-time';
import { slowTimes, UNIT_WORDS } from './slow-time';
import { en, VAGUE as VAGUE_EN } from './en';
import { fa, VAGUE as VAGUE_FA } from './fa';

/** The promise frames: an answer or action, and a time that names no time, in one sentence. */
const PROMISES: PhraseData = { en, fa };
/** The vague time alone: the span a finding marks and the quick fix replaces. */
const VAGUE_TIMES: PhraseData = { en: [{ match: VAGUE_EN }], fa: [{ match: VAGUE_FA }] };
/** The default limit for a promised answer: three business days (the "a slow one"). */
const DEFAULT_MAX_BUSINESS_DAYS = 3;
/** The conditional vague times ("once your case has been reviewed", «پس از بررسی»): used only where no plainer one is. */
const CONDITION = /^(once|when|after|پس از|بعد از|به محض|هر وقت|هروقت|هر زمان|هرگاه|وقتی)/;
const REWRITE = { en: ['within one business day', 'by the end of tomorrow'], fa: ['تا یک روز کاری آینده', 'تا پایان فردا'] };
const BARE_MESSAGE = {
  en: 'Say when: a promise to get back to them with no time leaves the reader waiting and guessing. Name a time you can keep (within one business day, by Friday).',
  fa: 'بگویید کی: قولِ «با شما تماس می‌گیریم» بدون زمان، مشتری را منتظر و بلاتکلیف می‌گذارد. زمانی را بنویسید که به آن پایبندید (تا یک روز کاری آینده، تا شنبه).',
};

const rule: Rule = {
  id: 'vague-follow-up',
  description: 'A promise to answer or act with no time ("we will get back to you as soon as possible", "in due course") or a slow one ("within 5 business days").',
  defaultSeverity: 'warning',
  fixable: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxBusinessDays: {
        type: 'integer',
        minimum: 0,
        maximum: 365,
        default: DEFAULT_MAX_BUSINESS_DAYS,
        description: 'A promised answer that takes longer than this many business days is flagged as slow ("within 5 business days"). A week counts as five business days.',
      },
    },
  },
  messages: {
    en: 'Say when: "as soon as possible" promises nothing. Name a time you can keep (within one business day, by Friday).',
    fa: 'بگویید کی: «در اسرع وقت» قولی نمی‌دهد. زمانی را بنویسید که به آن پایبندید (تا یک روز کاری آینده، تا شنبه).',
  },
  check(ctx) {
    const configured = ctx.options.maxBusinessDays;
    const max = typeof configured === 'number' && Number.isInteger(configured) && configured >= 0 ? configured : DEFAULT_MAX_BUSINESS_DAYS;
    // Each paragraph on its own: the server replays an unchanged paragraph's findings (RuleContext.eachBlock).
    ctx.eachBlock((block) => {
      const vagueSpans = checkVague(ctx, block);
      // A slow answer: a named time, but longer than the team's limit. One finding per span: a vague one
      // ("within several weeks") is already reported.
      for (const slow of slowTimes(block.text, max, wordMask(block, UNIT_WORDS))) {
        if (vagueSpans.some(([a, b]) => a < slow.to && slow.from < b)) continue;
        reportSlow(ctx, block, slow.from, slow.to, slow.businessDays, max);
      }
    });
  },
};

/** Vague promises in one block; the reported spans, so a slow-time finding never doubles one. */
function checkVague(ctx: RuleContext, block: ProseBlock): [number, number][] {
  const spans: [number, number][] = [];
  // Cheapest test first: most paragraphs promise nothing, so the time and span searches run only after a promise.
  const promises = ctx.match(block, PROMISES);
  const bare = ctx.match(block, BARE);
  // A paragraph that names a time ("within 24 hours", «تا ۲۴ ساعت آینده», a weekday, a date) already says when.
  if ((promises.length === 0 && bare.length === 0) || namesATime(block.text)) return spans;
  const vague = ctx.match(block, VAGUE_TIMES);
  // Every vague time inside a promise, then one per sentence: "after review, the result will follow shortly" is
  // one vague promise, and a vague word ("shortly", «متعاقباً») is the clearer fix than the condition beside it.
  const candidates = vague.filter((v) => promises.some((m) => v.from >= m.from && v.to <= m.to && v.language === m.language));
  const bySentence = new Map<number, typeof candidates>();
  for (const v of candidates) {
    const key = sentenceStart(block.text, v.from);
    bySentence.set(key, [...(bySentence.get(key) ?? []), v]);
  }
  for (const group of bySentence.values()) {
    const span = group.find((v) => !CONDITION.test(block.text.slice(v.from, v.to))) ?? group[0];
    spans.push([span.from, span.to]);
    report(ctx, block, span.from, span.to, span.language);
  }
  // A promise with no time at all ("we'll get back to you"), where its sentence holds no vague one already reported.
  const reported = new Set(spans.map(([from]) => sentenceStart(block.text, from)));
  for (const m of bare) {
    const sentence = sentenceStart(block.text, m.from);
    if (reported.has(sentence)) continue;
    reported.add(sentence);
    spans.push([m.from, m.to]);
    reportBare(ctx, block, m.from, m.to, m.language);
  }
  return spans;
}

/** The promise marked; the fix adds a time to it: after it in English, before it in Persian (the verb comes last). */
function reportBare(ctx: RuleContext, block: ProseBlock, from: number, to: number, language: 'en' | 'fa'): void {
  const target = ctx.editable(block, from, to);
  const title = (r: string) => (language === 'fa' ? `زمان را بنویسید: «${r}» (زمانی که واقعاً پایبندید)` : `Name a time: "${r}" (one you can keep)`);
  const at = target ? (language === 'fa' ? target.start : target.end) : -1;
  ctx.report({
    range: sourceRange(block, from, to),
    language,
    message: BARE_MESSAGE[language],
    suggestions: target ? REWRITE[language].map((r) => ({ title: title(r), edits: [{ range: { start: at, end: at }, text: language === 'fa' ? `${r} ` : ` ${r}` }] })) : [],
  });
}

/** Normalized text drops harakat: «متعاقباً» ends at its alef, and the tanwin after it belongs to the word replaced. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (/[.!?\u061F\n]/.test(text[i])) return i + 1;
  return 0;
}

function withMarks(text: string, range: Range | undefined): Range | undefined {
  if (!range) return range;
  let end = range.end;
  while (end < text.length && /[\u064B-\u065F\u0670\u0640]/.test(text[end])) end++;
  return { start: range.start, end };
}

function reportSlow(ctx: RuleContext, block: ProseBlock, from: number, to: number, days: number, max: number): void {
  const language = /[\u0600-\u06FF]/.test(block.text.slice(from, to)) ? 'fa' : 'en';
  const target = ctx.editable(block, from, to);
  const original = target ? ctx.text.slice(target.start, target.end) : '';
  const prefix = original.match(/^\s*(within|in|over|after|up to|inside of|inside|about|around|allow|takes?|take up to|of|ظرف|طی|تا|در|حداکثر|بعد از|پس از)\s+/i)?.[0] ?? '';
  const limit = max === 0 ? 1 : max;
  const replacement = language === 'fa' ? `${prefix}${String(limit).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)])} روز کاری` : `${prefix}${limit} business day${limit === 1 ? '' : 's'}`;
  const title = language === 'fa' ? `زمان کوتاه‌تر: «${replacement}» (زمانی که واقعاً پایبندید)` : `A shorter wait: "${replacement}" (one you can keep)`;
  ctx.report({
    range: sourceRange(block, from, to),
    language,
    message: language === 'fa'
      ? `${days} روز کاری برای یک پاسخ انتظار زیادی است: مشتری تا آن موقع دوباره می‌پرسد. زمان کوتاه‌تری بدهید (حداکثر ${max} روز کاری)، یا اگر واقعاً این‌قدر طول می‌کشد، تا آن موقع خبری بدهید.`
      : `${days} business days is a long wait for an answer: the reader will write again before then. Promise a shorter time (at most ${max}), or say what they will hear in the meantime.`,
    suggestions: target ? [{ title, edits: [{ range: target, text: replacement }] }] : [],
  });
}

function report(ctx: RuleContext, block: ProseBlock, from: number, to: number, language: 'en' | 'fa'): void {
  const target = withMarks(ctx.text, ctx.editable(block, from, to));
  const title = (r: string) => (language === 'fa' ? `زمان را بنویسید: «${r}» (زمانی که واقعاً پایبندید)` : `Name a time: "${r}" (one you can keep)`);
  ctx.report({
    range: sourceRange(block, from, to),
    language,
    suggestions: target ? REWRITE[language].map((r) => ({ title: title(r), edits: [{ range: target, text: r }] })) : [],
  });
}

export default rule;
