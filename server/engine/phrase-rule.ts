/**
 * The generic check most rules are: "a phrase exists, and has better substitutes". A rule supplies its phrase
 * data per language and its messages; this turns matches into findings with rewrites in the template's own
 * variables. (Vale's `existence`/`substitution` checks; retext's phrase-list plugins.)
 */
import type { PhraseEntry, PhraseMatch } from './match';
import { sentenceAround } from './match';
import { sourceRange, type ProseBlock } from './prose';
import type { PhraseData, Rule, RuleContext, RuleMeta } from './rule';
import type { Language, Range, Suggestion } from './types';

export interface PhraseRuleSpec extends RuleMeta {
  phrases: PhraseData;
  /** Replace the whole sentence (not just the phrase) with the rewrites: for sentences that only exist to say the phrase. */
  sentenceRewrites?: boolean;
  /** Title of a rewrite in the quick-fix menu. */
  title?: Record<Language, (replacement: string) => string>;
}

export function phraseRule(spec: PhraseRuleSpec): Rule {
  return {
    ...spec,
    check(ctx) {
      for (const block of ctx.blocks) {
        let sentenceEnd = -1;
        for (const m of ctx.match(block, spec.phrases)) {
          // A rule that rewrites whole sentences reports a sentence once, however many phrases it holds.
          if (spec.sentenceRewrites && m.from < sentenceEnd) continue;
          if (spec.sentenceRewrites) sentenceEnd = sentenceAround(block.text, m.from, m.to).to;
          reportPhrase(ctx, spec, block, m, m.language);
        }
      }
    },
  };
}

export function reportPhrase(ctx: RuleContext, spec: PhraseRuleSpec, block: ProseBlock, m: PhraseMatch, language: Language): void {
  const range: Range = sourceRange(block, m.from, m.to);
  ctx.report({
    range,
    language,
    message: m.entry.message,
    suggestions: rewrites(ctx, spec, block, m, language),
  });
}

function rewrites(ctx: RuleContext, spec: PhraseRuleSpec, block: ProseBlock, m: PhraseMatch, language: Language): Suggestion[] {
  const entry: PhraseEntry = m.entry;
  if (!entry.replace?.length) return [];
  let from = m.from;
  let to = m.to;
  if (spec.sentenceRewrites) {
    const s = sentenceAround(block.text, m.from, m.to);
    // Keep the sentence's own closing punctuation out of the replaced span when the rewrite brings its own.
    from = s.from;
    to = s.to;
  }
  let target = ctx.editable(block, from, to);
  if (!target && spec.sentenceRewrites) {
    target = ctx.editable(block, m.from, m.to);
    from = m.from;
    to = m.to;
  }
  if (!target) return [];
  const original = ctx.text.slice(target.start, target.end);
  const title = spec.title?.[language] ?? ((r: string) => (language === 'fa' ? `بازنویسی: «${r}»` : `Rewrite: "${r}"`));
  return entry.replace.slice(0, 3).map((template) => {
    // `$1` keeps the first word of the matched text ("ارسال می‌گردد" → "ارسال می‌شود").
    let replacement = fill(ctx, template, language).replace('$1', original.trim().split(/\s+/)[0]);
    replacement = matchCase(original, replacement);
    if (spec.sentenceRewrites) replacement = keepTerminal(original, replacement);
    return { title: title(replacement.trim() || (language === 'fa' ? 'حذف' : 'remove')), edits: [{ range: target!, text: replacement }] };
  });
}

/** Fill `{name}`, `{sender}`, `{email}`, `{phone}`, `{fallback}` from the template's own variables. */
export function fill(ctx: RuleContext, template: string, language: Language): string {
  return template.replace(/\{(name|sender|email|phone|fallback)\}/g, (_, key: string) => {
    switch (key) {
      case 'name': return ctx.personalizer.spell('name', language);
      case 'sender': return ctx.personalizer.spell('senderName', language);
      case 'email': return ctx.personalizer.spell('senderEmail', language);
      case 'phone': return ctx.personalizer.spell('senderPhone', language);
      default: return ctx.personalizer.fallbackWord(language);
    }
  });
}

/** "Please be advised" → "Just so you know" keeps a capital; a mid-sentence match stays lower case. */
export function matchCase(original: string, replacement: string): string {
  // A rewrite that opens with a merge tag keeps the tag exactly as the template spells it.
  if (/^[{*<%$[:]/.test(replacement)) return replacement;
  const first = original.match(/\p{L}/u)?.[0];
  const rFirst = replacement.match(/\p{L}/u);
  if (!first || !rFirst || rFirst.index === undefined) return replacement;
  const i = rFirst.index;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.slice(0, i) + replacement[i].toUpperCase() + replacement.slice(i + 1);
  }
  if (first === first.toLowerCase() && first !== first.toUpperCase() && !/^(I|I'm|I've|I'll)\b/.test(replacement.slice(i))) {
    return replacement.slice(0, i) + replacement[i].toLowerCase() + replacement.slice(i + 1);
  }
  return replacement;
}

/** A sentence rewrite ends the way the original sentence ended (or with a period). */
function keepTerminal(original: string, replacement: string): string {
  const end = original.match(/[.!?\u061F]\s*$/)?.[0]?.trim();
  const r = replacement.replace(/\s+$/, '');
  if (/[.!?\u061F]$/.test(r)) return r;
  return r + (end ?? '');
}
