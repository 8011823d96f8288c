import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('missing-contact', {
  bad: [
    { text: 'Hello,\n\nYour order #1234 has shipped and will arrive within three business days.\n\n[[Best regards,]]\nThe Acme Team\n', fixed: 'Hello,\n\nYour order #1234 has shipped and will arrive within three business days.\n\nBest regards,\n{{sender_name}}\n{{sender_email}}\nThe Acme Team\n' },
    { text: 'Your password was changed on Monday. If this was you, there is nothing else to do today.\n[[Please do not reply to this email.]]' },
    { text: '<p>Your subscription renews on June 1 and your card will be charged automatically.</p><p>[[Thanks,]]<br>The Team</p>', file: 'a.html' },
    { text: 'سفارش شما با موفقیت ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید.\n[[با تشکر،]]\nتیم فروش' },
  ],
  good: [
    { text: 'Hi Sam,\nYour order has shipped and will arrive within three business days.\n\nThanks,\nSara' },
    { text: 'Your order has shipped and will arrive within three business days. Questions? Just reply to this email.' },
    { text: 'Your order has shipped and will arrive within three business days. Call us at +1 (555) 010-2030 any time.' },
    { text: 'Your order has shipped and will arrive within three business days. Write to help@acme.example if anything is off.' },
    { text: '<p>Your order has shipped and will arrive within three business days.</p><p><a href="https://acme.example/contact">Contact us</a></p>', file: 'a.html' },
    { text: 'Your order has shipped and will arrive within three business days.\n{{> footer}}', file: 'a.hbs' },
    { text: 'Short SMS: code 1234.' },
    { text: 'سفارش شما ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید. اگر سؤالی داشتید با شماره‌ی ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید.' },
    { text: 'سفارش شما ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید.\nبا احترام،\nسارا احمدی' },
  ],
});
