import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('non-apology', {
  bad: [
    { text: 'The site will be down tonight. [[We apologize for any inconvenience this may cause]].', fixed: "The site will be down tonight. I'm sorry we got this wrong." },
    { text: '[[We regret any inconvenience]].' },
    { text: "[[Sorry for any trouble this may have caused]]." },
    { text: "[[We're sorry for any inconvenience caused]] by the delay." },
    { text: '[[We apologise for any trouble caused]].' },
    { text: '[[We are sorry if you felt ignored]].' },
    { text: "[[I'm sorry you feel that way]]." },
    { text: '[[Sorry for the inconvenience]]!' },
    { text: '<p>[[Please accept our apologies for any inconvenience]].</p>', file: 'a.html' },
    { text: '[[بابت هرگونه ناراحتی پوزش می‌طلبیم]].' },
    { text: '[[از بروز هرگونه مشکل احتمالی عذرخواهی می‌کنیم]].' },
    { text: '[[بابت ناراحتی‌های احتمالی پوزش می‌طلبیم]].' },
    { text: '[[اگر ناراحت شده‌اید عذرخواهی می‌کنیم]].' },
  ],
  good: [
    { text: "I'm sorry we shipped the wrong size: that was our mistake, and a new pair is on its way." },
    { text: 'We apologize for the delay in shipping your order: our warehouse missed it, and it leaves today.' },
    { text: 'Sorry to hear your package arrived damaged. I have sent a replacement.' },
    { text: 'No apology needed, we are happy to help!' },
    { text: 'متأسفیم که سفارش شما دیر رسید؛ اشتباه از انبار ما بود و هزینه‌ی ارسال را برگرداندیم.' },
    { text: 'از اینکه کالا آسیب‌دیده به دستتان رسید عذر می‌خواهیم؛ کالای جدید امروز ارسال می‌شود.' },
  ],
});
