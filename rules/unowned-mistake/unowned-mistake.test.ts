import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { phraseListsCompile } from '../../test/helpers/phrase-lists';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('unowned-mistake', {
  bad: [
    { text: "We're sorry. [[Your package was sent to the wrong address]].", fixed: "We're sorry. We sent your package to the wrong address." },
    { text: 'Unfortunately, [[the wrong item was shipped]] to you.', fixed: 'Unfortunately, we shipped the wrong item to you.' },
    { text: 'We apologize: [[an error occurred with your order]].', fixed: 'We apologize: we made a mistake with your order.' },
    { text: 'Sorry! [[Your {{product}} was shipped in the wrong size]].', fixed: 'Sorry! We shipped your {{product}} in the wrong size.' },
    { text: '[[You were charged twice]] for this order. We apologize.', fixed: 'We charged you twice for this order. We apologize.' },
    { text: '[[A mistake was made on your invoice]], and we are sorry.' },
    { text: "We're so sorry: [[your email got lost]] in our system.", fixed: "We're so sorry: we lost your email in our system." },
    { text: 'Sorry, [[something went wrong with your booking]].' },
    { text: '<p>Hi {{ customer.first_name }},</p>\n<p>We are sorry. [[Your order was shipped to an old address]] on file.</p>', file: 'a.html' },
    { text: 'متأسفیم. [[سفارش شما اشتباه ارسال شد]].', fixed: 'متأسفیم. ما سفارش شما را اشتباه ارسال کردیم.' },
    { text: 'متأسفانه [[در ثبت سفارش شما خطایی رخ داد]].', fixed: 'متأسفانه ما در ثبت سفارش شما اشتباه کردیم.' },
    { text: 'پوزش می‌خواهیم؛ [[کالای اشتباه برای شما ارسال شد]].', fixed: 'پوزش می‌خواهیم؛ ما کالای اشتباه را برای شما ارسال کردیم.' },
    { text: 'متأسفانه [[مبلغ سفارش دو بار از حساب شما کسر شد]].' },
    { text: 'متأسفیم، [[درخواست شما از قلم افتاد]].', fixed: 'متأسفیم، ما درخواست شما را از قلم انداختیم.' },
    { text: 'متأسفیم، [[بسته شما به آدرس اشتباه فرستاده شد]].', fixed: 'متأسفیم، ما بسته شما را به آدرس اشتباه فرستادیم.' },
    { text: 'متاسفانه [[خطایی پیش آمد]] و سفارش شما ثبت نشد.' },
    { text: 'Sorry, [[your booking was cancelled due to a system error]].', fixed: 'Sorry, we cancelled your booking due to a system error.' },
    { text: 'Sorry, it seems [[there was an error processing your payment]].', fixed: 'Sorry, it seems we made a mistake processing your payment.' },
    { text: 'عذرخواهی می‌کنیم؛ [[درخواست شما پیگیری نشد]].' },
  ],
  good: [
    { text: 'Your order has shipped.' },
    { text: 'Your payment was declined by your bank.' },
    { text: 'An error occurred. Please try again.' },
    { text: 'We are sorry, but an error occurred while saving your settings. Please try again later.' },
    { text: "Sorry, the address you entered was incorrect, so your parcel was sent to the wrong address." },
    { text: 'Your order was sent to the wrong address. That was our mistake, and a new one is on its way.' },
    { text: 'We sent the wrong size. I am sorry, and a replacement ships today.' },
    { text: 'What if my package was sent to the wrong address?' },
    { text: 'If you were charged twice, reply and we will refund the extra charge.' },
    { text: 'An error occurred with your order.' },
    { text: 'Mistakes were made. We apologize.' },
    { text: 'Your parcel was lost in transit by the courier; we have filed a claim and sent a new one.' },
    { text: 'سفارش شما ارسال شد.' },
    { text: 'Your order was delayed due to an error in the address you entered. Sorry!' },
    { text: 'متأسفیم، سفارش شما هنوز ارسال نشده است و فردا ارسال می‌شود.' },
    { text: 'پرداخت شما توسط بانک رد شد.' },
    { text: 'خطایی رخ داد؛ لطفاً دوباره تلاش کنید.' },
    { text: 'متأسفیم؛ ما سفارش شما را اشتباه ارسال کردیم.' },
    { text: 'اگر سفارش شما اشتباه ارسال شد، با ما تماس بگیرید.' },
    { text: 'متأسفیم؛ آدرسی که وارد کردید ناقص بود و بسته به آدرس اشتباه ارسال شد.' },
    { text: 'متأسفیم، سفارش شما اشتباه ارسال شد. اشتباه از ما بود و نسخه درست امروز ارسال می‌شود.' },
    { text: 'Sorry, your package was sent to the wrong address.', options: { rules: { 'unowned-mistake': 'off' } } },
  ],
});

// Written to test the frames, not copied from en.ts/fa.ts: agentless failures in apologies and bad news, and hard
// negatives that report good news, name another agent, own the mistake, or speak of the reader's own error.
paraphraseCases('unowned-mistake', 'en', {
  flag: [
    'Apologies: your refund was processed twice by mistake.',
    'Sorry, the incorrect invoice was emailed to you last week.',
    'We are sorry to say your subscription was cancelled in error.',
    'Unfortunately your replacement was dispatched to the wrong branch.',
    'I am sorry: your ticket was overlooked over the holidays.',
    'Sadly, a duplicate charge was applied to your card.',
    'We regret that a billing error occurred on your account this month.',
    'Sorry: your booking got mixed up with another guest.',
    'Unfortunately, there was a mix-up with your prescription.',
    'You received the wrong book, and we are sorry about that.',
    'Our apologies, your account was billed at the wrong rate.',
    'Sorry about this: your request slipped through the cracks.',
  ],
  pass: [
    'Your refund was processed today and will reach your card in 3 days.',
    'Your card was charged by your bank in a different currency.',
    'Sorry, we sent the wrong invoice: my mistake. The right one is attached.',
    'If your subscription was cancelled in error, just reply and I will restore it.',
    'The address you provided was incomplete, so the parcel was returned to us.',
    'Something went wrong. Please refresh the page.',
    'How do I report that the wrong item was shipped?',
    'Thanks for your order! It was shipped this morning.',
    'Your appointment was moved to Friday at your request.',
    'Our mistake: the wrong size was packed. A new pair ships today.',
  ],
});

paraphraseCases('unowned-mistake', 'fa', {
  flag: [
    'متأسفیم، مبلغ اشتراک شما به اشتباه دو بار کسر شد.',
    'پوزش می‌خواهیم؛ فاکتور نادرست برای شما ارسال شد.',
    'متأسفانه سفارش شما به اشتباه لغو شده است.',
    'عذرخواهی می‌کنیم، رزرو شما اشتباه ثبت شد.',
    'متأسفانه هنگام پردازش پرداخت شما مشکلی پیش آمد.',
    'شرمنده‌ایم؛ پیام شما گم شد.',
    'متأسفیم، سایز اشتباه برایتان فرستاده شد.',
    'متأسفانه خطایی در صدور فاکتور شما رخ داده است.',
  ],
  pass: [
    'سفارش شما امروز ارسال شد و فردا می‌رسد.',
    'مبلغ توسط بانک به حساب شما بازگشت داده شد.',
    'متأسفیم؛ ما کالای اشتباه فرستادیم و نسخه درست امروز ارسال می‌شود.',
    'اگر مبلغ دو بار کسر شد، به همین ایمیل پاسخ دهید.',
    'نشانی‌ای که وارد کرده‌اید ناقص است و بسته به آدرس اشتباه ارسال شد.',
    'خطایی رخ داد. لطفاً صفحه را دوباره بارگذاری کنید.',
    'درخواست شما ثبت شد و کارشناس ما فردا تماس می‌گیرد.',
    'اشتباه از ما بود؛ فاکتور شما نادرست صادر شد و نسخه درست پیوست است.',
  ],
});

phraseListsCompile('unowned-mistake', import.meta.dirname);
