import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('generic-greeting', {
  bad: [
    // The role of a place, whatever the place is called.
    { text: '[[Dear user of {{fund_name}}]],\n\nYour voucher expires next week.' },
    { text: '[[Hello valued customer of Acme Bank]]!\nYour card is on its way.' },
    // A role with its plural in brackets, as forms write it.
    { text: '[[Dear author]](s),\n\nYour submission was rejected.' },
    // A marketplace's sellers addressed by role (zCart's Persian pack: «سلام بازرگان»).
    { text: '[[سلام بازرگان]]،\nفروشگاه شما حذف شد.' },
    // A greeting line in quote marks (a shop's SMS opens «"کاربر گرامی"»).
    { text: '"[[کاربر گرامی]]"\nپرداخت شما موفق نبود. در صورت کسر مبلغ تا ۷۲ ساعت به حساب شما برمی‌گردد.' },
    { text: '"[[Dear customer]]"\nYour payment did not go through.' },
    // The service named before the role is still a role.
    { text: '[[Dear TheyWorkForYou alert subscriber]],\n\nYour alert will not email you any time soon.' },
    { text: '[[Hi Acme newsletter reader]]! Here is this week\'s issue.' },
    // A platform's own people addressed by role (an LMS to its instructors).
    { text: '[[مدرس گرامی]]، یک دیدگاه تازه برای دوره شما ثبت شد.' },
    { text: '[[Dear Instructor]], a new comment was posted on your course.' },
    { text: '[[Dear customer]],\n\nYour order has shipped.\n', fixed: 'Dear {{first_name}},\n\nYour order has shipped.\n' },
    { text: '[[Dear Valued Customer]],\nThanks for your order.' },
    { text: '[[Hi subscriber]]! Here is this week’s news.' },
    { text: '[[Hello dear members]],\n\nThe pool is closed on Monday.' },
    { text: '[[Dear Sir or Madam]],\nWe received your application.' },
    { text: '<p>[[Dear Customer]],</p><p>Hi {{customer.first_name}}, your order is ready.</p>', file: 'order.hbs', fixed: '<p>Dear {{customer.first_name}},</p><p>Hi {{customer.first_name}}, your order is ready.</p>' },
    { text: '[[Dear customer]],\n{% if order %}Your order {{ order.name }} is on its way.{% endif %}\nHi {{ customer.first_name }}', file: 'ship.liquid', fixed: 'Dear {{ customer.first_name | default: "there" }},\n{% if order %}Your order {{ order.name }} is on its way.{% endif %}\nHi {{ customer.first_name }}' },
    { text: '[[Dear valued customer]],\n\n*|MC:SUBJECT|* Thanks, *|FNAME|*!', fixed: 'Dear *|FNAME|*,\n\n*|MC:SUBJECT|* Thanks, *|FNAME|*!' },
    { text: '<table><tr><td><h1>[[Hello Customer]]!</h1></td></tr></table>', file: 'welcome.html' },
    { text: '---\nsubject: Welcome\n---\n\n[[Dear user]],\n\nWelcome aboard.\n', file: 'welcome.md' },
    { text: '[[مشتری گرامی]]،\nسفارش شما ارسال شد.', fixed: '{{first_name}} گرامی،\nسفارش شما ارسال شد.' },
    { text: '[[کاربر عزیز]]، خوش آمدید.' },
    { text: '[[همراه گرامی]]؛ بسته‌ی اینترنت شما فعال شد.' },
    { text: '[[با سلام، مشترک گرامی]]\nقبض شما صادر شد.' },
    { text: '<p>[[مشتري عزيز]]</p><p>سفارش ارسال شد.</p>', file: 'fa.html' },
    { text: '[[کاربر گرامی سلام]]!\nرمز عبور شما تغییر کرد.' },
    // Letter anatomy by structure, not punctuation: after an emoji, in a run-on SMS, a role as addressee.
    { text: '👋 [[Dear Customer]],\nYour order has shipped today.' },
    { text: '<div style="display:none">Your order is on its way</div><p>🎉 [[Hi valued customer]]!</p><p>Your order has shipped.</p>', file: 'a.html' },
    { text: '[[Attention Email Sender]]:\nYour message could not be delivered to our ticket system.' },
    { text: '[[مشتری عزیز]] سفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد.' },
    { text: '🌸 [[کاربر گرامی]]، سفارش شما ارسال شد.' },
    { text: '[[با سلام و احترام خدمت مشتری محترم]]،\nقبض این ماه شما صادر شد.' },
    // «خدمت شما» ("to you") between the greeting and the role, with a comma or running on as in an SMS.
    { text: '[[با سلام و احترام خدمت شما مشتری گرامی]]،\nقبض این ماه شما صادر شد.' },
    { text: '[[سلام خدمت شما کاربر عزیز]] رمز عبور شما با موفقیت تغییر کرد.' },
    // #13: a plural address with a comma, or an institution's customers, keeps the body out of the span: the fix
    // replaces the span with a name and must not delete the message.
    { text: '[[کاربران عزیز]]، سایت امشب به‌روز می‌شود و تا ساعت ۲ در دسترس نیست.', fixed: '{{first_name}} عزیز، سایت امشب به‌روز می‌شود و تا ساعت ۲ در دسترس نیست.' },
    { text: '[[مشتری گرامی فروشگاه]]\nسفارش شما ارسال شد.' },
  ],
  good: [
    // A role of a place said in the body, not in the greeting.
    { text: 'Hi {{name}},\nAs a user of {{fund_name}} you can spend your voucher at any shop.' },
    { text: 'Dear author(s) of the paper "{{ title }}", reviews are attached.' },
    { text: 'He signed the note "Dear customer" and left it at the desk.' },
    { text: 'Hi Sarah, fellow member of the garden club,\n\nthe next meeting is on Monday.' },
    { text: 'Dear Sam, thanks for being an Acme newsletter reader. Here is this week\'s issue.' },
    // The first item of a list after a dash is no salutation.
    { text: 'We received a request to delete your workspace and everything in it — all users, posts, comments and votes.' },
    { text: 'Your export is ready - all members, groups and settings are in the archive.' },
    { text: 'Hello,\n\nYour order has shipped.' },
    { text: 'Hi {{first_name}},\n\nYour order has shipped.', file: 'a.hbs' },
    { text: 'Dear {{ customer.first_name | default: "there" }},', file: 'a.liquid' },
    { text: 'Hi there! Thanks for signing up.' },
    { text: 'Our customers love the new app. Customer support is open 24/7.' },
    { text: 'Dear Sara,\nThanks for writing.' },
    { text: 'As a valued customer, you get free shipping this month.' },
    { text: 'سلام،\nسفارش شما ارسال شد.' },
    { text: '{{name}} عزیز، سفارش شما ارسال شد.', file: 'a.hbs' },
    { text: 'سلام {first_name} جان، ممنون از خریدتان.' },
    { text: 'رضایت مشتریان برای ما مهم است و پشتیبانی همیشه در دسترس است.' },
    { text: '{{!-- Dear customer, is the old greeting --}}Hi {{first_name}},', file: 'a.hbs' },
    { text: '<p title="Dear customer">Hi {{first_name}},</p>', file: 'a.html' },
    // A name after the role or after the adjective is personal, in both word orders.
    { text: 'مشتری عزیز {name} سفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد.' },
    { text: 'عزیز {name}، سفارش شما ارسال شد.' },
    { text: 'سلام {name} عزیز، سفارش شما ارسال شد.' },
    { text: 'سلام خدمت شما {name} عزیز، سفارش شما ارسال شد.' },
    { text: 'با سلام خدمت شما کاربر گرامی {{ $user->name }}، سفارش شما ارسال شد.', file: 'a.blade.php' },
    { text: 'مشتریان عزیز که پیش از ۱۰ خرداد خرید کرده‌اند هدیه می‌گیرند.' },
    { text: 'Hello %s,\nYour ticket has been closed.' },
    { text: '👋 Hi {{ .FirstName }},\nYour order has shipped today.' },
    { text: 'Email senders who use our API can now attach files.' },
  ],
});

// An emoji glued to the greeting, with no space (real-dev3, a VPN bot's «⛔مشتری گرامی، …»).
paraphraseCases('generic-greeting', 'emoji glued to the greeting', {
  flag: ['⛔مشتری گرامی، اشتراک شما به پایان رسید.', '👋Hi customer, your order shipped.'],
  pass: ['⛔ {{name}} عزیز، اشتراک شما به پایان رسید.'],
});
