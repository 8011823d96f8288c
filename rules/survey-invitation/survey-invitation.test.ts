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

// More class-written cases (#15): each names a class of wording (a frame over actor, verb, object and hedge),
// written without reading the blind paraphrase sets; hard negatives beside them.
paraphraseCases('survey-invitation', 'en', {
  flag: [
    "Hi {{first_name}},\n\nWe'd love to hear what you think about your recent order. It only takes a moment: {{link}}\n\nThanks,\nAcme",
    "Dear guest,\n\nTell us about your stay by answering a few quick questions.\n\nGrand Hotel",
    "Hi,\n\nGot a minute? Help us get better by sharing your thoughts in our customer survey.\n\nAcme Support",
    "Dear Customer,\n\nWe are conducting a customer satisfaction survey and would appreciate your participation. Click the link below to begin.\n\nRegards,\nCustomer Care",
    "Hi there,\n\nHow would you rate the support you received today? Choose a score from 1 to 10 below.\n\nAcme Helpdesk",
    "Hello {{name}},\n\nYour opinion counts! Answer our short poll and you could win a £50 voucher.\n\nAcme",
    "Hi {{name}},\n\nWere you happy with your delivery? Let us know with one click: 👍 / 👎\n\nThe Delivery Team",
    "Dear {{name}},\n\nWe invite you to participate in our annual client survey.\n\nKind regards,\nThe Management",
    "Hi,\n\nCould you spare a few minutes to give us feedback on our new app?\n\nAcme",
    "Hi {{name}},\n\nPlease review your recent purchase on our website.\n\nAcme Store",
    "Hi,\n\nWe want to hear from you. Fill in our feedback form: {{url}}\n\nNo-reply",
  ],
  pass: [
    "Hi Ana,\n\nI'm Maya from customer care. Would you answer three questions about your order? It takes 2 minutes, and I read every reply myself to decide what we fix next. You can also just reply to this email.\n\nMaya",
    "Hi Jo, thanks for filling in our survey last week. Here is what we changed as a result.\n\nPriya",
    "Your review is due on Friday.\n\nSara",
  ],
});
paraphraseCases('survey-invitation', 'fa', {
  flag: [
    "سلام {{name}}،\n\nلطفاً با پاسخ به چند سؤال کوتاه، ما را در بهبود خدمات یاری کنید: {{link}}\n\nفروشگاه",
    "مشتری گرامی،\n\nاز شما دعوت می‌کنیم در نظرسنجی سالانه‌ی مشتریان شرکت کنید.\n\nبا احترام،\nمدیریت",
    "سلام،\n\nاز خرید خود راضی بودید؟ با یک کلیک به ما بگویید.\n\nتیم فروش",
    "کاربر گرامی،\n\nنظرتان درباره‌ی اپلیکیشن جدید ما چیست؟ فرم زیر را پر کنید.\n\nپشتیبانی",
    "سلام {{name}}،\n\nبه پشتیبانی امروز از ۱ تا ۱۰ چه نمره‌ای می‌دهید؟\n\nتیم پشتیبانی",
    "سلام،\n\nچند دقیقه وقت دارید؟ در نظرسنجی ما شرکت کنید و در قرعه‌کشی برنده شوید.\n\nفروشگاه",
    "سلام {{name}}،\n\nلطفاً برای محصولی که خریدید در سایت نظر بنویسید.\n\nفروشگاه",
    "کاربر عزیز،\n\nمی‌خواهیم نظر شما را بدانیم. لطفاً پرسشنامه‌ی ما را تکمیل نمایید.\n\nسامانه",
    "سلام،\n\nاز تجربه‌ی اقامت خود در هتل برایمان بگویید: {{link}}\n\nهتل",
  ],
  pass: [
    "سلام سارا، من مریم هستم. لطفاً در نظرسنجی دو دقیقه‌ای ما شرکت کنید؛ همه‌ی پاسخ‌ها را خودم می‌خوانم تا بدانیم چه چیزی را بهتر کنیم. اگر ترجیح می‌دهید، به همین ایمیل پاسخ دهید.\n\nمریم",
    "از اینکه در نظرسنجی ما شرکت کردید سپاسگزاریم؛ نتیجه را هفته‌ی بعد برایتان می‌فرستیم.",
  ],
});

// Round 3 (#15): invitations in wording nobody listed, read as classes: what you 'made of' or 'thought of' a visit,
// a survey that 'is waiting' or 'is open', 'spare a minute for', 'give us a score', 'how are we doing?', 'help us
// improve by clicking', 'we're all ears', a poll to vote in; «منتظر پاسخ شماست», «منتظر شنیدن نظرات», «به بهبود کمک
// کنید», «رأی‌گیری», sharing an experience elsewhere. Hard negatives: complete invitations, a score or a quiz result,
// a closed survey, thanks for answers, a status question, the same words with no ask.
paraphraseCases('survey-invitation', 'en', {
  flag: [
    "Hi {{first_name}},\n\nWe'd love to know what you made of your stay with us. It only takes two minutes: {{survey_url}}\n\nThanks!",
    "Dear customer,\n\nYou recently bought a blender from us. Share your impressions here: {{link}}\n\nRegards",
    "Hello,\n\nGot a minute? Our quick questionnaire is waiting for you at {{url}}.",
    "Hi Sam,\n\nHow are we doing? Give us a score from 1 to 10 by clicking one of the numbers below.\n\nBest wishes",
    "Hello {{name}},\n\nYour opinion shapes what we do next. Please spare a few minutes for our survey: {{link}}\n\nCheers",
    "Hi {{first_name}},\n\nFancy telling us what you thought of the new menu? Hit the link and pick a face: {{url}}",
    "Dear guest,\n\nOur annual guest survey is now open at {{survey_link}}.\n\nHarbour Hotel",
    "Hello,\n\nPlease lend us a minute to answer our delivery survey: {{url}}",
    "Hi,\n\nHow're we doing? Leave us a star rating below.",
    "Hi there,\n\nWould you give us a rating for your last repair? {{rating_link}}",
    "Hi,\n\nWe want to hear from you! Answer a few questions here: {{url}}",
    "Hello,\n\nYour voice matters. Help us improve by clicking the link below.",
    "Hi {{name}},\n\nWhat did you think of your visit? Let us know: {{link}}",
    "Hi,\n\nGot thoughts on our new app? We're all ears: {{form_url}}",
    "Dear member,\n\nHelp shape the future of the club: vote in our members' poll at {{url}}.",
    "Hi,\n\nShare your experience with others on Google: {{review_link}}",
  ],
  pass: [
    "Hi {{first_name}},\n\nI'm Lena, and I run guest experience at the Harbour Hotel. I'd love to know what you made of your stay: it takes two minutes, and I read every answer myself to decide what we fix before summer. {{survey_url}}\n\nIf you'd rather not get these, reply \"stop\" and I'll take you off the list.\n\nLena Ortiz",
    "Hi Sam,\n\nYour final score on the course quiz was 82%, which is a pass. Your certificate is attached.\n\nPriya",
    "Hello {{name}},\n\nHow are we doing on your kitchen install? Tom will be on site Tuesday at 8, and you can reply here with any questions.\n\nTom Reilly, Site Lead",
    "Hi Jo,\n\nOur quick questionnaire is now closed. Thank you to everyone who answered; the results are on our blog.\n\nAna",
    "Hi {{first_name}},\n\nI'm Marco from the support team. Could you spare a few minutes for our survey? It has five questions, and your answers go straight to the people who plan next year's features. Just reply to this email if you'd rather tell me directly, or unsubscribe at {{unsubscribe_link}}.\n\nMarco",
    "Hi Dana,\n\nThanks for taking our guest survey last month. Here's what we changed: later breakfast and quieter rooms on the top floor.\n\nLena",
    "Hello {{name}},\n\nYour repair is booked for Monday at 9. Reply here if that time doesn't suit and I'll move it.\n\nSam Patel",
    "Hi {{first_name}},\n\nI'm Joe, and I look after the menu. Would you rate the new dishes? It's three questions, and I read every answer before we change anything: {{url}}. Or reply and tell me directly; to stop these, click unsubscribe.\n\nJoe Marsh",
    "Hi Kim,\n\nThe credit score check we mentioned is done and your account is open.\n\nRavi",
    "Hello,\n\nHow are we doing on the backlog? Can you send me the latest numbers by Friday?\n\nAnna",
    "Hi Ana,\n\nWhat did you think of the quote I sent? If it works for you, reply and I'll book the fitter.",
    "Hi,\n\nWe're all ears at the open day on Saturday, 10 till 4, and Priya will be there to answer questions.",
    "Hi Leo,\n\nThanks for your thoughts on the new app; I've passed them to Dana, who leads the design team, and she'll reply this week.",
  ],
});
paraphraseCases('survey-invitation', 'fa', {
  flag: [
    "سلام {{name}}،\n\nلطفاً با تکمیل این پرسشنامه‌ی کوتاه به ما کمک کنید: {{link}}\n\nبا سپاس",
    "مشتری گرامی،\n\nخرید اخیرتان از ما چطور بود؟ با یک کلیک به ما امتیاز بدهید.",
    "سلام،\n\nنظر شما درباره‌ی سفارش اخیرتان برای ما ارزشمند است. لطفاً در نظرسنجی زیر شرکت کنید: {{link}}",
    "{{first_name}} عزیز،\n\nدوست داریم بدانیم از اقامتتان در هتل راضی بودید یا نه. فقط دو دقیقه وقت می‌گیرد: {{url}}",
    "سلام،\n\nچند دقیقه وقت دارید؟ پرسشنامه‌ی ما منتظر شماست: {{url}}",
    "سلام،\n\nلطفاً چند دقیقه برای پاسخ به پرسشنامه‌ی رضایت مشتریان وقت بگذارید: {{link}}",
    "کاربر گرامی،\n\nبه پشتیبانی ما از یک تا پنج ستاره بدهید: {{url}}",
    "سلام {{name}}،\n\nتجربه‌ی شما از کلاس آنلاین چطور بود؟ لینک زیر را بزنید.",
    "مشتری عزیز،\n\nنظرسنجی سالانه‌ی مشتریان ما منتظر پاسخ شماست: {{survey_link}}",
    "سلام،\n\nدوست داریم نظرتان را درباره‌ی غذای جدید بدانیم؛ روی لینک زیر بزنید: {{url}}",
    "سلام،\n\nصدای شما برای ما مهم است. با کلیک روی لینک زیر به بهبود خدمات کمک کنید.",
    "سلام،\n\nمنتظر شنیدن نظرات شما هستیم: {{url}}",
    "کاربر عزیز،\n\nدر رأی‌گیری اعضای باشگاه شرکت کنید: {{url}}",
    "سلام،\n\nتجربه‌ی خریدتان را در گوگل با دیگران به اشتراک بگذارید: {{review_link}}",
  ],
  pass: [
    "سلام {{name}}،\n\nمن سارا هستم، مسئول تجربه‌ی مهمانان هتل. دوست داریم بدانیم از اقامتتان راضی بودید یا نه؛ پاسخ دادن دو دقیقه وقت می‌گیرد و همه‌ی پاسخ‌ها را خودم می‌خوانم تا بدانیم پیش از تابستان چه چیزی را درست کنیم: {{url}}\n\nاگر نمی‌خواهید این پیام‌ها را دریافت کنید، به همین ایمیل پاسخ دهید.\n\nسارا احمدی",
    "سلام علی،\n\nنمره‌ی نهایی شما در آزمون دوره ۸۲ شد و قبول شدید. گواهی‌نامه پیوست است.\n\nمریم",
    "سلام،\n\nنظرسنجی این فصل به پایان رسید و نتایج آن را در وبلاگ منتشر کردیم. از همه‌ی کسانی که شرکت کردند ممنونیم.\n\nرضا",
    "سلام،\n\nمن رضا هستم و مسئول منوی رستوران. دوست داریم نظرتان را درباره‌ی غذای جدید بدانیم؛ سه سؤال است و همه‌ی پاسخ‌ها را خودم می‌خوانم تا تصمیم بگیریم کدام غذا بماند: {{url}}. اگر هم نمی‌خواهید این پیام‌ها را بگیرید، لغو عضویت کنید.\n\nرضا کریمی",
    "سلام مینا،\n\nتعمیر دستگاه شما دوشنبه ساعت ۹ انجام می‌شود. اگر این ساعت مناسب نیست، به همین ایمیل جواب بدهید.\n\nعلی",
    "سلام،\n\nاز اینکه در نظرسنجی ماه گذشته شرکت کردید ممنونیم؛ بر اساس پاسخ‌ها صبحانه را دیرتر سرو می‌کنیم.\n\nلیلا",
    "سلام،\n\nامتیاز باشگاه شما به ۳۴۰ رسید و می‌توانید از آن در خرید بعدی استفاده کنید.\n\nفروشگاه بامداد",
    "سلام حسین،\n\nپرسشنامه‌ی استخدام را که فرستاده بودید دریافت کردیم و تا پنج‌شنبه خبر می‌دهیم.\n\nنگار",
    "سلام،\n\nستاره‌های جدید لیگ امروز معرفی شدند؛ گزارش کامل را در سایت بخوانید.\n\nتحریریه",
    "سلام،\n\nمنتظر دریافت مدارک شما هستیم تا پرونده را تکمیل کنیم.",
    "سلام،\n\nکارشناس ما به بهبود سرعت سایت کمک کرد و حالا صفحه‌ها سریع‌تر باز می‌شوند.",
    "سلام،\n\nنتیجه‌ی رأی‌گیری اعضا اعلام شد: جلسه‌ی بعدی پنج‌شنبه برگزار می‌شود.",
  ],
});
