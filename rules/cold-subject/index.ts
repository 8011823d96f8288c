import { inboxFields, sourceRange, type InboxField, type Language, type PhraseData, type PhraseEntry, type PhraseMatch, type Rule, type RuleContext } from '../../server/engine/kit';
import { label as labelEn, tag as tagEn } from './en';
import { label as labelFa, tag as tagFa } from './fa';
import { onlyLabelWords } from './label-words';

const LABEL: PhraseData = { en: labelEn, fa: labelFa };
const TAG: PhraseData = { en: tagEn, fa: tagFa };

const MESSAGES: Record<Language, { label: string; tag: string }> = {
  en: {
    label: 'Name what the message is about: a subject like "Notification" or "Automated message" reads as a machine\'s, and readers decide from the subject whether to open it. Say what happened ("Your refund is on its way").',
    tag: 'Drop the machine\'s tag: "[Auto-reply]" or "Do not reply" in the subject tells the reader no person is behind the message.',
  },
  fa: {
    label: 'بنویسید پیام درباره‌ی چیست: موضوعی مثل «اطلاعیه» یا «پیام خودکار» ماشینی خوانده می‌شود و خواننده از روی موضوع تصمیم می‌گیرد بازش کند یا نه. بگویید چه شده («مبلغ شما برگشت خورد»).',
    tag: 'برچسب ماشینی را بردارید: «[پاسخ خودکار]» یا «پاسخ ندهید» در موضوع یعنی کسی پشت این پیام نیست.',
  },
};

const rule: Rule = {
  id: 'cold-subject',
  description: 'A subject that is a label or a machine\'s: "Notification", "Automated message", "Ticket #4821 [Auto-reply]", «پیام خودکار».',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { en: MESSAGES.en.label, fa: MESSAGES.fa.label },
  check(ctx) {
    for (const field of inboxFields(ctx)) {
      if (field.kind !== 'subject') continue;
      const block = field.block;
      const owned = noReplyOwns(ctx, field);
      // A label is the whole subject: "$" also stops at a colon, and "Automatic reply: your request" has a subject.
      const labels = ctx.match(block, LABEL).filter((m) => !owned(m) && block.text.slice(0, m.from).trim() === '' && block.text.slice(m.to).replace(/[\s.!?؟]/g, '') === '');
      if (labels.length) {
        ctx.report({ range: field.range, language: labels[0].language, message: MESSAGES[labels[0].language].label });
        continue;
      }
      // Label words in any order ("Order Status Update", «وضعیت درخواست تغییر کرد»), unless no-reply owns the words.
      if (onlyLabelWords(block.text) && !owned({ from: 0, to: block.text.length } as PhraseMatch)) {
        ctx.report({ range: field.range, language: block.language, message: MESSAGES[block.language].label });
        continue;
      }
      let reportedTo = -1;
      for (const m of longestFirst(ctx.match(block, TAG))) {
        if (m.from < reportedTo || owned(m)) continue;
        const cut = setApart(block.text, m.from, m.to);
        if (!cut) continue;
        reportedTo = m.to;
        reportTag(ctx, field, m, cut);
      }
    }
  },
};

/** Overlapping matches: the longest from each start, in order ("automatic reply" over "reply"). */
function longestFirst<T extends PhraseMatch>(ms: T[]): T[] {
  return [...ms].sort((a, b) => a.from - b.from || b.to - a.to);
}

/**
 * The part to cut when a tag is set apart from the rest of the subject: in brackets ("[Auto-reply]"), before a
 * colon, dash or bar at the start ("Automatic reply: …") or after one at the end ("… - do not reply"). Undefined
 * when the words run on in the sentence ("Automatic renewal of your plan"): then they are the subject.
 */
export function setApart(text: string, from: number, to: number): { from: number; to: number } | undefined {
  const before = text.slice(0, from);
  const after = text.slice(to);
  const open = /([[(«【]) ?$/.exec(before);
  const close = /^ ?([\])»】])/.exec(after);
  if (open && close) {
    let s = from - open[0].length;
    let e = to + close[0].length;
    if (s > 0 && text[s - 1] === ' ') s--;
    else if (text[e] === ' ') e++;
    return { from: s, to: e };
  }
  const lead = /^ ?[:|\-–—،؛] ?/.exec(after);
  if (before.trim() === '' && lead) return { from: 0, to: to + lead[0].length };
  const trail = / ?[:|\-–—،؛] ?$/.exec(before);
  if (after.replace(/[.!؟?]/g, '').trim() === '' && trail) return { from: from - trail[0].length, to: text.length };
  return undefined;
}

function reportTag(ctx: RuleContext, field: InboxField, m: PhraseMatch & { language: Language }, cut: { from: number; to: number }): void {
  const block = field.block;
  const rest = (block.text.slice(0, cut.from) + block.text.slice(cut.to)).trim();
  const language = m.language;
  // A subject that is all tag ("[Auto-reply]") has nothing left to keep: say so, offer no edit.
  if (!/[\p{L}\p{N}\uE000]/u.test(rest)) {
    ctx.report({ range: field.range, language, message: MESSAGES[language].label });
    return;
  }
  const target = ctx.editable(block, cut.from, cut.to);
  const range = sourceRange(block, m.from, m.to);
  const shown = ctx.text.slice(field.range.start, field.range.end);
  const kept = target ? (shown.slice(0, target.start - field.range.start) + shown.slice(target.end - field.range.start)).trim() : '';
  ctx.report({
    range,
    language,
    message: MESSAGES[language].tag,
    suggestions: target ? [{ title: language === 'fa' ? `برچسب را بردارید: «${kept}»` : `Drop the tag: "${kept}"`, edits: [{ range: target, text: '' }] }] : [],
  });
}

/**
 * A subject that is also prose (a plain-text `Subject:` line, a catalog string) is read by no-reply too: "Do not
 * reply" there is no-reply's finding, so it is reported once, by no-reply.
 */
function noReplyOwns(ctx: RuleContext, field: InboxField): (m: PhraseMatch) => boolean {
  // Worked out on the first question only: most subjects hold no label or tag, and then no-reply's are never needed.
  let theirs: { start: number; end: number }[] | undefined;
  return (m) => {
    theirs ??= noReplyRanges(ctx, field);
    if (theirs.length === 0) return false;
    const r = sourceRange(field.block, m.from, m.to);
    return theirs.some((t) => t.start < r.end && r.start < t.end);
  };
}

/** Where no-reply's own phrases are in a subject that sits in the prose. */
function noReplyRanges(ctx: RuleContext, field: InboxField): { start: number; end: number }[] {
  const inProse = ctx.blocks.some((b) => b.start <= field.range.start && field.range.end <= b.end);
  const data = inProse ? ctx.phrasesOfRule('no-reply') : undefined;
  if (!data) return [];
  // Only no-reply's own phrases: ctx.match adds this rule's configured `flag` phrases to any data it is handed.
  const own = ownEntries(data);
  return ctx.match(field.block, data).filter((n) => own.has(n.entry)).map((n) => sourceRange(field.block, n.from, n.to));
}

/** A phrase data set's own entries, as a set made once per data set. */
const ownEntriesOf = new WeakMap<PhraseData, Set<PhraseEntry>>();
function ownEntries(data: PhraseData): Set<PhraseEntry> {
  let own = ownEntriesOf.get(data);
  if (!own) ownEntriesOf.set(data, (own = new Set([...(data.en ?? []), ...(data.fa ?? [])])));
  return own;
}

export default rule;
