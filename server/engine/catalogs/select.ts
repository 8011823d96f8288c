/**
 * Which catalog strings are customer messages, and which of them make one email together.
 *
 * A string is linted when its key path (or, in .po, its msgctxt and `#:` references) names a message
 * (mail, email, notification, subject, body, greeting, signature…) or its text reads like one (8 words or more,
 * or two sentences). "Save" and "Log in" stay quiet. Config `catalogs.include` / `catalogs.exclude` key globs
 * override the guess.
 *
 * An email split over keys is grouped by its parent key (`user_mailer.welcome.{subject,greeting,body}`), or by
 * the stem of a flat key (`email_reset_subject`, `email_reset_text` → `email_reset`). Letter-level rules
 * (missing-contact, faceless-signoff) run once per group whose keys say it is an email, on its parts read in
 * order (subject, greeting, body, closing, signature), never on a lone UI string.
 */
import picomatch from 'picomatch';
import { SENTENCE_FRAME_KEY, sentenceOf } from './letters';
import type { CatalogMessage } from './types';

export interface CatalogOptions {
  /** Key globs (`**.mailer.**`, `backend.mail.*`) linted whatever the guess says. */
  include?: string[];
  /** Key globs never linted. */
  exclude?: string[];
}

const MESSAGE_WORDS = /(?:^|[^a-z])(?:e?-?mails?|mailers?|notif(?:y|ication)s?|sms|messages?|msgs?|body|subject|templates?|greetings?|salutations?|signatures?|sign_?offs?|closings?|letters?|newsletters?|invit(?:e|ation)s?|welcome|reset|confirm(?:ation)?|verif(?:y|ication)|reminders?|receipts?|invoices?|alerts?|footers?|intro|outro|thanks|dear_customer|instructions|from_name|sender_name|default_from)(?=$|[^a-z])/i;
const EMAIL_WORDS = /(?:^|[^a-z])(?:e?-?mails?|mailers?|notifications?|sms|letters?|newsletters?|templates?\/(?:account|mfa|socialaccount)?\/?email)(?=$|[^a-z])|\/email\//i;

/** A key glob matcher: `.` separates key parts like `/` separates folders. */
function matcher(globs: string[] | undefined): (key: string) => boolean {
  if (!globs?.length) return () => false;
  const m = picomatch(globs.map((g) => g.replace(/\./g, '/')), { dot: true });
  return (key) => m(key.replace(/\./g, '/'));
}

/**
 * `alsoMessage`: what the file's own kind says is a message besides (letters.ts `messageTestOfFile`: in a file of SMS
 * texts every string of four words, in a mail file a short line spoken to the reader).
 */
export function selectMessages(messages: readonly CatalogMessage[], options: CatalogOptions = {}, alsoMessage?: (m: CatalogMessage) => boolean): CatalogMessage[] {
  const include = matcher(options.include);
  const exclude = matcher(options.exclude);
  return messages.filter((m) => {
    if (exclude(m.key)) return false;
    if (include(m.key)) return true;
    return isMessageLike(m) || (alsoMessage?.(m) ?? false);
  });
}

/** The runs between spaces with a letter in them (a `:code` placeholder is the code the reader sees). */
export function letterWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function isMessageLike(m: Pick<CatalogMessage, 'key' | 'text' | 'context' | 'where'>): boolean {
  const where = m.where ?? m.key.slice(0, 200) + ' ' + (m.context ?? '');
  if (MESSAGE_WORDS.test(where.replace(/([a-z])([A-Z])/g, '$1_$2'))) return true;
  // TrellisDesk's `ticket_hold_sub` (the subject of `ticket_hold`) and a mail file's bare `header` ("Dear {name},").
  if (/[_-]sub$|^(?:e?-?mail[_-])?header$/i.test(m.key)) return true;
  // A catalog keyed by its source sentences: "Hello!" and "Regards," are a letter's greeting and sign-off.
  if (SENTENCE_FRAME_KEY.test(sentenceOf(m.key))) return true;
  const prose = m.text.replace(/<[^>]*>/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const sentences = (prose.match(/[.!?؟](?=\s+\S)/g) ?? []).length + 1;
  return words >= 8 || (sentences >= 2 && words >= 4);
}

/** The first word of a flat key that says what channel it is for: `mail_`, `email_`, `mailer_`, `notification_`, `sms_`. */
export const MAIL_PREFIX = '(?:e?-?mail|mailer|notification|sms)';

const PART = /^(?:subject|sub|header|title|heading|greeting|salutation|hello|hi|dear(?:_\w+)?|intro|preheader|body|text|content|message|html|plain|line\d*|paragraph\d*|action|button|cta|link|instructions|details|outro|closing|thanks|signoff|sign_off|signature|regards|footer|disclaimer|note)$/i;

/** The group an entry belongs to: its parent key, or for a flat key `x_subject` its stem `x`. */
export function groupKey(key: string): string {
  const parts = key.split('.');
  const last = parts[parts.length - 1];
  // Rails marks a string as HTML by its key's `_html` ending (`rejected.intro_html`): not a part of the email named
  // `intro`, but the string `intro` of its parent's email, written as HTML.
  if (parts.length > 1 && /^\w+_html$/i.test(last)) return groupKey([...parts.slice(0, -1), last.slice(0, -5)].join('.'));
  const stem = /^(.*?)[_-]([a-z]+\d*)$/i.exec(last);
  if (stem && PART.test(stem[2]) && stem[1]) return [...parts.slice(0, -1), stem[1]].join('.');
  // Redmine's `mail_subject_lost_password`, `mail_body_lost_password`: the part named after a mail prefix, the
  // email's name after the part (`mail_body_lost_password_validity` joins it in catalogLetters).
  const lead = LEAD_PART.exec(last);
  if (lead) return [...parts.slice(0, -1), `${lead[1]}${lead[3]}`].join('.');
  if (parts.length > 1) return parts.slice(0, -1).join('.');
  // A file that is one email (osTicket's templates/email/*.yaml: `subject:`, `body:` at the top) groups at its root.
  return PART.test(last) ? '' : key;
}

/**
 * Whether a group is one email: its key path (or, in .po, its template file) names mail; it has a body (two
 * parts or more, or one part named like a body); and it has a subject or greeting, or sits under a mail
 * namespace. A lone `admin.mail.send_all.confirm` dialog is not a letter.
 */
export function isEmailGroup(group: string, members: readonly CatalogMessage[]): boolean {
  if (group.startsWith('entry:')) return false;
  // `emails.common`, `emails.branding`, `emails.automatically_confirmed_footer`: strings every email shares (a
  // footer, a sign-off, a logo's words), not an email of their own.
  if (SHARED_FRAME_GROUP.test(group.split('.').pop() ?? '')) return false;
  if (group === '') return members.some((m) => /^subject$/i.test(m.key)) && members.some((m) => BODY.test(m.key));
  if (members.some((m) => m.group !== undefined)) return /(?:^|\/)e?-?mails?\/|#mail$/i.test(group);
  // A subject beside a greeting or a body is a letter whatever its key is called (Devise's
  // `confirmation_instructions.{subject,greeting,instruction}` outside a `mailer` namespace).
  const last = (m: CatalogMessage) => m.key.split('.').pop() ?? '';
  const letterShaped = members.some((m) => /(?:^|[_-])subject$/i.test(last(m))) && members.some((m) => /(?:^|[_-])(?:greeting|salutation|body|instructions?|message)$/i.test(last(m)));
  if (letterShaped) return true;
  if (!EMAIL_WORDS.test(group.replace(/([a-z])([A-Z])/g, '$1_$2'))) return false;
  if (!(members.length >= 2 || members.some((m) => BODY.test(m.key.split('.').pop() ?? '')))) return false;
  // A subject or greeting makes it a letter; so does sitting under a mail namespace (`order_mailer.`, `mail.`).
  // BookStack's `email_not_confirmed_*` strings are a web page about email, with neither.
  return members.some((m) => HEAD.test(m.key.split('.').pop() ?? '') || LEAD_HEAD.test(m.key.split('.').pop() ?? '')) || group.split('.').slice(0, -1).some((s) => NAMESPACE.test(s));
}

export const SHARED_FRAME_GROUP = /^(?:common|shared|branding|brand|layout|layouts|partials?|general|base|defaults?|globals?|frame|chrome)$|[_-](?:footer|header|layout|partial)$|^(?:footer|header)$/i;

/** Redmine's `mail_subject_lost_password`: the subject named after a mail prefix. */
const LEAD_PART = new RegExp(`^(${MAIL_PREFIX}[_-])(subject|body|greeting|salutation|footer|signature|text|html)[_-](\\w+)$`, 'i');
const LEAD_HEAD = new RegExp(`^${MAIL_PREFIX}[_-](?:subject|greeting|salutation)[_-]`, 'i');
const HEAD = /(?:^|[_-])(?:subject|sub|greeting|salutation|dear\w*)$/i;
const NAMESPACE = /^(?:\w+_)?(?:mailers?|mails?|e-?mails?|notifications?|newsletters?)$/i;

const BODY = /(?:^|[_-])(?:body|text|message|content|html|plain|greeting|dear\w*)$/i;

/** Reading order inside an email: subject, greeting, the rest as written, then closing and signature. */
export function partRank(key: string): number {
  const last = key.split('.').pop() ?? key;
  // `_sub`: TrellisDesk's `ticket_hold_sub` beside `ticket_hold`.
  if (/subject|title|heading|preheader|(?:^|[_-])sub$/i.test(last)) return 0;
  if (/greeting|salutation|hello|^hi$|dear|^(?:e?-?mail[_-])?header$/i.test(last)) return 1;
  if (/thanks|closing|sign_?off|regards|signature/i.test(last)) return 3;
  if (/footer|disclaimer/i.test(last)) return 4;
  return 2;
}
