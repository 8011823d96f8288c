import { CUE_PARTS } from './cues';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('extra-effort', {
  bad: [
    { text: 'Hi Ana,\n\nWe have answered your question. [[Log in to your account to read our reply]].' },
    { text: '[[Our reply is available in your account]].' },
    { text: 'For billing questions, [[please call our other number]].' },
    { text: '[[Please contact the relevant department]] about this.' },
    { text: 'This ticket is closed. [[Please open a new ticket]].' },
    { text: '<p>[[To view the full response, please sign in]] to the help center.</p>', file: 'a.html' },
    { text: '[[برای مشاهده پاسخ، وارد حساب کاربری خود شوید]].' },
    { text: '[[پاسخ شما در پنل کاربری قابل مشاهده]] است.' },
    { text: 'لطفاً [[با واحد مربوطه تماس]] بگیرید.' },
    { text: 'این درخواست بسته شده است. لطفاً [[تیکت جدید ثبت کنید]].' },
  ],
  good: [
    // The reader's missing permission is the reason for the "no", not a channel refused (TrellisDesk's rejection).
    { text: 'We were unable to accept your email and create a ticket because you do not have permission to create tickets in this department.' },
    // The configured allowed phrase drops the finding (the README's configuration example).
    { text: 'This ticket is closed. Please open a new ticket.', options: { rules: { 'extra-effort': { phrases: { en: { allow: ['open a new ticket'] } } } } } },
    { text: 'Here is our answer: the refund went out today. You can also see this reply in your account.' },
    { text: 'Log in to your account to track your order.' },
    { text: 'If you have a new question, open a new ticket any time.' },
    { text: 'Please open a new ticket and describe the issue again.' },
    { text: 'Reply to this email and it reaches me directly.' },
    { text: 'برای پیگیری سفارش وارد حساب کاربری شوید.' },
    { text: 'پاسخ را در همین ایمیل نوشته‌ایم؛ همچنین در پنل کاربری قابل مشاهده است.' },
    { text: 'اگر سؤال دیگری دارید، همین ایمیل را پاسخ دهید.' },
  ],
});

// Written to test the frames, not copied from en.ts/fa.ts: sending the reader elsewhere for what the message
// could carry, and hard negatives where the elsewhere is an extra, a different task, or the reply itself.
paraphraseCases('extra-effort', 'en', {
  flag: [
    'Please log into the customer portal to view our response to your enquiry.',
    'To read the answer from our team, please sign in to your account.',
    'The response to your ticket has been posted to the support center.',
    'Sign in to the help centre to see the latest reply.',
    'A reply is waiting in your account.',
    'Visit our website to read the full response.',
    'Kindly contact the appropriate team for this request.',
    'Please call a different number for returns.',
    'Please email our separate billing address.',
    "This inbox doesn't handle refunds.",
    'Please create a new support request.',
    'Kindly raise a separate ticket.',
    'Get in touch with the responsible department.',
    'Please reach out to another team.',
    'To view the resolution, log in to your dashboard.',
  ],
  pass: [
    'Our reply is below, and a copy is also in your account.',
    'Log in to your account to change your password.',
    'Sign in to download your invoice.',
    'You can view your order history in your account.',
    'If your question is unrelated, feel free to open a new ticket.',
    'Just reply to this email; it comes straight to me.',
    "I've called the courier for you and they will deliver on Friday.",
    'Call us on 0800 123 456, any time.',
    'Our answer: yes, the warranty covers it.',
    'Please review our reply and let us know if it helps.',
    'Visit our website for new arrivals.',
    'You can see the full reply below.',
    "I've passed this to our billing team, and Sam will email you today.",
    'If you have another issue, open a new ticket.',
    'Please open a new ticket and explain what happened.',
  ],
});

paraphraseCases('extra-effort', 'fa', {
  flag: [
    'جهت مشاهده پاسخ به سایت مراجعه فرمایید.',
    'برای خواندن جواب کارشناس، وارد پنل کاربری شوید.',
    'پاسخ تیکت شما در پنل شما قرار گرفت.',
    'لطفا برای دیدن پاسخ وارد حساب خود شوید.',
    'جواب درخواست شما در ناحیه کاربری قابل مشاهده است.',
    'با بخش مربوطه تماس بگیرید.',
    'لطفاً با شماره دیگری تماس بگیرید.',
    'لطفاً به واحد مسئول مراجعه کنید.',
    'لطفاً یک تیکت جداگانه ثبت نمایید.',
    'با دفتر دیگر ما تماس حاصل فرمایید.',
    'وارد سایت شوید و پاسخ ما را مشاهده کنید.',
    'برای مطالعه پاسخ لطفا لاگین کنید.',
    'پاسخ مشاوره شما از طریق سامانه در دسترس است.',
    'برای دریافت پاسخ به حساب کاربری مراجعه کنید.',
    'درخواست جدیدی ثبت کنید.',
  ],
  pass: [
    'پاسخ شما در زیر آمده است و در پنل کاربری هم ذخیره شده.',
    'برای تغییر رمز عبور وارد حساب کاربری شوید.',
    'فاکتور خرید در حساب کاربری شما قابل دانلود است.',
    'همین ایمیل را پاسخ دهید تا مستقیم به دست من برسد.',
    'با همکارمان در واحد مالی هماهنگ کردم؛ امروز با شما تماس می‌گیرند.',
    'اگر سؤال جدیدی دارید، تیکت جدید ثبت کنید.',
    'با شماره ۰۲۱۱۲۳۴۵۶۷ تماس بگیرید، هر روز تا ساعت ۹ شب.',
    'پاسخ سؤال شما: بله، گارانتی شامل این مورد می‌شود.',
    'برای مشاهده محصولات جدید به سایت سر بزنید.',
    'سفارش شما امروز ارسال شد.',
    'در صورت نیاز با واحد مربوطه تماس بگیرید.',
    'لطفاً تیکت جدید ثبت کنید و مشکل را مجدداً توضیح دهید.',
    'پاسخ را همچنین می‌توانید در پنل ببینید.',
    'کد رهگیری مرسوله در حساب کاربری شما درج شد.',
    'از اینکه با ما تماس گرفتید سپاسگزاریم.',
  ],
});

// The answer held elsewhere, another channel, a new ticket, a trip to a store (#13): written for this test, not from the blind sets.
paraphraseCases('extra-effort', 'en', {
  flag: [
    "Our reply can be found in your account under Messages.",
    "You'll find our answer on the ticket page.",
    "Check the app for our response to your question.",
    "See our response in the customer portal.",
    "For warranty claims, please use the form on our website instead.",
    "Please start a new chat so a different agent can pick this up.",
    "Refunds are handled only through our online form.",
    "We can't process changes over the phone; please use the website.",
    "Please direct billing questions to our accounts department instead.",
    "You need to phone our claims line to continue.",
    "Tap the link and sign in to view the update from our team.",
    "Please submit a separate request for each item through the portal.",
    "Your message has been answered. Visit the help centre to read it.",
    "Please contact your bank directly about this charge.",
    "Questions about delivery must be sent to the courier.",
    "To see what our agent said, sign in at acme.com/support.",
    "Our team has responded. View the response at acme.com/t/4821.",
    "Your case has been updated. Sign in to see the update.",
    "For billing, please call 0800 123 456 instead of this line.",
    "Billing questions go to a different team: billing@acme.com.",
    "Please raise this as a new ticket.",
    "This conversation is closed; start a new one from the help centre.",
    "We have answered your question in the support portal.",
    "You will need to visit one of our stores to get this sorted.",
    "Please download the app to read our reply.",
  ],
  pass: [
    "Here's our answer: the refund went out today. A copy of this reply is also in your account.",
    "You can reply to this email or from your account, whichever is easier.",
    "Log in to your account to track your order.",
    "Sign in to download your invoice.",
    "If you ever want to see past replies, they're saved in the help centre.",
    "Our full response is below.",
    "I've forwarded your billing question to Sam myself; he'll reply here by Friday.",
    "If you have a new question later, feel free to start a new one.",
    "Please visit acme.com/returns to print a free label if you'd like to send it back.",
    "We have answered your question below, and the same answer is saved in the portal.",
    "You can also call us on 0800 123 456 instead, if you prefer talking.",
    "Your order update: it ships tomorrow, and you can follow it at acme.com/track.",
    "Questions go straight to me, so just reply.",
    "You don't need to visit a store: we'll collect it from your door on Monday.",
  ],
});

// The answer held elsewhere, another channel, a new ticket, a trip to a store (#13): written for this test, not from the blind sets.
paraphraseCases('extra-effort', 'fa', {
  flag: [
    "پاسخ ما را می‌توانید در پنل کاربری ببینید.",
    "برای دیدن جواب کارشناس به سایت سر بزنید.",
    "لطفاً برای این موضوع یک تیکت جداگانه باز کنید.",
    "پیگیری مرجوعی فقط تلفنی انجام می‌شود؛ با شماره‌ی ۰۲۱۱۲۳۴ تماس بگیرید.",
    "پاسخ تیکت شما ثبت شده است؛ برای مشاهده به پنل مراجعه کنید.",
    "برای ادامه باید از طریق اپلیکیشن درخواست بدهید.",
    "درخواست‌های گارانتی را باید مستقیماً به نمایندگی بدهید.",
    "این موضوع به ما مربوط نیست؛ با فروشنده تماس بگیرید.",
    "برای دیدن پاسخ کارشناس، اپلیکیشن را باز کنید.",
    "پاسخ شما در اپ ارسال شد.",
    "لطفاً درخواستتان را به صورت یک تیکت جدید ثبت کنید.",
    "این گفتگو بسته شده؛ یک گفتگوی جدید شروع کنید.",
    "به سؤال شما در پنل کاربری پاسخ داده شد.",
    "برای این کار باید حضوری به یکی از شعبه‌ها مراجعه کنید.",
    "پاسخ کارشناس را در بخش تیکت‌ها بخوانید.",
    "سؤالات مالی را با شماره‌ی دیگری مطرح کنید: ۰۲۱۸۸۸۸۸۸۸",
  ],
  pass: [
    "پاسخ ما همین پایین است و یک نسخه هم در پنل کاربری ذخیره شده.",
    "برای پیگیری سفارش وارد حساب کاربری شوید.",
    "اگر سؤال تازه‌ای داشتید، هر وقت خواستید یک تیکت جدید باز کنید.",
    "لطفاً به همین ایمیل پاسخ دهید؛ مستقیم به دست خودم می‌رسد.",
    "لازم نیست حضوری مراجعه کنید؛ پیک ما دوشنبه کالا را از درِ خانه می‌گیرد.",
    "پاسخ کامل را در همین ایمیل نوشته‌ام.",
  ],
});

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('extra-effort', 'en', {
  flag: [
    "Please log in to your account to see our reply.",
    "You can read our answer by logging into the portal.",
    "Our agent has replied to your ticket. To view the reply, visit support.acme.com.",
    "For questions about your bill, you'll need to call our billing line on 0800 123 456.",
    "We're unable to discuss account matters by email; please phone us on 0300 123 4567.",
    "Please email warranty@acme.com, as we don't deal with warranty claims here.",
    "To see what our agent said, head over to the Messages tab in the app.",
    "Please download our app to continue this conversation.",
    "Returns are handled by our partner ReturnCo, so please contact them directly at help@returnco.com.",
    "I'm not able to help with billing here; please reach out to the billing department.",
    "Please send your complaint to our complaints team at complaints@acme.com.",
    "To get your refund, please fill out the refund request form on our website.",
    "Please go to our website and fill in the contact form with your question.",
    "You'll have to take it back to the store you bought it from.",
    "We need you to start a fresh application on our website.",
    "Please redo the booking online, as we can't change it from here.",
    "The answer to your question is in your inbox on our website.",
    "You'll find our full response in the customer portal.",
    "Please visit the help centre and search for \"refund\" to find the answer.",
    "That's handled by another department, so you'll need to contact them yourself.",
    "Please call our sales line on 0800 555 010 about this.",
    "Your case has been updated. Sign in to view the update.",
    "Please apply again through the website.",
    "Your best bet is to contact the manufacturer directly about the fault.",
    "We'd recommend reaching out to your bank, as they handle chargebacks.",
    "You should take this up with the courier, since the parcel is in their hands.",
    "Please pop into your nearest branch with the item and your receipt.",
    "We'd ask that you submit your claim once more using the online portal.",
    "Unfortunately we can't see attachments sent by email, so please upload them to your account.",
    "You'll need to raise a new request via the app for this.",
    "It's best to ring our accounts team on 0161 496 0000 for this one.",
    "Please log on to My Account and check the Messages section for our response.",
    "Your answer is available on our support site under 'My tickets'.",
    "We only process cancellations made through the online form.",
    "Please complete a fresh returns form and post it back with the item.",
    "As this is a billing matter, please direct it to billing@acme.com.",
    "I can't access your order from this inbox; please email orders@acme.com instead.",
    "For a replacement, please go through the returns portal.",
    "Please start again from the beginning of the application process.",
    "Changes to your booking have to be made through the hotel directly.",
    "Please register your complaint through our website, as we cannot log it from here.",
  ],
  pass: [
    "Log in to your account to change your password.",
    "To reset your password, sign in and go to Settings.",
    "Here's the answer: the refund was issued today. You can also track it in your account.",
    "If you prefer, you can also manage your booking in the app.",
    "Your invoice is attached; you can also download it from your account at any time.",
    "We've forwarded your question to our billing team, and Priya will email you by Friday.",
    "I've filled in the form with your details, so you only need to sign it.",
    "Please fill in the form below to register for the event.",
    "Thanks for sending the receipt; I've attached it to your claim.",
    "You don't need to send anything again; we have your photos.",
    "No need to fill in the form again: I've updated it for you.",
    "Please reply with a photo of the damage.",
    "Please complete your profile to start using the app.",
    "To activate your account, please log in and confirm your email.",
    "Our reply is below.",
    "If your question is about something else, reply to this email and I'll pass it on.",
    "If the link has expired, you can request a new one from the login page.",
    "I've passed your photos to the warranty team, so you won't have to send them again.",
    "Please submit your timesheet by Friday.",
    "To complete your purchase, please return to the checkout.",
    "Sign in to your account to see your order history.",
    "Please try again in a few minutes.",
    "You can call us on 0800 123 456 if you'd rather talk.",
    "I've sent the form to the billing team myself and they'll reply to you directly.",
    "Our billing team will contact you tomorrow.",
    "Please send us a photo of the damage so I can sort out a replacement.",
    "You can reply to this email with your question, and I'll answer it directly.",
    "We've sent the replacement again by express post; it arrives tomorrow.",
    "I've resubmitted your claim to the insurer myself.",
    "Our courier will collect the parcel from your door on Monday.",
    "If you ever need to change your booking, you can also do it in the app.",
    "Please visit our website to see our new spring collection.",
    "Download our app to get 10% off your first order.",
    "To unsubscribe, please click the link below.",
    "Please confirm your email address by clicking the link below.",
    "Thanks again for your order!",
    "We hope to see you again soon.",
    "Please contact us if you have any questions.",
    "Your parcel is with the courier and will arrive on Tuesday.",
    "The bank usually takes 3–5 days to show the refund.",
    "Please call us on 0800 123 456 and ask for Sam, who has your file.",
    "Please fill in the short form below so we can book your first appointment.",
    "Once again, I'm sorry for the trouble.",
    "Please keep your receipt, as the manufacturer may ask for it.",
    "You don't have to contact the courier; I've already done it.",
  ],
});
paraphraseCases('extra-effort', 'fa', {
  flag: [
    "برای مشاهده‌ی پاسخ کارشناس به بخش پیام‌های من در سایت مراجعه کنید.",
    "برای پیگیری این موضوع باید با واحد مالی به شماره‌ی ۰۲۱۸۸۸۸۸۸۸ تماس بگیرید.",
    "پاسخ شما در حساب کاربری‌تان ثبت شده است.",
    "برای دریافت پاسخ، اپلیکیشن را باز کنید.",
    "این موضوع در حیطه‌ی کاری ما نیست؛ لطفاً با پشتیبانی فنی تماس بگیرید.",
    "لطفا یه تیکت جدید بزنید.",
    "جواب سوالتون رو توی پنل گذاشتیم.",
    "برای ادامه‌ی رسیدگی، باید به صورت حضوری به دفتر مراجعه کنید.",
    "لطفاً موضوع را به ایمیل واحد مالی بفرستید.",
    "لطفاً دوباره درخواست بدهید.",
    "درخواست شما باید از طریق سامانه ثبت شود.",
    "جهت پیگیری، با شماره‌ی دیگری که در سایت درج شده تماس حاصل فرمایید.",
    "پیگیری مرجوعی‌ها با واحد دیگری است؛ به آن‌ها ایمیل بزنید.",
    "لطفا برای درخواست استرداد وجه به سایت بروید و فرم مربوطه را پر کنید.",
    "پاسخ کارشناس ما در بخش تیکت‌ها منتظر شماست.",
    "برای این کار باید خودتان با پشتیبانی بانک تماس بگیرید.",
    "برای دیدن جواب، لطفاً به حساب کاربری‌تان سر بزنید.",
    "پاسخ درخواستتان در پروفایل شما بارگذاری شده است.",
    "لطفاً با خط ویژه‌ی بازپرداخت به شماره‌ی ۰۲۱۴۴۴۴ تماس بگیرید.",
    "لطفاً مجدداً به سامانه وارد شده و درخواست خود را ثبت نمایید.",
    "برای ثبت شکایت باید به سایت ما بروید و فرم را پر کنید.",
    "این درخواست باید توسط واحد فروش بررسی شود؛ لطفاً با آن‌ها تماس بگیرید.",
    "رسیدگی به این موضوع با ما نیست؛ به فروشنده مراجعه کنید.",
    "ما فقط به تیکت‌هایی که از طریق پنل ثبت شده باشند پاسخ می‌دهیم.",
    "امکان پیگیری از طریق ایمیل وجود ندارد؛ لطفاً با مرکز تماس ۱۸۱۸ تماس بگیرید.",
    "برای این موضوع لطفاً با پشتیبانی فنی در ارتباط باشید.",
    "لطفاً تیکت قبلی را ببندید و یک تیکت تازه باز کنید.",
    "ما به این سؤال‌ها از طریق ایمیل پاسخ نمی‌دهیم؛ لطفاً در سایت تیکت بزنید.",
    "خرید شما از فروشنده‌ی دیگری بوده؛ مستقیم با خودشان تماس بگیرید.",
    "جهت مشاهده‌ی نتیجه‌ی بررسی، به پنل کاربری خود مراجعه نمایید.",
    "برای دریافت پاسخ کامل، اپ ما را نصب کنید.",
    "لطفا یه بار دیگه فرمو پر کنید.",
    "باید دوباره درخواست بدید.",
    "لطفا برید تو سایت و از اونجا درخواست بدید.",
    "برای استرداد وجه لطفاً از طریق اپلیکیشن درخواست ثبت کنید.",
    "سؤالات مربوط به صورتحساب را با واحد حسابداری مطرح کنید.",
    "برای پیگیری خسارت باید خودتان با شرکت پست تماس بگیرید.",
    "برای تعویض کالا لطفاً به نزدیک‌ترین شعبه مراجعه کنید.",
    "جواب کارشناس در قسمت «پیام‌های من» سایت منتظر شماست.",
    "لطفاً برای دیدن پاسخ ما وارد حساب کاربری خود شوید.",
    "پاسخ ما را می‌توانید با ورود به پورتال مشتریان بخوانید.",
    "کارشناس ما به تیکت شما پاسخ داده است. برای مشاهده‌ی پاسخ به support.acme.ir بروید.",
    "برای سؤالات مربوط به قبض باید با خط واحد مالی به شماره‌ی ۰۲۱۱۲۳۴ تماس بگیرید.",
    "امکان بررسی مسائل حساب از طریق ایمیل وجود ندارد؛ لطفاً با شماره‌ی ۰۲۱۵۵۵ تماس بگیرید.",
    "لطفاً به warranty@acme.ir ایمیل بزنید، چون ما اینجا به درخواست‌های گارانتی رسیدگی نمی‌کنیم.",
    "برای دیدن پاسخ کارشناس، به بخش پیام‌ها در اپلیکیشن بروید.",
    "لطفاً برای ادامه‌ی گفتگو اپلیکیشن ما را دانلود کنید.",
    "مرجوعی‌ها را شرکت همکار ما انجام می‌دهد؛ لطفاً مستقیماً با آن‌ها تماس بگیرید.",
    "من اینجا نمی‌توانم در مورد صورتحساب کمکی کنم؛ لطفاً با واحد صورتحساب تماس بگیرید.",
    "لطفاً شکایت خود را به ایمیل واحد شکایات بفرستید.",
    "برای دریافت وجه، لطفاً فرم درخواست استرداد را در سایت ما پر کنید.",
    "لطفاً به سایت ما بروید و سؤالتان را در فرم تماس بنویسید.",
    "باید کالا را به فروشگاهی که از آن خریده‌اید برگردانید.",
    "لازم است یک درخواست جدید در سایت ثبت کنید.",
    "لطفاً رزرو را دوباره به صورت آنلاین انجام دهید، چون ما از اینجا نمی‌توانیم تغییرش دهیم.",
    "پاسخ سؤالتان در صندوق پیام شما در سایت قرار دارد.",
    "پاسخ کامل ما را در پورتال مشتریان پیدا می‌کنید.",
    "لطفاً به مرکز راهنما بروید و برای یافتن پاسخ «بازپرداخت» را جستجو کنید.",
    "این کار با واحد دیگری است، پس باید خودتان با آن‌ها تماس بگیرید.",
    "لطفاً درباره‌ی این موضوع با خط فروش به شماره‌ی ۰۲۱۹۹۹ تماس بگیرید.",
    "لطفاً دوباره از طریق سایت درخواست بدهید.",
    "لطفاً وارد پورتال مشتریان شوید تا پاسخ ما به درخواستتان را ببینید.",
    "پاسخ تیکت شما در مرکز پشتیبانی منتشر شده است.",
    "یک پاسخ در حساب کاربری شما منتظر است.",
    "لطفاً با تیم مربوط تماس بگیرید.",
    "لطفاً با شماره‌ی دیگری برای مرجوعی تماس بگیرید.",
    "لطفاً به نشانی جداگانه‌ی واحد صورتحساب ایمیل بزنید.",
    "این صندوق ایمیل به درخواست‌های بازپرداخت رسیدگی نمی‌کند.",
    "لطفاً یک درخواست پشتیبانی جدید ایجاد کنید.",
    "با دپارتمان مسئول در تماس باشید.",
    "لطفاً با تیم دیگری ارتباط بگیرید.",
    "برای دیدن راه‌حل، وارد داشبورد خود شوید.",
    "باید این درخواست را از طریق اپ ثبت کنید.",
    "به این آدرس پاسخ داده نمی‌شود؛ سؤالات را در سامانه‌ی تیکت مطرح کنید.",
    "جواب شما توی اپ هست، یه سر بزنید.",
    "واسه مرجوعی باید به واحد مرجوعی ایمیل بدید.",
  ],
  pass: [
    "برای تغییر رمز عبور وارد حساب کاربری شوید.",
    "پاسخ: بله، مبلغ امروز واریز شد. این پاسخ در پنل کاربری هم ذخیره شده است.",
    "نیازی نیست فرم را دوباره پر کنید؛ من اطلاعات را اصلاح کردم.",
    "مدارکی که فرستاده بودید به دستمان رسید و به پرونده پیوست شد.",
    "درخواست شما را به واحد مالی فرستادم و خانم رضایی تا فردا با شما تماس می‌گیرد.",
    "اگر سؤال دیگری دارید، همین ایمیل را پاسخ دهید.",
    "برای پیگیری سفارش می‌توانید هر زمان وارد حساب کاربری شوید.",
    "لطفاً فرم ثبت‌نام را تکمیل کنید.",
    "برای فعال‌سازی حساب، روی لینک زیر کلیک کنید.",
    "اگر لینک کار نکرد، دوباره تلاش کنید.",
    "لازم نیست عکس‌ها را دوباره بفرستید؛ همه به دستمان رسیده است.",
    "پاسخ شما را همین پایین نوشته‌ام.",
    "در صورت تمایل می‌توانید با شماره‌ی ۰۲۱۸۸۸۸۸۸۸ هم تماس بگیرید.",
    "همکارم در واحد مالی فردا با شما تماس می‌گیرد.",
    "لطفاً تا پایان هفته فرم ارزیابی را تکمیل کنید.",
    "پاسخ ما همین است: مبلغ فردا به کارت شما برمی‌گردد.",
    "لطفاً شماره‌ی سفارش را در پاسخ به همین ایمیل بنویسید تا بررسی کنم.",
    "اگر رسید به دستتان نرسید، دوباره درخواست بدهید.",
    "همکارم در واحد حسابداری سؤال شما را بررسی می‌کند و تا فردا جواب می‌دهد.",
    "فرم را خودم دوباره پر کردم؛ فقط کافی است امضا کنید.",
    "برای ورود به حساب، رمز عبور جدید را وارد کنید.",
    "می‌توانید وضعیت سفارش را هر زمان در اپلیکیشن ببینید.",
    "درخواست شما را به واحد فروش ارجاع دادم و با شما تماس می‌گیرند.",
    "لازم نیست دوباره چیزی بفرستید.",
    "دوباره از خریدتان ممنونیم.",
    "دوباره خوش آمدید!",
    "برای ثبت سفارش جدید وارد سایت شوید.",
    "تیکت شما بسته شد؛ اگر سؤال تازه‌ای دارید، تیکت جدید ثبت کنید.",
    "فقط از طریق این ایمیل می‌توانید مستقیم با من در ارتباط باشید.",
    "مبلغ فقط از طریق درگاه بانکی پرداخت می‌شود.",
    "لطفاً فرم ثبت‌نام را در سایت تکمیل کنید تا حساب شما ساخته شود.",
  ],
});

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('extra-effort', 'en', {
  flag: [
    "The answer to your question is in our FAQ.",
    "Please check our knowledge base for the answer.",
  ],
  pass: [
    "Here is the answer: yes. You can also find more in our FAQ.",
  ],
});
paraphraseCases('extra-effort', 'fa', {
  flag: [
    "پاسخ سؤال شما در بخش سؤالات متداول سایت آمده است.",
    "لطفاً سؤالتان را در بخش تیکت‌ها مطرح کنید.",
    "برای ثبت مرجوعی از طریق پنل کاربری اقدام کنید.",
  ],
  pass: [
    "برای پیگیری سفارش، کد رهگیری را در سایت وارد کنید.",
    "پاسخ شما همین است: بله. اگر خواستید در سؤالات متداول هم توضیح بیشتری هست.",
  ],
});

// Round 3 (#15): classes rather than sentences. News announced and held elsewhere ("an agent has replied … head to
// the portal to see it"), another channel "rather than" this one, matters "looked after by" a partner, one channel
// only for closing or cancelling, a still-open need ("if you still need help") that is no option; hard negatives where
// the news is told in the email, the place is an extra, or the writer hands the matter on themselves.
paraphraseCases('extra-effort', 'en', {
  flag: [
    "Good news, {{name}}: a specialist has replied to your case. Pop into the support portal to read what she found.",
    "Your claim status has changed. Log in to your dashboard for the details.",
    "There's a new update on your repair request. Open the app to see it.",
    "Your return has been reviewed. Visit acme.com/returns to find out the outcome.",
    "Our technician has posted a note on your booking; check the Bookings page to see what he wrote.",
    "For delivery questions you'll need the shipping desk on 0345 222 1100 rather than this inbox.",
    "Please use the live chat rather than replying to this email.",
    "Loyalty points are looked after by our partner PointsPlus, at pointsplus.com/help.",
    "Insurance claims are taken care of by a separate company; please contact them at claims-help.co.uk.",
    "Your enquiry has been answered. Head to the Messages tab to read the reply.",
    "You've got a new message from our team. Go to your profile page to view it.",
  ],
  pass: [
    "Your order has been updated: the blue kettle replaces the grey one, and the price stays the same. You can also see the change in your account.",
    "Your refund status has changed to \"sent\": £42 is on its way to your card and should land by Friday.",
    "There's a new version of the app. Open the app store to update it.",
    "Our team has replied below; the full thread is also in your account.",
    "Your booking has been changed to 3 June at 10:00, as you asked. See you then!",
    "Track your parcel any time at acme.com/track.",
    "If you'd rather talk, call us on 0800 123 456 instead of writing; replying here works just as well.",
    "I've asked our partner PointsPlus to add the missing points; they'll be on your card by Monday.",
    "Refunds are handled by our payments team, and I've already sent yours to them marked urgent.",
    "Log in to your account to change your delivery preferences.",
    "An agent has responded to your ticket: the charge was a hold and it has been released. Head to the Help Centre for tips on avoiding holds.",
    "Returns are looked after by our Leeds team, who will email you a label today.",
  ],
});

paraphraseCases('extra-effort', 'fa', {
  flag: [
    "کارشناس ما به درخواستتان پاسخ داد؛ برای دیدنش وارد پنل کاربری شوید.",
    "وضعیت پرونده‌ی گارانتی شما تغییر کرد. برای جزئیات به صفحه‌ی پیگیری در سایت بروید.",
    "یک پیام تازه برایتان رسیده؛ برای خواندنش به اپلیکیشن سر بزنید.",
    "درخواست مرجوعی شما بررسی شد. برای اطلاع از نتیجه به بخش سفارش‌های من مراجعه کنید.",
    "اگر همچنان مشکل دارید، باید از طریق سایت یک تیکت جدید ثبت کنید.",
    "این کالا را فروشگاه همکار ارسال کرده؛ لطفاً مستقیم با خود فروشنده هماهنگ کنید.",
    "حذف حساب کاربری فقط از طریق اپلیکیشن امکان‌پذیر است.",
    "پیگیری امتیازهای باشگاه بر عهده‌ی شرکت طرف قرارداد ماست: club.ir/help",
    "ما از طریق ایمیل به درخواست‌های گارانتی رسیدگی نمی کنیم.",
    "انصراف از اشتراک تنها در پنل کاربری انجام می‌شود.",
    "لطفاً موضوع را با خودشون در میان بگذارید.",
  ],
  pass: [
    "وضعیت سفارشتان به‌روز شد: بسته امروز تحویل پست شد و پنج‌شنبه می‌رسد.",
    "کارشناس ما پاسخ داد: مبلغ فقط مسدود موقت بود و آزاد شده است. یک نسخه هم در پنل کاربری‌تان هست.",
    "برای دیدن سفارش‌های قبلی هر وقت خواستید به حساب کاربری سر بزنید.",
    "اگر سؤال تازه‌ای داشتید، خوشحال می‌شویم از طریق سایت تیکت جدید ثبت کنید.",
    "خودم با فروشنده تماس گرفتم و قرار شد فردا کالا را جایگزین کند.",
    "پیگیری امتیازها بر عهده‌ی شرکت همکار ماست و من درخواستتان را برایشان فرستادم؛ تا دوشنبه خبر می‌دهند.",
    "برای حذف حساب کافی است همین ایمیل را جواب بدهید تا خودم انجامش بدهم.",
    "اشتراکتان تمدید شد و رسیدش پیوست همین ایمیل است.",
    "نسخه‌ی جدید اپلیکیشن آمد؛ برای نصبش به فروشگاه برنامه بروید.",
    "پاسخ کامل را پایین همین ایمیل نوشته‌ام و در حسابتان هم ذخیره شده است.",
    "درخواست بازپرداخت شما بررسی شد و مبلغ تا سه روز کاری به کارتتان برمی‌گردد.",
  ],
});

// More classes (#15): another desk's responsibility, 'use the portal instead', 'can only help over the phone',
// questions that 'should go to' another team, the third party then 'contact them', in person at a branch, an
// appointment only through the site, our reply found 'under' a section of the profile.
paraphraseCases('extra-effort', 'en', {
  flag: [
    "To see our answer, you'll need to sign in at help.acme.com.",
    "Your answer is waiting for you in the Acme app.",
    "For order changes, please get in touch with our sales office directly.",
    "This mailbox is not monitored for refund requests; use the returns portal instead.",
    "Questions about your bill should go to the billing team at billing@acme.com.",
    "You'll find our reply under My Tickets once you log in.",
    "Please resubmit your claim through the online form.",
    "We're not able to discuss account matters over email. Please call 0800 111 222.",
    "Deliveries are the courier's responsibility, so you'll need to chase them.",
    "Please raise this with your bank.",
    "You need to book a repair appointment through our website.",
    "We've updated your case. Sign in to view the changes.",
    "Our support staff can only help with this over the phone.",
    "Cancellations have to be requested by phone.",
    "The warranty is provided by the manufacturer, so please contact them for repairs.",
  ],
  pass: [
    "This mailbox is monitored by our whole team, so reply any time.",
    "Deliveries are the courier's responsibility, but I've already chased them and they'll redeliver tomorrow.",
    "Questions about your bill can go to me directly; just reply here.",
    "We've updated your case with the photos you sent, and Mia will call you by 3pm today.",
    "The warranty is provided by the manufacturer, so I've contacted them for you and booked the repair.",
    "Use the code SAVE10 instead of the old one at checkout.",
    "If the courier misses you, you can call them to rebook, or reply and I'll do it.",
  ],
});
paraphraseCases('extra-effort', 'fa', {
  flag: [
    "برای دیدن پاسخ ما باید وارد اپلیکیشن شوید.",
    "جواب کارشناس در بخش تیکت‌های من منتظر شماست.",
    "برای تغییر سفارش مستقیماً با واحد فروش تماس بگیرید.",
    "این صندوق برای درخواست‌های بازپرداخت پاسخ داده نمی‌شود؛ از سامانه‌ی مرجوعی استفاده کنید.",
    "سؤالات مربوط به صورتحساب را به واحد مالی ارسال کنید.",
    "امکان بررسی حساب از طریق ایمیل وجود ندارد؛ لطفاً با شماره‌ی ۰۲۱۱۲۳۴۵ تماس بگیرید.",
    "مسئولیت ارسال با شرکت پست است و باید خودتان پیگیری کنید.",
    "لطفاً موضوع را با بانک خودتان در میان بگذارید.",
    "برای تعمیر باید از طریق سایت نوبت بگیرید.",
    "پرونده‌ی شما به‌روزرسانی شد. برای مشاهده‌ی تغییرات وارد حساب شوید.",
    "لغو سفارش فقط به صورت تلفنی انجام می‌شود.",
    "گارانتی این کالا با شرکت سازنده است، لطفاً برای تعمیر با آنها تماس بگیرید.",
    "پاسخ ما را در پروفایلتان زیر قسمت پیام‌ها پیدا می‌کنید.",
    "برای پیگیری این مورد باید به شعبه‌ی نزدیک بروید.",
  ],
  pass: [
    "پاسخ کامل را در زیر همین ایمیل نوشته‌ام.",
    "برای نصب رایگان، کارشناس ما خودش به محل شما می‌آید.",
    "مسئولیت ارسال با شرکت پست است، ولی خودم پیگیری کردم و فردا دوباره می‌آورند.",
    "پرونده‌ی شما به‌روزرسانی شد: تعمیرکار پنج‌شنبه ساعت ۱۰ می‌آید.",
    "سؤالات صورتحساب را می‌توانید مستقیم از خودم بپرسید؛ همین ایمیل را جواب بدهید.",
    "برای تعمیر لازم نیست جایی بروید؛ پیک ما کالا را از درِ خانه می‌برد.",
    "گارانتی با شرکت سازنده است و من درخواست تعمیر را برایشان فرستادم.",
  ],
});

// Read on real text (#15): a retry after a limit, an offer to reopen on request and options offered with "you may"
// are not work sent back to the reader; a plain redo still is.
paraphraseCases('extra-effort', 'en', {
  flag: ['Please close this ticket and open a new one.', 'For invoices you will need the accounts team on 0800 000 111 rather than this address.'],
  pass: [
    'We closed this thread as we could not find the fault. If not fixed for you, just ask us to reopen it and add what you see.',
    'You can edit your request, or cancel it and start a new one.',
    "You may keep this ticket open, or close it and open a new one whenever it suits you.",
    'The link expired after 24 hours; otherwise, please submit the form again tomorrow.',
  ],
});
paraphraseCases('extra-effort', 'fa', {
  flag: ['لطفاً دوباره برای ثبت درخواست مرجوعی اقدام کنید و همان مدارک را بفرستید.'],
  pass: ['سقف ارسال امروز پر شده است؛ لطفاً فردا دوباره اقدام کنید.', 'سامانه موقتاً در دسترس نیست؛ چند دقیقه دیگر دوباره سعی کنید.', 'لطفاً مجدداً اقدام نمایید.'],
});

// The reply behind a link (#15): a merge-field URL, 'click here', 'the button below' or «لینک زیر» is a place too, and
// 'log in to respond' sends the reply itself away. Hard negatives: tracking and invoice links, a link offered as well.
paraphraseCases('extra-effort', 'en', {
  flag: [
    "An agent has replied to your request. View the reply here: {{ticket_url}}",
    "To read our response, follow this link: %(url)s",
    "Your ticket has a new comment. See it at ${ticketLink}.",
    "Click the button below to read the answer from our team.",
    "Our support team has answered your question. Click here to view the answer.",
    "Please log in to respond to this message.",
    "You have a new message in your inbox. Tap to read.",
  ],
  pass: [
    "Your order has shipped. Track it here: {{tracking_url}}",
    "Here's our answer: the refund went out today. You can also view it here: {{link}}",
    "Reply to this email, or click here to chat with Sara: {{chat_url}}",
    "Your invoice is ready. Download it here: {{invoice_url}}",
    "We've replied below; the full thread is also at {{ticket_url}}.",
    "Log in to your account to update your card, or just reply with the new details.",
  ],
});
paraphraseCases('extra-effort', 'fa', {
  flag: [
    "برای خواندن پاسخ کارشناس روی لینک زیر بزنید: {{link}}",
    "پاسخ ما را از این لینک ببینید: %(url)s",
  ],
  pass: [
    "سفارش شما ارسال شد؛ از این لینک پیگیری کنید: {{tracking_url}}",
    "پاسخ کامل را در متن زیر نوشته‌ام؛ همچنین از این لینک هم در دسترس است: {{link}}",
  ],
});

// A short fact kept behind a login or download (held-elsewhere.ts, factHeldElsewhere): the amount, the price, the
// decision the email could have said. Documents, facts the email also states, and extras stay clean.
paraphraseCases('extra-effort', 'en', {
  flag: [
    'Your phone bill for March is ready. Sign in to My Account to see how much you owe.',
    'We have reviewed your appeal; log in to the tenant portal to find out the decision.',
    'Good news, your renewal quote is here! Open the app to check the new price.',
  ],
  pass: [
    'Your March statement is ready. Log in to download a copy for your records.',
    'Your phone bill for March is £42.10, due on the 28th. Sign in to My Account to see the breakdown.',
    'Your renewal price is {{price}} a month; you can also log in to see the total for the year.',
    'Log in to your account to change how you pay.',
  ],
});

paraphraseCases('extra-effort', 'fa', {
  flag: [
    'قبض گاز این ماه صادر شد؛ برای دیدن مبلغ وارد اپلیکیشن شوید.',
    'درخواست تجدیدنظر شما بررسی شد. جهت اطلاع از نتیجه به پنل کاربری مراجعه کنید.',
  ],
  pass: [
    'قبض گاز این ماه ۲۴۰ هزار تومان است؛ جزئیات را در اپلیکیشن ببینید.',
    'صورتحساب کامل را می‌توانید از پنل کاربری دانلود کنید.',
  ],
});

// Session 7 (#13): a trip or a paper round for what email could carry ("complete the form in person", "print it, sign
// it and post it"), and the imperative after a purpose clause ("To claim …, complete …"). Hard negatives: a trip
// offered as an option, a physical hand-over, the writer doing the paper round.
paraphraseCases('extra-effort', 'en, trips and paper rounds', {
  flag: [
    'To change the name on your policy, print the attached form, sign it and post it back to us.',
    'Please register the warranty in person at our service centre.',
    'To report the fault, fill out the claim form face to face with one of our advisers.',
  ],
  pass: [
    'You can also register in person at any branch if you prefer.',
    'Please bring your ID when you collect the keys in person.',
    "We'll print the new contract, sign it and post it to you today.",
  ],
});

paraphraseCases('extra-effort', 'fa, trips and paper rounds', {
  flag: [
    'برای تغییر نام بیمه‌گذار، فرم پیوست را چاپ و امضا کنید و برای ما پست کنید.',
    'لطفاً برای ثبت درخواست تعمیر حضوراً به دفتر مرکزی مراجعه کنید.',
  ],
  pass: [
    'اگر ترجیح می‌دهید، می‌توانید حضوری هم مراجعه کنید.',
    'قرارداد را خودمان چاپ و امضا می‌کنیم و فردا برایتان پست می‌شود.',
  ],
});

// A redo after a fix is new work, not extra effort (real-dev2's CI bot), in step with repeat-yourself.
paraphraseCases('extra-effort', 'en, redo after a fix', {
  flag: [],
  pass: ['The patch did not apply. Please resolve the conflict and submit the patches again.', 'Please fix the typo in the form and send it again.'],
});

// send-away.ts reads each paragraph class cue as a word test plus a scan of the spanning alternatives (cues.ts):
// exact only while every one-word alternative is plain letters (then it can only occur inside one word of the text).
test('the one-word parts of the class cues are plain letters, so a word test settles them exactly', () => {
  for (const [name, part] of Object.entries(CUE_PARTS)) {
    for (const w of part.words) assert.match(w, /^[a-z\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF]+$/, `${name}: ${w}`);
    assert.ok(part.spans.length > 0, name);
  }
});

// The reader's own answer, which a link lets them change, is not our reply kept elsewhere. Written for these tests.
ruleCases('extra-effort', {
  bad: [
    { text: '[[Sign in to the portal to read our response]].' },
  ],
  good: [
    { text: 'While the survey is open you can change your answers using the link below.' },
    { text: 'You can edit your reply from the conversation page until the event starts.' },
  ],
});
