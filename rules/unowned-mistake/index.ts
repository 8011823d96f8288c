import { sourceRange, wordCues, wordMask, type Language, type PhraseData, type PhraseMatch, type ProseBlock, type Rule, type RuleContext, type Suggestion, type TextEdit } from '../../server/engine/kit';
import { BAD_NEWS, en, enFaults, owning as owningEn } from './en';
import { fa, faFaults, owning as owningFa } from './fa';
import { rewrite } from './rewrite';
import { agentlessFailures, APOLOGY } from './agentless';
import { THING as FA_THING } from './fa';
import { FAILURE_SINGLE, FAILURE_SPANNING } from './failure-cue';

/** Failures told with no one doing them: wrong deeds, wrong things, lost things. Bad news by themselves. */
const FAILURES: PhraseData = { en, fa };
/** Faults that "occurred": a status line says the same, so they count only where the message apologizes or gives bad news. */
const FAULTS: PhraseData = { en: enFaults, fa: faFaults };
const OWNING: PhraseData = { en: owningEn, fa: owningFa };
/** A status line asks the reader to try again: the "error" is a screen's, not a failure someone owes an account of. */
const TRY_AGAIN = /\b(try again|retry|refresh the page|reload the page|try later|try back)\b|(دوباره|مجددا|مجدد) (تلاش|امتحان)|صفحه را (دوباره|مجددا|مجدد)? ?(بارگذاری|رفرش|تازه)/;

/**
 * Every failure frame holds one of the words of FAILURE_CUE (failure-cue.ts: wrong, twice, lost, «اشتباه», «دو بار»,
 * «گم» …), and every fault frame one of this list (error, problem, not, «خطا», «مشکل» …): a paragraph with neither
 * is skipped before the frames run, which keeps the rule cheap on the many that report nothing. Normalized text:
 * lower case, Persian folded, ZWNJ removed. Keep in step with en.ts and fa.ts.
 */
const FAULT_CUE = /error|mistak|mix-?up|oversight|glitch|problem|issue|confusion|delay|wrong|\bnot\b|n't|never|خطا|اشکال|مشکل|ایراد|سوء ?تفاهم|اختلال|اشتباه|نقص|سهو|نشد|نگردید/;

/**
 * Single-word necessary conditions of FAILURE_CUE, FAULT_CUE and APOLOGY, each tested once per distinct word (see
 * wordMask): most paragraphs then skip the three scans. Each test names, for every alternative of its cue, a piece
 * inside one word (a word's characters are letters, digits, `_` and `'`, so `\b` inside a word is only next to
 * `'` or a non-ASCII letter). Keep in step with the cues.
 */
const EDGE = '(^|[^A-Za-z0-9_])';
const CUE_WORDS = wordCues([
  /wrong|incorrect|error|mistak|accident|erroneous|twice|times|double|old|outdated|without|once|early|soon|late|before|charged|faulty|damaged|defective|broken|duplicate|mismatch|mix|lost|misplaced|mislaid|overlooked|missed|forgotten|mishandled|misrout|mislabel|misdirect|misfiled|left|omitted|dropped|skipped|cracks|اشتباه|سهو|بار|مرتبه|ناقص|نادرست|غلط|اضافه|ناخواسته|اطلاع|بیدلیل|معیوب|خراب|آسیب|گم|مفقود|قلم|جا|نادیده|فراموش|ماند/,
  new RegExp(`error|mistak|mix|oversight|glitch|problem|issue|confusion|delay|wrong|${EDGE}not([^A-Za-z0-9_]|$)|n't|never|خطا|اشکال|مشکل|ایراد|تفاهم|اختلال|اشتباه|نقص|سهو|نشد|نگردید`),
  /noticed|found|discovered|realised|realized|spotted|learned|learnt|seems|appears|looks|turns|متوجه|مشخص|ظاهرا|گویا|میرسد|sorry|apolog|regret|unfortunately|sadly|afraid|bad|forgive|متاسف|عذر|پوزش|شرمنده|ببخش|معذرت|بدبختانه/,
  // Exact, not a necessary condition: FAILURE_CUE's one-word alternatives (failure-cue.ts).
  FAILURE_SINGLE,
]);
const FAILURE_WORD = 1;
const FAULT_WORD = 2;
const APOLOGY_WORD = 4;
const FAILURE_IN_A_WORD = 8;

const rule: Rule = {
  id: 'unowned-mistake',
  description: 'A mistake told with no one making it: "your package was sent to the wrong address", "an error occurred with your order".',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Say who made the mistake: "your order was sent to the wrong address" hides the sender. "We sent your order to the wrong address" owns it, and an owned mistake is easier to forgive.',
    fa: 'بگویید چه کسی اشتباه کرد: «سفارش شما اشتباه ارسال شد» فرستنده را پنهان می‌کند. «ما سفارش شما را اشتباه فرستادیم» اشتباه را می‌پذیرد و بخشیدنش آسان‌تر است.',
  },
  check(ctx) {
    let apologizes: boolean | undefined;
    const nonApology = ctx.phrasesOfRule('non-apology');
    // Whether each paragraph apologizes, asked at most once per paragraph (for itself and for the one after it).
    const apologyIn: (boolean | undefined)[] = [];
    const apologizesIn = (k: number) => (apologyIn[k] ??= (wordMask(ctx.blocks[k], CUE_WORDS) & APOLOGY_WORD) !== 0 && APOLOGY.test(ctx.blocks[k].text));
    ctx.blocks.forEach((block, i) => {
      const words = wordMask(block, CUE_WORDS);
      const failureCue = (words & FAILURE_IN_A_WORD) !== 0 || ((words & FAILURE_WORD) !== 0 && FAILURE_SPANNING.test(block.text));
      const faultCue = (words & FAULT_WORD) !== 0 && FAULT_CUE.test(block.text);
      // The clause shape needs an apology in the paragraph or just before it: one cheap test per paragraph.
      const apologyNear = apologizesIn(i) || (i > 0 && apologizesIn(i - 1));
      if ((!failureCue && !faultCue && !apologyNear) || TRY_AGAIN.test(block.text)) return;
      const failures = failureCue ? ctx.match(block, FAILURES) : [];
      // Faults count only in a message that apologizes or gives bad news: asked once per message, and only here.
      if (faultCue) apologizes ??= ctx.blocks.some((b) => BAD_NEWS.test(b.text));
      const faults = faultCue && apologizes ? ctx.match(block, FAULTS) : [];
      const clauses = apologyNear ? agentlessClauses(block, i > 0 && apologizesIn(i - 1)) : [];
      if (failures.length === 0 && faults.length === 0 && clauses.length === 0) return;
      const found = [...failures, ...faults, ...clauses.filter((c) => !failures.some((f) => f.from < c.to && c.from < f.to) && !faults.some((f) => f.from < c.to && c.from < f.to))].sort((a, b) => a.from - b.from);
      if (found.length === 0) return;
      // An owning statement nearby (this paragraph or the ones beside it) has already said who did it.
      if ([ctx.blocks[i - 1], block, ctx.blocks[i + 1]].some((b) => b && ctx.match(b, OWNING).length > 0)) return;
      // One owner per finding: the generic "mistakes were made" / «اشتباهاتی رخ داد» is non-apology's.
      const owned = nonApology ? ctx.match(block, nonApology) : [];
      let reportedTo = -1;
      for (const m of found) {
        if (m.from < reportedTo || owned.some((o) => o.from < m.to && m.from < o.to)) continue;
        // One finding per sentence: "an error occurred and your order wasn't registered" is one failure told once.
        reportedTo = sentenceEnd(block.text, m.to);
        // «متأسفانه خطایی پیش آمد»: the apology adverb is not part of the agentless clause.
        const adverb = /^(متاسفانه|متأسفانه|بدبختانه) /.exec(block.text.slice(m.from, m.to));
        report(ctx, block, adverb ? { ...m, from: m.from + adverb[0].length } : m);
      }
    });
  },
};

/** The clause-shape findings, as phrase matches (with the failure frame's message and no phrase entry of their own). */
function agentlessClauses(block: ProseBlock, before: boolean): (PhraseMatch & { language: Language })[] {
  return agentlessFailures(block.text, block.language, FA_THING, before).map((c) => ({ from: c.from, to: c.to, entry: CLAUSE_ENTRY, language: block.language }));
}
const CLAUSE_ENTRY = { match: '' };

function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from).search(/[.!?\u061F\n]/);
  return rest < 0 ? text.length : from + rest;
}

function report(ctx: RuleContext, block: ProseBlock, m: PhraseMatch & { language: Language }): void {
  const edits = rewrite(ctx, block, m.from, m.to, m.language);
  const suggestions: Suggestion[] = [];
  if (edits) {
    const preview = applyPreview(ctx.text, edits);
    suggestions.push({ title: m.language === 'fa' ? `بپذیرید: «${preview}»` : `Own it: "${preview}"`, edits });
  }
  ctx.report({ range: sourceRange(block, m.from, m.to), language: m.language, suggestions });
}

/** The rewritten clause as the reader will see it, for the quick-fix title. */
function applyPreview(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const start = sorted[0].range.start;
  const end = Math.max(...sorted.map((e) => e.range.end));
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.range.start) + e.text;
    at = e.range.end;
  }
  out += text.slice(at, end);
  return out.replace(/\s+/g, ' ').trim();
}

export default rule;
