import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('robotic-phrasing', {
  bad: [
    { text: '[[We acknowledge receipt of]] your request.', fixed: "We've received your request." },
    { text: '[[Please be advised that]] the office is closed on Friday.', fixed: 'Just so you know, the office is closed on Friday.' },
    { text: '[[Kindly be informed that]] your parcel is delayed.' },
    { text: 'Our team will [[do the needful]].' },
    { text: '[[Please find attached]] your invoice.', fixed: "Here's your invoice." },
    { text: 'Reply [[at your earliest convenience]].' },
    { text: '[[We are writing to inform you that]] your plan changes next month.' },
    { text: '[[This is to inform you that]] your order has shipped.' },
    { text: 'Your query was forwarded to [[the concerned department]].' },
    { text: '<p>[[Please be informed that]] prices change on May 1.</p>', file: 'a.html' },
    { text: '[[بدینوسیله اعلام می‌گردد]] که ساعات کاری تغییر کرده است.' },
    { text: '[[به استحضار می‌رساند]] سفارش شما ارسال شد.' },
    { text: 'سفارش شما [[ارسال گردید]].', fixed: 'سفارش شما ارسال شد.' },
    { text: '[[احتراماً]]، درخواست شما دریافت شد.' },
    { text: '[[خواهشمند است]] مدارک را ارسال فرمایید.' },
  ],
  good: [
    { text: "Thanks for your message: we've got it, and Sara will reply today." },
    { text: 'Just so you know, the office is closed on Friday.' },
    { text: "Here's your invoice. Reply any time with questions." },
    { text: 'Please find a time that works for you in the calendar below.' },
    { text: 'سفارش شما ارسال شد و فردا به دستتان می‌رسد.' },
    { text: 'لطفاً مدارک را برایمان بفرستید.' },
    { text: 'به اطلاع شما برسانیم که سفارش ارسال شد.' },
  ],
});
