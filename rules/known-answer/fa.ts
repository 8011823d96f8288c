import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** آنچه سؤال از پاسخ‌دهنده می‌خواهد، به تفکیک نوع داده. */
const EMAIL = oneOf('ایمیل', 'رایانامه', 'پست الکترونیک', 'پست الکترونیکی', 'نشانی ایمیل', 'آدرس ایمیل');
const YOURS = oneOf('شما', 'خود', 'خودتان', 'تان', 'تون');
const ORDER = oneOf('سفارش', 'فاکتور', 'پیگیری', 'رزرو', 'بلیت', 'بلیط', 'تیکت', 'درخواست', 'خرید', 'تراکنش');
const THING = oneOf('محصول*', 'کالا*', 'دوره*', 'بسته*', 'طرح*', 'مدل*', 'سرویس*', 'اشتراک*');
const BOUGHT = oneOf('خریدید', 'خریده اید', 'خریداری کردید', 'خریداری کرده اید', 'سفارش دادید', 'سفارش داده اید', 'استفاده کردید', 'استفاده می کنید', 'گرفتید', 'شرکت کردید', 'تهیه کردید');
const PHONE = oneOf('شماره تماس', 'شماره تلفن', 'شماره موبایل', 'شماره همراه', 'تلفن همراه', 'موبایل');

/** Frames per kind of data asked for. */
export const ASKED_FA: Record<'email' | 'name' | 'order' | 'product' | 'phone', PhraseEntry[]> = {
  email: [
    { match: `${EMAIL} ${YOURS}` },
    { match: `^ ${EMAIL} $` },
    { match: `${EMAIL} ... ${oneOf('وارد کنید', 'بنویسید', 'را وارد نمایید')}`, except: ['(ارسال|بفرستیم|بفرستد|دریافت)'] },
  ],
  name: [
    { match: `${oneOf('نام', 'اسم', 'نام و نام خانوادگی', 'نام کامل')} ${YOURS}` },
    { match: `^ ${oneOf('نام', 'نام و نام خانوادگی', 'نام کامل')} $` },
  ],
  order: [
    { match: `${oneOf('شماره', 'کد')} ${ORDER}` },
  ],
  product: [
    { match: `${oneOf('کدام', 'چه')} ${THING} ... ${BOUGHT}` },
  ],
  phone: [
    { match: `${PHONE} ${YOURS}` },
    { match: `^ ${PHONE} $` },
  ],
};

export const fa: PhraseEntry[] = Object.values(ASKED_FA).flat();
