import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { phraseListsCompile } from '../../test/helpers/phrase-lists';
import { ruleCases } from '../../test/helpers/rule-cases';

const GOOD_EN = "Hi Ana,\n\nI'm Maya, and I look after customer care here. Could you take our survey about your boots? It takes 2 minutes, and I read every answer: we use them to decide what to fix first.\n\nOr just reply to this email: it comes straight to me.\n\nMaya Okafor";
const GOOD_FA = 'سلام سارا جان،\n\nمن مریم هستم، مسئول خدمات مشتریان. لطفاً در نظرسنجی کوتاه ما شرکت کنید؛ پاسخ دادن ۲ دقیقه طول می‌کشد و همه‌ی پاسخ‌ها را خودم می‌خوانم تا بدانیم چه چیزی را اول درست کنیم.\n\nاگر ترجیح می‌دهید، به همین ایمیل پاسخ دهید.\n\nمریم احمدی';

ruleCases('survey-invitation', {
  bad: [
    {
      text: '[[Your feedback is important to us.]] Click here.',
      fixed: "I'm {{sender_name}}, and I read every answer myself: we use them to decide what to fix first. Prefer to just tell me? Reply to this email. And if you'd rather not get these, reply and I'll take you off the list. Your feedback is important to us. Click here.",
    },
    { text: 'Hi {{first_name}},\n\nThanks for your order. [[Please take our short survey:]]\n{{survey_url}}\n\nThe Acme Team' },
    { text: 'Hello,\n\n[[Please take 3 minutes to complete our customer satisfaction survey.]] This helps us improve.\n\nDo not reply to this email.\n\nAcme Support' },
    { text: '<p>Hi *|FNAME|*,</p>\n<p>How did we do? [[Rate your experience below.]]</p>\n<p>Northwind</p>', file: 'a.html' },
    { text: 'Hi there,\n\n[[Leave us a review on Trustpilot and tell others about your stay!]]\n\nGreenview Hotel' },
    {
      text: '[[نظر شما برای ما مهم است.]] اینجا کلیک کنید.',
      fixed: 'من {{sender_name}} هستم و همه‌ی پاسخ‌ها را خودم می‌خوانم؛ با آن‌ها تصمیم می‌گیریم چه چیزی را اول درست کنیم. اگر ترجیح می‌دهید مستقیم بگویید، به همین ایمیل پاسخ دهید؛ اگر هم نمی‌خواهید این پیام‌ها را بگیرید، کافی است همین را بنویسید. نظر شما برای ما مهم است. اینجا کلیک کنید.',
    },
    { text: 'مشتری گرامی،\n\n[[لطفاً در نظرسنجی زیر شرکت کنید:]]\n{{survey_link}}\n\nتیم پشتیبانی' },
    { text: 'سلام،\n\n[[به خدمات ما امتیاز دهید.]] این پیام خودکار است؛ به آن پاسخ ندهید.\n\nفروشگاه بامداد' },
  ],
  good: [
    { text: GOOD_EN },
    { text: GOOD_FA },
    { text: 'Your order has shipped. Track it here: {{tracking_url}}' },
    { text: 'Thanks for taking our survey last week! Here is what we changed.' },
    { text: 'Read our reviews before you book.' },
    { text: 'The exchange rate applies on the day of payment.' },
    { text: 'از شرکت شما در نظرسنجی سپاسگزاریم.' },
    { text: 'سفارش شما ارسال شد.' },
    { text: 'Your feedback is important to us. Click here.', options: { rules: { 'survey-invitation': 'off' } } },
  ],
});

// Whole messages, not sentences: the rule judges the message. Written for the frames, not copied from en.ts/fa.ts.
paraphraseCases('survey-invitation', 'en', {
  flag: [
    'Dear Customer,\n\nWe value your opinion. Please complete the questionnaire at the link below.\n\nCustomer Experience Team',
    'Hi Sam,\n\nHow was your stay with us? Share your feedback here: {{link}}\n\nThe Lakeside Hotel',
    'Thank you for shopping with us! Rate your recent purchase: ★★★★★\n\nShopify Store',
    'Hello,\n\nWe would love your feedback. Fill out our survey today.\n\nThis is an automated message; replies are not monitored.',
    'Hi {{name}},\n\nHow likely are you to recommend us to a friend? Click a number below.\n\nAcme',
  ],
  pass: [
    GOOD_EN,
    'Hi Jo,\n\nThanks for completing our survey. We read every answer, and here is what we changed.\n\nPriya',
    'Your exchange rate for this transfer was 1.08.',
    'Hi,\n\nYour review of the contract is due Friday.\n\nSara',
    "Hi Ana,\n\nI'm Leo from the booking team. Would you rate your stay? It takes a minute, and your answers go straight to the hotel manager. Reply to this email if you'd rather tell me.\n\nLeo",
  ],
});

paraphraseCases('survey-invitation', 'fa', {
  flag: [
    'مشتری گرامی،\n\nنظر شما برای ما ارزشمند است. لطفاً پرسشنامه زیر را تکمیل کنید.\n\nروابط عمومی',
    'سلام،\n\nتجربه خرید شما چطور بود؟ با کلیک روی لینک زیر امتیاز دهید.\n\nفروشگاه',
    'کاربر عزیز،\n\nلطفاً نظر خود را درباره خدمات ما ثبت کنید.\n\nتیم پشتیبانی',
  ],
  pass: [
    GOOD_FA,
    'از اینکه در نظرسنجی ما شرکت کردید سپاسگزاریم.',
    'سفارش شما امروز تحویل پست شد.',
  ],
});

phraseListsCompile('survey-invitation', import.meta.dirname);
