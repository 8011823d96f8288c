import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('vague-follow-up', {
  bad: [
    { text: 'Thanks for writing in. We will get back to you [[as soon as possible]].', fixed: 'Thanks for writing in. We will get back to you within one business day.' },
    { text: 'A member of our team will contact you [[shortly]].' },
    { text: 'Your request will be reviewed [[in due course]].' },
    { text: "We'll be in touch [[soon]]!" },
    { text: 'Our support staff will get back to you [[shortly]] (it might take longer on weekends).' },
    { text: '<p>Thank you for contacting us. We will reply [[as soon as we can]].</p>', file: 'a.html' },
    { text: '[[In the near future]], one of our agents will follow up on your ticket.' },
    { text: 'همکاران ما [[در اسرع وقت]] با شما تماس خواهند گرفت.', fixed: 'همکاران ما تا یک روز کاری آینده با شما تماس خواهند گرفت.' },
    { text: 'پیام شما دریافت شد و [[به زودی]] پاسخ داده خواهد شد.' },
    { text: 'درخواست شما [[در اولین فرصت]] بررسی می‌شود.' },
    { text: 'یک نماینده [[در اسرع وقت]] کار شما را پیگیری خواهد کرد.' },
    { text: 'ما [[در اسرع وقت]] به پیام شما پاسخ خواهیم داد.' },
    // A slow answer: longer than the limit (three business days by default, a week is five).
    { text: 'We will get back to you [[within 5 business days]].', fixed: 'We will get back to you within 3 business days.' },
    { text: "We'll review your complaint [[within 2 weeks]]." },
    { text: "We'll get back to you [[in 3-5 business days]]." },
    { text: 'Our team will reply [[within 2 business days]].', options: { rules: { 'vague-follow-up': { options: { maxBusinessDays: 1 } } } } },
    { text: 'پاسخ شما [[ظرف ۱۰ روز کاری]] ارسال می‌شود.', fixed: 'پاسخ شما ظرف ۳ روز کاری ارسال می‌شود.' },
    { text: 'کارشناسان ما [[طی دو هفته]] درخواست شما را بررسی می‌کنند.' },
    // «متعاقباً» as the time of a promise is this rule's (robotic-phrasing leaves it here); its tanwin goes with it.
    { text: 'پس از بررسی مدارک، نتیجه [[متعاقباً]] اعلام می‌شود.', fixed: 'پس از بررسی مدارک، نتیجه تا یک روز کاری آینده اعلام می‌شود.' },
    { text: 'لطفاً صبور باشید؛ همکاران ما [[هرچه زودتر]] با شما تماس خواهند گرفت.' },
    { text: 'کارشناس مربوطه [[در آینده‌ی نزدیک]] با شما تماس خواهد گرفت.' },
    { text: 'نتیجه‌ی درخواست شما [[ظرف ۱۵ روز کاری]] اعلام می‌شود.' },
  ],
  good: [
    // The configured allowed phrase drops the finding (the README's configuration example).
    { text: "We'll be in touch soon!", options: { rules: { 'vague-follow-up': { phrases: { en: { allow: ['in touch soon'] } } } } } },
    { text: "We'll get back to you within 24 hours." },
    { text: 'I will reply by Friday with the tracking number.' },
    { text: 'We reply to every message within one business day, usually as soon as we can.' },
    { text: 'Please contact us as soon as possible so we can hold your booking.' },
    { text: 'Please collect your parcel from the above address as soon as possible.' },
    { text: 'See you soon!' },
    { text: "You'll receive a confirmation email shortly." },
    { text: 'Our new store opens soon.' },
    { text: 'همکاران ما تا ۲۴ ساعت آینده با شما تماس می‌گیرند.' },
    { text: 'لطفاً در اسرع وقت با ما تماس بگیرید.' },
    { text: 'به زودی محصولات جدید به فروشگاه اضافه می‌شوند.' },
    { text: 'پاسخ شما را فردا صبح می‌فرستیم و در اسرع وقت پیگیری می‌کنیم.' },
    { text: 'Our team will reply within 2 business days.' },
    { text: 'We will get back to you within 5 business days.', options: { rules: { 'vague-follow-up': { options: { maxBusinessDays: 5 } } } } },
    { text: 'Your parcel will arrive in 5-7 days.' },
    { text: 'Please reply within 10 days so we can hold your seat.' },
    { text: 'کارشناسان ما ظرف ۲ روز کاری با شما تماس می‌گیرند.' },
    { text: 'پشتیبانی ما شبانه‌روزی پاسخگوی شماست.' },
  ],
});

// Written to test the frames, not copied from en.ts/fa.ts: promises to answer with no time, and hard negatives
// that name a time, ask the reader to act, or use "soon" for something that is not a promise to the reader.
paraphraseCases('vague-follow-up', 'en', {
  flag: [
    'Someone from our billing team will reach out shortly.',
    'We aim to respond at our earliest convenience.',
    'Your complaint will be looked into as soon as possible.',
    'You will hear from us soon.',
    'We will investigate and update you in due course.',
    'One of our specialists will review your case shortly.',
    'We will follow up in a timely manner.',
    'Our team will get in touch at the earliest opportunity.',
    'Your ticket will be answered as soon as one of our agents is available.',
    'We will look into this over the next few days.',
    'I will respond as quickly as possible.',
    'Your refund request will be handled in due course.',
    'Thanks! We will get back to you ASAP.',
    'We will reply to your enquiry soon.',
    'Our support team will contact you shortly regarding the refund.',
  ],
  pass: [
    'We will get back to you within two business days.',
    'I will call you tomorrow at 10am.',
    'Our team will contact you on Monday.',
    'Expect an answer by 5 pm today.',
    'Please reply as soon as possible so we can reserve your seat.',
    'Kindly send the documents as soon as possible.',
    'Get well soon, and thanks for your patience!',
    'Your parcel will arrive shortly after it leaves our warehouse.',
    'Our summer sale starts soon.',
    'We will reply within 48 hours, and as soon as we can on weekdays.',
    'You should pay the invoice as soon as possible to avoid a late fee.',
    'Thank you for your order. It ships within 3 days.',
    'We replied to your message yesterday.',
    'Once your payment clears, we will send the keys.',
    'Sooner or later, every team needs a good help desk.',
  ],
});

paraphraseCases('vague-follow-up', 'fa', {
  flag: [
    'کارشناسان ما به‌زودی با شما تماس می‌گیرند.',
    'پاسخ درخواست شما در اسرع وقت ارسال خواهد شد.',
    'در اولین فرصت درخواست شما را بررسی می‌کنیم.',
    'تیم پشتیبانی هر چه سریع‌تر به تیکت شما رسیدگی خواهد کرد.',
    'در آینده نزدیک با شما تماس خواهیم گرفت.',
    'به پیام شما در کوتاه‌ترین زمان ممکن پاسخ می‌دهیم.',
    'همکاران ما طی روزهای آینده موضوع را پیگیری می‌کنند.',
    'مشکل شما در اسرع وقت برطرف خواهد شد.',
    'سفارش شما ثبت شد و به زودی بررسی می‌شود.',
    'در اولین فرصت ممکن به شما اطلاع می‌دهیم.',
    'پيام شما دريافت شد، در اسرع وقت پاسخ شما داده خواهد شد.',
    'کارشناس ما در نخستین فرصت با شما تماس خواهد گرفت.',
    'به درخواست شما هرچه زودتر رسیدگی می‌شود.',
    'ظرف مدت کوتاهی پاسخ شما را می‌دهیم.',
    'تیم ما در اسرع وقت پیگیری را انجام می‌دهد.',
  ],
  pass: [
    'همکاران ما تا پایان فردا با شما تماس می‌گیرند.',
    'پاسخ شما تا ۲ روز کاری آینده ارسال می‌شود.',
    'شنبه ساعت ۱۰ با شما تماس می‌گیریم.',
    'لطفاً در اسرع وقت مدارک را ارسال کنید.',
    'خواهشمندیم در اولین فرصت فرم را تکمیل نمایید.',
    'به زودی فروشگاه جدید ما افتتاح می‌شود.',
    'امیدواریم به زودی دوباره شما را ببینیم.',
    'سفارش شما امروز ارسال شد.',
    'پاسخ تیکت شما را دیروز فرستادیم.',
    'در اسرع وقت بسته را از پستخانه تحویل بگیرید.',
    'تا ۴۸ ساعت آینده در اسرع وقت پاسخ می‌دهیم.',
    'ظرف یک ساعت با شما تماس می‌گیریم.',
    'به زودی تخفیف‌های تابستانه شروع می‌شود.',
    'با تشکر از صبر و شکیبایی شما.',
    'کارشناس ما روز دوشنبه با شما تماس می‌گیرد.',
  ],
});

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('vague-follow-up', 'en', {
  flag: [
    "Thank you for your patience; a reply will be sent to you once your case has been reviewed.",
    "We'll be in touch when an agent is available.",
    "Our team will contact you once we have an update.",
  ],
  pass: [
    "We'll email you within 24 hours.",
    "Once your payment clears, you'll get a receipt.",
    "When you're ready, reply to this email.",
    "Your parcel will arrive on Tuesday; once it's delivered, we'll send a photo.",
    "Please reply once you have the order number.",
  ],
});
paraphraseCases('vague-follow-up', 'fa', {
  flag: [
    "پس از بررسی درخواست، با شما تماس می‌گیریم.",
    "به محض اینکه نتیجه مشخص شد، به شما اطلاع می‌دهیم.",
  ],
  pass: [
    "پس از بررسی، تا فردا ساعت ۱۲ با شما تماس می‌گیریم.",
    "اگر آماده بودید، همین ایمیل را پاسخ دهید.",
  ],
});

// Other ways to say "we'll answer" (come back to you, circle back, ring you back, be in contact, a reply will
// follow) and times that are up to the sender (without undue delay, when they're able, nearer the time, «به اسرع
// وقت» written glued, «هر وقت فرصت کند»), written for these tests; the reader's own "later" is not a promise.
paraphraseCases('vague-follow-up', 'en, more promise verbs and sender-owned times', {
  flag: [
    'Our billing team will come back to you promptly with the corrected statement.',
    "We'll circle back on the refund in due course.",
    'A nurse will ring you back when she is free.',
    'Your adviser will be in contact nearer the date of your appointment.',
    'A decision will follow without undue delay.',
    "The surveyor will get in contact when they're available.",
    'We will revert at a later stage with the final quote.',
  ],
  pass: [
    'You can always reply later if something else comes up.',
    "If you'd rather talk later, just reply with a time that suits you.",
    'I will ring you back at 3pm today.',
    "We'll come back to you by Friday noon with the corrected statement.",
    'Your second box will follow in a separate delivery tomorrow.',
    'Please get in contact when you are free; we are open until 8pm.',
  ],
});
paraphraseCases('vague-follow-up', 'fa, more spellings and sender-owned times', {
  flag: [
    'پاسخ شما باسرع‌وقت ارسال خواهد شد.',
    'نتیجه‌ی درخواست را به اسرع وقت اعلام می‌کنیم.',
    'کارشناس ما هر وقت فرصت کند با شما تماس خواهد گرفت.',
    'نزدیک به زمان نصب با شما هماهنگ می‌کنیم.',
  ],
  pass: [
    'کمی بعد از تماس شما مشکل برطرف شد و سرویس وصل است.',
    'لطفاً هر وقت فرصت کردید با ما تماس بگیرید.',
    'فردا ساعت ۱۰ برای هماهنگی نصب با شما تماس می‌گیریم.',
  ],
});

// A promise with no time at all (bare.ts): the same wait as "as soon as possible", without even the vague word.
// Written for the class (who answers, a future, a verb of answering aimed at the reader), with its hard negatives:
// a time given another way, an event to wait for, a condition or an invitation, news of something else.
ruleCases('vague-follow-up', {
  bad: [
    { text: 'Thanks for flagging the double charge. [[We will get back to you]].', fixed: 'Thanks for flagging the double charge. We will get back to you within one business day.' },
    { text: 'ما موضوع قبض را بررسی می‌کنیم و [[با شما تماس می‌گیریم]].', fixed: 'ما موضوع قبض را بررسی می‌کنیم و تا یک روز کاری آینده با شما تماس می‌گیریم.' },
  ],
  good: [],
});

paraphraseCases('vague-follow-up', 'en', {
  flag: [
    "Got your note about the cracked screen. We'll get back to you.",
    'Someone from the Leeds depot will ring you back.',
    'Thanks, Priya. A member of our team will be in touch.',
    "noted! will check with the warehouse and let u know",
    'Your account manager will follow up with you.',
    "I'll look into the voucher mix-up and come back to you.",
    "We're going to review the footage and get in touch.",
    'One of our engineers will contact you about the fault.',
  ],
  pass: [
    "We'll get back to you by Thursday afternoon.",
    "We'll let you know when the replacement ships.",
    'If we need anything else, someone will be in touch.',
    "Just reply to this email and we'll get back to you.",
    "We'll email you a receipt for the refund.",
    "We'll keep you posted while the repair is under way.",
    'Feel free to reply with any questions and we will respond.',
    'Our driver will call you 30 minutes before arrival.',
    'As soon as the part arrives, an engineer will contact you to book the visit.',
    'We got back to you on Friday with the tracking number.',
    'Please get back to us with your order number.',
    "We'll never contact you to ask for your password.",
    "We'll get back to you the same day.",
    'Someone from billing will call you on the next business day.',
  ],
});

paraphraseCases('vague-follow-up', 'fa', {
  flag: [
    'پیام‌تان رسید؛ ماجرای کسر دوباره‌ی مبلغ را پیگیری می‌کنم و خبرتان می‌کنم.',
    'همکارم در واحد فنی با شما تماس خواهد گرفت.',
    'اوکی، یه سر به انبار می‌زنم بعد بهتون می‌گم.',
    'چند روز بعد با شما تماس می‌گیریم.',
    'کارشناس نصب نزدیک به زمان مراجعه برای هماهنگی تماس می‌گیرد.',
    'شکایت شما را بررسی می‌کنیم و دوباره با شما در ارتباط خواهیم بود.',
    'نتیجه را به اطلاع شما خواهیم رساند.',
    'برای زمان نصب با شما هماهنگ می‌کنیم.',
  ],
  pass: [
    'فردا ساعت ۱۱ با شما تماس می‌گیریم.',
    'به محض رسیدن قطعه با شما تماس می‌گیریم.',
    'اگر مدرک دیگری لازم بود با شما تماس می‌گیریم.',
    'ظرف یک روز کاری با شما تماس می‌گیریم.',
    'لطفاً شماره سفارش را بفرستید تا با شما تماس بگیریم.',
    'دیروز با شما تماس گرفتیم اما پاسخی نگرفتیم.',
    'ماه آینده یک روز کاری برای نصب با شما هماهنگ می‌کنیم.',
    'لطفاً در اسرع وقت برای تکمیل پرونده مراجعه کنید.',
    'پیامتان به دست خودم می‌رسد و همان روز جوابتان را می‌دهیم.',
  ],
});

// Persian present tense also tells now: informing by this very email is not a promise to answer later.
paraphraseCases('vague-follow-up', 'fa', {
  flag: ['نتیجه‌ی بررسی را به شما اطلاع می‌دهیم.'],
  pass: ['با این ایمیل به شما اطلاع می‌دهیم که سفارشتان هنوز کامل نشده است.', 'بدین‌وسیله به اطلاع شما می‌رسانیم که قرارداد تمدید شد.'],
});
