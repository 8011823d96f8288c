import { closingLines, findSignoffs, linesOf, NO_REPLY_ADDRESS, sourceRange, wordCues, wordMask, type Language, type PhraseData, type ProseBlock, type Rule, type RuleContext, type Suggestion } from '../../server/engine/kit';
import { en as enAsks, enSurveys } from './en';
import { fa as faAsks, faSurveys } from './fa';
import { HIT_REPLY, INTRO, OPT_OUT, TIME, WHY } from './signals';
import { ANSWER_WITH, classAsk } from './asks';

const en = [...enSurveys, ...enAsks];
const fa = [...faSurveys, ...faAsks];
const INVITATIONS: PhraseData = { en, fa };
/** A survey or questionnaire takes time the reader should know about; a rating or a review is a click or a line. */
const SURVEYS = new Set([...enSurveys, ...faSurveys]);
type Part = 'sender' | 'time' | 'why' | 'reply';
const PARTS: Part[] = ['sender', 'time', 'why', 'reply'];
const NAMES: Record<Language, Record<Part, string>> = {
  en: { sender: 'who is asking (a named person)', time: 'how long it takes', why: 'why the answers matter and what happens with them', reply: 'how to reply or opt out' },
  fa: { sender: 'چه کسی می‌پرسد (یک نام)', time: 'چقدر وقت می‌گیرد', why: 'چرا پاسخ مهم است و با آن چه می‌کنید', reply: 'چطور می‌شود پاسخ داد یا انصراف داد' },
};
/** A From address of a role, not a person: the company speaking. */
const ROLE_FROM = /(^|[<\s"])(no-?reply|donotreply|do-not-reply|info|news|newsletter|notifications?|feedback|survey|surveys|support|help|team|hello|marketing|service|customerservice|care|reviews?)@|\b(team|support|service|notifications?|survey|feedback|customer|care|no-?reply|store|shop|company|inc|ltd|llc)\b|تیم|پشتیبانی|فروشگاه|شرکت|خدمات|نظرسنجی|سامانه/i;

/**
 * CUE: every invitation frame holds one of its words (survey, rate, review, feedback, «نظرسنجی», «امتیاز», «نظر» …),
 * so a paragraph without any is skipped before the frames run. Normalized text. Keep in step with en.ts and fa.ts.
 * Read in two parts (cueIn): the one-word alternatives (survey, questionnaire, poll, quiz, feedback, review, rating,
 * \bscore\b, \brate\b, testimonial, opinion, input, thoughts, «بهبود»، «ارتقا»، «رای‌گیری»، «همه‌پرسی»، «نظر»، «دیدگاه»،
 * «تجربه»، «امتیاز»، «نمره»، «ستاره»، «پرسش»، «ارزیابی»، «چقدر») by an exact word test (CUE_WORDS), and these, which span
 * words, by a scan of the paragraphs that have none of those words.
 */
const CUE_SPANS = /(answer|complete|fill out|respond to)[^.!?]{0,30}question|\bhow (are|'re) we\b|\byour voice\b|help us improve|صدای شما|بهتر شدن|رای گیری|همه پرسی|\bhow (did|was|would|likely|satisfied)|(tell|let) us|چه قدر|چه میزان|چه اندازه/;

/**
 * ASK_CUE: the class-read asks (asks.ts) hold one of its alternatives besides the words of CUE: what you think, were
 * you happy, «راضی». In two parts like CUE (askIn): the one-word alternatives (questions, conducting, running, «راضی»،
 * «رضایت»، «خوشتان»، «برایمان»، «برامون»، «نظر»، «دیدگاه»، «تجربه»، «سوال»، «سؤال»، «پرسش»، «امتیاز»، «نمره»، «ستاره») by
 * an exact word test, and these spanning ones by a scan.
 */
const ASK_SPANS = /what did you (think|make)|(thoughts|feedback|opinions|views|ideas) (on|about)|all ears|what you (think|thought|make of|made of|think of|thought of|reckon|felt|liked|loved|enjoyed|found)|how (you|it went|we did|we're doing|we are doing|your)|were you|are you (happy|satisfied|pleased)|your (honest |quick |candid |own )?(thoughts|opinion|views|feedback|impressions|experience|review|rating|input|verdict|participation)|about your (recent |last )?(stay|visit|order|purchase|experience|trip|meal|delivery|appointment|call|chat|time|flight|ride|class|course|event|booking)|carrying out|scale of|\b(rate|review|score|grade) (us|your|our)|with (a|one) click|به ما بگ|با یک کلیک/;

/**
 * Single-word necessary conditions of CUE and ASK_CUE, each tested once per distinct word (see wordMask): most
 * paragraphs then skip the two scans. Each test names, for every alternative of its cue, a piece inside one word
 * (a word's characters are letters, digits, `_` and `'`, so `\b` inside a word is only next to `'` or a
 * non-ASCII letter).
 * Keep in step with the cues.
 */
const EDGE = '(^|[^A-Za-z0-9_])';
const CUE_WORDS = wordCues([
  // CUE: its words; "\brate\b"; "(tell|let) us"; "\bhow (did|was…)" and "\bhow (are|'re) we" (the word "how" and
  // the word after it, bits 5 and 6: "how" alone is in most paragraphs, and let nearly all of them through).
  /survey|questionnaire|poll|quiz|question|feedback|review|rating|score|voice|improve|صدای|بهبود|بهتر|ارتقا|رای|گیری|همه|پرسی|testimonial|opinion|input|thoughts|نظر|دیدگاه|تجربه|امتیاز|نمره|ستاره|پرسش|ارزیابی|قدر|میزان|اندازه/,
  new RegExp(`${EDGE}rate([^A-Za-z0-9_]|$)`),
  /tell|let/,
  /^us/,
  // ASK_CUE: a word of every alternative ("how you" and "what you" need not start a word).
  /what|how|were|happy|satisfied|pleased|thoughts|ideas|ears|opinion|views|feedback|impressions|experience|review|rating|input|verdict|participation|about|questions|conducting|running|carrying|scale|rate|score|grade|click|راضی|رضایت|خوشتان|برایمان|برامون|^بگ|نظر|دیدگاه|تجربه|سوال|سؤال|پرسش|امتیاز|نمره|ستاره|کلیک/,
  new RegExp(`${EDGE}how$`),
  // The word after "how" ("'re" is the word "re": a word never starts with an apostrophe).
  /^(are|re|did|was|would|likely|satisfied)/,
  // TIME (signals.ts): the unit of every alternative, a word of its own in English, maybe glued to the number in Persian.
  /^(minute|min|second|sec|question|click|tap|moment)|دقیقه|ثانیه|سوال|سؤال|پرسش|کلیک/,
  // OPT_OUT (signals.ts): a piece inside one word of every alternative.
  /unsubscribe|opt|stop|longer|rather|don|take|remove|preferences|subscription|لغو|انصراف|عدم|نمیخواهید|نمیخواهین|نیستید/,
  // Exact, not a necessary condition: CUE's one-word alternatives (a word with one holds CUE), then ASK_CUE's.
  new RegExp(`survey|questionnaire|poll|quiz|feedback|review|rating|${EDGE}(score|rate)([^A-Za-z0-9_]|$)|testimonial|opinion|input|thoughts|بهبود|ارتقا|رایگیری|همهپرسی|نظر|دیدگاه|تجربه|امتیاز|نمره|ستاره|پرسش|ارزیابی|چقدر`),
  /questions|conducting|running|راضی|رضایت|خوشتان|برایمان|برامون|نظر|دیدگاه|تجربه|سوال|سؤال|پرسش|امتیاز|نمره|ستاره/,
]);
const mayCue = (m: number) => (m & 0b11) !== 0 || (m & 0b1100) === 0b1100 || (m & 0b1100000) === 0b1100000;
const mayAsk = (m: number) => (m & 0b10000) !== 0;
const mayTellTime = (m: number) => (m & 0b10000000) !== 0;
const mayOptOut = (m: number) => (m & 0b100000000) !== 0;
/** Whether a paragraph holds CUE / ASK_CUE: a one-word alternative in its words, else a scan for the spanning ones. */
const cueIn = (m: number, text: string) => (m & 0b1000000000) !== 0 || (mayCue(m) && CUE_SPANS.test(text));
const askIn = (m: number, text: string) => (m & 0b10000000000) !== 0 || (mayAsk(m) && ASK_SPANS.test(text));

const rule: Rule = {
  id: 'survey-invitation',
  description: 'A survey, rating or review invitation that leaves out who is asking, how long it takes, why it matters or how to reply.',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Invite like a person: say who is asking, how long it takes, what you will do with the answers, and how to reply. "Your feedback is important to us. Click here." asks for their time and gives nothing back.',
    fa: 'مثل یک آدم دعوت کنید: بگویید چه کسی می‌پرسد، چقدر وقت می‌گیرد، با پاسخ‌ها چه می‌کنید و چطور می‌شود جواب داد. «نظر شما برای ما مهم است. کلیک کنید.» وقت مخاطب را می‌خواهد و چیزی پس نمی‌دهد.',
  },
  check(ctx) {
    // A survey definition (its questions) is not an invitation email; an HTML email with a rating row is.
    if (ctx.survey && ctx.survey.kind !== 'html') return;
    // Whole-message gate: a message none of whose words can start an invitation or an ask is done at once (most are).
    const masks = ctx.blocks.map((b) => wordMask(b, CUE_WORDS));
    if (!masks.some((m) => mayCue(m) || mayAsk(m))) return;
    let invitation: { block: ProseBlock; from: number; to: number; language: Language; survey: boolean } | undefined;
    // The body's invitation, not the subject line's ("Subject: How did we do?"): the fix goes where the ask is made.
    const headers = ctx.extraction.headers.map((h) => h.range);
    // The strongest ask wins: "take our survey" over "your feedback is important to us" (data order is strength).
    let rank = Infinity;
    for (const [k, block] of ctx.blocks.entries()) {
      if (!cueIn(masks[k], block.text) || headers.some((h) => h.start < block.end && block.start < h.end)) continue;
      for (const m of ctx.match(block, INVITATIONS)) {
        const r = (m.language === 'fa' ? fa : en).indexOf(m.entry);
        const at = r < 0 ? Infinity : r;
        if (at < rank) {
          rank = at;
          invitation = { block, from: m.from, to: m.to, language: m.language, survey: SURVEYS.has(m.entry) };
        }
      }
    }
    // Wording the frames don't list: an ask for the reader's view, read by class (only where nothing else matched).
    if (!invitation) {
      let answerable: boolean | undefined;
      for (const [k, block] of ctx.blocks.entries()) {
        if (!askIn(masks[k], block.text) || headers.some((h) => h.start < block.end && block.start < h.end)) continue;
        answerable ??= ctx.blocks.some((b) => ANSWER_WITH.test(b.text));
        const ask = classAsk(block.text, block.language, answerable);
        if (ask) { invitation = { block, from: ask.from, to: ask.to, language: block.language, survey: ask.survey }; break; }
      }
    }
    if (!invitation) return;
    const missing = PARTS.filter((p) => (p !== 'time' || invitation!.survey) && !has(ctx, p, masks));
    // One owner per finding: a message signed by a team ("The Patient Experience Team") is faceless-signoff's
    // finding, with its own fix; the missing name is not reported twice.
    if (missing.includes('sender') && signedByTeam(ctx)) missing.splice(missing.indexOf('sender'), 1);
    if (missing.length === 0) return;
    const { block, language } = invitation;
    const sentence = sentenceAround(block.text, invitation.from, invitation.to);
    const list = missing.map((p) => NAMES[language][p]).join(language === 'fa' ? '، ' : ', ');
    ctx.report({
      range: sourceRange(block, sentence.from, sentence.to),
      language,
      message: language === 'fa' ? `این دعوت به نظرسنجی نمی‌گوید: ${list}.` : `This invitation doesn't say ${list}.`,
      suggestions: insertMissing(ctx, block, sentence.from, missing, language),
    });
  },
};

/** `masks`: each block's CUE_WORDS mask, so a block without the words of TIME or OPT_OUT is not scanned for them. */
function has(ctx: RuleContext, part: Part, masks: number[]): boolean {
  const blocks = ctx.blocks;
  switch (part) {
    case 'time': return blocks.some((b, k) => mayTellTime(masks[k]) && TIME.test(b.text));
    case 'why': return blocks.some((b) => WHY.test(b.text));
    case 'sender': return namedSender(ctx);
    case 'reply': return blocks.some((b, k) => mayOptOut(masks[k]) && OPT_OUT.test(b.text)) || invitesReply(ctx);
  }
}

function namedSender(ctx: RuleContext): boolean {
  if (ctx.personalizer.has('senderName')) return true;
  const lines = linesOf(ctx.blocks);
  if (findSignoffs(lines, ctx.text).some((s) => s.signature.some((sig) => sig.kind === 'person'))) return true;
  if (closingLines(lines, ctx.text).some((c) => c.kind === 'person')) return true;
  if (ctx.blocks.some((b) => INTRO.test(b.text))) return true;
  // "From: Maya Okafor <maya@…>": a person's name on a person's address.
  return ctx.extraction.headers.some((h) => h.name === 'from' && /\S\s+\S/.test(h.value.replace(/<[^>]*>/, '').trim()) && !ROLE_FROM.test(h.value));
}

function signedByTeam(ctx: RuleContext): boolean {
  const lines = linesOf(ctx.blocks);
  return findSignoffs(lines, ctx.text).some((s) => s.signature.some((sig) => sig.kind === 'team' || sig.kind === 'company')) ||
    closingLines(lines, ctx.text).some((c) => c.kind === 'team');
}

/** missing-contact's invitations to reply, or a person's address; none of it counts where replies are turned away. */
function invitesReply(ctx: RuleContext): boolean {
  const noReply = ctx.phrasesOfRule('no-reply');
  const texts = [...ctx.extraction.headers.map((h) => h.value), ...ctx.extraction.links.map((l) => l.href), ...ctx.blocks.map((b) => b.text)];
  if (texts.some((t) => NO_REPLY_ADDRESS.test(t))) return false;
  if (noReply && ctx.blocks.some((b) => ctx.match(b, noReply).length > 0)) return false;
  if (ctx.blocks.some((b) => HIT_REPLY.test(b.text))) return true;
  const invite = ctx.phrasesOfRule('missing-contact');
  // A bare verb ("every answer", "answer three questions") is the survey's own word, not an invitation to write back.
  const writesBack = (b: ProseBlock) => ctx.match(b, invite!).some((m) => {
    const words = b.text.slice(m.from, m.to).trim();
    return !/^(answer|answers|answering)\b/.test(words);
  });
  if (invite && ctx.blocks.some(writesBack)) return true;
  if (ctx.extraction.links.some((l) => /^mailto:/i.test(l.href))) return true;
  return ctx.blocks.some((b) => /[\w.+-]+@[\w-]+\.[\w.-]+/.test(b.text));
}

function sentenceAround(text: string, from: number, to: number): { from: number; to: number } {
  let s = from;
  while (s > 0 && !/[.!?\u061F\n]/.test(text[s - 1])) s--;
  while (s < from && /[\s\-*\u2022>]/.test(text[s])) s++;
  let e = to;
  while (e < text.length && !/[.!?\u061F\n]/.test(text[e])) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { from: s, to: e };
}

/** The missing lines, put before the invitation sentence as plain sentences: they read right in any markup. */
function insertMissing(ctx: RuleContext, block: ProseBlock, from: number, missing: Part[], language: Language): Suggestion[] {
  const sender = ctx.personalizer.spell('senderName', language);
  const need = new Set(missing);
  const lines: string[] = [];
  if (language === 'fa') {
    if (need.has('sender')) lines.push(need.has('why') ? `من ${sender} هستم و همه‌ی پاسخ‌ها را خودم می‌خوانم؛ با آن‌ها تصمیم می‌گیریم چه چیزی را اول درست کنیم.` : `من ${sender} هستم و همه‌ی پاسخ‌ها را خودم می‌خوانم.`);
    else if (need.has('why')) lines.push('همه‌ی پاسخ‌ها را می‌خوانیم و با آن‌ها تصمیم می‌گیریم چه چیزی را اول درست کنیم.');
    if (need.has('time')) lines.push('پاسخ دادن حدود ۲ دقیقه طول می‌کشد.');
    if (need.has('reply')) lines.push('اگر ترجیح می‌دهید مستقیم بگویید، به همین ایمیل پاسخ دهید؛ اگر هم نمی‌خواهید این پیام‌ها را بگیرید، کافی است همین را بنویسید.');
  } else {
    if (need.has('sender')) lines.push(need.has('why') ? `I'm ${sender}, and I read every answer myself: we use them to decide what to fix first.` : `I'm ${sender}, and I read every answer myself.`);
    else if (need.has('why')) lines.push('We read every answer and use them to decide what to fix first.');
    if (need.has('time')) lines.push('It takes about 2 minutes.');
    if (need.has('reply')) lines.push("Prefer to just tell me? Reply to this email. And if you'd rather not get these, reply and I'll take you off the list.");
  }
  const at = block.starts[from];
  const text = `${lines.join(' ')} `;
  const title = language === 'fa' ? `افزودن آنچه دعوت کم دارد: «${lines.join(' ')}»` : `Add what the invitation leaves out: "${lines.join(' ')}"`;
  return [{ title, edits: [{ range: { start: at, end: at }, text }] }];
}

export default rule;
