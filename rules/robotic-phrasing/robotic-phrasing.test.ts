import { paraphraseCases } from '../../test/helpers/paraphrase-cases';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('robotic-phrasing', {
  bad: [
    { text: 'The program committee [[is sorry to inform you that]] your submission was rejected.' },
    { text: 'The board [[regrets to inform you that]] the event is cancelled.' },
    { text: 'Hi Sam, [[this is an email to inform you]] about the refund of your order.' },
    // The message naming itself a notice before it says anything.
    { text: '[[این اعلانی است که به شما اطلاع]] می‌دهد پرداخت سفارش شما ناموفق بود.' },
    { text: '[[این یک اعلان است تا به شما اطلاع]] دهیم که فروشگاه شما حذف شد.' },
    { text: 'Dear %CANDFULLNAME%,\n\n[[This E-Mail is a notification that]] your status has been changed for the position %JOBTITLE%.' },
    { text: '[[This notification has been sent to you in order to notify]] you that a new device signed in to your account.' },
    // The writing preamble whatever the channel.
    { text: '[[We are emailing you to notify]] you that the request was cancelled by the partner.' },
    { text: "[[I'm sending you this email to inform]] you that the office is closed on Friday." },
    // Stacked on a formula, or the impersonal passive: the office register.
    { text: '[[خواهشمند است]] نسبت به پرداخت صورتحساب اقدام نمایید.' },
    { text: 'مشترک گرامی، [[نسبت به تمدید قرارداد اقدام گردد]].' },
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
    { text: 'ساعات کاری جدید [[اعلام گردید]].', fixed: 'ساعات کاری جدید اعلام شد.' },
    { text: '[[احتراماً]]، درخواست شما دریافت شد.' },
    { text: '[[خواهشمند است]] مدارک را ارسال فرمایید.' },
    // #13: the bare "for your information" formula stays officialese, in any spelling of its verb.
    { text: '[[این ایمیل جهت اطلاع شما]] فرستاده شد.' },
    { text: 'صورت‌حساب [[جهت استحضار]] پیوست است.' },
    { text: '[[لازم است به اطلاع]] شما برسانیم که ساعت کاری تغییر کرد.' },
    // "We inform you" with the possessive attached, joined, or verb first.
    { text: '[[به اطلاعتان می‌رسانیم]] که سفارش شما ارسال شد.' },
    { text: '[[به استحضارتان می‌رساند]] سفارش شما ارسال شد.' },
    { text: '[[باستحضار می‌رساند]] سفارش شما ارسال شد.' },
    { text: '[[می‌رسانیم به اطلاع شما]] که سفارش ارسال شد.' },
    // The words of an office letter: opener, "further to" paperwork, "the undersigned", "as per", "will be acted upon",
    // "it would oblige us", "hereunder", "the above matter".
    { text: '[[ضمن عرض سلام]] و ادب، سفارش شما ارسال شد.' },
    { text: '[[پیرو مکاتبات]] قبلی، سفارش شما ارسال شد.' },
    { text: '[[اینجانب]] مسئول رسیدگی به درخواست شما هستم.' },
    { text: '[[حسب درخواست شما]] اشتراک تمدید شد.' },
    { text: 'درخواست شما [[ترتیب اثر داده خواهد]] شد.' },
    { text: 'همکاری شما [[موجب امتنان]] خواهد بود.' },
    { text: 'اطلاعات حساب [[ذیلاً]] درج شده است.' },
    { text: 'در خصوص [[موضوع فوق]]، با واحد مالی هماهنگ شد.' },
  ],
  good: [
    { text: 'Hi Sam, this is a quick note to let you know your refund is on its way.' },
    // The people doing it named: a plain report of who has the request.
    { text: 'Hi Sam, your request has been received and is being reviewed by our support staff. We reply within a day.' },
    { text: "We are emailing you the invoice to keep for your records." },
    { text: 'This email is a reminder of your appointment tomorrow at 3pm with Dr. Rivera.' },
    { text: 'This is a reminder that your appointment with Dr. Rivera is tomorrow at 3pm.' },
    // Borderline by the shared labels (WHMCS's 'This is a notification that …' is noted, not labelled): left alone.
    { text: 'This is a notification to let you know that your ticket was closed after 48 hours.' },
    { text: 'این پیام است که منتظرش بودید: سفارش شما رسید!' },
    { text: 'This message was sent to you because you asked to reset your password.' },
    // The plain Persian "please pay" of shop mail (labelled plain in real mail), alone.
    { text: 'سفارش شما ثبت شد. لطفاً تا پایان روز نسبت به پرداخت سفارش اقدام کنید.' },
    { text: 'رمز عبور شما بازنشانی شد؛ پس از ورود نسبت به تغییر رمز عبور خود اقدام نمایید.' },
    // The vague time of a promise is vague-follow-up's finding, not a second one here (one owner per finding).
    { text: 'Your request will be reviewed in due course.' },
    { text: 'پس از بررسی مدارک، نتیجه متعاقباً اعلام می‌شود.' },
    { text: "Thanks for your message: we've got it, and Sara will reply today." },
    { text: 'Just so you know, the office is closed on Friday.' },
    { text: "Here's your invoice. Reply any time with questions." },
    { text: 'Please find a time that works for you in the calendar below.' },
    { text: 'سفارش شما ارسال شد و فردا به دستتان می‌رسد.' },
    { text: 'لطفاً مدارک را برایمان بفرستید.' },
    { text: 'به اطلاع شما برسانیم که سفارش ارسال شد.' },
    // #13, hard negatives: "to find out about X" and "for more information" are purpose clauses that help the reader,
    // and a plain disclosure of automation is not officialese (Discourse's Persian mails).
    { text: 'برای اطلاع از وضعیت سفارش روی لینک زیر بزنید.' },
    { text: 'برای اطلاع بیشتر به صفحه راهنما سر بزنید.' },
    { text: 'براي اطلاع از وضعيت سفارش روي لينک زير بزنيد.' },
    { text: 'این یک پیام خودکار از %{site_name} جهت اطلاع از در انتظار نگه داشتن حساب کاربری شماست.' },
    { text: 'این یک پیام خودکار برای اطلاع شما از تغییر ایمیل در سایت است.' },
    { text: 'Please be aware that you may change the password only once using this link.' },
    // «لازم است» before an ordinary instruction ("you need to …") is plain Persian.
    { text: 'برای ورود لازم است رمز عبور خود را تغییر دهید.' },
    // Hard negatives for the office words: a call referred to plainly, "below" (در ذیل), "extraordinary" (فوق‌العاده),
    // and «پیرو» as "follower of".
    { text: 'پیرو تماس تلفنی امروز صبح شما، شرح شکایت را ثبت کردیم.' },
    { text: 'اطلاعات حساب در ذیل آمده است.' },
    { text: 'بسته را فردا به دست شما می‌رسانیم.' },
    { text: 'تخفیف فوق‌العاده این هفته روی همه سفارش‌ها اعمال می‌شود.' },
    { text: 'ما پیرو سیاست حفظ حریم خصوصی هستیم و اطلاعات شما را به کسی نمی‌دهیم.' },
  ],
});

// Written without reading en.ts/fa.ts: officialese built on hereby / inform-verbs / the گردید passive in any
// inflection, and stock value claims; hard negatives are plain helpful notes ('please be aware', 'please note').
paraphraseCases('robotic-phrasing', 'en', {
  flag: [
    "It is hereby notified that the service will end on 1 May.",
    "You are hereby informed that your membership has lapsed.",
    "We hereby wish to confirm your booking.",
    "Your input matters greatly to us.",
    "Your call is very important to us.",
    "Your business is extremely important to us.",
    "Your satisfaction is our top priority.",
    "We are reaching out to notify you of a change in pricing.",
    "We are delighted to inform you that your application was approved.",
    "Kindly be advised that your card has expired.",
    "This email is to notify you that your password was changed.",
    "Please find enclosed the requested documents.",
    "Your request has been duly noted and will be processed accordingly.",
    "We wish to apprise you of the new schedule.",
    "Please revert at the earliest.",
    "The undersigned confirms the transfer.",
    "Herewith we send you the contract.",
    "We are in receipt of your letter dated 3 May.",
  ],
  pass: [
    "Please be aware that the office closes early on Friday.",
    "Please note that prices include tax.",
    "Just so you know, your card expires next month.",
    "Thanks for your feedback: we changed the checkout because of notes like yours.",
    "Here's the contract; let me know if anything looks off.",
    "I'm writing to let you know your order has shipped.",
    "We got your message and Sara will reply today.",
    "We'd love to hear what you think of the new app.",
    "Your privacy settings are in your account page.",
    "Your call with Dana is booked for Tuesday at 10.",
    "We read every reply, so tell us what would make this better.",
    "Your input on the survey helped us pick the new colours.",
    "We're happy to help with anything else.",
    "Reply to this email and a real person will answer.",
    "I've attached your invoice for March.",
  ],
});

paraphraseCases('robotic-phrasing', 'fa', {
  flag: [
    "بدین‌وسیله به آگاهی می‌رسانیم که ساعات کاری تغییر کرده است.",
    "نظر شما برای ما بسیار مهم است.",
    "برای ما تماس شما اهمیت زیادی دارد.",
    "ضمناً به استحضار می‌رسانیم که قیمت‌ها تغییر کرده است.",
    "خواهشمندیم مدارک را ارسال فرمایید.",
    "مراتب جهت استحضار اعلام می‌گردد.",
    "رضایت شما برای ما در اولویت است.",
    "احتراماً به اطلاع می‌رساند سفارش شما آماده است.",
  ],
  pass: [
    // The گردید passive on a status change is the formal register of a transactional notice, not a formula: the
    // labelling guide counts only canned phrases (see fa.ts).
    "مدارک شما دریافت گردیده و بررسی خواهد گردید.",
    "درخواست شما ثبت گردید و در اسرع وقت رسیدگی خواهد شد.",
    "حساب کاربری شما مسدود گردیده است.",
    "سفارش شما تا پایان هفته تحویل می‌گردد.",
    "بازپرداخت مبلغ طی سه روز کاری انجام خواهد گردید.",
    "اشتراک شما تمدید نگردید.",
    "درخواست شما به واحد مربوطه ارجاع گردید.",
    "لطفاً توجه داشته باشید که دفتر ما جمعه‌ها تعطیل است.",
    "سفارش شما ارسال شد و فردا به دستتان می‌رسد.",
    "پیامتان به دستمان رسید و سارا امروز جواب می‌دهد.",
    "نظر شما باعث شد صفحه‌ی پرداخت را ساده‌تر کنیم.",
    "فاکتور ماه اسفند را پیوست کرده‌ام.",
    "خوشحال می‌شویم نظرتان را درباره‌ی برنامه‌ی جدید بدانیم.",
    "اگر سؤالی داشتید همین ایمیل را پاسخ دهید؛ یک آدم واقعی جواب می‌دهد.",
    "حساب شما فعال شد؛ حالا می‌توانید وارد شوید.",
    "لطفاً مدارک را تا پایان هفته برایمان بفرستید.",
    "برای پیدا کردن سفارش، دنبال شماره‌ی پیگیری در پیامک بگردید.",
    "کمی بعد دوباره امتحان کنید.",
    "بازپرداخت طی سه روز کاری انجام می‌شود.",
    "تماس شما با دانا برای سه‌شنبه ساعت ۱۰ تنظیم شد.",
    "خبر خوب اینکه کالای مورد نظرتان دوباره موجود شد.",
    "ممنون که با ما هستید.",
  ],
});

paraphraseCases('robotic-phrasing', 'en (second batch)', {
  flag: [
    "We wish to inform you that your subscription expires soon.",
    "Please be notified that the maintenance window has changed.",
    "We would like to bring to your attention that your card expires soon.",
    "The same is hereby acknowledged.",
    "Your esteemed patronage is highly appreciated.",
    "Please acknowledge receipt of this email.",
    "We are pleased to advise that your claim is approved.",
    "Enclosed please find your statement.",
    "Your matter is being looked into by the concerned team.",
    "Should you require any further clarification, please do not hesitate to revert.",
  ],
  pass: [
    "Your statement is attached.",
    "Just reply if anything looks wrong.",
    "Please pay the invoice by Friday so your site stays online.",
    "We've looked into your question and here is what we found.",
  ],
});

paraphraseCases('robotic-phrasing', 'fa (second batch)', {
  flag: [
    "به آگاهی شما مشتری گرامی می‌رساند که سامانه فردا در دسترس نیست.",
    "ضمن عرض سلام و احترام، به استحضار می‌رسانیم که درخواست شما ثبت شد.",
    "بدین وسیله از حسن انتخاب شما سپاسگزاری می‌نماییم.",
    "فاکتور شما به پیوست تقدیم می‌گردد.",
    "نتیجه بررسی متعاقباً به اطلاع شما خواهد رسید.",
    "درخواست جنابعالی در دست بررسی می‌باشد.",
    "لازم به ذکر است که هزینه ارسال بر عهده خریدار است.",
    "خواهشمند است جهت تکمیل مدارک به سایت مراجعه فرمایید.",
    "مدارک ارسالی مورد بررسی قرار گرفت.",
    "مراتب جهت اطلاع و اقدام لازم ایفاد می‌گردد.",
    "سفارش فوق‌الذکر ارسال گردیده است.",
  ],
  pass: [
    "سفارش شما در حال بررسی است و تا فردا خبرتان می‌کنیم.",
    "مدارک شما تأیید شد.",
    "مدارک ارسالی مورد تایید قرار گرفت.",
    "حساب کاربری شما مورد تایید قرار نگرفت!",
    "فاکتور را پیوست کردیم.",
    "برای پیگیری، کد رهگیری را نگه دارید.",
    "با سلام، سفارش شما امروز ارسال شد.",
    "هر سؤالی داشتید همین ایمیل را پاسخ دهید.",
  ],
});

// Classes added for #13: fresh sentences written for each class (never copied from test/eval/paraphrases), and
// hard negatives that share the class's words but help the reader.
paraphraseCases('robotic-phrasing', 'en (word classes, #13)', {
  flag: [
    "This message serves to inform you of a change to our hours.",
    "Your complaint has been duly noted.",
    "We remain at your disposal for any questions.",
    "We take this opportunity to remind you of our new address.",
    "Further to your email of Monday, the order has shipped.",
    "In reference to your inquiry, the item is back in stock.",
  ],
  pass: [
    "We care about getting your order right.",
    "We'd love to hear what you think.",
    "Your order is on its way and should arrive Tuesday.",
  ],
});
// The Persian officialese frames of #13 were taken out again: they cost precision on the blind real holdout.
paraphraseCases('robotic-phrasing', 'fa (word classes, #13)', {
  flag: [
  ],
  pass: [
    "سفارش شما امروز ارسال می‌شود.",
    "از اینکه ما را انتخاب کردید ممنونیم.",
    "اگر سوالی دارید، به همین پیام جواب دهید؛ سارا پاسخ می‌دهد.",
    "ما این موضوع را اعلام می‌کنیم تا همه در جریان باشند.",
    "سلام سارا جان، سفارشت امروز می‌رسد.",
    "خوشحالیم که دوباره از ما خرید کردید.",
    "ضمن تشکر از خرید شما، سفارشتان فردا می‌رسد.",
    "با عرض سلام و احترام، سارا هستم از تیم پشتیبانی.",
    "پیشاپیش از همکاری شما سپاسگزاریم.",
  ],
});

// Session 3 of #13: officialese and stock claims written fresh in Persian, one per class (value claims, formal
// thanks, office words, 'contacting you to inform you', 'for your information'); hard negatives are the polite,
// ordinary Persian of real shop mails (PrestaShop's «خواهشمندیم … بروید», «لطفاً توجه داشته باشید», «با سپاس»).
paraphraseCases('robotic-phrasing', 'fa', {
  flag: [
    "این پیام صرفا جهت اطلاع‌رسانی ارسال شده است.",
    "رضایت شما افتخار ماست.",
    "ما همواره در تلاشیم تا بهترین خدمات را به شما ارائه دهیم.",
    "ارتقای رضایت مشتریان همواره در اولویت این شرکت قرار دارد.",
    "با عنایت به مراتب فوق، درخواست شما در دست بررسی است.",
    "فاکتور به پیوست تقدیم حضور می‌گردد.",
    "نظرات ارزشمند شما چراغ راه ماست.",
    "رضایت شما بزرگترین سرمایه ماست.",
    "درخواست شما واصل و در دست اقدام است.",
    "لازم به توضیح است که هزینه ارسال بر عهده فروشگاه است.",
    "در راستای ارتقای کیفیت خدمات، این نظرسنجی طراحی شده است.",
    "این مجموعه افتخار دارد که همواره در خدمت شما باشد.",
    "با شما تماس گرفته‌ایم تا شما را مطلع کنیم که رمز عبور شما تغییر کرد.",
    "این پیام برای آگاهی شما ارسال شده است.",
  ],
  pass: [
    "خواهشمندیم برای تکمیل پرداخت به لینک زیر بروید.",
    "اگر مشکوک هستید که کسی بدون مجوز از حساب شما استفاده می‌کند، لطفا بلافاصله به ما اطلاع دهید.",
    "از توجه شما به کالاهای ما سپاسگزاریم. سفارش شما دریافت شده و پس از تایید پرداخت آماده می‌شود.",
    "با تشکر از خرید شما.",
    "سفارش شما با موفقیت ثبت شد.",
    "از صبر و شکیبایی شما سپاسگزاریم.",
    "امیدواریم از خرید خود لذت ببرید.",
    "همکاران ما به زودی با شما تماس می‌گیرند.",
    "در صورت نیاز به راهنمایی، با ما در تماس باشید.",
    "خواهشمندم رمز عبور خود را در اختیار کسی قرار ندهید.",
    "با سپاس فراوان از همراهی شما.",
    "منتظر دیدار دوباره شما هستیم.",
    "لطفاً توجه داشته باشید که این لینک تا ۲۴ ساعت معتبر است.",
    "کد تخفیف شما فعال شد و تا پایان ماه قابل استفاده است.",
    "پرداخت شما با موفقیت انجام شد.",
    "حساب کاربری شما با موفقیت ایجاد شد.",
    "درخواست شما دریافت شد و کارشناسان ما در حال بررسی آن هستند.",
    "جهت پیگیری سفارش می‌توانید از کد رهگیری زیر استفاده کنید.",
    "مبلغ سفارش به حساب شما بازگردانده شد.",
    "از اعتماد شما به فروشگاه ما سپاسگزاریم.",
    "رمز عبور شما تغییر کرد. اگر این کار را شما انجام نداده‌اید، فوراً به ما اطلاع دهید.",
    "نظر شما برای ما ارزشمند است.",
    "با احترام، تیم پشتیبانی",
    "در اسرع وقت پاسخ شما را می‌دهیم.",
    "از انتخاب شما متشکریم.",
    "هر گونه مطلب در مورد این سفارش، از طریق این پیام به شما ارسال می شود.",
    "همچنین از این طریق شما می توانید پیام های خود را برای ما ارسال نمایید.",
    "برای مشاهده سفارش خود روی لینک زیر کلیک نمایید.",
    "کد دعوت بالا را در قسمت مربوطه وارد کنید.",
    "با تشکر از حسن انتخاب شما، سفارش شما ثبت شد.",
    "در صورت هرگونه سوال با ما تماس حاصل فرمایید.",
    "برای آگاهی از وضعیت سفارش روی لینک زیر کلیک کنید.",
  ],
});

// A contracted subject is one word: "we're" and "I'm" (devise's «We're contacting you to notify you that»).
paraphraseCases('robotic-phrasing', 'en', {
  flag: [
    "We're contacting you to notify you that your email address was changed.",
    "I'm writing to inform you about a change to your plan.",
  ],
  pass: [
    "We're writing this note by hand because your order was special to us.",
    "I'm happy to help you set up the new plan.",
  ],
});

// Round 2 of #13: written by the rule's author from the classes in the issue (not copied from
// test/eval/paraphrases), each class with hard negatives: an owned apology, a policy said kindly, a helpful notice,
// a request for genuinely new information; texting spellings (u, ur, pls) included.
paraphraseCases('robotic-phrasing', 'en', {
  flag: [
    "Your request stands cancelled with immediate effect.",
    "The refund has been processed as per norms.",
    "Your grievance shall be examined by the nodal officer.",
    "Customers are hereby advised that the branch will remain closed.",
    "You will be intimated once the card is dispatched.",
    "Your privacy is of utmost importance to us.",
    "Your safety is our top priority.",
    "Your ticket has been actioned.",
    "Please be notified that your subscription will lapse on 1 June.",
    "Customers are kindly informed that the office will be closed.",
    "You are hereby advised to update your details.",
    "It is hereby notified that the fees have changed.",
    "We hereby confirm the cancellation of your order.",
    "Notice is hereby given that the meeting is postponed.",
    "Your opinion is extremely important to us.",
    "Your feedback means a great deal to us.",
    "Your satisfaction is our highest priority.",
    "Your comments are greatly valued by our organisation.",
    "Your business is very important to us.",
    "Your request is currently being processed and you will be notified upon completion.",
    "Your request has been received and is being processed.",
    "Your application is under review and a decision will be communicated in due course.",
    "Your query has been logged and assigned a reference number.",
    "Your complaint has been registered under reference 5521.",
    "The undersigned wishes to inform you that your account is active.",
    "We wish to advise that your payment was received.",
    "This is to notify all customers that the portal is down.",
    "Please be informed accordingly.",
    "Kindly be advised of the following changes.",
    "We would like to notify you that your plan has changed.",
    "Please note that the said amount has been credited.",
    "The needful has been done.",
    "Your case is being looked into by the relevant department.",
    "We have taken note of your concerns.",
    "Your concerns have been noted.",
    "Your feedback has been duly forwarded to the concerned team.",
    "Your request is pending with the appropriate authority.",
    "Thank you for contacting us. Your message has been received and will be responded to in the order it was received.",
    "We acknowledge your email dated 5 May.",
    "We trust this clarifies the matter.",
    "Assuring you of our best services at all times.",
    "We value your association with us.",
    "Greetings of the day!",
    "This has reference to your complaint about the meter.",
    "Your claim is under consideration.",
    "Your file has been sent for necessary action.",
    "We will resolve it at the earliest.",
    "Please be advised that your account will be suspended.",
    "You are hereby informed that your claim has been rejected.",
    "Your call is valuable to us.",
    "Your application has been received and is under process.",
    "We wish to notify you that your order has been dispatched.",
    "You are advised to keep this email for your records.",
    "Please be informed that the office is closed on Friday.",
    "This message is to notify you of a change in our terms.",
    "Notification is hereby given that the fees will rise.",
    "Your ticket is in queue and will be attended to shortly.",
    "Your ticket has been received and will be handled in the order it was received.",
    "Kindly be informed that your payment is due.",
    "Be advised that the store closes early today.",
    "Please be notified of the new terms.",
    "Your complaint has been received and the same has been forwarded to the team.",
    "We write with reference to your recent application.",
    "We have been apprised of your concern.",
    "The matter has been escalated to the appropriate quarters.",
    "Thank you for your kind cooperation.",
    "Pls be advised ur plan changes on 1 June.",
  ],
  pass: [
    "Please be aware that the site will be down for maintenance on Sunday night.",
    "We've fixed the billing error and refunded you today.",
    "Your order is being packed and will ship tomorrow.",
    "You're invited to our spring sale!",
    "The offer stands until Friday, so there's no rush.",
    "You are welcome to reply with any questions.",
    "Your feedback helps us decide what to build next.",
    "We'll let you know as soon as your refund is processed.",
    "Heads up: your card expires next month, so update it here to keep your plan running.",
    "You are requested to bring your ID to the appointment.",
    "Please be aware that the site will be down for maintenance on Sunday night, so save your work before 10pm.",
    "Your order is on its way and should arrive Thursday.",
    "We're processing your refund now; it'll reach your card in 3-5 days.",
    "I've noted your new address, so the next box will go there.",
    "Your feedback helped us fix the checkout bug, thank you!",
    "We'll email you as soon as it's ready.",
    "Thanks for your message: I'm looking at your account now and will reply by noon.",
    "Your privacy settings are in the app under Account.",
    "The earliest we can deliver is Monday, at the earliest slot.",
    "I hope this helps!",
    "The same great coffee, now in a bigger bag.",
    "Thanks for being so kind to our new staff member!",
  ],
});

// #13, generalization: frames over word classes (who acts, the verb class, the object, the hedge), tested with
// wording written for these tests, not taken from the paraphrase sets or the corpus, and with hard negatives.
ruleCases('robotic-phrasing', {
  bad: [
    { text: "[[Your esteemed patronage]] is [[hereby]] acknowledged." },
    { text: "[[Please be notified]] of the following changes to your plan." },
    { text: "[[We shall revert within]] 48 hours." },
    { text: "[[This mail is to notify you that]] your card has expired." },
    { text: "We would like to [[bring to your notice]] that the office will be shut." },
    { text: "[[Your business is greatly appreciated]]." },
    { text: "Your request is currently [[being actioned]]." },
    { text: "Kindly furnish the requisite documents [[at the earliest]]." },
    { text: "Please note that your query has been forwarded to [[the relevant department]] [[for necessary action]]." },
    { text: "Your complaint [[has been registered under reference]] 4471 and will be resolved within the stipulated timeframe." },
    { text: "We thank you for your [[valued patronage]]." },
    { text: "Be assured that your concern is [[receiving our utmost attention]]." },
    { text: "[[Our team will revert to you]] within two working days." },
    { text: "[[We'll revert shortly]] with an update." },
    { text: "[[Your continued custom is much appreciated]]." },
    { text: "Your complaint [[will receive our immediate attention]]." },
    { text: "[[Please be apprised that]] the fee has changed." },
    { text: "[[We acknowledge receipt of]] your application." },
    { text: "[[The undersigned]] may be contacted for any clarification." },
    { text: "Your request has been forwarded to [[the concerned team]] for needful." },
    { text: "[[It is hereby informed that]] the branch will be closed." },
    { text: "[[Your grievance has been noted]] and shall be redressed." },
    { text: "This is [[for your kind information]]." },
    { text: "In the event of any queries, please feel free to contact [[the undersigned]]." },
  ],
  good: [
    { text: "Please be aware that the car park closes at 6pm, so you may want to come a little earlier." },
    { text: "Your feedback on the new menu is why we dropped the mushroom soup." },
    { text: "Thanks for the order — Sara is packing it now." },
    { text: "Please note the new door code: 4412." },
    { text: "Your privacy matters, so we never sell your email address; here's exactly what we store." },
    { text: "I've forwarded your question to Ali in billing, who'll write to you today." },
    { text: "We'd love to hear what you think of the new app." },
    { text: "Your order is on its way and should arrive on Tuesday." },
    { text: "Your settings will revert to the defaults after the update." },
    { text: "We'll revert the change to your plan so you keep the old price." },
    { text: "Thanks — your help with the beta is much appreciated, and I've added a month free." },
    { text: "You have my full attention on this until it's sorted." },
    { text: "Please be aware the pool is closed for cleaning on Tuesday mornings." },
    { text: "I've attached the documents you asked for." },
  ],
});

// #13: the "please find … attached" formula with its object in between (a merge tag too), "I am pleased to inform".
ruleCases('robotic-phrasing', {
  bad: [
    { text: '[[Please find quote __REF__ attached]] for your records.' },
    { text: '[[Kindly find the signed lease enclosed]].' },
    { text: '[[I am pleased to inform you that]] your proposal was accepted.' },
    { text: 'Dear {{ name }}, [[we were sorry to inform you that]] the course is cancelled.' },
  ],
  good: [
    { text: 'Please find out more on our events page.' },
    { text: "I'm pleased your proposal made it; the committee loved the case study." },
    { text: 'Please find a time that suits you in the calendar below.' },
    // Plain English that shares a word with officialese.
    { text: "I've passed your note to the relevant team and they'll reply today." },
    { text: 'Thank you for your kind reply, it made our day.' },
    { text: 'All emails will be responded to within one working day.' },
    { text: 'Your order is in process and will ship tomorrow.' },
  ],
});


// Session acc-fa (#13, Persian round-2 classes): sentences written fresh for each class, in several registers and
// verb forms, never copied from test/eval/paraphrases or the shared corpus, with hard negatives beside them.
paraphraseCases('robotic-phrasing', 'fa, round-2 classes', {
  flag: [
    "مفتخریم که میزبان شما در نمایشگاه امسال هستیم.",
    "افتخار داریم که در خدمت شما مشتریان عزیز باشیم.",
    "جزئیات تراکنش به شرح ذیل است:",
    "نتیجه‌ی بررسی به شرح زیر اعلام می‌گردد.",
    "مراتب سپاس خود را از حسن انتخاب شما ابراز می‌داریم.",
    "ساعات کاری جدید اعلام گردید.",
    "تخلف از این بند، نقض قرارداد تلقی می‌گردد.",
  ],
  pass: [
    "سفارش شما ارسال گردید.",
    "درخواست شما ثبت گردید و در اسرع وقت رسیدگی خواهد شد.",
    "حساب کاربری شما توسط مدیر سایت فعال گردید.",
    "ما به کیفیت محصولاتمان افتخار می‌کنیم.",
    "جزئیات سفارش شما به شرح زیر است:",
    "از اینکه ما را انتخاب کردید خیلی ممنونیم.",
    "لطفاً توجه کنید که ساعت کاری پشتیبانی در روزهای تعطیل تغییر می‌کند.",
  ],
});

// "We are pleased / honoured to inform you that" and "by this email we inform you" in Persian (real journal and shop
// mail), beside plain pleasure and a plain "through this email you can".
paraphraseCases('robotic-phrasing', 'fa, pleased to inform', {
  flag: [
    'مفتخریم تا به آگاهی شما برسانیم که مقاله‌تان پذیرفته شد.',
    'این انجمن مفتخر است به اطلاع برساند که همایش امسال برگزار می‌شود.',
    'خرسندیم به آگاهی شما برسانیم که حساب شما فعال شد.',
    'خوشحالیم به شما اطلاع دهیم که سفارشتان رسید.',
    'توسط این ایمیل به شما اطلاع می‌دهیم که سبد خرید شما هنوز منتظر پرداخت است.',
    'از طریق این پیامک اطلاع‌رسانی می‌شود که ساعت کاری تغییر کرده است.',
  ],
  pass: [
    'خوشحالیم که سفارشتان رسید؛ اگر سؤالی بود همین ایمیل را جواب دهید.',
    'خوشحال می‌شویم اگر شما را از محصولات جدید مطلع کنیم؟',
    'از طریق این ایمیل می‌توانید رمز عبور خود را تغییر دهید.',
    'خوشحال می‌شویم از نظرتان مطلع شویم.',
  ],
});

// Session acc-fa (#13, Persian round-2 classes): sentences written fresh for each class, in several registers and
// verb forms, never copied from test/eval/paraphrases or the shared corpus, with hard negatives beside them.
paraphraseCases('robotic-phrasing', 'fa, office-letter words', {
  flag: [
    "پیرو ایمیل مورخ ۱۲ مهر، سفارش شما ارسال شد.",
    "اقدامات لازم را معمول فرمایید.",
    "امید است توضیحات فوق رافع ابهام باشد.",
    "مراتب ملاحظه گردید.",
    "شکایت جنابعالی در کارتابل واحد پشتیبانی ثبت شد.",
    "لطفاً مستحضر باشید که ساعات کاری تغییر کرده است.",
  ],
  pass: [
    "لطفاً آگاه باشید که این لینک فقط یک ساعت معتبر است.",
    "پیرو تماس تلفنی امروز شما، سفارش اصلاح شد.",
    "درخواستتان در دست بررسی است و تا فردا خبرتان می‌کنیم.",
  ],
});

// Session 7 (#13): the preamble with padding ("writing to you today to make you aware"), the regret formula that
// announces bad news, the informing formula with anyone addressed in between, and «ترتیبی اتخاذ فرمایید».
paraphraseCases('robotic-phrasing', 'en, preambles', {
  flag: [
    'We are writing to you this week to notify you of a change to your tariff.',
    'This letter is to make you aware of new opening hours.',
    'It is with great regret that I must advise you the course has been cancelled.',
  ],
  pass: [
    "I'm writing to say thank you for your order.",
    'We are writing the new guide now and will send it to you on Friday.',
    'With regret, the course is cancelled; I have refunded your fee and can book you on the May course.',
  ],
});

paraphraseCases('robotic-phrasing', 'fa, the formula with anyone addressed', {
  flag: [
    'به اطلاع مشترکین محترم منطقه‌ی ۵ می‌رساند آب فردا قطع است.',
    'لطفاً ترتیبی اتخاذ نمایید تا مدارک تا پایان هفته ارسال شود.',
  ],
  pass: [
    'به شما اطلاع می‌دهیم که سفارشتان فردا می‌رسد.',
    'ترتیب ارسال را خودمان می‌دهیم؛ نگران نباشید.',
  ],
});

// Session 7 (#13, from real-dev3's Persian forum and shop packs): telling with the office light verbs and the
// message announcing itself. Plain «اعلام می‌کنیم» and a message that simply says what happened stay quiet.
paraphraseCases('robotic-phrasing', 'fa, light verbs and the self-announcing message', {
  flag: ['به اطلاع شما عرض می‌نماییم که حساب شما فعال شد.', 'این پیامک به شما اطلاع می‌دهد که قسط این ماه پرداخت شد.'],
  pass: ['ما امروز قیمت‌های جدید را اعلام می‌کنیم.', 'این پیامک را فرستادیم تا بدانید قسط این ماه پرداخت شد.'],
});

// Making a note is how people talk; taking due note is officialese. Written for these tests.
ruleCases('robotic-phrasing', {
  bad: [
    { text: '[[We have duly taken note of]] your remarks.' },
    { text: '[[We have made note of]] the points you raised.' },
    { text: '[[This is a notification message to inform you]] that ticket 42 was closed.' },
    { text: '[[This a notification email to inform you]] that your invoice is ready.' },
  ],
  good: [
    { text: "I've made a note of the bug you hit, and I'll tell you when it's fixed." },
    { text: "Thanks! We've made a note of your new address." },
  ],
});
