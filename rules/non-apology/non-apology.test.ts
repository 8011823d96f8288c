import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('non-apology', {
  bad: [
    { text: 'Unfortunately one item of your order could not be sent. [[Apologies again for the inconvenience caused]].' },
    { text: 'بخشی از سفارش شما لغو شد. [[باز هم بابت این ناراحتی پوزش می‌طلبیم]].' },
    // Session 10 classes: the hedge on whether it happened, a change that "hasn't suited everyone", a cause outside
    // our control after "but", and the apology to those who complained; in Persian the same, with the perception
    // verb before the apology, the reader's taste, and "another party's hands".
    { text: '[[Sorry it looks like you\'ve]] had trouble with the new app.' },
    { text: 'We\'re [[sorry the new opening hours haven\'t suited everyone]].' },
    { text: '[[Apologies for the late train, but the signal failure was entirely outside our control]].' },
    { text: 'We are [[sorry to those who complained]] about the noise on Saturday.' },
    { text: '[[از اینکه صف تحویل برایتان طولانی جلوه کرده، پوزش]] می‌خواهیم.' },
    { text: '[[متأسفیم که منوی جدید رستوران به مذاق شما خوش نیامده]] است.' },
    { text: '[[از مسافرانی که از تأخیر پرواز دیروز گلایه کرده‌اند پوزش]] می‌طلبیم.' },
    { text: 'بابت تأخیر در ارسال [[عذرخواهی می‌کنیم، ولی ارسال مرسوله دست شرکت پست است]].' },
    // The stock object as the reader's own: "sorry for your inconvenience" owns nothing either.
    { text: 'Your room could not be held on those dates. [[We are sorry for your inconvenience]].' },
    // "all the" before the stock object (a seller's letter to a marketplace).
    { text: '[[I sincerely apologize for all the inconvenience this]] matter has caused to you.' },
    { text: 'The site will be down tonight. [[We apologize for any inconvenience this may cause]].', fixed: "The site will be down tonight. I'm sorry we got this wrong." },
    { text: '[[We regret any inconvenience]].' },
    { text: "[[Sorry for any trouble this may have caused]]." },
    { text: "[[We're sorry for any inconvenience caused]] by the delay." },
    { text: '[[We apologise for any trouble caused]].' },
    // Misspelled as real templates ship it.
    { text: 'Your booking was declined. [[We appologize for the inconvenience]].' },
    { text: '[[We apologise for any inconvienience caused]].' },
    { text: '[[We are sorry if you felt ignored]].' },
    { text: "[[I'm sorry you feel that way]]." },
    { text: '[[Sorry for the inconvenience]]!' },
    { text: '<p>[[Please accept our apologies for any inconvenience]].</p>', file: 'a.html' },
    { text: '[[بابت هرگونه ناراحتی پوزش می‌طلبیم]].' },
    { text: '[[از بروز هرگونه مشکل احتمالی عذرخواهی می‌کنیم]].' },
    { text: '[[بابت ناراحتی‌های احتمالی پوزش می‌طلبیم]].' },
    { text: '[[اگر ناراحت شده‌اید عذرخواهی می‌کنیم]].' },
    // #13: trouble that "befell" the reader, with either light verb and either order (Discourse's Persian
    // «از اینکه به زحمت افتادید پوزش میخواهیم», without the ZWNJ).
    { text: 'تا بررسی نوشته‌ها صبر کنید. [[از اینکه به زحمت افتادید پوزش میخواهیم]].' },
    { text: '[[متأسفیم که به دردسر افتادید]].' },
    { text: '[[از اينکه به زحمت افتاديد پوزش ميخواهيم]].' },
    { text: '[[از این که دچار مشکل شده‌اید عذرخواهی می‌کنیم]].' },
    // Trouble that "took place" (صورت گرفته، اتفاق افتاده), with no one doing it.
    { text: '[[بابت ناهماهنگی صورت گرفته پوزش]] می‌طلبیم.' },
    { text: '[[از تاخیر اتفاق افتاده عذرخواهی]] می‌کنیم.' },
  ],
  good: [
    // "Sorry again for this delay" names its fault.
    { text: 'بسته شما با تاخیر ارسال شد. باز هم بابت این تاخیر پوزش می‌طلبیم و هزینه ارسال را برگرداندیم.' },
    // An owned apology, and a cause outside our control with the next step we take.
    { text: "Sorry, but the courier is out of our hands tonight; we'll call them first thing and text you the new time." },
    { text: 'We\'re sorry the parcel arrived damaged. That was our packing mistake, and a replacement ships today.' },
    { text: 'بابت تأخیر در ارسال سفارش شما عذرخواهی می‌کنیم؛ اشتباه از انبار ما بود و امروز ارسال شد.' },
    { text: 'We are sorry for your loss, and we have closed the account as you asked.' },
    { text: "I'm sorry we shipped the wrong size: that was our mistake, and a new pair is on its way." },
    { text: 'We apologize for the delay in shipping your order: our warehouse missed it, and it leaves today.' },
    { text: 'Sorry to hear your package arrived damaged. I have sent a replacement.' },
    { text: 'No apology needed, we are happy to help!' },
    { text: 'متأسفیم که سفارش شما دیر رسید؛ اشتباه از انبار ما بود و هزینه‌ی ارسال را برگرداندیم.' },
    { text: 'از اینکه کالا آسیب‌دیده به دستتان رسید عذر می‌خواهیم؛ کالای جدید امروز ارسال می‌شود.' },
    // Hard negatives for the "befell" frame: thanks for coming, and an apology that names what went wrong.
    { text: 'از اینکه به فروشگاه ما آمدید سپاسگزاریم.' },
    { text: 'بابت تغییرات صورت گرفته در سایت از همراهی شما سپاسگزاریم.' },
    { text: 'متأسفیم که به خاطر اشتباه انبار ما بسته‌تان دیر رسید؛ هزینه ارسال را برگرداندیم.' },
  ],
});

// Written without reading en.ts/fa.ts: hedged (any / may have / if) and feelings-only apologies in fresh wording;
// hard negatives are owned apologies that name what went wrong, and helpful notices.
paraphraseCases('non-apology', 'en', {
  flag: [
    "Apologies for any confusion this may have created.",
    "Please excuse any inconvenience during the upgrade.",
    "We're sorry you were disappointed with the colour.",
    "We apologise for the inconvenience caused by the outage.",
    "Sorry for the hassle!",
    "We regret the inconvenience.",
    "I apologize if my last message came across badly.",
    "We are so sorry for any trouble the migration caused you.",
    "Any inconvenience caused is deeply regretted.",
    "Please forgive us for any inconvenience.",
    "We sincerely apologize for any disruption to your service.",
    "We thank you for your patience and apologize for any inconvenience.",
    "We're sorry if anyone was offended.",
    "Our apologies for any inconvenience this might cause.",
    "Sorry to hear you feel that way.",
    "We are sorry for the trouble.",
  ],
  pass: [
    "We're sorry we charged you twice: the refund is already on its way.",
    "I apologize for the delay: our courier lost the parcel, and I've sent a new one today.",
    "Sorry to hear your package arrived damaged; a replacement ships tomorrow.",
    "We got this wrong, and we're sorry.",
    "No need to apologize, we're glad you wrote!",
    "I'm sorry we missed your call this morning; I'll ring you back at 3pm.",
    "We apologize for sending the wrong size; the right pair is on its way.",
    "Sorry for the slow reply, I was out yesterday.",
    "Please be aware that the site will be down for maintenance on Sunday night.",
    "We regret that we can't ship to your country yet, but our partner store does.",
    "Sorry we missed you! Your parcel is at the post office.",
    "Our apologies: the link in yesterday's email was broken. Here is the right one.",
    "We're sorry the update deleted your settings; I've restored them from last night's backup.",
    "If anything is unclear, just reply and I'll help.",
    "We hope the new version makes things easier.",
  ],
});

paraphraseCases('non-apology', 'fa', {
  flag: [
    "بابت هرگونه ناراحتی که ممکن است ایجاد شده باشد عذرخواهی می‌کنیم.",
    "از اینکه ممکن است این تغییر باعث زحمت شما شده باشد پوزش می‌طلبیم.",
    "اگر این موضوع باعث ناراحتی شما شده، عذر می‌خواهیم.",
    "عذرخواهی ما را بابت هر گونه اختلال احتمالی بپذیرید.",
    "بابت مشکلات به‌وجودآمده پوزش می‌خواهیم.",
    "متأسفیم اگر از خرید خود ناراضی هستید.",
    "برای هرگونه سردرگمی عذر می‌خواهم.",
    "با عرض پوزش بابت هرگونه تأخیر.",
    "پوزش ما را برای ناراحتی‌های احتمالی پذیرا باشید.",
    "از تمامی مشتریان بابت هرگونه اختلال احتمالی در سرویس عذرخواهی می‌نماییم.",
    "متاسفیم که چنین احساسی دارید.",
    "اگر از پاسخ ما دلخور شدید، پوزش می‌خواهیم.",
    "بابت زحمتی که ممکن است برایتان پیش آمده باشد متاسفیم.",
    "عذر خواهي ما را بابت هر گونه ناراحتي بپذيريد.",
    "از بابت هرگونه مشکل پیش‌آمده احتمالی عذرخواهی می‌کنیم.",
  ],
  pass: [
    "متأسفیم که دو بار از حسابتان کسر شد؛ مبلغ اضافه همین امروز برمی‌گردد.",
    "بابت تأخیر عذر می‌خواهیم: پیک بسته را گم کرد و امروز بسته‌ی جدید فرستادیم.",
    "از اینکه سایز اشتباه ارسال کردیم عذرخواهی می‌کنیم؛ سایز درست در راه است.",
    "اشتباه از ما بود و متأسفیم.",
    "نیازی به عذرخواهی نیست، خوشحالیم که نوشتید!",
    "ببخشید که دیر جواب دادم؛ دیروز مرخصی بودم.",
    "لطفاً توجه داشته باشید که سایت یکشنبه شب برای به‌روزرسانی در دسترس نیست.",
    "متأسفانه هنوز به کشور شما ارسال نداریم، اما فروشگاه همکارمان ارسال دارد.",
    "متأسفیم که به‌روزرسانی تنظیمات شما را پاک کرد؛ از نسخه‌ی پشتیبان دیشب بازگرداندیم.",
    "اگر چیزی نامشخص بود، همین پیام را پاسخ دهید تا کمکتان کنم.",
    "امیدواریم نسخه‌ی جدید کارتان را راحت‌تر کند.",
    "پیوند ایمیل دیروز خراب بود، عذر می‌خواهیم؛ پیوند درست این است.",
    "برای جبران تأخیر، ارسال سفارش بعدی شما رایگان است.",
    "در صورت بروز هرگونه مشکل با ما تماس بگیرید.",
    "متأسفیم که تماس امروز صبح را از دست دادیم؛ ساعت ۳ با شما تماس می‌گیریم.",
  ],
});

paraphraseCases('non-apology', 'en (second batch)', {
  flag: [
    "We apologize for any inconveniences.",
    "Sorry for any inconvenience!",
    "We deeply regret any distress this situation may have caused.",
    "I'm sorry if my tone seemed harsh.",
    "Apologies if this email reached you in error.",
    "We're sorry you had a less than perfect experience.",
    "We sincerely apologise for the inconvenience and thank you for your understanding.",
    "Please accept my sincere apologies for any confusion.",
  ],
  pass: [
    "Sorry, that code has expired; here is a new one.",
    "We apologize for the late delivery: the courier missed your street, and we've refunded the shipping.",
    "I'm sorry the printer arrived broken. A new one ships today.",
  ],
});

paraphraseCases('non-apology', 'fa (second batch)', {
  flag: [
    "بابت هرگونه تاخیر عذرخواهی می‌کنیم.",
    "پوزش ما را بابت ناراحتی‌های احتمالی بپذیرید.",
    "از اینکه احتمالاً موجب نگرانی شما شده‌ایم عذر می‌خواهیم.",
    "اگر به هر دلیلی از خدمات ما ناراضی بوده‌اید، پوزش می‌طلبیم.",
    "بابت هر گونه مشکلی که ممکن است ایجاد شده باشد، متأسفیم.",
    "عذرخواهی ما را برای هرگونه سوءتفاهم بپذیرید.",
  ],
  pass: [
    "متأسفانه این کد منقضی شده است؛ کد جدید را پایین می‌بینید.",
    "بابت تحویل دیرهنگام عذر می‌خواهیم: پیک خیابان شما را اشتباه رفت و هزینه ارسال را برگرداندیم.",
    "متأسفم که چاپگر شکسته به دستتان رسید. دستگاه جدید امروز ارسال می‌شود.",
    "در صورت بروز هرگونه مشکل، همین ایمیل را پاسخ دهید.",
  ],
});

// Classes added for #13: fresh sentences written for each class (never copied from test/eval/paraphrases), and
// hard negatives that share the class's words but help the reader.
paraphraseCases('non-apology', 'en (word classes, #13)', {
  flag: [
    "Errors might have been made when your invoice was prepared.",
    "We regret that you considered the course too basic.",
    "We apologize insofar as the delay affected your plans.",
    "If the tone of our last email sounded cold, we apologize.",
    "We're sorry you felt the need to contact your bank.",
    "We're sorry you're disappointed with the upgrade.",
    "Sorry you weren't happy with the meal.",
    "We apologize for any perceived slowness.",
    "We regret that our policy may have frustrated you.",
    "We apologize for the mix-up, if there was one.",
  ],
  pass: [
    "We made a mistake when we prepared your invoice, and we've corrected it.",
    "We're sorry: we charged you twice, and the refund is on its way.",
    "If you have any questions, we're happy to help.",
    "Sorry, we shipped the wrong size; the right one leaves today.",
    "An error occurred while saving your settings; please try again.",
  ],
});
paraphraseCases('non-apology', 'fa (word classes, #13)', {
  flag: [
    "در ارسال سفارش شما کوتاهی‌هایی صورت گرفته است.",
    "اگر پاسخ قبلی ما تند به نظر رسید، پوزش می‌طلبیم.",
    "بابت عدم رضایت شما از کیفیت غذا ابراز تأسف می‌کنیم.",
    "تا جایی که این تاخیر روی برنامه شما اثر گذاشته، عذرخواهی می‌کنیم.",
    "متأسفیم که صلاح دانستید شکایت را به سازمان حمایت ببرید.",
    "از اینکه از ما ناراحت شدید، متأسفیم.",
    "متاسفیم که از خرید خود راضی نبودید.",
    "اگه احیاناً بد برداشت شده، ببخشید.",
    "عذرخواهی می‌کنیم اگر پاسخ ما کوتاه بود.",
    "از تجربه ناخوشایند شما در شعبه متأسفیم.",
    "متأسفیم که تجربه خوبی نداشتید.",
    "متاسفیم که این‌طور حس می‌کنید.",
    "اگر مشکلی برایتان پیش آمده، پوزش می‌خواهیم.",
  ],
  pass: [
    "اشتباه از ما بود؛ مبلغ اضافه را برگرداندیم.",
    "در ثبت سفارش شما از طرف ما اشتباهی رخ داد و اصلاحش کردیم.",
    "اگر سوالی دارید، با کمال میل پاسخ می‌دهیم.",
    "خطایی رخ داد؛ لطفاً صفحه را دوباره بارگذاری کنید.",
    "متأسفیم؛ بسته را اشتباهی به آدرس دیگری فرستادیم و امروز دوباره ارسال می‌کنیم.",
    "عذرخواهی می‌کنیم؛ سفارش شما را دیر فرستادیم و هزینه ارسال را پس می‌دهیم.",
    "اگر بسته دیر رسیده، عذرخواهی می‌کنیم؛ پیک آدرس را اشتباه رفته بود و هزینه ارسال را برگرداندیم.",
  ],
});

// Session 3 of #13: stock apologies written fresh in Persian, one per class (any trouble, trouble that occurred, the
// reader troubled, feelings and readings, accept our apologies for something vague, all customers, experience and
// expectations); hard negatives name the fault, own it or fix it.
paraphraseCases('non-apology', 'fa', {
  flag: [
    "از هرگونه ناراحتی ایجاد شده ابراز تأسف می‌کنیم.",
    "پوزش ما را بابت هرگونه کلافگی احتمالی پذیرا باشید.",
    "از اینکه دچار زحمت شدید متاسفیم.",
    "از بروز این مشکل عذرخواهی می‌کنیم.",
    "از اینکه چنین احساسی دارید متاسفیم.",
    "عذرخواهی ما را بابت این وضعیت پذیرا باشید.",
    "از تمامی مشتریانی که دچار مشکل شده‌اند پوزش می‌خواهیم.",
    "ضمن عرض پوزش از اختلال پیش آمده، سرویس برقرار شد.",
    "متأسفیم که این‌طور برداشت کردید.",
    "اگر تجربه‌ی خوبی نداشتید، عذرخواهی می‌کنیم.",
    "ببخشید اگه ناراحت شدید.",
    "از اینکه انتظارات شما برآورده نشد متاسفیم.",
    "ضمن پوزش از ناهماهنگی‌های احتمالی، زمان تحویل تغییر کرد.",
    "ببخشید اگر ناراحتتون کردیم.",
    "پوزش ما را بابت هرگونه کاستی بپذیرید.",
    "متاسفیم که خدمات ما مطابق میل شما نبود.",
  ],
  pass: [
    "بابت تأخیر در ارسال سفارش شما عذر می‌خواهیم؛ بسته امروز با پیک ارسال شد.",
    "برای هرگونه سوال در خدمتیم. بابت اشتباه در فاکتور عذر می‌خواهیم.",
    "اگر سوالی داشتید، بپرسید؛ عذرخواهی می‌کنم که دیر جواب دادم.",
    "عذرخواهی ما را بپذیرید؛ اشتباه از ما بود و مبلغ را برگرداندیم.",
    "از همه مشتریانی که سفارششان دیر رسید عذر می‌خواهیم؛ هزینه ارسال را برگرداندیم.",
    "متأسفم که سفارش شما با تأخیر رسید؛ هزینه ارسال را برگرداندم.",
    "هرگونه هزینه برگشت با ماست و عذر می‌خواهیم که سایز اشتباه فرستادیم.",
    "متاسفانه این مدل تمام شده، ولی مدل مشابه را با همان قیمت کنار گذاشتم.",
    "اگر تجربه خوبی داشتید، خوشحال می‌شویم نظرتان را بنویسید.",
    "اگر انتظار شما برآورده نشد، همین ایمیل را جواب دهید تا خودم پیگیری کنم.",
    "عذر می‌خواهم که دو بار مجبور شدید توضیح دهید؛ از این به بعد خودم پیگیر هستم.",
    "ببخشید که دیر جواب دادم؛ این هم کد رهگیری.",
    "پوزش ما را بپذیرید: کد پستی را اشتباه وارد کرده بودیم و امروز اصلاح شد.",
    "شرمنده‌ایم که سفارش شما را اشتباه فرستادیم؛ پیک فردا جایگزین را می‌آورد.",
    "از اینکه دچار مشکل شدید با خبر شدیم و همکار فنی ما امروز تماس می‌گیرد.",
  ],
});

// Round 2 of #13: written by the rule's author from the classes in the issue (not copied from
// test/eval/paraphrases), each class with hard negatives: an owned apology, a policy said kindly, a helpful notice,
// a request for genuinely new information; texting spellings (u, ur, pls) included.
paraphraseCases('non-apology', 'en', {
  flag: [
    "I'm sorry my earlier reply came across as dismissive.",
    "We apologize that the redesign was not what you were expecting.",
    "We're sorry the hotel did not meet your standards.",
    "In the event that this change affected your plans, we apologize.",
    "If you experienced any trouble checking out, we're sorry.",
    "We regret that you found the process confusing.",
    "We regret that you feel this way about our service.",
    "Sorry for the wait, but we are very busy at the moment.",
    "We apologise for the delay, but this is our standard procedure.",
    "Sorry, but your order was placed after the cut-off.",
    "We're sorry for any issues some customers may have noticed today.",
    "Apologies for whatever trouble this may cause.",
    "We're sorry you weren't happy with your meal.",
    "I'm sorry the experience wasn't to your liking.",
    "We apologise if our email caused any confusion.",
    "We are sorry for any frustration you may have felt.",
    "Apologies for any upset caused.",
    "We're sorry that you feel let down by our service.",
    "We are sorry you were unhappy with the outcome.",
    "Sorry to hear you're disappointed with your purchase.",
    "We regret that you were not satisfied with our response.",
    "I'm sorry that you feel our policy is unfair.",
    "We're sorry that you see it that way.",
    "We're sorry if you feel we let you down.",
    "We are sorry to hear about your experience.",
    "Our apologies for any inconvenience.",
    "We apologize for any trouble this situation may have caused you.",
    "Sorry if this has been frustrating.",
    "We're sorry for any disruption you might experience.",
    "If we have inconvenienced you in any way, we apologise.",
    "To whatever extent this affected you, we apologize.",
    "Please accept our apologies for any distress this may have caused.",
    "We're sorry you had to wait, but we are experiencing high demand.",
    "I apologize for the delay, however our team is very busy.",
    "We apologize for the trouble; however, this is company policy.",
    "Sorry for any misunderstanding.",
    "We're sorry you found the instructions hard to follow.",
    "We're sorry if our tone seemed abrupt.",
    "We regret any inconvenience that may have resulted.",
    "Sorry you feel that we could have done better.",
    "We're sorry that our decision has upset you.",
    "We are sorry that this has caused you distress.",
    "Apologies for any bother.",
    "Please accept our sincere regrets.",
    "Sorry if that came across the wrong way.",
    "We're sorry you were left feeling frustrated.",
    "It's unfortunate that you felt our staff were rude.",
    "We're sorry you had a bad experience.",
    "We apologise for any inconvenience that may have been caused.",
    "Apologies for any inconvenience that might have been caused by the delay.",
    "We regret that you have had to wait.",
    "We regret that you experienced difficulties.",
    "We're sorry for the delay, but we had a lot of orders this week.",
    "Sorry for the wait, but the courier is responsible for delivery times.",
    "We are sorry you feel our response was inadequate.",
    "We're sorry that you perceive our service this way.",
    "If any inconvenience was caused, we apologise.",
    "We apologise if you were in any way inconvenienced.",
    "We're sorry for how you feel.",
    "I'm sorry you're frustrated.",
    "Sorry for the inconvenience, but this is how our system works.",
    "We're sorry the wait felt long.",
    "We're sorry things didn't work out.",
    "We're sorry there may have been a mix-up.",
    "To anyone who was affected, we apologize.",
    "We apologise to anyone who was inconvenienced.",
    "We regret the way you were made to feel.",
    "Sorry, but that's just how it works.",
    "We're sorry the outcome wasn't what you hoped.",
    "Sorry if u were disappointed.",
  ],
  pass: [
    "We're sorry we sent the wrong size: that was our mistake, and the right pair ships today.",
    "Sorry the lamp arrived broken: our packing failed, and a new one is on its way.",
    "I'm sorry the update broke your sync; we've rolled it back and your data is safe.",
    "Sorry for the slow reply, but I wanted to check with the warehouse first: your parcel left this morning.",
    "Sorry, but I can't find an order under that email. Could you check the address you used?",
    "If you were charged twice, reply with the date and I'll refund the extra charge today.",
    "We regret to say the concert is cancelled; full refunds are already on their way.",
    "Sorry we missed your call; I'll ring back at 3pm.",
    "Should you have any questions, just reply to this email.",
    "We apologize: our checkout charged you twice, and we've refunded the second charge.",
    "We're sorry: we double-charged you, and the refund of £12 is already on its way.",
    "Sorry we kept you waiting on the phone yesterday; I've booked you a callback for 10am.",
    "I'm sorry we lost your parcel. A replacement ships today by express.",
    "We apologize for the outage on Tuesday: a database update failed, and we've added checks so it won't happen again.",
    "Sorry, I missed your question about sizes: the 10 fits like a UK 12.",
    "We're sorry to hear about your dog; take all the time you need with the return.",
    "I apologise for the delay, however I now have good news: your refund is approved.",
    "It's unfortunate that the parcel was delayed by our courier; I've refunded the shipping.",
    "We're sorry the wait was so long: we were short-staffed and should have told you. Your order ships today.",
  ],
});

// #13, generalization: frames over word classes (who acts, the verb class, the object, the hedge), tested with
// wording written for these tests, not taken from the paraphrase sets or the corpus, and with hard negatives.
ruleCases('non-apology', {
  bad: [
    { text: "[[If we've fallen short in any way, we're sorry]]." },
    { text: "[[To whatever extent this affected you, we apologise]]." },
    { text: "[[We're sorry if the wait felt long]]." },
    { text: "[[We're sorry you feel let down]] by our service." },
    { text: "We [[regret that you chose to]] cancel your membership." },
    { text: "[[We're sorry that you were unhappy]] with our answer." },
    { text: "[[Apologies for any hassle]]." },
    { text: "[[We apologise for any upset this may have created]]." },
    { text: "[[Sorry for any]] bother this has caused." },
    { text: "An oversight occurred on your account, and [[we regret any trouble]]." },
    { text: "We're [[sorry you were under the impression]] that shipping was free." },
    { text: "[[We apologize if you felt our agent was rude]]." },
    { text: "[[Please accept our apologies for any distress that might have resulted]]." },
    { text: "[[We regret any frustration you]] may have experienced." },
    { text: "[[It's unfortunate that you didn't]] enjoy your stay." },
    { text: "[[If our service has disappointed you, we are sorry]]." },
    { text: "[[If anything went wrong with your delivery, I apologise]]." },
    { text: "We're [[sorry that you came away with the impression]] that we didn't care." },
    { text: "We're [[sorry it didn't go the way you hoped]]." },
    { text: "Our [[apologies for any unintended impression our message gave]]." },
    { text: "We [[apologise for the situation you find yourself]] in." },
    { text: "[[Apologies if things weren't as smooth as they could have been]]." },
    { text: "We [[sincerely regret the way this was received]]." },
  ],
  good: [
    { text: "Sorry, we sent the wrong charger. A new one arrives tomorrow." },
    { text: "We apologise: our courier left the parcel out in the rain, and we're sending a fresh one." },
    { text: "I'm sorry you waited on hold for 40 minutes yesterday; that's too long, and I've added staff to the evening shift." },
    { text: "Sorry for the delay in getting back to you — here's your answer." },
    { text: "I apologise for the mix-up with your invoice; the corrected one is attached." },
    { text: "We're sorry to see you go. If you change your mind, your playlists stay saved for a year." },
    { text: "Sorry, I don't have that size in stock right now, but I can order it in for Friday." },
    { text: "If you'd like a refund instead, I'm happy to arrange it." },
    { text: "If it's easier, I'm sorry to say the phone line is busy, so email works best." },
    { text: "We're sorry: we charged you twice. The second charge is refunded." },
    { text: "If you still have the box, sorry to ask, but could you send a photo of the label?" },
    { text: "We apologise for the late delivery — our van broke down, and we've refunded the postage." },
    { text: "Sorry about the wait; I've fixed the address and it ships today." },
    { text: "If you have any other questions, I'm happy to help." },
    { text: "If I misread your message, sorry — could you tell me which order you meant?" },
    { text: "I'm sorry the parcel didn't arrive the way you expected: it was crushed in our van, and a replacement ships today." },
  ],
});


// Session acc-fa (#13, Persian round-2 classes): sentences written fresh for each class, in several registers and
// verb forms, never copied from test/eval/paraphrases or the shared corpus, with hard negatives beside them.
paraphraseCases('non-apology', 'fa, round-2 classes', {
  flag: [
    "بابت هر مشکلی که احیاناً در روند خرید داشتید عذر می‌خواهیم.",
    "متأسفیم که خدمات ما در حد انتظارات شما نبود.",
    "متاسفیم که محصول انتظاراتتان را برآورده نکرد.",
    "شرمنده‌ایم که این اتفاق باعث ناراحتی شما شد.",
    "از اینکه این موضوع موجب دلخوری شما شده، پوزش می‌طلبیم.",
  ],
  pass: [
    "ما اشتباه کردیم و عذر می‌خواهیم.",
    "متأسفیم که اشتباه ما باعث ناراحتی شما شد؛ هزینه‌ی ارسال را برمی‌گردانیم.",
    "عذر می‌خواهیم؛ بسته‌ی شما را به آدرس اشتباه فرستادیم و امروز دوباره ارسال می‌کنیم.",
    "متأسفیم که تأخیر ما باعث شد هدیه‌تان دیر برسد.",
    "عذرخواهی می‌کنیم؛ اگر هر مشکلی داشتید همین ایمیل را پاسخ دهید.",
    "لطفاً توجه کنید که ساعت کاری پشتیبانی در روزهای تعطیل تغییر می‌کند.",
  ],
});

// «اگر اشتباهی رخ داده، این نامه را نادیده بگیرید» (a reset mail: "if this was a mistake, ignore it") is a
// hypothetical about the reader's request; a fault that happened, with no one doing it, still is flagged.
paraphraseCases('non-apology', 'fa, hypothetical mistakes', {
  flag: ['اشتباهاتی در پردازش سفارش شما رخ داده است.'],
  pass: ['اگر اشتباهی رخ داده، کافی است این ایمیل را نادیده بگیرید؛ رمز شما تغییری نمی‌کند.', 'چنانچه احیاناً اشتباهی صورت گرفته، این پیام را نادیده بگیرید.'],
});

// Session acc-fa (#13, Persian round-2 classes): sentences written fresh for each class, in several registers and
// verb forms, never copied from test/eval/paraphrases or the shared corpus, with hard negatives beside them.
paraphraseCases('non-apology', 'fa, how it was taken and the apology taken back', {
  flag: [
    "متأسفیم که پاسخ ما بی‌توجهی تلقی شد.",
    "شرمنده‌ایم اگر پاسخ قبلی‌ام سرد به نظر رسید.",
    "متأسفیم بابت احساسی که دارید.",
    "جای تأسف است که چنین برداشتی داشتید.",
    "از همه‌ی کسانی که تحت تأثیر قرار گرفتند عذرخواهی می‌کنیم.",
    "بابت معطلی عذر می‌خواهیم، اما حجم درخواست‌ها خیلی زیاد است.",
    "ببخشید که طول کشید، ولی روال کار ما همین است.",
    "عذرخواهی می‌کنیم، اما مسئولیت تأخیر با شرکت پست است.",
  ],
  pass: [
    "بابت تأخیر عذر می‌خواهیم، اما خبر خوب اینکه بسته امروز صبح ارسال شد.",
    "ببخشید که دیر جواب دادم؛ می‌خواستم اول با انبار چک کنم و بسته‌تان امروز ارسال شد.",
    "متأسفیم؛ ما سفارش را دیر فرستادیم و هزینه‌ی ارسال را برگرداندیم.",
    "عذر می‌خواهیم که دیر شد، ولی حالا همه‌چیز درست است و بسته در راه است.",
    "متأسفیم که سفارش دیر رسید، اما کد تخفیف ۲۰ درصدی برایتان فرستادیم.",
  ],
});

// Session 7 (#13): the hedge "any … may have" whatever the trouble is called, the reader's decision in any tense,
// "though we should point out that …" taking the apology back, and in Persian «هر مشکلی که», a condition on any
// shortcoming (کاستی، نقص) in the subjunctive, and «هرچند … همین‌قدر است». Written fresh, with owned apologies beside them.
paraphraseCases('non-apology', 'en, hedges in other words', {
  flag: [
    'We regret any anxiety the reminder letter might have caused.',
    'Apologies for any doubt our earlier message could have raised about your booking.',
    "We're sorry that you have chosen to close your account.",
    'I am sorry you had felt the need to write to the director.',
    'We apologize, but we must point out that the return window had already closed.',
    "Sorry for the wait, though I'd like to stress that our replies usually take a week.",
  ],
  pass: [
    'We regret that we charged you twice; the second payment is back on your card today.',
    "We're sorry that we missed your call on Monday. I'll ring you at 10 tomorrow.",
    'Sorry for the wait, but good news: your parcel left our warehouse this morning.',
    'We apologize: we sent the wrong invoice, and the right one is attached.',
  ],
});

paraphraseCases('non-apology', 'fa, any trouble and the condition on a shortcoming', {
  flag: [
    'ببخشید بابت هر زحمتی که این تغییر برایتان داشت.',
    'از هرگونه گرفتاری که قطعی دیروز برایتان ایجاد کرده باشد پوزش می‌طلبیم.',
    'در صورتی که در ارسال سفارش نقصی مشاهده کرده باشید، عذرخواهی می‌کنیم.',
    'پوزش می‌طلبیم، اگرچه مدت بررسی برای همه‌ی درخواست‌ها همین اندازه است.',
  ],
  pass: [
    'بابت هر سوالی که داشتید با شماره‌ی ۰۲۱۱۲۳۴ تماس بگیرید.',
    'متأسفیم؛ ما سفارش را اشتباه بسته‌بندی کردیم و کالای درست امروز ارسال می‌شود.',
    'اگر سوالی درباره‌ی سفارش دارید، به همین ایمیل پاسخ دهید.',
  ],
});

// «اگر فکر می‌کنید اشتباهی رخ داده …» (real-dev3, NodeBB's Persian pack): a hypothetical the reader may raise.
paraphraseCases('non-apology', 'fa, the reader may think it was a mistake', {
  flag: ['اشتباهی در ثبت سفارش شما رخ داده است.'],
  pass: ['با عرض پوزش، آدرس IP شما مسدود شده است؛ اگر فکر می‌کنید اشتباهی رخ داده با مدیریت انجمن تماس بگیرید.'],
});
