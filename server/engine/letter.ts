/**
 * The anatomy of a letter, shared by the rules that care about who is speaking: greeting lines, sign-offs
 * ("Best regards,", "با احترام") and the signature lines after them, classified as a person, a team or a
 * company. Works on normalized prose lines, so HTML `<br>`s, paragraphs and plain-text lines look the same.
 */
import { roleOf } from './personalize';
import { classifyVariable, identifierWords, namesAPerson } from './variables';
import { normalizeString, PLACEHOLDER, sourceRange, type LineSpan, type ProseBlock } from './prose';
import { lineLanguage } from './language';
import { escapeRe } from './regex';
import type { TemplateTag } from './formats/tags';
import { RAILS_LINK_HELPER } from './formats/tags/state';
import type { Language, Range } from './types';

export interface Line {
  block: ProseBlock;
  blockIndex: number;
  /** Normalized offsets inside the block. */
  from: number;
  to: number;
  /** Normalized text of the line, trimmed. */
  text: string;
}

export type SignatureKind = 'person' | 'team' | 'company' | 'other';

export interface Signoff {
  line: Line;
  language: Language;
  /** Where the sign-off words end inside the line (a one-line "Thanks, the Acme team" continues after). */
  wordsEnd: number;
  signature: { line: Line; kind: SignatureKind; from: number }[];
}

// Longest first, so "best regards" wins over "best".
const fold = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRe(normalizeString(w)).replace(/ /g, ' ?')).join('|');

const EN_SIGNOFF = [
  'thanks', 'thank you', 'many thanks', 'thanks again', 'thanks so much', 'thank you so much', 'thanks a lot', 'thanks a million',
  'best', 'best regards', 'best wishes', 'all best', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards', 'warm wishes',
  'regards', 'with regards', 'with kind regards', 'with best regards', 'sincerely', 'sincerely yours', 'yours sincerely', 'yours truly',
  'truly yours', 'yours faithfully', 'faithfully', 'cheers', 'all the best', 'with thanks', 'with gratitude', 'with appreciation',
  'respectfully', 'respectfully yours', 'cordially', 'take care', 'warmly', 'talk soon', 'see you soon', 'speak soon', 'yours',
  'with love', 'love', 'thanks for your business', 'thank you for your business', 'thanks for shopping with us',
  'thank you for shopping with us', 'happy shopping', 'stay safe', 'have a great day', 'have a nice day', 'have a good day',
  'best of luck', 'good luck', 'thank you for choosing us', 'thanks for choosing us', 'until next time', 'signed', 'greetings',
  'thanks for reading', 'thank you for your patience', 'thanks for your patience', 'thank you for your order', 'thanks for your order',
];
const FA_SIGNOFF = [
  'با احترام', 'با سپاس', 'با تشکر', 'با سپاس فراوان', 'با تشکر فراوان', 'با احترام فراوان', 'با تقدیم احترام', 'با آرزوی موفقیت',
  'با آرزوی بهترین‌ها', 'ارادتمند', 'ارادتمند شما', 'قربان شما', 'با مهر', 'سپاسگزاریم', 'سپاس‌گزاریم', 'سپاسگزارم', 'ممنونیم',
  'ممنون', 'متشکریم', 'با تشکر از شما', 'با سپاس از شما', 'با سپاس از همراهی شما', 'با تشکر از همراهی شما', 'موفق باشید',
  'شاد باشید', 'پاینده باشید', 'سپاس', 'تشکر', 'با احترام و سپاس', 'با تشکر و احترام', 'با سپاس و احترام', 'با تشکر از اعتماد شما',
  'با سپاس از اعتماد شما', 'با تشکر از خرید شما', 'با سپاس از خرید شما', 'با آرزوی سلامتی', 'با احترام و تشکر', 'با تشکر و سپاس',
  'ارادتمند شما', 'با سلام و احترام مجدد', 'تشکر از همراهی شما', 'با تشکر از انتخاب شما', 'با سپاس از انتخاب شما',
];
const SIGNOFF_RE = new RegExp(`^[-\\s]*(?:${fold(EN_SIGNOFF)}|${fold(FA_SIGNOFF)}|(?:${fold(['با احترام', 'با سپاس', 'با تشکر', 'با آرزوی', 'با مهر', 'با درود', 'با عرض', 'سپاس از', 'تشکر از', 'ممنون از', 'سپاسگزاریم از', 'متشکریم از', 'دوستدار', 'دوستدار شما', 'مخلص شما', 'به امید دیدار', 'در پناه حق'])})(?: [^\\s\\u060C,]+){0,6}?(?=[\\u060C,]|$))(?=$|[\\s,.!:\\u060C\\u061B-]|\\uE000)[\\s,.!:\\u060C\\u061B-]*`, 'u');

const EN_TEAM_WORDS =
  '(?:team|teams|support|support team|customer (?:service|support|care|success|experience|relations|team)(?: team)?|service team|service desk|help ?desk|helpdesk|management|administration|administrator|admin|admins|staff|department|dept|crew|family|squad|billing|sales|accounts|office|robot|bot|notifications|webmaster|postmaster|hostmaster|sysadmin|system administrator|moderator|moderators|mod team|mail delivery system|mailer-daemon|desk|folks|group|people|services|operations|ops|concierge|editors|editorial team|committee|board|company|inc|llc|ltd|gmbh|co|corp|store|shop|bank|hq|headquarters|community|marketing|partnerships|success|security|compliance|accounting|finance|hr|human resources|onboarding|reservations|front desk|helpline|hotline|call center|contact center|agency|clinic|hospital|practice|institute|foundation|association|union|organization|organisation|platform|app|division|unit|cell|bureau|section|secretariat|registrar|receivable|payable|relations|resolution|scheduling|enrollment|enrolment|admissions|dispatch|logistics|fulfilment|fulfillment|returns|refunds|claims|collections|underwriting|membership|ticketing|bookings|care|service|customer service|customer care|customer relations|management team|leadership team|board of directors|experience|insights|research|feedback|happiness|loyalty|rewards|events|communications|comms|newsroom|editorial|news|quality|quality assurance|product|engineering|design|crew|desk|helpers|concierge team)';
/** Departments and teams, but not a bare company name: used where no sign-off word vouches for a signature. */
const EN_DEPT_WORDS = EN_TEAM_WORDS.replace(/\|company\|inc\|llc\|ltd\|gmbh\|co\|corp\|store\|shop\|bank\|hq\|headquarters/, '');
const EN_TEAM_LINE = new RegExp(`^[-\\s]*(?:from )?(?:the |your |all of us at |everyone at |all at |us at )?(?:[^\\s,]+ ){0,4}${EN_TEAM_WORDS}(?: (?:at|of|@) [^,]{1,40})?[\\s.!]*$|^[-\\s]*(?:the )?(?:office|department|dept|division|bureau|school|faculty|ministry) of `, 'u');
const EN_DEPT_LINE = new RegExp(`^[-\\s]*(?:the |your )?(?:[^\\s,]+ ){0,4}${EN_DEPT_WORDS}(?: (?:at|of|@) [^,]{1,40})?[\\s.!]*$|^[-\\s]*(?:the )?(?:office|department|dept|division|bureau) of `, 'u');
/** "Your friends at Acme", "Everyone at Acme", "All of us at Acme": a collective, not a person. */
const EN_COLLECTIVE = /^[-\s]*(?:(?:from|cheers from|love from|greetings from) )?(?:(?:your|all|the) )?(?:friends|pals|folks|buddies|team|people|crew|family|gang|everyone|everybody|all of us|us|staff|experts|specialists|editors) (?:at|from|of|@) /u;
const FA_TEAM_START = new RegExp(
  `^[-\\s]*(?:${fold(['باشگاه', 'بیمه', 'شهرداری', 'مجله', 'خبرنامه', 'هتل', 'رستوران', 'آموزشگاه', 'دانشگاه', 'دانشکده', 'بیمارستان', 'درمانگاه', 'مطب', 'آژانس', 'مرکز', 'معاونت', 'دبیرخانه', 'خدمات', 'ستاد', 'کمیته', 'اداره', 'حوزه', 'امور', 'شعبه', 'نمایندگی', 'هیئت', 'هیأت', 'کارگروه', 'کانون', 'کارشناس', 'کارشناسان', 'اپراتور', 'تیم', 'گروه', 'واحد', 'بخش', 'دپارتمان', 'مدیریت', 'پشتیبانی', 'روابط عمومی', 'امور مشتریان', 'خدمات مشتریان', 'مدیر سایت', 'مدیر فروشگاه', 'ادمین', 'کارشناسان', 'همکاران شما در', 'همه ما در', 'دفتر', 'مرکز', 'سامانه', 'فروشگاه', 'شرکت', 'سایت', 'وبسایت', 'وب سایت', 'مجموعه', 'اداره', 'سازمان', 'موسسه', 'مؤسسه', 'فروش', 'کلینیک', 'بانک', 'آژانس', 'اپلیکیشن', 'خانواده', 'هلدینگ'])})(?=$|[\\s\\uE000])`,
  'u',
);
const CONTACT_ONLY = /^[\s\uE000]*(?:https?:|www\.|[\w.+-]+@|\+?[\d\s()./-]{6,}$|tel|phone|email|e-mail|web|website|address|تلفن|تلفن:|ایمیل|آدرس|وب)/u;

/**
 * The anatomy below is read by several rules of one lint (missing-contact, faceless-signoff, survey-invitation, the
 * score), each from the same blocks array: it is worked out once per lint and shared. Callers only read it.
 */
const linesMemo = new WeakMap<readonly ProseBlock[], Line[]>();
const signoffsMemo = new WeakMap<readonly Line[], { original: string; signoffs: Signoff[] }>();
const closingMemo = new WeakMap<readonly Line[], { original: string; closing: { line: Line; kind: SignatureKind }[] }>();

/** Split blocks into trimmed, non-empty lines (computed once per blocks array). */
export function linesOf(blocks: readonly ProseBlock[]): Line[] {
  let lines = linesMemo.get(blocks);
  if (!lines) {
    lines = splitLines(blocks);
    linesMemo.set(blocks, lines);
  }
  return lines;
}

function splitLines(blocks: readonly ProseBlock[]): Line[] {
  const out: Line[] = [];
  blocks.forEach((block, blockIndex) => {
    // A block's lines depend on its text alone, so they are kept on the block: each lint of an edited document
    // splits only the paragraphs the edit touched.
    for (const span of (block.lineSpans ??= spansOf(block.text))) out.push({ block, blockIndex, from: span.from, to: span.to, text: span.text });
  });
  return out;
}

function spansOf(t: string): LineSpan[] {
  const spans: LineSpan[] = [];
  // Line ends found natively: a character loop over every paragraph was a good part of each lint of a long text.
  for (let from = 0; from <= t.length; ) {
    let i = t.indexOf('\n', from);
    if (i < 0) i = t.length;
    let s = from;
    let e = i;
    while (s < e && t.charCodeAt(s) === 32) s++;
    while (e > s && t.charCodeAt(e - 1) === 32) e--;
    if (e > s) spans.push({ from: s, to: e, text: t.slice(s, e) });
    from = i + 1;
  }
  return spans;
}

export function lineTags(line: Line): TemplateTag[] {
  const tags: TemplateTag[] = [];
  for (let k = line.from; k < line.to; k++) if (line.block.tagAt[k] >= 0) tags.push(line.block.tags[line.block.tagAt[k]]);
  return tags;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Classify a signature line: a person signs with a name; a team or company signs with a role. */
export function classifySignature(line: Line, original: string, from = line.from): SignatureKind {
  const kind = classifyLine(line, original, from);
  // A button or a row of links is never a person signing; "سایت فولاد رایانه" linked home is still the company.
  return kind === 'person' && isLinkText(line, original, from) ? 'other' : kind;
}

function classifyLine(line: Line, original: string, from: number): SignatureKind {
  const text = line.block.text.slice(from, line.to).trim();
  if (!text) return 'other';
  const fill = fillIn(original.slice(line.block.starts[from], line.block.ends[line.to - 1]));
  if (fill) return fill;
  // "Denver, CO 80203", «تهران، کد پستی ۱۲۳۴۵۶۷۸۹۰»: a line ending in a postal code is an address.
  if (/(?:^|[\s,\u060C])\d{4,10}(?:-\d{4})?$/.test(text)) return 'other';
  const tags = lineTags({ ...line, from });
  const onlyTags = text.replace(/[\s,.\-!]/g, '').split('').every((c) => c === PLACEHOLDER);
  for (const tag of tags) {
    const role = roleOf(tag.variable);
    if (role === 'senderName' || classifyVariable(tag.variable) === 'sender') return 'person';
  }
  // «مسئول پیگیری: خانم نوری», "Handled by: Dana Ortiz": a staff role, a colon, then a person's name.
  const labelled = STAFF_LABEL.exec(text);
  if (labelled) {
    const value = labelled[1].trim();
    // Persian is read normalized; an English name needs the source's capitals.
    const sourceValue = STAFF_LABEL.exec(sliceOf(original, line, from))?.[1].trim() ?? value;
    if (/[\u0600-\u06FF]/.test(value) ? startsWithPersianName(value) || looksLikePersianName(value) && FA_TITLE.test(value) : looksLikeName(sourceValue)) return 'person';
  } else if (DATA_LABEL.test(sliceOf(original, line, from))) {
    // «مشتری: خانم نوری», "Customer: Dana Ortiz", «تاریخ: …»: any other label makes the line a data row (the
    // reader, an address, a date), not someone signing.
    return 'other';
  }
  // "Login: %{login}", «کاربر: %{login}», «نام کاربری: {username}»: a label and its value are a data row of the
  // message (a receipt, a security notice), not someone signing. A sender variable was taken as a person above.
  if (tags.length && LABELLED_VALUE.test(text)) return 'other';
  // "%%BOARD_NAME%%", "{{ shop.name }}" alone: the company signs.
  if (onlyTags && tags.length && tags.every((t) => classifyVariable(t.variable) === 'organization')) return 'company';
  // A name variable alone where a signature goes is the sender's name ({{current_user.name}} in a macro), when a
  // person's: `{{ newsletter_name }}` or `{{ practice_name }}` there is the organisation signing.
  if (onlyTags && tags.some((t) => roleOf(t.variable) === 'name' && namesAPerson(t.variable))) return 'person';
  if (onlyTags && tags.length) {
    // "{{store_name}}", "%%BOARD_NAME%%", "{{var store.getName()}}" alone: signed by the company. A reader-name tag
    // here would be odd; call it other.
    return tags.every((t) => (!roleOf(t.variable) || !namesAPerson(t.variable)) && (classifyVariable(t.variable) === 'organization' || /(store|shop|company|site|app|brand|business|org|team|merchant|shop_?name|platform|service|bank|name)/i.test(t.variable ?? ''))) ? 'company' : 'other';
  }
  // A line that starts with the company's variable ("{shop_name} - powered by …") is the company's line.
  const first = tags[0];
  if (first && line.block.tagAt[from] >= 0 && classifyVariable(first.variable) === 'organization') return 'company';
  if (/[,\u060C|\u00B7\u2022]|\s[-\u2013\u2014]\s/.test(text)) {
    // "Sara, Support Lead" or "سارا، پشتیبانی": a name before the comma makes it a person.
    const head = text.split(/[,\u060C|\u00B7\u2022]|\s[-\u2013\u2014]\s/)[0].trim();
    if (head && (EN_TEAM_LINE.test(head) || FA_TEAM_START.test(head) || EN_COLLECTIVE.test(head))) return 'team';
    // A Persian head is a person when it reads as a name, or when a role follows it («کیان، کارشناس فروش»); a brand
    // with its tagline («بامیلو، فروشگاه اینترنتی») is the company.
    const tail = text.slice(text.indexOf(head) + head.length).replace(/^[\s,\u060C|\u00B7\u2022\-\u2013\u2014]+/, '');
    if (head && !CONTACT_ONLY.test(head) && wordCount(head) <= 4 && /[\u0600-\u06FF]/.test(head)) {
      if (startsWithPersianName(head) || FA_ROLE_START.test(tail)) return 'person';
      if (looksLikePersianName(head)) return 'company';
    }
    if (head && !CONTACT_ONLY.test(head) && wordCount(head) <= 4 && !/[\u0600-\u06FF]/.test(head) && looksLikeName(sliceOf(original, line, from))) return 'person';
  }
  if (EN_COLLECTIVE.test(text)) return 'team';
  // "Contact our support team", "Chat with the billing team": an instruction that names a team, not the team signing.
  if (REACH_VERB_FIRST.test(text)) return 'other';
  if (EN_TEAM_LINE.test(text) || FA_TEAM_START.test(text)) {
    // "Sara from the Acme team" names a person; "The Acme team" does not.
    const source = sliceOf(original, line, from);
    if (/\sfrom\s|\s(?:and|&)\s/.test(text) && looksLikeName(source.split(/\s(?:from|and|&)\s/)[0])) return 'person';
    if (/ از /.test(text) && !FA_TEAM_START.test(text)) return 'person';
    return 'team';
  }
  if (CONTACT_ONLY.test(text)) return 'other';
  if (wordCount(text) > 6 || /[.!?\u061F:]$/.test(text)) return 'other';
  const source = sliceOf(original, line, from);
  const persian = /[\u0600-\u06FF]/.test(source);
  const person = persian ? looksLikePersianName(text) : looksLikeName(source);
  if (!person) return 'other';
  // Persian has no capitals to tell «دیجی‌استور» from «مریم»: a template's hard-coded signer that does not read as a
  // person's name (a given name, a title, a family name's suffix) is the brand signing.
  if (persian && !startsWithPersianName(text)) return 'company';
  return isBrandInText(source, original) ? 'company' : 'person';
}

/**
 * «مرجان» over «فروشگاه سفال‌سرا»: a one- or two-word Persian line taken for a brand is the signer's name when the
 * company or team signs on the next line (a brand does not sign twice).
 */
function nameAboveCompany(first: { line: Line; kind: SignatureKind }, next: { line: Line; kind: SignatureKind }): boolean {
  return first.kind === 'company' && (next.kind === 'team' || next.kind === 'company') && /[\u0600-\u06FF]/.test(first.line.text) && !lineTags(first.line).length && wordCount(first.line.text) <= 2 && looksLikePersianName(first.line.text);
}

/** A staff role written as a label before the name of who handles the reader's case. */
const STAFF_LABEL = /^(?:مسئول(?:[\s\u200c]+(?:پیگیری|پرونده|رسیدگی|فروش|پشتیبانی))?|کارشناس(?:[\s\u200c]+(?:پشتیبانی|فروش|پیگیری|مربوطه))?|پاسخگو|پاسخ[\s\u200c]?دهنده|پشتیبان|مشاور|فرستنده|ارسال[\s\u200c]?کننده|اپراتور|امضا|handled by|agent|your agent|support agent|rep|representative|your advisor|advisor|contact person|your contact|account manager|sender|signed)[^\S\n]*[:\uFF1A][^\S\n]*(\S.{0,40})$/iu;
/** A label in prose (Persian words, or capitalized English words), a colon, then a value: a row of data. */
const DATA_LABEL = /^[^\S\n]*(?:[\u0600-\u06FF][\u0600-\u06FF\s\u200c]{0,24}|[A-Z][a-z]+(?: [a-z]+){0,3})[^\S\n]*[:\uFF1A][^\S\n]*\S/u;
/** Role words that follow a name on a signer's line («کیان، کارشناس فروش», «نیلوفر - مدیر پشتیبانی»). */
const FA_ROLE_START = /^(?:کارشناس|مدیر|مسئول|پشتیبان|پشتیبانی|مشاور|اپراتور|سرپرست|معاون|کارمند|نماینده|همکار|واحد|تیم|بخش|دکتر|مهندس)(?:[\s\u200c]|$)/;
const FA_TITLE = /^(?:دکتر|مهندس|خانم|آقای|سرکار خانم|جناب)(?:[\s\u200c]|$)/;

/** A short label, a colon and only template values after it: a data row ("Login: %{login}", «تاریخ: {date}»). */
const LABELLED_VALUE = new RegExp(`^[^:\uFF1A\uE000\n]{1,30}[:\uFF1A][\\s${PLACEHOLDER}]*${PLACEHOLDER}[\\s${PLACEHOLDER}]*$`, 'u');

/**
 * A fill-in left for whoever sends a saved reply: "[Your Name]", "<your name>", "YOUR_NAME", "[Agent Name]",
 * "[نام شما]", "[Company]". Where a signature goes, "your" is the writer, not the reader: a name there is the
 * sender's, a company word is the company.
 */
const FILL_IN = /^\s*(?:\[([^\[\]\n]{2,30})\]|<([A-Za-z\u0600-\u06FF][^<>\n/=]{1,29})>|([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+))\s*$/;
const FILL_NAME = /^(?:name|full ?name|first ?name|signature|sig|نام|اسم|امضا)$|(?:^|\s)(?:name|نام|اسم|امضا)(?:$|\s)/i;
const FILL_COMPANY = /^(?:company|company name|business|business name|shop|store|team|organization|organisation|brand|نام شرکت|شرکت|فروشگاه|تیم)$/i;
function fillIn(source: string): SignatureKind | undefined {
  const m = FILL_IN.exec(source);
  if (!m) return undefined;
  const inner = (m[1] ?? m[2] ?? identifierWords(m[3]).join(' ')).trim().replace(/_/g, ' ');
  const bare = inner.replace(/^(?:your|my|agent|sender|rep|staff|نام)\s+|\s+(?:شما|من)$/i, '').trim();
  if (FILL_COMPANY.test(inner) || FILL_COMPANY.test(bare)) return 'company';
  // `[ORG_NAME]`, `[SITE_NAME]`: a name, but the organisation's, read as the variable it is.
  if (/^[\w\s]+$/.test(inner) && classifyVariable(inner.replace(/\s+/g, '_')) === 'organization') return 'company';
  if (FILL_NAME.test(inner) && !/\b(?:customer|client|user|recipient|reader|member|مشتری|کاربر)\b/i.test(inner)) return 'person';
  return undefined;
}

/**
 * Persian has no capitals, so a short line is a name only if it does not read like a button, a heading or a
 * noun phrase ("مشاهده سفارش", "جزئیات پرداخت"), or if it starts with a common given name.
 */
const FA_GIVEN = new Set(normalizeString('علی محمد رضا حسین حسن مهدی امیر نیما سینا آرش بهرام کاوه پویا پیمان مسعود مجید سعید حمید وحید فرهاد فرزاد بابک کامران رامین شهرام سامان امید میلاد مهران محسن مصطفی مرتضی جواد احمد محمود ابراهیم اسماعیل یوسف داوود سجاد هادی عرفان پارسا آرمین سهیل بهنام بهزاد کیوان کوروش داریوش سیاوش مازیار شایان ماهان یاسین مریم زهرا فاطمه سارا نازنین مینا مهسا نگار الهام لیلا شیما سمیرا ندا نرگس پریسا پرستو ترانه آزاده آرزو بهاره شیرین فرشته مهتاب نسرین هانیه هستی یاسمن کیمیا ساناز رویا سپیده شبنم مژگان فرناز مهناز نیلوفر ستاره زینب معصومه طاهره اعظم راحله سحر آیدا النا هلیا آناهیتا کیان نوید بردیا آرین آرتین رادین امیرحسین امیرعلی امیرمحمد محمدرضا علیرضا حمیدرضا غلامرضا محمدحسین محمدعلی حامد حمزه صادق صالح طاها مهیار فرشاد فرشید شهاب شاهین شروین شهریار کامیار کسری کوشا مانی مهرداد نادر ناصر نیکان هومن یزدان یاشار آرمان بهروز بیژن پرویز جمشید خسرو رامتین سروش سهراب فرامرز فریدون منصور اکبر اصغر قاسم عباس جعفر کاظم ایمان عماد عرشیا پوریا پرهام پدرام پژمان پگاه نگین نیکی نیوشا نسیم نفیسه مهدیه مرضیه منیژه منیره ملیکا مهشید مهرنوش ژاله ژیلا شیدا شقایق شهلا شهره شکوفه صبا صدف طناز عاطفه عسل غزاله غزل فاطیما فرزانه فریبا فریده کتایون گلاره گلناز لادن لاله مائده مبینا محدثه مهلا میترا نادیا ناهید نسترن نوشین هاله هدی هما یگانه یلدا یسنا آتنا آزیتا آیلار بنفشه پروانه پریا تینا ثمین حدیث حنانه دلارام رها ریحانه زهره سمانه سوگند سولماز سوسن سیما شراره شهرزاد الناز الهه افسانه').split(' '));
const FA_NOT_NAME = /(?:^|\s)(?:سفارش|مشاهده|پیگیری|لغو|خرید|ورود|ثبت|دانلود|دریافت|تماس|پاسخ|اطلاعات|جزئیات|کلیک|اینجا|حساب|کاربری|پرداخت|فاکتور|ارسال|تحویل|محصول|کالا|قیمت|مبلغ|تخفیف|کد|شماره|آدرس|نشانی|تاریخ|ساعت|وضعیت|مرحله|لینک|صفحه|سایت|اپلیکیشن|برنامه|نظرسنجی|شرکت در|امتیاز|عضویت|خبرنامه|تلفن|ایمیل|پیامک|موبایل|جمع|کل|هزینه|تومان|ریال|سبد|بازگشت|مرجوعی|گارانتی|راهنما|قوانین|شرایط|حریم|سوالات|سؤالات|متداول|اطلاعیه|پیام|اعلان)(?=\s|$)/;
/** Greeting and courtesy words that open a message: a line of them is a greeting, never a signer. */
const FA_GREETING = /^(?:سلام|درود|باسلام|سلامی|وقت|روز|صبح|عصر|شب|خداقوت|خدا|مرحبا|احتراما|احتراماً|ضمن)$/;
export function looksLikePersianName(text: string): boolean {
  // "حسین مرادی از تیم پشتیبانی": a name, then the team.
  const from = text.split(/\s+از\s+/);
  if (from.length > 1 && from[0] && looksLikePersianName(from[0])) return true;
  const words = text.replace(/[\u060C,|:\-!.]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || /\d/.test(text)) return false;
  if (FA_GREETING.test(words[0])) return false;
  if (FA_GIVEN.has(words[0]) || /^(?:دکتر|مهندس|خانم|آقای|سرکار خانم|جناب)$/.test(words[0])) return true;
  // Read the words without their punctuation: «نام کاربری:» holds «کاربری» as much as «نام کاربری» does.
  return words.length <= 3 && !FA_NOT_NAME.test(words.join(' ')) && !FA_TEAM_START.test(text);
}

/** Words of receipts and layouts ("Order Details", "Shipping Address"): a line holding one is not a name. */
// With trade nouns a shop or a body signs with ("Acme Wines", "Northside Library"), none of them a common surname.
const EN_NOT_NAME = /\b(?:sorry|apologies|oops|congratulations|congrats|welcome|enjoy|goodbye|bye|unfortunately|what|how|why|where|which|you|your|yours|our|ours|us|we|does|did|these|those|steps|order|orders|details|detail|address|account|summary|session|id|ip|login|username|token|url|link|total|subtotal|invoice|receipt|payment|shipping|billing|items?|quantity|price|tax|discount|code|number|date|status|tracking|delivery|support|help|center|centre|team|questions?|faq|policy|terms|privacy|settings|profile|password|email|phone|website|app|store|shop|online|customer|service|newsletter|update|news|offer|sale|coupon|survey|feedback|review|rating|portal|marketplace|market|hub|cloud|systems|system|labs|software|solutions|digital|technologies|media|network|studio|academy|forum|community|platform|project|notifications|alerts|bot|robot|mailer|payments|pay|finance|insurance|energy|airlines|airways|travel|hotels?|foods|group|holdings|capital|partners|ventures|consulting|games|apps|analytics|logistics|express|motors|pharmacy|clinic|dental|health|banking|wallet|exchange|stores|wines?|bank|books|bookshop|bookstore|coffee|bakery|events|security|inc|ltd|llc|gmbh|company|brewery|fashion|florist|flowers|kitchen|outdoors|sports|pets|toys|beauty|cosmetics|jewelry|jewellery|furniture|electronics|rentals|realty|properties|library|school|university|college|museum|theatre|theater|cinema|gym|fitness|salon|restaurant|cafe|pizza|supplies|hardware|printing|marketing|agency|records|magazine)\b/i;
/** A line that starts by telling the reader to reach someone. */
const REACH_VERB_FIRST = /^(?:please |just )?(?:contact|call|phone|email|e-mail|message|text|chat with|talk to|speak to|speak with|write to|reach out to|reach|ask|visit|meet|join)\b/i;
/** Call-to-action words that start button and link texts ("Download PDF", "Track Order"), never names. */
const CTA = /^(download|view|track|shop|click|order|reset|verify|confirm|sign|log|manage|update|get|start|open|see|read|learn|buy|book|pay|visit|follow|join|rate|review|leave|take|complete|accept|decline|activate|renew|upgrade|explore|browse|watch|listen|share|invite|claim|redeem|apply|register|subscribe|continue|go|back|next|home|contact|help|support|faq|account|my|your|our|the|new|free|save|special|limited|hello|hi|dear|welcome|thank|thanks|cheers|regards|love|best|warmly|sincerely|greetings)$/i;
const TITLE_WORD = /^(?:[A-Z][a-zA-Z\u00C0-\u024F'’.-]*|[A-Z]\.)$/;

/** "Sara", "Sara Lee", "Dr. Sara Lee", "Sara from Acme", "Sara Lee | Head of Support"; not "Download as PDF". */
export function looksLikeName(source: string): boolean {
  const head = source.trim().replace(/^[\s\-\u2013\u2014~]+/, '').split(/\s*(?:[,|(\u2013\u2014]|\s-\s|\sfrom\s|\sat\s|\sof\s)/)[0];
  const words = head.split(/\s+/).filter(Boolean);
  if (!(words.length >= 1 && words.length <= 4 && words.every((w) => TITLE_WORD.test(w)) && !CTA.test(words[0].replace(/[.,]$/, '')))) return false;
  // "- KoboToolbox", "WordPress", "SurveyMonkey": a capital inside a word after three small letters is a product's
  // CamelCase, not a name ("McKenzie", "DeAndre", "MacArthur" have one or two before it).
  if (words.some((w) => /[a-z]{3}[A-Z]/.test(w))) return false;
  // "Hannah Price": a receipt word that is also an English surname, last after a given name, is the surname.
  if (words.length >= 2 && SURNAME_TOO.test(words[words.length - 1])) return !EN_NOT_NAME.test(words.slice(0, -1).join(' '));
  return !EN_NOT_NAME.test(head);
}

/** Words of EN_NOT_NAME that are common English surnames too. */
const SURNAME_TOO = /^(?:Price|Sale|Code|Story)$/;

/**
 * A short "name" the letter itself uses as a company or product name ("Thank you for signing up with Paste",
 * "© 2021 سامانه یابانه"): signing with it is the company signing, not a person.
 */
export function isBrandInText(name: string, original: string): boolean {
  // "— Acme": the dash before a signer is punctuation, not part of the name.
  const n = name.trim().replace(/^[-\u2013\u2014~]+\s*/, '').replace(/[.,!\u060C]+$/, '');
  // A name is short; anything longer is not a signer's name and must not become a huge regex.
  if (!n || n.length < 2 || n.length > 40 || n.split(/\s+/).length > 2) return false;
  // Each verdict reads the whole text: asked again for the same name in the same text (a 2 MB file signs
  // "Thanks, Sam" thousands of times), it is answered from memory instead of rescanning, which was quadratic.
  if (brandVerdicts.text !== original) {
    brandVerdicts.text = original;
    brandVerdicts.byName.clear();
  }
  let verdict = brandVerdicts.byName.get(n);
  if (verdict === undefined) {
    verdict = brandIn(n, original);
    brandVerdicts.byName.set(n, verdict);
  }
  return verdict;
}

/** isBrandInText's verdicts for the last text it was asked about (one text at a time: no growth across files). */
const brandVerdicts = { text: '', byName: new Map<string, boolean>() };

function brandIn(n: string, original: string): boolean {
  const w = escapeRe(n);
  // "Paste<br>1234 S. Broadway St.": the name heads the footer's postal address, so it is the company's.
  // "acme.com", "www.acme.co.uk", "noreply@acme.com" in the text: a name that is the site's own domain is the
  // company's. (A person's address has their name before the "@", not as the domain.)
  const domain = `(?<![\\w.-])(?:[a-z0-9-]+\\.)*${w.replace(/\\ /g, '-?')}\\.(?:com|net|org|io|co|app|dev|ai|shop|store|biz|info|me|us|uk|de|fr|nl|ir|ca|au|in)\\b`;
  const street = `${w}${ADDRESS_GAP}\\d{1,6}[ \\t]+(?:[A-Za-z.]+[ \\t]+){1,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|broadway|lane|ln|drive|dr|way|suite|square|sq|place|pl|plaza|court|ct)\\b`;
  const en = new RegExp(`${street}|\\b(?:sign(?:ing|ed)? up (?:with|for|to|at)|register(?:ing|ed)? (?:with|at|for)|shopping (?:with|at)|subscrib(?:ing|ed) to|welcome to)[ \\t]+${w}\\b|\\b${w}[ \\t]+(?:team|account|accounts|app|community|inc|llc|ltd|platform|store|shop|instance|server|site|website|profile|password|login|support|users?|members?|mailing[ \\t]+lists?|lists?|project|foundation|forums?|newsletter|bot|group|network|portal|system|services?)\\b|\\b(?:on|using|via|joined|joining|join|into|in|at) ${w}\\b(?![ \\t]*[,:])|(?:©|&copy;|\\(c\\)|copyright)[^\\n<]{0,40}\\b${w}\\b|\\b(?:powered by|brought to you by|a service of|a product of|trademarks? of)[ \\t]+${w}\\b|${domain}`, 'i');
  // «به بهارستان خوش آمدید», «از خرید شما از بهارستان», «عضویت در بهارستان»: the Persian frames of "welcome to X",
  // "shopping at X", "signing up with X".
  const faFrames = `(?:به|در) ${w}[\\s\\u200c]*(?:خوش[\\s\\u200c]?آمدید|خوش[\\s\\u200c]?اومدی)|(?:عضویت|ثبت[\\s\\u200c]?نام|خرید|اشتراک|حساب کاربری)(?:[\\s\\u200c]شما)?[\\s\\u200c](?:در|از|با)[\\s\\u200c]${w}|(?:اعتماد|همراهی)(?:[\\s\\u200c]شما)?[\\s\\u200c]به[\\s\\u200c]${w}`;
  const fa = new RegExp(`${faFrames}|(?:سامانه|سایت|وب ?سایت|وب‌سایت|فروشگاه|شرکت|تیم|گروه|اپلیکیشن|مجموعه|پلتفرم|برند)[\\s\\u200c][^\\n<]{0,24}${w}|(?:©|&copy;)[^\\n<]{0,40}${w}|${w}${ADDRESS_GAP}(?:نشانی|آدرس)?[:\\s]*(?:[^\\s<،,]+[،,\\s]+){0,2}(?:خیابان|بلوار|میدان|کوچه|پلاک|جاده|بزرگراه)`);
  // A Latin brand name is often written inside Persian prose ("تیم Earth Coop"): try both languages' frames.
  return /[\u0600-\u06FF]/.test(n) ? fa.test(original) : en.test(original) || fa.test(original);
}

/** Between a name and the address under it: spaces, commas and tags (`<br>`, `</td><td>`), nothing else. */
const ADDRESS_GAP = '(?:[\\s,\\u060C]|<[^<>]{0,80}>){1,12}';

/** Every sign-off with the signature lines after it (up to three, crossing into the next paragraph). */
export function findSignoffs(lines: readonly Line[], original: string): Signoff[] {
  const known = signoffsMemo.get(lines);
  if (known?.original === original) return known.signoffs;
  const signoffs = readSignoffs(lines, original);
  signoffsMemo.set(lines, { original, signoffs });
  return signoffs;
}

/**
 * What a line's own text says about a sign-off, before its neighbours and the message are read: a `signoff:` key's
 * value (the line itself then signs), or the sign-off words it opens with (of a `closing:` key's value when it is
 * one), or nothing (`null`, almost every line). Offsets are the line's own, relative to `line.from`.
 */
type SignoffHead = { keyed: LineSpan } | { value: LineSpan | undefined; words: string } | null;

function signoffHead(line: Line): SignoffHead {
  const keyed = keyedSignature(line);
  if (keyed) return { keyed: { from: keyed.from - line.from, to: keyed.to - line.from, text: keyed.text } };
  const value = keyedValue(line);
  const text = (value ?? line).text;
  // The anchored expression first: it fails at once on almost every line, where counting words split the line.
  const m = SIGNOFF_RE.exec(text);
  if (!m || wordCount(text) > 9) return null;
  return { value: value && { from: value.from - line.from, to: value.to - line.from, text: value.text }, words: m[0] };
}

/**
 * signoffHead of `lines[i]`, kept on its block's line (a function of the line's text alone, so a lint of an edited
 * document works it out again only for the edited paragraph). Lines that are not their block's own are read afresh.
 */
function signoffHeadOf(line: Line, span: LineSpan | undefined): SignoffHead {
  if (!span || span.from !== line.from || span.to !== line.to || span.text !== line.text) return signoffHead(line);
  if (span.signoff === undefined) span.signoff = signoffHead(line);
  return span.signoff as SignoffHead;
}

/** `line` with its own offsets `span` (relative to `line.from`), as valueOf makes it. */
const within = (line: Line, span: LineSpan): Line => ({ ...line, from: line.from + span.from, to: line.from + span.to, text: span.text });

function readSignoffs(lines: readonly Line[], original: string): Signoff[] {
  const out: Signoff[] = [];
  // Lines come block by block, in the order of each block's lineSpans (linesOf).
  let spanBlock: ProseBlock | undefined;
  let spanIndex = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].block !== spanBlock) { spanBlock = lines[i].block; spanIndex = 0; }
    const head = signoffHeadOf(lines[i], spanBlock.lineSpans?.[spanIndex++]);
    if (!head) continue;
    if ('keyed' in head) {
      const keyed = within(lines[i], head.keyed);
      // `signoff: "The Bookworm Team"` in a locale file: the key says what the value is.
      out.push({ line: keyed, language: lineLanguage(keyed.text), wordsEnd: keyed.from, signature: [{ line: keyed, kind: classifySignature(keyed, original), from: keyed.from }] });
      continue;
    }
    const line = head.value ? within(lines[i], head.value) : lines[i];
    const m = [head.words];
    const language: Language = lineLanguage(m[0]);
    const wordsEnd = line.from + m[0].length;
    const signature: Signoff['signature'] = [];
    if (wordsEnd < line.to) {
      // "Thanks, the Acme team" is a sign-off; "Thanks for signing up!" is a sentence.
      if (!/[,\u060C\-!]/.test(m[0]) || wordCount(line.text.slice(m[0].length)) > 6) continue;
      signature.push({ line, kind: classifySignature(line, original, wordsEnd), from: wordsEnd });
    } else {
      // The signature is the lines of one paragraph: right after the sign-off, or the next paragraph.
      const sigBlock = lines[i + 1]?.blockIndex;
      for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
        const next = lines[j];
        if (next.blockIndex !== sigBlock || next.blockIndex - line.blockIndex > 2) break;
        // "Thank You." then "Kind Regards,": the next line is the real sign-off, not a signer; it is read on its own turn.
        const again = SIGNOFF_RE.exec(next.text);
        if (again && again[0].length === next.text.length) break;
        let kind = classifySignature(next, original);
        // "Take care,⏎%USERFULLNAME%": a person's name printed where the signer signs is the signer's, whatever the
        // variable is called, unless it is the name the greeting addressed.
        if (kind !== 'person' && signature.length === 0 && isLoneNameVariable(next) && !greetedVariables(lines).has(lineTags(next)[0].variable!)) kind = 'person';
        // The signer's name comes first. Under "The Acme Team", "Springfield, IL" or "Greenway Grocers" is an
        // address or the company, not a person (unless it is a sender variable).
        if (kind === 'person' && signature.length > 0 && !lineTags(next).some((t) => roleOf(t.variable) === 'senderName' || roleOf(t.variable) === 'name')) kind = 'other';
        signature.push({ line: next, kind, from: next.from });
        if (kind === 'other' && wordCount(next.text) > 6) break;
      }
    }
    if (signature.length > 1 && nameAboveCompany(signature[0], signature[1])) signature[0].kind = 'person';
    out.push({ line, language, wordsEnd, signature });
  }
  return out;
}

/** A line that is one variable naming a person (`%USERFULLNAME%`, `{{ agent_first_name }}`), nothing else. */
function isLoneNameVariable(line: Line): boolean {
  const tags = lineTags(line);
  if (tags.length !== 1 || !tags[0].variable || roleOf(tags[0].variable) !== 'name') return false;
  return line.block.text.slice(line.from, line.to).replace(/[\s,.\-!]/g, '') === PLACEHOLDER;
}

/** The variables the letter's greeting line addresses ("Dear %CANDFULLNAME%,"): the reader's. */
function greetedVariables(lines: readonly Line[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines.slice(0, 4)) {
    if (!GREETING_LINE.test(line.text)) continue;
    for (const t of lineTags(line)) if (t.variable) out.add(t.variable);
    break;
  }
  return out;
}

/** Keys of locale and config files (YAML, JSON, .properties) whose value is the letter's signature or closing. */
const SIGNATURE_KEY = /^["']?(?:[\w.-]*[._-])?(?:signoff|sign_off|sign-off|signature|signed_by|signer|sender_signature|from_name|team_signature)["']?\s*[:=]\s*/i;
const CLOSING_KEY = /^["']?(?:[\w.-]*[._-])?(?:closing|valediction|regards|farewell|complimentary_close)["']?\s*[:=]\s*/i;

/** The value of a `key: "value"` line as a line of its own (quotes and a trailing comma dropped). */
function valueOf(line: Line, key: RegExp): Line | undefined {
  if (!line.text.includes(':') && !line.text.includes('=')) return undefined;
  const m = key.exec(line.text);
  if (!m) return undefined;
  let from = line.from + m[0].length;
  let to = line.to;
  const t = line.block.text;
  while (from < to && /["'>|\s]/.test(t[from])) from++;
  while (to > from && /["',;\s]/.test(t[to - 1])) to--;
  return to > from ? { ...line, from, to, text: t.slice(from, to) } : undefined;
}
const keyedSignature = (line: Line) => valueOf(line, SIGNATURE_KEY);
const keyedValue = (line: Line) => valueOf(line, CLOSING_KEY);

/**
 * The closing lines of a message signed without a sign-off word ("Amir Hosseini / Support specialist"):
 * the short lines of the last paragraph, classified like a signature.
 */
export function closingLines(lines: readonly Line[], original: string): { line: Line; kind: SignatureKind }[] {
  const known = closingMemo.get(lines);
  if (known?.original === original) return known.closing;
  const closing = readClosingLines(lines, original);
  closingMemo.set(lines, { original, closing });
  return closing;
}

function readClosingLines(lines: readonly Line[], original: string): { line: Line; kind: SignatureKind }[] {
  const out: { line: Line; kind: SignatureKind }[] = [];
  let block = -1;
  // Walk back from the end over footer lines (unsubscribe notes, addresses, copyright, links) to the last
  // short paragraph before them: in HTML emails the signature is rarely the very last text.
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
    const line = lines[i];
    if (block >= 0 && line.blockIndex !== block) break;
    // The opening line ("سلام", "Hi there", "Hello {{agent.name}},") is not a signature even when nothing
    // follows the body.
    if ((i === 0 && lines.length > 1) || GREETING_LINE.test(line.text)) break;
    const short = wordCount(line.text) <= 7 && !/[.!?\u061F:]$/.test(line.text);
    if (SIGNOFF_RE.test(line.text) && SIGNOFF_RE.exec(line.text)![0].length === line.text.length) break;
    if (!short || FOOTER.test(line.text)) {
      if (block >= 0) break;
      continue;
    }
    block = line.blockIndex;
    // A `subject: …` or `button: …` line of a locale file, or a button's or link's text, is never a signer.
    const kind = OTHER_KEY.test(line.text) ? 'other' : classifySignature(line, original);
    out.unshift({ line, kind });
    if (out.length === 3) break;
  }
  // With no sign-off word to vouch for it, a short Persian line is a name only when it reads like one (a given
  // name or a title) or a role line follows it ("کوثر رحیمی / کارشناس پشتیبانی"): Persian has no capitals, and
  // headings, button texts and product names are short lines too.
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c.kind !== 'person' || !/[\u0600-\u06FF]/.test(c.line.text) || lineTags(c.line).length) continue;
    const named = STAFF_LABEL.exec(c.line.text)?.[1] ?? c.line.text;
    if (!startsWithPersianName(named) && out[k + 1]?.kind !== 'team') c.kind = 'other';
  }
  // Likewise one bare English word at the end ("Kanboard" under a rule) of a message no one speaks in as "I": a
  // product signs its footer that way. A person signing with a first name alone writes as one ("just reply and I'll
  // pick it up … Aisha"), or puts a sign-off or a dash before it ("Thanks, Sara", "— Sara").
  if (out.length === 1 && out[0].kind === 'person' && !lineTags(out[0].line).length && /^[A-Z][\p{L}'’-]+$/u.test(sliceOf(original, out[0].line, out[0].line.from).trim())
    && !lines.some((l) => FIRST_PERSON_SINGULAR.test(l.text))) {
    const source = original.slice(Math.max(0, out[0].line.block.starts[out[0].line.from] - 3), out[0].line.block.starts[out[0].line.from]);
    if (!/[-\u2013\u2014~]\s*$/.test(source)) out[0].kind = 'other';
  }
  if (out.length > 1 && nameAboveCompany(out[0], out[1])) out[0].kind = 'person';
  // As after a sign-off: only the first closing line can be the signer's name (or a sender variable).
  for (let k = 1; k < out.length; k++) {
    if (out[k].kind === 'person' && !lineTags(out[k].line).some((t) => roleOf(t.variable) === 'senderName' || roleOf(t.variable) === 'name')) out[k].kind = 'other';
  }
  return out;
}

/** A writer speaking as one person (normalized, lower-case prose). */
const FIRST_PERSON_SINGULAR = /\b(?:i|i'm|i’m|i'll|i’ll|i've|i’ve|i'd|i’d|me|my|myself)\b/;

/** Keys of locale files whose value is a subject, a heading or a button, never a signature. */
const OTHER_KEY = /^["']?(?:[\w.-]*[._-])?(?:subject|title|heading|header|action|button|cta|link|label|greeting|intro|instruction|instructions|body|message|text|footer|preheader|preview)["']?\s*[:=]/i;

/**
 * True when the line starts and ends inside links: a button, a `[…](…)` link or a row of them ("Documentation |
 * Discord"), never a signer.
 */
const RAILS_LINK_BEFORE = new RegExp(`\\b${RAILS_LINK_HELPER}\\s*\\(?\\s*['"]$`);

const LINK_OPEN_THEN_STRING = /<a\b[^<>]*>\s*(?:\{\{|\{%|\{!!|<\?php|<\?=|<%=?)[^<>]{0,40}?['"]\s*$/i;
const STRING_THEN_LINK_CLOSE = /^\s*['"][^<>]{0,40}?(?:\}\}|%\}|!!\}|\?>|%>)\s*<\/a\s*>/i;

function isLinkText(line: Line, original: string, from = line.from): boolean {
  const start = line.block.starts[from];
  const end = line.block.ends[line.to - 1];
  const before = original.slice(Math.max(0, start - 600), start);
  const after = original.slice(end, end + 40);
  if (/<a\b[^<>]*>\s*$/i.test(before) && /^\s*<\/a\s*>/i.test(after)) return true;
  // The same text printed by a translation call inside the link: `<a …>{{ _('Submit Now') }}</a>`, `<a …><?= __('…') ?></a>`.
  if (LINK_OPEN_THEN_STRING.test(before) && STRING_THEN_LINK_CLOSE.test(after)) return true;
  // A Rails link helper's text (`= link_to "Contact our support team", contact_url` in HAML).
  if (RAILS_LINK_BEFORE.test(before) && /^['"]/.test(after)) return true;
  // A whole Markdown link on its line in plain text ("[تغییر گذرواژه](%{edit_password_url})"): a button, not a name.
  if (/^\s*\[[^\[\]\n]+\]\([^()\n]*\)\s*$/.test(original.slice(start, end))) return true;
  return /\[\s*$/.test(before) && /^\s*\]\(/.test(after);
}

/**
 * A Persian line that reads as a person's name: it starts with a common given name or a title ("دکتر", "خانم"),
 * or it is two or three words ending in a family name's suffix ("شیوا نوروزی", "کاوه حسین‌زاده").
 */
function startsWithPersianName(text: string): boolean {
  const words = text.replace(/^[\s\-\u2013\u2014~]+/, '').split(/[\s\u060C,]+/).filter(Boolean);
  if (FA_GIVEN.has(words[0]) || /^(?:دکتر|مهندس|خانم|آقای|سرکار|جناب|استاد)$/.test(words[0])) return true;
  return words.length >= 2 && words.length <= 3 && FA_SURNAME.test(words[words.length - 1]) && !FA_NOT_NAME.test(text);
}
const FA_SURNAME = /(?:ی|یان|زاده|پور|نیا|فر|راد|منش|نژاد|وند|لو|دوست|کیا|فرد|مهر|آبادی)$/;

/** A line that opens with a greeting word: the letter's salutation. */
export const GREETING_LINE = /^[\s\uE000]*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|سلام|درود|با سلام)(?=$|[\s,\u060C!:\uE000])/i;

/** Footer lines: not a signature, and skipped when looking for one. */
const FOOTER = /©|\(c\)|copyright|all rights reserved|unsubscribe|privacy|terms|preferences|view (it )?in (your )?browser|لغو عضویت|حریم خصوصی|کلیه حقوق|تمامی حقوق|^(?:[^\s]+ )?(?:powered by|sent (?:by|with|via)|built with|made with|delivered by)\s|(?:قدرت گرفته|نیرو گرفته|ساخته شده|طراحی شده|طراحی و اجرا|ارسال شده) (?:از|با|توسط)\s/i;

export function lineRange(line: Line, from = line.from): Range {
  return sourceRange(line.block, from, line.to);
}

/** The original text of a line from normalized offset `from` to its end. */
function sliceOf(original: string, line: Line, from: number): string {
  const { start, end } = lineRange(line, from);
  return original.slice(start, end);
}

export { EN_TEAM_LINE, EN_DEPT_LINE, FA_TEAM_START };
