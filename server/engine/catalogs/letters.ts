/**
 * Which strings of a catalog make one letter, for the rules judged over a whole message (missing-contact,
 * faceless-signoff, no-way-forward, survey-invitation).
 *
 * - An email split over keys (select.ts: `user_mailer.welcome.{subject,body}`, `email_reset_subject` +
 *   `email_reset_text`, a .po template file) is one letter.
 * - A mail catalog (its file or folder says mail: `mail.php`, `lang_email_content.php`, `languages/fa/email/`) keeps
 *   letters only. Its bare frame strings (`header`, `footer`, `signature`), which the mailer wraps around every
 *   email of the file, are read with each of its emails; when its strings form no email by key (Laravel's
 *   `mail.php` keyed by sentence), its message strings read together are one letter.
 * - An SMS catalog (`sms.php`, `Sms/…/messages.php`, `smsir.php`) holds whole messages one string each: a string that
 *   speaks to the customer (a placeholder it is filled with, and the reader addressed or thanked) is one letter;
 *   so is such a string whose own key says SMS (`order_shipped_sms`) in any catalog.
 * A lone UI string elsewhere never is.
 */
import { PLACEHOLDER } from './placeholders';
import { groupKey, isEmailGroup, letterWords, MAIL_PREFIX, partRank, SHARED_FRAME_GROUP } from './select';
import type { CatalogMessage } from './types';

export interface Letter {
  /** Its strings in reading order: subject, greeting, body, closing, footer. */
  parts: CatalogMessage[];
  /** Strings shared with the file's other letters (a mail catalog's header and footer). */
  shared: ReadonlySet<CatalogMessage>;
}

const MAIL_TOKEN = /^(?:e-?mails?|mails?|mailers?|emailtemplates?|mailtemplates?)$/i;
/**
 * A name that says SMS: the word itself (`sms`, `smsir`, `farazsms`, «پیامک»), "payamak" in Latin letters
 * (`melipayamak`), and the SMS gateways Iranian shops' modules are named after (Kavenegar, IPPanel, Ghasedak, Sabanovin).
 */
const SMS_TOKEN = /^(?:sms\w*|[a-z]+sms|\w*payamak\w*|kavenegar|ippanel|ghasedak|sabanovin|texts?_?messages?|پیامک\S*)$/i;

/** The tokens of a path: its folder names and the words of its file name (`lang_email_content.php` → lang, email, content). */
function pathTokens(filePath: string): string[] {
  const segments = filePath.replace(/\\/g, '/').split('/').filter(Boolean);
  const file = (segments.pop() ?? '').replace(/\.[^.]*$/, '');
  return [...segments.slice(-4), file].flatMap(keyTokens);
}

/** The words of a name: `email_templates`, `sms-panel`, `emailSubject`, `Sms` → email, templates; sms, panel; … */
function keyTokens(name: string): string[] {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').split(/[._\s-]+/).filter(Boolean);
}

export function isMailCatalog(filePath: string): boolean {
  return pathTokens(filePath).some((t) => MAIL_TOKEN.test(t));
}

const NOTICE_TITLE = /^(?:title|subject|heading|headline|greeting)$/i;

/** A catalog of notifications (Laravel's `lang/fa/notifications.php`, `database-notifications.php`): each group is one. */
function isNotificationCatalog(filePath: string): boolean {
  return pathTokens(filePath).some((t) => /^notifications?$/i.test(t));
}

export function isSmsCatalog(filePath: string): boolean {
  return pathTokens(filePath).some((t) => SMS_TOKEN.test(t));
}

/** What may stand beside "sms" in the name of a file of SMS texts: `sms_messages`, `sms-templates`, `sms.fa`. */
const SMS_FILE_COMPANION = /^(?:messages?|texts?|templates?|notifications?|[a-z]{2}|[A-Z]{2})$/;

/**
 * A file whose own name says it holds SMS texts and nothing else (Laravel's `resources/lang/fa/sms.php`,
 * `sms_messages.json`): every string of it is a text someone's phone receives, a one-time code or a password notice
 * as much as an order update (the labelling guide's rule 8). A plugin's catalog named after its product
 * (`wp-sms-fa_IR.po`, `smsir.php`) also holds its settings screens, so it is not one.
 */
export function isSmsTextsFile(filePath: string): boolean {
  const base = (filePath.replace(/\\/g, '/').split('/').pop() ?? '').replace(/\.[^.]*$/, '');
  const tokens = keyTokens(base);
  return tokens.length > 0 && /^(?:sms|پیامک)$/i.test(tokens[0]) && tokens.slice(1).every((t) => SMS_FILE_COMPANION.test(t));
}

/**
 * A chat bot's language file (`app/Telegram/lang/fa.php`, `bot/lang/fa.json`, `lang/fa/bot.php`): every string of it
 * is sent to the user as a message (buttons and menu labels aside, which are short or keyed as such).
 */
export function isBotCatalog(filePath: string): boolean {
  return pathTokens(filePath).some((t) => /^(?:bots?|telegram|bale|robot|ربات)$/i.test(t));
}

const MAIL_PREFIXED = new RegExp(`^${MAIL_PREFIX}_`, 'i');
const MAIL_PART_KEY = new RegExp(`^${MAIL_PREFIX}[_-](?:subject|body|text|html)[_-]`, 'i');

/** A key that is a frame part on its own (`header`, `email_footer`, `mail.signature`), not part of a named email. */
const FRAME = /^(?:(?:e?-?mail|mailer|sms)[_-])?(?:header|footer|signature|sign_?off|closing|regards|salutation|greeting|hello|hi|dear)$/i;

/** A bot's keyboard and menu strings: `keyboard.main`, `btn_back`, `menu_orders`. */
const BOT_UI_KEY = /(?:^|[._-])(?:keyboard|keyboards|kb|buttons?|btns?|menus?|commands?|inline)(?:[._-]|$)/i;
/** OpenCart-style admin keys name the screen a string is on, not a message: `entry_username`, `help_sender`. */
const UI_KEY = /^(?:entry|help|label|error|button|btn|column|tab|heading|placeholder|tooltip|title|menu|legend)(?:[_-]|$)/i;

/** Any value a catalog string is filled with: the catalog syntaxes, plus `#orderid#` and `[SITENAME]` of SMS plugins. */
const FILLED = new RegExp(`${PLACEHOLDER.source}|#[\\p{L}_][\\p{L}\\p{N}_]*#|\\[[A-Z_]{3,}\\]`, 'u');
const SPEAKS_TO_READER = /\b(?:you|your|thanks?|thank you|dear|hi|hello)\b|(?:^|[\s\u200c])(?:شما|تان|سلام|گرامی|عزیز|متشکریم|ممنون|سپاس)(?=$|[\s\u200c.,،!؟:])|\S(?:تان)(?=$|[\s.,،!؟:])/iu;

const ABOUT_THE_EMAIL = /^(?:description|desc|admin_?description|notes?|comment)$/i;

/** A string keyed as a screen's label, help text, button or a bot's keyboard: never a message. */
function isUiKey(m: CatalogMessage): boolean {
  return UI_KEY.test(m.key.split('.').pop() ?? m.key) || BOT_UI_KEY.test(m.key);
}

/** An SMS catalog's string that is a message to the customer, not a settings label or help text. */
function isSmsMessage(m: CatalogMessage, textsFile: boolean): boolean {
  if (isUiKey(m)) return false;
  if (letterWords(m.text) < 4) return false;
  // In a file of SMS texts every string is one; in a plugin's catalog only one filled in and spoken to the reader.
  return textsFile || (FILLED.test(m.text) && SPEAKS_TO_READER.test(m.text));
}


const GREETING_START = /^\s*(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b|(?:\{+[^{}]+\}+|%\w+%|#\w+#|%(?:\d+\$)?s|\{\d+\}|:[a-z_]\w*)\s*[,،]|سلام|با سلام|درود|[^\n,،]{0,40}(?:گرامی|عزیز)\s*[,،\n])/iu;
const CLOSING_END = /(?:^|\n)\s*(?:(?:kind |best |warm )?regards|sincerely|thanks|thank you|cheers|best|yours|با احترام|با سپاس|با تشکر|ارادتمند|موفق باشید)[^\n]{0,40}(?:\n[^\n]{0,80}){0,3}\s*$/iu;

/**
 * A string keyed as an email (`email_…`, `…_mail`) that is a whole letter on its own: it opens with a greeting,
 * closes with a sign-off, or runs to three paragraphs. BookStack's `email_not_confirmed_text` (a sentence on a
 * web page about email) is none of these.
 */
function isWholeEmail(m: CatalogMessage): boolean {
  if (!keyTokens(m.key).some((t) => MAIL_TOKEN.test(t))) return false;
  // `emails.common.thanks`: a line every email shares, however letter-like.
  if (m.key.split('.').slice(0, -1).some((seg) => SHARED_FRAME_GROUP.test(seg))) return false;
  const text = m.text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|tr|h\d)>/gi, '\n').replace(/<[^>]*>/g, '');
  return GREETING_START.test(text) || CLOSING_END.test(text) || text.split(/\n\s*\n/).filter((p) => p.trim()).length >= 3;
}

/**
 * A string that is a whole notice on its own wherever it is kept: three lines or more, spoken to the reader and filled
 * with values (a WordPress plugin's .po: «مدارک پرداخت شما برای بررسی ارسال شد⏎⏎مشتری : %s⏎⏎تاریخ : %s»). A settings
 * screen's help text is rarely three lines with a value in them, and never under a UI key.
 */
function isFilledNotice(m: CatalogMessage): boolean {
  if (isUiKey(m)) return false;
  const lines = m.text.split('\n').filter((l) => l.trim()).length;
  return lines >= 3 && FILLED.test(m.text) && SPEAKS_TO_READER.test(m.text) && letterWords(m.text) >= 6;
}

/** Strings the file's kind makes messages besides those that read as one (see selectMessages). */
export function messageTestOfFile(filePath: string): ((m: CatalogMessage) => boolean) | undefined {
  if (isSmsTextsFile(filePath)) return (m) => letterWords(m.text) >= 4;
  if (isBotCatalog(filePath)) return (m) => letterWords(m.text) >= 4 && !isUiKey(m);
  if (isMailCatalog(filePath)) return (m) => SPEAKS_TO_READER.test(m.text) && letterWords(m.text) >= 3 && !isUiKey(m);
  // A notification's title is the first line its reader sees («کاربر گرامی», "Your bid was accepted"), not a page's.
  if (isNotificationCatalog(filePath)) return (m) => NOTICE_TITLE.test(m.key.split('.').pop() ?? '') && letterWords(m.text) >= 1;
  return undefined;
}

/** `all`: every string of the catalog, where a short subject of a selected body is looked up (Moodle's glued keys). */
export function catalogLetters(selected: readonly CatalogMessage[], filePath: string, all: readonly CatalogMessage[] = selected): Letter[] {
  const letters = lettersByKeys(selected, filePath, all);
  if (letters.length) return letters;
  const one = oneMessageFile(all, filePath);
  return one ? [{ parts: order(one), shared: new Set() }] : [];
}

/** At most this many strings in a file that holds one message (a subject, a greeting, two lines of body). */
const ONE_MESSAGE_MAX_STRINGS = 4;
/**
 * Framework files of screen strings, whatever few strings they hold: Laravel's `auth.php` ("These credentials do not
 * match our records."), `passwords.php`, `pagination.php`, `validation.php`, and files named for a screen's parts.
 */
const SCREEN_FILE = /^(?:auth|passwords?|pagination|validation|attributes|pages?|views?|screens?|home|index|widgets?|buttons?|labels?|menus?|navigation|nav|forms?|fields?|actions|tables?|datatables?|enums?|columns?|placeholders?|tooltips?|titles?|ui|admin|dashboard|settings|countries|languages|locales?|dates?|time|units)$/i;
/** A label the code prints a value after: «نام کاربری :», "Password:". */
const VALUE_LABEL = /[:\uFF1A]\s*$/;
/** A request to the reader: «لطفاً … کلیک کنید», "please click". */
const ASKS_READER = /\b(?:please|click|tap|visit|enter|use)\b|(?:^|[\s\u200c])(?:لطفا|لطفاً|لطفأ)(?=$|[\s\u200c.,،])|\S[\s\u200c]*(?:کنید|نمایید|بفرمایید|بزنید|بروید|بگیرید|دهید)(?=$|[\s.,،!؟:])/iu;

/**
 * A file that is one message and nothing else: a few strings (`resources/sms/order_paid.php` returning one text, a
 * subject and a body kept in a file of their own), read together as what one reader receives, when they speak to
 * the reader, ask something of them or carry a value (a code, an amount). A file of screen strings is never one.
 * Asked only when no letter was found by the keys or the file's name.
 */
function oneMessageFile(catalog: readonly CatalogMessage[], filePath: string): CatalogMessage[] | undefined {
  // Nextcloud's l10n files carry their plural rule beside the strings ("pluralForm": "nplurals=2; …"): not text.
  const all = catalog.filter((m) => !/^nplurals\s*=/.test(m.text));
  if (all.length === 0 || all.length > ONE_MESSAGE_MAX_STRINGS) return undefined;
  const base = (filePath.replace(/\\/g, '/').split('/').pop() ?? '').replace(/\.[^.]*$/, '');
  // `auth.php`, `fa.auth.json`, `auth.fa.yml`: the name, with a locale beside it.
  if (base.split('.').some((part) => SCREEN_FILE.test(part))) return undefined;
  // A label, a button or a settings entry beside it makes the file a screen's strings (OpenCart's `entry_api_key`).
  if (all.some(isUiKey)) return undefined;
  // Every string a sentence, a filled or labelled line or a subject: "Log in", "Remember me" or «مبلغ» beside them are a screen's
  // labels.
  // A subject may be two words («آگاه‌سازی امنیتی»).
  if (all.some((m) => letterWords(m.text) < 3 && !FILLED.test(m.text) && !VALUE_LABEL.test(m.text) && !keyTokens(m.key).some((t) => /^(?:subject|subj|title)$/i.test(t)))) return undefined;
  const parts = [...all];
  const text = parts.map((m) => m.text).join('\n');
  if (letterWords(text) < 4) return undefined;
  return SPEAKS_TO_READER.test(text) || ASKS_READER.test(text) || FILLED.test(text) ? parts : undefined;
}

/** The head of an email that names it as one: its subject. */
const HEAD_KEY = /^(?:subject|subj)$/i;

function lettersByKeys(selected: readonly CatalogMessage[], filePath: string, all: readonly CatalogMessage[]): Letter[] {
  const mailFile = isMailCatalog(filePath);
  // A mail catalog's bare frame strings belong to every email of it, not to one group of their own.
  const frame = mailFile ? selected.filter((m) => !m.key.includes('.') && !m.group && FRAME.test(m.key)) : [];
  const inFrame = new Set(frame);
  const groups = new Map<string, CatalogMessage[]>();
  for (const m of selected) {
    // An email's admin description ("This email is sent to the author when…", PKP's `emails.x.description`) is
    // about the email, for the staff who configure it: not part of what the reader gets.
    if (inFrame.has(m) || ABOUT_THE_EMAIL.test(m.key.split('.').pop() ?? '')) continue;
    const g = m.group ?? groupKey(m.key);
    const members = groups.get(g);
    if (members) members.push(m);
    else groups.set(g, [m]);
  }
  // `mail_lost_password_validity` (from `mail_body_lost_password_validity`) is a further part of `mail_lost_password`:
  // its owner is found by trimming `_word`s off its name (a lookup per word, so a catalog of thousands stays linear).
  for (const name of [...groups.keys()]) {
    if (!MAIL_PREFIXED.test(name.split('.').pop() ?? '')) continue;
    const members = groups.get(name)!;
    if (!members.every((m) => MAIL_PART_KEY.test(m.key.split('.').pop() ?? ''))) continue;
    for (let cut = name.lastIndexOf('_'); cut > 0; cut = name.lastIndexOf('_', cut - 1)) {
      const owner = groups.get(name.slice(0, cut));
      if (owner && MAIL_PREFIXED.test(name.slice(0, cut).split('.').pop() ?? '')) {
        owner.push(...members);
        groups.delete(name);
        break;
      }
    }
  }
  // A section of an email under the email's own key (`visitor_mailer.booked.{subject,salutation,…}` with
  // `booked.your_data_{title,body}` and `booked.need_help_body_html` beside them): part of that email, not another one.
  // The owner is an email by its subject; a group with a subject of its own is an email of its own. (Asked once per
  // group: a merge adds no subject to its owner.)
  const headed = new Set([...groups].filter(([, members]) => members.some((m) => HEAD_KEY.test(m.key.split('.').pop() ?? ''))).map(([name]) => name));
  for (const name of [...groups.keys()]) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || headed.has(name)) continue;
    const owner = groups.get(name.slice(0, dot));
    if (owner && headed.has(name.slice(0, dot))) {
      owner.push(...groups.get(name)!);
      groups.delete(name);
    }
  }
  const letters: CatalogMessage[][] = [];
  const loose: CatalogMessage[] = [];
  const notificationFile = !mailFile && isNotificationCatalog(filePath);
  for (const [group, members] of groups) {
    // A catalog whose path is a mail domain (Symfony's email.en.xlf, mailers.fa.yml) holds only emails.
    // So does one whose path is a notification domain: a title and a message under one key are a notification.
    if (isEmailGroup(mailFile ? `mail.${group}` : notificationFile ? `notifications.${group}` : group, members)) letters.push(members);
    else loose.push(...members);
  }
  // Every text of an SMS catalog, and elsewhere a text whose key says SMS (`order_shipped_sms`, `smsir_…_text`).
  const smsFile = isSmsCatalog(filePath);
  const botFile = isBotCatalog(filePath);
  const textsFile = isSmsTextsFile(filePath) || botFile;
  // In a notification catalog a lone string spoken to the reader with its values is one notification too (snapp-shop's
  // `Pattern::UserAccountDecreaseBalance => 'کاربر :user، مبلغ :amount از حساب شما … کسر شد'`).
  const sms = loose.filter((m) => (smsFile || notificationFile || botFile || keyTokens(m.key).some((t) => SMS_TOKEN.test(t))) && isSmsMessage(m, textsFile));
  // MyBB's `$l['email_reachedpmquota']`: one string that is a whole email, greeting to sign-off.
  const taken = new Set(sms);
  const whole = loose.filter((m) => !taken.has(m) && (isWholeEmail(m) || isFilledNotice(m)));
  for (const m of whole) taken.add(m);
  // A file of SMS texts keyed by sentence (`'SMS service is not active for you' => …, 'To activate the service …'
  // => …`) holds the lines of one text, not one text per string.
  const joinedTexts = textsFile && sms.length > 1 && isSentenceKeyed(sms);
  const out: Letter[] = joinedTexts ? [{ parts: sms, shared: new Set() }] : sms.map((m) => ({ parts: [m], shared: new Set<CatalogMessage>() }));
  for (const m of whole) out.push({ parts: [m], shared: new Set() });
  if (mailFile) {
    // A mail file holding one email (OpenCart's `language/english/mail/order_refunded.php`: `text_main_content` with
    // the greeting, `text_no_reply` with the contact address, labels around them): its other message strings are read
    // with that email, as the frame strings are (a finding about the whole email stays on the email's own keys).
    const around = letters.length === 1 ? loose.filter((m) => !taken.has(m)) : [];
    if (letters.length) {
      // The frame strings the mailer wraps around each email: a letter that has its own part of a kind keeps it.
      for (const parts of letters) {
        const own = new Set(parts.map((m) => partRank(m.part ?? m.key)));
        const wrap = [...frame.filter((f) => !own.has(partRank(f.key))), ...around];
        out.push({ parts: order([...wrap, ...parts]), shared: new Set(wrap) });
      }
      return out;
    }
    // No email by key: the file's message strings, read together, are its letter.
    // Short lines spoken to the reader count too (a bank mail's «حساب شما بدهکار شد.» over `transaction_id` labels).
    const body = [...frame, ...loose.filter((m) => !taken.has(m))];
    if (body.length > frame.length) out.push({ parts: order(body), shared: new Set() });
    return out;
  }
  for (const parts of letters) out.push({ parts: order(parts), shared: new Set() });
  // Moodle's `$string['welcometocourse']` (the subject) and `$string['welcometocoursetext']` (the body): a key and the
  // same key with a body word glued on are one email, when the body reads as one.
  if (!letters.length) {
    // Sets, not Array.includes: a catalog has thousands of strings.
    const looseSet = new Set(loose);
    const selectedSet = new Set(selected);
    const byKey = new Map(all.filter((m) => !taken.has(m) && (looseSet.has(m) || !selectedSet.has(m))).map((m) => [m.key, m]));
    for (const m of loose) {
      const glued = /^(.{4,}?)(text|body|message|html)$/i.exec(m.key);
      const subject = glued && byKey.get(glued[1]);
      if (!subject || taken.has(m) || taken.has(subject) || !(m.text.includes('\n') || letterWords(m.text) >= 8)) continue;
      taken.add(m);
      taken.add(subject);
      out.push({ parts: [subject, m], shared: new Set() });
    }
  }
  // A catalog keyed by its English sentences (Laravel's lang/fa.json, FreeScout's) names no email by key: the strings
  // whose source sentence is about the email, with the greeting and the sign-off keys beside them, are its letter.
  if (!letters.length && isSentenceKeyed(selected)) {
    const frame = loose.filter((m) => !taken.has(m) && SENTENCE_FRAME_KEY.test(sentenceOf(m.key)));
    const frameSet = new Set(frame);
    // With a greeting or sign-off beside them, the sentences that speak to the reader are the letter's too (Nextcloud
    // apps' "Your %1$s appointment scheduled for %2$s is now canceled." under "Dear %s,").
    const body = loose.filter((m) => {
      if (taken.has(m) || frameSet.has(m)) return false;
      const sentence = sentenceOf(m.key);
      const words = sentence.split(/\s+/).length;
      return words >= 4 && (MAIL_SENTENCE_KEY.test(sentence) || (frame.length > 0 && words >= 5 && TO_READER_KEY.test(sentence)));
    });
    if (body.length && (frame.length || body.some((m) => THIS_MAIL_KEY.test(sentenceOf(m.key))))) out.push({ parts: order([...frame, ...body]), shared: new Set() });
  }
  return out;
}

/** A sentence key without the path it is nested under (Nextcloud's `translations.Dear %s,` → `Dear %s,`). */
export function sentenceOf(key: string): string {
  return key.replace(/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*\.(?=\S*\s)/, '').trim();
}
/** A source sentence addressed to the reader. */
const TO_READER_KEY = /\b(?:you|your|yours)\b/i;

/** Most keys are sentences (they hold spaces): the catalog is keyed by its source text, not by names. */
function isSentenceKeyed(messages: readonly CatalogMessage[]): boolean {
  let spaced = 0;
  let counted = 0;
  for (const m of messages) {
    // "Hello!" and "Regards," are one-word sentences: they neither make nor break a sentence-keyed catalog.
    if (SENTENCE_FRAME_KEY.test(sentenceOf(m.key))) continue;
    counted++;
    if (/\S\s+\S/.test(m.key)) spaced++;
  }
  return counted > 0 && spaced >= 0.6 * counted;
}
/** A source sentence that is a letter's greeting or sign-off: "Hello!", "Hello :user_name", "Regards,", "Thanks,". */
export const SENTENCE_FRAME_KEY = /^(?:(?:hello|hi|hey|dear|greetings)(?:\s+[:%{$@]?[\w.}]+)?|(?:kind |best |warm )?regards|thanks|thank you|sincerely|cheers|best wishes)\s*[!,.]?$/i;
/** A source sentence about the email it is in, or about what such emails are sent for. */
const MAIL_SENTENCE_KEY = /\b(?:e-?mails?|this message|invitations?|invited|notifications?|passwords?|verify|verification|unsubscribe|newsletter|subscription|you are receiving|reply|respond|(?:button|link) below)\b/i;
/** A sentence that can only be in an email: it speaks of this email, this invitation, or why the reader got it. */
const THIS_MAIL_KEY = /\bthis (?:e-?mail|message|invitation|notification)\b|\byou are receiving\b|\byou have been invited\b|\be-?mail (?:update|reply)\b|\b(?:the|a) (?:button|link) below\b/i;

/** Subject first, then greeting, the rest as written, then closing and footer (a stable sort keeps file order). */
function order(parts: CatalogMessage[]): CatalogMessage[] {
  return [...parts].sort((a, b) => partRank(a.part ?? a.key) - partRank(b.part ?? b.key));
}
