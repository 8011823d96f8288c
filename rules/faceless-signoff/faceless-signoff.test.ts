import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('faceless-signoff', {
  bad: [
    { text: 'Your order has shipped.\n\nBest regards,\n[[The Acme Team]]\n', fixed: 'Your order has shipped.\n\nBest regards,\n{{sender_name}} from the Acme Team\n' },
    { text: 'Thanks,\n[[Customer Support]]' },
    { text: 'Sincerely,\n\n[[The Billing Department]]' },
    { text: 'Cheers,\n[[The {{store_name}} team]]', file: 'a.hbs', fixed: 'Cheers,\n{{sender_name}} from the {{store_name}} team' },
    { text: '<p>Thanks,<br>[[The [Product Name] team]]</p>', file: 'a.html' },
    { text: 'Kind regards,\n[[{{ shop.name }} Support]]', file: 'a.liquid' },
    { text: 'Thanks, [[the Acme team]]' },
    { text: 'با احترام،\n[[تیم پشتیبانی فروشگاه]]', fixed: 'با احترام،\n{{sender_name}} از تیم پشتیبانی فروشگاه' },
    { text: 'با سپاس\n[[مدیریت سایت]]' },
    { text: '<p>با تشکر،<br>[[واحد امور مشتریان]]</p>', file: 'a.html' },
  ],
  good: [
    { text: 'Best regards,\nSara Lee\nThe Acme Team' },
    { text: 'Thanks,\nSara from the Acme support team' },
    { text: 'Cheers,\n{{agent.name}}\nAcme Support', file: 'a.hbs' },
    { text: 'Best,\nSara, Head of Support' },
    { text: 'Our support team is here to help.' },
    { text: 'Thanks for your order!\nDownload as PDF' },
    { text: 'با احترام،\nسارا احمدی\nتیم پشتیبانی' },
    { text: 'با سپاس،\nسارا از تیم پشتیبانی فروشگاه' },
    { text: 'تیم پشتیبانی ما همیشه آماده‌ی کمک است.' },
  ],
});
