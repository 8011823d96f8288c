import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('no-way-forward', {
  bad: [
    // A step the letter names as a line of its own is still read as a sentence, not as a data row.
    { text: '[[Your account has been deactivated]] and is scheduled for deletion.\n\nDetails\n\nAccount: {{ account.email }}\nIP: {{ ip }}\n\nThe data will be removed after thirty days.\n\nThe deletion is final.', file: 'a.txt' },
    // Public services and health (round 4's development half): the no in their shapes.
    { text: 'Thank you for your enquiry. A seat upgrade [[is not available on this]] fare class.' },
    { text: 'Dr Hale is [[no longer taking on new]] patients at this practice.' },
    { text: "Your [[application for a resident's parking bay outside 22 Mill Lane has been refused]]." },
    { text: 'در بخش مراقبت‌های ویژه، تخت استراحت برای همراه بیمار [[در نظر گرفته نشده است]].' },
    { text: 'درخواست انتقال شما در کمیسیون موارد خاص مطرح شد و [[به نتیجه نرسید]].' },
    { text: 'کلاس‌های خصوصی شنا از این ترم [[برگزار نمی‌شود]].' },
    { text: 'Hi Sam,\n\nUnfortunately [[we cannot refund]] this order as it was bought on sale.\n\nRegards,\nThe Shop' },
    { text: "I'm afraid [[there is nothing we can do]] at this stage." },
    { text: '[[Your claim has been denied]] because the warranty period has ended.' },
    { text: '<p>Thank you for your message.</p><p>[[We are unable to process]] your return because the 30-day window has closed.</p>', file: 'a.html' },
    { text: 'Sadly [[this order is not eligible]] for a refund.' },
    { text: "[[We won't be able to reopen this ticket]]." },
    { text: 'متأسفانه [[امکان بازگشت وجه وجود ندارد]].' },
    { text: '[[کاری از دست ما برنمی‌آید]].' },
    { text: 'متأسفانه [[نمی‌توانیم سفارش شما را لغو کنیم]].' },
    { text: 'با سلام،\n\nما [[قادر به تعویض کالا نیستیم]] چون بسته باز شده است.' },
    { text: '[[درخواست شما رد شد]].' },
    // A first-person verb aimed at the reader that is itself the refusal is no way forward.
    { text: 'متأسفانه به شما [[نمی‌توانیم وجهی برگردانیم]].' },
  ],
  good: [
    // A heading and a table of details between the "no" and the way forward (Sentry's deactivation notice).
    { text: 'Your account has been deactivated and is scheduled for deletion.\n\nDetails\n\nAccount: {{ account.email }}\nIP: {{ ip }}\nScheduled Deletion: {{ when }} UTC\n\nYou have until {{ when }} to change your mind.\n\nTo reactivate your account, please log in before that date.', file: 'a.txt' },
    { text: 'حساب شما غیرفعال شد و به‌زودی حذف می‌شود.\n\nجزئیات\n\nحساب: {{ email }}\nتاریخ حذف: {{ when }}\n\nتا {{ when }} فرصت دارید نظرتان را تغییر دهید.\n\nبرای فعال‌سازی دوباره، لطفا پیش از این تاریخ وارد شوید.', file: 'a.txt' },
    // The same shapes with a way forward, or good news.
    { text: 'A seat upgrade is not available on this fare class, but I can move you to an exit row with more legroom for free.' },
    { text: 'Upgrades are available on this fare: reply with your booking code and I will add one.' },
    { text: 'کلاس‌های خصوصی شنا از این ترم برگزار نمی‌شود، اما کلاس‌های نیمه‌خصوصی با همان مربی ادامه دارد و می‌توانید در آن ثبت‌نام کنید.' },
    // The configured allowed phrase drops the finding (the README's configuration example).
    { text: 'Unfortunately we cannot ship to P.O. boxes.', options: { rules: { 'no-way-forward': { phrases: { en: { allow: ['we cannot ship'] } } } } } },
    { text: 'Unfortunately we cannot refund this order, but we can offer store credit for the full amount.' },
    { text: 'We cannot refund this order. Instead, I have added a 20% voucher to your account.' },
    { text: "We can't exchange opened items.\n\nWhat we can do is send you a free repair kit." },
    { text: 'We were unable to process your last payment. Please update your card on the billing page.' },
    { text: "We couldn't process your payment. Let's get that fixed!" },
    { text: "We can't wait to see you at the store!" },
    { text: 'If we cannot deliver on time, we will refund the shipping.' },
    { text: 'Your payment was declined by your bank.' },
    { text: 'متأسفانه امکان بازگشت وجه وجود ندارد، اما می‌توانیم اعتبار خرید به همان مبلغ بدهیم.' },
    { text: 'متأسفانه نمی‌توانیم وجه را برگردانیم. به جای آن، ارسال بعدی را رایگان می‌کنیم.' },
    { text: 'اگر امکان پرداخت آنلاین وجود ندارد، با ما تماس بگیرید.' },
    // An unanswerable address is no-reply's finding; one problem, one owner.
    { text: 'این پیام به صورت خودکار ارسال شده است و امکان پاسخگویی به آن وجود ندارد.' },
    { text: 'تا زمانی که پرداختی دریافت نکنیم، قادر به ارسال سفارش نیستیم. شما می توانید سفارش خود را از حساب کاربری پرداخت کنید.' },
    // Something the writer will do for the reader, in the first person, after the "no".
    { text: 'متأسفانه این کالا دیگر قابل تعویض نیست؛ فاکتور جدید را همین امروز برایتان ایمیل می‌کنم.' },
    { text: 'رزرو این تاریخ ممکن نیست، ولی نوبت هفته‌ی بعد را براتون نگه می‌داریم.' },
  ],
});

// Written to test the frames, not copied from en.ts/fa.ts: refusals and dead ends in fresh wording, and hard
// negatives where the "no" comes with an alternative, a next step or a person, or is not a refusal at all.
paraphraseCases('no-way-forward', 'en', {
  flag: [
    'Unfortunately we are not able to offer a refund for digital products.',
    "I'm sorry, but there's nothing more I can do.",
    'We could not replace the item as it is out of warranty.',
    'Your refund request was rejected.',
    'Returns are not accepted after 14 days.',
    'We are not in a position to extend your trial.',
    'This is out of our hands.',
    'We must decline your request.',
    'Your booking is no longer eligible for changes.',
    'I am unable to reverse the charge.',
    'Sadly, we will not be able to honour this coupon.',
    'We are not allowed to transfer the licence to another account.',
    'The item is not returnable.',
    "We're unable to make an exception in this case.",
    'Your appeal has been denied.',
  ],
  pass: [
    'We are unable to offer a refund, but I can exchange the item for another size.',
    "There's nothing more we can do on our side; however, your bank can open a dispute for you.",
    'We cannot replace the item. Please reply with a photo and I will arrange a repair instead.',
    'Your refund request was rejected by the card issuer. Here is how to try another card.',
    'Returns are not accepted after 14 days, but we offer a free repair within the first year.',
    "We can't extend the trial, but we'd be happy to set up a call with our team.",
    'We can not wait to hear what you think!',
    "You can't miss our new store on Main Street.",
    'If we cannot reach you by phone, we will email you instead.',
    "Your order has shipped and can't be changed now; contact the courier to redirect it.",
    'We cannot thank you enough for your patience.',
    'Your card was declined; please try another payment method.',
    "We couldn't deliver your parcel today. We'll try again tomorrow.",
    'Unfortunately we cannot ship to P.O. boxes. Please add a street address and we will send it right away.',
    'Our store is closed on Sundays.',
  ],
});

paraphraseCases('no-way-forward', 'fa', {
  flag: [
    'متاسفانه امکان لغو سفارش پس از ارسال وجود ندارد.',
    'بازگرداندن وجه امکان‌پذیر نیست.',
    'ما نمی‌توانیم این کالا را تعویض کنیم.',
    'متأسفانه قادر به بازپرداخت هزینه نیستیم.',
    'شکایت شما پذیرفته نشد.',
    'متأسفانه این کالا شامل گارانتی نمی‌شود.',
    'تمدید اشتراک شما مقدور نیست.',
    'کاری از ما ساخته نیست.',
    'درخواست بازگشت وجه شما تأیید نشد.',
    'ما نتوانستیم سفارش شما را ارسال کنیم.',
    'امکان تغییر آدرس پس از ثبت سفارش وجود نخواهد داشت.',
    'ارسال به این منطقه میسر نیست.',
    'متأسفانه نمی‌توانیم استثنا قائل شویم.',
    'سفارش شما قابل پیگیری نیست.',
    'متأسفانه کاری از دست ما بر نمی‌آید.',
  ],
  pass: [
    'متاسفانه امکان لغو سفارش پس از ارسال وجود ندارد، ولی می‌توانید بسته را هنگام تحویل پس بدهید.',
    'بازگرداندن وجه امکان‌پذیر نیست؛ به جای آن اعتبار خرید به حسابتان اضافه کردیم.',
    'ما نمی‌توانیم این کالا را تعویض کنیم. لطفاً عکس کالا را بفرستید تا تعمیرش کنیم.',
    'متأسفانه قادر به بازپرداخت نیستیم، اما کد تخفیف ۲۰ درصدی برایتان فرستادیم.',
    'شکایت شما پذیرفته نشد؛ اگر مدرک دیگری دارید، همین پیام را پاسخ دهید.',
    'نمی‌توانیم صبر کنیم تا محصول جدید را ببینید!',
    'اگر امکان حضور ندارید، با ما تماس بگیرید تا زمان دیگری بگذاریم.',
    'در صورتی که امکان پرداخت آنلاین وجود ندارد، پرداخت در محل را انتخاب کنید.',
    'پرداخت شما توسط بانک رد شد؛ لطفاً با کارت دیگری امتحان کنید.',
    'ما نتوانستیم امروز بسته را تحویل دهیم. فردا دوباره مراجعه خواهیم کرد.',
    'سفارش شما ارسال شد.',
    'فروشگاه ما جمعه‌ها تعطیل است.',
    'این کالا شامل ۱۸ ماه گارانتی است.',
    'تمدید اشتراک مقدور نیست، اما همکاران ما می‌توانند طرح سالانه را برایتان فعال کنند.',
    'متأسفانه این کالا شامل گارانتی نمی‌شود؛ در عوض تعمیر را با نصف هزینه انجام می‌دهیم.',
  ],
});

// Frames over word classes (#13): refusals of every shape, written for this test (not from the blind sets), and good news or a next step in the same shapes.
paraphraseCases('no-way-forward', 'en', {
  flag: [
    "It isn't possible to change the delivery date once the order has left our warehouse.",
    "That falls outside our returns policy.",
    "We have decided not to renew your membership.",
    "Your claim has been closed.",
    "We won't be refunding the shipping fee.",
    "Your account has been suspended.",
    "We're not able to offer a discount on this item.",
    "Returns are no longer accepted for this order.",
    "That is not something we can do.",
    "Your warranty has expired, so this repair isn't covered.",
    "We are unable to honour the old price.",
    "Your application was unsuccessful.",
    "Your booking could not be changed.",
    "Unfortunately the voucher has expired and can't be used.",
    "I'm afraid exchanges aren't possible on personalised items.",
    "Your refund request was not approved.",
    "We do not offer refunds on digital downloads.",
    "This promotion cannot be combined with other offers.",
    "Your payment failed.",
    "We can no longer support this device.",
  ],
  pass: [
    "We won't be charging you for the replacement.",
    "Your old card has been removed from your account, as you asked.",
    "Your subscription has been cancelled as requested. You won't be billed again.",
    "We can't wait to see you at the event!",
    "It isn't possible to lose your data: everything is backed up nightly.",
    "Your payment failed, so we'll retry it tomorrow; no action needed.",
    "Your trial has ended. Pick a plan here to keep your projects: {{billing_url}}",
    "This code has expired. Request a new one from the sign-in page.",
    "We can no longer ship to Crimea, but our partner store in Kyiv can, and I've sent them your order details.",
    "The sale has ended, but here's 10% off your next order.",
    "Your ticket has been closed. If anything is still wrong, just reply and it reopens.",
    "We're not going to charge you for the delay.",
    "We won't be in the office on Monday, so I'll reply on Tuesday.",
    "Your request has been declined because the document was blurry. Please upload a clearer photo and we'll review it within a day.",
    "Your account has been locked after three failed sign-ins. Reset your password to unlock it.",
    "Damaged items are not covered by the standard warranty, but our accidental damage plan covers them, and I can add it today.",
    "You're not eligible for the student discount yet; once you verify your school email, it applies automatically.",
    "Unfortunately we couldn't deliver your parcel today. We'll try again tomorrow between 9 and 12.",
    "The old link is no longer valid; use the one below.",
    "We have decided not to charge the late fee this time.",
  ],
});

// Frames over word classes (#13): refusals of every shape, written for this test (not from the blind sets), and good news or a next step in the same shapes.
paraphraseCases('no-way-forward', 'fa', {
  flag: [
    "متأسفانه امکان تغییر آدرس بعد از ارسال نیست.",
    "درخواست شما پذیرفته نشد.",
    "این مورد شامل گارانتی نمی‌شود.",
    "متأسفانه نمی‌شود سفارش را لغو کرد.",
    "حساب کاربری شما مسدود شد.",
    "مهلت مرجوعی این کالا تمام شده است.",
    "پرداخت شما ناموفق بود.",
    "تخفیف روی این کالا اعمال نمی‌شود.",
    "بازگشت هزینه‌ی ارسال مقدور نیست.",
    "با درخواست بازگشت وجه شما موافقت نشد.",
    "اشتراک ویژه‌ی شما منقضی شده و قابل تمدید نیست.",
    "ما دیگر این محصول را نمی‌فروشیم.",
    "امکانش نیست که زمان تحویل را عوض کنیم.",
    "متاسفانه سفارشتان قابل تعویض نیست.",
    "شرمنده، این کار از دست ما خارج است.",
  ],
  pass: [
    "نگران نباشید، امکان از دست رفتن اطلاعات شما وجود ندارد.",
    "اشتراک شما طبق درخواستتان لغو شد و دیگر هزینه‌ای کسر نمی‌شود.",
    "کد ورود شما منقضی شده است؛ از صفحه‌ی ورود یک کد تازه بگیرید.",
    "متأسفانه ارسال امروز انجام نشد، اما فردا صبح دوباره می‌فرستیم.",
    "مهلت ثبت‌نام تمام شده، ولی می‌توانم شما را در فهرست انتظار دوره‌ی بعد بگذارم.",
    "تیکت شما بسته شد. اگر مشکل هنوز هست، کافی است به همین ایمیل جواب دهید.",
    "این سفارش شامل هزینه‌ی ارسال نمی‌شود؛ ارسال رایگان است.",
    "دیگر لازم نیست کاری انجام دهید؛ همه‌چیز درست شد.",
    "حساب شما پس از سه بار ورود ناموفق قفل شد؛ با بازنشانی رمز عبور دوباره باز می‌شود.",
    "پرداخت ناموفق بود؛ فردا خودکار دوباره تلاش می‌کنیم و نیازی به کاری از طرف شما نیست.",
    "ما دیگر برای ارسال هزینه‌ای دریافت نمی‌کنیم.",
    "متأسفانه نمی‌شود این سفارش را تغییر داد، اما می‌توانید تا یک ساعت دیگر آن را لغو و دوباره ثبت کنید.",
  ],
});

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('no-way-forward', 'en', {
  flag: [
    "Unfortunately we cannot refund this order.",
    "I'm afraid your return request falls outside the 30-day window.",
    "Sadly, the item you want has been discontinued.",
    "We regret that we are unable to offer compensation in this case.",
    "Your application has been unsuccessful on this occasion.",
    "Sale items are final sale and can't be returned.",
    "We won't be able to deliver to your area.",
    "Your warranty claim has been rejected.",
    "We do not offer price matching.",
    "It's not possible to change the delivery address once an order has shipped.",
    "Your voucher has expired and cannot be reinstated.",
    "There's nothing more we can do at this point.",
    "Our hands are tied on this one.",
    "This decision is final.",
    "We are not in a position to waive the fee.",
    "Refunds are only issued within 14 days of purchase, so we can't help here.",
    "The event is sold out.",
    "Your booking could not be confirmed.",
    "We're unable to process your request at this time.",
    "Your order can't be cancelled now as it has already been dispatched.",
    "We have closed your complaint.",
    "Custom orders are non-refundable.",
    "Your account will remain suspended.",
    "We are unable to accept your return as the item has been used.",
    "Your request does not meet our eligibility criteria.",
    "No refunds will be given for digital downloads.",
    "We are unable to locate your parcel.",
  ],
  pass: [
    "Unfortunately we can't refund this order, but I can offer a full exchange or store credit — which would you prefer?",
    "We can't ship to your area yet; our partner ShipCo can, and I've sent you their link.",
    "Your claim was declined, and I've asked my manager to review it again; she'll reply by Friday.",
    "We won't charge you for the late return.",
    "Your order has shipped.",
    "Don't worry, we can't see your password.",
    "We can't wait to see you!",
    "Your ticket has been closed as you requested.",
    "If we can't reach you, we'll leave the parcel at the depot.",
    "The sale ends on Sunday.",
    "Your subscription has been cancelled, as requested.",
    "We couldn't be happier with the feedback.",
    "Nothing else is needed from you.",
    "Your request meets all the criteria; we've approved it.",
  ],
});
paraphraseCases('no-way-forward', 'fa', {
  flag: [
    "متأسفانه امکان بازگشت وجه برای این سفارش وجود ندارد.",
    "درخواست مرجوعی شما پذیرفته نشد.",
    "کالاهای حراجی مرجوع نمی‌شوند.",
    "متأسفانه کاری از دست ما ساخته نیست.",
    "ما به شهر شما ارسال نداریم.",
    "این محصول دیگر تولید نمی‌شود.",
    "مهلت مرجوعی کالای شما به پایان رسیده است.",
    "درخواست شما رد شد.",
    "این تصمیم نهایی است.",
    "شرمنده، نمی‌شه سفارش رو کنسل کرد.",
    "متأسفانه با درخواست استرداد شما موافقت نشد.",
    "هزینه‌ی ارسال قابل برگشت نیست.",
    "امکان تغییر آدرس پس از ارسال وجود ندارد.",
    "بلیت‌های این رویداد تمام شده است.",
    "نمی‌توانیم برای این مورد خسارت پرداخت کنیم.",
    "ضمانت‌نامه‌ی شما شامل این خرابی نمی‌شود.",
    "سفارش‌های سفارشی قابل لغو نیستند.",
    "پرونده‌ی شکایت شما بسته شد.",
    "متاسفانه دیگر موجودی نداریم.",
    "حساب شما همچنان مسدود می‌ماند.",
    "شما واجد شرایط دریافت وام نیستید.",
    "با درخواست تمدید شما مخالفت شد.",
    "متأسفانه بسته‌ی شما پیدا نشد.",
  ],
  pass: [
    "متأسفانه امکان بازگشت وجه نیست، اما می‌توانم کالا را برایتان تعویض کنم.",
    "هزینه‌ای از شما کسر نمی‌شود.",
    "نگران نباشید، امکان از دست رفتن اطلاعات وجود ندارد.",
    "سفارش شما ارسال شد.",
    "اشتراک شما طبق درخواستتان لغو شد.",
    "تخفیف تا یکشنبه معتبر است.",
    "اگر نتوانستیم با شما تماس بگیریم، بسته را به دفتر پست تحویل می‌دهیم.",
    "صفحه‌ی مورد نظر یافت نشد.",
  ],
});

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('no-way-forward', 'en', {
  flag: [
    "There's no way for us to reverse the charge.",
    "We have no way to recover deleted files.",
    "Our policy doesn't allow refunds on opened software.",
    "Gift wrapping isn't something we offer.",
  ],
  pass: [
    "There's no way you'll be charged twice.",
    "No need to worry: there's no way your data was exposed.",
  ],
});
paraphraseCases('no-way-forward', 'fa', {
  flag: [
    "سیاست فروشگاه اجازه‌ی بازگشت کالای باز شده را نمی‌دهد.",
    "متأسفانه کاری نمی‌شود کرد.",
    "هیچ راهی برای بازیابی فایل‌ها وجود ندارد.",
    "هزینه‌ی ارسال برنمی‌گردد.",
    "درخواست شما قابل انجام نیست.",
    "ما خدمات نصب ارائه نمی‌دهیم.",
  ],
  pass: [
    "نگران نباشید، هیچ راهی برای دسترسی دیگران به حساب شما وجود ندارد.",
    "هزینه‌ای از شما کسر نمی‌شود و مبلغ کامل برمی‌گردد.",
  ],
});

// Round 3 (#15): more shapes of a bare "no", as classes: the verdict said outright, nobody/nothing can, money
// forfeited, an offer that doesn't extend to it, not granted / won't be possible, too late, invalid, negative; in
// Persian gone for good, nothing will be done, nobody can, forfeited, doesn't apply, not offered, not accepted.
// Hard negatives: the same shapes as reassurance, good news, a condition, or with a way forward after them.
paraphraseCases('no-way-forward', 'en', {
  flag: [
    "We looked again at your receipt: the coupon expired before checkout, so I'm afraid the answer is no.",
    "Sorry, {{first_name}}, but that's a firm no from us.",
    "The parcel has left our depot, so nothing on the order can be edited any more.",
    "I checked with three colleagues and no one on our team is able to reverse a completed transfer.",
    "Regrettably, no-shows forfeit their whole booking fee.",
    "Because you cancelled within 24 hours of the class, your deposit is forfeited.",
    "Our price-match guarantee doesn't extend to marketplace sellers.",
    "The student discount does not apply to gift cards.",
    "Nobody here can change a seat once the flight has closed.",
    "Nothing more can be done about the missed delivery.",
    "Unfortunately, the loyalty offer won't apply to orders placed before 1 May.",
    "Your request for an extension has not been granted.",
    "Exchanges are only possible within 14 days, and your order is outside that window.",
    "I'm sorry, but we don't do refunds on personalised items.",
    "We are declining your claim for the water damage.",
    "There won't be any refund for this order.",
    "I'm afraid that's final.",
    "Your booking cannot go ahead.",
    "The kettle is out of stock and won't be restocked.",
    "We had to turn down your application.",
    "There's not much we can do at this point.",
    "It's too late to change the order now.",
    "The deadline for damage claims has passed.",
    "Your voucher is invalid for this purchase.",
    "We're not in a position to waive the fee.",
    "Your appeal hasn't been successful.",
    "The answer from our insurer was negative.",
    "We've looked into it and a refund won't be possible.",
    "Regrettably your warranty claim falls outside the cover.",
  ],
  pass: [
    "That's no problem at all: I've moved your delivery to Friday.",
    "It's no trouble; reply with the new address and I'll update it today.",
    "No one can see your card details, not even our staff.",
    "Nothing needs to change on your side; the refund goes out today.",
    "The late fee doesn't apply to you, since the delay was ours.",
    "Nobody here can override the rule, but I can book you onto the next course for free.",
    "If you cancel within 24 hours, your deposit is forfeited, so just let us know earlier if plans change.",
    "The student discount doesn't apply to gift cards, but you can use it on anything else in the store.",
    "We can't wait to hear what you think!",
    "Nothing about your plan will change until you say so.",
    "The answer is no charge at all for the replacement.",
    "Your request for an extension hasn't been approved yet; I'll chase it and write back by Thursday.",
    "It's never too late to change your mind: returns are open for 60 days.",
    "There's no need to send the receipt again; I have it here.",
    "The deadline for entries has been extended to 30 June.",
    "The test result was negative, which is good news.",
    "This is our final reminder before the sale ends on Sunday.",
    "We don't do that often, but I've made an exception and refunded the fee.",
    "The code is invalid if you paste it with a space, so type it in by hand.",
    "It won't be possible to miss the driver: he'll call 30 minutes before.",
    "The upload wasn't successful, so please try again with a smaller photo.",
    "We had to turn down the music at the venue after complaints; the concert is still on.",
    "There's little we can do about the weather, but your tickets move free to any later date.",
    "Your order can't go ahead until you confirm the address, so just reply with it.",
    "There is no exchange fee for this.",
  ],
});
paraphraseCases('no-way-forward', 'fa', {
  flag: [
    "این مدل کتری از رده خارج شده و دیگر تولید نمی‌شود.",
    "بسته از انبار بیرون رفته و دیگر هیچ تغییری در آدرسش انجام نمی‌شود.",
    "با سه نفر از همکاران هم صحبت کردم؛ هیچ‌کس اختیار برگرداندن این تراکنش را ندارد و کسی نمی‌تواند آن را لغو کند.",
    "چون کمتر از ۲۴ ساعت مانده لغو کردید، پیش‌پرداخت شما ضبط شد.",
    "متأسفانه به سفارش‌های پیش از اول اردیبهشت تخفیف باشگاه تعلق نمي‌گيرد.",
    "خدمات نصب برای کالاهای دست دوم ارائه نمی شود.",
    "هیچ کس در این واحد نمی‌تونه صندلی پرواز بسته‌شده را عوض کنه.",
    "کل امتیازهای باشگاه شما سوخت شد.",
    "متاسفانه گارانتی برای آسیب ناشی از ضربه اعمال نمی‌شود.",
    "این عطر از تولید خارج شده است.",
    "دیگه برای این سفارش اقدامی صورت نمی‌گیره.",
    "این کار شدنی نیست.",
    "اجازه‌ی برگرداندن پول را نداریم.",
    "بازپرداختی در کار نیست.",
    "درخواست تمدید شما را نمی‌پذیریم.",
    "فرصت لغو رایگان تمام شده است.",
    "از دست ما هم کاری برنمی‌آید.",
    "متاسفانه جواب ما منفی است.",
    "دیگر دیر شده است و سفارش ارسال شده.",
    "موعد ثبت خسارت گذشته است.",
    "سفارش شما قابل لغو نیست.",
    "برای این سفارش دیگه نمی‌تونیم کاری بکنیم.",
    "تقاضای شما برای تمدید رد شد.",
    "این کد تخفیف برای این خرید معتبر نیست.",
    "درخواست بازگشت وجه شما مورد موافقت قرار نگرفت.",
    "بیمه هزینه‌ی تعمیر را پوشش نمی‌دهد.",
    "متاسفانه تعویض این کالا شدنی نیست.",
  ],
  pass: [
    "این مدل کتری از رده خارج شده، ولی مدل جدیدش با همان قیمت موجود است و لینکش را پایین گذاشتم.",
    "نگران نباشید، هیچ‌کس به اطلاعات کارت شما دسترسی ندارد و کسی نمی‌تواند آن را ببیند.",
    "با این تغییر، هیچ تغییری در قیمت اشتراک شما ایجاد نمی‌شود.",
    "اگر کمتر از ۲۴ ساعت مانده لغو کنید، پیش‌پرداخت ضبط می‌شود؛ پس هر وقت برنامه‌تان عوض شد زودتر خبر بدهید.",
    "برای این سفارش هزینه‌ی ارسال تعلق نمی‌گیرد.",
    "خدمات نصب برای کالاهای دست دوم ارائه نمی‌شود، اما می‌توانم نصاب مستقل معرفی کنم.",
    "هیچ‌کس اینجا نمی‌تونه صندلی رو عوض کنه، ولی خودم براتون در پرواز بعدی جا رزرو می‌کنم.",
    "امتیازهای شما تا پایان سال سوخت نمی‌شود.",
    "این عطر موقتاً از فروش خارج شده و تا دو هفته‌ی دیگر دوباره موجود می‌شود.",
    "بدون هیچ هزینه‌ای، کالا را تعویض می‌کنیم.",
    "اطلاعات شما به هیچ شرکت دیگری ارائه نمی‌شود.",
    "نگران نباشید، اجازه‌ی ارسال ایمیل تبلیغاتی را نداریم مگر خودتان بخواهید.",
    "نتیجه‌ی تست کیفیت منفی بود، یعنی کالا سالم است.",
    "فرصت ثبت‌نام هنوز تمام نشده است.",
    "اگر مهلت تمام شده باشد، خودم برایتان تمدید می‌کنم.",
    "این کار شدنی است و تا فردا انجامش می‌دهیم.",
    "درخواست شما را پذیرفتیم و مبلغ تا سه روز دیگر واریز می‌شود.",
    "هزینه‌ی ارسال را خودمان پرداخت می‌کنیم.",
    "کد تخفیف تا پایان ماه معتبر است.",
    "دیر شدن ارسال تقصیر ما بود و هزینه‌اش را برگرداندیم.",
    "اگر کد تخفیف معتبر نبود، به من خبر بدهید.",
  ],
});

// Read on real text (#15): a field line between the "no" and the way forward ("Reason: {{ reason }}") says nothing,
// so the way forward after it still counts; with nothing after it, the "no" is still a dead end.
test('no-way-forward: a way forward after a field line still counts', () => {
  const found = (text: string) => lint(text, { filePath: 'a.html' }).findings.filter((f) => f.ruleId === 'no-way-forward').length;
  assert.equal(found('<p>Hello Ana,</p>\n<p>Your membership is now suspended.</p>\n<p><strong>Reason:</strong> {{ reason }}</p>\n<p>If anything is unclear, please reply and Omar will call you back.</p>'), 0);
  assert.equal(found('<p>سلام آنا،</p>\n<p>اشتراک شما مسدود شد.</p>\n<p><strong>علت:</strong> {{ reason }}</p>\n<p>اگر سؤالی دارید، لطفاً همین ایمیل را پاسخ دهید.</p>'), 0);
  assert.equal(found('<p>Hello Ana,</p>\n<p>Your membership is now suspended.</p>\n<p><strong>Reason:</strong> {{ reason }}</p>\n<p>Kind regards</p>'), 1);
});

// A subject is a headline: its "no" is answered anywhere in the body (the reviewers' comments, leave to submit
// elsewhere), not only by the greeting after it, as a catalog's subject key is (catalogs/lint-catalog.ts).
ruleCases('no-way-forward', {
  bad: [
    { text: 'Subject: [[Your application has been rejected]]\n\nDear {{ name }},\n\nThe panel met on Monday.\n\nRegards,\nThe Board' },
    { text: 'Subject: [[درخواست شما رد شد]]\n\n{{ name }} عزیز،\n\nجلسه‌ی کمیته دوشنبه برگزار شد.' },
    { text: 'Subject: [[We cannot refund]] your order\n\n<p>Hello {{ name }},</p><p>The review is complete.</p>', file: 'r.html' },
    // Four paragraphs on is too far: that is another topic.
    { text: 'Dear {{ name }},\n\n[[We are unable to accept]] your proposal for this year\'s programme.\n\nThe committee received twice as many proposals as there are slots.\n\nThe conference runs from 3 to 5 May.\n\nThe venue is the old town hall.\n\nTickets go on sale in March; you can buy them on our site.' },
  ],
  good: [
    { text: 'Subject: Your submission has been declined\n\n<p>Dear {$name},</p><p>Thank you for sending it to us.</p><p>You are now free to submit the work elsewhere.</p>', file: 'd.html' },
    { text: 'Subject: Your application has been rejected\n\nDear {{ name }},\n\nThe panel met on Monday.\n\nIf you would like feedback, reply to this email and I will send it.\n\nAnna' },
    { text: 'Subject: درخواست شما رد شد\n\n{{ name }} عزیز،\n\nجلسه‌ی کمیته دوشنبه برگزار شد.\n\nاگر بخواهید، می‌توانید ماه بعد دوباره درخواست بدهید.' },
    { text: "We can't accept this paper for the journal. You're welcome to send a revised version to our sister journal." },
    // The way forward two paragraphs on, in a short letter.
    { text: 'Dear {{ name }},\n\nWe are unable to accept your proposal for this year\'s programme.\n\nThe committee received twice as many proposals as there are slots.\n\nThe reviews are attached, and you are free to submit it to next year\'s call.\n\nBest,\nMaria' },
    { text: 'Unfortunately this role has been filled. You are still welcome to apply for the openings on our careers page.' },
  ],
});

// The sender's "no" with the verbs of doing what was asked (add, remove, book, hold, move, send again), and a place
// or award not given; hard negatives beside them (a way forward after the no, reassurance, a condition, "not yet").
paraphraseCases('no-way-forward', 'en', {
  flag: [
    "We're not able to remove the admin charge from your invoice.",
    'Unfortunately we cannot add a second passenger to this fare.',
    "We can't hold the table past 8pm on Saturdays.",
    'Extra legroom seats cannot be added to award tickets.',
    'Your son has not been offered a place on the autumn course.',
  ],
  pass: [
    "We're not able to remove the admin charge, but I've taken the same amount off your next invoice.",
    "We can't hold the table past 8pm on Saturdays; if you're running late, call us and we'll move you to 8:30.",
    "Don't worry, we won't add any fees for the late payment.",
    'If the seats cannot be added online, reply and I will add them for you.',
    'Your application has not been offered a slot yet; we review the next batch on Monday.',
  ],
});

// Session 7 (#13): an organisation's standing no whatever it is called, anything of the reader's not accepted, a
// charge that stays, and a service not given where the reader is. Hard negatives: promises about data, "not yet",
// good news in the same shape.
paraphraseCases('no-way-forward', 'en, an organisation says no', {
  flag: [
    'The library no longer lends e-readers.',
    "Our surgery doesn't book appointments more than two weeks ahead.",
  ],
  pass: [
    'Our app does not store your card details.',
    "The clinic doesn't offer evening slots yet, but they start in March.",
    "Our team won't charge you for the repair.",
  ],
});

paraphraseCases('no-way-forward', 'fa, not accepted, a charge that stays, a service not given', {
  flag: [
    'متأسفانه مقاله‌ی شما برای چاپ در مجله انتخاب نشد.',
    'کارمزد انتقال از مبلغ بازپرداخت شما کم نمی‌شود.',
    'نصب کولر در آپارتمان شما انجام نمی‌شود.',
  ],
  pass: [
    'نگران نباشید، هیچ هزینه‌ای از حساب شما کم نمی‌شود.',
    'اگر مدارک کامل نباشد، درخواست شما پذیرفته نمی‌شود؛ فهرست مدارک پیوست است.',
  ],
});
