/**
 * What a template variable holds, read from its name: `{SIGNATURE}`, `%(owner_email)s`, `${object.user_id.name}`,
 * `{{ shop.name }}`, `%%STATUS_LINK%%`. Identifiers are split (snake, camel, dotted paths, method calls) into
 * words, and the words are classified by the word lists below (data, not code). Used by the letter anatomy
 * (who signs), missing-contact (a way to reach staff) and faceless-signoff (a company signing).
 *
 * Variable names are English in almost every template engine, Persian templates included, so the name lexicon
 * is one list; what differs per language is the prose around a variable (`CONTEXT`), which decides whose an
 * ambiguous `{{email}}` is: "contact us at {{email}}" vs "your account: {{email}}".
 */
import type { Language } from './types';

export type VariableClass =
  /** The reader's name: `customer.first_name`, `{MEMBER_NAME}`. */
  | 'recipientName'
  /** The reader's own address or number: `customer.email`, `to_email`. */
  | 'recipientContact'
  /** The person writing or signing: `{SIGNATURE}`, `%%AGENT_NAME%%`, `{$Agent->Name()}`. */
  | 'sender'
  /** A company, shop, site, board or team name: `{{ shop.name }}`, `%%BOARD_NAME%%`, `{{var store.getName()}}`. */
  | 'organization'
  /** An address to write to staff: `{{support_email}}`, `%(owner_email)s`, `###ADMIN_EMAIL###`. */
  | 'contactEmail'
  /** A number to call staff: `{{store_phone}}`, `{support_phone}`. */
  | 'contactPhone'
  /** A page where a person answers: contact, support, help desk, ticket, appeal or review request. */
  | 'contactUrl'
  /** An email or phone whose owner the name does not say (`{{email}}`): the prose around it decides. */
  | 'email'
  | 'phone'
  /** Unsubscribe, preferences, opt-out. */
  | 'unsubscribe'
  | 'other';

/** Words that carry no meaning of their own in a variable path. */
// `a` is Moodle's string parameter object (`{$a->admin}`, `{$a->sitename}`): the path's meaning is in what follows.
const NOISE = new Set(['a', 'get', 'var', 'object', 'obj', 'model', 'data', 'this', 'self', 'item', 'record', 'row', 'ctx', 'context', 'vars', 'params', 'param', 'args', 'arg', 'value', 'val', 'id', 'raw', 'html', 'text', 'escape', 'htmlescape', 'e', 'h', 'view', 'bag', 'viewbag', 'viewdata', 'tempdata', 'settings', 'config', 'cfg', 'options', 'env', 'global', 'globals']);
const SENDER = new Set(['sender', 'inviter', 'actor', 'agent', 'staff', 'signature', 'sig', 'signer', 'signatory', 'signee', 'signoff', 'rep', 'representative', 'author', 'assignee', 'advisor', 'adviser', 'consultant', 'operator', 'specialist', 'me', 'my', 'from', 'responsible', 'handler', 'moderator', 'mod', 'owner', 'manager', 'admin', 'administrator', 'webmaster', 'ceo', 'founder', 'host', 'organizer', 'organiser', 'coach', 'teacher', 'doctor', 'physician', 'nurse', 'caseworker', 'salesperson', 'seller', 'employee', 'csr', 'expert', 'counselor', 'counsellor', 'technician', 'engineer', 'officer', 'clerk', 'receptionist', 'concierge', 'associate', 'broker', 'realtor', 'planner', 'therapist', 'dentist', 'lawyer', 'attorney', 'accountant', 'tutor', 'instructor', 'mentor', 'trainer', 'recruiter', 'dispatcher', 'executive', 'supervisor', 'advocate', 'liaison', 'coordinator', 'editor', 'chair']);
/** Sender words that are a person's role on their own (not `from`, `me`, `host`, `owner` or `admin`, which also name things). */
const PERSON_ROLE = new Set([...SENDER].filter((w) => !['from', 'me', 'my', 'host', 'owner', 'admin', 'administrator', 'webmaster', 'responsible', 'handler', 'mod', 'signoff', 'sig', 'signature'].includes(w)));
const SUPPORT = new Set(['support', 'help', 'helpdesk', 'contact', 'contactus', 'service', 'care', 'desk', 'ticket', 'tickets', 'submitticket', 'appeal', 'appeals', 'review', 'complaint', 'complaints', 'feedback', 'reply', 'replyto', 'inquiry', 'enquiry', 'chat', 'livechat', 'hotline', 'helpline', 'faq', 'issue', 'issues', 'report', 'dispute', 'claim', 'claims', 'status']);
/** Pages where a person answers (a help or FAQ page, a survey or feedback form does not: see missing-contact's doc). */
const STAFF_PAGE = new Set(['support', 'contact', 'contactus', 'helpdesk', 'ticket', 'tickets', 'submitticket', 'appeal', 'appeals', 'complaint', 'complaints', 'chat', 'livechat', 'reply', 'inquiry', 'enquiry', 'dispute', 'case', 'whatsapp', 'telegram', 'messenger', 'wa']);
const THING = new Set(['order', 'product', 'item', 'file', 'plan', 'event', 'course', 'category', 'city', 'country', 'state', 'street', 'coupon', 'package', 'attachment', 'image', 'tag', 'currency', 'zone', 'region', 'tax', 'role', 'location', 'venue', 'field', 'variant', 'method', 'device', 'invoice', 'tier', 'program', 'module', 'feature', 'policy', 'document', 'report', 'job', 'task', 'key', 'certificate', 'subject', 'period', 'month', 'day', 'date', 'time', 'domain', 'server', 'theme', 'template', 'list', 'campaign', 'department', 'carrier', 'payment', 'gateway', 'attribute', 'option', 'type', 'sku', 'brand', 'model', 'price', 'amount', 'quantity', 'qty', 'total', 'code', 'token', 'password', 'hostname', 'servername', 'domainname', 'filename', 'pathname', 'typename', 'classname', 'tagname',
  // A library's or a publisher's works: `biblio.author`, `article_requests.author` print who wrote a book, not the sender.
  'biblio', 'biblioitems', 'book', 'books', 'article', 'articles', 'manuscript', 'chapter', 'chapters', 'volume', 'isbn', 'issn']);
const ORGANIZATION = new Set(['store', 'shop', 'company', 'mailbox', 'helpdesk', 'site', 'sitename', 'storename', 'shopname', 'website', 'brand', 'business', 'org', 'organization', 'organisation', 'team', 'board', 'forum', 'community', 'merchant', 'platform', 'app', 'application', 'service', 'bank', 'clinic', 'hospital', 'hotel', 'school', 'university', 'agency', 'project', 'workspace', 'instance', 'network', 'group', 'club', 'firm', 'vendor', 'tenant', 'portal', 'blog', 'instance',
  // Academic and civic bodies that sign as a whole: `{{ journal_name }}`, `{$conferenceName}`, `%society_name%`.
  'journal', 'conference', 'press',
  // A library's or a bank's branch signs and answers as the organisation: `<<branches.branchphone>>`, `{{ branch_name }}`.
  'branch', 'branches', 'publisher', 'institution', 'institute', 'society', 'association', 'foundation', 'charity', 'council', 'committee', 'library', 'museum', 'festival', 'congress', 'symposium', 'magazine', 'publication', 'federation', 'ngo', 'nonprofit']);
const RECIPIENT = new Set(['customer', 'user', 'recipient', 'client', 'member', 'patient', 'subscriber', 'person', 'buyer', 'shopper', 'guest', 'account', 'receiver', 'reader', 'participant', 'respondent', 'attendee', 'lead', 'profile', 'partner', 'to', 'cust', 'usr', 'student', 'applicant', 'candidate', 'traveler', 'traveller', 'passenger', 'donor', 'invitee', 'addressee', 'friend', 'visitor', 'player', 'learner', 'you', 'your', 'billing', 'shipping', 'requester', 'requestor', 'submitter', 'reporter', 'username', 'firstname', 'lastname', 'fullname', 'fname', 'lname']);
const NAME = new Set(['name', 'firstname', 'fname', 'cname', 'uname', 'fullname', 'nickname', 'givenname', 'displayname', 'username', 'forename', 'realname', 'lastname', 'lname', 'surname', 'familyname', 'nick', 'salutation', 'first', 'last', 'given', 'full', 'display']);
// `addr` is Mailman's and many mailers' spelling (`%(adminaddr)s`, `owner_addr`): an email address.
const EMAIL = new Set(['email', 'mail', 'emailaddress', 'mailto', 'inbox', 'addr']);
const PHONE = new Set(['phone', 'tel', 'telephone', 'mobile', 'cell', 'whatsapp', 'phonenumber', 'fax', 'sms', 'number']);
const URL = new Set(['url', 'link', 'href', 'uri', 'page', 'portal', 'address', 'path', 'route', 'site', 'web', 'website']);
/** Messengers a handle or number reaches someone on (not a social page to follow: see missing-contact's doc). */
const MESSENGER = new Set(['telegram', 'whatsapp', 'eitaa', 'bale', 'rubika', 'soroush', 'signal', 'skype', 'viber', 'wechat', 'tg']);
/** Words that say what kind of messenger handle a value is, not whose it is. */
const HANDLE = new Set(['account', 'id', 'username', 'user', 'handle', 'number', 'link', 'url', 'address']);
const UNSUBSCRIBE = new Set(['unsubscribe', 'unsub', 'optout', 'opt', 'preferences', 'preference', 'prefs', 'subscription', 'unsubscription', 'manage']);

/**
 * Prose right before an ambiguous email or phone variable that makes it a way to reach staff, per language:
 * "contact us at", "write to", "call", "تماس بگیرید", "پشتیبانی:". And prose that makes it the reader's own.
 */
export const CONTEXT: Record<Language, { contact: RegExp; recipient: RegExp; contactAfter: RegExp }> = {
  en: {
    contactAfter: /^[^.!?\n]{0,12}\b(?:for (?:help|support|questions|assistance)|if you (?:have|need))/i,
    contact: /\b(?:contact|reach|write (?:to|us)|e-?mail us|call|text us|message(?: us)?|ask|questions?|support|assistance|get in touch|talk|speak)\b[^.!?\n]{0,40}$/i,
    // "We will call you at {{ phone }}", "we'll text you on {{ mobile }}": the sender reaches the reader at the reader's number.
    recipient: /\b(?:your|sent (?:from \S+ )?to|delivered to|addressed to|intended for|signed up (?:with|as)|registered (?:with|as)|account|login|username|you(?:'re| are) receiving|(?:call|text|reach|contact|email|e-mail|message|notify|ring) you (?:at|on|via))\b[^.!?\n]{0,30}$/i,
  },
  fa: {
    // Persian puts the verb last: "از طریق {email} با پشتیبانی تماس بگیرید".
    contactAfter: /^[^.!؟\n]{0,30}(?:تماس|ارتباط|پیام دهید|پیام بدهید|بنویسید|بفرستید)/,
    contact: /(?:تماس|ارتباط|پشتیبانی|سوال|سؤال|پرسش|بنویسید|بفرستید)[^.!؟\n]{0,30}$/,
    // «شما» as a word: «شماره تماس: {phone}» ("phone number:") holds the letters of «شما» and is the sender's line.
    recipient: /(?:(?<![\p{L}\u200c])شما(?![\p{L}])|ارسال شده به|حساب کاربری)[^.!؟\n]{0,12}$/u,
  },
};

/** `customer.getFirstName()` → ['customer', 'first', 'name']; `%%AGENT_NAME%%` → ['agent', 'name']; `0` → []. */
export function identifierWords(variable: string): string[] {
  return variable
    .replace(/\(\)?|\)/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^\d+$/.test(w));
}

const cache = new Map<string, VariableClass>();

/** What a variable (path or bare identifier, sigils allowed) holds. */
export function classifyVariable(variable: string | undefined): VariableClass {
  if (!variable) return 'other';
  let c = cache.get(variable);
  if (c === undefined) {
    // `object.user_id.name or ''`, `user.name || "there"`, `name ?? 'friend'`: the value is the path's; the rest is its fallback.
    c = classifyWords(identifierWords(variable.replace(FALLBACK_TAIL, '')));
    if (cache.size < 5000) cache.set(variable, c);
  }
  return c;
}

/** Words that scope a `host` to the application's own server: `config.host`, `site_host`, `smtp.host`. */
const SERVER_SCOPE = new Set(['config', 'configuration', 'settings', 'setting', 'site', 'app', 'application', 'server', 'smtp', 'mail', 'base', 'web', 'domain', 'instance', 'env', 'system', 'sys', 'global', 'globals']);

const FALLBACK_TAIL = /\s+(?:or|\|\||\?\?)\s+[^]*$/;

/** Leaves a compound identifier may end in (`ADMINNAME`, `adminemail`, `agentsign`): split off when the head is a known word. */
const COMPOUND_TAIL = /^(.+?)(fullname|firstname|lastname|displayname|name|email|mail|phone|url|link|sign|signature|addr)$/;
/** `{ADMINNAME}` → admin name, `%ADMINEMAIL%` → admin email; `username` and `sitename` are words of their own. */
function splitCompound(word: string): string[] {
  const m = COMPOUND_TAIL.exec(word);
  if (!m || KNOWN.has(word)) return [word];
  return COMPOUND_HEAD.has(m[1]) ? [m[1], m[2]] : [word];
}

function classifyWords(raw: string[]): VariableClass {
  // PRiSM's `${TEMPLATE_SIGNATORY_FULL_NAME}`, `${TEMPLATE_RECIPIENT_FIRST_NAME}`: a leading "template" before two or
  // more words is the namespace the mailer fills, not what the value is (`{{ template_name }}` names a template).
  if (raw.length >= 3 && /^(?:template|tpl|tmpl)$/.test(raw[0])) return classifyWords(raw.slice(1));
  // `phone_no`, `tel_nr`, `mobile_num`: the number of that phone, i.e. the phone.
  const all = raw.flatMap(splitCompound).map((w) => (w === 'sign' ? 'signature' : w)).filter((w, i, ws) => !(/^(?:no|num|nr|nbr)$/.test(w) && i > 0 && PHONE.has(ws[i - 1])));
  const words = all.filter((w) => !NOISE.has(w));
  // `telegram_account`, `support_whatsapp`, `admin_telegram_id`: a messenger handle is a line to someone, whose the
  // other words say (`account`, `id`, `username` there say what kind of handle, not whose); a channel is for news.
  if (all.some((w) => MESSENGER.has(w)) && !all.includes('channel')) {
    const owner = all.filter((w) => !MESSENGER.has(w) && !HANDLE.has(w) && !NOISE.has(w));
    const ownerIs = (set: Set<string>) => owner.some((w) => set.has(w));
    if (ownerIs(RECIPIENT) && !ownerIs(SENDER)) return 'recipientContact';
    // `whatsapp_link`: a chat link (wa.me, t.me) opens a conversation with the sender.
    if (URL.has(all[all.length - 1])) return 'contactUrl';
    if (ownerIs(SENDER) || ownerIs(SUPPORT) || ownerIs(ORGANIZATION)) return 'contactPhone';
    return 'phone';
  }
  // `USER_ID`, `customer.id`: an identifier, not a name or a channel.
  if (!words.length || all[all.length - 1] === 'id') return 'other';
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const leaf = words[words.length - 1];
  const joined = words.join('');
  // `ticket_link_with_number`, `link_to_ticket`: a link word qualified by what follows it is that link.
  if (!URL.has(leaf)) {
    const at = all.findIndex((w, i) => URL.has(w) && i < all.length - 1 && all.length - i <= 4 && (/^(?:with|for|to|of)$/.test(all[i + 1]) || all.slice(i + 1).every((x) => LINK_QUALIFIER.has(x))));
    if (at >= 0) {
      const after = /^(?:with|for|to|of)$/.test(all[at + 1]) ? all.slice(at + 2) : [];
      return classifyWords([...all.slice(0, at), ...after.filter((x) => !LINK_QUALIFIER.has(x)), all[at]]);
    }
  }
  if (has(UNSUBSCRIBE) && !has(SUPPORT)) return 'unsubscribe';
  // `answeredBy`, `rejected_by`, `assigned_by`: the person who did it, named in the letter.
  if (all.length >= 2 && all[all.length - 1] === 'by' && /^(?:answered|replied|rejected|approved|assigned|handled|reviewed|closed|resolved|signed|sent|processed|declined|accepted|moderated|invited|shared|written|posted|verified|confirmed)$/.test(all[all.length - 2])) return 'sender';
  // Odoo's `object.user_id` is the responsible employee (the reader is `partner_id`).
  const userId = /\buser id (?:name|email|signature|phone|mobile)\b/.test(all.join(' '));
  // `object.user_id.company_id.phone`: that employee's company, i.e. the sender's (its phone and email reach it).
  const employeeCompany = /\buser id company(?: id)? /.test(all.join(' '));
  // A reader word that qualifies a staff role ("account manager", "customer service agent", "client advisor")
  // names the role, not the reader.
  const qualifies = (i: number) => words.slice(i + 1).some((w) => SENDER.has(w) || w === 'service' || w === 'support' || w === 'success');
  const recipient = words.some((w, i) => RECIPIENT.has(w) && !NAME.has(w) && !((userId || employeeCompany) && w === 'user') && !(qualifies(i) && words.slice(i + 1).some((x) => SENDER.has(x))));
  // `reply_to`, `replyTo`, `mail.from.address`: the address replies go to, i.e. the sender's.
  if (/^(?:replyto|replytoemail|replytoaddress)$/.test(joined) || leaf === 'address' && words.some((w) => w === 'from' || w === 'replyto' || w === 'reply')) return 'contactEmail';
  const sender = has(SENDER) || userId;
  // Address and number leaves: whose they are is said by the other words.
  if (EMAIL.has(leaf) || EMAIL.has(joined) || /email$/.test(joined) && !URL.has(leaf) || leaf === 'address' && EMAIL.has(words[words.length - 2] ?? '')) {
    if (recipient && !sender) return 'recipientContact';
    if (sender || has(SUPPORT) || has(ORGANIZATION)) return 'contactEmail';
    return 'email';
  }
  if (PHONE.has(leaf) || /phone$/.test(joined)) {
    if (leaf === 'number' && !words.some((w) => PHONE.has(w) && w !== 'number')) return 'other';
    if (recipient && !sender) return 'recipientContact';
    if (sender || has(SUPPORT) || has(ORGANIZATION)) return 'contactPhone';
    return 'phone';
  }
  if (URL.has(leaf) && words.length > 1) {
    const rest = words.slice(0, -1);
    if (rest.some((w) => STAFF_PAGE.has(w))) return 'contactUrl';
    // A review or status page reaches staff when it is a decision's (an appeal), not a product's.
    if (rest.some((w) => w === 'review' || w === 'status' || w === 'appeal') && !rest.some((w) => /^(product|order|item|shipping|delivery|package|tracking|store|shop|site)$/.test(w)))
      return 'contactUrl';
    return 'other';
  }
  // A bare `%{host}` / `{{ host }}` is the server's host name in web apps' mail (Mastodon, Discourse, Django): a
  // place, not an event's host. `{{ host_name }}` or `{{ event.host }}` still name a person.
  if (all.length === 1 && leaf === 'host') return 'other';
  // `config.host`, `settings.site_host`, `app.host`: the same server, read from the app's settings.
  if (leaf === 'host' && words.slice(0, -1).every((w) => SERVER_SCOPE.has(w))) return 'other';
  // `request.userAgent`, `USER_AGENT`: the reader's browser, named by its string, not a support agent.
  if (/useragent/.test(joined)) return 'other';
  // `order_name`, `product.title`: the name of a thing, not of anyone.
  if (words.some((w) => THING.has(w))) return 'other';
  const isName = NAME.has(leaf) || /name$/.test(joined) || leaf === 'signature' || leaf === 'sig';
  // `{{ account_manager }}`, `{{ ticket.assignee }}`: a path that ends in a person's role prints that person.
  if (sender && !recipient && (isName || words.length === 1 || leaf === 'signature' || has(new Set(['signature', 'sig'])) || PERSON_ROLE.has(leaf))) return 'sender';
  // OJS's `{$siteContactName}`, `{{ store.contact_name }}`: the name of the place's contact person, someone to reach,
  // not the organisation itself. A bare `{{ contact_name }}` is the reader in CRM mail (a "contact" is a customer).
  if (isName && !recipient && has(ORGANIZATION) && words[words.length - 2] === 'contact') return 'sender';
  if (has(ORGANIZATION) && !recipient && (isName || words.length === 1 || words.every((w) => ORGANIZATION.has(w) || NAME.has(w)))) return 'organization';
  if (isName && !has(ORGANIZATION)) return 'recipientName';
  if (words.length === 1 && RECIPIENT.has(leaf)) return 'recipientName';
  return 'other';
}

/** Words after a link word that only say how it is printed: `ticket_link_with_number`, `reset_url_short`. */
const LINK_QUALIFIER = new Set(['number', 'no', 'num', 'id', 'text', 'short', 'full', 'html', 'plain', 'raw', 'encoded', 'absolute', 'abs']);
/** Every word some list knows: such a word is never split (`username`, `sitename`, `fullname`). */
const KNOWN = new Set([...SENDER, ...SUPPORT, ...ORGANIZATION, ...RECIPIENT, ...NAME, ...EMAIL, ...PHONE, ...URL, ...UNSUBSCRIBE, ...THING]);
/**
 * Heads a compound is split on: whose the name or address is. Not `host` (`hostname` is the server's), `user`,
 * `file`, `path` or `domain`, whose compounds name things.
 */
const COMPOUND_HEAD = new Set([...SENDER, ...SUPPORT, ...ORGANIZATION, ...RECIPIENT].filter((w) => !['host', 'user', 'to', 'me', 'my', 'rep', 'mod', 'e'].includes(w)));

/** Words besides the sender and reader lists that make a `…_name` a person's: `{{ contact_name }}`, `{{ provider_name }}`. */
const PERSON_QUALIFIER = new Set(['contact', 'provider', 'person', 'people', 'current', 'writer', 'poster', 'commenter', 'reviewer', 'speaker', 'volunteer', 'inviter']);

/**
 * Whether a name variable is a person's: nothing qualifies the name (`{{ name }}`, `{{ full_name }}`,
 * `{{ object.name }}`) or a person word does (`{{ user.name }}`, `{{ agent_name }}`). A name qualified by any other
 * noun is a thing's (`{{ newsletter_name }}`, `{{ practice_name }}`, `{{ cms_name }}`): where a signature goes, that
 * is the organisation signing, not someone to reach.
 */
export function namesAPerson(variable: string | undefined): boolean {
  const words = identifierWords(variable ?? '').flatMap(splitCompound).filter((w) => !NOISE.has(w));
  const qualifiers = words.filter((w) => !NAME.has(w));
  return qualifiers.length === 0 || qualifiers.some((w) => SENDER.has(w) || RECIPIENT.has(w) || PERSON_QUALIFIER.has(w));
}

/**
 * A person's name qualified by a word that is neither the reader's nor a thing's: `performerFullName`,
 * `approver_name`, `{{ reviewer.name }}`. Read alone it may be anyone; as the subject of "has rejected your request" it
 * is the person who acted, named in the letter.
 */
export function namesSomeoneElse(variable: string | undefined): boolean {
  const words = identifierWords(variable ?? '').flatMap(splitCompound).filter((w) => !NOISE.has(w));
  const leaf = words.at(-1) ?? '';
  if (!NAME.has(leaf) && !/name$/.test(leaf)) return false;
  const qualifiers = words.filter((w) => !NAME.has(w));
  return qualifiers.length > 0 && !qualifiers.some((w) => RECIPIENT.has(w) || THING.has(w) || ORGANIZATION.has(w) || URL.has(w));
}

/** Whether a variable's name says it holds a thing or an organisation (`order_name`, `course`, `{{ site }}`), not anyone. */
export function namesAThing(variable: string | undefined): boolean {
  const words = identifierWords(variable ?? '').flatMap(splitCompound).filter((w) => !NOISE.has(w));
  return words.some((w) => THING.has(w) || ORGANIZATION.has(w) || URL.has(w) || UNSUBSCRIBE.has(w));
}

/** True for classes that are themselves a way to reach a person at the sender's end. */
export const REACHES_STAFF = new Set<VariableClass>(['sender', 'contactEmail', 'contactPhone', 'contactUrl']);
