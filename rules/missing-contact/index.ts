import { classifyVariable, closingLines, isLetterFragment, isPartOfBot, isListCommandAddress, namesAThing, CONTEXT, dominantLanguage, findSignoffs, identifierWords, lineRange, namesSomeoneElse, linesOf, type Signoff, NO_REPLY_ADDRESS, PLACEHOLDER, REACHES_STAFF, roleOf, sourceRange, type Language, type Line, type Rule, type RuleContext, type Suggestion, type TextEdit } from '../../server/engine/kit';
import { en, enChannels, enFeedback } from './en';
import { fa, faChannels, faFeedback } from './fa';

/** Invitations to write back to the sender ("just reply", "let us know", «با ما تماس بگیرید»). */
const PHRASES = { en: [...en, ...enFeedback], fa: [...fa, ...faFeedback] };
/** Invitations to say how it went: answered by the rating or survey when the message asks for one. */
const FEEDBACK = new Set([...enFeedback, ...faFeedback]);
/**
 * The message asks for a rating, a review or a survey ("How would you rate your experience?", «به ما امتیاز دهید»):
 * "we'd love to hear how it went" is then answered there, not by writing to anyone.
 */
const ASKS_FOR_RATING = /\b(?:rate (?:your|our|us|the|this|it)|how would you rate|rating|survey|questionnaire|(?:leave|write) (?:a |us a )?review|star)\b|نظرسنجی|نظر سنجی|پرسشنامه|پرسش‌نامه|امتیاز|ستاره/i;
/** Instructions that name another channel (a contact form, a new ticket, "here:"): they hold even where replies are turned away. */
const CHANNELS = { en: enChannels, fa: faChannels };

// Starts only where a run of address characters starts: a long run without "@" is then scanned once, not once per letter.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
/**
 * The reader's own address in a footer ("This email was sent to jane@example.com") is not a way to reach anyone; nor is
 * an account's login ("Username: org_admin1@example.com" for a demo site).
 */
const RECIPIENT_BEFORE = /(?:sent to|send to|delivered to|addressed to|intended for|subscribed as|signed up as|to:|(?:user ?name|login|log-?in|sign-?in|user id)\s*:|ارسال شده به|به نشانی|نام کاربری\s*:)\s*$/i;
/** A phone number: 7+ digits with the usual separators (digits are already Latin in normalized text). */
const PHONE = /(?<![\w.#])\+?\(?\d[\d\s().-]{5,}\d(?![\w])/gu;
const PHONE_WORD_BEFORE = /(?:call|phone|tel|telephone|mobile|cell|whatsapp|sms|text|ring|dial|hotline|helpline|toll[- ]?free|freephone|تلفن|تماس|شماره تماس|موبایل|همراه|واتساپ|تلگرام|پیامک)[^\d]{0,20}$/i;
const PHONE_WORD_AFTER = /^[^\d]{0,12}(?:تماس|زنگ|call|phone|text)/i;
const ID_WORD_BEFORE = /(?:order|invoice|tracking|reference|ref|ticket|case|account|id|no\.|code|sku|serial|confirmation|booking|iban|card|سفارش|فاکتور|پیگیری|کد|قرارداد|قبض|مرجع|شناسه|حساب|کارت|شبا|ملی|پستی)[^\d]{0,12}$/i;
/**
 * The reader's own number: «به شماره موبایل شما 0912…», «به شماره 0912… شما», "sent to your phone 555-…". A code
 * sent to it is not a line to anyone.
 */
const READER_NUMBER_BEFORE = /(?:(?:(?<![\p{L}\u200c])(?:شما|خود|خودتان)|(?:تلفن|شماره|موبایل|همراه)[\s\u200c]?تان)[\s:：]*|\byour (?:mobile|phone|cell|number|mobile number|phone number)[\s:]*)$/iu;
const MACHINE_KEYWORD_BEFORE = /(?:پیامک|پیام)[\s\u200c]+خالی|(?:عدد|کلمه|رقم|حرف)[\s\u200c]+\S{1,12}[\s\u200c]+(?:را[\s\u200c]+)?(?:به|برای)[\s\u200c]*$|\b(?:text|send|reply|sms)\s+(?:stop|start|yes|no|join|help|[A-Z]{2,10})\s+to\s*$|\bempty (?:sms|text)/iu;
const READER_NUMBER_AFTER = /^\s*(?:شما|خودتان|خود)(?![\p{L}])/u;
/** A contact page or a channel to a person; a help page, "My orders" or a survey link is not (see the rule's doc). */
/**
 * A word of a URL that names a page where a person answers: a whole path, host or query-value segment ("/contact",
 * "support.acme.com", "?page=contact-us", "acme.zendesk.com"), not letters inside another word ("contactless",
 * "chateau", "support-matrix") and not a query key ("?contact=123" in an unsubscribe link).
 */
const URL_TOKEN = /(?:^|[\/.?=&#_-])(?:contact(?:s|us|-us|_us)?|support|helpdesk|help-desk|[a-z]*desk|(?:live-?)?chat|tamas|ertebat|poshtibani)(?=$|[\/.?#&]|[-_](?:us|page|form|center|centre|team|request|requests|ticket|tickets|portal|desk|me|options|ticket-form)\b)/i;
/** Links that manage the reader's mailings: an unsubscribe or preferences page reaches no one. */
const MAILING_MANAGEMENT = /unsubscribe|optout|opt-out|preferences|prefs\b|manage-?subscription|email-?settings|notification-?settings/i;
/** The same for a link's own target, where only a contact or chat page counts (a support link is judged by hasContactLink). */
const URL_DIRECT_TOKEN = /(?:^|[\/.?=&#_-])(?:contact(?:s|us|-us|_us)?|(?:live-?)?chat|tamas|ertebat)(?=$|[\/.?#&]|[-_](?:us|page|form|me|options)\b)/i;
function contactUrl(url: string, token: RegExp = URL_TOKEN): boolean {
  return !MAILING_MANAGEMENT.test(url) && !DESK_VENDOR_HOME.test(url) && (token.test(url) || token === URL_TOKEN && HELP_CENTER_ROOT.test(url));
}
/**
 * A help-desk product's own home page ("http://www.tiledesk.com", "freshdesk.com/"): the vendor's site in a footer, not
 * a desk where someone answers ("acme.zendesk.com", "helpdesk.acme.com" are).
 */
const DESK_VENDOR_HOME = /^(?:https?:\/\/)?(?:www\.)?[a-z]*desk\.(?:com|net|org|io|co|ai|app|ir)(?:\.[a-z]{2})?\/?(?:[?#]\S*)?$/i;
/**
 * A help centre's front page ("https://www.sentry.help/", "help.acme.com", "acme.com/help-center", Zendesk's "/hc/en-us"):
 * where a reader asks for help, with its request form. One of its articles ("…/articles/123-reset-password") is
 * something to read, like a FAQ.
 */
const HELP_CENTER_ROOT = /^(?:https?:\/\/)?(?:(?:www\.)?[a-z0-9-]+\.help|help\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|[a-z0-9.-]+\.[a-z]{2,}\/(?:help[-_]?cent(?:er|re)|hc(?:\/[a-z]{2}(?:-[a-z]{2})?)?))\/?(?:[?#]\S*)?$/i;
const CONTACT_HREF = /^(?:mailto:|tel:|sms:|https?:\/\/(?:wa\.me|t\.me|api\.whatsapp|m\.me|eitaa\.com|ble\.ir|rubika\.ir))/i;
/**
 * A message of four words or more is judged, an SMS one-liner ("سفارش {id} لغو شد.", "Your order {{id}} has
 * shipped.") as much as an email (the labelling guide's rule 8); a bare label or code ("Your code: {{code}}") is not
 * a message. Placeholders count as words: they are the order number or the name the reader sees.
 */
const MIN_WORDS = 4;

const rule: Rule = {
  id: 'missing-contact',
  description: 'No named human sender, no invitation to reply and no direct way to reach a person anywhere in the message.',
  defaultSeverity: 'warning',
  fixable: true,
  // Its invitations to reply, readable by other rules (survey-invitation asks whether an invitation offers a reply).
  phrases: PHRASES,
  messages: {
    en: 'Give the reader a person to reach: no name, no invitation to reply and no direct contact leaves them nowhere to turn.',
    fa: 'یک آدم واقعی را برای ارتباط معرفی کنید؛ بدون نام، دعوت به پاسخ یا راه تماس مستقیم، مخاطب جایی برای رجوع ندارد.',
  },
  check(ctx) {
    if (!hasWords(ctx.blocks, MIN_WORDS)) return;
    // A partial or a layout is judged with the emails that include it, not alone.
    if (isLetterFragment(ctx.filePath, ctx.text) || isPartOfBot(ctx.format, ctx.filePath, ctx.text)) return;
    const lines = linesOf(ctx.blocks);
    const signoffs = findSignoffs(lines, ctx.text);
    if (contactChecks(ctx, lines, signoffs).some(([, found]) => found())) return;

    const language = dominantLanguage(ctx.blocks, ctx.languageOverride);
    const anchor: Line | undefined = signoffs.length ? signoffs[signoffs.length - 1].line : lines[lines.length - 1];
    if (!anchor) return;
    const range = lineRange(anchor);
    ctx.report({ range, language, suggestions: signature(ctx, anchor, language, signoffs.length > 0) });
  },
};

/**
 * Whether the blocks hold at least `min` words (runs between spaces with a letter or a placeholder in them). Counting
 * stops at `min`: on a long document, splitting every paragraph into words on every lint was a good part of this rule.
 */
function hasWords(blocks: RuleContext['blocks'], min: number): boolean {
  let n = 0;
  // The runs between spaces one by one (split would cut the whole paragraph up first), each tested for a letter.
  const run = /\S+/g;
  for (const b of blocks) {
    run.lastIndex = 0;
    for (let w = run.exec(b.text); w; w = run.exec(b.text)) if (/[\p{L}\uE000]/u.test(w[0]) && ++n >= min) return true;
  }
  return false;
}

/**
 * What in the message is a way to reach a person at the sender's end, each named for whoever debugs a verdict, in
 * the order they are tried: cheap and certain first. Each is a function, so the first that holds ends the search.
 */
function contactChecks(ctx: RuleContext, lines: readonly Line[], signoffs: readonly Signoff[]): [string, () => boolean][] {
  return [
    ['signer', () => signoffs.some((s) => s.signature.some((sig) => sig.kind === 'person'))],
    ['closing name', () => closingLines(lines, ctx.text).some((c) => c.kind === 'person')],
    // A sender variable that only appears in the salutation ("Hello {{agent.name}}," in a mail to staff) names
    // the reader; anywhere else (or configured) it is someone to reach.
    ['sender name variable', () => ctx.personalizer.has('senderName') && !greetsSender(ctx, lines)],
    ['sender address variable', () => (ctx.personalizer.has('senderEmail') || ctx.personalizer.has('senderPhone')) && !senderAddressNamesAccount(ctx)],
    ['direct contact', () => hasDirectContact(ctx)],
    ['writer introduced', () => introducesWriter(ctx)],
    ['contact variable', () => hasContactVariable(ctx, lines)],
    ['contact link', () => hasContactLink(ctx)],
    // A signature or contact partial is included (`{% include 'signature' %}`, `{$signature}`): its name says a person
    // or a channel is printed there. A footer include (`{{> footer}}`, OpenMage's `config_path="design/email/footer"`)
    // does not: its text is not in the file, and a footer mostly holds the company's address and legal lines, which
    // reach no one (the labelling guide's rule 1: a footer kept in another file does not count).
    // An include that could be read is judged by its text instead (below).
    ['signature partial', () => {
      const named = ctx.extraction.scan.tags.filter((t) => t.kind !== 'comment' && /\b(signature|contact|sign-?off|signoff)\b/i.test(t.expr));
      if (!named.length) return false;
      const read = new Set(ctx.includes().flatMap((p) => (p.context ? [p.ref.start] : [])));
      return named.some((t) => !read.has(t.start));
    }],
    ['channel phrase', () => ctx.blocks.some((b) => ctx.match(b, CHANNELS).length > 0)],
    // "We'd love to hear from you" or "contact us" invites a reply; where the message also says replies go nowhere
    // ("this mailbox is unmonitored", a noreply@ sender), there is no reply to send (the labelling guide's notes).
    ['reply invitation', () => invitesReply(ctx) && !turnsRepliesAway(ctx)],
    // A partial included where the reader sees it (`{{> footer}}`, `{% include 'signature.html' %}`) is part of the
    // letter (the labelling guide's rule 1): a signer or a channel printed there counts. Last: it reads files.
    ['included partial', () => ctx.includes().some((p) => p.context && hasContact(p.context))],
  ];
}

/** Whether a text (a partial included in the letter) holds any way to reach a person. */
function hasContact(ctx: RuleContext): boolean {
  const lines = linesOf(ctx.blocks);
  return contactChecks(ctx, lines, findSignoffs(lines, ctx.text)).some(([, found]) => found());
}

/** An invitation to write back; a feedback ask only where the message asks for no rating or survey. */
function invitesReply(ctx: RuleContext): boolean {
  let rating: boolean | undefined;
  for (const block of ctx.blocks) {
    for (const m of ctx.match(block, PHRASES)) {
      if (!FEEDBACK.has(m.entry)) return true;
      rating ??= ASKS_FOR_RATING.test(ctx.blocks.map((b) => b.text).join('\n'));
      if (!rating) return true;
    }
  }
  return false;
}

// Whole words on one line: "Pastel\n1234 S. Broadway" or "hotel 4521" is not "tel 1234".
const SUPPORT_NUMBER = /(?<![\p{L}\p{N}])(?:support|help|hotline|helpline|call|phone|tel|whatsapp|sms|text|پشتیبانی|تماس|تلفن|شماره تماس|واتساپ|پیامک)[^\S\n]*[:：]?[^\S\n]*[*#+]?\d[\d \t#*-]{2,}/iu;
const SUPPORT_NUMBERS = new RegExp(SUPPORT_NUMBER.source, 'giu');
const SHORT_NUMBER_THEN_CALL = /(?<![\d\p{L}])\d[\d-]{2,7}(?![\d\p{L}])[^\S\n]*(?:[^\d\n.!?\u061F]{0,12}[^\S\n])?(?:تماس|زنگ)[^\S\n\u200c]?(?:بگیرید|بگیرین|بزنید|بزنین|حاصل|برقرار)/u;
const ROLE_ADDRESS = /^(?:info|news|newsletter|newsletters|notifications?|notify|alerts?|mailer|marketing|promo|promotions|updates|no-?reply|system|admin|webmaster|billing|accounts|orders?|shop|store|team|office|hello|mail|post|bounce)@/i;
/**
 * A written URL to a contact or support page, with or without a scheme (`acme.com/support`, `support.acme.com`), also
 * one built on the site's variable (`{{ site_url }}/contact-us`).
 */
const CONTACT_URL = new RegExp(`(?:https?:\\/\\/|www\\.|${PLACEHOLDER}\\/|(?<![\\w@.-])(?:[a-z0-9-]+\\.)+[a-z]{2,}\\/|(?<![\\w@.-])(?=(?:support|helpdesk|contact|tickets?)\\.[a-z0-9-]+\\.[a-z]))\\S*`, 'gi');
/** The label of the Markdown link a URL is the target of: "[label](" just before it. */
const LINK_LABEL_BEFORE = /\[([^\[\]\n]{1,80})\]\($/;
function hasContactUrl(text: string): boolean {
  // A ticket page counts in the forms CONTACT_LINK_HREF names (a new or a support ticket); an event's tickets do not.
  for (const m of text.matchAll(CONTACT_URL)) {
    // A page to read: a policy, FAQ or guidance page ("guidance.publishing.service.gov.uk/accounts-support/…"), or
    // any URL a Markdown link labels so ("[publishing guidance](…/accounts-support/…)").
    if (POLICY_PAGE.test(m[0]) || LINK_LABEL_BEFORE.exec(text.slice(Math.max(0, m.index - 82), m.index))?.[1].match(POLICY_PAGE)) continue;
    if (contactUrl(m[0]) || CONTACT_LINK_HREF.test(m[0]) && !MAILING_MANAGEMENT.test(m[0])) return true;
  }
  return false;
}

/** A mailbox with a literal local part on a templated domain: `support@{{ domain }}`, `help@%(site)s`. */
const TEMPLATED_DOMAIN_EMAIL = new RegExp(`(?<![\\w.+-])([a-z][\\w.+-]*)@${PLACEHOLDER}`, 'gu');
/**
 * An address built wholly from values: `{{ user }}@{{ domain }}`, Sympa's and gettext's `%1@%2`. Whose it is only the
 * prose says: "please contact %1@%2" (the listmaster) reaches someone, "your message for list %1@%2" names a list.
 */
const VALUE_PART = `(?:${PLACEHOLDER}|%\\d(?:\\$[sd])?|%s)`;
const TEMPLATED_ADDRESS = new RegExp(`${VALUE_PART}@${VALUE_PART}`, 'gu');
const NO_REPLY_LOCAL = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|no[-_.]?response|noresponse|bounces?|mailer[-_.]?daemon)/i;

/**
 * The writer introduces themselves by name ("I'm Sarah, your account manager", "My name is Dana Ortiz", "Sarah here
 * from Acme"): a named person, the labelling guide's rule 7. The name is read from the source text, where capitals
 * survive: "I'm happy to help" and "I'm sorry" are not names.
 */
const INTRO = /(?:^|[\s,.!?])(?:i'm|i am|my name is|this is)\s+(\S+)/gu;
const INTRO_AFTER = /^\s*(?:[,\u2013\u2014-]|(?:\p{Lu}\p{Ll}+\s+)?(?:from|at|with|here|and|of|on)\b|\.)/u;
const NOT_A_NAME = /^(?:I|A|An|The|This|That|It|Here|So|Very|Really|Happy|Glad|Sorry|Excited|Writing|Reaching|Contacting|Following|Just|Not|Your|Our|We|You|Thank|Thanks|Hello|Hi|Dear|Please|Acme)$/;
/**
 * Persian has no capitals to tell a name by, so the frame carries it: the writer introducing themselves («من سارا
 * هستم»، «اسم من سارا رضایی است»، «نامم سارا است») and a colleague named with an honorific («کارشناس ما، خانم احمدی،
 * با شما تماس می‌گیرد»). A template spells its own staff literally; the reader's name is a variable, and an honorific
 * followed by «عزیز/گرامی/محترم» greets the reader.
 */
const FA_LETTER = '[\\u0621-\\u063A\\u0641-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC]';
const FA_INTRO = new RegExp(`(?:^|[\\s\\u060C,.:\\u061B!])(?:من|بنده|اینجانب)[\\s\\u200c]+(${FA_LETTER}{2,})(?:[\\s\\u200c]+${FA_LETTER}{2,})?[\\s\\u200c]+هستم(?!${FA_LETTER})`, 'gu');
const FA_NAME_IS = new RegExp(`(?:(?:اسم|نام)[\\s\\u200c]+(?:من|بنده)|اسمم|نامم)[\\s\\u200c]+(${FA_LETTER}{2,})(?:[\\s\\u200c]+${FA_LETTER}{2,})?[\\s\\u200c]+(?:است|هست|ه)(?!${FA_LETTER})`, 'gu');
const FA_HONORIFIC = new RegExp(`(?<!${FA_LETTER})(?:سرکار[\\s\\u200c]+خانم|جناب[\\s\\u200c]+آقای|خانم|آقای|دکتر|مهندس)[\\s\\u200c]+(${FA_LETTER}{2,})(?!${FA_LETTER})`, 'gu');
/** Words that follow «من … هستم» or an honorific without being a name: a state, a role, a pronoun, the reader. */
const FA_NOT_A_NAME = /^(?:خوشحال|خوشحالم|مطمئن|متاسف|متأسف|شرمنده|آماده|منتظر|مسئول|مسوول|کارشناس|پشتیبان|مدیر|همکار|همکارتان|ممنون|سپاسگزار|متشکر|موظف|در|اینجا|هم|نیز|شخصا|شخصاً|خودم|حتما|حتماً|واقعا|واقعاً|کاملا|کاملاً|عزیز|عزیزم|گرامی|محترم|شما|خودتان|شماست|ها|هایی|های|آقایان|خانم|آقا|جان|خود|مربوطه|مربوط|معالج|متخصص|پزشک|پرستار|ناظر|مشاور|ارشد|محترمه|نیستم|بودم|یک|یه|این|آن|همان|همون|کسی|فردی|دیگر|دیگری)$/u;
const FA_GREETS_AFTER = new RegExp(`^(?:[\\s\\u200c]+${FA_LETTER}+)?[\\s\\u200c]+(?:عزیز|گرامی|محترم|جان)(?!${FA_LETTER})`, 'u');
function introducesWriterFa(text: string): boolean {
  for (const re of [FA_INTRO, FA_NAME_IS]) {
    for (const m of text.matchAll(re)) if (!FA_NOT_A_NAME.test(m[1])) return true;
  }
  for (const m of text.matchAll(FA_HONORIFIC)) {
    if (FA_NOT_A_NAME.test(m[1])) continue;
    const end = m.index + m[0].length;
    if (FA_GREETS_AFTER.test(text.slice(end, end + 30))) continue;
    // «سلام خانم احمدی»: a greeting by name addresses the reader; «مشتری: خانم نوری» labels the reader's data row.
    if (/(?:سلام|درود|با سلام|خدمت|به|برای)[\s\u200c]*$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/(?:مشتری|خریدار|گیرنده|تحویل[\s\u200c]?گیرنده|کاربر|مشترک|بیمار|مسافر|نام|نام و نام خانوادگی)[\s\u200c]*[:\uFF1A][\s\u200c]*$/u.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    return true;
  }
  return false;
}

function introducesWriter(ctx: RuleContext): boolean {
  if (ctx.blocks.some((b) => introducesWriterFa(b.text))) return true;
  for (const block of ctx.blocks) {
    for (const m of block.text.matchAll(INTRO)) {
      const from = m.index + m[0].length - m[1].length;
      const range = sourceRange(block, from, from + m[1].length);
      const word = ctx.text.slice(range.start, range.end).replace(/[,.!?;:]+$/, '');
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || NOT_A_NAME.test(word)) continue;
      // "This is Acme Support" is the company: "this is" only introduces a person with a "from"/"at"/"here" after.
      const after = ctx.text.slice(range.start + word.length, range.start + word.length + 40);
      if (!INTRO_AFTER.test(after)) continue;
      if (/^this is/i.test(m[0].trim()) && !/^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:from|at|here)\b/u.test(after)) continue;
      return true;
    }
  }
  return false;
}

/** What leads up to the reader's own address: "This email was sent to", "registered with", «ارسال شده به». */
const SENT_TO_BEFORE = /(?:\b(?:sent|delivered|addressed|forwarded) to|\bintended for|\b(?:registered|signed up) (?:with|as)|\byou(?:'re| are) receiving [^.!?\n]{0,40}\b(?:at|to)|(?:ارسال|فرستاده)[\s\u200c]*شده[\s\u200c]*(?:به|برای))[\s:]*$/iu;

function hasDirectContact(ctx: RuleContext): boolean {
  // A From/Reply-To header with a person's (not a no-reply) address is a direct way to reach someone.
  for (const h of ctx.extraction.headers) {
    const address = h.value.match(EMAIL)?.[0];
    // A person's own address; a role inbox (info@, news@) is the company, not someone to reach.
    if ((h.name === 'from' || h.name.startsWith('reply')) && address && !NO_REPLY_ADDRESS.test(address) && !ROLE_ADDRESS.test(address)) return true;
  }
  for (const link of ctx.extraction.links) {
    if (/^mailto:/i.test(link.href)) {
      // "This email was sent to <a href="mailto:${targetEmail}">": the reader's own address, linked.
      const before = ctx.text.slice(Math.max(0, link.start - 120), link.start).replace(/<[^>]*>|&nbsp;/g, ' ').replace(/\s+/g, ' ');
      if (SENT_TO_BEFORE.test(before)) continue;
      if (!NO_REPLY_ADDRESS.test(link.href) && !isListCommandAddress(link.href)) return true;
      continue;
    }
    if (CONTACT_HREF.test(link.href) || contactUrl(link.href, URL_DIRECT_TOKEN)) return true;
  }
  for (const block of ctx.blocks) {
    // "support@{{ shop_domain }}": a mailbox the template spells out, on the site's own domain, is the sender's.
    for (const m of block.text.matchAll(TEMPLATED_DOMAIN_EMAIL)) {
      if (!NO_REPLY_LOCAL.test(m[1]) && !isListCommandAddress(m[1]) && !RECIPIENT_BEFORE.test(block.text.slice(Math.max(0, m.index - 30), m.index))) return true;
    }
    for (const m of block.text.matchAll(TEMPLATED_ADDRESS)) {
      const before = block.text.slice(Math.max(0, m.index - 60), m.index).replace(/\s+/g, ' ');
      const after = block.text.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(/\s+/g, ' ');
      if ((['en', 'fa'] as const).some((l) => (CONTEXT[l].contact.test(before) || CONTEXT[l].contactAfter.test(after)) && !CONTEXT[l].recipient.test(before))) return true;
    }
    const text = block.text.replace(new RegExp(PLACEHOLDER, 'g'), ' ');
    for (const email of text.matchAll(EMAIL)) {
      if (NO_REPLY_ADDRESS.test(email[0]) || isListCommandAddress(email[0]) || RECIPIENT_BEFORE.test(text.slice(Math.max(0, email.index - 30), email.index))) continue;
      return true;
    }
    if (hasContactUrl(block.text)) return true;
    if (hasMessengerContact(block.text)) return true;
    // "Support: 9990", "پشتیبانی: ۹۹۹۰", "call 1-800-FLOWERS": a labelled short number is a direct line too.
    for (const m of text.matchAll(SUPPORT_NUMBERS)) {
      // "sent to your phone 555-…": the label names the reader's own phone.
      const digitAt = m.index + m[0].search(/[*#+]?\d/);
      if (!READER_NUMBER_BEFORE.test(text.slice(Math.max(0, digitAt - 40), digitAt))) return true;
    }
    // «با شماره ۱۸۱۸ تماس بگیرید»: Persian puts the call verb after a short call-centre number.
    if (SHORT_NUMBER_THEN_CALL.test(text)) return true;
    for (const phone of text.matchAll(PHONE)) {
      const digits = phone[0].replace(/\D/g, '').length;
      if (digits < 7 || digits > 15 || /^\d{4}-\d{2}-\d{2}/.test(phone[0])) continue;
      // Order and tracking numbers are long digit runs too: a phone is labelled, or written like one.
      const before = text.slice(Math.max(0, phone.index - 30), phone.index);
      const after = text.slice(phone.index + phone[0].length, phone.index + phone[0].length + 20);
      if (READER_NUMBER_BEFORE.test(before) || READER_NUMBER_AFTER.test(after) || RECIPIENT_BEFORE.test(before)) continue;
      // «یک پیامک خالی به ۳۰۰۰۱۲۳۴ ارسال کنید», "text STOP to 12345": a number for a machine keyword.
      if (MACHINE_KEYWORD_BEFORE.test(text.slice(Math.max(0, phone.index - 60), phone.index))) continue;
      // "برای پیگیری با شماره … تماس بگیرید": a call verb after the number outweighs an id word before it.
      if (ID_WORD_BEFORE.test(before) && !PHONE_WORD_BEFORE.test(before) && !PHONE_WORD_AFTER.test(after)) continue;
      if (PHONE_WORD_BEFORE.test(before) || PHONE_WORD_AFTER.test(after)) return true;
      // Written like a phone number: international or trunk prefix with separators, or an Iranian 0XX… number.
      if (/^(?:\+|0|\()/.test(phone[0]) && /[\s().-]/.test(phone[0].trim()) || /^0\d{9,10}$/.test(phone[0])) return true;
      // North American grouping: 555-010-2030, 1-800-555-0199, 555.010.2030.
      if (/^(?:1[-. ])?\d{3}([-.])\d{3}\1\d{4}$/.test(phone[0].trim())) return true;
    }
  }
  return false;
}

/**
 * A handle or link on a messenger (Telegram, WhatsApp, and the Iranian Eitaa, Bale, Rubika, Soroush), given as a
 * way to reach someone: «آیدی پشتیبانی در ایتا: @shop_support», "WhatsApp us: wa.me/98912…". A news channel
 * («کانال تلگرام ما») or a page to follow is not someone who answers.
 */
const MESSENGER_HANDLE = /(?<![\w@.])@[A-Za-z][\w.]{3,31}(?![\w@])|(?<![\w.])(?:t|telegram)\.me\/[\w+]+|(?<![\w.])(?:wa\.me|eitaa\.com|ble\.ir|rubika\.ir|splus\.ir|sapp\.ir)\/[\w+]+/giu;
const MESSENGER_WORD = /تلگرام|ایتا|(?<![\p{L}])بله(?![\p{L}])|روبیکا|سروش|واتس[\s\u200c]?اپ|واتساپ|telegram|whatsapp|eitaa|rubika|soroush|signal/iu;
const MESSENGER_LINK = /^(?:(?:t|telegram)\.me|wa\.me|eitaa\.com|ble\.ir|rubika\.ir|splus\.ir|sapp\.ir)\//i;
const ASKS_A_PERSON = /پشتیبان|تماس|ارتباط|پیام|سوال|سؤال|پرسش|مشاوره|ادمین|مدیر|آیدی|آی[\s\u200c]?دی|شناسه|گفتگو|گفت[\s\u200c]?وگو|چت|support|contact|admin|chat|message|questions?|help/iu;
const NEWS_CHANNEL = /کانال|channel|دنبال کنید|follow/iu;
function hasMessengerContact(text: string): boolean {
  for (const m of text.matchAll(MESSENGER_HANDLE)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(Math.max(lineStart, m.index - 120), lineEnd < 0 ? undefined : lineEnd);
    if (!MESSENGER_LINK.test(m[0]) && !MESSENGER_WORD.test(line)) continue;
    if (NEWS_CHANNEL.test(line)) continue;
    if (ASKS_A_PERSON.test(line) || /support|help|admin|contact|poshtibani/i.test(m[0])) return true;
  }
  return false;
}

/** The message says replies go nowhere: a no-reply sentence (no-reply's own phrases), or a noreply@ sender in a header, a link or the text. */
function turnsRepliesAway(ctx: RuleContext): boolean {
  const addresses = [...ctx.extraction.headers.map((h) => h.value), ...ctx.extraction.links.map((l) => l.href), ...ctx.blocks.map((b) => b.text)];
  if (addresses.some((a) => NO_REPLY_ADDRESS.test(a))) return true;
  const noReply = ctx.phrasesOfRule('no-reply');
  return Boolean(noReply && ctx.blocks.some((block) => ctx.match(block, noReply).length > 0));
}

/**
 * A variable that holds a way to reach staff (`{{support_email}}`, `%(owner_email)s`, `{SIGNATURE}`,
 * `{$ticket_link}`), or an address or number whose owner its name leaves open (`:email`) written where the prose
 * invites contact ("contact us at :email", "پشتیبانی: {phone}"). Tags in comments do not render and do not count.
 */
function hasContactVariable(ctx: RuleContext, lines: readonly Line[]): boolean {
  const hidden = [...ctx.extraction.comments, ...ctx.extraction.scan.hidden];
  // The greeting line addresses the reader: a sender variable there ("Hello {{agent.name}}" in a mail to staff)
  // names the reader, not someone to reach.
  const greeting = salutationRange(lines);
  for (const found of ctx.extraction.scan.tags) {
    // Django's custom tags print what they name: "please contact {% security_contact %}".
    const custom = found.kind === 'statement' ? printingTagName(found) : undefined;
    if (found.kind !== 'output' && !custom) continue;
    const tag = custom ? { ...found, variable: custom } : found;
    if (hidden.some((h) => h.start <= tag.start && tag.end <= h.end)) continue;
    const kind = classifyVariable(tag.variable);
    // "Message sent by %s via Dolibarr", «ارسال شده توسط {0}»: a value printed as who wrote the message.
    if ((kind === 'other' || kind === 'sender') && !identifierWords(tag.variable ?? '').some((w) => /^(?:site|store|shop|app|company|system|host|server|bot)/.test(w)) && WRITTEN_BY.test(leadIn(ctx, tag.start))) return true;
    // "$user_first_name $user_last_name said:", "{{ comment.author }} wrote:": the person whose words the message quotes.
    if ((kind === 'other' || kind === 'sender' || kind === 'recipientName') && QUOTED_AUTHOR_AFTER.test(ctx.text.slice(tag.end, tag.end + 60).replace(/<[^>]*>/g, ' '))) return true;
    // A nameless value (`%s`, `%3$s`, `{0}`) is known by its sentence: "please call %3$s", «با %3$s تماس بگیرید»
    // (Nextcloud apps' appointment reminder) print a line to call; "%1$s just invited you and shared …" a person.
    if (!tag.variable && (CALL_AT_BEFORE.test(leadIn(ctx, tag.start)) || FA_CONTACT_AROUND(ctx, tag))) return true;
    if (ACTS_TOWARD_READER(ctx, tag)) return true;
    if (!tag.variable) continue;
    // A link whose name says only "a link" (`%%TRACK_URL%%`, `{{ url }}`) is the reader's own ticket thread when
    // the sentence it sits in is about their ticket: "view the status of your ticket here: %%TRACK_URL%%".
    // So is one the sentence sends the reader to in order to write back: "to submit a reply, please visit: %%TRACK_URL%%".
    if (kind === 'other' && LINK_LEAF.test(identifierWords(tag.variable).at(-1) ?? '') && (TICKET_PROSE.test(leadIn(ctx, tag.start)) || repliesThere(leadIn(ctx, tag.start), tag.variable))) return true;
    // "Please contact {$a->enroller}", «با {coordinator} تماس بگیرید»: a value the reader is told to contact, whose name
    // says neither a thing nor an organisation, prints the person to reach.
    if (kind === 'other' && !namesAThing(tag.variable) && (CONTACT_VERB_BEFORE.test(leadIn(ctx, tag.start)) || FA_CONTACT_VERB_BEFORE.test(leadIn(ctx, tag.start)) || FA_CONTACT_AROUND(ctx, tag))) return true;
    if (kind !== 'email' && kind !== 'phone' && !REACHES_STAFF.has(kind)) continue;
    if (kind === 'sender' && greeting && greeting.start <= tag.start && tag.end <= greeting.end) continue;
    // A status page is the reader's case when the sentence is about one, but "the status of this order" is a
    // tracking page (Oscar's `%(absolute_status_url)s`): nobody answers there.
    if (kind === 'contactUrl' && identifierWords(tag.variable).includes('status') && ORDER_PROSE.test(leadIn(ctx, tag.start)) && !TICKET_PROSE.test(leadIn(ctx, tag.start))) continue;
    // "because account {{ owner_email }} has reached its limit": an address named as an account, the subject of
    // what happened to it, is not one to write to (Mailman's "the list owner at %(owner_email)s" is).
    if (kind === 'contactEmail' && namesAnAccount(ctx, tag)) continue;
    if (REACHES_STAFF.has(kind)) return true;
    const before = ctx.text.slice(Math.max(0, tag.start - 200), tag.start).replace(/<[^>]*>|&nbsp;/g, ' ').replace(/\s+/g, ' ').slice(-60);
    const after = ctx.text.slice(tag.end, tag.end + 200).replace(/<[^>]*>|&nbsp;/g, ' ').replace(/\s+/g, ' ').slice(0, 60);
    for (const language of ['en', 'fa'] as const) {
      if (CONTEXT[language].recipient.test(before)) break;
      if (CONTEXT[language].contact.test(before) || CONTEXT[language].contactAfter.test(after)) return true;
    }
  }
  return false;
}

/**
 * A Django/Jinja tag that prints a value of its own (`{% security_contact %}`, `{% support_email %}`): one bare name,
 * not a keyword of the language (`{% csrf_token %}`, `{% endif %}`, `{% else %}`) and not one that opens a block.
 */
const TAG_KEYWORD = /^(?:end\w*|else|elif|empty|csrf_token|load|block|extends|include|trans|blocktrans|plural|spaceless|autoescape|comment|verbatim|now|cycle|firstof|debug|lorem|templatetag|url|static|with|for|if|ifchanged|filter|set|macro|import|from|raw|apply|do|flush|break|continue|call|meta|sandbox)$/;
function printingTagName(tag: { dialect: string; expr: string }): string | undefined {
  if (tag.dialect !== 'twig') return undefined;
  const name = /^\s*([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s*$/.exec(tag.expr)?.[1];
  return name && !TAG_KEYWORD.test(name) ? name : undefined;
}

// "contact {{ owner }}", and "contact administration at [% Param('maintainer') %]", "reach the list owner at %s": whom
// to reach, then where.
const CONTACT_VERB_BEFORE = /\b(?:please |you (?:can|may) )?(?:(?:contact|reach out to|get in touch with|write to|e-?mail|speak (?:to|with)|talk (?:to|with))|(?:contact|reach|reach out to|get in touch with|write to|e-?mail)(?: (?!at\b|you\b|your\b|yourself\b)[\w-]+){1,3} at)[\s,:]*$/i;
/**
 * «می‌توانید با مالک گروه تماس بگیرید: %(owneraddr)s»: a Persian contact verb, a colon, then the value, as English
 * "contact the list owner at …". The imperative or «می‌توانید» form only: «با شما تماس می‌گیریم» is not it.
 */
const FA_CONTACT_VERB_BEFORE = /(?:تماس|ارتباط|مکاتبه)[\s\u200c]*(?:بگیرید|بگیرین|برقرار[\s\u200c]*(?:کنید|نمایید|فرمایید)|حاصل[\s\u200c]*(?:فرمایید|نمایید|کنید)|داشته[\s\u200c]*باشید|کنید|نمایید)[\s\u200c]*(?:در|به|از طریق|با)?[\s\u200c]*[:\uFF1A]?[\s\u200c]*$/u;
/** «با {coordinator} تماس بگیرید»: «با» right before the value, a contact verb right after it. */
function FA_CONTACT_AROUND(ctx: RuleContext, tag: { start: number; end: number }): boolean {
  const before = ctx.text.slice(Math.max(0, tag.start - 12), tag.start);
  const after = ctx.text.slice(tag.end, tag.end + 30);
  return /(?:^|[\s\u200c])با[\s\u200c]*$/.test(before) && /^[\s\u200c]*(?:تماس|ارتباط|در تماس)/.test(after);
}

/** The sentence that leads up to a position, across line breaks ("… your ticket here:\n{{ url }}"). */
function leadIn(ctx: RuleContext, at: number): string {
  const before = ctx.text.slice(Math.max(0, at - 200), at).replace(/<[^>]*>|&nbsp;/g, ' ').replace(/\s+/g, ' ');
  return before.split(/[.!?\u061F](?:\s|$)/).pop() ?? '';
}

/** "call %s", "text us on %s", "email us at %s": what follows is a number or an address to reach. */
const CALL_AT_BEFORE = /\b(?:(?:please |you can |just )?(?:call|phone|ring|text|whatsapp)(?: us| me)?(?: (?:at|on))?|(?:e-?mail|write to|reach|contact) (?:us|me) (?:at|on|via)|(?:e-?mail|write to) (?:us|me))[\s:]*$/i;
/**
 * A value that starts a clause and acts toward the reader: "%1$s just invited you", "{{ actor }} shared a file with
 * you", "{{ performerFullName }} has rejected your leave request", «%1$s هم‌اکنون شما را دعوت کرد»; or that a passive
 * decision names after "by": "you are invited to %1 list by <%2>", "rejected by the moderator (%3)", «توسط {0} رد شد».
 * A person named in the letter (the labelling guide's rule 7), not the reader.
 */
function ACTS_TOWARD_READER(ctx: RuleContext, tag: { start: number; end: number; variable?: string }): boolean {
  const kind = tag.variable ? classifyVariable(tag.variable) : undefined;
  // A value the sentence makes a person: nameless, or named as one (a reader's name word too, since "you" is the reader).
  const person = !tag.variable || kind === 'other' || kind === 'sender' || kind === 'email' || kind === 'recipientName';
  if (!person) return false;
  const before = ctx.text.slice(Math.max(0, tag.start - 80), tag.start).replace(/<[^>]*>|&nbsp;/g, ' ');
  const after = ctx.text.slice(tag.end, tag.end + 90).replace(/<[^>]*>|&nbsp;/g, ' ');
  // "approved by {{ payment_gateway }}": a thing decided, no one named; "approved by {{ customer_name }}": the reader.
  // (A thing cannot invite, so the active frame below needs no such check: `%TOKEN` in "user %TOKEN invited you" is
  // a person.)
  const someoneElse = kind === 'recipientName' ? namesSomeoneElse(tag.variable) : !tag.variable || !namesAThing(tag.variable);
  if (someoneElse && (PASSIVE_DECISION_BY.test(before) || FA_BY_BEFORE.test(before) && FA_DECISION_AFTER.test(after.slice(0, 40)))) return true;
  // "You have been invited to {{InvitingUser}}'s Kavita instance": the person whose space it is invited the reader.
  if (/\binvited (?:you )?to\s*$/i.test(before) && /^['\u2019]s\b/.test(after)) return true;
  // At a clause's start, or after the person's noun: "user %s invited you", «کاربر %TOKEN شما را … دعوت کرده است».
  // (Bidi marks such as U+202B, which translations put before a name, are no words; a sentence opens a translation
  // call's literal: `@lang(':UserName invites you…')`.)
  if (!/(?:^|[.!?\u061F:>\n\]]|\(\s*['"]|\b(?:that|and)|\b(?:user|member|colleague|teammate|friend)|(?:^|[\s\u200c])(?:کاربر|همکار|همکارتان|دوست|دوستتان|عضو))[\s\u202a-\u202e\u2066-\u2069]*$/u.test(before.slice(-30))) return false;
  // The person's address or handle may follow their name: "{0} ({1}) has denied your recovery request", "%s <%s> invited you".
  return ACTS_ON_READER.test(after.replace(/^\s*[(<[][^()<>[\]\n]{1,60}[)>\]]/, ''))
    || /^[\s\u200c]*(?:[^\s.!?\u061F]+[\s\u200c]+){0,2}(?:شما را|به شما|با شما|برای شما)[\s\u200c]+(?:[^\s.!?\u061F]+[\s\u200c]+){0,6}?(?:دعوت|ارسال|فرستاد|به اشتراک|اضافه|پاسخ|منشن|اشاره|رد|تأیید|تایید|لغو|بررسی|پذیرفت)/u.test(after)
    // «{name} عزیز، …» addresses the reader; the clause after the vocative is not the value's deed.
    || (!/^[\s\u200c]*(?:عزیز|گرامی|محترم|جان)/u.test(after) && FA_ACTS_ON_YOURS.test(after));
}
/**
 * «%{commenter} روی یکی از یادداشت‌های شما نظر داد»، «… یادداشت‌هایی را که شما بر آن نظر داده‌اید، حل کرد»: a person
 * who did something to what is the reader's (شما or ـتان in the clause), its light-verb past tense closing the sentence.
 */
const FA_ACTS_ON_YOURS = /^(?=[^.!?\u061F\n]{0,120}(?:شما|[^\s.!?\u061F]تان(?=[\s\u200c.!?\u061F،,]|$)))[^.!?\u061F\n]{0,160}?[\s\u200c](?:نظر|پاسخ|حل|فعال|بسته|باز|بررسی|ویرایش|حذف|رد|تأیید|تایید|لایک|امتیاز|منشن|دنبال|اضافه|ارسال)[\s\u200c]*(?:کرد|داد|گذاشت|فرستاد|نوشت|زد)(?:ه[\s\u200c]*است|ند)?[\s\u200c\u202a-\u202e\u2066-\u2069]*(?=$|[.!?\u061F\n])/u;
/** What a person does to the reader or their request in a notice. */
const STAFF_ACTS = 'invited|shared|sent|mentioned|assigned|added|replied to|responded to|messaged|wrote to|tagged|rejected|approved|declined|denied|refused|revoked|granted|created|accepted|cancell?ed|reviewed|commented on|scheduled|removed|banned|suspended|invites|shares|sends|mentions|assigns|adds|replies to|responds to|messages|writes to|tags|comments on|is inviting|wants to share';
const ACTS_ON_READER = new RegExp(String.raw`^\s*(?:(?:has|have|just|also|now|already)\s+)*(?:${STAFF_ACTS})\b[^.!?\n]{0,60}\byour?\b`, 'i');
const PASSIVE_DECISION_BY = new RegExp(String.raw`\b(?:${STAFF_ACTS}|answered|closed|resolved|moderated)\b[^.!?\n]{0,40}\bby\s*(?:(?:the|your|an?)\s+[a-z]+\s*)?[(<]?\s*$`, 'i');
const FA_BY_BEFORE = /(?:^|[\s\u200c])(?:توسط|از طرف|از سوی)[\s\u200c]*$/u;
const FA_DECISION_AFTER = /^[\s\u200c]*(?:[^\s.!?\u061F]+[\s\u200c]+){0,2}?(?:رد|تأیید|تایید|لغو|بررسی|پذیرفته|دعوت|اضافه|حذف|مسدود|پاسخ داده)/u;

/** A value, perhaps with its second half ("$first $last"), then "said:" or "wrote:" before the words it quotes. */
const QUOTED_AUTHOR_AFTER = /^(?:\s+\S{1,30}?)?,?\s*(?:said|wrote|replied|commented|posted|asked)\s*:|^[\s\u200c]*(?:نوشت|گفت|پاسخ داد)[\s\u200c]*:/;
/** Prose that prints who wrote the message right before a value: "Message sent by", "Answered by", «ارسال شده توسط». */
const WRITTEN_BY = /(?:\b(?:message |reply |answer |response )?(?:sent|written|posted|replied|answered|signed|handled) by|(?:ارسال|نوشته|پاسخ داده)[\s\u200c]*شده[\s\u200c]+(?:توسط|از طرف)|پاسخ[\s\u200c]+(?:توسط|از طرف))\s*$/iu;

const LINK_LEAF = /^(?:url|link|href|uri|page)$/;
/**
 * The reader's own ticket or case, in the sentence that leads to a link ("your ticket", «تیکت شما», «تیکت خود»). A
 * staff notice about "a new ticket" («یک تیکت جدید ثبت شد») is not the reader's thread.
 */
const TICKET_PROSE = /\b(?:your|the|this) (?:support |help |service )?(?:ticket|case|support request|help request|enquiry|inquiry)\b|تیکت(?:\u200c|\s)?(?:شما|خود|تان|تون)|درخواست پشتیبانی(?:\s|\u200c)?(?:شما|خود|تان)/i;

/** Every sender address the text prints names an account ("account {{ owner_email }} has reached…"). */
function senderAddressNamesAccount(ctx: RuleContext): boolean {
  const tags = ctx.extraction.scan.tags.filter((t) => t.kind === 'output' && (roleOf(t.variable) === 'senderEmail' || roleOf(t.variable) === 'senderPhone'));
  return tags.length > 0 && tags.every((t) => namesAnAccount(ctx, t));
}

function namesAnAccount(ctx: RuleContext, tag: { start: number; end: number }): boolean {
  const before = ctx.text.slice(Math.max(0, tag.start - 30), tag.start).replace(/<[^>]*>/g, ' ');
  const after = ctx.text.slice(tag.end, tag.end + 30).replace(/<[^>]*>/g, ' ');
  return /\baccount\s*:?\s*$|حساب(?:[\s\u200c]+کاربری)?\s*:?\s*$/iu.test(before) || /^\s*(?:has|have|is|was|'s)\b/i.test(after);
}

/** An order, a parcel or a payment, whose status page tracks a thing. */
const ORDER_PROSE = /\b(?:order|orders|shipment|delivery|parcel|package|payment|purchase|booking|reservation)\b|سفارش|مرسوله|بسته|پرداخت|خرید|رزرو/iu;

/** Writing back named as what the link is for: "submit a reply", "post your response", «ارسال پاسخ», «پاسخ دهید». */
const REPLY_THERE = /\b(?:submit|post|send|write|add|leave) (?:a |your |an? )?(?:reply|response|answer)\b|\b(?:reply|respond) to (?:it|us|them|the (?:ticket|message|staff))\b|(?:ارسال|ثبت|نوشتن) (?:پاسخ|جواب)|(?:پاسخ|جواب) (?:دهید|بدهید|بدید|بنویسید)/iu;

/** Answering a survey or a form at the link is filling it in, not writing to someone. */
function repliesThere(lead: string, variable: string): boolean {
  return REPLY_THERE.test(lead) && !SURVEY_WORD.test(lead) && !identifierWords(variable).some((w) => SURVEY_WORD.test(w));
}
const SURVEY_WORD = /survey|questionnaire|poll|form\b|review|rating|feedback|نظرسنجی|نظر[\s\u200c]*سنجی|پرسشنامه|پرسش‌نامه|فرم|امتیاز/iu;

function greetsSender(ctx: RuleContext, lines: readonly Line[]): boolean {
  const greeting = salutationRange(lines);
  if (!greeting) return false;
  const senderTags = ctx.extraction.scan.tags.filter((t) => t.kind === 'output' && roleOf(t.variable) === 'senderName');
  return senderTags.length > 0 && senderTags.every((t) => greeting.start <= t.start && t.end <= greeting.end);
}

/** The source range of the salutation line, when one of the first lines opens with a greeting word. */
function salutationRange(lines: readonly Line[]) {
  const salutation = lines.slice(0, 10).find((l) => GREETING_START.test(l.text));
  return lines.length > 1 && salutation ? lineRange(salutation) : undefined;
}

const GREETING_START = /^[\s\uE000]*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|سلام|درود|با سلام)(?=$|[\s,،!:\uE000])|^[^.!?\n]{0,40}(?:عزیز|گرامی|محترم)/i;

/** Link text or target that means a person answers there: support, contact, ticket, appeal, staff, a chat channel. */
const CONTACT_LINK_HREF = /(?:submit-?ticket|tickets?\.php|support-?tickets?|\/tickets?\/(?:new|create|open)|appeal|submit-?request|t\.me\/|wa\.me|calendly\.com|(?:^|\/\/)cal\.com\/|savvycal\.com|meetings\.hubspot\.com|zcal\.co)/i;
const CONTACT_LINK_TEXT = /\b(?:contact|support|help ?desk|get help|customer (?:service|care)|moderators?|staff|our team|talk to|chat with|ask (?:us|a question)|(?:support|help) tickets?|(?:submit|open|create) a (?:new )?ticket|appeal|request a review|open (?:a )?(?:new )?issue|report (?:a|the) problem|(?:book|schedule) (?:a |an )?(?:call|meeting|chat|consultation))\b|(?:تماس|ارتباط|گفتگو) با (?:ما|پشتیبانی|کارشناس)|(?:ثبت|ارسال) (?:تیکت|درخواست پشتیبانی)|درخواست بررسی|^(?:[\s\u200c]*(?:همکاران|کارکنان|ناظران|مدیران|پشتیبانی|پشتیبان|کارشناسان|واحد پشتیبانی|مرکز پشتیبانی|تیکت پشتیبانی)(?:[\s\u200c]+(?:ما|سایت|انجمن|فروشگاه))?[\s\u200c]*)$/i;

/**
 * The reader's own support ticket (`route('user.tickets.show', …)`, "View ticket", «مشاهده تیکت»): the thread where
 * staff answer and the reader can write back. An event's or a trip's ticket is a thing bought, not a channel.
 */
const TICKET_HREF = /(?:^|[/.?=_'"-])tickets?(?=$|[/.?=_&'"#-])/i;
const TICKET_TEXT = /\b(?:view|open|see|reply to|answer|manage) (?:your |the |my |this )?(?:support )?(?:ticket|tickets|case|support request)\b|تیکت/i;
const POLICY_PAGE = /polic(?:y|ies)|\bguidance\b|\bguides?\b|\bdocumentation\b|(?:^|[/.])docs(?:$|[/.])|مستندات|راهنمای[\s\u200c]+(?:استفاده|کاربری|کاربران)|(?:^|[/_-])terms(?:$|[/_.-])|(?:^|[/_-])rules(?:$|[/_.-])|guidelines|\bfaqs?\b|\bterms (?:of|and)\b|قوانین|شرایط|سیاست|حریم خصوصی|سوالات متداول|سؤالات متداول|پرسش‌های متداول/i;
const EVENT_TICKET = /event|concert|flight|train|bus|movie|cinema|theat|seat|booking|lottery|raffle|festival|boarding|بلیت|بلیط|رویداد|کنسرت|پرواز/i;

/**
 * A community chat (Discord, Slack, Gitter, Matrix) is a way to reach people when the prose sends the reader there
 * to ask ("if you have a question, use our [Discord channel]"); a bare "Documentation | Discord" row in a vendor's
 * footer is a community, not someone who will answer this reader.
 */
const COMMUNITY = /discord\.|discord$|slack\.com|gitter\.im|matrix\.to|^(?:discord|slack|gitter|matrix)(?: (?:channel|server|community|workspace))?$/i;
const ASKS = {
  en: /\b(?:questions?|ask|chat|talk|help|support|reach|contact|discuss|get in touch|assistance)\b/i,
  fa: /سوال|سؤال|پرسش|بپرسید|گفتگو|گفت‌وگو|کمک|پشتیبانی|تماس|ارتباط/,
};

function sentenceAround(ctx: RuleContext, start: number, end: number): string {
  // Block ends and line breaks end a sentence too; inline tags do not.
  const strip = (t: string) => t.replace(/<\/?(?:p|div|td|tr|table|li|ul|ol|h\d|br)\b[^>]*>/gi, '\n').replace(/<[^>]*>|&nbsp;/g, ' ').replace(/[^\S\n]+/g, ' ');
  const before = strip(ctx.text.slice(Math.max(0, start - 300), start)).split(/[.!?\u061F]\s|\n/).pop() ?? '';
  const after = strip(ctx.text.slice(end, end + 200)).split(/[.!?\u061F](?:\s|$)/)[0];
  return `${before} ${after}`;
}

/**
 * Markdown links written in a plain-text template (Discourse's and GitLab's locale strings are Markdown sent as
 * text): "[همکاران](%{base_url}/about)", "[talk to our moderators](…)". The extraction reads links only in Markdown
 * and HTML files, so plain text is read here.
 */
const TEXT_MARKDOWN_LINK = /\[([^\[\]\n]{1,80})\]\(([^()\s]{0,300})\)/g;
function hasPlainTextContactLink(ctx: RuleContext): boolean {
  if (ctx.extraction.markup === 'html' || ctx.extraction.markup === 'markdown' || !ctx.text.includes('](')) return false;
  for (const m of ctx.text.matchAll(TEXT_MARKDOWN_LINK)) {
    const [, text, href] = m;
    if (/unsubscribe|optout|preferences/i.test(href)) continue;
    if (POLICY_PAGE.test(href) || POLICY_PAGE.test(text)) continue;
    if (CONTACT_LINK_HREF.test(href) || contactUrl(href) || CONTACT_LINK_TEXT.test(text.trim())) return true;
  }
  return false;
}

const PUBLIC_CHANNEL = /forums?\b|\/\/(?:community|discuss|discourse)\.|\bcommunity\b|stackoverflow\.com|stackexchange\.com|stack overflow|github\.com\/[^/]+\/[^/]+\/discussions|twitter\.com|x\.com\/|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|reddit\.com|mastodon|انجمن|تالار گفتگو|اینستاگرام|توییتر|لینکدین/i;
const STAFF_WORD = /\b(?:moderators?|staff|admins?|administrators?|support team|our team)\b|ناظران|مدیران|همکاران|کارشناسان|پشتیبانی/i;

function hasContactLink(ctx: RuleContext): boolean {
  if (hasPlainTextContactLink(ctx)) return true;
  for (const link of ctx.extraction.links) {
    // A same-page anchor or a dead link (`#`, `#top`, `#!`) goes nowhere; Zammad's `#{config.fqdn}/#ticket/zoom/…`
    // starts with "#" too, but with Ruby's interpolation: a URL.
    if (/^javascript:/i.test(link.href) || link.href.startsWith('#') && !/^(?:<a\b[^>]*?href=["']?)?#\{/i.test(ctx.text.slice(link.start, link.end))) continue;
    if (COMMUNITY.test(link.href) || COMMUNITY.test(linkText(ctx, link))) {
      const around = sentenceAround(ctx, link.start, link.end);
      if (ASKS.en.test(around) || ASKS.fa.test(around)) return true;
      continue;
    }
    const text = linkText(ctx, link);
    // A public forum, Q&A site or social page ("Get help in our community forum", Stack Overflow, Twitter) is a
    // place to post in public, not someone at the sender's end, unless the link names staff ("ask our moderators").
    if ((PUBLIC_CHANNEL.test(link.href) || PUBLIC_CHANNEL.test(text)) && !STAFF_WORD.test(text)) continue;
    // A policy, terms or FAQ page ("support-policy", «قوانین پشتیبانی و گارانتی») is read, not a person answering.
    if (POLICY_PAGE.test(link.href) || POLICY_PAGE.test(text)) continue;
    const page = link.href.replace(/\.(?:css|png|jpe?g|gif|svg|woff2?)\b.*$/i, '');
    if ((CONTACT_LINK_HREF.test(page) || contactUrl(page)) && !MAILING_MANAGEMENT.test(link.href)) return true;
    if (CONTACT_LINK_TEXT.test(text)) return true;
    // A templated href (`{{ route('user.tickets.show', …) }}`) is blanked in `href`: read the tag's source too.
    const source = ctx.text.slice(link.start, link.end);
    const ticket = TICKET_HREF.test(link.href) || TICKET_TEXT.test(text) || /\{\{|\{%|<\?|@/.test(source) && TICKET_HREF.test(source);
    // «بلیت کنسرت شما صادر شد … مشاهده تیکت»: the words just before say what kind of ticket it is.
    if (ticket && !EVENT_TICKET.test(source) && !EVENT_TICKET.test(text) && !EVENT_TICKET.test(ctx.text.slice(Math.max(0, link.start - 150), link.start).replace(/<[^>]*>/g, ' '))) return true;
  }
  return false;
}

/** The visible text of a link: Markdown `[text](…)`, or the content of the HTML `<a>` whose href this is. */
function linkText(ctx: RuleContext, link: { start: number; end: number; text?: string }): string {
  // A JSX `<Link>`'s text is read by the adapter: its closing tag is no `</a>`.
  if (link.text !== undefined) return link.text;
  const raw = ctx.text.slice(link.start, link.end);
  if (raw.startsWith('[')) return raw.slice(1, raw.indexOf(']') >= 0 ? raw.indexOf(']') : raw.length);
  // The range is either the whole opening tag (`<a href="…">`) or only its href: the text starts after the tag's `>`.
  const open = /^<a\b[^]*>$/i.test(raw) ? link.end - 1 : ctx.text.indexOf('>', link.end);
  if (open < 0 || open - link.end > 400) return '';
  const close = ctx.text.indexOf('</a', open);
  if (close < 0 || close - open > 300) return '';
  return ctx.text.slice(open + 1, close).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Insert a signature with the sender's name and address after the sign-off (or at the end of the message). Only
 * a signature: an invitation sentence would repeat the one the no-reply rewrite adds in the same fix-all pass.
 * In HTML (and JSX) it goes into the same element with <br>s, never as a new block inside a paragraph.
 */
function signature(ctx: RuleContext, anchor: Line, language: Language, afterSignoff: boolean): Suggestion[] {
  const name = ctx.personalizer.spell('senderName', language);
  const email = ctx.personalizer.spell('senderEmail', language);
  // JSX collapses line breaks in text like HTML does, and writes its break `<br />`.
  const html = ctx.extraction.markup === 'html' || ctx.extraction.markup === 'jsx';
  const br = ctx.extraction.markup === 'jsx' ? '<br />' : '<br>';
  const at = anchor.block.ends[anchor.to - 1];
  const gap = afterSignoff ? ctx.eol : ctx.eol + ctx.eol;
  // HAML reads lines by their indentation: the signature's lines take the anchor line's, and `%br` where it renders HTML.
  const haml = ctx.format === 'haml';
  const eol = haml ? ctx.eol + indentAt(ctx.text, at) : ctx.eol;
  const text = html
    ? `${br}${name}${br}${email}`
    : haml && /\.html\.haml$/i.test(ctx.filePath)
      ? `${eol}%br${eol}${name}${eol}%br${eol}${email}`
      : `${gap}${haml ? indentAt(ctx.text, at) : ''}${name}${eol}${email}`;
  const edit: TextEdit = { range: { start: at, end: at }, text };
  return [{ title: language === 'fa' ? `امضا با نام و نشانی: ${name}، ${email}` : `Add a signature: ${name}, ${email}`, edits: [edit] }];
}

/** The indentation of the line holding offset `at`. */
function indentAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, at))![0];
}

export default rule;
