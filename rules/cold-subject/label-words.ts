/**
 * A subject made only of label words: the kind of message, the department it is about, a reference number and
 * glue ("Order Status Update", "Update on your request", "Ticket #4821 has been updated", «به‌روزرسانی حساب
 * کاربری», «اطلاعیه شماره ۲۳»). The phrase frames list the common shapes; this reads any order of the same words.
 * At least one word must be a notice word (notification, update, status, «اطلاعیه», «وضعیت»): "New message" and
 * "Your message" name someone writing to the reader and are left alone, and a subject with any other word ("Shipment
 * notification", "Your card expires") says something. Normalized text (lower case, Persian folded, ZWNJ removed).
 */
const NOTICE = new Set([
  'notification', 'notifications', 'notice', 'notices', 'alert', 'alerts', 'update', 'updates', 'updated', 'information', 'info',
  'announcement', 'communication', 'status', 'change', 'changes', 'changed', 'modified', 'attention', 'action', 'urgent', 'important',
  'اطلاعیه', 'اعلان', 'اعلانیه', 'اطلاعرسانی', 'هشدار', 'اخطار', 'بهروزرسانی', 'بروزرسانی', 'بهروز', 'بروز', 'وضعیت', 'تغییر', 'تغییرات', 'توجه', 'اقدام', 'فوری', 'مهم',
]);
const GLUE = new Set([
  // English: articles, possessives, prepositions, the passive of the notice verbs, reply and forward prefixes.
  'a', 'an', 'the', 'your', 'our', 'my', 'new', 'required', 'needed', 'general', 'official', 'system', 'automated', 'automatic', 'of', 'on',
  'about', 'regarding', 're', 'fw', 'fwd', 'for', 'to', 'in', 'ref', 'reference', 'no', 'number', 'has', 'have', 'been', 'was', 'were', 'is',
  'are', 'message', 'email', 'e-mail', 'mail', 'and',
  'order', 'orders', 'invoice', 'account', 'customer', 'payment', 'billing', 'shipping', 'delivery', 'booking', 'reservation',
  'ticket', 'support', 'service', 'security', 'subscription', 'user', 'request', 'case', 'application', 'profile', 'claim',
  // Persian: the same classes.
  'شما', 'از', 'به', 'در', 'مورد', 'درباره', 'برای', 'شد', 'گردید', 'کرد', 'یافت', 'است', 'جدید', 'لازم', 'سیستمی', 'خودکار', 'سیستم',
  'سامانه', 'رسمی', 'شماره', 'پیام', 'پیغام', 'ایمیل', 'نامه', 'و',
  'سفارش', 'صورتحساب', 'فاکتور', 'حساب', 'کاربری', 'پرداخت', 'ارسال', 'مرسوله', 'رزرو', 'تیکت', 'پشتیبانی', 'خدمات', 'امنیتی',
  'اشتراک', 'درخواست', 'پرونده', 'پروفایل',
]);

/** Words of the subject, with numbers, references and merge fields dropped and Persian endings (ی، ها) folded. */
function words(subject: string): string[] {
  return subject
    .replace(/\uE000/g, ' ')
    .replace(/#?\d[\d\-/]*/g, ' ')
    .split(/[^\p{L}'-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean)
    .map((w) => (NOTICE.has(w) || GLUE.has(w) ? w : w.replace(/(های|ها|ی)$/, '')));
}

export function onlyLabelWords(subject: string): boolean {
  const ws = words(subject);
  return ws.length > 0 && ws.length <= 7 && ws.some((w) => NOTICE.has(w)) && ws.every((w) => NOTICE.has(w) || GLUE.has(w));
}
