import { ruleCases } from '../../test/helpers/rule-cases';

const body = '\n\nHi Ana,\n\nYour refund went out today; it reaches your card in 3–5 days.\n\nSara\nsara@acme.example\n';
const bodyFa = '\n\nسلام آنا،\n\nمبلغ امروز به کارتتان برگشت و تا ۳ روز کاری می‌رسد.\n\nسارا\nsara@acme.example\n';
const hbs = '\n\nHi {{first_name}},\n\nYour refund went out today.\n\n{{agent_name}}\n{{agent_email}}\n';

ruleCases('cold-sender', {
  bad: [
    { text: `From: [[Notifications]] <notifications@acme.example>${body}` },
    { text: `From: "[[Acme Alerts]]" <alerts@acme.example>${body}` },
    { text: `From: [[Support System]] <help@acme.example>${body}` },
    { text: `From: [[Automated System]] <help@acme.example>${body}` },
    { text: `From: [[Mailer Daemon]] <postmaster@acme.example>${body}` },
    { text: `From: [[Acme (no-reply)]] <help@acme.example>${body}` },
    { text: `Subject: Your refund\nFrom: [[Acme Ticket System]] <desk@acme.example>${body}` },
    // The template has a sender variable: the rewrite names the person and keeps the company.
    { text: `From: [[Notifications]] <help@acme.example>${hbs}`, file: 'refund.hbs', fixed: `From: {{agent_name}} <help@acme.example>${hbs}` },
    { text: `From: [[{{shop.name}} Notifications]] <help@acme.example>${hbs}`, file: 'refund.hbs', fixed: `From: {{agent_name}} from {{shop.name}} <help@acme.example>${hbs}` },
    { text: `---\nfrom_name: "[[Acme Support System]]"\nsubject: Your refund\n---\n\nHi Ana,\n\nYour refund went out today. Just reply with any question.\n\nSara\n`, file: 'refund.md' },
    { text: 'en:\n  mailer:\n    from_name: "[[Acme Notifications]]"\n    welcome:\n      subject: "Welcome to Acme"\n      body: "Hi %{name}, welcome aboard. Sara"\n', file: 'config/locales/en.yml' },
    { text: `From: [[سیستم اطلاع‌رسانی]] <info@acme.example>${bodyFa}` },
    { text: `From: [[پشتیبانی سیستم]] <help@acme.example>${bodyFa}` },
    { text: `From: [[بدون پاسخ]] <info@acme.example>${bodyFa}` },
    { text: `From: "[[اعلان‌های فروشگاه آکمه]]" <info@acme.example>${bodyFa}` },
    { text: `From: [[سامانه پیامک آکمه]] <sms@acme.example>${bodyFa}` },
    { text: 'fa:\n  mailer:\n    from_name: "[[سیستم اطلاع رسانی]]"\n    welcome:\n      subject: "خوش آمدید"\n      body: "سلام %{name}، خوش آمدید. سارا"\n', file: 'config/locales/fa.yml' },
  ],
  good: [
    { text: `From: Sara at Acme <sara@acme.example>${body}` },
    // A team of people is not a system (the labelling guide flags a faceless team in a sign-off, not in the From name).
    { text: `From: Acme Support Team <help@acme.example>${body}` },
    { text: `From: Acme <hello@acme.example>${body}` },
    { text: `From: Acme Systems Ltd <hello@acme.example>${body}` },
    { text: `From: Fernhill Auto Repair <hello@fernhill.example>${body}` },
    { text: `From: Sara from Acme Support <sara@acme.example>${body}` },
    { text: `From: {{agent_name}} from {{shop.name}} <help@acme.example>${hbs}`, file: 'refund.hbs' },
    // A bare address has no display name (a noreply@ address is no-reply's finding).
    { text: `From: notifications@acme.example${body}` },
    // A name in the body, and a subject, are not the From name.
    { text: 'Subject: Notifications you asked for\n\nHi Ana,\n\nYou can turn off notifications in your settings. Reply with any question.\n\nSara\n' },
    { text: 'en:\n  date_range:\n    from: "From"\n    to: "To"\n', file: 'config/locales/en.yml' },
    { text: `From: تیم پشتیبانی آکمه <help@acme.example>${bodyFa}` },
    { text: `From: سارا از فروشگاه آکمه <sara@acme.example>${bodyFa}` },
    { text: `From: فروشگاه آکمه <hello@acme.example>${bodyFa}` },
    { text: `From: سیستم‌های نوین آکمه <hello@acme.example>${bodyFa}` },
    // The suppressions the doc page shows.
    { text: `{{!-- warmly-disable-next-line cold-sender --}}\nFrom: Notifications <n@acme.example>${hbs}`, file: 'a.hbs' },
    { text: 'en:\n  mailer:\n    # warmly-disable-next-line cold-sender\n    from_name: "Acme Notifications"\n', file: 'config/locales/en.yml' },
  ],
});
