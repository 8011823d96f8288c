/**
 * The catalog layer on fixtures of every format, in English and Persian: which strings are linted, where the
 * findings land in the file, what suppressions do, and that --fix writes files that re-parse to the same keys.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { type Finding } from '../../server/engine';
import { fixText, lint } from '../../server/linter';
import { catalogKindFor, catalogKindOf, parseCatalog, type Catalog } from '../../server/engine/catalogs';
import { placeholders } from '../../server/engine/catalogs/placeholders';
import { skipLoudly } from '../helpers/skips';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const FILES = [
  'rails/config/locales/en.yml',
  'rails/config/locales/fa.yml',
  'i18next/locales/en/translation.json',
  'i18next/locales/fa/translation.json',
  'django/locale/fa/LC_MESSAGES/django.po',
  'django/locale/django.pot',
  'spring/src/main/resources/i18n/messages.properties',
  'spring/src/main/resources/i18n/messages_fa.properties',
  'symfony/translations/email.en.xlf',
  'symfony/translations/email.fa.xlf',
  'laravel/lang/en/mail.php',
  'laravel/lang/fa/mail.php',
  'odoo/acme_sale/data/mail_template_data.xml',
  'magento/i18n/en_US.csv',
  'magento/i18n/fa_IR.csv',
  'frappe/translations/fa.csv',
  'mantis/lang/strings_persian.txt',
];
const read = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');
const lintFixture = (f: string) => lint(read(f), { filePath: join(FIXTURES, f) }).findings;
const parsed = (f: string, text = read(f)): Catalog => {
  const c = parseCatalog(catalogKindOf(f, text)!, text, f);
  assert.ok(!('error' in c), `${f}: ${'error' in c ? c.error : ''}`);
  return c as Catalog;
};
const has = (fs: Finding[], ruleId: string, key: string) => fs.some((f) => f.ruleId === ruleId && f.catalogKey === key);

test('each fixture is recognised as a catalog of its format', () => {
  const kinds = FILES.map((f) => catalogKindOf(f, read(f)));
  assert.deepEqual(kinds, ['yaml', 'yaml', 'json', 'json', 'po', 'po', 'properties', 'properties', 'xliff', 'xliff', 'php', 'php', 'odoo', 'csv', 'csv', 'csv', 'php']);
});

test('Rails YAML: findings inside the strings, with their keys; UI strings and suppressed entries stay quiet', () => {
  const f = 'rails/config/locales/en.yml';
  const text = read(f);
  const found = lintFixture(f);
  assert.ok(has(found, 'generic-greeting', 'en.order_mailer.confirm_email.dear_customer'));
  assert.ok(has(found, 'generic-greeting', 'en.greetings.formal'));
  assert.ok(has(found, 'robotic-phrasing', 'en.order_mailer.confirm_email.intro'));
  assert.ok(has(found, 'no-reply', 'en.order_mailer.confirm_email.body'), 'inside a | block scalar');
  assert.ok(has(found, 'non-apology', 'en.order_mailer.cancel_email.dear_customer'), 'inside a double-quoted scalar after a \\n escape');
  // The alias repeats the anchor's text: one finding, where it is written.
  assert.ok(!found.some((x) => x.catalogKey?.startsWith('en.copy_of_greetings')));
  assert.ok(!found.some((x) => x.catalogKey?.startsWith('en.buttons')));
  assert.ok(!found.some((x) => x.catalogKey === 'en.order_mailer.cancel_email.note'), '# warmly-disable-next-line');
  // Whole-letter rules once per email, not once per string or per file.
  assert.equal(found.filter((x) => x.ruleId === 'missing-contact').length, 2);
  const greeting = found.find((x) => x.ruleId === 'generic-greeting' && x.catalogKey === 'en.order_mailer.confirm_email.dear_customer')!;
  assert.equal(text.slice(greeting.range.start, greeting.range.end), 'Dear Customer');
  const doubled = found.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.equal(text.slice(doubled.range.start, doubled.range.end), doubled.actual);
});

test('Persian catalogs are linted in Persian: YAML root key, .po Language header, file name of an escaped .properties', () => {
  assert.ok(has(lintFixture('rails/config/locales/fa.yml'), 'no-reply', 'fa.order_mailer.confirm_email.body'));
  const po = lintFixture('django/locale/fa/LC_MESSAGES/django.po');
  assert.ok(po.some((x) => x.ruleId === 'no-reply' && x.language === 'fa' && x.catalogKey?.startsWith('Dear customer')));
  assert.ok(po.some((x) => x.ruleId === 'no-reply' && x.catalogKey === 'You have %(count)d new message.[1]'), 'plural form msgstr[1]');
  assert.ok(!po.some((x) => x.ruleId === 'no-reply' && x.catalogKey === 'Please do not reply to this email.'), '#. warmly-disable-next-line no-reply');
  const props = lintFixture('spring/src/main/resources/i18n/messages_fa.properties');
  const text = read('spring/src/main/resources/i18n/messages_fa.properties');
  const noReply = props.find((x) => x.ruleId === 'no-reply')!;
  assert.equal(noReply.language, 'fa');
  // The range covers the \uXXXX escapes of the words, after the line continuation.
  assert.match(text.slice(noReply.range.start, noReply.range.end), /^\\u0644\\u0637\\u0641\\u0627 /);
  assert.ok(noReply.range.start > text.indexOf('<br>\\\n'));
});

test('.po: each entry keeps its own #: references and flags (a comment after a blank line opens the next entry)', () => {
  const c = parsed('django/locale/fa/LC_MESSAGES/django.po');
  const where = (key: string) => c.messages.find((m) => m.key === key)?.context;
  assert.equal(where('Save'), '#: accounts/forms.py:12');
  assert.match(where('The link expires in one hour. Click "Reset" to choose a new password.')!, /password_reset_message\.txt:9$/);
  assert.match(where('Please do not reply to this email.')!, /unknown_account_message\.txt:4$/);
  // Django's x_subject.txt and x_message.txt are one email.
  assert.equal(c.messages.find((m) => m.key === 'Save')!.group, 'accounts/forms.py');
  assert.equal(c.messages.find((m) => m.key.startsWith('Dear customer'))!.group, 'templates/account/email/password_reset#mail');
});

test('JSON: \\uXXXX escapes and nested keys; a .pot msgid is linted but never rewritten', () => {
  const json = lintFixture('i18next/locales/en/translation.json');
  assert.ok(has(json, 'no-reply', 'email.welcome.body'));
  assert.ok(!json.some((x) => x.catalogKey?.startsWith('nav.')));
  const pot = lintFixture('django/locale/django.pot');
  const noReply = pot.find((x) => x.ruleId === 'no-reply')!;
  assert.ok(noReply, 'msgid split over two lines');
  assert.equal(noReply.actual, 'Please do "\n"not reply to this email');
  assert.ok(pot.every((x) => x.suggestions.length === 0));
});

test('XLIFF 1.2 and 2.0: the target is the message, entities map to their source, CDATA and inline tags are never rewritten', () => {
  const en = lintFixture('symfony/translations/email.en.xlf');
  const text = read('symfony/translations/email.en.xlf');
  assert.ok(has(en, 'generic-greeting', 'registration.message'));
  assert.ok(has(en, 'no-reply', 'automated_email_dont_answer'), 'inside CDATA');
  assert.ok(en.find((x) => x.ruleId === 'no-reply')!.suggestions.length === 0, 'no rewrite inside CDATA');
  assert.ok(!en.some((x) => x.catalogKey === 'button.save'));
  // The email.* file name makes its units emails: the letter is judged once per group.
  assert.ok(has(en, 'missing-contact', 'registration.message'));
  const robotic = en.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.equal(text.slice(robotic.range.start, robotic.range.end), 'Please be advised that');
  const fixed = fixText(text, { filePath: join(FIXTURES, 'symfony/translations/email.en.xlf') }).text;
  assert.match(fixed, /ready &amp; waiting\. [^<]*<g id="1">the link<\/g> expires/, 'entity and inline element kept');
  const fa = lintFixture('symfony/translations/email.fa.xlf');
  assert.ok(fa.some((x) => x.ruleId === 'no-reply' && x.language === 'fa' && x.catalogKey === 'registration.message'), 'trgLang="fa"');
});

test('Laravel PHP arrays: nested keys, escapes in both quote styles, // suppression, interpolated strings left alone', () => {
  const en = lintFixture('laravel/lang/en/mail.php');
  const text = read('laravel/lang/en/mail.php');
  assert.ok(has(en, 'generic-greeting', 'order_shipped.greeting'));
  const robotic = en.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.equal(robotic.catalogKey, 'order_shipped.body');
  assert.equal(text.slice(robotic.range.start, robotic.range.end), 'Please be advised that');
  assert.ok(!en.some((x) => x.catalogKey === 'legacy_notice'), '// warmly-disable-next-line no-reply');
  assert.ok(!en.some((x) => x.catalogKey === 'dynamic'), '"$name" interpolation: not one literal');
  assert.ok(!en.some((x) => x.catalogKey?.startsWith('buttons')));
  const fixed = fixText(text, { filePath: join(FIXTURES, 'laravel/lang/en/mail.php') }).text;
  assert.match(fixed, /'We\\'ve shipped your order :number\. Just so you know, delivery/);
  assert.ok(!/:sender_name/.test(fixed), 'no Laravel placeholder the mailer does not pass');
  assert.ok(has(lintFixture('laravel/lang/fa/mail.php'), 'no-reply', 'order_shipped.body'));
  assert.equal(lintFixture('laravel/lang/fa/mail.php').find((x) => x.ruleId === 'no-reply')!.language, 'fa');
});

test('Odoo mail.template: subject and body_html are the email, read as HTML with QWeb tags; fixes keep the file well-formed XML', () => {
  const f = 'odoo/acme_sale/data/mail_template_data.xml';
  const text = read(f);
  const found = lintFixture(f);
  assert.ok(has(found, 'generic-greeting', 'email_template_order_shipped.body_html'));
  assert.ok(has(found, 'no-reply', 'email_template_order_shipped.body_html'));
  assert.ok(!found.some((x) => x.catalogKey?.startsWith('ir_cron')));
  const robotic = found.find((x) => x.ruleId === 'robotic-phrasing')!;
  assert.equal(text.slice(robotic.range.start, robotic.range.end), 'Please be advised that');
  const fixed = fixText(text, { filePath: join(FIXTURES, f) }).text;
  assert.equal(XMLValidator.validate(fixed), true);
  assert.match(fixed, /Just so you know, the courier/);
  assert.doesNotMatch(fixed, /object\.first_name|sender_name/, 'no QWeb variable the template did not have');
  assert.equal(catalogKindOf('/m/data/ir_cron_data.xml', '<odoo><record model="ir.cron"/></odoo>'), undefined);
  assert.equal(catalogKindOf('/p/pom.xml', '<project/>'), undefined);
});

test('Odoo: one mail.template record is one email, subject and body read together; a subject\'s "no" is left to the body', () => {
  const record = (id: string, subject: string, body: string) =>
    `  <record id="${id}" model="mail.template">\n    <field name="subject">${subject}</field>\n    <field name="body_html" type="html">\n${body}\n    </field>\n  </record>\n`;
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<odoo>\n${record('assigned', 'Ticket {{object.number}} assigned', '<p>Hello <t t-out="object.user_id.name"/>,</p><p>The ticket has been assigned to you.</p>')}${record(
    'refused',
    'Your refund request was declined',
    '<p>Hello <t t-out="object.partner_id.name"/>,</p><p>Thank you for writing to us.</p><p>We looked at your order closely. We can offer a replacement instead: reply to this email and Sara will send it today.</p>',
  )}</odoo>\n`;
  const found = lint(xml, { filePath: '/m/data/helpdesk_data.xml' }).findings;
  // The short record is still a letter (its body_html key does not make a group of its own): no one to reach.
  assert.ok(found.some((x) => x.ruleId === 'missing-contact' && x.catalogKey === 'assigned.body_html'));
  // The refusal in the subject has its way forward in the body: not a dead end.
  assert.deepEqual(found.filter((x) => x.ruleId === 'no-way-forward').map((x) => x.catalogKey), []);
  assert.ok(!found.some((x) => x.ruleId === 'missing-contact' && x.catalogKey?.startsWith('refused')));
});

test('CubeCart email XML: each <email> is a letter per version (HTML with the subject, plain text), CDATA read as it is; fixes stay inside CDATA', () => {
  // Written for this test in the shape of CubeCart's language/email_<locale>.xml.
  const email = (name: string, subject: string, html: string, plain?: string) =>
    `  <email name="${name}">\n    <subject><![CDATA[${subject}]]></subject>\n    <content type="html"><![CDATA[${html}]]></content>\n` +
    (plain ? `    <content type="text"><![CDATA[${plain}]]></content>\n` : '') + '  </email>\n';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<emails version="2.0" language="en-GB">\n${email(
    'cart.order_cancelled', 'Order Cancelled',
    '<p>Dear Customer,</p>\n<p>Order {$DATA.cart_order_id} has been cancelled & refunded. Please do not reply to this email.</p>',
    'Dear Customer,\n\nPlease be advised that order {$DATA.cart_order_id} has been cancelled & refunded. Please do not reply to this email.',
  )}${email('cart.payment_problem', 'Order Problem', '<p>Hi {$DATA.first_name|capitalize},</p>\n<p>We could not take the payment for order {$DATA.cart_order_id}. Reply to this email and Dana in our shop will sort it out with you.</p>')}</emails>\n`;
  const file = '/shop/language/email_en-GB.xml';
  assert.equal(catalogKindOf(file, xml), 'odoo');
  const found = lint(xml, { filePath: file }).findings;
  const at = (id: string) => found.filter((x) => x.ruleId === id).map((x) => x.catalogKey).sort();
  assert.deepEqual(at('generic-greeting'), ['cart.order_cancelled.content.html', 'cart.order_cancelled.content.text']);
  assert.deepEqual(at('no-reply'), ['cart.order_cancelled.content.html', 'cart.order_cancelled.content.text']);
  for (const f of found) assert.doesNotMatch(xml.slice(f.range.start, f.range.end), /CDATA|\]\]>/);
  // The letter that invites a reply and names a person is fine whole; the cancelled one reaches nobody.
  assert.deepEqual(at('missing-contact'), ['cart.order_cancelled.content.html', 'cart.order_cancelled.content.text']);
  assert.ok(!found.some((x) => x.catalogKey?.startsWith('cart.payment_problem') && x.ruleId !== 'name-without-fallback'));
  const fixed = fixText(xml, { filePath: file }).text;
  assert.equal(XMLValidator.validate(fixed), true);
  // A rewrite lands inside the CDATA section, unescaped; none brings a variable the mailer does not pass.
  assert.match(fixed, /<!\[CDATA\[Dear Customer,\n\nJust so you know, order \{\$DATA\.cart_order_id\} has been cancelled & refunded\./);
  assert.doesNotMatch(fixed, /sender_name|first_name\|default/);
  // Other XML beside the emails is not a catalog.
  assert.equal(catalogKindOf('/shop/language/email_definitions.xml', '<definitions><string name="a">x</string></definitions>'), undefined);
});

test('a catalog email\'s subject is a header: its "no" is a dead end when the body offers nothing, as in an email file', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<odoo>\n  <record id="refused" model="mail.template">\n    <field name="subject">Your refund request was declined</field>\n    <field name="body_html" type="html">\n<p>Hello <t t-out="object.partner_id.name"/>,</p><p>We looked at your order closely.</p><p>Regards, Sara Malik, Customer Care, sara@example.com</p>\n    </field>\n  </record>\n  <record id="closed" model="mail.template">\n    <field name="subject">The ticket {{object.number}} has been closed</field>\n    <field name="body_html" type="html">\n<p>Hello <t t-out="object.partner_id.name"/>,</p><p>Your ticket is now closed. Thanks for your patience.</p><p>Sara Malik, sara@example.com</p>\n    </field>\n  </record>\n</odoo>\n`;
  const found = lint(xml, { filePath: '/m/data/helpdesk_data.xml' }).findings.filter((x) => x.ruleId === 'no-way-forward');
  assert.deepEqual(found.map((x) => [x.catalogKey, x.actual]), [['refused.subject', 'Your refund request was declined']]);
});

test('every finding lands on exactly the source of characters of its message', () => {
  for (const f of FILES) {
    const text = read(f);
    const catalog = parsed(f);
    for (const x of lintFixture(f)) {
      const m = catalog.messages.find((n) => n.key === x.catalogKey);
      assert.ok(m, `${f}: ${x.catalogKey}`);
      assert.equal(x.actual, text.slice(x.range.start, x.range.end));
      if (x.range.start === x.range.end) continue;
      const i = m.starts.indexOf(x.range.start);
      const j = m.ends.lastIndexOf(x.range.end);
      assert.ok(i >= 0 && j >= i, `${f} ${x.ruleId} ${x.catalogKey}: range does not start and end on characters of the message`);
    }
  }
});

test('--fix keeps every catalog valid: same keys, only fixed strings differ, a second pass changes nothing', () => {
  let fixedSomewhere = 0;
  for (const f of FILES) {
    const path = join(FIXTURES, f);
    const before = read(f);
    const out = fixText(before, { filePath: path });
    fixedSomewhere += out.fixed;
    const a = parsed(f, before);
    const b = parsed(f, out.text);
    assert.deepEqual(b.messages.map((m) => m.key), a.messages.map((m) => m.key), f);
    if (f.endsWith('.yml')) parseYaml(out.text);
    if (f.endsWith('.json')) JSON.parse(out.text);
    if (f.endsWith('messages_fa.properties')) assert.ok(!/[^\x00-\x7f]/.test(out.text), 'an ASCII-escaped bundle stays ASCII');
    assert.equal(fixText(out.text, { filePath: path }).text, out.text, `${f}: second --fix`);
  }
  assert.ok(fixedSomewhere >= 4, `fixes applied: ${fixedSomewhere}`);
});

test('a fix never adds a placeholder the string did not have (the code would not pass it)', () => {
  const f = 'rails/config/locales/en.yml';
  const out = fixText(read(f), { filePath: join(FIXTURES, f) }).text;
  assert.ok(out.includes('dear_customer: Dear Customer,'), 'no name variable to use: left for a person');
  assert.ok(!/\{\{|%\{first_name\}/.test(out));
});

test('package.json, tsconfig.json and CI YAML are not catalogs; a locale file by name or folder is', () => {
  assert.equal(catalogKindOf('/p/package.json', '{"name": "x", "version": "1.0.0"}'), undefined);
  assert.equal(catalogKindOf('/p/tsconfig.json', '{"compilerOptions": {"strict": true}}'), undefined);
  assert.equal(catalogKindOf('/p/.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n'), undefined);
  assert.equal(catalogKindOf('/p/config/database.yml', 'default: &default\n  adapter: x\n'), undefined);
  assert.equal(catalogKindOf('/p/config/locales/devise.en.yml', 'en:\n  devise:\n    a: b\n'), 'yaml');
  assert.equal(catalogKindOf('/p/public/locales/fa/common.json', '{"a": "b"}'), 'json');
  assert.equal(catalogKindOf('/p/src/application.properties', 'server.port=8080\n'), undefined);
  assert.equal(catalogKindOf('/p/src/messages_fa.properties', 'a=b\n'), 'properties');
  // A name that only starts like a locale, and lists of records, are data.
  assert.equal(catalogKindOf('/p/test/eval/en-order-shipped.yml', 'text: Hello\n'), undefined);
  assert.equal(catalogKindOf('/p/data/cases.en.json', '{"rule": "x", "bad": [{"text": "Dear customer"}]}'), undefined);
  assert.equal(catalogKindOf('/p/config/locales/seeds.yml', 'users:\n  - name: Sara\n    note: hi\n'), undefined);
  assert.equal(catalogKindOf('/p/web/zh-Hant-TW.json', '{"a": "b"}'), 'json');
  assert.equal(catalogKindOf('/p/web/sr@latin.json', '{"a": "b"}'), 'json');
});

test('CSV translation tables (Magento, Frappe) and MantisBT strings files are catalogs; other CSV and .txt are not', () => {
  assert.equal(catalogKindOf('/p/app/code/Acme/Sales/i18n/fa_IR.csv', '"Save","ذخیره"\n'), 'csv');
  assert.equal(catalogKindOf('/p/apps/erpnext/erpnext/translations/fa.csv', 'Submit,ثبت,\n'), 'csv');
  assert.equal(catalogKindOf('/p/data/customers.csv', 'name,email\nSara,sara@example.com\n'), undefined);
  assert.equal(catalogKindOf('/p/i18n/fa_IR.csv', '1\n2\n3\n'), undefined, 'one column of numbers is no translation table');
  assert.equal(catalogKindOf('/p/lang/strings_persian.txt', "<?php\n$s_a = 'انتقال';\n"), 'php');
  assert.equal(catalogKindOf('/p/lang/strings_persian.txt', 'Just some notes.\n'), undefined);
  assert.equal(catalogKindOf('/p/docs/notes.txt', "<?php\n$s_a = 'x';\n"), undefined);
});

test('CSV catalogs: the second column is the message, quoted line breaks and doubled quotes map to the file; the source column is never rewritten', () => {
  const f = 'frappe/translations/fa.csv';
  const text = read(f);
  const c = parsed(f);
  assert.equal(c.language, 'fa');
  assert.deepEqual(c.messages.map((m) => m.key), ['Submit', 'Dear User,\nYour request has been rejected. Please do not reply to this email.', 'He said "thanks", then left without a word to anyone']);
  const found = lintFixture(f);
  const noReply = found.find((x) => x.ruleId === 'no-reply');
  assert.equal(noReply && text.slice(noReply.range.start, noReply.range.end), 'لطفا به این ایمیل پاسخ ندهید');
  assert.ok(found.some((x) => x.ruleId === 'generic-greeting' && x.actual === 'کاربر گرامی'));
  // Untranslated: the English source is the message, linted in English but never rewritten (it is the lookup key).
  const untranslated = parsed('i18n/fa.csv', '"Please do not reply to this email, it is not monitored.",\n');
  assert.equal(untranslated.messages[0].language, 'en');
  assert.equal(untranslated.messages[0].fixable, false);
  const bad = lint('"a","unclosed\n', { filePath: '/p/i18n/fa_IR.csv' }).findings;
  assert.equal(bad.length, 1);
  assert.match(bad[0].message, /csv catalog does not parse \(line 1: a quoted field is not closed\)/);
});

test('MantisBT strings files: one variable per string, a mail\'s strings read as one letter', () => {
  const found = lintFixture('mantis/lang/strings_persian.txt');
  assert.ok(has(found, 'no-reply', 's_new_account_do_not_reply'));
  assert.ok(found.some((x) => x.ruleId === 'missing-contact'), 'the new-account mail offers nobody to write to');
  assert.ok(!found.some((x) => x.catalogKey === 's_actiongroup_menu_move'));
});

test('a catalog that does not parse says so once, naming the format', () => {
  const found = lint('en:\n  a: "unclosed\n', { filePath: '/p/config/locales/en.yml' }).findings;
  assert.equal(found.length, 1);
  assert.equal(found[0].ruleId, 'catalog-syntax');
  assert.match(found[0].message, /yaml catalog does not parse/);
});

// Escaping property: any replacement a format's encoder accepts re-parses to exactly that text.
const TEMPLATES: Record<string, (v: string) => string> = {
  'config/locales/en.yml#double': () => 'en:\n  mail:\n    body: "Hello, dear reader"\n',
  'config/locales/en.yml#single': () => "en:\n  mail:\n    body: 'Hello, dear reader'\n",
  'config/locales/en.yml#plain': () => 'en:\n  mail:\n    body: Hello, dear reader\n',
  'config/locales/en.yml#block': () => 'en:\n  mail:\n    body: |\n      Hello,\n      dear reader\n',
  'locales/en/x.json': () => '{"mail": {"body": "Hello, dear reader"}}',
  'locale/x.po': () => 'msgid "a"\nmsgstr ""\n"Hello, "\n"dear reader"\n',
  'messages.properties': () => 'mail.body = Hello, \\\n   dear reader\n',
  'messages_fa.properties': () => 'mail.body=Hello, dear \\u0631eader\n',
  'lang/en/mail.php#single': () => "<?php\nreturn ['mail' => ['body' => 'Hello, it\\'s dear reader']];\n",
  'lang/en/mail.php#double': () => '<?php\nreturn [\'mail\' => [\'body\' => "Hello,\\n dear \\"reader\\""]];\n',
  'i18n/en_US.csv#quoted': () => '"a","Hello, dear reader"\n',
  'i18n/en_US.csv#plain': () => 'a,Hello dear reader\n',
  'lang/strings_english.txt': () => "<?php\n$a = 'Hello, it\\'s dear reader';\n",
  'translations/email.en.xlf': () => '<xliff version="1.2"><file><body><trans-unit id="mail.body"><source>x</source><target>Hello, &amp; dear reader</target></trans-unit></body></file></xliff>',
};

test('property: every replacement an encoder accepts re-parses to exactly the intended text (fixed seed)', () => {
  const piece = fc.constantFrom('a', ' ', '"', "'", '\\', '\n', '#', ': ', '{', 'سلام', '\u200c', '\t', '%', 'é', '😀', ',');
  const replacement = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));
  for (const [name, tpl] of Object.entries(TEMPLATES)) {
    const file = name.replace(/#.*/, '');
    const text = tpl('');
    const c = parsed(file, text);
    const m = c.messages.find((x) => x.key.endsWith('body') || x.key === 'a')!;
    const check = () => fc.assert(fc.property(replacement, fc.nat(m.text.length), fc.nat(m.text.length), (r, p, q) => {
      const start = Math.min(p, q);
      const end = Math.max(p, q);
      const encoded = m.encode(r, { start, end });
      if (encoded === undefined) return true;
      const from = start < m.text.length ? m.starts[start] : m.endOffset;
      const to = end > start ? m.ends[end - 1] : from;
      const next = text.slice(0, from) + encoded + text.slice(to);
      const again = parseCatalog(catalogKindOf(file, next)!, next, file);
      if ('error' in again) return false;
      const want = m.text.slice(0, start) + r + m.text.slice(end);
      // A replacement that leaves a string empty, or only white space, drops out of the catalog: nothing to compare.
      if (!want.trim()) return true;
      return again.messages.some((n) => n.key === m.key && n.text === want);
    }), { seed: 14, numRuns: 300 });
    assert.doesNotThrow(check, name);
  }
});

test('the real catalogs in ../shared/catalogs: every finding lies on characters of the message its key names', (t) => {
  const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'catalogs');
  if (!existsSync(shared)) return skipLoudly(t, 'the real-catalog range check', `${shared} is absent`, 'put the shared catalogs at ../shared/catalogs beside the clone');
  const files: string[] = [];
  const walk = (d: string) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (catalogKindFor(p)) files.push(p); } };
  walk(shared);
  assert.ok(files.length >= 10, `catalogs found: ${files.length}`);
  let findings = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const catalog = parseCatalog(catalogKindOf(f, text)!, text, f);
    assert.ok(!('error' in catalog), `${f}: ${'error' in catalog ? catalog.error : ''}`);
    assert.ok(catalog.messages.length >= 5, `${f}: ${catalog.messages.length} messages`);
    for (const x of lint(text, { filePath: f }).findings) {
      findings++;
      const m = catalog.messages.find((n) => n.key === x.catalogKey);
      assert.ok(m, `${f}: ${x.ruleId} on unknown key ${x.catalogKey}`);
      assert.ok(x.range.start >= m.starts[0] && x.range.end <= m.endOffset, `${f} ${x.catalogKey}: ${x.ruleId} outside its string`);
      assert.ok(m.starts.includes(x.range.start) || x.range.start === m.endOffset, `${f} ${x.catalogKey}: starts between characters`);
    }
  }
  assert.ok(findings >= 40, `findings: ${findings}`);
});

test('a page about email is not an email: whole-letter rules need a subject, a greeting or a mail namespace', () => {
  const json = JSON.stringify({
    email_not_confirmed: 'Email Address Not Confirmed',
    email_not_confirmed_text: 'Your email address has not yet been confirmed. Please click the link in the email we sent you.',
    email_not_confirmed_resend_button: 'Resend Confirmation Email',
    email_reset_subject: 'Reset your password',
    email_reset_text: 'You are receiving this email because we received a password reset request for your account.',
  }, null, 2);
  const found = lint(json, { filePath: '/app/lang/en.json' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.deepEqual(found.map((f) => f.catalogKey), ['email_reset_text']);
});

test('a catalog file that is one email (subject and body at its root, as osTicket keeps them) is judged as one letter', () => {
  const yml = '---\nsubject: |\n    Your ticket %{ticket.number} was received\nbody: |\n    <p>We received your request and will get back to you within two working days.</p>\n';
  const found = lint(yml, { filePath: '/app/include/i18n/en_US/templates/email/ticket.autoresp.yaml' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['body']);
  const ui = lint('title: Tickets\nbody: You have no open tickets right now, and nothing is waiting for you.\n', { filePath: '/app/i18n/en/page.yml' }).findings;
  assert.ok(!ui.some((f) => f.ruleId === 'missing-contact'), 'no subject: a page, not an email');
});

test('ICU plural and select arguments are placeholders, not broken merge tags; a real stray brace still is', () => {
  const json = JSON.stringify({ email: { digest: {
    subject: 'Your weekly digest',
    body: 'Hi {name}, you have {count, plural, one {# new message} other {# new messages}} waiting. {gender, select, female {She} male {He} other {They}} replied to your post.',
    footer: 'Questions about your {{plan}} plan? Write to {{support_email}}} any time, we read every message.',
  } } }, null, 2);
  const found = lint(json, { filePath: '/app/locales/en/translation.json' }).findings.filter((f) => f.ruleId === 'broken-merge-tag');
  assert.deepEqual(found.map((f) => f.catalogKey), ['email.digest.footer']);
});

test('survey-invitation reads an email split over keys as one letter: the signature in its own key names the sender', () => {
  const yaml = [
    'en:',
    '  survey_mailer:',
    '    invite:',
    '      subject: "Two minutes about your order?"',
    '      body: "Could you take our 2-minute survey? We read every answer and use them to decide what to fix first. Or just reply to this email."',
    '      signature: "Maya Okafor, Customer Care"',
    '',
  ].join('\n');
  const found = lint(yaml, { filePath: 'config/locales/en.yml' }).findings.filter((f) => f.ruleId === 'survey-invitation');
  assert.deepEqual(found.map((f) => f.message), []);
  // The same body with a team signature still lacks a name, and the finding lands in the body's string.
  const team = lint(yaml.replace('Maya Okafor, Customer Care', 'The Acme Team').replace(' Or just reply to this email.', ''), { filePath: 'config/locales/en.yml' }).findings;
  assert.ok(team.some((f) => f.ruleId === 'survey-invitation' && f.catalogKey === 'en.survey_mailer.invite.body'), JSON.stringify(team.map((f) => [f.ruleId, f.catalogKey])));
});

// PHP language files of the assignment kind (OpenCart's catalog/language/<locale>/mail/*.php, CodeIgniter's
// *_lang.php, XOOPS's define() files): every top-level statement sets a string. A PHP template that echoes is not one.
test('PHP assignment language files: OpenCart mail files are one letter each, with findings at their keys', () => {
  const en = 'opencart/catalog/language/en-gb/mail/refund.php';
  const fa = 'opencart/catalog/language/fa-ir/mail/refund.php';
  const ci = 'codeigniter/application/language/english/account_lang.php';
  assert.equal(catalogKindOf(en, read(en)), 'php');
  assert.equal(catalogKindOf(fa, read(fa)), 'php');
  assert.equal(catalogKindOf(ci, read(ci)), 'php', "CodeIgniter's `defined('BASEPATH') OR exit(…)` guard is not code");
  const template = '<?php echo $header; ?>\n<p>Dear Customer, your order <?php echo $order_id; ?> has shipped.</p>\n';
  assert.equal(catalogKindOf('opencart/catalog/view/theme/mail/order.php', template), undefined, 'a template that echoes is code');
  assert.equal(catalogKindOf('x/lang.php', "<?php\n$_['a'] = 'Hello';\nfunction f() { return 1; }\n"), undefined, 'a function beside the strings is code');
  assert.deepEqual(parsed(en).messages.map((m) => m.key), ['text_subject', 'text_greeting', 'text_refused', 'text_policy', 'text_note', 'text_thanks']);
  const found = lintFixture(en);
  assert.ok(has(found, 'generic-greeting', 'text_greeting'));
  assert.ok(has(found, 'robotic-phrasing', 'text_policy'));
  assert.ok(!has(found, 'robotic-phrasing', 'text_note'), '// warmly-disable-next-line above the assignment');
  assert.ok(found.some((x) => x.ruleId === 'no-way-forward'), 'a refusal with no way forward anywhere in the file');
  // One letter: missing-contact is reported once for the file.
  assert.equal(found.filter((x) => x.ruleId === 'missing-contact').length, 1);
  const faFound = lintFixture(fa);
  assert.ok(has(faFound, 'generic-greeting', 'text_greeting'));
  assert.ok(has(faFound, 'no-way-forward', 'text_refused'), 'inside a double-quoted PHP string');
  assert.equal(faFound.find((x) => x.ruleId === 'generic-greeting')!.language, 'fa');
  assert.ok(has(lintFixture(ci), 'no-reply', 'account_welcome'));
  // A fix writes into the PHP string and the file still parses to the same keys.
  const fixed = fixText(read(en), { filePath: join(FIXTURES, en) }).text;
  assert.match(fixed, /\$_\['text_policy'\]   = 'Just so you know,? our returns policy has changed\.';/);
  assert.deepEqual(parsed(en, fixed).messages.map((m) => m.key), parsed(en).messages.map((m) => m.key));
});

// A button string is the label of a link the mailer renders: OpenCart's `button_contact` («تماس با ما») in a mail
// file is a way to reach someone; the same file without it is missing a contact.
test('PHP assignment language files: a contact button in an HTML mail file is a contact link', () => {
  const f = 'opencart/catalog/language/fa-ir/mail/gdpr_deny.php';
  assert.ok(!lintFixture(f).some((x) => x.ruleId === 'missing-contact'));
  const without = read(f).replace(/\$_\['button_contact'\][^\n]*\n/, '');
  const found = lint(without, { filePath: join(FIXTURES, f) }).findings;
  assert.ok(found.some((x) => x.ruleId === 'missing-contact'));
});

// An OpenCart mail file whose body string is an email by its key (`text_main_content`) and whose contact sits in
// another string (`text_no_reply`, with labels around them) is one email: the contact there counts for it.
test('PHP assignment language files: a mail file with one email by key reads its other message strings with it', () => {
  const file = "<?php\n$_['text_payment_method'] = 'Payment Method:';\n$_['col_qty'] = 'Qty ';\n$_['text_footer'] = 'Thanks again for shopping with us.<br/><br/>Questions about this refund? Write to our care desk at care@shop.example and a person will answer.';\n$_['text_title'] = 'Refund notice for order %s';\n$_['text_main_content'] = 'Dear %s,<br/>We have refunded order %s on %s.<br/><br/>The details of the refund are below:';\n";
  const at = (path: string) => lint(file, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(at('shop/catalog/language/english/mail/order_refunded.php'), 0);
  assert.equal(at('shop/catalog/language/english/mail/order_refunded.php'.replace('mail/', 'mail/x/').replace('/x/', '/')), 0);
  // Without the contact string the email has no one to reach.
  assert.equal(lint(file.replace(/\$_\['text_footer'\][^\n]*\n/, ''), { filePath: 'shop/catalog/language/english/mail/order_refunded.php' }).findings.filter((f) => f.ruleId === 'missing-contact').length, 1);
});

// Whole-array PHP language files: Sharetronix's `$lang = array(…)`, phpBB's `$lang = array_merge($lang, array(…))`
// after its `if (empty($lang) …) { $lang = array(); }`; heredoc bodies without interpolation (TrellisDesk).
test('PHP language files: whole-array assignments and plain heredocs are read as strings', () => {
  const sharetronix = "<?php\n\n$lang = array (\n  'signup_email_subject' => 'حساب شما در #SITE_TITLE# ساخته شد',\n  'signup_email_hello' => 'سلام,',\n  'signup_email_message' => 'برای فعال کردن حساب خود روی این پیوند بزنید: #LINK#',\n  'signup_email_signature' => 'موفق باشید,\n#SITE_TITLE#',\n)\n\n?>";
  const path = 'tt/languages/fa/email/signup.php';
  assert.equal(catalogKindOf(path, sharetronix), 'php');
  assert.deepEqual(parsed(path, sharetronix).messages.map((m) => m.key), ['signup_email_subject', 'signup_email_hello', 'signup_email_message', 'signup_email_signature']);
  const found = lint(sharetronix, { filePath: path }).findings;
  assert.equal(found.filter((f) => f.ruleId === 'missing-contact').length, 1, 'one email, signed by the site only');

  const phpbb = "<?php\n/** @package language */\nif (!defined('IN_PHPBB'))\n{\n\texit;\n}\n\nif (empty($lang) || !is_array($lang))\n{\n\t$lang = array();\n}\n\n$lang = array_merge($lang, array(\n\t'ACCOUNT_ACTIVE'\t=> 'Your account has now been activated.',\n\t'EMAIL_SENT'\t\t=> 'Please be advised that the email has been sent.',\n));\n";
  const p2 = 'phpbb/language/en/ucp.php';
  assert.equal(catalogKindOf(p2, phpbb), 'php');
  assert.deepEqual(parsed(p2, phpbb).messages.map((m) => m.key), ['ACCOUNT_ACTIVE', 'EMAIL_SENT']);
  assert.ok(has(lint(phpbb, { filePath: p2 }).findings, 'robotic-phrasing', 'EMAIL_SENT'));

  const heredoc = "<?php\n\n$lang['ticket_hold'] = <<<EOF\nPlease be advised that your ticket is on hold.\nEOF;\n\n$lang['with_var'] = <<<EOF\nHello $name\nEOF;\n";
  const p3 = 'helpdesk/languages/en/lang_email_content.php';
  assert.equal(catalogKindOf(p3, heredoc), 'php');
  const c = parsed(p3, heredoc);
  assert.deepEqual(c.messages.map((m) => [m.key, m.text]), [['ticket_hold', 'Please be advised that your ticket is on hold.']]);
  assert.deepEqual(c.unmapped, ['with_var'], 'a heredoc that interpolates is left alone');
  // A fix writes into the heredoc and the file parses again to the same keys.
  const fixed = fixText(heredoc, { filePath: p3 }).text;
  assert.match(fixed, /<<<EOF\n(?:Just so you know, y|Y)our ticket is on hold\.\nEOF;/);
  assert.deepEqual(parsed(p3, fixed).messages.map((m) => m.key), ['ticket_hold']);
});

// A mail catalog's bare frame strings (`header`, `footer`) wrap every email of the file: each email is judged with
// them, each gets its own whole-letter finding on its own string, and a finding in the footer's words is reported once.
test('mail catalogs: a shared header and footer are read with each email of the file', () => {
  const file = "<?php\n\n$lang['header'] = <<<EOF\nDear {USER_NAME},\nEOF;\n\n$lang['footer'] = <<<EOF\nRegards,\n\nThe {SITE_NAME} Team\nEOF;\n\n$lang['ticket_closed_sub'] = \"Ticket closed\";\n\n$lang['ticket_closed'] = <<<EOF\nYour ticket #{TICKET_ID} has been closed by our staff.\nEOF;\n\n$lang['ticket_hold_sub'] = \"Ticket on hold\";\n\n$lang['ticket_hold'] = <<<EOF\nYour ticket #{TICKET_ID} is on hold while we wait for the shipping company.\nEOF;\n";
  const path = 'helpdesk/languages/en/lang_email_content.php';
  const found = lint(file, { filePath: path }).findings;
  const missing = found.filter((f) => f.ruleId === 'missing-contact');
  assert.deepEqual(missing.map((f) => f.catalogKey).sort(), ['ticket_closed', 'ticket_hold']);
  assert.equal(found.filter((f) => f.ruleId === 'faceless-signoff').length, 1, 'the footer is one string, reported once');
  // With a reply line in the footer every email of the file has a way to reach someone.
  const reply = lint(file.replace('Regards,', 'Just reply to this email if anything is unclear.\n\nRegards,\nSam Lee'), { filePath: path }).findings;
  assert.deepEqual(reply.filter((f) => f.ruleId === 'missing-contact'), []);
  // The same strings outside a mail catalog are UI strings: no letter is read.
  assert.deepEqual(lint(file, { filePath: 'helpdesk/languages/en/lang_admin.php' }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
});

// Laravel's `lang/fa/mail.php` keyed by sentence forms no email by key: its message strings together are one letter.
test('mail catalogs: strings keyed by sentence are read as one letter', () => {
  const file = "<?php\n\nreturn [\n    'reset_your_password' => 'رمز عبور خود را بازنشانی کنید',\n    'you_asked_for_a_reset' => 'این ایمیل را دریافت کرده‌اید چون برای حساب شما درخواست بازنشانی رمز عبور ثبت شده است.',\n    'ignore_if_not_you' => 'اگر این درخواست از طرف شما نبوده، کاری لازم نیست.',\n];\n";
  const found = lint(file, { filePath: 'modules/User/Resources/lang/fa/mail.php' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.equal(found.length, 1);
  assert.equal(found[0].language, 'fa');
  const withPhone = file.replace('کاری لازم نیست.', 'کاری لازم نیست. سؤالی بود؟ با ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید.');
  assert.deepEqual(lint(withPhone, { filePath: 'modules/User/Resources/lang/fa/mail.php' }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
});

// A mail catalog's keys say what each string is by abbreviation too (`withdrawal_msg`), and a bare `hello` is the
// greeting the mailer puts above every email of the file, as `regards` is its closing.
test('mail catalogs: `_msg` keys are messages, `hello` is the frame\'s greeting', () => {
  const file = "<?php\n\nreturn [\n    'hello' => 'سلام،',\n    'withdrawal_msg' => 'درخواست برداشت وجه شما پردازش شد',\n    'regards' => 'با احترام،',\n];\n";
  const found = lint(file, { filePath: 'lang/fa/emails.php' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.equal(found.length, 1);
  const replied = file.replace('پردازش شد', 'پردازش شد. سؤالی بود؟ به همین ایمیل پاسخ دهید.');
  assert.deepEqual(lint(replied, { filePath: 'lang/fa/emails.php' }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
  // Outside a mail catalog, a UI file's `hello` is no frame and nothing here is a letter.
  assert.deepEqual(lint(file, { filePath: 'lang/fa/dashboard.php' }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
});

// An SMS catalog holds whole messages, one string each: a text that speaks to the customer with the values it is
// filled with is judged as a message; settings labels and help texts beside it are not.
test('SMS catalogs: each customer text is one message', () => {
  const file = "<?php\n\nreturn [\n    'order_placed' => \"سلام :first_name،\\nسفارش شما با شماره :order_id ثبت شد. از خرید شما متشکریم\",\n    'order_shipped' => 'سفارش :order_id شما ارسال شد. پرسشی دارید؟ به همین پیامک پاسخ دهید.',\n    'entry_sender' => 'شماره فرستنده',\n    'help_template' => 'متن پیامکی که پس از ثبت سفارش برای مشتری فرستاده می‌شود را اینجا بنویسید و از :order_id استفاده کنید.',\n];\n";
  const path = 'modules/Sms/Resources/lang/fa/messages.php';
  const found = lint(file, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.deepEqual(found.map((f) => f.catalogKey), ['order_placed'], 'the second text invites a reply; a label and a help text are not messages');
  const en = "<?php\n$_['text_order_shipped'] = 'Hi {firstname}, your order {order_id} is on its way. Thanks for shopping with {store}!';\n$_['entry_api_key'] = 'API key';\n";
  assert.deepEqual(lint(en, { filePath: 'admin/language/en-gb/extension/module/smsir.php' }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['text_order_shipped']);
  assert.deepEqual(lint(en, { filePath: 'admin/language/en-gb/extension/module/shipping.php' }).findings.filter((f) => f.ruleId === 'missing-contact'), [], 'outside an SMS catalog a lone string is a UI string');
  // A module named after an SMS gateway (Kavenegar, Melipayamak, FarazSMS) is an SMS catalog too.
  for (const gateway of ['kavenegar', 'melipayamak', 'farazsms', 'ippanel']) {
    assert.deepEqual(lint(en, { filePath: `admin/language/en-gb/extension/module/${gateway}.php` }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['text_order_shipped'], gateway);
  }
});

// A file named for SMS texts and nothing else (Laravel's resources/lang/fa/sms.php) holds only texts a phone receives:
// a login code or a new-password notice of four words or more is judged like an order update (the labelling guide's
// rule 8: SMS texts are judged the same way), whatever its key says and whether or not it addresses the reader. A
// plugin's catalog named after its product (wp-sms) also holds settings screens and keeps the stricter reading.
test('a file of SMS texts: every text of four words or more is a message', () => {
  const file = "<?php\nreturn [\n    'login_code' => 'فروشگاه کتاب' . PHP_EOL . 'کد ورود شما: :code',\n    'new_password' => \"گذرواژه تازه ثبت شد\\nگذرواژه: :password\",\n    'payment' => ':payer مبلغ :amount ریال پرداخت کرد. شماره پیگیری :ref',\n    'sender' => 'فروشگاه کتاب',\n    'activation' => 'کد فعال‌سازی: :code',\n    'shipped' => 'سفارش :order ارسال شد. سوالی دارید؟ با ۰۲۱۸۸۷۷۶۶۵۵ تماس بگیرید.',\n];\n";
  const keys = (path: string) => lint(file, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  assert.deepEqual(keys('resources/lang/fa/sms.php'), ['login_code', 'new_password', 'payment'], 'a sender name and a three-word code are not messages; the shipping text gives a phone');
  assert.deepEqual(keys('lang/fa/sms_messages.php'), ['login_code', 'new_password', 'payment']);
  assert.deepEqual(keys('languages/wp-sms-fa_IR.php'), [], 'a plugin named after SMS: only a text spoken to the reader');
  const en = "<?php\nreturn [\n    'otp' => 'Acme Books' . PHP_EOL . 'Your sign-in code: :code',\n    'password_changed' => 'Your password was changed at :time.',\n    'password_changed_help' => 'Your password was changed at :time. Not you? Call us on 0800 123 456.',\n];\n";
  assert.deepEqual(lint(en, { filePath: 'resources/lang/en/sms.php' }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['otp', 'password_changed']);
});

// A label's colon written against a Laravel placeholder («شما::token», "Code::code") is a label and a value: the
// text is filled in and judged as an SMS; a scope operator after an ASCII name (`Foo::bar`) is no placeholder.
test('a colon against a :placeholder still leaves a placeholder', () => {
  const file = "<?php\nreturn [\n    'reset_sms' => 'کد بازیابی گذرواژه‌ی شما::token',\n];\n";
  const found = lint(file, { filePath: 'resources/lang/fa/passwords.php' }).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.catalogKey]), [['missing-contact', 'reset_sms']]);
  assert.deepEqual(placeholders('کد شما::token'), [':token']);
  assert.deepEqual(placeholders('Call App::boot and :name'), [':name']);
  // Koha's and vita-min's `<<Client.LoginLink>>` fills an SMS too: a text keyed as SMS with one is a message.
  assert.deepEqual(placeholders('Please log in and upload new images. <<Client.LoginLink>>'), ['<<Client.LoginLink>>']);
  const yaml = 'en:\n  messages:\n    new_photos_requested:\n      sms: Unfortunately, your documents did not pass our review. Please log in and upload new images. <<Client.LoginLink>>\n';
  assert.deepEqual(lint(yaml, { filePath: 'config/locales/en.yml' }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['en.messages.new_photos_requested.sms']);
});

// Laravel's lang/fa.json and FreeScout's are keyed by their English sentences, so no key names an email: the strings
// whose source sentence is about the email, with the "Hello!" and "Regards," keys beside them, are its letter. A
// catalog of UI sentences with neither a greeting nor a sentence about this email has no letter.
test('a sentence-keyed JSON catalog: its mail sentences with their greeting and sign-off are one letter', () => {
  const json = '{\n    "Hello!": "سلام!",\n    "Log in": "ورود",\n    "Please click the button below to verify your email address.": "برای تایید آدرس ایمیل روی دکمه زیر کلیک کنید.",\n    "If you did not create an account, no further action is required.": "اگر حساب کاربری نساخته‌اید، کار دیگری لازم نیست.",\n    "Regards,": "با احترام،",\n    "Remember me": "مرا به خاطر بسپار"\n}\n';
  const found = lint(json, { filePath: 'lang/fa.json' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.deepEqual(found.map((f) => f.catalogKey), ['Regards,'], 'one finding, on the sign-off');
  const signed = json.replace('"If you did not create an account, no further action is required.": "اگر حساب کاربری نساخته‌اید، کار دیگری لازم نیست.",', '"If you have any questions, reply to this email.": "اگر سوالی دارید، به همین ایمیل پاسخ دهید.",');
  assert.deepEqual(lint(signed, { filePath: 'lang/fa.json' }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
  const ui = '{\n    "Log in": "ورود",\n    "Forgot your password?": "رمز عبور را فراموش کرده‌اید؟",\n    "Your password has been reset and you can log in now.": "رمز عبور شما بازنشانی شد و اکنون می‌توانید وارد شوید.",\n    "Remember me": "مرا به خاطر بسپار"\n}\n';
  assert.deepEqual(lint(ui, { filePath: 'lang/fa.json' }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
});

// A catalog named for notifications (Laravel's lang/fa/notifications.php, database-notifications.php) holds them as
// a title and a message under one key: that pair is one notification, judged like a letter. A lone label there is not.
test('a notification catalog: a title and a message under one key are one notification', () => {
  const php = "<?php\nreturn [\n    'withdrawal_rejected' => [\n        'title' => 'درخواست برداشت رد شد',\n        'message' => 'درخواست برداشت شما تایید نشد و مبلغ به کیف پول شما برگشت. پرونده برای بررسی به کارشناس مربوطه ارجاع شد.',\n    ],\n    'deposit_done' => [\n        'title' => 'واریز انجام شد',\n        'message' => 'مبلغ به حساب شما واریز شد. اگر سوالی دارید با پشتیبانی به شماره ۰۲۱۸۸۷۷۶۶۵۵ تماس بگیرید.',\n    ],\n    'settings_label' => 'تنظیمات اعلان‌ها',\n];\n";
  const keys = (path: string) => lint(php, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  assert.deepEqual(keys('lang/fa/database-notifications.php'), ['withdrawal_rejected.message']);
  assert.deepEqual(keys('lang/fa/notifications.php'), ['withdrawal_rejected.message']);
  assert.deepEqual(keys('lang/fa/wallet.php'), [], 'elsewhere a title and a message are UI strings');
});

// PHP help desks and ATSs seed their email templates by SQL (HelpDeskZ's install/*.sql): each row of a table of
// emails is one letter, its string columns decoded as MySQL reads them (`\r\n`, `\'`, `''`) and mapped back exactly; a
// rewrite is escaped for the single-quoted literal. A dump of other tables is no catalog.
test('SQL seeds: each row of an email table is one letter, mapped back through the escapes', () => {
  const sql = "INSERT INTO `{{db_prefix}}emails_tpl` (`id`, `name`, `subject`, `message`) VALUES\n('closed', 'Ticket closed', 'Ticket #%ticket_id% closed', '<p>Dear customer,</p>\\r\\n<p>We\\'ve closed ticket #%ticket_id%. Please be advised that it can''t be reopened.</p>'),\n('welcome', 'Welcome', 'Welcome to %company%', '<p>Hi %client_name%,</p>\\r\\n<p>Your account is ready. Reply to this email if you have any questions.</p>\\r\\n<p>Dana, support lead</p>');\n";
  const path = 'install/emails.sql';
  assert.equal(catalogKindOf(path, sql), 'sql');
  assert.equal(catalogKindOf('db/users.sql', "INSERT INTO users (id, name) VALUES (1, 'Dana Ortiz');\n"), undefined, 'a table of users is no catalog');
  const catalog = parseCatalog('sql', sql, path) as Catalog;
  assert.deepEqual(catalog.messages.map((m) => m.key), ['emails_tpl.closed.subject', 'emails_tpl.closed.message', 'emails_tpl.welcome.subject', 'emails_tpl.welcome.message']);
  const closed = catalog.messages[1];
  assert.ok(closed.text.includes("We've closed") && closed.text.includes("can't be reopened") && closed.text.includes('</p>\n<p>'), closed.text);
  const found = lint(sql, { filePath: path }).findings;
  assert.equal(found.find((f) => f.ruleId === 'generic-greeting')?.actual, 'Dear customer');
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['emails_tpl.closed.message']);
  const fixed = fixText(sql, { filePath: path }).text;
  assert.ok(!fixed.includes('Please be advised'), fixed);
  const again = parseCatalog('sql', fixed, path) as Catalog;
  assert.equal(again.messages.length, 4, 'the fixed file still parses, row by row');
});

test("SQL seeds: SQL Server's N'…' literals are strings, a generated id leaves the row named by its code", () => {
  const sql = "INSERT INTO dbo.NotificationTemplates (TemplateId, Code, ChannelCode, Subject, Body) VALUES\n(NEWID(), 'Welcome_Email', 'EMAIL', N'به فروشگاه خوش آمدید {{fullName}}', N'<p>خوشحالیم که به جمع ما پیوستید! سفارش اول شما ارسال رایگان دارد.</p>');\n";
  const catalog = parseCatalog('sql', sql, 'db/seed.sql') as Catalog;
  assert.deepEqual(catalog.messages.map((m) => m.key), ['NotificationTemplates.Welcome_Email.Subject', 'NotificationTemplates.Welcome_Email.Body']);
  const found = lint(sql, { filePath: 'db/seed.sql' }).findings;
  const contact = found.find((f) => f.ruleId === 'missing-contact');
  assert.equal(contact?.catalogKey, 'NotificationTemplates.Welcome_Email.Body');
  assert.ok(contact && sql.slice(contact.range.start, contact.range.end).startsWith('خوشحالیم'));
});

// Where messages hide in catalogs (session 10's real sets): Nextcloud apps' l10n JSON nests sentence keys under
// "translations" with "Dear %s," beside the letter's sentences; Moodle keeps a subject and its body under a key and the
// same key with "text" glued on; a mail catalog's short lines spoken to the reader are its letter; a file of SMS texts
// keyed by sentence holds the lines of one text; and a three-line notice filled with values is a message anywhere.
test('catalog messages by shape: nested sentence keys, glued body keys, short mail lines, multi-line notices', () => {
  const mc = (text: string, filePath: string) => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  const nextcloud = '{ "translations": {\n    "Dear %s," : "%s عزیز،",\n    "Your %1$s appointment scheduled for %2$s is now canceled." : "قرار %1$s شما که برای %2$s برنامه‌ریزی شده بود لغو شد.",\n    "Settings" : "تنظیمات"\n},"pluralForm" :"nplurals=2; plural=(n > 1);"\n}\n';
  assert.equal(mc(nextcloud, 'l10n/fa.json').length, 1);
  const called = nextcloud.replace('"Settings" : "تنظیمات"', '"If you need to reschedule, please call %3$s." : "در صورت نیاز به تغییر زمان، با %3$s تماس بگیرید."');
  assert.deepEqual(mc(called, 'l10n/fa.json'), [], '"please call %3$s" prints a number to call');
  const moodle = "<?php\n$string['welcometocourse'] = 'به {$a} خوش آمدید';\n$string['welcometocoursetext'] = 'به {$a->coursename} خوش آمدید!\n\nاگر قبلاً این کار را انجام نداده‌اید، صفحهٔ مشخصات فردی خود را ویرایش کنید:\n\n  {$a->profileurl}';\n$string['save'] = 'ذخیره';\n";
  assert.deepEqual(mc(moodle, 'lang/fa/moodle.php'), ['welcometocoursetext']);
  const bank = "<?php\nreturn [\n    'your_account_has_been_debited' => 'حساب شما بدهکار شد.',\n    'transaction_id' => 'شناسه تراکنش',\n    'amount' => 'مبلغ',\n];\n";
  assert.equal(mc(bank, 'lang/fa/email.php').length, 1, 'a bank mail spoken to the reader, over data labels');
  assert.deepEqual(mc(bank, 'lang/fa/wallet.php'), [], 'the same lines in a UI catalog are UI strings');
  const smsLines = "<?php\nreturn [\n    'SMS service is not active for you' => 'سرویس ارسال پیامک برای شما فعال نیست.',\n    'To activate the service write to us' => 'برای فعالسازی این سرویس از طریق ایمیل info@example.ir اقدام کنید.',\n];\n";
  assert.deepEqual(mc(smsLines, 'resources/lang/fa/sms.php'), [], 'two lines of one text, the second with an address');
  const po = 'msgid ""\nmsgstr ""\n"Language: fa_IR\\n"\n\nmsgid "Your payment documents were sent for review\\n\\nCustomer : %s\\n\\nDate : %s\\n\\nCode : %s"\nmsgstr ""\n"مدارک پرداخت شما برای بررسی ارسال شد\\n"\n"\\n"\n"مشتری : %s\\n"\n"\\n"\n"تاریخ : %s\\n"\n"\\n"\n"کد : %s"\n\nmsgid "Enter your API key"\nmsgstr "کلید API خود را وارد کنید"\n';
  assert.equal(mc(po, 'languages/order-follow-up-fa_IR.po').length, 1);
});

// A PHP class that returns an array from a method (a Laravel notification's `via()`) is code, not a catalog: named
// on the command line it was reported as a catalog that does not parse. Laravel's lang files return their array first.
test('a PHP class is no catalog; a lang file returning its array after use statements is', () => {
  const notification = "<?php\n\nnamespace App\\Notifications;\n\nuse Illuminate\\Notifications\\Notification;\n\nclass ConfirmOrder extends Notification\n{\n    public function via($notifiable)\n    {\n        return [SmsChannel::class];\n    }\n}\n";
  assert.equal(catalogKindOf('app/Notifications/ConfirmOrder.php', notification), undefined);
  assert.ok(!lint(notification, { filePath: 'app/Notifications/ConfirmOrder.php' }).findings.some((f) => f.ruleId === 'catalog-syntax'));
  assert.equal(catalogKindOf('lang/fa/notifications.php', "<?php\n\nuse App\\Services\\Pattern;\n\nreturn [\n    Pattern::Low => 'موجودی حساب شما کم است',\n];\n"), 'php');
  assert.equal(catalogKindOf('lang/fa/email.php', "<?php\n\ndeclare(strict_types=1);\n\n// strings\nreturn [\n    'x' => 'حساب شما بدهکار شد.',\n];\n"), 'php');
});

// The person who answered (`:answeredBy`, a camel-case Laravel placeholder) is someone named in the notice.
test('who answered is a named person, written in camel case', () => {
  const php = "<?php\n\nreturn [\n    'ticket_answered_sms' => 'درخواست شما به شماره :id توسط :answeredBy پاسخ داده شد.',\n    'ticket_closed_sms' => 'درخواست شما به شماره :id بسته شد و دیگر پاسخی دریافت نمی‌کند.',\n];\n";
  assert.deepEqual(lint(php, { filePath: 'resources/lang/fa/ticket.php' }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['ticket_closed_sms']);
});

// A chat bot's language file sends every string as a message (its keyboard and menu labels aside).
test('a bot language file: each message of four words or more is one; keyboard labels are not', () => {
  const php = "<?php\nreturn [\n    'start' => \"سلام! به ربات فروشگاه خوش آمدید. برای ثبت سفارش شماره تلفن خود را بفرستید.\",\n    'order_done' => 'سفارش شما ثبت شد و به زودی ارسال می‌شود.',\n    'support' => 'سوالی دارید؟ به پشتیبانی @shop_support پیام بدهید یا با ۰۲۱۸۸۷۷۶۶۵۵ تماس بگیرید.',\n    'keyboard' => ['orders' => 'سفارش‌های من و وضعیت ارسال آنها'],\n    'btn_back' => 'بازگشت به منوی اصلی ربات',\n];\n";
  const keys = (path: string) => lint(php, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  assert.deepEqual(keys('app/Telegram/lang/fa.php'), ['start', 'order_done']);
  assert.deepEqual(keys('resources/lang/fa/shop.php'), [], 'elsewhere lone strings are UI strings');
});

// Dolibarr's langs/<locale>/*.lang: `Key=Value` lines with `\n` escapes and `__REF__` placeholders, read as .properties.
test('Dolibarr .lang files are catalogs; other .lang files are not', () => {
  const file = '# Dolibarr language file - Source file is en_US - other\nCHARSET=UTF-8\nMailTitle=Invoice reminder\nPredefinedMailContentSendInvoiceReminder=Dear Customer,\\n\\nPlease be advised that invoice __REF__ is overdue.\\n\\nSincerely,\\n\\nThe accounting team\n';
  const path = 'htdocs/langs/en_US/other.lang';
  assert.equal(catalogKindOf(path, file), 'properties');
  assert.equal(catalogKindOf('syntax/php.lang', '<?xml version="1.0"?>\n<language id="php"/>\n'), undefined);
  assert.equal(catalogKindOf('notes/todo.lang', 'Call the shop tomorrow about the order\n'), undefined);
  const found = lint(file, { filePath: path }).findings;
  assert.ok(has(found, 'generic-greeting', 'PredefinedMailContentSendInvoiceReminder'));
  assert.ok(has(found, 'robotic-phrasing', 'PredefinedMailContentSendInvoiceReminder'));
  assert.ok(has(found, 'missing-contact', 'PredefinedMailContentSendInvoiceReminder'), 'a whole email in one string, signed by a team');
  const fa = lint(file.replace('PredefinedMail', 'PredefinedMail').replace('Dear Customer', 'مشتری گرامی').replace('Please be advised that invoice __REF__ is overdue.', 'فاکتور __REF__ سررسید شده است.').replace('Sincerely,', 'با احترام،').replace('The accounting team', 'تیم حسابداری'), { filePath: 'htdocs/langs/fa_IR/other.lang' }).findings;
  assert.ok(fa.some((f) => f.ruleId === 'generic-greeting' && f.language === 'fa'));
});

// Flarum's extensions keep `locale/<extension>.yml` with the locale as the root key: that key, not the path, says catalog.
test('a YAML file whose root key is English or Persian is a catalog wherever it lives', () => {
  const yaml = '# Persian strings\nfa:\n  flarum-subscriptions:\n    email:\n      new_post:\n        subject: "[پاسخ جدید] {title}"\n        body: |\n          سلام {recipient_display_name}،\n\n          {poster_display_name} در موضوعی که دنبال می‌کنید پاسخ داد.\n\n          {url}\n';
  assert.equal(catalogKindOf('extensions/subscriptions/locale/subscriptions.yml', yaml), 'yaml');
  assert.equal(catalogKindOf('notes/new_post.yml', yaml), 'yaml');
  assert.equal(catalogKindOf('deploy/ci.yml', 'on:\n  push:\n    branches: [main]\n'), undefined);
  assert.equal(catalogKindOf('data/people.yml', 'id:\n  name: x\n'), undefined, 'a two-letter root that is not English or Persian');
  assert.equal(catalogKindOf('.github/workflows/fa.yml', yaml), undefined, 'a workflow folder is never a catalog');
  const found = lint(yaml, { filePath: 'extensions/subscriptions/locale/subscriptions.yml' }).findings;
  assert.ok(has(found, 'missing-contact', 'fa.flarum-subscriptions.email.new_post.body'), JSON.stringify(found.map((f) => [f.ruleId, f.catalogKey])));
});

test('SMS texts keyed as SMS are messages in any catalog', () => {
  const yaml = 'fa:\n  orders:\n    shipped_sms: "سلام %{name}، سفارش %{order} شما ارسال شد. ممنون از خرید شما"\n    shipped_title: "ارسال شد"\n    sms_settings_help: "متن پیامک را اینجا بنویسید"\n';
  const found = lint(yaml, { filePath: 'config/locales/fa.yml' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.deepEqual(found.map((f) => f.catalogKey), ['fa.orders.shipped_sms']);
});

// A subject's "no" is answered anywhere in the body, also when an HTML letter's subject and body read as one paragraph.
test('a catalog subject refusal is answered by the HTML body after it', () => {
  const php = "<?php\n$locale['email_ban_subject'] = \"Your account on [SITENAME] has been banned\";\n$locale['email_ban_message'] = \"Hello [USER_NAME],<br/>Your account has been banned because of the following reason:<br/>[REASON]<br/>If you want more information, please contact the site administrator.<br/>Regards,<br/>[SITEUSERNAME]\";\n";
  const path = 'locale/English/admin/members_email.php';
  assert.ok(!lint(php, { filePath: path }).findings.some((f) => f.ruleId === 'no-way-forward'));
  const bare = php.replace('If you want more information, please contact the site administrator.<br/>', '');
  assert.ok(lint(bare, { filePath: path }).findings.some((f) => f.ruleId === 'no-way-forward' && f.catalogKey === 'email_ban_subject'));
});

// Redmine names the part after a mail prefix: `mail_subject_lost_password`, `mail_body_lost_password`,
// `mail_body_lost_password_validity` are one email.
test('mail_subject_x / mail_body_x keys are one email', () => {
  const yaml = 'fa:\n  mail_subject_lost_password: "گذرواژه حساب %{value} شما"\n  mail_body_lost_password: \'برای تغییر گذرواژه خود، بر روی پیوند زیر کلیک کنید:\'\n  mail_body_lost_password_validity: \'توجه داشته باشید که این پیوند فقط یک بار کار می‌کند.\'\n  label_login: ورود\n';
  const found = lint(yaml, { filePath: 'config/locales/fa.yml' }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.equal(found.length, 1);
  assert.equal(found[0].catalogKey, 'fa.mail_body_lost_password_validity');
});

// Meteor i18n (Wekan's imports/i18n/data/fa.i18n.json): the locale is a dot-separated part of the name, and its
// `__user__` placeholders are values.
test('fa.i18n.json is a Persian catalog with __name__ placeholders', () => {
  const json = '{\n  "email-resetPassword-subject": "تنظیم مجدد کلمه عبور در __siteName__",\n  "email-resetPassword-text": "سلام __user__\\nجهت تنظیم مجدد کلمه عبور آدرس زیر را دنبال نمایید:\\n__url__"\n}\n';
  const path = 'imports/i18n/data/fa.i18n.json';
  assert.equal(catalogKindOf(path, json), 'json');
  const found = lint(json, { filePath: path }).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.catalogKey, f.language]), [['missing-contact', 'email-resetPassword-text', 'fa']]);
});

// Laravel SMS catalogs build a text from literals and PHP_EOL line breaks: the literals' text is the message, each
// character at its place in the file; a rewrite stays inside one literal, escaped for its quotes, and the fixed file
// parses with the same literals. A concatenation with a variable or a call is code and is left alone.
test('PHP catalogs: strings joined with . and PHP_EOL are one message', () => {
  const file = "<?php\nreturn [\n    'invitation' => 'شما به گروه ' . \":groupTitle \" . PHP_EOL . 'دعوت شده اید. لطفا با همین شماره در سایت وارد شوید.',\n    'notice' => 'Dear customer, your order ' . PHP_EOL . \"has shipped. Please be advised that it's fragile.\",\n    'dynamic' => 'Your code is ' . $code,\n];\n";
  const parsed = parseCatalog('php', file, 'sms.php') as Catalog;
  assert.deepEqual(parsed.messages.map((m) => m.key), ['invitation', 'notice']);
  const invitation = parsed.messages[0];
  assert.equal(invitation.text, 'شما به گروه :groupTitle \nدعوت شده اید. لطفا با همین شماره در سایت وارد شوید.');
  for (let i = 0; i < invitation.text.length; i++) {
    if (invitation.text[i] !== '\n') assert.equal(file.slice(invitation.starts[i], invitation.ends[i]), invitation.text[i]);
  }
  const path = 'resources/lang/en/sms.php';
  const found = lint(file, { filePath: path }).findings;
  assert.equal(found.find((f) => f.ruleId === 'generic-greeting')?.actual, 'Dear customer');
  const robotic = found.find((f) => f.ruleId === 'robotic-phrasing');
  assert.equal(robotic?.actual, 'Please be advised that');
  assert.ok(robotic.suggestions.length > 0, 'a rewrite inside one literal is offered');
  const fixed = fixText(file, { filePath: path }).text;
  assert.notEqual(fixed, file);
  const reparsed = parseCatalog('php', fixed, 'sms.php') as Catalog;
  assert.deepEqual(reparsed.messages.map((m) => m.key), ['invitation', 'notice'], fixed);
  assert.ok(!reparsed.messages[1].text.includes('Please be advised'), reparsed.messages[1].text);
  assert.ok(reparsed.messages[1].text.startsWith('Dear customer, your order \n'), 'the line break stays where it was');
  assert.ok(fixed.includes("'dynamic' => 'Your code is ' . $code"), 'code is untouched');
  // The Persian invitation is a message to the reader with no way to reach anyone.
  assert.ok(lint(file, { filePath: 'resources/lang/fa/sms.php' }).findings.some((f) => f.ruleId === 'missing-contact' && f.catalogKey === 'invitation'));
});

// Joomla keeps every string of a component in language/<locale>/<locale>.<component>.ini: an email's subject and body
// are two keys, its body one line with \n breaks. Other .ini files are settings, never read as prose.
test('Joomla language .ini files: an email over _SUBJECT/_BODY keys is one letter; fixes keep the file\'s quoting', () => {
  const file = '; Joomla! Project\n; Note : All ini files need to be saved as UTF-8\n\nCOM_USERS_LOGIN="Log in"\nCOM_USERS_EMAIL_PASSWORD_RESET_SUBJECT="Your %s password reset request"\nCOM_USERS_EMAIL_PASSWORD_RESET_BODY="Dear customer,\\n\\nPlease be advised that a request was made to reset your %s password. Your code is %s.\\n\\nClick "_QQ_"Reset"_QQ_" to continue: %s\\n\\nThank you."\n';
  const path = 'language/en-GB/en-GB.com_users.ini';
  assert.equal(catalogKindOf(path, file), 'ini');
  assert.equal(catalogKindOf('config/php.ini', 'memory_limit = 128M\n'), undefined);
  assert.equal(catalogKindOf('language/en-GB/settings.ini', '[db]\nhost = localhost\n'), undefined, 'an unquoted value is not a language string');
  // Joomla 4's names drop the locale (language/en-GB/com_users.ini): the extension prefix still says it, out of its folder too.
  assert.equal(catalogKindOf('com_users.ini', file), 'ini');
  assert.equal(catalogKindOf('plg_system_cache.ini', 'enabled = 1\n'), undefined, 'settings, whatever the name');
  const catalog = parseCatalog('ini', file, path) as Catalog;
  const body = catalog.messages.find((m) => m.key === 'COM_USERS_EMAIL_PASSWORD_RESET_BODY')!;
  assert.ok(body.text.includes('Click "Reset" to continue'));
  assert.equal(body.text.split('\n').length, 7);
  const found = lint(file, { filePath: path }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'generic-greeting').map((f) => f.actual), ['Dear customer']);
  assert.equal(found.filter((f) => f.ruleId === 'missing-contact').length, 1, 'the email has no one to reach');
  assert.ok(!found.some((f) => f.catalogKey === 'COM_USERS_LOGIN'), 'a button label is not a message');
  const fixed = fixText(file, { filePath: path }).text;
  assert.ok(!fixed.includes('Please be advised'), fixed);
  assert.ok(fixed.includes('Click "_QQ_"Reset"_QQ_" to continue'), 'the Joomla 3 quotes are kept');
  assert.ok((parseCatalog('ini', fixed, path) as Catalog).messages.length === catalog.messages.length);
});

// A file that holds one message and nothing else (a text of its own in `resources/sms/order_paid.php`, a subject and a
// body kept apart from the rest): its few strings, read together, are what one reader receives, when they speak to
// the reader, ask something of them or carry a value. Framework files of screen strings (Laravel's auth.php) and a
// few labels are never a message.
test('a file of a few strings that speak to the reader is one message', () => {
  const mc = (text: string, filePath: string) => lint(text, { filePath }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  const fa = "<?php\n$lang['activate_account'] = \"حساب خود را فعال کنید\";\n$lang['created_account_activate'] = \"شما حساب کاربری ساخته‌اید، لطفاً برای فعال کردن آن به این نشانی بروید:\";\n";
  assert.equal(mc(fa, 'application/language/persian/register_lang.php'), 1);
  const en = "<?php\nreturn [\n    'frost_warning' => 'Frost is likely in your orchard within :days days. Cover young trees tonight.',\n];\n";
  assert.equal(mc(en, 'resources/lang/en/warnings.php'), 1);
  assert.equal(mc(en.replace("tonight.'", "tonight. Questions? Call our agronomist on 021 8877 6655.'"), 'resources/lang/en/warnings.php'), 0, 'a phone given');
  const ticket = "<?php\nreturn [\n    'your_ticket_is_answered' => 'تیکت شما پاسخ داده شد',\n];\n";
  assert.equal(mc(ticket, 'resources/lang/fa/tickets.php'), 1);
  // Screen strings: Laravel's auth.php, and a file of labels.
  const auth = "<?php\nreturn [\n    'failed' => 'These credentials do not match our records.',\n    'throttle' => 'Too many login attempts. Please try again in :seconds seconds.',\n];\n";
  assert.equal(mc(auth, 'resources/lang/en/auth.php'), 0);
  assert.equal(mc(auth, 'lang/en.auth.php'), 0);
  const labels = "<?php\nreturn [\n    'LBL_USERNAME' => 'نام کاربری',\n    'LBL_PASSWORD' => 'رمز عبور',\n];\n";
  assert.equal(mc(labels, 'languages/fa_ir/Portal.php'), 0);
  // A two-word subject, labels the code prints a value after, and Nextcloud's plural rule belong to the message.
  const yml = 'fa:\n  mail_subject_security_notification: "آگاه‌سازی امنیتی"\n  mail_body_password_updated: "گذرواژه شما تغییر کرد."\n';
  assert.equal(mc(yml, 'config/locales/fa.yml'), 1);
  const portal = "<?php\n$languageStrings = array(\n\t'LBL_LOGIN_DETAILS' => 'جزئیات ورود شما به پورتال مشتری در زیر آمده است:',\n\t'LBL_USERNAME' => 'نام کاربری :',\n\t'LBL_PASSWORD' => 'کلمه عبور :',\n);\n";
  assert.equal(mc(portal, 'languages/fa_ir/Portal.php'), 1);
  const nextcloud = '{ "translations": {\n    "Signature request canceled" : "درخواست امضا لغو شد",\n    "The request for you to sign \\"%s\\" has been canceled." : "درخواست امضای \\"%s\\" برای شما لغو شده است."\n},"pluralForm" :"nplurals=2; plural=(n > 1);"\n}\n';
  assert.equal(mc(nextcloud, 'l10n/fa.json'), 1);
  // A file of many strings is a catalog, judged by its keys as before.
  const many = "<?php\nreturn [\n" + Array.from({ length: 6 }, (_, i) => `    'hint_${i}' => 'Your settings were saved, please reload the page ${i}.',\n`).join('') + "];\n";
  assert.equal(mc(many, 'resources/lang/en/hints.php'), 0);
});

test("Rails: an email's `_html` strings and its titled sections are parts of that email, not emails of their own", () => {
  const yml = [
    'en:',
    '  visitor_mailer:',
    '    rejected:',
    '      subject: Your visit to %{prison_name} is not booked',
    '      salutation: Dear %{name}',
    "      intro_html: <p>We've not been able to book your visit to %{prison_name}.</p>",
    '      slot_unavailable_html: the dates and times you chose are not available, so please choose new dates',
    '      your_data_title: Your data',
    '      your_data_body: We keep the personal data of visitors only as long as the law requires it.',
    '      any_questions_html: If you have any questions, call the prison on <strong>%{phone_no}</strong>.',
    '',
  ].join('\n');
  const path = '/p/config/locales/en.yml';
  assert.equal(lint(yml, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact').length, 0, 'the phone line answers for the whole email');
  const without = yml.replace(/ {6}any_questions_html[^\n]*\n/, '');
  const found = lint(without, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact');
  assert.equal(found.length, 1, 'one email, one verdict');
  // A greeting shared by a catalog's notifications does not make the catalog's other strings one email (Vikunja).
  const shared = JSON.stringify({ notifications: { greeting: 'Hi %[1]s,', migration: { failed: { subject: 'The migration has failed', message: 'The move did not go as planned.', report: 'Please drop us a note about this [in the forum](https://community.example/) so we can look.' } }, common: { have_nice_day: 'Have a nice day!' } } }, null, 2);
  assert.equal(lint(shared, { filePath: '/p/pkg/i18n/lang/en.json' }).findings.filter((f) => f.ruleId === 'missing-contact').length, 0);
});

test('a PHP class that keeps its messages in an array named for them is a catalog; a model with $fillable is not', () => {
  const sms = "<?php\n\nnamespace Modules\\Sms\\Helpers;\n\nclass sms_helper\n{\n    public static $SMS_PATTERNS = [\n        'order_shipped' => \"کاربر گرامی تیکت شما با عنوان %s توسط مدیریت پاسخ داده شد.\",\n        'code' => 'کد ورود شما: %s',\n    ];\n}\n";
  const path = '/p/Modules/Sms/Helpers/sms_helper.php';
  assert.equal(catalogKindOf(path, sms), 'php');
  const found = lint(sms, { filePath: path }).findings;
  const greeting = found.find((f) => f.ruleId === 'generic-greeting');
  assert.equal(greeting && sms.slice(greeting.range.start, greeting.range.end), 'کاربر گرامی');
  assert.equal(greeting?.catalogKey, 'SMS_PATTERNS.order_shipped');
  const constant = "<?php\nfinal class Replies\n{\n    const MESSAGES = array('closed' => 'We are sorry for any inconvenience this may have caused.');\n}\n";
  assert.equal(catalogKindOf('/p/src/Replies.php', constant), 'php');
  const model = "<?php\nnamespace App\\Models;\nclass User extends Model\n{\n    protected $fillable = ['name', 'email', 'password'];\n    public function greet() { return 'Hello there, friend'; }\n}\n";
  assert.equal(catalogKindOf('/p/app/Models/User.php', model), undefined);
});

test('gettext with dotted-key msgids (PKP): one email per key stem, its admin description left out; "#, fuzzy" is a flag, not a reference', () => {
  // Written for this test in the shape of PKP's locale/fa/emails.po.
  const po = 'msgid ""\nmsgstr ""\n"Language: fa\\n"\n\n#, fuzzy\nmsgid "emails.paperAck.subject"\nmsgstr "دریافت مقاله"\n\n#, fuzzy\nmsgid "emails.paperAck.body"\nmsgstr ""\n"{$recipientName}:<br />\\n"\n"مقاله شما رسید و داوری آن آغاز شد.<br />\\n"\n"اگر پرسشی دارید با من تماس بگیرید.<br />\\n"\n"{$contextSignature}"\n\n#, fuzzy\nmsgid "emails.paperAck.description"\nmsgstr "این ایمیل پس از ارسال مقاله برای نویسنده فرستاده می‌شود."\n\nmsgid "emails.thanks.subject"\nmsgstr "سپاس از داوری"\n\nmsgid "emails.thanks.body"\nmsgstr "{$recipientName}: از داوری شما سپاسگزاریم."\n';
  const file = '/j/locale/fa/emails.po';
  const catalog = parseCatalog('po', po, file) as Catalog;
  assert.deepEqual(catalog.messages.map((m) => [m.key, m.group, m.part]).slice(0, 2), [['emails.paperAck.subject', undefined, undefined], ['emails.paperAck.body', undefined, undefined]]);
  const missing = lint(po, { filePath: file }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  // The acknowledgement invites questions and is signed; the thank-you reaches nobody. The description is no part.
  assert.deepEqual(missing, ['emails.thanks.body']);
});

test('a JS/TS module of message templates in a templates folder is read as a catalog of its strings', () => {
  // Written for this test in the shape of a booking app's templates/text-message/*.ts.
  const ts = 'export const reminderTemplate = {\n  name: "Reminder",\n  value: "Hi {{name}}, see you tomorrow at {{time}}. This is an unmonitored phone number.",\n};\n';
  assert.equal(catalogKindOf('/app/src/templates/text-message/reminder.ts', ts), 'js');
  assert.ok(lint(ts, { filePath: '/app/src/templates/text-message/reminder.ts' }).findings.some((f) => f.ruleId === 'no-reply' && f.catalogKey === 'value'));
  // Code in such a folder is not: a module that exports functions stays code.
  assert.equal(catalogKindOf('/app/src/templates/render.ts', 'import x from "y";\nexport function render(a: string) { return a.trim(); }\n'), undefined);
});

test('a PHP class whose texts method returns its mails per locale is a catalog; a locale Warmly has no rules for is left out', () => {
  // Written for this test in the shape of OpenSupports' MailTexts.php.
  const php = "<?php\nclass MailTexts {\n  public static function getTexts() {\n    return [\n      'en' => [\n        'PASSWORD_CHANGED' => [\n          'Password changed - Helpdesk',\n          'Password changed',\n          'Hi, {{name}}. We want to inform you that your password was changed from your panel.',\n        ],\n      ],\n      'de' => [\n        'PASSWORD_CHANGED' => [\n          'Passwort geändert - Helpdesk',\n          'Passwort geändert',\n          'Hallo {{name}}. Please be advised that Ihr Passwort wurde geändert.',\n        ],\n      ],\n    ];\n  }\n  public function rules() {\n    return ['name' => 'required|string with spaces here'];\n  }\n}\n";
  const file = '/app/models/MailTexts.php';
  assert.equal(catalogKindOf(file, php), 'php');
  const found = lint(php, { filePath: file }).findings;
  assert.ok(found.some((f) => f.ruleId === 'robotic-phrasing' && f.catalogKey === 'getTexts.en.PASSWORD_CHANGED.2'));
  assert.ok(!found.some((f) => f.catalogKey?.includes('.de.')), 'German is not judged by English rules');
  assert.ok(!found.some((f) => f.catalogKey?.startsWith('rules')), 'a rules() method is code');
});

test('a notification catalog\'s title is the first line its reader sees: a role greeting there is generic', () => {
  // Written for this test in the shape of a Laravel app's lang/fa/database-notifications.php.
  const php = "<?php\nreturn [\n  'signup' => [\n    'title' => 'کاربر گرامی',\n    'message' => 'از ثبت نام شما سپاسگزاریم! اکنون می‌توانید آگهی ثبت کنید.',\n  ],\n  'bid' => [\n    'title' => 'پیشنهاد جدید برای درخواست شما',\n    'message' => 'یک پیشنهاد تازه روی درخواست شما ثبت شد.',\n  ],\n];\n";
  const found = lint(php, { filePath: '/app/lang/fa/database-notifications.php' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'generic-greeting').map((f) => f.catalogKey), ['signup.title']);
  // Elsewhere a `title` is a page's: not a message.
  assert.ok(!lint(php, { filePath: '/app/lang/fa/pages.php' }).findings.some((f) => f.ruleId === 'generic-greeting'));
});

test('strings every email shares (emails.common, emails.branding, a *_footer group) are not an email of their own', () => {
  // Written for this test in the shape of a marketplace's config/locales/en.yml.
  const yml = 'en:\n  emails:\n    common:\n      thanks: "Thanks, the %{community} team"\n      dont_want_to_receive: "Don\'t want these emails? Edit your settings."\n    branding:\n      powered_by: "Powered by Acme, the marketplace software for everyone"\n    receipt_footer:\n      show_thread: "Show the whole conversation with %{other_party} in your inbox"\n    listing_approved:\n      subject: "Your listing was approved"\n      body: "Good news: your listing %{listing} is live and people can book it now."\n';
  const keys = lint(yml, { filePath: '/app/config/locales/en.yml' }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  assert.deepEqual(keys, ['en.emails.listing_approved.body']);
});

// Libredesk seeds its templates in PostgreSQL, whose literals may carry a cast (`'email_notification'::template_type`):
// the row still reads, instead of the whole file failing as an unclosed row.
test("SQL seeds: a PostgreSQL cast after a literal leaves the row readable", () => {
  const sql = "INSERT INTO templates (\"type\", body, is_default, \"name\", subject) VALUES (\n  'email_notification'::template_type,\n  '<p>Your conversation #{{ .Conversation.ReferenceNumber }} has been resolved.</p><p>How would you rate your experience?</p>',\n  false, 'CSAT'::text, 'How did we do?'\n);\n";
  const catalog = parseCatalog('sql', sql, 'schema.sql') as Catalog;
  assert.ok(!('error' in catalog), JSON.stringify(catalog));
  assert.deepEqual(catalog.messages.map((m) => m.key), ['templates.email_notification.body', 'templates.email_notification.subject']);
  const found = lint(sql, { filePath: 'schema.sql' }).findings;
  assert.ok(!found.some((f) => f.ruleId === 'catalog-syntax'), 'no parse error');
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['templates.email_notification.body']);
});

// A WordPress plugin's install file of default emails: `$email_templates['confirm'] = array('subject' => …, 'message'
// => …);`, then the whole array handed to a filter. Each array is one email (not the whole file, as OpenCart's one
// email per file is), and the filter call is no reason to read the file as code.
test('PHP email arrays: each keyed array with its own subject is one letter; a filter over the array is not code', () => {
  const php = `<?php
$email_templates = array();
$email_templates['confirm'] = array(
\t'subject' => "Confirm Subscription",
\t'message' => "Good day,\\r\\n\\r\\nThank you for subscribing to the mailing list: [wpmlmailinglist].\\r\\nPlease click the link below to confirm your subscription.\\r\\n\\r\\nAll the best,\\r\\n[wpmlblogname]",
);
$email_templates['welcome'] = array(
\t'subject' => "Welcome aboard",
\t'message' => "Good day Administrator,\\r\\n\\r\\nA new subscriber joined the list today.\\r\\nJust reply to this email if anything looks wrong.\\r\\n\\r\\nAll the best,\\r\\nDana",
);
$email_templates = apply_filters('newsletters_email_templates', $email_templates);
`;
  const path = 'includes/email-templates.php';
  assert.equal(catalogKindOf(path, php), 'php');
  const found = lint(php, { filePath: path }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['confirm.message'], 'the second email invites a reply: its own letter');
  assert.ok(!found.some((f) => f.ruleId === 'faceless-signoff'), "the next email's greeting is no signature of the one before");
});

// SuiteCRM seeds its system emails from a function of its install script that builds an array and returns it; the
// file's other function installs them. Each template is one letter of its subject and bodies (its admin name,
// description and flags are not text of the email); a function named for anything else is code.
test('PHP install scripts: a function named for templates that returns its array is read, one letter per template', () => {
  const php = `<?php
/**
 * You can contact SugarCRM, Inc. headquarters at contact@sugarcrm.com.
 */
function installSystemEmailTemplates()
{
    $templates = getSystemEmailTemplates();
    foreach ($templates as $configKey => $templateData) {
        $template = new EmailTemplate();
        $template->save();
    }
}

function getSystemEmailTemplates()
{
    $templates = array();
    $templates['confirm_opt_in_template'] = array(
        'name' => 'Confirmed Opt In',
        'description' => 'Email template to send to a contact to confirm they have opted in.',
        'subject' => 'Confirm Opt In',
        'body_html' => '<p>Hi $contact_first_name,</p><p>Please confirm that you have opted in by selecting the following link: <a href="$sugarurl">Opt In</a></p>',
    );
    $templates['welcome_template'] = array(
        'name' => 'Welcome',
        'subject' => 'Welcome to the portal',
        'body_html' => '<p>Hi $contact_first_name,</p><p>Your portal account is ready. Questions? Just reply to this email.</p><p>Dana Ortiz, support lead</p>',
    );
    return $templates;
}
`;
  const path = 'install/seed_data/SystemEmailTemplates.php';
  assert.equal(catalogKindOf(path, php), 'php');
  assert.deepEqual(parsed(path, php).messages.map((m) => m.key), ['confirm_opt_in_template.subject', 'confirm_opt_in_template.body_html', 'welcome_template.subject', 'welcome_template.body_html']);
  const found = lint(php, { filePath: path }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey), ['confirm_opt_in_template.body_html'], 'the licence comment reaches no reader');
  const other = php.replace('function getSystemEmailTemplates()', 'function getSystemSettings()').replace('getSystemEmailTemplates();', 'getSystemSettings();');
  assert.equal(catalogKindOf(path, other), undefined, 'a function named for anything else is code');
});
