import type { PhraseEntry } from '../../server/engine/kit';

const AGAIN = '(مجددا|مجدداً|مجدد|دوباره|بار دیگر|یک بار دیگر|یکبار دیگر|یک‌بار دیگر|از نو|از اول|از ابتدا|مجددن)';
const TELL = '(تعریف|توضیح|شرح|ارسال|بیان|اعلام|مطرح|ثبت|تکرار|ذکر|درج|عنوان|وارد|تشریح|ضمیمه|پیوست|آپلود|بارگذاری|بارگزاری|تکمیل|پر|تایپ|ایمیل|مکتوب|پیامک|فکس|ارائه|مرقوم|بازگو|اظهار|تایید|تأیید)';
const VERB = '(دهید|بدهید|کنید|نمایید|فرمایید|بفرمایید|بدید|کنین|بکنید|بنمایید|دهيد)';
export const NO_NEED = ['جزئیات پیام قبلی‌تان را داریم و لازم نیست دوباره توضیح دهید.', '{sender} پیام قبلی شما را خوانده و پیگیرش است؛ لازم نیست چیزی را تکرار کنید.'];
// "No need to explain again" (the rewrite itself) is the opposite of asking to repeat.
const ASK = '(لطفا|لطفاً|خواهشمند است|خواهشمندیم|خواهشمندم|لطف کنید|لطف کنین|لطف می‌کنید|ممنون می‌شویم|ممنون میشیم|ممکن است|می‌شود|میشه|ممکنه|امکانش هست|می‌توانید|میتوانید|می‌تونید|میتونید)';
/** What the customer already sent, named as earlier (پیام قبلی، مدارک پیشین). */
const EARLIER_THING = '(پیام|پیام‌های|ایمیل|ایمیل‌های|مکاتبات|نامه|درخواست|توضیحات|مدارک|عکس|عکس‌های|تصاویر|فایل|فایل‌های|مکالمه|تیکت)';
// A postcode (کد پستی) or the text of an error message can be asked for twice: only sign-in codes and failures excuse the ask.
const NOT_REPEAT = ['(ناخوانا|واضح نبود|واضح نیست|تار بود|خوانا نبود|باز نشد|ناموفق|منقضی|با خطا|خطایی (رخ|پیش)|با خطایی|انجام نشد|قطع شد|رمز|کلمه عبور|گذرواژه|(کد|کدی) (را|رو|تایید|تأیید|ورود|فعال‌سازی|فعالسازی|امنیتی|یکبار|یک‌بار|پیامک*|ارسال*|که)|لینک|تلاش|وارد (سایت|حساب|پنل|شوید|شده|شدن)|خرید|سفارش دهید|مراجعه|بازدید|امتحان)', '(لازم|نیازی) نیست'];

/** Staff the reader already spoke to (کارشناس، پشتیبان چت، اپراتور، همکارمان). */
const STAFF = '(همکار|همکاران|همکارمان|همکارانمان|همکاران ما|کارشناس|کارشناسان|کارشناسمان|اپراتور|پشتیبان|پشتیبانی|پشتیبان چت|پشتیبانی تلفنی|نماینده|تکنسین|مسئول|مسئولین|واحد|بخش|چت|تلفن)';
/** What the reader told them, 2nd person past (دادید، گفتید، توضیح داده‌اید). */
const YOU_TOLD = '(دادید|داده‌اید|دادین|گفتید|گفته‌اید|گفتین|فرستادید|فرستاده‌اید|فرمودید|فرموده‌اید|نوشتید|نوشته‌اید|(ارسال|توضیح|شرح|اعلام|مطرح|عنوان|بیان|ذکر) (کردید|کرده‌اید|دادید|داده‌اید|نمودید|نموده‌اید|فرمودید|فرموده‌اید|کردین))';
/** What the reader said, referred back to (همان اطلاعاتی که، هر آنچه، آنچه، چیزهایی که). */
const WHAT_YOU_SAID = '(همان|همون|هر آنچه|هرآنچه|هر چه|هرچه|آنچه|آن‌چه|اطلاعاتی|مواردی|چیزهایی|توضیحاتی|مطالبی|جزئیاتی)';
/** A handoff that leaves the reader to start over: the case or the call "was passed to" another desk. */
// Only the verbs of passing a case on: «ارسال شد» is as often "shipped" as "forwarded".
const HANDOFF = '(ارجاع|منتقل|واگذار|محول|سپرده) (شد|شده|شده است|گردید|گردیده|گردیده است|کردیم|کرده‌ایم|کردم|کرده‌ام|می‌شود|می‌گردد)';
/** What the reader had sent or said, in their past: فرستاده بودید، ارسال کردید، نوشته بودین، فرموده بودید. */
const READER_SENT = '(فرستاده بودید|فرستاده بودین|فرستادید|فرستادین|فرستاده‌اید|ارسال کرده بودید|ارسال کردید|ارسال فرمودید|ارسال فرموده بودید|ارسال کرده‌اید|گفته بودید|گفته بودین|نوشته بودید|نوشته بودین|فرموده بودید|داده بودید|ذکر کرده بودید|اعلام کرده بودید|اعلام فرموده بودید|آپلود کرده بودید|بارگذاری کرده بودید|ضمیمه کرده بودید|پیوست کرده بودید)';
/** Writing down or summarizing the problem (شرح، خلاصه، توضیح). */
const DESCRIBE = '(شرح*|خلاصه*|توضیح|توضیحی|توضیحات|جزئیات|ماجرا*|داستان*)';
/** The imperative of writing or sending, with the light verbs of TELL (بنویسید، بفرستید، ایمیل کنید، ارسال نمایید). */
const WRITE_IT = `(بنویسید|بنویسین|بفرستید|بفرستین|بگویید|بگید|بگین|(ارسال|اعلام|ایمیل|مکتوب|پیامک|تایپ|مطرح|بیان|وارد|درج|ثبت) (هم)? ${'(دهید|بدهید|کنید|نمایید|فرمایید|بفرمایید|بدید|کنین|بکنید|بنمایید)'})`;

/** The paragraph shows the reader already wrote or called (ممنون که نوشتید، پیام شما) or the case moved on (منتقل شد، سیستم ما تغییر کرده). */
const ALREADY_WROTE = [
  '(ممنون|سپاس*|متشکر*|تشکر) ... (نوشتید|نوشته‌اید|پیام دادید|پیام داده‌اید|تماس گرفتید|تماس گرفته‌اید|پیامتان|پیام‌تان|ایمیلتان|ایمیل‌تان|پیام شما|ایمیل شما|تماستان|تماس شما|تماس تلفنی شما)',
  '(سیستم|سامانه|نرم‌افزار|پنل) (پشتیبانی|تیکت*)? (ما)? ... (تغییر|عوض|ارتقا|ارتقاء|جابجا|منتقل) (کرده|شده|کرد|داد|داده|یافته)',
];
/** Asking about the issue itself (مشکل خود را توضیح دهید، مشکل چیست، کدام سفارش): a repeat only where the paragraph shows they wrote. */
const ASK_ISSUE = `((مشکل*|موضوع|مسئله|ماجرا|درخواست*) (خود|خودتان)? (را|رو)? (توضیح|شرح|بیان|مطرح|تعریف) ${VERB}|(مشکل|مشکلتان|مشکلتون|موضوع|مسئله) (چیست|چیه|چی است|چه بود|چی بود|چه است)|(کدام|کدوم) (سفارش|محصول|کالا|تیکت|فاکتور|مورد|یک از سفارش‌ها))`;
/** Asking for more than was given is not a repeat (جزئیات بیشتر، یک عکس از برچسب). */
const MORE_THAN_GIVEN = '(بیشتر|بیشتری|دقیق‌تر|دقیقتر|عکس|تصویر|فیلم|سریال|اسکرین|لاگ)';

/** Persian: asking the customer to explain again ("لطفاً مشکل خود را مجدداً توضیح دهید"). */
export const fa: PhraseEntry[] = [
  { match: `(لطفا|لطفاً|خواهشمند است|خواهشمندیم|خواهشمندم|لطف کنید|لطف کنيد|ممنون می‌شویم) ... ${AGAIN} ... ${TELL} ${VERB}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `(لطفا|لطفاً|خواهشمند است|خواهشمندیم|خواهشمندم|لطف کنید) ... ${AGAIN} ... (بفرستید|بنویسید|بگویید|بفرمایید|بگید|بنویسین|بفرستین)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${AGAIN} ... ${TELL} ${VERB}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${AGAIN} ... (بفرستید|بنویسید|بگویید|بفرمایید|بگید|بنویسین|بفرستین|ارسال‌کنید|توضیح‌دهید)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `(تیکت|درخواست|پیام|شکایت) (جدیدی|جدید|تازه‌ای|دیگری) ... (ثبت|ارسال|ایجاد|باز) ... (توضیح|شرح|ذکر|بیان)`, replace: NO_NEED },
  { match: `(سابقه‌ای|سابقه|سوابقی|اطلاعاتی|سوابق) (از)? (مکاتبات|تماس|پیام|درخواست|گفتگو|مکالمه)‌(های|ها)? (قبلی|پیشین|گذشته) (شما)? ... (نداریم|موجود نیست|در دسترس نیست|پیدا نکردیم|یافت نشد)`, replace: NO_NEED },
  // The noun form of "again" (ارسال مجدد، توضیح دوباره) with a request verb after it.
  { match: `${TELL} (مجدد|مجددا|مجدداً|دوباره) ... (اقدام|بفرمایید|فرمایید|کنید|نمایید|بکنید)`, except: NOT_REPEAT, replace: NO_NEED },
  // What they already sent, asked for by name: "ایمیل قبلی‌تان را فوروارد کنید", "مدارکی که قبلاً فرستادید را بفرستید".
  { match: `${ASK} ... ${EARLIER_THING} (قبلی*|پیشین*|قبل|اولیه*) ... (فوروارد|ارسال|بازارسال|ضمیمه|پیوست|تکرار|کپی) ${VERB}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK} ... (که|را که) (قبلا|قبلاً|پیشتر|پیش‌تر|قبل|پیش از این|از قبل) ... (بفرستید|بنویسید|بگویید|(ارسال|بارگذاری|آپلود|ضمیمه|اعلام|توضیح|شرح) ${VERB})`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK} ... (به|برای) (همکار|همکاران|همکارمان|همکاران ما|کارشناس|کارشناسان|اپراتور|پشتیبان|پشتیبانی|نماینده|تکنسین) ... (دادید|داده‌اید|گفتید|گفته‌اید|فرستادید|فرستاده‌اید|ارسال کردید|ارسال کرده‌اید|توضیح دادید|توضیح داده‌اید) ... (بنویسید|بفرستید|بگویید|(ارسال|توضیح|شرح|اعلام) ${VERB})`, except: NOT_REPEAT, replace: NO_NEED },
  // Classes added for #13: "remind us" in formal and colloquial requests (ممکنه یادآوری کنید، یادمان بیندازید).
  { match: `${ASK} ... (یادآوری|یادآور) (${VERB.slice(1, -1)}|بشید|بشوید|شوید)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `(یادمان|یادمون) (بیندازید|بندازید|بیاندازید|بیاورید|بیارید|بندازین|بیارین)`, replace: NO_NEED },
  // More of each class: colloquial "once more" (یه بار دیگه), "تکرار" which needs no "again", a verb with its object
  // clitic (ارسالش کنید), and our side having lost what they sent, followed by the ask.
  { match: `(بار دیگه|دفعه دیگه|یکبار دیگه|بار دیگر|دوباره) ... (بگید|بگین|بنویسید|بنویسین|بفرستید|بفرستین|توضیح بدید|توضیح بدین|تعریف کنید|تعریف کنین)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK} ... (تکرار) ${VERB}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${AGAIN} ... (ارسالش|ارسالشان|تعریفش|توضیحش|تکرارش|بارگذاریش|آپلودش|واردش|ثبتش|اعلامش) ${VERB}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${EARLIER_THING} (قبلی*|پیشین*|قبل|اولیه*) (شما)? ... (در دسترس نیست|پیدا نشد|یافت نشد|به دست ما نرسیده|به دستمان نرسیده|گم شده|حذف شده|پیدا نکردیم|موجود نیست) ... (لطفا|لطفاً|خواهشمند|ممنون می‌شویم|ممکن است|میشه)`, replace: NO_NEED },
  // The noun form of "again" as a requirement: "ارسال مجدد مدارک الزامی است".
  { match: `${TELL} (مجدد|دوباره|مجدداً|مجددا) ... (لازم|ضروری|الزامی) (است|می‌باشد|هست)`, except: NOT_REPEAT, replace: NO_NEED },
  // The ask in the agentless passive, as forms and letters put it (اطلاعات مجدداً ارسال گردد، مدارک دوباره بارگذاری شود).
  // Sent to the reader (فاکتور دوباره برایتان ارسال شود؟) is an offer, not an ask.
  { match: `${AGAIN} ... ${TELL} (شود|گردد|بشود|شوند|گردند)`, except: [...NOT_REPEAT, '(برایتان|براتون|برای شما|به شما|به ایمیل شما|برای جنابعالی|به جنابعالی)'], replace: NO_NEED },
  // Round-2 classes (wording the rule page does not list): the same information "you gave / told our colleague"
  // asked for again in any request form (همان اطلاعاتی را که به پشتیبان چت دادید وارد نمایید، هر آنچه به کارشناس
  // گفتید را ایمیل هم بکنید); a summary or description asked for after a handoff (تیکت شما منتقل شد؛ خلاصه‌ای از
  // مشکلتان بنویسید); and the re-verbs that ask for a rewrite (بازنویسی کنید، بازگو کنید).
  { match: `${WHAT_YOU_SAID} ... (به|برای|با) ${STAFF} ... ${YOU_TOLD} ... ${WRITE_IT}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${DESCRIBE} ... ${WRITE_IT}`, except: [...NOT_REPEAT, '(اگر|اگه|چنانچه|در صورت|درصورت|هر وقت|هرگاه)'], onlyInBlock: [HANDOFF], replace: NO_NEED },
  { match: `(بازنویسی|بازگو|دوباره‌نویسی|دوباره نویسی) ${VERB}`, except: NOT_REPEAT, replace: NO_NEED },
  // More of the English round-2 classes in Persian: "what was your order number again?" (شماره سفارشتان چند بود؟ — the
  // past tense is the "again"); "fill us in on the whole story"; and asks about the issue that repeat the reader only
  // where the paragraph shows they already wrote or the case moved (ممنون که درباره‌ی سفارش … نوشتید؛ کدام سفارش؟),
  // never on a first-contact form and never when asking for more than was given.
  { match: '(شماره|کد|شناسه) (سفارش*|پیگیری*|تیکت*|فاکتور*|مشتری*|اشتراک*|حساب*|رهگیری*) (شما)? (چند|چی|چه|کدام|کدوم) (بود|بوده)', replace: NO_NEED },
  { match: '(ما|من|مرا|ما رو|منو) (را)? (در جریان) (کامل|کل) (ماجرا|موضوع|مشکل|اتفاق)? (قرار دهید|بگذارید|بذارید|قرار بدید|بذارین)', except: ['(اگر|اگه|چنانچه|در صورت)'], replace: NO_NEED },
  { match: '(کل|تمام|همه‌ی|همه) (ماجرا|داستان|ماوقع|اتفاقات|موضوع) (را|رو)? (برای ما|برایمان|برای من|برام|برامون)? (تعریف|توضیح|شرح|بازگو) (کنید|دهید|بدهید|بدید|کنین|نمایید)', replace: NO_NEED },
  { match: ASK_ISSUE, except: [...NOT_REPEAT, MORE_THAN_GIVEN, '(در|از طریق) (فرم|کادر|بخش|قسمت) (زیر|پایین)'], onlyInBlock: [...ALREADY_WROTE, HANDOFF], replace: NO_NEED },
  // Round 4 (#13): what the reader sent, named by a relative clause in their past, asked for again: «کد رهگیری و
  // عکس‌هایی که فرستاده بودید را یک‌جا برایمان بفرستید»، «مدارکی را که ارسال کرده بودید دوباره …».
  { match: `(که|را که) ... ${READER_SENT} ... ${WRITE_IT}`, except: [...NOT_REPEAT, MORE_THAN_GIVEN.replace('عکس|تصویر|', ''), '(اگر|اگه|چنانچه|در صورت|درصورت)'], replace: NO_NEED },
];
