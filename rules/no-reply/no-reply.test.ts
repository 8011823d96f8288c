import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('no-reply', {
  bad: [
    // A reply named as useless, and the verbs and two-word channels of Persian that were missing.
    { text: 'Your order has shipped. [[Replying to this email will have no effect]].' },
    { text: 'Your order has shipped. [[Any reply to this email will be discarded]].' },
    { text: 'Your order has shipped. [[Your reply will not reach anyone]].' },
    { text: 'سفارش شما ارسال شد. [[ارسال پاسخ به این ایمیل بی‌نتیجه خواهد بود]].' },
    { text: 'سفارش شما ارسال شد. [[این آدرس ایمیل پاسخگو نیست]].' },
    { text: 'سفارش شما ارسال شد. [[به این نامه پاسخ نفرستید]].' },
    // «به آن»: the message named by a pronoun.
    { text: 'این ایمیل به صورت خودکار ارسال شده است و [[از پاسخ دادن به آن خودداری کنید]].' },
    { text: 'Your order has shipped.\n\n[[Please do not reply to this email]].\n', fixed: 'Your order has shipped.\n\nJust reply to this email: {{sender_name}} reads every reply.\n' },
    { text: 'Thanks! [[Please don’t reply to this message]], it was sent automatically.' },
    { text: 'This is an automated notification. [[Do not reply]].' },
    { text: '[[This mailbox is not monitored]]. For help, visit our site.' },
    { text: 'Note: [[this inbox is unattended]].' },
    { text: '[[Replies to this email will not be read]].' },
    { text: 'This message was [[sent from a notification-only address]] that cannot accept incoming email.' },
    { text: '[[We are unable to respond to replies sent to this address]].' },
    { text: '<p style="color:#999">[[Please do not reply to this e-mail]]. &copy; Acme</p>', file: 'footer.html' },
    { text: '{{!-- footer --}}\n<p>[[Please do not reply to this email]].</p>', file: 'footer.hbs', fixed: '{{!-- footer --}}\n<p>Just reply to this email: {{sender_name}} reads every reply.</p>' },
    { text: '---\nfrom: Acme <[[noreply@acme.com]]>\n---\n\nHi {{name}}, your receipt is attached.\n', file: 'receipt.md' },
    { text: 'From: [[no-reply@shop.example]]\nSubject: Your order\n\nHi Sam, thanks for the order.' },
    { text: '{% if order %}Order {{ order.id }}{% endif %}\n[[Please do not reply to this]] automatic email.', file: 'a.liquid' },
    { text: 'سفارش شما ثبت شد.\n[[لطفاً به این ایمیل پاسخ ندهید]].', fixed: 'سفارش شما ثبت شد.\nکافی است به همین ایمیل پاسخ دهید؛ {{sender_name}} همه‌ی پاسخ‌ها را می‌خواند.' },
    { text: '[[لطفا به اين ايميل پاسخ ندهيد]].' },
    { text: 'این پیام به صورت خودکار ارسال شده است، [[لطفا به آن پاسخ ندهید]].' },
    { text: '[[از پاسخ دادن به این ایمیل خودداری کنید]].' },
    { text: '[[ایمیل‌های ارسالی به این آدرس بررسی نمی‌شوند]].' },
    // Said from the sender's side: messages this number or inbox receives are not answered.
    { text: 'این شماره فقط برای اطلاع‌رسانی است و [[پیام‌های دریافتی پاسخ داده نمی‌شوند]].' },
    { text: '[[این ایمیل بررسی نمیشود]].' },
    { text: '<p>[[به این ایمیل پاسخ‌ندهید]]</p>', file: 'fa.html' },
    { text: 'Thanks for the report. [[Please don\'t comment on already closed issues]]; open a new one and link this one.', file: 'a.md' },
    { text: 'This ticket is now closed. [[Closed tickets do not accept replies]].' },
    { text: 'این تیکت بسته شد. [[تیکت‌های بسته شده پاسخ دریافت نمی‌کنند]].' },
    { text: 'کد تأیید شما ۱۲۳۴ است. [[ارسال پاسخ به این شماره امکان‌پذیر نیست]].' },
    { text: 'سفارش شما ثبت شد. [[این سامانه پاسخگوی پیام‌های شما نیست]].' },
  ],
  good: [
    { text: 'Your reply will reach our support team directly, so just hit reply.' },
    // A consequence spelled out (Exercism's mentoring mail), not an instruction not to write.
    { text: 'The discussion will time out in 5 days if you do not reply. Go to the discussion to answer your mentor.' },
    { text: 'Replying to this email will reopen your ticket.' },
    { text: 'پاسخ شما به این ایمیل مستقیم به دست همکاران پشتیبانی می‌رسد.' },
    // An auto-answer names the address the reader wrote to; its "not monitored" sentence is the finding, not the address.
    { text: 'You sent an email to no-reply@planning.example. Please use our contact page instead.' },
    { text: 'شما به no-reply@planning.example ایمیل فرستادید. لطفاً از صفحه تماس با ما استفاده کنید.' },
    { text: 'Just reply to this email — Sara reads every reply.' },
    { text: 'Questions? Reply to this message and we will answer within a day.' },
    { text: 'Never reply to emails asking for your password. We will never ask for it.' },
    { text: 'Do not reply to suspicious messages that ask for your card number.' },
    { text: 'We reply to every message within one business day.' },
    { text: 'If you did not request this, you can safely ignore this email.' },
    { text: 'From: Sara <sara@acme.com>\n\nHi Sam,' },
    { text: '{{!-- Please do not reply to this email. (old footer) --}}\nWrite back any time!', file: 'a.hbs' },
    { text: '<!-- Please do not reply -->\n<p>Write back any time!</p>', file: 'a.html' },
    { text: 'به همین ایمیل پاسخ دهید؛ سارا همه‌ی پیام‌ها را می‌خواند.' },
    { text: 'به پیامک‌های مشکوک که رمز شما را می‌خواهند پاسخ ندهید.' },
    { text: 'هر سؤالی داشتید، کافی است جواب همین ایمیل را بفرستید.' },
    { text: 'This ticket is now closed. If the problem comes back, reply to this email and we will reopen it for you.' },
    { text: 'این تیکت بسته شد. اگر مشکل دوباره پیش آمد، به همین ایمیل پاسخ دهید تا تیکت را دوباره باز کنیم.' },
    { text: 'پاسخ به این سوال در راهنمای سایت آمده است و همکاران ما پاسخگوی سؤالات شما هستند.' },
    { text: 'پیام‌های دریافتی ظرف یک روز کاری پاسخ داده می‌شوند؛ کافی است به همین شماره پیامک بزنید.' },
  ],
});

// #13: a thread locked to replies, said as an event.
ruleCases('no-reply', {
  bad: [
    { text: '[[This issue has been automatically locked]] because it has had no activity since it was closed. Please open a new issue for related problems.' },
    { text: '[[The discussion is now closed to new replies]]. Start a new thread for other questions.' },
  ],
  good: [
    { text: 'This issue was closed because it is fixed in 2.3. Comment here if it comes back.' },
    { text: 'This thread was locked by mistake and has been unlocked; replies work again.' },
  ],
});

// A ban's "don't message again" (real-dev3, a Telegram bot, in both languages). Asking to message a person is not this.
paraphraseCases('no-reply', 'bans', {
  flag: ["You are blocked. Don't message us again.", 'لطفا پیام ندهید.'],
  pass: ['Please message us anytime at 0912 000 0000.', 'لطفا پیام خود را همین‌جا بفرستید.'],
});

// A phone line that nobody answers, as an SMS says it; written for these tests.
ruleCases('no-reply', {
  bad: [
    { text: 'Your table is booked for 7pm. [[This is an unattended text line]]. Call 555-0199 to change it.' },
    { text: 'Reminder: your appointment is tomorrow. [[It is a send-only number]].' },
  ],
  good: [
    { text: 'Your table is booked for 7pm. This is our main number: text back any time and Ana will answer.' },
  ],
});
