import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FAILURE_CUE, FAILURE_SINGLE, FAILURE_SPANNING } from './failure-cue';
import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { phraseListsCompile } from '../../test/helpers/phrase-lists';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('unowned-mistake', {
  bad: [
    // Shapes of round 4's development half (settings other than shops): a contradiction ("while it was still on the
    // van"), the old thing used in place of the current one, the reader's thing by possessive with a failure verb.
    { text: "We're sorry, [[your parcel was marked as delivered while it was still on the van]]." },
    { text: 'Unfortunately [[your car was handed back with the old oil filter still in place]].' },
    { text: 'متأسفانه سود سپرده‌ی شما در ماه گذشته [[با نرخ قدیمی محاسبه شده است]].' },
    { text: 'پوزش می‌خواهیم؛ [[چمدان شما در فرودگاه مشهد جا ماند و با پرواز بعدی می‌رسد]].' },
    { text: 'متأسفانه [[قبض آب واحد شما به نام مالک قبلی صادر گردیده است]].' },
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

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('unowned-mistake', 'en', {
  flag: [
    "Sorry about this: your ticket was closed before your question had been answered.",
    "Acme: Sorry, your 2pm engineer visit today was missed. A new slot is being arranged.",
    "We apologise: the wrong size was sent to you.",
    "I'm sorry your order was cancelled by mistake.",
    "Apologies, your refund was processed for the wrong amount.",
    "Sorry! Your parcel ended up at the wrong address.",
    "We're sorry that your delivery didn't arrive on the promised date.",
    "Unfortunately an incorrect charge was applied to your account.",
    "Sorry, your booking got cancelled by our system.",
    "Apologies: your request was not passed on to the right team.",
    "Sorry for the confusion; your subscription was renewed even though you had cancelled it.",
    "We're sorry, there was a mix-up and your items were swapped with another order.",
    "Our apologies: your callback was never scheduled.",
    "Sorry for the delay — your email was sitting unanswered in our queue.",
    "We apologise that your account was locked in error.",
    "Sorry, the discount code was not applied at checkout.",
    "Unfortunately your appointment was double-booked.",
    "Sorry, your order was shipped without the charger.",
    "Apologies — your invoice showed the wrong VAT number.",
    "We're sorry your replacement was delayed due to an internal error.",
    "Sorry, a fee was charged that shouldn't have been.",
    "Our apologies, your complaint went unanswered for two weeks.",
    "Sorry, your message wasn't seen until today.",
    "We're sorry — your order details were entered incorrectly.",
    "It appears your payment was taken twice.",
    "We noticed that your order was shipped without the charger.",
    "Apologies, the item you received was not the one you ordered.",
    "Sorry, your request seems to have been overlooked.",
    "Sorry, the wrong invoice got attached to your email.",
    "Sorry, your account was charged an incorrect amount.",
    "Unfortunately your booking failed to go through.",
    "Sorry, your email was accidentally deleted.",
  ],
  pass: [
    "Your order has shipped and will arrive on Tuesday.",
    "Your payment was declined by your bank.",
    "Sorry, we sent you the wrong size; a replacement is on its way.",
    "I'm sorry: I closed your ticket before you had your answer. I've reopened it.",
    "Your ticket was closed because we hadn't heard from you in 7 days.",
    "Sorry, but the item you ordered was returned to us by the courier as undeliverable.",
    "Your subscription was renewed on 1 May.",
    "If your order was sent to the wrong address, let us know.",
    "Sorry, the address you entered was incomplete, so the parcel came back to us.",
    "We're sorry to hear the parcel arrived damaged; the courier has opened a claim.",
    "Your appointment was moved to 3pm at your request.",
    "Sorry for the wait: your refund was issued today.",
    "Your account was locked after three failed sign-in attempts.",
    "My mistake: I missed your 2pm visit. Sam will come tomorrow at 9.",
    "Sorry, your order was cancelled because you missed the payment deadline.",
    "We noticed your card expires next month.",
    "It appears you entered an old address, so the parcel was returned to us.",
    "Sorry for the wait; your booking was confirmed this morning.",
    "Unfortunately, your flight was cancelled by the airline.",
  ],
});
paraphraseCases('unowned-mistake', 'fa', {
  flag: [
    "متأسفیم؛ سفارش شما به آدرس اشتباه فرستاده شد.",
    "عذرخواهی می‌کنیم؛ مبلغ دو بار از کارت شما کسر شده است.",
    "ببخشید، بسته‌ی شما بدون شارژر ارسال شده.",
    "متأسفانه تیکت شما پیش از پاسخ‌گویی بسته شد.",
    "متأسفانه نوبت ساعت ۱۴ شما از دست رفت.",
    "شرمنده‌ایم، سفارش شما اشتباهی لغو شد.",
    "متأسفانه کد تخفیف روی فاکتور شما اعمال نشده بود.",
    "عذر می‌خواهیم، ایمیل شما تا امروز بی‌جواب مانده بود.",
    "پوزش می‌خواهیم؛ در صدور فاکتور شما اشکالی به وجود آمده بود.",
    "ببخشید، رزرو شما به خاطر یک خطای سیستمی حذف شد.",
    "متأسفیم که سایز اشتباه برایتان ارسال گردید.",
    "عذرخواهی می‌کنیم؛ اشتراک شما با وجود لغو، تمدید شد.",
    "متأسفانه هزینه‌ای از حساب شما کسر شد که نباید کسر می‌شد.",
    "پوزش می‌طلبیم؛ درخواست شما به واحد اشتباهی ارجاع داده شد.",
    "ببخشید، مرسوله‌ی شما با تأخیر ارسال شد چون جا مانده بود.",
    "متأسفانه اطلاعات سفارش شما اشتباه وارد شده بود.",
    "عذر می‌خواهیم؛ تماس شما بی‌پاسخ ماند.",
    "متوجه شدیم که مبلغ دو بار از حساب شما برداشت شده است.",
    "ظاهراً درخواست شما از قلم افتاده است.",
  ],
  pass: [
    "سفارش شما ارسال شد و سه‌شنبه می‌رسد.",
    "پرداخت شما توسط بانک رد شد.",
    "ببخشید، ما سایز اشتباه فرستادیم؛ سایز درست در راه است.",
    "تیکت شما چون هفت روز پاسخی نداشت بسته شد.",
    "اگر سفارش به آدرس اشتباه رفته، به ما خبر بدهید.",
    "متأسفیم، آدرسی که وارد کردید ناقص بود و بسته برگشت خورد.",
    "نوبت شما طبق درخواستتان به ساعت ۱۵ منتقل شد.",
    "اشتباه از من بود؛ نوبت شما را فراموش کردم. فردا ساعت ۹ می‌آییم.",
    "بسته در راه آسیب دیده و شرکت پست پرونده‌ی خسارت باز کرده است.",
    "متوجه شدیم کارت شما ماه آینده منقضی می‌شود.",
  ],
});

// Round 3 (#15): the failure told as where the thing ended up or what it went out as, with someone else's details,
// under a possessive subject ("Friday's reminder") or a merge tag; in Persian the written or printed thing (name,
// label, time), «سهواً», «به‌اشتباه» glued, «مشتری دیگری», «به‌صورت سایز …», «تخصیص/انتقال یافت». Hard negatives:
// owned in the same sentence, a named agent, the reader's request, conditions, 'as planned', 'as a gift'.
paraphraseCases('unowned-mistake', 'en', {
  flag: [
    "Sorry, {{first_name}}: your delivery address ended up on a neighbour's order form.",
    "We apologise. The gift message you wrote was printed with someone else's name.",
    "Apologies, the queen-size duvet you ordered went out as a king.",
    "Sorry about this. Friday's reminder text went out with the wrong appointment time.",
    "Our apologies: your table {0} was mistakenly given to another party.",
    "We're sorry: your invoice was addressed to another customer's company.",
    "Unfortunately the blue sofa you picked was delivered as a grey one.",
    "Sorry for the mix-up: the parcel's label was printed with somebody else's flat number.",
    "My apologies, your refund went out with the old bank details.",
    "We're so sorry. Your exam booking was accidentally moved to June.",
  ],
  pass: [
    "Sorry for the wait: your order went out as planned this morning.",
    "Your card was declined by your bank, so you can retry with another card below.",
    "Sorry, we printed your label with someone else's flat number; a new one is on its way.",
    "The duvet you ordered went out as a gift, with the note you wrote.",
    "What happens if a parcel ends up on the wrong doorstep? We replace it free of charge.",
    "Sorry to hear your cousin's parcel went out with the wrong address from another shop.",
    "Apologies: I sent the reminder with the wrong time. The right time is 10:30.",
    "Your new card was sent out this morning and should arrive by Thursday.",
    "If your refund went out with old bank details, reply and we'll reissue it within a day.",
    "Sorry, we gave your table to another party by mistake; I've booked you the window table for Saturday.",
    "Sorry for the wait: the duvet you ordered went out as a gift-wrapped parcel today.",
  ],
});
paraphraseCases('unowned-mistake', 'fa', {
  flag: [
    "عذرخواهی می‌کنیم؛ نام شما روی کارت هدیه اشتباه چاپ شده است.",
    "شرمنده‌ایم، نوبت دندانپزشکی شما سهواً حذف شد.",
    "ببخشید، فاکتور شما با مشخصات مشتری دیگری صادر شده بود.",
    "متأسفیم؛ تاریخ پرواز شما به‌اشتباه به هفته‌ی بعد انتقال یافت.",
    "پوزش می‌خواهیم، لباس سایز مدیوم شما به‌صورت سایز لارج بسته‌بندی شد.",
    "معذرت می‌خواهیم؛ روی برچسب بسته‌تان آدرس یک نفر دیگر چاپ شده بود.",
    "متأسفانه صندلی شما سهوا به مسافر دیگری داده شد.",
    "عذر می‌خواهیم، متن حکاکی ساعت غلط نوشته شده.",
    "ببخشید، اتاق رزروی شما به‌اشتباه به مهمان دیگری تخصیص یافته است.",
    "شرمنده‌ام، ساعت تحویل در پیامک تأیید نادرست درج شده بود.",
  ],
  pass: [
    "عذرخواهی می‌کنیم؛ ما نام شما را روی کارت هدیه اشتباه چاپ کردیم و کارت تازه فردا می‌رسد.",
    "پرداخت شما توسط بانک رد شد؛ می‌توانید با کارت دیگری دوباره پرداخت کنید.",
    "نوبت شما برای پنج‌شنبه ساعت ۱۰ ثبت شد.",
    "اگر روی برچسب آدرس کس دیگری چاپ شده بود، عکسش را بفرستید تا عوضش کنیم.",
    "سفارش شما امروز صبح ارسال شد و فردا تحویل می‌شود.",
    "ببخشید که منتظر ماندید؛ بسته‌تان به‌صورت رایگان ارسال شد.",
    "شرمنده‌ام، ما ساعت تحویل را در پیامک اشتباه نوشتیم؛ ساعت درست ۱۰:۳۰ است.",
    "آدرسی که خودتان وارد کردید پلاک نداشت؛ لطفاً پلاک را بفرستید.",
    "متأسفیم که پرواز توسط شرکت هواپیمایی به هفته‌ی بعد منتقل شد؛ ما برایتان جای تازه رزرو کردیم.",
    "اتاق شما طبق درخواستتان به طبقه‌ی بالا تخصیص یافت.",
  ],
});

// More classes (#15): lost in a migration, duplicated, never made it to the team, spelt wrong, tied to another
// account, left at a neighbour's; hard negatives owned by the writer, done on request, arrived, or asked as a question.
paraphraseCases('unowned-mistake', 'en', {
  flag: [
    "Sorry, your photos were deleted during the migration.",
    "Apologies: your voucher code got attached to the wrong account.",
    "We're sorry, your standing order was set up for the 1st instead of the 15th.",
    "Sorry about that, your parcel was left at the wrong door.",
    "Unfortunately your order slipped through our system and was never picked.",
    "Apologies, your booking somehow got duplicated.",
    "We apologise, your call-back request never made it to the team.",
    "Sorry, your name was spelt wrong on the tickets.",
    "Our apologies, your account was charged for two months by mistake.",
  ],
  pass: [
    "Sorry, your post was removed because it shared a phone number, which our rules don't allow.",
    "Sorry for the wait: your new photos were uploaded during the update and are live now.",
    "Apologies for the noise: we duplicated your booking by mistake and have cancelled the extra one.",
    "Sorry, we spelt your name wrong on the tickets; new ones are attached.",
    "Your request made it to the team this morning and Priya is on it.",
  ],
});
paraphraseCases('unowned-mistake', 'fa', {
  flag: [
    "متأسفیم، عکس‌های شما هنگام انتقال سرور پاک شد.",
    "ببخشید، کد تخفیف شما به حساب دیگری وصل شد.",
    "عذرخواهی می‌کنیم؛ بسته‌تان دمِ درِ همسایه تحویل داده شده.",
    "متأسفانه درخواست تماس شما هیچ‌وقت به دست همکاران نرسید.",
    "شرمنده‌ایم، رزرو شما دو بار ثبت شده بود.",
    "ببخشید، اسم شما روی بلیت‌ها غلط نوشته شده بود.",
  ],
  pass: [
    "متأسفیم، ما هنگام انتقال سرور عکس‌های شما را پاک کردیم و از نسخه‌ی پشتیبان برگرداندیم.",
    "بسته‌تان طبق درخواست خودتان به همسایه تحویل داده شد.",
    "ببخشید که منتظر ماندید؛ کد تخفیف شما به حساب کاربری‌تان اضافه شد.",
    "درخواست تماس شما به دست همکاران رسید و امروز ساعت ۴ تماس می‌گیرند.",
    "کدام سفارش به اشتباه ارسال شده است؟ شماره‌اش را بفرستید تا پیگیری کنم.",
  ],
});

// Persian, any subject (agentless.ts, FA_WRONG): wrongness said outright and then a passive with nobody doing it,
// whatever the thing is, as the English clauses take any subject. Hard negatives: the reader's own entry, an owned
// mistake, a question, a plain status.
paraphraseCases('unowned-mistake', 'fa', {
  flag: [
    'پوزش می‌خواهیم؛ کرایه‌ی این ماه دو بار از کارت شما کسر شده است.',
    'ببخشید، بیمه‌نامه‌ی خودروی شما به اشتباه به نام دیگری صادر گردیده است.',
    'متأسفیم، جلسه‌ی مشاوره‌ی شما یک هفته زودتر در تقویم ثبت شده بود.',
    'عذر می‌خواهیم؛ دستور پخت با مقدار نادرست نمک چاپ شده است.',
  ],
  pass: [
    'متأسفیم، ما کرایه‌ی این ماه را دو بار از کارت شما کسر کردیم و مبلغ اضافه را برگرداندیم.',
    'متأسفیم که رمز عبور را اشتباه وارد کردید؛ از لینک زیر یک رمز تازه بسازید.',
    'آیا بیمه‌نامه به اشتباه صادر شده است؟ شماره‌اش را بفرستید تا بررسی کنیم.',
    'بیمه‌نامه‌ی خودروی شما امروز صادر شد و پیوست همین ایمیل است.',
  ],
});

// Session 7 (#13): a wrong timing said as a span ("a week early", «دو روز زودتر»), texting spellings of "your", and the
// wrongness adjective with the indefinite ending («مبلغ نادرستی»). Hard negatives: early delivery as good news, a
// time the reader chose, and an owned account of the same mistake.
paraphraseCases('unowned-mistake', 'en, timing and texting', {
  flag: [
    "We're sorry. Your insurance premium was collected two weeks early.",
    'Apologies! Ur parcel got misrouted to our Leeds depot.',
    'Sorry about this: your appointment was booked an hour too early.',
  ],
  pass: [
    'Good news: your parcel was delivered a day early!',
    "We're sorry: we collected your premium two weeks early, and we've refunded it today.",
    'Sorry to hear the appointment was moved a day early at your request.',
  ],
});

paraphraseCases('unowned-mistake', 'fa, wrongness with the indefinite ending', {
  flag: [
    'پوزش می‌خواهیم؛ برای اشتراک شما مبلغ نادرستی محاسبه شده است.',
    'ببخشید، آدرس اشتباهی روی بسته‌ی شما چاپ شده بود.',
  ],
  pass: [
    'پوزش می‌خواهیم؛ ما برای اشتراک شما مبلغ نادرستی محاسبه کردیم و تفاوتش را برگرداندیم.',
    'اگر آدرس اشتباهی وارد شده، از بخش حساب کاربری اصلاحش کنید.',
  ],
});

// The rule reads FAILURE_CUE as a word test plus a scan of its spanning alternatives (failure-cue.ts); the two must
// agree with the whole cue on every paragraph, or a failure would go unread. Checked on each alternative's own text,
// on it inside longer words and sentences, and on text without any.
test('the failure cue split into one-word and spanning parts agrees with the whole cue', () => {
  const alternatives = FAILURE_CUE.source.split('|').flatMap((a) => {
    const m = /^(.*)\((.*)\)(.*)$/.exec(a);
    if (m) return m[2].split('|').map((x) => m[1] + x + m[3]);
    return a.includes('?') ? [a.replace(/(.) \?/, '$1 ').replace(/-\?/, '-'), a.replace(/ \?/, '').replace(/-\?/, '')] : [a];
  });
  const samples = [...alternatives, ...alternatives.map((a) => `we saw x${a}y today.`), ...alternatives.map((a) => `it was ${a}, sadly`), 'your order shipped today', 'سفارش شما امروز ارسال شد', ''];
  const viaWords = (text: string) => [...text.matchAll(/[\p{L}\p{M}\p{N}_'\uE000]+/gu)].some((w) => FAILURE_SINGLE.test(w[0].replace(/^'+/, ''))) || FAILURE_SPANNING.test(text);
  for (const s of samples) assert.equal(viaWords(s), FAILURE_CUE.test(s), s);
});
