/**
 * The warmth score: one number from 0 to 100 per message, explained line by line. Points are lost per finding
 * (by severity, capped per rule so one habit does not swamp the rest) and earned for what warm messages do
 * (greet by name, sign as a person, invite a reply, give a direct contact, own an apology where one is due).
 * The engine stays rule-agnostic: the caller hands in its `Linter`; the credits are detected here from the letter
 * anatomy and variable meanings the engine already has. Deterministic: same text and options, same score.
 * The formula is data (`SCORE_FORMULA`) and is documented in docs/readme/score.md.
 */
import { applyEdits } from './fix';
import { dominantLanguage } from './language';
import { findSignoffs, lineTags, linesOf } from './letter';
import { createLinter, type Linter } from './lint';
import { roleOf } from './personalize';
import { sourceRange, type ProseBlock } from './prose';
import type { Rule, RuleContext } from './rule';
import type { Finding, Language, LintOptions, Severity } from './types';
import { classifyVariable, REACHES_STAFF } from './variables';
import { NO_REPLY_ADDRESS } from './addresses';
import { lintedMessages } from './catalogs';

export type CreditId = 'greets-by-name' | 'named-sender' | 'invites-reply' | 'direct-contact' | 'owned-apology';

/** The whole formula. Change it here and in docs/readme/score.md (a test checks the page quotes these numbers). */
export const SCORE_FORMULA = {
  /** Where every message starts: a message with no findings and no credits is fine but not warm. */
  base: 80,
  /** Points one finding costs, by its severity. */
  penalty: { error: 15, warning: 10, info: 5, hint: 2 } satisfies Record<Exclude<Severity, 'off'>, number>,
  /** The most one rule can take off a message, however often it fires. */
  capPerRule: 25,
  /** Rules whose cap differs: a broken merge tag shows the reader raw code, worse than any phrasing. */
  capByRule: { 'broken-merge-tag': 40 } as Record<string, number>,
  /** Points earned, at most once each; the sum (20) lets a warm message reach 100. */
  credit: { 'greets-by-name': 5, 'named-sender': 5, 'invites-reply': 4, 'direct-contact': 4, 'owned-apology': 2 } satisfies Record<CreditId, number>,
} as const;

export interface Penalty {
  ruleId: string;
  findings: number;
  /** Points before the cap. */
  raw: number;
  /** Points actually lost (after the cap). */
  points: number;
  capped: boolean;
}

export interface Credit {
  id: CreditId;
  points: number;
  /** Short evidence from the text ("Hi {{first_name}},"). */
  evidence: string;
}

export interface ScoredFinding {
  finding: Finding;
  /** Points the score gains by applying the preferred rewrite (rescored, so credits it earns count too); for a
   *  finding without a rewrite, what resolving it by hand removes from the penalty. */
  gain: number;
  /** True when `gain` comes from actually applying the rewrite. */
  exact: boolean;
}

/** One message of a message catalog, scored on its own: its findings and what its own text earns. */
export interface MessageScore {
  /** The catalog key (`en.user_mailer.welcome.body`). */
  key: string;
  score: number;
  language: Language;
  findings: number;
  penalties: Penalty[];
  credits: Credit[];
}

export interface Score {
  score: number;
  language: Language;
  base: number;
  penalties: Penalty[];
  credits: Credit[];
  findings: ScoredFinding[];
  /** For a message catalog: each linted message's own score. The file's score counts every finding in it and
   *  each credit once, earned by any of its messages. */
  messages?: MessageScore[];
}

/** Score from findings and credits alone: the arithmetic, separate so tests and docs can check it. */
export function computeScore(findings: readonly Finding[], credits: readonly Credit[]): { score: number; penalties: Penalty[] } {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId) ?? [];
    list.push(f);
    byRule.set(f.ruleId, list);
  }
  const penalties: Penalty[] = [];
  for (const [ruleId, list] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    const raw = list.reduce((n, f) => n + SCORE_FORMULA.penalty[f.severity], 0);
    const cap = SCORE_FORMULA.capByRule[ruleId] ?? SCORE_FORMULA.capPerRule;
    penalties.push({ ruleId, findings: list.length, raw, points: Math.min(raw, cap), capped: raw > cap });
  }
  const lost = penalties.reduce((n, p) => n + p.points, 0);
  const earned = credits.reduce((n, c) => n + c.points, 0);
  return { score: Math.max(0, Math.min(100, SCORE_FORMULA.base - lost + earned)), penalties };
}

// What the credits look for, per language, in normalized prose (lower case, Persian letters folded).
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|welcome|سلام|درود|با سلام|سلام و وقت بخیر|[^\s]+ (?:عزیز|گرامی))(?=[\s,\u060C!\uE000]|$)/u;
const INVITE_REPLY: Record<Language, RegExp> = {
  // Not "do not reply to this email": the opposite of an invitation.
  en: /(?<!\b(?:not|n't|never|cannot|can't) (?:\w+ )?)\b(?:(?:just |simply )?(?:reply|respond) (?:to this (?:email|message|note)|here|directly)|hit reply|write back|reply and|let (?:me|us) know|drop (?:me|us) a (?:line|note)|get in touch|i(?:'d| would) love to hear|we(?:'d| would) love to hear|tell (?:me|us) what you think)\b/u,
  fa: /(?:(?:به )?همین (?:ایمیل|پیام|نامه) (?:را )?پاسخ(?! ند)|پاسخ (?:همین|این) (?:ایمیل|پیام|نامه)|به ما (?:خبر|اطلاع) (?:دهید|بدهید)|برای ما بنویسید|با ما در (?:تماس|ارتباط) باشید|خوشحال می\s?شویم (?:نظر|از شما)|منتظر (?:پاسخ|نظر) شما)/u,
};
const OWNED_APOLOGY: Record<Language, RegExp> = {
  en: /\b(?:(?:i|we)(?:'m|'re| am| are) (?:so |very |truly |really )?sorry|(?:i|we) apologi[sz]e|my apologies|our apologies)\b(?! (?:if|that you feel|you feel))/u,
  fa: /(?:عذرخواهی می\s?کنیم|عذرخواهی می\s?کنم|عذر می\s?خواهیم|عذر می\s?خواهم|(?:واقعا |بسیار |خیلی )?متاسفیم|متاسفم|پوزش می\s?خواهیم)/u,
};
/** What makes an apology due: something went wrong for the reader. */
const APOLOGY_DUE: Record<Language, RegExp> = {
  en: /\b(?:delay(?:ed)?|late|problem|issue|error|mistake|wrong|outage|down ?time|inconvenience|cancel(?:l?ed)?|failed|missing|damaged|broken|trouble)\b/u,
  fa: /(?:تاخیر|تأخیر|مشکل|خطا|اشتباه|اختلال|قطعی|لغو|ناقص|آسیب|خراب|ناراحتی)/u,
};
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const PHONE = /(?:\+|\b0)\d[\d\s().-]{6,}\d/u;

/** Short, single-line evidence for the explanation. */
const clip = (s: string) => (s.replace(/\s+/g, ' ').trim().length > 60 ? `${s.replace(/\s+/g, ' ').trim().slice(0, 57)}…` : s.replace(/\s+/g, ' ').trim());

function detectCredits(ctx: RuleContext): Credit[] {
  const credits: Credit[] = [];
  const add = (id: CreditId, evidence: string) => credits.push({ id, points: SCORE_FORMULA.credit[id], evidence: clip(evidence) });
  const source = (b: ProseBlock, from: number, to: number) => { const r = sourceRange(b, from, to); return ctx.text.slice(r.start, r.end); };
  const lines = linesOf(ctx.blocks);

  // Greets by name: one of the first lines opens with a greeting and holds the reader's name variable.
  const greeting = lines.slice(0, 4).find((l) => GREETING.test(l.text) && lineTags(l).some((t) => roleOf(t.variable) === 'name'));
  if (greeting) add('greets-by-name', source(greeting.block, greeting.from, greeting.to));

  // A named sender: a sign-off signed by a person, or a sender variable anywhere past the greeting.
  const person = findSignoffs(lines, ctx.text).flatMap((s) => s.signature).find((s) => s.kind === 'person');
  if (person) add('named-sender', source(person.line.block, person.from, person.line.to));
  else if (ctx.personalizer.has('senderName')) add('named-sender', 'a sender name variable');

  const whole = ctx.blocks.map((b) => b.text).join('\n');
  const invite = INVITE_REPLY.en.exec(whole) ?? INVITE_REPLY.fa.exec(whole);
  if (invite) add('invites-reply', invite[0]);

  // A direct contact: an address people read, a phone number, or a variable that reaches staff.
  const address = [...ctx.text.matchAll(EMAIL)].map((m) => m[0]).find((a) => !NO_REPLY_ADDRESS.test(a));
  const phone = PHONE.exec(whole);
  const staffTag = ctx.extraction.scan.tags.find((t) => t.kind === 'output' && REACHES_STAFF.has(classifyVariable(t.variable)));
  if (address) add('direct-contact', address);
  else if (phone) add('direct-contact', phone[0]);
  else if (staffTag) add('direct-contact', ctx.text.slice(staffTag.start, staffTag.end));

  const apology = OWNED_APOLOGY.en.exec(whole) ?? OWNED_APOLOGY.fa.exec(whole);
  if (apology && (APOLOGY_DUE.en.test(whole) || APOLOGY_DUE.fa.test(whole))) add('owned-apology', apology[0]);
  return credits;
}

/** The credits ride the engine as a rule that reports nothing, so they see exactly the prose the rules see. */
function observe(text: string, options: LintOptions): Observed {
  let seen: Observed = { credits: [], language: 'en' };
  const observer: Rule = {
    id: 'warmth-credits',
    description: 'Detects what warm messages do, for the score.',
    defaultSeverity: 'info',
    fixable: false,
    messages: { en: '', fa: '' },
    check(ctx) { seen = { credits: detectCredits(ctx), language: dominantLanguage(ctx.blocks, ctx.languageOverride) }; },
  };
  createLinter([observer]).lint(text, { ...options, rules: undefined, inlineConfig: false, reportUnusedDisables: false });
  return seen;
}

type Observed = { credits: Credit[]; language: Language };

/**
 * What a file earns, and per catalog message what each message earns. A catalog is observed message by message
 * (each in its own language and markup, as the rules read it); `cache` keeps the observations of messages a fix
 * did not touch, so measuring each fix's gain does not observe the whole catalog again.
 */
function observeFile(text: string, options: LintOptions, cache: Map<string, Observed>): Observed & { messages?: { key: string; observed: Observed }[] } {
  const messages = lintedMessages(text, options);
  if (!messages) return observe(text, options);
  const observed = messages.map((m) => {
    const id = `${m.language}\u0000${m.format}\u0000${m.text}`;
    let o = cache.get(id);
    if (!o) cache.set(id, (o = observe(m.text, { ...options, filePath: undefined, catalogs: undefined, language: m.language, format: m.format })));
    return { key: m.key, observed: o };
  });
  const credits = new Map<CreditId, Credit>();
  for (const { observed: o } of observed) for (const c of o.credits) if (!credits.has(c.id)) credits.set(c.id, c);
  const fa = observed.filter((m) => m.observed.language === 'fa').length;
  const language: Language = options.language ?? (observed.length && fa * 2 > observed.length ? 'fa' : 'en');
  return { credits: [...credits.values()], language, messages: observed };
}

/** The score of one message with its breakdown and, per finding, the points its fix gains. */
export function scoreText(linter: Linter, text: string, options: LintOptions = {}, withGains = true, cache = new Map<string, Observed>()): Score {
  const findings = linter.lint(text, options).findings;
  const { credits, language, messages } = observeFile(text, options, cache);
  const { score, penalties } = computeScore(findings, credits);
  const scored: ScoredFinding[] = findings.map((finding) => {
    if (!withGains) return { finding, gain: 0, exact: false };
    if (finding.suggestions.length) {
      const fixed = applyEdits(text, finding.suggestions[0].edits).text;
      return { finding, gain: scoreText(linter, fixed, options, false, cache).score - score, exact: true };
    }
    const without = computeScore(findings.filter((f) => f !== finding), credits).score;
    return { finding, gain: without - score, exact: false };
  });
  const result: Score = { score, language, base: SCORE_FORMULA.base, penalties, credits, findings: scored };
  if (messages) {
    result.messages = messages.map(({ key, observed }) => {
      const own = findings.filter((f) => f.catalogKey === key);
      const s = computeScore(own, observed.credits);
      return { key, score: s.score, language: observed.language, findings: own.length, penalties: s.penalties, credits: observed.credits };
    });
  }
  return result;
}
