import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** Words that say a machine made the message (Persian puts them after the noun: پیام خودکار). */
const AUTO = oneOf('خودکار', 'اتوماتیک', 'سیستمی', 'ماشینی');
/** What the message is called when nobody names what it is about. */
const LABEL = oneOf('اطلاعیه', 'اعلان', 'اعلانیه', 'اطلاع‌رسانی', 'پیام', 'پیغام', 'ایمیل', 'هشدار', 'نامه', 'اخطار');
/** The same labels with the ezafe or an indefinite ending (اطلاعیه‌ی، اعلانی). */
const LABEL_EZAFE = oneOf('اطلاعیه*', 'اعلان*', 'اطلاع‌رسانی*', 'پیام', 'پیغام', 'ایمیل', 'هشدار*', 'نامه', 'اخطار*');
/** The department or object a label is stuck on. */
const CATEGORY = oneOf('سفارش', 'صورتحساب', 'صورت‌حساب', 'فاکتور', 'حساب*', 'پرداخت', 'ارسال', 'مرسوله', 'رزرو', 'تیکت', 'پشتیبانی', 'خدمات', 'امنیتی', 'وضعیت', 'اشتراک', 'سیستم', 'کاربری');
/** What an automatic sender calls its own kind of message. */
const AUTO_KIND = oneOf('پاسخ', 'جواب', 'پیام', 'پیغام', 'ایمیل', 'اعلان', 'اطلاعیه', 'نامه', 'هشدار', 'تأیید', 'رسید');
const NO_REPLY = `(لطفا|لطفاً)? (به این (ایمیل|پیام|نامه))? (پاسخ|جواب) ${oneOf('ندهید', 'ندید', 'ندهيد')}`;

/** The whole subject is a label: «اطلاعیه», «پیام خودکار», «اعلان جدید». There is nothing to keep, so no rewrite. */
export const label: PhraseEntry[] = [
  { match: `^ ${LABEL_EZAFE} (مهم|سیستمی|خودکار|سیستم|سامانه|رسمی)? $` },
  // «اعلان سفارش»، «اطلاعیه‌ی صورتحساب»: a label on a department, saying no more.
  { match: `^ ${LABEL_EZAFE} ${CATEGORY} (کاربری|شما)? (مهم|جدید)? $` },
  // «نظرسنجی مشتریان»، «تأییدیه»: the kind of message, not what it is about.
  { match: '^ (نظرسنجی|نظرخواهی|پرسشنامه) (مشتریان|مشتری|کاربران|رضایت|رضایت مشتریان)? $' },
  { match: '^ (تاییدیه|تأییدیه|یادآوری|یادآور|به‌روزرسانی|بروزرسانی) (مهم|فوری)? $' },
  // «توجه»، «مهم»، «اقدام لازم»: a call for attention with nothing to attend to.
  { match: '^ (مهم|توجه|فوری|قابل توجه|اقدام لازم|نیاز به اقدام|اقدام فوری|لطفا بخوانید|لطفاً بخوانید) (مهم|فوری)? $' },
  // «پیام از طرف پشتیبانی»: the sender named as the subject, a department or a system, and nothing else.
  { match: `^ ${LABEL_EZAFE} (جدید|تازه)? (از|از طرف|از سوی|از جانب) ... (پشتیبانی|سامانه|سیستم|تیم|واحد|مدیریت|خدمات مشتریان|مرکز|دفتر|امور مشتریان|مالی) $` },
  { match: `^ ${AUTO_KIND} ${AUTO} $` },
  { match: `^ ${AUTO_KIND} ${AUTO} (از|از طرف|از سوی) ... $` },
  { match: `^ ${NO_REPLY} $` },
  { match: '^ (بدون پاسخ|ارسال خودکار) $' },
  { match: `^ ${LABEL} (از|از طرف|از سوی) (سیستم|سامانه|سرور|ربات|مدیر سیستم) $` },
];

/**
 * A machine's tag on a real subject: «پیگیری سفارش [پاسخ خودکار]», «پیام خودکار: درخواست شما ثبت شد». Reported
 * only where set apart (brackets, or a colon, dash or bar beside it); dropping it leaves the subject.
 */
export const tag: PhraseEntry[] = [
  { match: `${AUTO_KIND} ${AUTO}` },
  { match: NO_REPLY },
  { match: 'بدون پاسخ' },
  { match: `^ ${LABEL} (سیستمی|خودکار)?` },
];

/** Every frame, for the data checks (the rule matches the two kinds separately). */
export const fa: PhraseEntry[] = [...label, ...tag];
