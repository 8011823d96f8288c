import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../server/engine';
import { lint } from '../../server/linter';
import { ruleCases } from '../../test/helpers/rule-cases';

const body = '\n\nHi Ana,\n\nYour refund went out today; it reaches your card in 3–5 days.\n\nSara\nsara@acme.example\n';
const bodyFa = '\n\nسلام آنا،\n\nمبلغ امروز به کارتتان برگشت و تا ۳ روز کاری می‌رسد.\n\nسارا\nsara@acme.example\n';

ruleCases('cold-subject', {
  bad: [
    // Header blocks in plain text and templates.
    { text: `Subject: [[Notification]]${body}` },
    { text: `Subject: Ticket #4821 ([[Auto-reply]])${body}`, fixed: `Subject: Ticket #4821${body}` },
    { text: `Subject: [[Automatic reply]]: your request about order 1182${body}`, fixed: `Subject: your request about order 1182${body}` },
    { text: `Subject: [[Automated message]]${body}` },
    { text: `Subject: [[Automated message from Acme Billing]]${body}` },
    { text: `Subject: [[System notification]]${body}`, file: 'refund.hbs' },
    { text: `Subject: [[Notification]]: your parcel is out for delivery${body}`, fixed: `Subject: your parcel is out for delivery${body}` },
    { text: `Subject: Your request {{ticket.number}} ([[auto-generated]])${body}`, file: 'ticket.hbs', fixed: `Subject: Your request {{ticket.number}}${body}` },
    // Front matter.
    { text: `---\nsubject: "[[Important notice]]"\nfrom: Sara at Acme <sara@acme.example>\n---\n\nHi Ana,\n\nThe shop is closed on Friday. Reply here with any question.\n\nSara\n`, file: 'notice.md' },
    // An HTML email's <title>.
    { text: '<html><head><title>[[Automated Email]]</title></head><body><p>Hi Ana,</p><p>Your refund went out today. Reply to this email with any question.</p><p>Sara</p></body></html>', file: 'refund.html' },
    // Catalog subject keys.
    { text: 'en:\n  ticket_mailer:\n    autoreply:\n      subject: "[[Automated message]]"\n      body: "Hi %{name}, we got your message, and Sara will answer by Friday."\n', file: 'config/locales/en.yml' },
    { text: '{\n  "ticket_reply_subject": "Ticket {ticket} - [[Auto-Response]]",\n  "ticket_reply_body": "Hi {name}, Sara answered your ticket: {answer}"\n}\n', file: 'locales/en.json' },
    // A phrase the configuration flags is reported like the rule's own (no-reply's check must not swallow it).
    { text: `Subject: [[Shipment Notification]]${body}`, options: { rules: { 'cold-subject': { phrases: { en: { flag: ['Shipment Notification'] } } } } } },
    // Persian.
    { text: `Subject: [[اطلاعیه]]${bodyFa}` },
    { text: `Subject: [[پیام خودکار]]${bodyFa}` },
    { text: `Subject: پیگیری سفارش ۱۱۸۲ ([[پاسخ خودکار]])${bodyFa}`, fixed: `Subject: پیگیری سفارش ۱۱۸۲${bodyFa}` },
    { text: `---\nsubject: "[[اعلان سیستمی]]"\n---\n\nسلام آنا،\n\nفروشگاه جمعه تعطیل است. هر سؤالی دارید همین ایمیل را پاسخ دهید.\n\nسارا\n`, file: 'notice.md' },
    // A gettext entry used in an email's `*_subject.txt` template is a subject (django-allauth's layout).
    { text: 'msgid ""\nmsgstr ""\n"Language: fa\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#: templates/account/email/notice_subject.txt:3\nmsgid "Notification"\nmsgstr "[[اطلاعیه]]"\n\n#: templates/account/email/notice_message.txt:3\nmsgid "The shop is closed on Friday."\nmsgstr "فروشگاه جمعه تعطیل است. سارا"\n', file: 'locale/fa/LC_MESSAGES/django.po' },
    { text: 'fa:\n  order_mailer:\n    shipped:\n      subject: "[[پاسخ خودکار]]"\n      body: "سلام %{name}، سفارش شما امروز ارسال شد. سارا"\n', file: 'config/locales/fa.yml' },
  ],
  good: [
    // A plain transactional subject naming the thing is fine (precision first).
    { text: `Subject: Order Confirmation #{{id}}${body}`, file: 'order.hbs' },
    { text: `Subject: Shipment Notification${body}` },
    { text: `Subject: New message from {{sender_name}}${body}`, file: 'msg.hbs' },
    { text: `Subject: New message!${body}` },
    { text: `Subject: Automatic renewal of your plan on 3 May${body}` },
    { text: `Subject: Your notification settings have changed${body}` },
    { text: `Subject: Your refund is on its way${body}` },
    // "Your message" as a whole subject (a reply's "Re:" dropped) names the reader's own message: left alone.
    { text: `Subject: Your message${body}` },
    { text: `Subject: Ticket #4821: we got your message${body}` },
    // "Do not reply" in a plain-text subject line is prose too: no-reply reports it, once.
    { text: `Subject: Your receipt - do not reply${body}` },
    // A label in the body, not the subject.
    { text: 'Hi Ana,\n\nNotification\n\nYour parcel left our warehouse today. Reply here with any question.\n\nSara\n' },
    // A web page title, not a label; a form label keyed `subject` that is a field name.
    { text: '<html><head><title>Password Reset</title></head><body><p>Hi Ana,</p><p>Reset it here. Reply with any question.</p><p>Sara</p></body></html>', file: 'reset.html' },
    { text: 'en:\n  contact_form:\n    subject: "Subject"\n    message: "Your message"\n', file: 'config/locales/en.yml' },
    { text: 'en:\n  order_mailer:\n    confirm_email:\n      subject: "Order Confirmation"\n      body: "Hi %{name}, thanks for your order. Sara"\n', file: 'config/locales/en.yml' },
    { text: `Subject: تأیید سفارش جدید${bodyFa}` },
    { text: `Subject: پیام جدید از سارا${bodyFa}` },
    { text: `Subject: پاسخ: %{ticket.subject} [#%{ticket.number}]${bodyFa}` },
    { text: `Subject: یادآوری فاکتور${bodyFa}` },
    { text: `Subject: اعلان تخفیف پاییزه برای شما${bodyFa}` },
    // The suppressions the doc page shows.
    { text: '<html><head>\n<!-- warmly-disable-next-line cold-subject -->\n<title>Notification</title></head><body><p>Hi Ana, reply with any question. Sara</p></body></html>', file: 'a.html' },
    { text: 'en:\n  mailer:\n    notice:\n      # warmly-disable-next-line cold-subject\n      subject: "Notification"\n      body: "Hi %{name}, the shop is closed on Friday. Sara"\n', file: 'config/locales/en.yml' },
  ],
});

// Square brackets cannot be marked in the fixture syntax above ([[…]]), so the issue's own example is checked here.
test('cold-subject: "Ticket #4821 [Auto-reply]" loses its tag, in both languages', () => {
  for (const [subject, tag, kept] of [['Ticket #4821 [Auto-reply]', 'Auto-reply', 'Ticket #4821'], ['پیگیری سفارش [پاسخ خودکار]', 'پاسخ خودکار', 'پیگیری سفارش']]) {
    const text = `Subject: ${subject}${body}`;
    const found = lint(text, { filePath: 'a.txt' }).findings.filter((f) => f.ruleId === 'cold-subject');
    assert.deepEqual(found.map((f) => f.actual), [tag]);
    assert.equal(applyEdits(text, found[0].suggestions[0].edits).text, `Subject: ${kept}${body}`);
  }
});

// A label on a department, saying no more (#15): written for this test, not from the blind sets.
paraphraseCases('cold-subject', 'en', {
  flag: ['Subject: Account Notification\n\nHi Jo, your plan renews on 3 May.', 'Subject: Payment Notice\n\nHi Jo, we received £20.', 'Subject: Satisfaction Survey\n\nHi Jo, how did we do?', 'Subject: Update\n\nHi Jo, your order shipped.'],
  pass: ['Subject: Order confirmation #{{order_id}}\n\nHi Jo, thanks for your order.', 'Subject: Your plan renews on 3 May\n\nHi Jo.', 'Subject: Three questions about your delivery (2 minutes)\n\nHi Jo.', 'Subject: Update on your refund: it went out today\n\nHi Jo.'],
});
paraphraseCases('cold-subject', 'fa', {
  flag: ['Subject: اطلاعیه‌ی حساب کاربری\n\nسلام جو، اشتراک شما ۳ خرداد تمدید می‌شود.', 'Subject: اعلان پرداخت\n\nسلام، مبلغ دریافت شد.', 'Subject: نظرسنجی رضایت\n\nسلام، چطور بودیم؟', 'Subject: یادآوری\n\nسلام، فردا نوبت شماست.'],
  pass: ['Subject: سفارش {{order_id}} شما ثبت شد\n\nسلام.', 'Subject: اشتراک شما ۳ خرداد تمدید می‌شود\n\nسلام.', 'Subject: سه سؤال درباره‌ی ارسال (۲ دقیقه)\n\nسلام.', 'Subject: یادآوری نوبت فردا ساعت ۱۰\n\nسلام.'],
});

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('cold-subject', 'en', {
  flag: [
    "Subject: Notice\n\nHi Ana, the shop is closed Friday.",
    "Subject: Account Update\n\nHi Ana, your plan changed.",
    "Subject: Important Information\n\nHi Ana, the shop is closed Friday.",
    "Subject: Update on your request\n\nHi Ana, your refund went out.",
    "Subject: Ticket #4821 has been updated\n\nHi Ana, your refund went out.",
    "Subject: [Ticket #4821] Automatic notification\n\nHi Ana, your refund went out.",
    "Subject: RE: Case 00482113 - Status Changed\n\nHi Ana.",
    "Subject: Alert\n\nHi Ana.",
    "Subject: System message\n\nHi Ana.",
    "Subject: Notification of change\n\nHi Ana.",
    "Subject: Order Status Update\n\nHi Ana.",
    "Subject: Reminder\n\nHi Ana.",
    "Subject: Auto-acknowledgement: request received\n\nHi Ana.",
    "Subject: Customer communication\n\nHi Ana.",
    "Subject: Service notice #2231\n\nHi Ana.",
    "Subject: New notification\n\nHi Ana.",
  ],
  pass: [
    "Subject: Your refund is on its way\n\nHi Ana.",
    "Subject: Order Confirmation #1182\n\nHi Ana.",
    "Subject: Your March invoice: £42 due 15 April\n\nHi Ana.",
    "Subject: Sara replied to your ticket about the broken zip\n\nHi Ana.",
    "Subject: Reminder: your dentist appointment tomorrow at 9\n\nHi Ana.",
    "Subject: We've updated our privacy policy\n\nHi Ana.",
    "Subject: Your new message from Sara\n\nHi Ana.",
    "Subject: Important: your card expires next week\n\nHi Ana.",
    "Subject: Update: your flight now leaves at 10:40\n\nHi Ana.",
    "Subject: A quick question about your order\n\nHi Ana.",
  ],
});
paraphraseCases('cold-subject', 'fa', {
  flag: [
    "Subject: اطلاع‌رسانی\n\nسلام آنا.",
    "Subject: به‌روزرسانی حساب کاربری\n\nسلام آنا.",
    "Subject: پیام سیستم\n\nسلام آنا.",
    "Subject: اعلان جدید\n\nسلام آنا.",
    "Subject: تیکت #۴۸۲۱ به‌روزرسانی شد\n\nسلام آنا.",
    "Subject: وضعیت درخواست تغییر کرد\n\nسلام آنا.",
    "Subject: [پاسخ خودکار] درخواست شما ثبت شد\n\nسلام آنا.",
    "Subject: اطلاعیه مهم\n\nسلام آنا.",
    "Subject: یادآوری\n\nسلام آنا.",
    "Subject: ایمیل اطلاع‌رسانی\n\nسلام آنا.",
    "Subject: اطلاعیه شماره ۲۳\n\nسلام آنا.",
  ],
  pass: [
    "Subject: مبلغ شما برگشت خورد\n\nسلام آنا.",
    "Subject: یادآوری: نوبت دندان‌پزشکی فردا ساعت ۹\n\nسلام آنا.",
    "Subject: سارا به تیکت شما درباره‌ی زیپ خراب پاسخ داد\n\nسلام آنا.",
    "Subject: پیام جدید از سارا درباره‌ی سفارش شما\n\nسلام آنا.",
    "Subject: به‌روزرسانی: پرواز شما ساعت ۱۰:۴۰ حرکت می‌کند\n\nسلام آنا.",
    "Subject: فاکتور اسفند شما: ۴۲۰ هزار تومان\n\nسلام آنا.",
  ],
});

// Round 3 (#15): calls for attention with nothing to attend to ('Action required', «توجه», «مهم»), the sender named
// as the subject ('Message from Acme Support', «پیام از طرف پشتیبانی»), and the label-word order with them; hard
// negatives where the same words lead into what happened ('Important: your card expires on Friday').
paraphraseCases('cold-subject', 'en', {
  flag: [
    "Subject: Account Alert\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Service Announcement\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Message from Acme Support\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Important Information\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Customer Notice\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Action Required\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Automatic Notification\n\nHi Sam, your parcel arrives Friday.",
    "Subject: [Ticket #123] Status Changed\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Ticket #4821 has been updated\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Important!\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Attention\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Reminder\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Notice of Change\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Account Update\n\nHi Sam, your parcel arrives Friday.",
    "Subject: System Alert: Action Required\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Alert\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Support Notification #5521\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Automated Response\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Update Regarding Your Account\n\nHi Sam, your parcel arrives Friday.",
  ],
  pass: [
    "Subject: Important: your card expires on Friday\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Action required: confirm your new address by Monday\n\nHi Sam, your parcel arrives Friday.",
    "Subject: A message from Sara about your return\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Message from Omar: your sofa arrives Tuesday\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Urgent: your flight moved to 7:40am\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Payment required to keep your plan\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Your ticket #4821 is fixed: here's what we did\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Attention Leeds customers: the store reopens on 3 June\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Quick reminder: your appointment is tomorrow at 10\n\nHi Sam, your parcel arrives Friday.",
    "Subject: Important changes to your delivery day from June\n\nHi Sam, your parcel arrives Friday.",
  ],
});
paraphraseCases('cold-subject', 'fa', {
  flag: [
    "Subject: اطلاعیه‌ی شماره ۲۳\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: هشدار امنیتی\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اعلان سیستم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پیام از طرف پشتیبانی\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: به‌روزرسانی وضعیت تیکت\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: توجه\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: مهم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اقدام لازم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: یادآوری مهم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اطلاع‌رسانی مهم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پیام جدید از سامانه\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: تغییر وضعیت درخواست\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اعلان حساب کاربری\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اطلاعیه ۴۵۲۱\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پاسخ سیستمی\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: هشدار\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اطلاعیه‌ی پشتیبانی\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: به‌روزرسانی مهم حساب\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پیغام سامانه\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: توجه: اقدام لازم\n\nسلام سارا، بسته جمعه می‌رسد.",
  ],
  pass: [
    "Subject: مهم: کارت شما جمعه منقضی می‌شود\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پیامی از سارا درباره‌ی مرجوعی‌تان\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: توجه مشتریان شعبه‌ی ونک: از ۳ خرداد باز هستیم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: یادآوری: نوبت شما فردا ساعت ۱۰\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: فوری: پرواز شما به ساعت ۷:۴۰ جابه‌جا شد\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پیام امید از پشتیبانی: مبل شما سه‌شنبه می‌رسد\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: اقدام لازم: آدرس تازه‌تان را تا دوشنبه تأیید کنید\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: تغییر روز ارسال سفارش‌های شما از خرداد\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: تیکت ۴۸۲۱ درست شد؛ این کارها را انجام دادیم\n\nسلام سارا، بسته جمعه می‌رسد.",
    "Subject: پیام از طرف سارا درباره‌ی سفارش شما\n\nسلام سارا، بسته جمعه می‌رسد.",
  ],
});
