import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** A system, a platform, a robot: what sends a machine's mail. */
const SYSTEM = oneOf('سیستم', 'سامانه', 'ربات', 'بات', 'سرور');
/** What such a system does: inform, message, send, answer automatically. */
const DOES = oneOf('اطلاع‌رسانی', 'پیام‌رسانی', 'پیامک', 'ارسال', 'خودکار', 'اتوماتیک', 'پشتیبانی', 'اعلان', 'اعلانات', 'ایمیل', 'پست الکترونیک', 'ارسال خودکار', 'پاسخگویی خودکار', 'تیکت', 'نوبت‌دهی');
/** Persian puts the head noun first: «اعلان‌های دیجی‌کالا», «اطلاع‌رسانی فروشگاه». */
const NOTICES = oneOf('اعلان*', 'اطلاع‌رسانی', 'اطلاعیه*', 'پیام خودکار', 'پیام‌های خودکار', 'ایمیل خودکار', 'پاسخ خودکار');
const NO_REPLY = oneOf('بدون پاسخ', 'پاسخ ندهید', 'جواب ندهید', 'بی‌پاسخ');

/**
 * A From name that is a system: «سیستم اطلاع‌رسانی», «پشتیبانی سیستم», «بدون پاسخ», «اعلان‌های فروشگاه».
 */
export const fa: PhraseEntry[] = [
  // «سیستم اطلاع‌رسانی», «سامانه پیامک», «ربات پشتیبانی».
  { match: `${SYSTEM} ${DOES}` },
  // «پشتیبانی سیستم», «اطلاع‌رسانی سامانه», «پیام سیستم».
  { match: `^ (پشتیبانی|اطلاع‌رسانی|اعلان|پیام|پیام‌های|پیامک) (سیستم|سامانه|سیستمی|خودکار)` },
  // «اعلان‌های دیجی‌کالا», «اطلاع‌رسانی»: a name that starts with what the machine sends.
  { match: `^ ${NOTICES}` },
  { match: `^ ${SYSTEM} $` },
  { match: NO_REPLY },
];
