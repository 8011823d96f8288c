import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('missing-contact', {
  bad: [
    // Asking how it went, answered by a survey link: the survey is where the answer goes, no one reads a reply.
    { text: '[[Hi {{name}} - Thanks for filing your taxes with us! Could you tell us about how it went? Take our 5 minute survey here: {{survey_link}}]]' },
    { text: 'Hi {{name}},\n\n[[Thanks for staying with us. Let us know what you think in this short survey: {{survey_link}}]]' },
    // An organisation's fill-in where a signature goes is the organisation signing; "Sorry," closing a letter is no
    // one's name, and a robot signing reaches no one.
    { text: 'Hello %{name}\n\nWe ran into an issue while preparing your data for download. If it persists, please contact your administrator for help.\n\nSorry,\n\n[[The Acme email robot!]]\n' },
    // A promise alone is no invitation: "we will answer" tells the reader to wait, not where to write.
    { text: 'Hi {{name}},\n\n[[We received your request and will answer it within two days, and reply with the next steps.]]' },
    // Not a person (#13, session acc-fa): an honorific greeting the reader, a state after «من … هستم», a role after an
    // honorific; a site name, an opt-out keyword or an app link in an SMS is no way to reach anyone.
    { text: '[[خانم رضایی عزیز، سفارش شما ارسال شد و فردا می‌رسد. فروشگاه آلفا]]' },
    { text: '[[سلام آقای احمدی، اشتراک شما تمدید شد. تیم آلفا]]' },
    { text: '[[پس از نصب، مهندس ناظر صورتجلسه را امضا می‌کند. شرکت آلفا]]' },
    { text: '[[سفارش ۱۲۳۴ ارسال شد. فروشگاه آلفا]]' },
    { text: '[[سفارش شما ارسال شد. لغو۱۱]]' },
    { text: '[[جشنواره‌ی تخفیف شروع شد! دانلود اپلیکیشن: alfa.ir/app]]' },
    // A staff member named with no concrete way to them ("on the site" is not one).
    { text: '[[Hi {{ name }}, your export failed again. Please contact your administrator on the site if this keeps happening.]]' },
    // A thing or a third party's value after "contact" is no one at the sender's end.
    { text: "[[Dear {{ user }}, your order {{ order_number }} has shipped. Please contact {{ carrier }} with any delivery questions.]]" },
    { text: '[[{{ user }} عزیز، سفارش شما ارسال شد. برای پیگیری با {carrier_name} تماس بگیرید.]]' },
    // "Reply to this mail" beside a mailed command goes to the same robot (Sympa's confirmation request).
    { text: 'You requested that your e-mail address be added to list announce. If you want this action to be taken, please\n\n- reply to this mail\nOR\n- send a message to %1 with subject\n [[%2]]' },
    // An address built from values names a list unless the prose asks to write to it; a Reply-To header line is not prose.
    { text: '[[Your message for list %1@%2 has been rejected and will not be distributed.]]' },
    { text: '[[پیام شما برای فهرست %1@%2 رد شد و برای اعضا فرستاده نمی‌شود.]]' },
    { text: '[%# invite.tt2 ~%]\nReply-To: [% conf.email %]@[% domain %]\nSubject: Invitation to join list\n\n[[You are invited to the list. To subscribe, click the following URL. If you do not want to subscribe just ignore this message.]]' },
    // A list robot's command address runs a command; nobody reads it (Mailman, ezmlm, a mailto: unsubscribe link).
    { text: 'Welcome to the announce mailing list! Your subscription is now active.\n\n[[To unsubscribe, send an email to {{ list_name }}-leave@lists.example.org.]]' },
    { text: '[[Your subscription to the list is confirmed. To unsubscribe, send a message to announce-unsubscribe@lists.example.org.]]' },
    { text: '[[برای لغو عضویت در فهرست {{ list }}، یک ایمیل خالی به announce-leave@lists.example.org بفرستید.]]' },
    // A reply a robot reads: the code sent back, the Subject header kept intact.
    { text: '[[We received a request to subscribe {{ email }} to {{ list }}. To confirm, simply reply to this message, keeping the Subject header intact.]]' },
    { text: '[[کد تأیید شما {{ code }} است. برای تأیید عضویت، همین کد را در پاسخ این پیام بفرستید.]]' },
    // A thing's name where the signature goes (`{{ newsletter_name }}`, `{{ practice_name }}`) is the organisation signing.
    { text: 'Hi {{ first_name }},\nYour subscription is confirmed and the first issue arrives on Monday morning.\n\n[[{{ newsletter_name }}]]' },
    { text: '{{ first_name }} عزیز،\nنوبت شما برای روز {{ date }} ثبت شد و منتظر دیدارتان هستیم.\n\n[[{{ practice_name }}]]' },
    // A journal's or conference's name where the signature goes is the body signing, not a person (both languages).
    { text: 'Dear {{ name }},\nYour manuscript {{ title }} has been assigned to an editor for review.\n\n[[{{ journal_name }}]]' },
    { text: '{{ name }} گرامی،\nمقاله شما با عنوان {{ title }} برای داوری به یک ویراستار سپرده شد.\n\n[[{{ journal_name }}]]' },
    // Answering a survey fills in a form; it is not a reply to anyone (both languages).
    { text: 'Hi {{name}},\nThank you for volunteering with us last weekend. Please respond to this short survey by Friday: {{survey_url}}\n\n[[Thanks,]]\nThe Volunteer Team' },
    { text: 'سلام {name}،\nلطفاً تا جمعه به این نظرسنجی کوتاه پاسخ دهید: {survey_url}\n[[با احترام،]]\nتیم داوطلبان' },
    { text: 'Hello,\n\nYour order #1234 has shipped and will arrive within three business days.\n\n[[Best regards,]]\nThe Acme Team\n', fixed: 'Hello,\n\nYour order #1234 has shipped and will arrive within three business days.\n\nBest regards,\n{{sender_name}}\n{{sender_email}}\nThe Acme Team\n' },
    { text: 'Your password was changed on Monday. If this was you, there is nothing else to do today.\n[[Please do not reply to this email.]]' },
    { text: '<p>Your subscription renews on June 1 and your card will be charged automatically.</p><p>[[Thanks,]]<br>The Team</p>', file: 'a.html' },
    { text: 'سفارش شما با موفقیت ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید.\n[[با تشکر،]]\nتیم فروش' },
    // A team named with no channel to it.
    { text: 'Hi {{first_name}},\nWe could not verify your identity this time. Please reach out to the verification team.\n\n[[Thanks,]]\nVerification Team' },
    // The reader's own address is not a way to reach anyone.
    { text: 'Hi {{first_name}}, we changed the email address on your account to {{email}} as you asked today.\n\n[[Thanks,]]\nThe Acme Team' },
    // Signed with the product's name ("signing up with Lumio"), not a person's.
    { text: 'Thank you for signing up with Lumio. Your trial starts today and lasts fourteen days from now.\n\n[[Cheers,]]\nLumio' },
    // A company variable where the signature goes.
    { text: 'Your parcel is on its way and should reach you by Friday afternoon at the latest.\n\n[[Thank you,]]\n{{ shop.name }}', file: 'a.liquid' },
    // A Persian SMS that opens with a bare greeting: the greeting is not a signer.
    { text: 'سلام\n[[موجودی محصول {product_title} رو به پایان است؛ برای خرید زودتر اقدام کنید و از تخفیف جا نمانید.]]' },
    // Short texts are judged too (an SMS or a one-line notice of eight words or more).
    { text: 'Hi {{ name }},\n[[Verify your account with this code before you sign in: {{ code }}]]', file: 'a.twig' },
    // A promise to reply is not an invitation, and mentioning the contact form is not offering it.
    { text: 'Thank you for contacting us. We will reply to you shortly.\n[[If you received this message without using the contact form on our website, please ignore it.]]' },
    { text: 'سفارش شما :order_id ثبت شد و به زودی برای شما ارسال خواهد شد. از خرید شما سپاسگزاریم.\n[[با احترام،]]\n{{ $shop_name }}', file: 'a.blade.php' },
    // A tracking code is not a phone number; a team with no channel is not a way to reach it.
    { text: '[[سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود. کد پیگیری سفارش شما ۱۲۳۴۵۶۷۸۹۰ است.]]' },
    { text: '[[Your export could not finish because the file is larger than the plan allows. Contact an administrator if this persists.]]' },
    // Persian has no capitals: a vendor credit, a button's text, a locale file's subject or a brand written in Latin
    // letters is a short last line too, and none of them is a person signing.
    { text: 'سلام {firstname}،\nسفارش شما با موفقیت ثبت شد و به محض واریز وجه برای شما ارسال خواهد شد.\n\n{shop_name} - {shop_url}\n\n[[قدرت گرفته از فروشگاه‌ساز نمونه]]' },
    { text: 'Hi {firstname},\nYour order was placed and will ship as soon as we receive the bank transfer.\n\n[[{shop_url} powered by Storekit]]' },
    { text: '<p>سلام {{ user_name }} عزیز،</p><p>برای بازیابی رمز عبور خود روی دکمه زیر کلیک کنید:</p><p><a href="https://example.com/reset/{{ token }}">[[بازیابی رمز عبور]]</a></p>', file: 'a.html' },
    // A locale file is linted message by message; the letter is the group (subject, greeting, instruction), and its
    // finding sits on the body message.
    { text: 'confirmation_instructions:\n  greeting: خوش آمدید %{recipient}!\n  instruction: [[شما می توانید ایمیل حساب کاربری خود را از طریق لینک زیر تایید کنید]]\n  subject: راهنمای تایید\n', file: 'fa.yml' },
    { text: '<p>درخواست کد دعوت شما برای پیوستن به Earth Coop تأیید شد و کد شما آماده است.</p><p>[[با تشکر،]]<br>تیم Earth Coop</p><p><a href="https://earth.example/">Earth Coop</a></p>', file: 'a.html' },
    { text: 'کد تخفیف ویژه شما فعال شد و تا پایان هفته روی همه سفارش‌ها اعمال می‌شود.\n\n[[جشنواره بزرگ تابستانه]]' },
    // SMS one-liners are judged like email: a short notice with no one to reach.
    { text: '[[سفارش {order_id} لغو شد.]]' },
    { text: '[[Your order {{ order.id }} has shipped!]]', file: 'a.liquid' },
    // A vendor's footer row ("Documentation | Discord") is a community, not someone who answers this reader.
    { text: '<p>Hello,</p><p>Your ticket status was changed to Closed by an agent today.</p><p>[[Kind regards,]]</p><p><a href="https://docs.helpkit.example">Documentation</a> | <a href="https://discord.gg/abc123">Discord</a></p><p>This was an automated message sent by HelpKit.</p>', file: 'a.html' },
    { text: '<p>وضعیت درخواست شما به «بسته‌شده» تغییر کرد.</p><p>[[با احترام،]]</p><p><a href="https://docs.example.ir">مستندات</a> | <a href="https://discord.gg/xyz789">Discord</a></p>', file: 'a.html' },
    // A help desk's promise to respond, whoever makes it, is not an invitation to write.
    { text: '<p>Hi {{ customer.first_name | default: "there" }},</p><p>We received your request and our support team will respond within 24 hours.</p><p>[[Thanks,]]<br>Acme Support</p>', file: 'a.liquid' },
    { text: 'Your request was received. An agent usually responds within one working day.\n\n[[— Helpdesk]]' },
    // A one-word name that heads the footer's postal address is the company signing.
    { text: '<p>Here is what happened on your boards this week: three new comments and one new follower.</p><p>[[Cheers,]]<br>Pastel</p><p>Pastel<br>1234 S. Broadway St.<br>Denver, CO 80203</p>', file: 'a.html' },
    { text: 'خلاصه‌ی فعالیت هفته‌ی شما آماده است: سه نظر تازه و یک دنبال‌کننده‌ی جدید.\n\n[[با سپاس،]]\nآوند\n\nآوند، تهران، خیابان ولیعصر، پلاک ۱۲' },
    // An opt-out keyword is for a machine: "Reply STOP" and «عدد ۱۱ را پیامک کنید» invite no one to write.
    { text: '[[Acme: your order 5521 has shipped and arrives Friday. Reply STOP to opt out.]]' },
    { text: '[[سفارش ۵۵۲۱ شما ارسال شد و جمعه به دستتان می‌رسد. برای لغو دریافت پیامک‌ها عدد ۱۱ را پیامک کنید.]]' },
    // A fill-in for the company where the signature goes is the company signing.
    { text: 'Hi there,\n\nThanks for your patience while we looked into the billing error on your account.\n\n[[Best regards,]]\n[Company Name]' },
    { text: 'سلام،\nاز صبر شما در بررسی خطای صورتحساب سپاسگزاریم و مبلغ اضافه به حساب شما برگشت.\n\n[[با احترام،]]\n[نام شرکت]' },
    // Answering a survey's questions is not writing to anyone.
    { text: 'سلام {name}،\nاز خرید شما سپاسگزاریم. لطفاً با کلیک روی لینک زیر به چند سؤال کوتاه نظرسنجی پاسخ دهید.\n{survey_link}\n[[با احترام،]]\nفروشگاه بهار' },
    // Where the message says replies go nowhere, "we'd love to hear" or "contact us" leaves no reply to send.
    { text: '<p>Thank you for flying with us last week. We would love to hear how your journey went.</p><p><a href="{{survey_url}}">Start the survey</a></p><p>[[Kind regards,]]<br>The Customer Experience Team</p><p>This message was sent from an unmonitored mailbox.</p>', file: 'a.hbs' },
    { text: 'Your invitation request was declined this time. If you have questions, contact us.\n\nThis is an automated message, please do not reply.\n[[The Earthly Team]]' },
    { text: 'درخواست شما این بار پذیرفته نشد. اگر سؤالی دارید با ما تماس بگیرید.\n\nاین ایمیل خودکار است؛ لطفاً به آن پاسخ ندهید.\n[[تیم پشتیبانی]]' },
    // An order number grouped like a phone, and an order-tracking page, are not ways to reach anyone.
    { text: 'Your order ID is 123-456-7890 and it ships on Tuesday. Track it at acme.example/orders/5521.\n\n[[The Acme Team]]' },
    { text: 'سفارش شما ارسال شد. وضعیت آن را در bahar.example/orders/5521 پیگیری کنید.\n\n[[تیم بهار]]' },
    // Signed with the shop's name, which the letter itself uses as its brand («از خرید شما از بهارستان»).
    { text: 'سلام {name}،\nاز خرید شما از بهارستان سپاسگزاریم. سفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد.\n\n[[با سپاس،]]\nبهارستان' },
    { text: 'به نیلوفرآبی خوش آمدید! حساب کاربری شما ساخته شد و می‌توانید خرید را شروع کنید.\n\n[[با احترام،]]\nنیلوفرآبی' },
    // A department named with no channel to it: "contact support", «با تیم پشتیبانی تماس بگیرید» (guide rule 8).
    { text: 'Hi ${customerName}, your order #${orderId} was cancelled. If you have any questions, please contact support.\n\n[[— The Team]]' },
    { text: 'Your refund was declined because the item was used. Please contact customer service for details.\n\n[[Regards,]]\nAcme Store' },
    { text: 'متأسفانه درخواست شما پذیرفته نشد. می‌توانید دوباره درخواست دهید یا با تیم پشتیبانی ما تماس بگیرید.\n\n[[با تشکر،]]\nتیم فروشگاه' },
    // An event's ticket is something bought, not a thread to staff.
    { text: '<p>Your seats for Saturday are confirmed and your tickets are ready to print.</p><p><a href="https://fest.example/events/42/tickets">[[Download your tickets]]</a></p>', file: 'a.html' },
    // Near misses of the classes below: a no-reply mailbox on a templated domain, "I'm happy to help" (no name),
    // a company introducing itself, a reset link with no ticket around it, a flight booked (not a call).
    { text: 'Hi {{ name }},\n\nYour order has shipped. This message came from noreply@{{ shop_domain }}.\n\n[[The Acme Team]]' },
    { text: "Hi {{ name }},\n\nI'm happy to help you get started. Your trial ends in three days.\n\n[[The Acme Team]]" },
    { text: 'Hi {{ name }},\n\nThis is Acme Support. Your trial ends in three days and your card will be charged.\n\n[[The Acme Team]]' },
    { text: "Hi {{ name }},\n\nSomeone asked to reset your password. If that was you, follow this link:\n{{ reset_url }}\n\nIf you didn't request this, you can safely ignore this email.\n\n[[The Acme Team]]" },
    { text: 'Hi {{ name }},\n\nYour trip is confirmed. Book a flight upgrade any time before departure.\n\n[[The Acme Travel Team]]' },
    // FreeScout writes its mails as Laravel translation calls: the sentences are prose ("contact the administrator"
    // names a role with no channel), and a tag's own text is not an included "contact" partial.
    { text: "{{ __('Hello :user_name', ['user_name' => $user->getFirstName()]) }},\n\n{{ __(\"[[This is a quick note to let you know that your :company_name password has been successfully updated. If you didn't request this change, please contact the administrator.]]\", ['company_name' => App\\Option::getCompanyName()]) }}\n", file: 'password_changed_text.blade.php' },
    // A dead link ("#!") goes nowhere, whatever its text says; only Ruby's `#{…}` interpolation makes "#" a URL.
    { text: '<p>سلام {{ name }}،</p><p>سفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد.</p><p><a href="#!">[[تماس با ما]]</a></p>', file: 'a.html' },
    // A staff notice about a new ticket is not the reader's own ticket thread.
    { text: 'یک تیکت جدید در سامانه ثبت شد و منتظر بررسی است. مشاهده‌ی تیکت در پنل: {link}\n[[سامانه پشتیبانی]]' },
    // A help desk's mailbox signing is the company (FreeScout's `{%mailbox.name%}`).
    { text: '<p>Hello {%customer.firstName%},</p><p>Your conversation #{%conversation.number%} was closed.</p><p>[[{%mailbox.name%}]]</p>', file: 'a.html' },
    // #13, Persian letter anatomy: a "label: value" row ends many notices («نام کاربری: %{login}», "Login: %{login}")
    // and a whole Markdown link is a button; neither is someone signing. A bare `%{host}` is the server's name.
    { text: 'برای تغییر گذرواژه خود، بر روی پیوند زیر کلیک کنید:\n%{url}\n\nتوجه داشته باشید که فقط یک‌بار می‌توانید با این پیوند گذرواژه را تغییر دهید.\n\n[[نام کاربری: %{login}]]' },
    { text: 'To change your password, click on the following link:\n%{url}\n\n[[Login: %{login}]]' },
    { text: 'گذرواژه شما تغییر کرد.\n\n%{url}\n\nکاربر: %{login}\nنشانی آی‌پی: %{remote_ip}\n[[تاریخ: %{date}]]' },
    { text: 'شما گذرواژه تازه‌ای برای حسابتان درخواست کردید.\n\n[[[تغییر گذرواژه](%{edit_password_url})]]' },
    { text: '[[شما با این نشانی ایمیل حسابی در %{host} باز کرده‌اید. با یک کلیک می‌توانید این حساب را فعال کنید. اگر شما چنین کاری نکردید، لطفاً این ایمیل را نادیده بگیرید.]]' },
    { text: '[[You have created an account on %{host} with this email address. If this wasn\'t you, please ignore this email.]]' },
    // Contact the administration / the server admin, with no channel given (the guide's rule 8).
    { text: '[[این یک پیام خودکار برای اطلاع شما از تغییر ایمیل در سایت است. اگر در این مورد خطایی رخ داده، لطفا با مدیریت تماس بگیرید.]]' },
    // A messenger channel to follow or a page on Instagram is not someone who answers.
    { text: '[[سفارش شما ارسال شد و تا دو روز دیگر می‌رسد. کانال تلگرام ما: @shopnews]]' },
    { text: '[[سفارش شما ارسال شد و تا دو روز دیگر می‌رسد. کانال تلگرام ما: {{ telegram_channel }}]]', file: 'a.liquid' },
    { text: '[[Your order has shipped. We sent the tracking code to your Telegram account {{ customer.telegram_username }}.]]', file: 'a.liquid' },
    { text: '[[سفارش شما ارسال شد و تا دو روز دیگر می‌رسد. ما را در اینستاگرام دنبال کنید: @bahar_shop]]' },
    // The reader's own number or a bank account is not a line to anyone (Persian and English).
    { text: '[[کد تایید به شماره موبایل شما 09121234567 ارسال شد و تا دو دقیقه اعتبار دارد.]]' },
    { text: '[[سفارش شما ارسال شد و پیامک آن به شماره 09121234567 شما فرستاده شد.]]' },
    { text: '[[Your code was sent to your phone 555-010-2030 and is valid for two minutes.]]' },
    { text: '[[سفارش شما ارسال شد. مبلغ را به شماره حساب: 0123456789 به نام فروشگاه واریز کنید.]]' },
    { text: '[[کد تایید به شماره همراه شما {{ phone }} ارسال شد و تا دو دقیقه معتبر است.]]', file: 'a.liquid' },
    // Questions answered elsewhere: the FAQ, a survey, public comments.
    { text: '[[سوالات متداول را در صفحه راهنما بخوانید. سفارش شما ارسال شد.]]' },
    { text: '[[سفارش شما ارسال شد. سوالات خود را در بخش نظرات مطرح کنید.]]' },
    // Keywords answered to a machine, a number for an empty SMS, a policy page and an event's ticket are not channels.
    { text: '[[برای تایید سفارش عدد ۱ را پاسخ دهید.]]' },
    { text: '[[جهت دریافت کد، یک پیامک خالی به ۳۰۰۰۱۲۳۴ ارسال کنید.]]' },
    { text: '[[Text JOIN to 55501234 to get updates about your order.]]' },
    { text: '[[سفارش شما ارسال شد. <a href="https://shop.ir/support-policy">قوانین پشتیبانی و گارانتی]]</a>', file: 'a.html' },
    { text: '[[بلیت کنسرت شما صادر شد. <a href="https://shop.ir/ticket/123">مشاهده تیکت]]</a>', file: 'a.html' },
    // A guidance page to read, even one kept under a "support" section of the site (GOV.UK Signon's reminder).
    { text: '[[Your order has shipped. Problems with the tracking page will be fixed soon, and the address was updated.]]', file: 'a.txt' },
    // A help centre's article is something to read; a template tag that prints nothing to reach is not a contact.
    { text: '[[Your export failed. Read https://help.acme.example/articles/123-export-limits to see why.]]', file: 'a.txt' },
    // A link to answer a survey's questions is not a reply to anyone.
    { text: '[[Hi {{name}}, thanks for visiting us. Use this link to answer three quick questions about your stay: {{survey_url}}]]', file: 'a.txt' },
    { text: '[[Your account was deactivated. If you did not do this, please log in again.]] {% csrf_token %}', file: 'a.html' },
    { text: '[[Your account will be suspended next week unless you sign in. Find out more in the [content and publishing guidance](https://guidance.example.gov/accounts-support/manage-accounts/production).]]' },
    { text: '[[Your account will be suspended next week unless you sign in. Read the [account guide](https://example.com/accounts-support/training-accounts).]]', file: 'a.txt' },
    { text: '[[حساب شما تا یک هفته دیگر غیرفعال می‌شود مگر اینکه وارد شوید. [راهنمای استفاده از حساب](https://shop.ir/support/account-guide) را بخوانید.]]' },
    // A support section or chat mentioned without sending the reader there.
    { text: '[[سفارش شما ارسال شد. بخش پشتیبانی سایت در حال به‌روزرسانی است و فردا باز می‌شود.]]' },
    { text: '[[سفارش شما ارسال شد. برای دیدن سفارش از بخش سفارش‌های من استفاده کنید.]]' },
    { text: '[[Your order has shipped. Our live chat is closed on Sundays.]]' },
    // "Call 24 hours before" is a time, not a number to call.
    { text: '[[نوبت شما ساعت ۱۰ است؛ اگر نمی‌توانید بیایید ۲۴ ساعت قبل تماس بگیرید.]]' },
    // Persian has no capitals: a hard-coded signer that does not read as a person's name is the brand signing.
    { text: 'سفارش شما ارسال شد و فردا می‌رسد.\n\n[[با تشکر]]\nدیجی‌استور' },
    { text: 'سفارش شما ارسال شد و فردا می‌رسد.\n\n[[با احترام]]\nاسنپ فود' },
    { text: 'سفارش شما ارسال شد و فردا می‌رسد.\n\n[[با تشکر، بامیلو]]' },
    { text: 'سفارش شما ارسال شد و فردا می‌رسد.\n\n[[با تشکر]]\nبامیلو، فروشگاه اینترنتی' },
    // A label and a name is a data row unless the label is a staff role: the customer is the reader.
    { text: 'سفارش شما ارسال شد.\n[[مشتری: خانم نوری]]' },
    { text: 'Your order has shipped.\n[[Customer: Dana Ortiz]]' },
    // A Markdown link in plain text to the guidelines is not a person.
    { text: 'سپاس که به %{site_name} پیوستید و خوش آمدید!\n\n[[ما همواره به [رفتار اجتماعی متمدنانه](%{base_url}/guidelines) معتقدیم.]]' },
    // A footer include's text is not in the file: it is no sign of a way to reach anyone (OpenMage's footer is the
    // shop's name; Vendure's is a stub). A signature or contact partial still counts (see good).
    { text: '[[Your order has shipped and will arrive within three business days.]]\n{{> footer}}', file: 'a.hbs' },
    { text: '<h1>{{var customerName}},</h1>\n<p>Your new password is ready. Use it the next time you sign in.</p>\n[[{{template config_path="design/email/footer"}}]]', file: 'a.html' },
    // A contact addressed to someone else: the reader's bank, administrator, supervisor, the seller, a local office.
    { text: 'Hi {{name}},\nYour card payment was declined. Please get in touch with your bank to find out why, then try again.\n\n[[Thanks,]]\nThe Billing Team' },
    { text: "Hi {{name}},\nYour login failed three times. Please don't hesitate to contact your system administrator if this persists.\n\n[[Regards,]]\nIT Services" },
    { text: 'Hi {{name}},\nYour leave request was submitted. If you need it approved urgently, just ask your supervisor.\n[[HR Portal]]' },
    { text: 'Hi {{name}},\nThe item is sold by a marketplace partner. For questions about delivery, please speak to someone at the seller directly.\n[[Acme Marketplace]]' },
    { text: 'سلام {name}،\nپرداخت شما ناموفق بود. لطفاً برای پیگیری با بانک صادرکننده کارت خود تماس بگیرید و سؤالات خود را از بانک بپرسید.\n[[فروشگاه نمونه]]' },
    { text: 'سلام {name}،\nدسترسی شما به این گزارش ممکن نیست. لطفاً به مدیر سیستم پیام دهید.\n[[سامانه گزارش‌ها]]' },
    // A promise to get in touch gives the reader no one to write to.
    { text: 'Hi {{name}},\nThanks for your application. Someone from our team will reach out to you within two weeks.\n[[The Careers Team]]' },
    { text: 'Hi {{name}},\nThanks for your application. We will get in touch with you as soon as a decision is made.\n\n[[Best,]]\nThe Careers Team' },
    { text: 'سلام {name}،\nدرخواست شما ثبت شد و کارشناسان ما به زودی با شما تماس خواهند گرفت.\n\n[[با احترام،]]\nتیم پشتیبانی' },
    // The noun "reply" or "answer" is not an invitation to write one.
    { text: 'Hello,\nA new answer has been added to a topic that you follow. Here is the answer:\n{message}\n[[Forum notifications]]' },
    { text: '[[Hi {{name}}, thanks for your reply. Your subscription has been updated and takes effect next month.]]' },
    // A feedback ask answered by a rating ("How would you rate…?") is not a reply invitation.
    { text: '<p>Your conversation #{{ .Conversation.ReferenceNumber }} has been resolved.</p><p>We would love to hear how it went.</p><p>How would you rate your experience?</p><p><a href="{{ .SurveyURL }}?r=1">[[Poor</a> <a href="{{ .SurveyURL }}?r=5">Great]]</a></p>', file: 'a.html' },
    { text: 'سلام {name}،\n[[گفتگوی شما بسته شد. خوشحال می‌شویم نظرتان را بدانیم. به این گفتگو از ۱ تا ۵ امتیاز دهید.]]' },
    // A public forum, Q&A site or social page is not someone at the sender's end.
    { text: '<p>Hi {{name}},</p><p>Your password was reset.</p><p>Got questions? <a href="https://forum.acme.example">Get help in our community forum</a>.</p><p>[[Follow us on <a href="https://twitter.com/acme">Twitter]]</a></p>', file: 'a.html' },
    { text: '<p>سلام {{name}}،</p><p>رمز عبور شما تغییر کرد.</p><p>سؤالی دارید؟ <a href="https://forum.acme.example/fa">در انجمن بپرسید</a>.</p><p><a href="https://instagram.com/acme">[[اینستاگرام ما]]</a></p>', file: 'a.html' },
    // The second of two sign-off lines is not a signer ("Thank You." then "Kind Regards,"), and a system's from-name is
    // the company.
    { text: 'Hello {{ user }},\n\nYou asked to reset your password. Click the link to do so.\n\nThank You.\n\n[[Kind Regards,]]\n\n{{ system_from }}', file: 'a.twig' },
    { text: 'سلام {{ user }}،\n\nبرای تغییر رمز عبور روی لینک کلیک کنید.\n\nبا تشکر.\n\n[[با احترام،]]\n\n{{ system_from }}', file: 'a.twig' },
    // The reader's own address after "changed to" is data, not a channel.
    { text: 'Hello {{ user.name }},\nThe e-mail address of your account was changed to {{ user.email }}. If this was you, no action is needed.\n[[{{ site_name }}]]', file: 'a.twig' },
    { text: 'سلام {{ user.name }}،\nنشانی ایمیل حساب شما به {{ user.email }} تغییر کرد. اگر خودتان این کار را کردید، کاری لازم نیست.\n[[{{ site_name }}]]', file: 'a.twig' },
    // A company's postal address and unsubscribe links reach no one.
    { text: '<p>Hi {{name}},</p><p>Here is your monthly statement.</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a> | <a href="{{preferences_url}}">Manage preferences</a></p><p>[[Acme Inc, 500 Market Street, San Francisco, CA 94105]]</p>', file: 'a.hbs' },
    // An auto-reply to the contact form mentions it; it does not offer it.
    { text: 'Thank you for using our contact form. We will reply to you shortly.\n[[Acme Shop]]' },
    { text: 'Hi {{name}},\nWe received the message you sent via our contact form and will answer within two days.\n[[The Acme Team]]' },
    // The product's name on the last line is the company, also when the letter says "on Lemmy" or "your Gitea instance".
    { text: 'Hi {{name}},\nYour account on Lemmy was approved. You can now log in and post.\n[[Lemmy]]' },
    { text: 'Hi {{name}},\nYour refund was issued. It can take 5-10 days to appear; if it does not, check with your card issuer.\n[[Acme Payments]]' },
    { text: 'Hi {{name}},\nYour domain expires soon. Please reach out to your domain registrar to renew it.\n[[The Hosting Team]]' },
    { text: 'سلام {name}،\nپیام شما از طریق فرم تماس با ما دریافت شد و ظرف دو روز پاسخ می‌دهیم.\n[[تیم پشتیبانی]]' },
    // The reader's own number, where the sender will call them, is not a line to the sender.
    { text: 'Hi {{ name }},\nYour appointment request was received. A nurse will call you at {{ phone }} to confirm the time.\n[[The Clinic Team]]', file: 'a.twig' },
    { text: 'سلام {{ name }}،\nدرخواست نوبت شما ثبت شد. پرستار ما برای هماهنگی با شما به شماره {{ phone }} تماس می‌گیرد.\n[[تیم درمانگاه]]', file: 'a.twig' },
  ],
  good: [
    // The same question with nowhere else to answer it is an invitation to reply.
    { text: 'Hi {{name}} - Thanks for filing your taxes with us! Could you tell us about how it went? Just reply to this text.' },
    { text: 'Hi {{name}},\n\nThanks for staying with us last week. Let us know what you think of the new rooms!' },
    // An invitation and a promise in one sentence: the promise does not take the invitation back.
    { text: 'Hi {{name}},\n\nYour trial has ended and your servers are paused until you update your payment details.\n\nReply to this email and Dana will answer.' },
    { text: 'Hi {{name}},\n\nYour booking for Friday is confirmed. Questions? Just write back and we\'ll help.' },
    // Persian names a person by frame, not by capitals (#13, session acc-fa): the writer introducing themselves, a
    // colleague with an honorific; a contact verb and a colon before an address value (Mailman's list owner).
    { text: 'سلام {name}، من سارا هستم، مسئول پشتیبانی حساب شما. سفارش شما ارسال شد.' },
    { text: 'سلام {{ name }}،\nاسم من رضا کریمی است و از این به بعد پیگیر درخواست شما هستم. فاکتور جدید پیوست است.' },
    { text: 'سلام {name}، سفارش شما ارسال شد و کارشناس ما، خانم احمدی، فردا برای هماهنگی نصب با شما تماس می‌گیرد.' },
    { text: 'عضویت شما در فهرست %(listname)s غیرفعال شد.\n\nاگر پرسشی داشتید، می‌توانید با مالک فهرست تماس بگیرید:\n%(owneraddr)s' },
    { text: 'درخواست تنظیم دوباره‌ی رمز عبور برای {$siteTitle} دریافت شد. اگر خودتان نفرستاده‌اید، این ایمیل را نادیده بگیرید.\n\nبا تشکر،\n{$siteContactName}' },
    // Persian SMS one-liners with a way to a person: a labelled support number in Persian digits, a number with a
    // call verb, a messenger handle for support, a reply invitation.
    { text: 'سفارش ۱۲۳۴ ارسال شد. پشتیبانی: ۰۲۱-۹۱۰۰۲۰۰۰' },
    { text: 'نوبت شما برای فردا ساعت ۱۰ ثبت شد. برای تغییر نوبت با ۰۲۱۸۸۸۸۸۸۸۸ تماس بگیرید.' },
    { text: 'سفارش شما آماده‌ی ارسال است. پشتیبانی در تلگرام: @alfa_support' },
    { text: 'اشتراک شما تمدید شد. سؤالی بود؟ به همین پیامک پاسخ دهید.' },
    // A help desk where the reader submits tickets.
    { text: 'Dear {{name}},\n\nYour application was received. For help while it is considered, visit our {{helpdesk}} to submit tickets and browse solutions.' },
    // A help group of a bot, where the team answers.
    { text: 'این سفارش در شرف انقضا است و باید هر چه زودتر انجام یا لغو شود.\n\nاگر به کمک نیاز دارید، می توانید پیامتان را در گروه ${helpGroup} بنویسید.' },
    // A link to answer the person who wrote: the reply goes there.
    { text: 'Hello [output_name],\n\nYou have a message from the [domain] administrator.\n\nMessage: [message]\n\nFollow this link to send a reply [link].' },
    // A label's spaced colon left inside the sentence when the address was typed at its end (right-to-left editing).
    { text: '%s سلام\n\nآگهی شما در سایت منتشر شد.\n\nچنانچه با مشکلی مواجه شدید یا پیشنهادی دارید، لطفا آنرا به ایمیل : ارسال نمایید %s' },
    // A staff member or organiser with the way to them is someone to reach (both languages).
    { text: "Hi {{ name }}, you're registered for {{ event }}. Questions about the event? Contact the organizer through the event page: {{ event_url }}" },
    { text: 'Hi {{ name }}, the moderators have locked your thread. You can message the moderators from the thread page.' },
    { text: '{{ name }} عزیز، ثبت‌نام شما در رویداد انجام شد. برای پرسش‌ها از طریق صفحه رویداد با برگزارکننده تماس بگیرید.' },
    // A value the reader is told to contact prints the person: Moodle's enroller, a coordinator.
    { text: "Dear {$a->user}, your enrolment in the course '{$a->course}' is due to expire on {$a->timeend}. If you need help, please contact {$a->enroller}." },
    { text: '{{ user }} عزیز، ثبت‌نام شما در این دوره به زودی به پایان می‌رسد. برای راهنمایی با {coordinator} تماس بگیرید.' },
    { text: "Thanks for your order! Reply to this email if anything looks wrong, or send a message to our team with the subject 'Returns' for a return." },
    // "Please contact %1@%2" (Sympa's listmaster line) is an address to write to, in both languages.
    { text: 'The following address is not a known mailing list. For further information, please contact %1@%2' },
    { text: 'The following address is not a known mailing list. For further information, please contact {{ listmaster }}@{{ domain }}' },
    { text: 'این نشانی یک فهرست پستی شناخته‌شده نیست. برای اطلاعات بیشتر با %1@%2 تماس بگیرید.' },
    // A list's owners, a desk named join@, a reply about a code that a person reads.
    { text: 'Welcome to the announce mailing list! Your subscription is now active.\n\nQuestions? Write to the list owners at {{ list_name }}-owner@lists.example.org.' },
    { text: 'Welcome! Your subscription is active. Send questions to join@example.org, our membership desk.' },
    { text: 'Hi {{ name }}, please reply with your booking code and we will look into it for you.' },
    { text: 'سلام {{ name }}، کد پیگیری سفارش شما {{ code }} است. اگر سؤالی دارید، در پاسخ همین ایمیل بنویسید.' },
    // A person's name variable there still signs: the provider, the agent, a bare name.
    { text: 'Hi {{ first_name }},\nYour appointment on {{ date }} is confirmed and we will see you at the front desk.\n\n{{ provider_name }}' },
    { text: '{{ first_name }} عزیز،\nنوبت شما برای روز {{ date }} ثبت شد و منتظر دیدارتان هستیم.\n\n{{ agent_name }}' },
    // Moodle's admin sign-off (`{$a->admin}`) prints the administrator's name and address; an editor variable names a person.
    { text: 'Hi {$a->firstname},\n\nYour enrolment in {$a->course} has expired and you can no longer see its pages.\n\n{$a->admin}' },
    { text: 'سلام {$a->firstname}،\n\nثبت‌نام شما در درس {$a->course} به پایان رسید و دیگر به صفحه‌های آن دسترسی ندارید.\n\n{$a->admin}' },
    { text: 'Dear {{ name }},\nYour manuscript {{ title }} has been assigned to an editor for review.\n\nBest regards,\n{{ editor_name }}\n{{ journal_name }}' },
    // A reply invitation about the survey still reaches a person.
    { text: 'Hi {{name}},\nThank you for volunteering with us last weekend. Please reply to this email with any questions about the survey: {{survey_url}}\n\nThanks,\nThe Volunteer Team' },
    { text: 'سلام {name}،\nاگر درباره نظرسنجی سؤالی دارید، به همین ایمیل پاسخ دهید.\n{survey_url}\nبا احترام،\nتیم داوطلبان' },
    // #13, Persian contact by meaning: a messenger id or link given to reach support (Eitaa, Bale, Telegram, WhatsApp).
    { text: 'سفارش شما آماده تحویل است. آیدی پشتیبانی در ایتا: @shopsupport' },
    { text: 'سفارش شما ارسال شد. پشتیبانی در بله: ble.ir/shopsupport' },
    { text: 'سفارش شما ارسال شد. سوالی بود؟ در واتس‌اپ پیام بدهید: wa.me/989121234567' },
    { text: 'Your order has shipped. Questions? Message our support on Telegram: @acme_help' },
    // Arabic yeh and kaf (ي، ك) as many Persian packs type them (OpenCart's Persian mails).
    { text: 'سفارش شما ارسال شد. لطفا اگر هرگونه سوالي داريد همين ايميل را پاسخ دهيد.' },
    { text: 'سفارش شما ارسال شد. پشتيباني در تلگرام: @shop_support' },
    // A support portal, ticket system or live chat, named with what to do there.
    { text: 'سفارش شما ارسال شد. برای پیگیری، در بخش پشتیبانی سایت درخواست خود را ثبت کنید.' },
    { text: 'سفارش شما ارسال شد. از قسمت «تیکت‌های من» در حساب کاربری پیام بگذارید.' },
    { text: 'سفارش شما ارسال شد. در صورت هر گونه مشکل، درخواست پشتیبانی ثبت کنید.' },
    { text: 'سفارش شما ارسال شد. برای ارتباط با کارشناسان از گفتگوی آنلاین سایت استفاده کنید.' },
    { text: 'Your order has shipped. Use the live chat on our site if you need anything.' },
    // Persian sign-offs of any length after «با آرزوی …», «دوستدار شما», then the signer's name.
    { text: 'سفارش شما ارسال شد.\n\nبا آرزوی روزهای خوش\nنگار' },
    { text: 'سفارش شما ارسال شد.\n\nدوستدار شما\nکیان' },
    // A given name, a name with a role after it, or a name above the company's line signs as a person.
    { text: 'سفارش شما ارسال شد.\n\nبا تشکر\nکیان' },
    { text: 'سفارش شما ارسال شد.\n\nبا تشکر\nکیان، کارشناس فروش' },
    { text: 'سفارش شما ارسال شد.\n\nمرجان\nفروشگاه سفال‌سرا' },
    // A staff role as a label before a name (Persian and English).
    { text: 'سفارش شما ارسال شد.\nمسئول پیگیری: خانم نوری' },
    { text: 'Your order has shipped.\nHandled by: Dana Ortiz' },
    // The informal singular of SMS and chat: «اگه سوالی داشتی بهم بگو».
    { text: 'سلام {name} جان\nسفارشت رسید؟ اگه سوالی داشتی بهم بگو.\nپگاه' },
    // «شماره تماس: {phone}» holds the letters of «شما» ("you") but is the sender's line.
    { text: 'سفارش شما ارسال شد. شماره تماس ما: {{ phone }}', file: 'a.liquid' },
    { text: 'سفارش شما ارسال شد. شماره تماس: {phone}' },
    // A short call-centre number before the call verb; offers to answer; asking; the reader's own thread.
    { text: 'سفارش شما ارسال شد. در صورت بروز مشکل با شماره ۱۸۱۸ تماس بگیرید.' },
    { text: 'سفارش شما ارسال شد. پاسخگوی سوالات شما هستیم.' },
    { text: 'Your order has shipped. We are happy to answer your questions.' },
    { text: 'سفارش شما ارسال شد. هر سوالی داشتید بپرسید.' },
    { text: 'Your order has shipped. Ask us anything.' },
    { text: 'سفارش شما ارسال شد. خوشحال می‌شویم نظرتان را بدانیم.' },
    { text: 'سفارش شما ارسال شد. پاسخ خود را در همین تیکت بنویسید.' },
    { text: 'Your order has shipped. Write your answer in this ticket.' },
    // Reply invitations with the reply named first, and chatting with the sender.
    { text: 'سفارش شما ارسال شد. کافی است پاسخ این ایمیل را بفرستید تا همکاران ما با شما تماس بگیرند.' },
    { text: 'سفارش شما ارسال شد. جواب این پیامک را بدهید تا کارشناس ما پیگیری کند.' },
    { text: 'سفارش شما ارسال شد. اگر کمکی لازم داشتید، از طریق چت آنلاین سایت با ما گفتگو کنید.' },
    // Persian numbers in either digits, labelled or written like a number.
    { text: 'سفارش شما ارسال شد و تا دو روز دیگر می‌رسد.\nپشتیبانی: ۰۲۱-۸۸۷۷۶۶۵۵' },
    { text: 'سفارش شما ارسال شد. در صورت نیاز با واحد پشتیبانی به شماره ۹۱۰۰۲۰۰۰-۰۲۱ تماس حاصل فرمایید.' },
    // A staff page linked by a word that means staff, also as Markdown in a plain-text template (Discourse).
    { text: 'حساب شما موقتاً در انتظار است. تا زمانی که [همکاران](%{base_url}/about) نوشته‌های اخیر شما را بررسی نکنند، نمی‌توانید پاسخ جدید بنویسید.' },
    { text: 'Your account is on hold until [our staff](%{base_url}/about) review your recent posts.' },
    { text: 'حساب شما تعلیق شد. با پاسخ به این ایمیل می‌توانید با دست‌اندرکاران %{instance} در تماس باشید.' },
    { text: 'Hi Sam,\nYour order has shipped and will arrive within three business days.\n\nThanks,\nSara' },
    { text: 'Your order has shipped and will arrive within three business days. Questions? Just reply to this email.' },
    { text: 'Your order has shipped and will arrive within three business days. Call us at +1 (555) 010-2030 any time.' },
    { text: 'Your order has shipped and will arrive within three business days. Write to help@acme.example if anything is off.' },
    { text: '<p>Your order has shipped and will arrive within three business days.</p><p><a href="https://acme.example/contact">Contact us</a></p>', file: 'a.html' },
    // A signature partial prints the signer.
    { text: 'Your order has shipped and will arrive within three business days.\n{{> signature}}', file: 'a.hbs' },
    { text: 'Short SMS: code 1234.' },
    // A bare label or code is not a message.
    { text: 'کد تایید: {code}' },
    { text: 'Your code: {{ code }}', file: 'a.liquid' },
    { text: 'سفارش شما ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید. اگر سؤالی داشتید با شماره‌ی ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید.' },
    { text: 'سفارش شما ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید.\nبا احترام،\nسارا احمدی' },
    // Contact by meaning: variables that name a channel, links that lead to a person, instructions.
    // Whom to reach, then where: the value after "at" is their address (Bugzilla's maintainer parameter).
    { text: 'Your account request was received. If you have any other issues regarding your account, please contact administration at [% Param(\'maintainer\') %].' },
    { text: 'Your subscription is paused. To resume it, reach the list owner at %(owner)s any time.' },
    { text: 'Your post was removed because it broke the forum rules. Questions about this decision can go to the board owner at: %(owner_email)s' },
    { text: 'Your account was suspended for suspicious activity during the weekend. You can ask for a review here: %{review_url}' },
    { text: 'Your thread was locked because it repeats an earlier one. If you disagree, [talk to our moderators](https://forum.example/t/mods) about it.', file: 'a.md' },
    { text: 'This tracker is for confirmed bugs only. If you still see the crash after updating, please open a new issue with your logs.' },
    { text: 'We have applied the patch to your server. Please reply to this ticket if the problem comes back after the update.' },
    { text: 'Your refund for the last invoice has been processed and will show within five working days.\n\nKind regards,\n${object.user_id.name}' },
    { text: 'Your refund for the last invoice has been processed and will show within five working days.\n\n{SIGNATURE}' },
    { text: 'Your refund for the last invoice has been processed and will show within five working days.\n\nCheers,\n{{ .SenderName }}' },
    { text: 'If you need any kind of help with your order, please contact us at <a href=":link">:email</a>.<br/>Thanks!', file: 'a.html' },
    { text: "We hope this update helps you keep your data safe on our platform. If you have concerns, don't hesitate to contact us." },
    { text: '<p>Your ticket has been received and an agent will look at it within a day.</p><p><a href="https://shop.example/panel?tab=2">ثبت تیکت پشتیبانی</a></p>', file: 'a.html' },
    { text: 'مشتری عزیز سفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد. اگر سؤالی دارید با ما تماس بگیرید.' },
    { text: 'سفارش شما ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید.\nبا احترام\n%%AGENT_NAME%%' },
    { text: 'سفارش شما ثبت شد و تا سه روز کاری آینده به دستتان خواهد رسید. اگر به کمک نیاز داشتید از طریق :email با پشتیبانی تماس بگیرید.' },
    { text: 'درخواست شما بررسی شد و نتیجه تا پایان هفته اعلام می‌شود. برای پیگیری به همین تیکت پاسخ دهید.' },
    { text: 'Your order has been packed and will leave our warehouse tomorrow morning. Chat with us in the app any time.' },
    { text: 'سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود. برای پیگیری با شماره ۰۲۱۸۸۸۸۷۷۷۷ تماس بگیرید.' },
    { text: 'سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود. سؤالی دارید؟ در خدمتیم.' },
    { text: 'سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود. اگر مشکلی بود خبرمان کنید.' },
    // Asking the reader to write to the sender itself, or pointing at a channel ("here:", «از طریق لینک زیر»).
    { text: 'Never share your login details with anyone. Should you suspect someone is using your account, please notify us immediately.' },
    { text: '<p>Your data export is complete and attached below. If you have questions, you can contact the store owner here:</p><p><a href="{{ store_url }}">{{ store_name }}</a></p>', file: 'a.html' },
    { text: '<p>خروجی اطلاعات شما آماده است و پیوست شده است. اگر پرسشی دارید، از طریق لینک زیر با مدیر فروشگاه تماس بگیرید:</p><p><a href="{{ store_url }}">{{ store_name }}</a></p>', file: 'a.html' },
    // A promise next to an invitation: the invitation still counts.
    { text: 'Our team will respond within a day. If you want to add anything, just reply to this email.' },
    // A one-word signer who is not the company in the footer's address is a person.
    { text: '<p>Here is what happened on your boards this week: three new comments and one new follower.</p><p>Cheers,<br>Maya</p><p>Pastel Inc.<br>1234 S. Broadway St.<br>Denver, CO 80203</p>', file: 'a.html' },
    // A contact page written as the site's variable plus a path.
    { text: 'Your order has shipped and will arrive within three business days.\nQuestions? Visit {{ site_url }}/contact-us', file: 'a.liquid' },
    // A messenger handle the reader is told to contact (a VPN bot's Laravel language file).
    { text: "<?php\nreturn [\n    'account_expiring' => 'حساب کاربری شما تا :hours ساعت دیگر به پایان می‌رسد. لطفا جهت تمدید با اکانت تلگرام :telegram_account تماس بگیرید.',\n];\n", file: 'lang/fa/telegram_bot.php' },
    { text: 'Your account expires in {{ hours }} hours. To renew it, message {{ telegram_account }} on Telegram.', file: 'a.liquid' },
    // A support page in a plain-text Markdown link or written out still counts; only a page to read does not.
    // Problems and suggestions sent to the address the letter gives.
    { text: 'Your order has shipped.\nIf you run into problems or have suggestions, please send them to our email address.', file: 'a.txt' },
    { text: 'سفارش شما ارسال شد.\nچنانچه با مشکلی مواجه شدید یا نظری دارید، لطفا آن را به ایمیل ما ارسال نمایید.', file: 'a.txt' },
    // Django's custom tag that prints the contact; a help centre's front page.
    { text: '{% load sentry_helpers %}Your account was deactivated. If you did not do this, please contact {% security_contact %}.', file: 'a.html' },
    { text: 'Your export failed.\n\nNeed a little more help?\n - https://www.sentry.help/ (Help Center)\n', file: 'a.txt' },
    { text: 'سفارش شما لغو شد.\n\nبه کمک بیشتری نیاز دارید؟ https://help.shop.ir/\n', file: 'a.txt' },
    { text: 'Your account will be suspended next week unless you sign in. Questions? [Ask our support team](https://example.com/accounts-support/new-request).', file: 'a.txt' },
    { text: 'Your account will be suspended next week unless you sign in. Questions? https://example.com/support', file: 'a.txt' },
    { text: 'حساب شما تا یک هفته دیگر غیرفعال می‌شود مگر اینکه وارد شوید. سؤالی دارید؟ [پشتیبانی](https://shop.ir/support)', file: 'a.txt' },
    { text: 'سفارش شما ارسال شد و تا سه روز کاری به دستتان می‌رسد. سؤالی دارید؟ {{ site_url }}/contact', file: 'a.liquid' },
    // "Reply STOP" next to a real invitation does not cancel it.
    { text: 'Your order 5521 has shipped. Questions? Call us at +1 (555) 010-2030. Reply STOP to opt out.' },
    // A saved reply's fill-in for the writer's name is a person signing ("your" is the writer there).
    { text: 'Hi there,\n\nThanks for your patience while we looked into the billing error on your account.\n\nBest regards,\n<Your name>' },
    { text: 'Hi there,\n\nThanks for your patience while we looked into the billing error on your account.\n\nBest,\nAGENT_NAME' },
    // A question invited by reply is still an invitation, next to a survey or not.
    { text: 'سلام {name}،\nاز خرید شما سپاسگزاریم. اگر سؤالی درباره‌ی سفارش دارید، پاسخ دهید تا راهنمایی‌تان کنیم.\nبا احترام،\nفروشگاه بهار' },
    // A channel other than a reply still counts where replies are turned away.
    { text: 'Your invitation request was declined this time. Please do not reply to this email; use the contact form on our website instead.' },
    { text: 'درخواست شما این بار پذیرفته نشد. لطفاً به این ایمیل پاسخ ندهید و برای پرسش‌هایتان از صفحه تماس با ما استفاده کنید.' },
    // A number grouped like a North American phone, a toll-free line, and support pages written without a scheme.
    { text: 'Your repair is booked for Tuesday morning. Questions? 555-010-2030.' },
    { text: 'Your repair is booked for Tuesday morning. Toll-free: 1 800 555 0199.' },
    { text: 'Your repair is booked for Tuesday morning. Questions? Visit acme.example/support any time.' },
    { text: 'تعمیر دستگاه شما برای سه‌شنبه صبح رزرو شد. سؤالی دارید؟ به support.bahar.example سر بزنید.' },
    // Variables whose names say where replies or a support case go.
    { text: 'Your policy renewal is due next month and the new terms are attached. Questions? Write to {{ reply_to }}.', file: 'a.liquid' },
    { text: 'پرونده‌ی پشتیبانی شما باز شد و کارشناس ما آن را بررسی می‌کند. روند آن را در {{ case_url }} دنبال کنید.', file: 'a.liquid' },
    // A community chat counts when the prose sends the reader there to ask.
    { text: 'We use this tracker for bugs only and close questions here. If you have a question, please ask it in our [Discord channel](https://discord.gg/abc123).', file: 'a.md' },
    { text: '<p>این بخش فقط برای گزارش خطاست و پرسش‌ها اینجا بسته می‌شوند.</p><p>برای پرسش‌هایتان به <a href="https://discord.gg/xyz789">سرور Discord</a> ما بیایید.</p>', file: 'a.html' },
    // Replying named as the way to do something, in Persian as in English ("by replying to this email").
    { text: 'پاسخ جدیدی برای تیکت شما ثبت شد. شما می‌توانید با پاسخ دادن به این ایمیل، پاسخ خود را برای تیم پشتیبانی ارسال کنید.' },
    // The reader's own support ticket is a thread where staff answer.
    { text: '<p>تیکت پشتیبانی شما با موفقیت ثبت شد و به زودی بررسی می‌شود.</p><p><a href="{{ route(\'user.tickets.show\', $ticket->id) }}">مشاهده تیکت</a></p>', file: 'a.blade.php' },
    { text: '<p>We received your request and an agent will look at it within one working day.</p><p><a href="https://help.example/requests/8812">View your ticket</a></p>', file: 'a.html' },
    // A one-word first name after a sign-off is a person when the letter does not use it as its brand.
    { text: 'سلام {name}،\nسفارش شما ارسال شد و تا دو روز دیگر به دستتان می‌رسد.\n\nبا سپاس،\nمریم' },
    // A Persian signer without a sign-off word: a family name's suffix, a given name, or a role line under the name.
    { text: 'سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود.\n\nشیوا نوروزی' },
    { text: 'سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود.\n\nآوا شمس\nکارشناس پشتیبانی' },
    { text: '<p>سفارش شما بسته‌بندی شد و فردا صبح از انبار ما ارسال می‌شود.</p><p>مریم</p>', file: 'a.html' },
    // A mailbox the template spells out on the site's own domain is the sender's address.
    { text: 'Hi {{ name }},\n\nYour order has shipped. Questions? Write to support@{{ shop_domain }}.\n\nThe Acme Team', file: 'a.liquid' },
    { text: 'سلام {{ name }}،\nسفارش شما ارسال شد. سؤالی دارید؟ به support@{{ shop_domain }} بنویسید.\nتیم بهار', file: 'a.liquid' },
    // The writer's own line in the first person or as an idiom ("contact me", "give us a call", "shoot us an email").
    { text: 'Hello {{ name }},\n\nYour trial ends tomorrow. Feel free to contact me if anything is unclear.\n\nBest,\n{{ company }}' },
    { text: 'Hello {{ name }},\n\nYour trial ends tomorrow. Give us a call if anything is unclear.\n\nBest,\n{{ company }}' },
    { text: 'Hello {{ name }},\n\nYour trial ends tomorrow. Shoot us an email if anything is unclear.\n\nBest,\n{{ company }}' },
    // The writer introduces themselves by name.
    { text: "Hi {{ name }},\n\nI'm Sarah, your account manager at Acme. Your trial ends in three days.\n\nThe Acme Team" },
    { text: 'Hi {{ name }},\n\nMy name is Dana Ortiz and I look after new accounts. Your trial ends in three days.\n\nThe Acme Team' },
    // A variable that ends in a person's role prints that person.
    { text: 'Hi {{ name }},\n\nYour renewal is due next week and the new price is attached.\n\nYour account manager,\n{{ account_manager }}' },
    // A link named only "a link", in a sentence about the reader's ticket, is the ticket thread.
    { text: 'Dear %%NAME%%,\n\nYour support ticket "%%SUBJECT%%" has been updated. You can view the status of your ticket here:\n%%TRACK_URL%%\n\nSincerely,\n\n%%SITE_TITLE%%\n%%SITE_URL%%' },
    { text: 'سلام %%NAME%%،\nتیکت شما به‌روز شد. وضعیت تیکت خود را اینجا ببینید:\n%%TRACK_URL%%\nبا احترام،\n%%SITE_TITLE%%' },
    // The sender's own tracker named by its host ("open a GitHub issue and we can look into it").
    { text: 'Hello {{ name }},\n\nIf you are still getting these emails, please open a [GitHub Issue](https://github.com/acme/acme/issues) and we can look into it.\n\nThe Acme Team', file: 'a.md' },
    // A decision's status page (an appeal) is where staff answer.
    { text: 'Hello,\n\nYour appeal was received. You can view the status of your request here: {{ appeal_status_url }}\n\nThe Team' },
    // Or a link the sentence sends the reader to in order to write back (HESK's staff-reply notice).
    { text: '<p>Dear %%NAME%%,</p><p>We have just replied to "%%SUBJECT%%".</p><p>To read the message, submit a reply and view details, please visit:</p>%%TRACK_URL%%<p>Sincerely,</p>%%SITE_TITLE%%', file: 'a.html' },
    { text: 'سلام %%NAME%%،\nبه درخواست «%%SUBJECT%%» پاسخ دادیم. برای خواندن و ارسال پاسخ به این نشانی بروید:\n%%TRACK_URL%%\nبا احترام،\n%%SITE_TITLE%%' },
    // The thing sent named before "to us" (BurgeShop's first order message).
    { text: 'مشتری گرامی\nبا تشکر از خرید شما\nهر گونه مطلب در مورد این سفارش، از طریق این پیام به شما ارسال می شود.\nهمچنین از این طریق شما می توانید پیام های خود را برای ما ارسال نمایید.' },
    // A meeting booked with a person.
    { text: '<p>Hi {{ name }},</p><p>Thanks for signing up. <a href="https://calendly.com/acme/demo">Book a call</a> to see the product.</p><p>The Acme Team</p>', file: 'a.html' },
    // The person who invited the reader is named.
    // FreeScout's agent variable signing; Zammad's ticket link (`#{config.fqdn}/#ticket/zoom/…` starts with "#").
    { text: '<p>Hello {%customer.firstName%},</p><p>Thanks for your message. We looked into the charge and refunded it.</p><p>Thanks,<br>{%user.fullName%}</p>', file: 'a.html' },
    { text: '<p>Hi #{recipient.firstname},</p><p>Your request (#{ticket.title}) has been updated by our team.</p><p><a href="#{config.http_type}://#{config.fqdn}/#ticket/zoom/#{ticket.id}">View ticket</a></p>', file: 'a.html' },
    { text: 'Hi,\n\n{{ inviter_name }} has invited you to join the {{ team_name }} workspace on Acme.\n\nAccept the invitation: {{ invite_url }}\n\nThe Acme Team', file: 'a.liquid' },
    // LimeSurvey signs with the survey administrator: `{ADMINNAME} ({ADMINEMAIL})` is the sender, not the reader.
    { text: 'Dear {FIRSTNAME},\nYou have been invited to participate in a survey titled "{SURVEYNAME}".\nTo participate, please click on the link below.\n{SURVEYURL}\n\nSincerely,\n\n{ADMINNAME} ({ADMINEMAIL})' },
    { text: '{FIRSTNAME} گرامی،\nاز شما برای شرکت در نظرسنجی «{SURVEYNAME}» دعوت شده است.\n{SURVEYURL}\n\nبا احترام،\n{ADMINNAME} ({ADMINEMAIL})' },
    { text: 'Hi {{name}},\nYour account is waiting for approval. Questions? Write to %ADMINEMAIL%.' },
    // An agent's signature written short (`agent_sign`, `staff_sign`).
    { text: 'Hello {{ name }},\n\n{{ content }}\n\n{{ agent_sign }}\n\nTicket ID: {{ ticket_number }}', file: 'a.twig' },
    { text: 'سلام {{ name }}،\n\n{{ content }}\n\n{{ staff_sign }}\n\nشماره تیکت: {{ ticket_number }}', file: 'a.twig' },
    // Who wrote the message, printed by a value: "Message sent by %s via Dolibarr", «ارسال شده توسط {0}».
    { text: 'Hello,<br>A new answer has been added to a ticket that you follow. Here is the message:<br>\n$message\nMessage sent by <b>%s</b> via Dolibarr', file: 'a.html' },
    { text: 'سلام،<br>پاسخ تازه‌ای به تیکتی که دنبال می‌کنید اضافه شد:<br>\n{message}\nپیام ارسال شده توسط {0}', file: 'a.html' },
    // A reply asked for: imperative, by a modal, by what it is sent to, or a help desk's reply marker.
    { text: 'Reply to this email if you need anything else with your order.' },
    { text: 'Hi {{name}},\nYour trial ends tomorrow. When replying, keep the ticket number in the subject.' },
    { text: '## Please type your reply above this line ##\nHi {{name}}, your request has been updated and is waiting for you.' },
    { text: 'مطمئن شوید پاسخ شما بالای این خط نوشته شود\n\nسلام {name}، درخواست شما به‌روز شد.' },
    { text: 'Hi {{name}}, your trial ends tomorrow. Please don\'t hesitate to reach out if you have any questions.' },
    // A feedback ask with no rating in the message is an invitation to write back.
    { text: 'Hi {{name}},\nThanks for staying with us last week. We would love to hear how it went.\nThe Harbor Hotel' },
    { text: 'سلام {name}،\nاز اقامت شما در هفته گذشته سپاسگزاریم. خوشحال می‌شویم نظرتان را بدانیم.\nهتل بندر' },
    // Our own people are not a third party; asking us is not asking someone else.
    { text: 'Hi {{name}},\nYour order has shipped. Questions? Talk to one of our agents any time.' },
    { text: 'سلام {name}،\nسفارش شما ارسال شد. هر سؤالی داشتید از ما بپرسید.' },
    // A forum link that names staff ("ask our moderators") reaches people who answer.
    { text: '<p>Your post was hidden.</p><p><a href="https://forum.acme.example/c/staff">Ask our moderators</a> if you think this is a mistake.</p>', file: 'a.html' },
    // Offering the contact form is a channel.
    { text: 'Hi {{name}},\nYour order has shipped. If anything is wrong, use the contact form on our website.\nAcme Shop' },
    // A person named on the last line after a sign-off is still a person.
    { text: 'Hi {{name}},\nYour account on Lemmy was approved. You can now log in and post.\n\nCheers,\nDana Ortiz' },
    { text: 'سلام {name}،\nسفارش شما ارسال شد. اگر مشکلی بود از صفحه تماس با ما پیام بفرستید.\nفروشگاه نمونه' },
  ],
});

// #13, contact by meaning: asking the reader to tell us more, saying we will hear them, their own issue to edit,
// and the brand's own domain making a one-word signer the company. Written for these tests.
ruleCases('missing-contact', {
  bad: [
    // An address named as the account something happened to is not one to write to (healthchecks' limit notice).
    { text: 'Hello,\nWe could not deliver a phone call because account {{ owner_email }} has reached its monthly limit.\n--\n[[Regards,]]\nThe Acme Team' },
    // An order's status page tracks the order; nobody answers there (Oscar's order confirmation).
    { text: 'Hello,\n\nYour order was received. You can view the status of this order at the URL below:\n{{ absolute_status_url }}\n\n[[The team]]' },
    // A link to follow a parcel is not a place to write back.
    { text: 'Dear %%NAME%%,\n\nYour order has shipped. To see the tracking details, please visit:\n%%TRACK_URL%%\n\n[[Sincerely,]]\n%%SITE_TITLE%%' },
    // A one-word signer that is the site's own domain is the company, not a person.
    { text: 'Hi {{ name }},\n\nYour password was changed. You can manage it at www.larkbook.com.\n\n[[— Larkbook]]' },
    { text: 'Hi {{ name }},\n\nThis message was sent from noreply@larkbook.io.\n\n[[Cheers,]]\nLarkbook' },
    { text: 'Hello,\n\nYour export is ready.\n\n[[Thanks,]]\nLarkbook\n\nPowered by Larkbook' },
    // Asking for more in a form is not a reply, nor is a rule to follow.
    { text: '[[Hi {{ name }}, your request was declined. Please explain in more detail using the appeal form on the site.]]' },
    { text: '[[Thanks for opening this issue. It does not follow our reporting guidelines, so please follow them next time.]]' },
    // Letters inside another word of a URL are not a contact page ("contactless", "chateau", "support-matrix"), nor
    // is a query key in an unsubscribe or preferences link; a trade noun makes a two-word signer the shop.
    { text: 'Hi {{ name }},\n\nYour card is ready. Read about contactless payments: https://larkbank.example/contactless\n\n[[Thanks,]]\nLark Bank' },
    { text: 'Hi {{ name }},\n\nYour case of reds has shipped. New in: https://larkwines.example/products/chateau-noir\n\n[[Lark Wines]]' },
    { text: 'Hi {{ name }},\n\nVersion 4 is out. Notes: https://docs.lark.example/support-matrix\n\nStop these emails: https://lark.example/unsubscribe?contact={{ id }}\n\n[[The Lark crew]]' },
    { text: '<p>Hi {{ name }},</p><p>Your report is ready.</p><p><a href="https://lark.example/preferences?contact=1">Email preferences</a></p><p>[[Lark Analytics]]</p>', file: 'a.html' },
  ],
  good: [
    { text: 'We closed this issue because we could not reproduce it. If you disagree, please explain what you expected and what happened instead.' },
    { text: 'This request is out of scope for now. If you feel strongly about it, we are happy to listen and to reconsider.' },
    { text: 'Your report is missing the version you use. Please update the issue with the version and the steps.' },
    { text: 'We could not reproduce this. If it still happens, ask us to reopen the issue and provide us with more detail.' },
    { text: 'Hi {{ name }},\n\nYour password was changed. If that was not you, write to help@larkbook.com.\n\n— Larkbook' },
    { text: 'Hi {{ name }},\n\nYour order shipped today.\n\nCheers,\nMira' },
    { text: 'Hi {{ name }},\n\nYour card is ready. Questions? https://larkbank.example/contact-us\n\nLark Bank' },
    { text: 'Hi {{ name }},\n\nYour card is ready. Our help desk: https://lark.zohodesk.example/portal\n\nLark Bank' },
    { text: '<p>Hi {{ name }},</p><p>Your report is ready. <a href="https://lark.example/?page=contact">Write to us</a>.</p>', file: 'a.html' },
  ],
});

// Session 7 (#13, from real-dev2's issue-tracker saved replies): a comment asked for in the thread is a reply; a
// tracker that belongs to another project is not ours; a signer that the text calls a mailing list or project is
// the organisation; the person who acted ({actor}) is a named human. Written for these tests.
ruleCases('missing-contact', {
  bad: [
    { text: '[[We cannot help here: this belongs to the plugin. Please file an issue on their issue tracker instead.]]' },
    { text: 'Dear submitter,\n\nThank you for sending your patch to the Larkbird mailing list. Results are below.\n\n[[Regards,]]\nLarkbird' },
  ],
  good: [
    { text: 'This issue was closed because the steps did not reproduce it. Please comment below with a minimal example if it still happens.' },
    { text: 'Thanks for filing this. It duplicates #12, so I am closing it, but if you think this was in error then do not hesitate to comment.' },
    { text: 'We could not reproduce the crash. Push a small example repository to GitHub and link it here so we can take a look.' },
    { text: 'Hello {recipient_display_name},\n\nYour discussion {title} was merged by {actor_display_name} into {target_title}.\n\nSee it here: {url}' },
  ],
});

// A chat or bot that asks for the reader's message in it (real-dev3's Telegram support bots).
ruleCases('missing-contact', {
  bad: [{ text: '[[حساب شما در این ربات مسدود شده است. دسترسی به سرویس تا اطلاع ثانوی ممکن نیست.]]' }],
  good: [
    { text: 'راهنمای ربات: برای ارتباط با پشتیبانی کافیست پیام خود را ارسال کنید.\nپیام شما مستقیم به مدیران می‌رسد.' },
    { text: 'نظرات شما به بهتر شدن خدمات کمک می‌کند. با دستور /feedback پیام خود را بنویسید.' },
  ],
});

// An organisation's fill-in where a signature goes (`[ORG_NAME]`, tasking-manager's plain-text mails) is the
// organisation signing, not a name to write to; `[AGENT_NAME]` still is a person.
test('a bracketed organisation fill-in signs as the organisation', () => {
  const mail = (signer: string) => `Hi [USERNAME],\n\nThe task you marked as done was set back to "More mapping needed".\n\nThank you very much for mapping!\n${signer}\n`;
  const found = (text: string) => lint(text, { filePath: 'templates/invalidation_message_en.txt' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.equal(found(mail('[ORG_NAME]')).length, 1);
  assert.equal(found(mail('[SITE_NAME]')).length, 1);
  assert.equal(found(mail('[AGENT_NAME]')).length, 0);
});

// Where the signer signs, a person's name variable is the signer, whatever it is called, unless the greeting addressed
// it; a link variable qualified after its link word is still that link.
test('a name variable under the sign-off signs; a qualified ticket link is a ticket page', () => {
  const found = (text: string, filePath = 'templates/status_change.txt') => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(found('Dear %CANDFULLNAME%,\n\nYour status for the position %JOBTITLE% has changed.\n\nTake care,\n%USERFULLNAME%\n%SITENAME%\n'), 0);
  assert.equal(found('Dear %USERFULLNAME%,\n\nYour status for the position %JOBTITLE% has changed.\n\nTake care,\n%USERFULLNAME%\n'), 1, 'the reader again, not a signer');
  assert.equal(found('<div>Hello {!!$user!!},<br><br>Click the link below to view your ticket<br>{!!$ticket_link_with_number!!}<br><br>Kind Regards,<br>{!!$system_from!!}</div>', 'resources/views/emails/check-ticket.blade.php'), 0);
});

// A nameless value is read by its sentence: "call %s" prints a number; "%1$s just invited you" a person (rule 7).
test('nameless values: a number to call, a person who acts toward the reader', () => {
  const found = (text: string) => lint(text, { filePath: 'templates/reminder.txt' }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(found('Hi %1$s,\n\nThis is a reminder about your appointment on %2$s. If you need to reschedule, please call %3$s.'), 0);
  assert.equal(found('سلام %1$s،\n\nیادآوری قرار شما در %2$s. در صورت نیاز به تغییر زمان، با %3$s تماس بگیرید.'), 0);
  assert.equal(found('Hey there,\n\n%1$s just invited you and shared "%2$s" with you. Activate your guest account to see it.'), 0);
  assert.equal(found('سلام،\n\n%1$s هم‌اکنون شما را دعوت کرد و «%2$s» را با شما به اشتراک گذاشت.'), 0);
  assert.equal(found('Hi %1$s,\n\nYour appointment on %2$s was moved to %3$s by the clinic system.'), 1, 'a value that is a date reaches no one');
});

// Rule 7 counts a person named in the letter: the one who decided, whether the sentence says it actively ("X has
// rejected your request") or passively ("rejected by X", «توسط X رد شد»). A reader's name or a thing is nobody else.
test('the person who decided on the reader\'s request is named in the letter', () => {
  const found = (text: string, filePath = 'templates/leave.html.twig') => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(found('<p>Hi {{ recipientFirstName }},</p>\n<p>{{ performerFullName }} has rejected your leave request for the following days:</p>\n<p>Thank you.</p>'), 0);
  assert.equal(found('<p>Hello {{ name }},</p>\n<p>Your expense report was approved by {{ approver_name }} today.</p>'), 0);
  assert.equal(found('Your authorisation request has been rejected by %created_by%.\n\n%list%\n\nPlease review your requests at: %url%', 'templates/approval.txt'), 0);
  assert.equal(found('درخواست شما توسط %created_by% تایید شد\n\n%list%', 'templates/approval.txt'), 0);
  assert.equal(found('[%|loc(list.name,domain,rejected_by)%]Your message for list %1@%2 has been rejected by the moderator (%3).[%END%]', 'mail_tt2/reject.tt2'), 0);
  // The reader's own name, a thing, or the shop is no one else.
  assert.equal(found('<p>Hi {{ recipientFirstName }},</p>\n<p>{{ recipientFirstName }} has rejected the invitation for the following days.</p>'), 1);
  assert.equal(found('<p>Hello {{ name }},</p>\n<p>Your order was cancelled by {{ store_name }} because the item is out of stock.</p>'), 1);
  assert.equal(found('<p>Hello {{ name }},</p>\n<p>Your refund was approved by {{ payment_gateway }} and is on its way.</p>'), 1);
  assert.equal(found('سلام {name}، سفارش شما توسط {shop_name} لغو شد.', 'templates/cancel.txt'), 1);
});

// The contact form the reader just used, named in an auto-reply to it, is no new way to write; a button's text printed
// by a translation call is not a signer.
test('an auto-reply naming the form the reader used, and a translated button, give no one to reach', () => {
  const found = (text: string, filePath = 'mail/contact_confirm.txt') => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(found('Hello and thank you for the question you just sent us via the contact form.\n\nWe will get back to you soon.\n\nWith best wishes,\n\nYour Donation Service'), 1);
  assert.equal(found('سلام و سپاس از سؤالی که همین حالا از طریق فرم تماس با ما فرستادید.\n\nبه‌زودی پاسخ می‌دهیم.\n\nبا احترام،\nخدمات اهدا'), 1);
  assert.equal(found('Questions? Use the contact form on our site and we will answer within a day.\n\nYour Donation Service'), 0, 'offered, it counts');
  assert.equal(found('Thanks for suggesting this change. Unfortunately, we are not accepting new integrations right now.\n\nFeel free to question this answer on our developer mailing list.'), 0, 'a list where the team answers');
  assert.equal(found('Thanks for suggesting this change. Unfortunately, we are not accepting new integrations right now.\n\nYou could ask on their mailing list instead.'), 1, 'someone else\'s list');
  assert.equal(found('Hi,\n\nThanks for reporting this annotation. We appreciate you taking the time to contact us. However, we have decided not to remove it.\n\n- The volunteers'), 1, 'thanks for having written invites nothing');
  assert.equal(found('<p>Dear {{ employee_name }},<br><br>Please take a few minutes to fill in this exit questionnaire.<br><br><a class="btn" href="{{ web_form_link }}">{{ _(\'Submit Now\') }}</a></p>', 'templates/exit_questionnaire.html'), 1);
});

// More of rule 7's named people, from real-dev11: the inviter printed by a helper ("<%= user_display_name(@user) %>
// has invited you"), the owner of the space the reader is invited to ("invited to {{InvitingUser}}'s instance");
// and the reader's own address linked after "sent to" is no one to write to.
test('an inviter named by a helper or a possessive is a person; the reader\'s own address is not a contact', () => {
  const found = (text: string, filePath: string) => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(found('<%= user_display_name(@user) %> has invited you to collaborate on the project "<%= @project.name %>".\n\nLog in at <%= webapp_url() %> and you will see the project.', 'templates/project_invite.text.eex'), 0);
  assert.equal(found('<p>You have been invited to {{InvitingUser}}\'s library.</p>\n<p>Please click the link below to set up your account.</p>', 'EmailConfirm.html'), 0);
  assert.equal(found('<p>You have been invited to {{ site_name }}\'s library.</p>\n<p>Please click the link below to set up your account.</p>', 'EmailConfirm.html'), 1, 'a site is no one');
  const lockout = '<h2>Your account has been locked</h2>\n<p>Your account {{ account }} was locked after too many failed sign-ins.</p>\n<p>&mdash; The Acme Team</p>\n<p>This email was sent to <a href="mailto:{{ targetEmail }}">{{ targetEmail }}</a> by Acme.</p>';
  assert.equal(found(lockout, 'account.lockout.html'), 1);
  assert.equal(found(lockout.replace('&mdash; The Acme Team', 'Questions? Write to <a href="mailto:help@acme.example">our support team</a>.'), 'account.lockout.html'), 0);
});

// A partial or a layout is a piece of the emails that include it: judged alone, every footer would lack a contact.
test('a partial or a layout is not judged as a whole letter; the emails that use it are', () => {
  const at = (text: string, filePath: string) => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  const body = '<p>Your order has shipped and will arrive on Monday.</p>\n<p>Thanks,<br>The Acme team</p>\n';
  assert.equal(at(body, 'app/views/order_mailer/shipped.html.erb'), 1);
  assert.equal(at(body, 'app/views/shared/_purchased_items.html.erb'), 0, 'a Rails partial');
  assert.equal(at(body, 'templates/emails/partials/footer.hbs'), 0, 'a folder of partials');
  assert.equal(at(`<html><body>${body}<%= yield %></body></html>`, 'app/views/order_mailer/frame.html.erb'), 0, 'a layout by its slot');
  assert.equal(at(`<html><body>{{{body}}}${body}</body></html>`, 'content/emails/wrapper.hbs'), 0);
  assert.equal(at(`<div>@yield('content')</div>${body}`, 'resources/views/emails/frame.blade.php'), 0);
  // Persian likewise, and a site whose code lives under www/includes/ is not a folder of partials.
  const fa = '<p>سفارش شما ارسال شد و دوشنبه می‌رسد.</p>\n<p>با تشکر،<br>تیم فروشگاه</p>\n';
  assert.equal(at(fa, 'views/emails/_footer.html.erb'), 0);
  assert.equal(at(fa, 'www/includes/site/templates/emails/shipped.html'), 1);
});

test('a role signing (postmaster, moderators) is nobody to reach; a QWeb company phone with a fallback is a channel', () => {
  const found = (text: string, file = 'a.txt') => lint(text, { filePath: file }).findings.map((f) => f.ruleId).sort();
  // Written for this test.
  assert.deepEqual(found('Dear #{name},\n\nYour attachment was too large to deliver.\n\nRegretfully,\n\nPostmaster of #{config.host}\n', 'bounce.txt.erb'), ['faceless-signoff', 'missing-contact']);
  assert.deepEqual(found('Hi {{name}},\n\nYour post was moved to the right board.\n\nThanks,\nThe Moderators\n', 'moved.hbs').filter((id) => id !== 'name-without-fallback'), ['faceless-signoff', 'missing-contact']);
  const odoo = `<?xml version="1.0" encoding="utf-8"?>\n<odoo>\n<record id="invite" model="mail.template">\n<field name="subject">Your account</field>\n<field name="body_html" type="html">\n<div>Dear <t t-out="object.partner_id.name or ''">Marc</t>, your portal account is ready.</div>\n<div><t t-out="object.user_id.company_id.phone or ''">+1 555 0100</t></div>\n</field>\n</record>\n</odoo>\n`;
  assert.ok(!found(odoo, '/m/data/mail_template_data.xml').includes('missing-contact'));
});

test('Persian: a person who acted on what is the reader\'s is named («%{commenter} روی یادداشت شما نظر داد»); a vocative is not', () => {
  const found = (text: string) => lint(text, { filePath: 'a.hbs' }).findings.some((f) => f.ruleId === 'missing-contact');
  // Written for this test.
  assert.equal(found('{{ reviewer }} روی یکی از درخواست‌های شما نظر داد.\n\nجزئیات: {{ url }}'), false);
  assert.equal(found('{{ editor }} یکی از پرسش‌هایی را که شما در آن شرکت کرده‌اید، بسته کرد.'), false);
  assert.equal(found('[Forum] \u202b{{ moderator }} پست شما را ویرایش کرد\u202c'), false);
  assert.equal(found('{{ name }} عزیز، همکار ما سفارش شما را ارسال کرد.'), true);
  assert.equal(found('سفارش شما ارسال شد.\n\nتیم فروشگاه'), true);
});

test('an inviter named in the present tense, inside a translated sentence, is a person (":UserName invites you")', () => {
  // Written for this test in the shape of a Laravel markdown mail.
  const blade = "@component('mail::message')\n@lang(':InviterName invites you to join the Acme workspace.', ['inviterName' => $inviterName])\n\n@lang('Thanks,')<br>\n{{ config('app.name') }}\n@endcomponent\n";
  assert.ok(!lint(blade, { filePath: 'resources/views/emails/invitation.blade.php' }).findings.some((f) => f.ruleId === 'missing-contact'));
  // The same letter without the inviter reaches nobody.
  const bare = blade.replace(':InviterName invites you to join', 'You are invited to join');
  assert.ok(lint(bare, { filePath: 'resources/views/emails/invitation.blade.php' }).findings.some((f) => f.ruleId === 'missing-contact'));
});

test('one bare English word closing a message with no sign-off is a product\'s footer, not a person signing', () => {
  const found = (text: string, file = 'a.html') => lint(text, { filePath: file }).findings.some((f) => f.ruleId === 'missing-contact');
  // Written for this test in the shape of Kanboard's PHP mail views.
  assert.equal(found('<p>To reset your password click on this link:</p>\n<p>{{ reset_url }}</p>\n<hr>\nTaskboard\n'), true);
  assert.equal(found('<p>Your export is ready to download.</p>\n<p>— Priya</p>\n'), false);
  assert.equal(found('<p>Your export is ready to download.</p>\n<p>Thanks,<br>Priya</p>\n'), false);
  assert.equal(found('<p>Your export is ready to download.</p>\n<p>Priya Raman</p>\n'), false);
});

test('a bare first name closes a message its writer speaks in as "I": a person signs', () => {
  // Written for this test.
  const letter = 'Hi {{first_name}},\n\nYour table for Friday is booked for four. I will be your host.\n\nAisha\n';
  assert.ok(!lint(letter, { filePath: 'a.hbs' }).findings.some((f) => f.ruleId === 'missing-contact'));
  // Without the writer's "I", the same bare word reads as the product's footer.
  assert.ok(lint(letter.replace(' I will be your host.', ''), { filePath: 'a.hbs' }).findings.some((f) => f.ruleId === 'missing-contact'));
});

// CakePHP's `__('{0} …', $value)` (Passbolt's account mails): `{0}` is the value the code fills in, and a value that
// does something to the reader's request, its address in brackets after it, is a person (the labelling guide's rule 7).
test("a person named by a translation call's {0}, acting on the reader's request, is someone to reach", () => {
  const denied = "<?php\necho $this->element('Email/module/text', ['text' => __(\n    '{0} ({1}) has denied your recovery request.',\n    $name,\n    Purifier::clean($admin['username']),\n)]);\n$text = __('Your organization recovery contacts have reviewed and rejected your account recovery request.');\necho $text;\n";
  const mc = (text: string) => lint(text, { filePath: 'templates/email/html/user_rejected.php' }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(mc(denied), 0);
  const invited = "<?php\n$text = '<h3>' . __('Welcome {0}', $user['first_name']) . ',</h3>';\n$text .= __('{0} just invited you to join passbolt at {1}', $admin['first_name'], $url);\n$text .= __('Let\\'s take the next five minutes to get you started!');\necho $text;\n";
  assert.equal(mc(invited), 0);
  // Without anyone acting, the same mail names no one.
  assert.equal(mc(denied.replace('{0} ({1}) has denied your recovery request.', 'Your recovery request was denied.')), 1);
  assert.equal(mc(invited.replace('{0} just invited you to join passbolt at {1}', 'You can now join passbolt at {1}')), 1);
});

// Canvas's SMS templates keep their English in `t('key', "…", …)`: the second argument is the text the reader gets.
test("Rails' t('key', \"default text\") in ERB is read as the message", () => {
  const erb = "<%= t('course_group', \"Your request to join the group %{group_name} for the course %{course_name} has been rejected.\", :group_name => asset.group.name, :course_name => asset.group.context.name) %>\n\n<%= t('more_info', 'More info at %{web_address}', :web_address => HostUrl.context_host(asset.group.context)) %>\n";
  const found = lint(erb, { filePath: 'app/messages/group_membership_rejected.sms.erb' }).findings;
  assert.ok(found.some((f) => f.ruleId === 'missing-contact'), 'a rejection with only a site link reaches no one');
  const replyable = erb.replace('More info at %{web_address}', 'Questions about it? Reply to this text');
  assert.ok(!lint(replyable, { filePath: 'app/messages/group_membership_rejected.sms.erb' }).findings.some((f) => f.ruleId === 'missing-contact'));
});

// A help-desk vendor's own home page in a footer ("Powered by www.tiledesk.com") is not a desk where anyone answers;
// a company's desk at such a vendor ("acme.zendesk.com") is.
test('a help-desk product home page is no contact link; a company desk hosted there is', () => {
  const mail = (href: string) => `<p>Hi,</p><p>Here's the transcript of your conversation with us, as you asked.</p><p>Browser: {{request.userAgent}}</p><p><a href="${href}">${href.replace(/^https?:\/\//, '')}</a></p>`;
  const mc = (href: string) => lint(mail(href), { filePath: 'templates/email/sendTranscript.html' }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(mc('http://www.tiledesk.com'), 1, "the vendor's home page, and the reader's browser string, reach no one");
  assert.equal(mc('https://acme.zendesk.com'), 0);
  assert.equal(mc('https://helpdesk.acme.com'), 0);
});

// SuiteCRM's case-update email quotes the agent: "$user_first_name $user_last_name said:". A person whose words the
// message carries is someone the reader can answer (guide rule 7); bare `$name` fill-ins are values, not words.
test('a value followed by "said:" or "wrote:" names the person the message quotes', () => {
  const mc = (text: string, filePath = 'case_update.txt') => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  const update = 'Hi $contact_first_name,\n\nYou have had an update to your case $acase_name (# $acase_case_number):\n$user_first_name $user_last_name said:\n$aop_case_updates_description';
  assert.equal(mc(update), 0);
  assert.equal(mc('<p>Hi {{ contact.first_name }},</p><p>Your case {{ case.name }} was updated.</p><p><strong>{{ update.author }} wrote:</strong></p><p>{{ update.body }}</p>', 'case_update.html'), 0);
  assert.equal(mc(update.replace('$user_first_name $user_last_name said:', 'Status: $acase_status')), 1, 'without a quoted person, a status line reaches no one');
  // A price is no fill-in: "$20 off" stays words.
  const price = lint('Hi Dana,\n\nYour $20 credit is ready and expires in 30 days.\n\nThe Team', { filePath: 'credit.txt' }).findings;
  assert.ok(price.some((f) => f.ruleId === 'missing-contact'));
});

// Real-dev28/29: a product's CamelCase name signing after a dash is the product ("- KoboToolbox"), not a person; and
// a demo site's login ("Username: org_admin1@example.com") is no address to write to.
test('a CamelCase product signing is no person; a login address is no contact', () => {
  const mc = (text: string) => lint(text, { filePath: 'expired_org_invite.txt' }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  const invite = 'Dear {{ username }},\n\nThe request you have sent to {{ recipient }} to join the {{ organization }} organization has expired.\n\n- KoboToolbox\n';
  assert.equal(mc(invite), 1);
  assert.equal(mc(invite.replace('- KoboToolbox', '- Tino Kreutzer')), 0, "a person's name after the dash still signs");
  assert.equal(mc(invite.replace('- KoboToolbox', '- Dana McKenzie')), 0, 'a Mc name is a name');
  const demo = 'Greetings from the Acme Team,\n\nTry the demo site with the details below.\n\nUsername: org_admin1@example.com\nPassword: password!\n\nHuman Acme Team\n';
  assert.equal(mc(demo), 1);
  assert.equal(mc(demo.replace('Username: org_admin1@example.com', 'Questions? Write to dana@acme.org')), 0);
});
