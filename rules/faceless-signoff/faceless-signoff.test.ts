import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';
import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('faceless-signoff', {
  bad: [
    // A one-word name that heads the footer's postal address is the company signing; so is a "[Company Name]" fill-in.
    { text: '<p>Here is what happened on your boards this week.</p><p>Cheers,<br>[[Pastel]]</p><p>Pastel<br>1234 S. Broadway St.<br>Denver, CO 80203</p>', file: 'a.html' },
    { text: 'Thanks for your patience while we fixed the billing error.\n\nBest regards,\n[[<Company Name>]]' },
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
    // A company's variable where the signature goes: the company signs, whatever the placeholder dialect.
    { text: 'Your post was moved to the right forum so more people can see it.\n\nThanks,\n[[%%BOARD_NAME%%]]' },
    { text: 'Your parcel is on its way.\n\nBest,\n[[{{ shop.name }}]]', file: 'a.liquid' },
    { text: 'Your refund was processed today.\n\nThank you,\n[[{{var store.getName()}}]]', file: 'a.html' },
    { text: 'سفارش شما ارسال شد و به زودی به دستتان می‌رسد.\n\nبا احترام\n[[{{ $shop_name }}]]', file: 'a.blade.php' },
    // Signed with the name the letter itself gives its product.
    { text: 'Thanks for signing up with Lumio. Your trial starts today.\n\nCheers,\n[[Lumio]]' },
    // Locale files: the key says which value is the signature.
    { text: 'en:\n  mailer:\n    shipped:\n      body: "Your books left our warehouse today."\n      signoff: "[[The Bookworm Team]]"\n', file: 'en.yml' },
    { text: 'fa:\n  mailer:\n    shipped:\n      body: "سفارش شما امروز ارسال شد."\n      signature: "[[تیم فروشگاه کتاب]]"\n', file: 'fa.yml' },
    // The rewrite reuses the template's own sender variable, in its own dialect.
    { text: 'Your ticket was updated by %%AGENT_NAME%% this morning.\n\nThanks,\n[[The Support Team]]', fixed: 'Your ticket was updated by %%AGENT_NAME%% this morning.\n\nThanks,\n%%AGENT_NAME%% from the Support Team' },
    { text: 'Your refund was approved by ${object.user_id.name} today.\n\nBest regards,\n[[The Accounts Team]]', fixed: 'Your refund was approved by ${object.user_id.name} today.\n\nBest regards,\n${object.user_id.name} from the Accounts Team' },
  ],
  good: [
    // An instruction that names a team, on the last line, is not the team signing.
    { text: '<p>Your order shipped.</p><p><a href="/contact">Contact our support team</a></p>', file: 'a.html' },
    { text: 'Your order shipped.\n\nThanks,\nChat with the billing team any weekday.' },
    // A surname that is also a receipt word (the Tidewater sample): "Hannah Price" is a person, so the company line under her is fine.
    { text: '<p>Reply and it comes to me.</p><p>Thanks for shopping with us,<br>Hannah Price<br>Tidewater Shop<br>hannah@tidewatershop.com</p>', file: 'a.html' },
    // A saved reply's fill-in for the writer's name: a person will sign.
    { text: 'Thanks for your patience while we fixed the billing error.\n\nBest regards,\n<Your name>' },
    { text: 'Thanks for your patience while we fixed the billing error.\n\nBest,\nAGENT_NAME' },
    { text: 'Best regards,\nSara Lee\nThe Acme Team' },
    { text: 'Thanks,\nSara from the Acme support team' },
    { text: 'Cheers,\n{{agent.name}}\nAcme Support', file: 'a.hbs' },
    { text: 'Best,\nSara, Head of Support' },
    { text: 'Our support team is here to help.' },
    { text: 'Thanks for your order!\nDownload as PDF' },
    { text: 'با احترام،\nسارا احمدی\nتیم پشتیبانی' },
    { text: 'با سپاس،\nسارا از تیم پشتیبانی فروشگاه' },
    { text: 'تیم پشتیبانی ما همیشه آماده‌ی کمک است.' },
    // A sender variable signs as a person, in every dialect.
    { text: 'Your refund was processed today.\n\nThanks,\n%%AGENT_NAME%%' },
    { text: 'Your refund was processed today.\n\nKind regards,\n${object.user_id.name}' },
    { text: 'Your refund was processed today.\n\nBest,\n{{ .SenderName }}' },
    { text: 'Your refund was processed today.\n\nRegards,\n{$Agent->Name()}', file: 'a.tpl' },
    { text: 'Your refund was processed today.\n\n{SIGNATURE}' },
    { text: 'سفارش شما ارسال شد و به زودی به دستتان می‌رسد.\n\nبا احترام\n%%AGENT_NAME%%' },
    // A person whose name the letter also mentions is still a person.
    { text: 'I am Sara and I will look after your account from now on.\n\nCheers,\nSara' },
    { text: 'en:\n  mailer:\n    shipped:\n      body: "Your books left our warehouse today."\n      signoff: "Maya Okafor"\n', file: 'en.yml' },
    { text: 'fa:\n  mailer:\n    shipped:\n      body: "سفارش شما امروز ارسال شد."\n      signature: "سارا احمدی"\n', file: 'fa.yml' },
  ],
});

// The reader's own name is never offered as the signer: in CRM mail `{contact_name}` is the customer ("Dear
// {contact_name},"), so the rewrite signs with a sender variable instead (Akaunting's payment mails).
test('a sign-off rewrite never signs with the reader\'s contact name', () => {
  const text = 'Dear {contact_name},<br /><br />Thank you for the payment.<br /><br />Best Regards,<br />{company_name}';
  const f = lint(text, { filePath: 'payment_received_customer.html' }).findings.find((x) => x.ruleId === 'faceless-signoff');
  assert.ok(f, 'the company signs');
  const inserted = f.suggestions.flatMap((s) => s.edits.map((e) => e.text)).join(' ');
  assert.ok(!inserted.includes('{contact_name}'), inserted);
  assert.match(inserted, /\{sender_name\}/);
});

test('faceless-signoff: the message names the signature as written; a long or marked-up one keeps the stock wording', () => {
  const message = (text: string, file?: string) => lint(text, file ? { filePath: file } : {}).findings.find((f) => f.ruleId === 'faceless-signoff')?.message;
  assert.equal(message('Your order has shipped.\n\nBest regards,\nThe Acme Support Team\n'), 'Sign with a person\'s name: "The Acme Support Team" gives the reader nobody to answer.');
  assert.equal(message('Kind regards,\n{{ shop.name }} Support', 'a.liquid'), 'Sign with a person\'s name: "{{ shop.name }} Support" gives the reader nobody to answer.');
  assert.equal(message('با احترام،\nتیم پشتیبانی فروشگاه'), 'با نام یک آدم امضا کنید؛ «تیم پشتیبانی فروشگاه» کسی را برای پاسخ دادن به مخاطب معرفی نمی‌کند.');
  assert.equal(message('Thanks,\nThe Acme Holdings International Customer Experience Team'), 'Sign with a person\'s name: "The Team" gives the reader nobody to answer.');
});
