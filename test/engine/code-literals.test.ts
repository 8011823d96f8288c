/**
 * Prose kept in string literals of template code: WordPress/WooCommerce email templates print every sentence from
 * a translation call (`esc_html_e( '…', 'woocommerce' )`, `printf( __( 'Hi %s,' ), … )`), Laravel's Blade views
 * from `{{ __('…') }}`. The sentence is read as prose, mapped to itself in the file; a fix written there is escaped
 * for the literal's quotes, and one that would bring a new value into the literal is not offered. Written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from 'php-parser';
import { extract, formatFor } from '../../server/engine/formats';
import { buildProse, PLACEHOLDER } from '../../server/engine/prose';
import { fixText, lint } from '../../server/linter';

const parsesAsPhp = (text: string) => new Engine({ parser: { php8: true, suppressErrors: false }, ast: {} }).parseCode(text, 'x.php');

const WOO = `<?php
defined( 'ABSPATH' ) || exit;
do_action( 'woocommerce_email_header', $email_heading, $email ); ?>

<p><?php printf( esc_html__( 'Hi %s,', 'woocommerce' ), esc_html( $order->get_billing_first_name() ) ); ?></p>
<p><?php printf( esc_html__( 'We\\'ve received your order #%s and it is now being packed.', 'woocommerce' ), esc_html( $order->get_order_number() ) ); ?></p>
<p><?php esc_html_e( 'Please do not reply to this email. We apologize for any inconvenience.', 'woocommerce' ); ?></p>
<p><?php echo esc_html( __( 'emails.footer_note' ) ); ?></p>
<?php
do_action( 'woocommerce_email_footer', $email );
`;

test('WordPress templates: sentences in translation calls are prose, at their place in the file', () => {
  const found = lint(WOO, { filePath: 'templates/emails/customer-processing-order.php' }).findings;
  const at = (id: string) => found.find((f) => f.ruleId === id);
  assert.equal(at('no-reply')?.actual, 'Please do not reply to this email');
  assert.equal(at('non-apology')?.actual, 'We apologize for any inconvenience');
  assert.ok(!found.some((f) => f.ruleId === 'generic-greeting'), '"Hi %s," greets by a value');
  assert.ok(!found.some((f) => /emails\.footer_note/.test(f.actual) && f.ruleId !== 'missing-contact'), 'a key is code, not prose');
  // Persian, in double quotes.
  const fa = '<p><?php printf( __( "سلام %s،", "woocommerce" ), $name ); ?></p>\n<p><?php _e( "لطفا به این ایمیل پاسخ ندهید.", "woocommerce" ); ?></p>\n';
  const faFound = lint(fa, { filePath: 'emails/fa.php' }).findings;
  assert.equal(faFound.find((f) => f.ruleId === 'no-reply')?.actual, 'لطفا به این ایمیل پاسخ ندهید');
  assert.equal(faFound.find((f) => f.ruleId === 'no-reply')?.language, 'fa');
});

test('WordPress templates: fixes are escaped for the literal and the file still parses', () => {
  const fixed = fixText(WOO, { filePath: 'templates/emails/customer-processing-order.php' }).text;
  assert.doesNotThrow(() => parsesAsPhp(fixed), fixed);
  assert.doesNotMatch(fixed, /any inconvenience/);
  // An apostrophe in the rewrite is written escaped inside the single-quoted literal.
  assert.match(fixed, /esc_html_e\( '[^']*(?:\\'[^']*)*(?:I\\'m|We\\'re) sorry/);
  // No rewrite brings a value into a literal, whose code fills a fixed set (a `%sender_name%` inside
  // `esc_html_e( '…' )` would be printed as it is); outside the literals a value is written as PHP.
  assert.doesNotMatch(fixed, /%sender_|\{\{/);
  for (const m of fixed.matchAll(/(?:__|_e)\( '((?:\\.|[^'\\])*)'/g)) assert.doesNotMatch(m[1], /<\?|\$sender/, m[0]);
});

test('Blade: a fix inside {{ __(\'…\') }} is escaped; one crossing the literal is not offered', () => {
  const blade = "@component('mail::message')\n{{ __('Hello :name,') }}\n\n{{ __('We apologize for any inconvenience.') }}\n\n{{ __('Thanks') }},<br>\n{{ config('app.name') }}\n@endcomponent\n";
  const found = lint(blade, { filePath: 'resources/views/emails/delay.blade.php' }).findings;
  const apology = found.find((f) => f.ruleId === 'non-apology');
  assert.ok(apology);
  for (const s of apology!.suggestions) for (const e of s.edits) assert.doesNotMatch(e.text.replace(/\\'/g, ''), /'/, 'every quote escaped');
  const fixed = fixText(blade, { filePath: 'resources/views/emails/delay.blade.php' }).text;
  assert.doesNotMatch(fixed, /any inconvenience/);
  const inner = /\{\{ __\('((?:\\.|[^'\\])*)'\) \}\}/g;
  for (const m of fixed.matchAll(inner)) assert.doesNotMatch(m[1], /(?<!\\)'/, `literal intact: ${m[0]}`);
});

// Django's `{% trans "…" %}` and Jinja's `{{ _("…") }}`; in Markdown a line led by such a tag is text, not an
// indented code block (the masked tag used to read as four spaces or more).
test('Django and Jinja translation tags are prose, in Markdown and HTML', () => {
  const md = '## {% trans "Recovery request rejected" %}\n\n{% blocktrans with name=user_name %}Hi {{ name }},{% endblocktrans %}\n\n{% trans "Unfortunately, your request has been rejected. We apologize for any inconvenience." %}\n\n### {% trans "What You Can Do" %}\n\n1. {% trans "Please do not reply to this email." %}\n\n{% blocktrans with brand=brand_title %}The {{ brand }} Security Team{% endblocktrans %}\n';
  const found = lint(md, { filePath: 'templates/emails/recovery_rejected.md' }).findings;
  const ids = found.map((f) => `${f.ruleId}:${f.actual}`);
  assert.ok(ids.includes('non-apology:We apologize for any inconvenience'), ids.join(' | '));
  assert.ok(ids.includes('no-reply:Please do not reply to this email'), ids.join(' | '));
  // A heading "What You Can Do" is not a person signing: the letter has no one to reach.
  assert.ok(found.some((f) => f.ruleId === 'missing-contact' && /Security Team/.test(f.actual)), ids.join(' | '));
  const jinja = lint('<p>{{ _("Please do not reply to this email.") }}</p>', { filePath: 'templates/mail.html' }).findings;
  assert.equal(jinja.find((f) => f.ruleId === 'no-reply')?.actual, 'Please do not reply to this email');
  // A fix inside the trans literal keeps its double quotes escaped.
  const fixed = fixText(md, { filePath: 'templates/emails/recovery_rejected.md' }).text;
  for (const m of fixed.matchAll(/\{% trans "((?:\\.|[^"\\])*)" %\}/g)) assert.doesNotMatch(m[1], /(?<!\\)"/);
  assert.doesNotMatch(fixed, /any inconvenience/);
});

test('Markdown: a line led by a template tag is a paragraph, a line of tags alone is not text', () => {
  const md = "Hi {{ name }},\n\n{{ __('Please do not reply to this email.') }}\n\n{% if late %}\n    const x = 1; // real code, indented\n{% endif %}\n";
  const found = lint(md, { filePath: 'mail.md' }).findings;
  assert.ok(found.some((f) => f.ruleId === 'no-reply'));
  assert.ok(!found.some((f) => /const x/.test(f.actual)), 'an indented code line stays code');
});

test('Markdown inside a template language (x.md.erb, x.md.hbs) is read as Markdown', () => {
  const md = 'Hello <%= @user.name %>,\n\nStill stuck? Please open a [GitHub Issue](https://github.com/acme/app/issues) and we can look into it.\n\n- - -\n\nThe Acme team\n';
  assert.ok(!lint(md, { filePath: 'app/views/user_mailer/invalid_token.md.erb' }).findings.some((f) => f.ruleId === 'missing-contact'));
  const hbs = 'Hi {{name}},\n\n[Talk to our support team]({{support_url}}) any time.\n\nThe Acme team\n';
  assert.ok(!lint(hbs, { filePath: 'emails/welcome.md.hbs' }).findings.some((f) => f.ruleId === 'missing-contact'));
});

// Ruby gettext in ERB (Alaveteli): the sentence in literals joined by line continuations, `{{name}}` values inside.
test('ERB: sentences in _(…) literals are prose, continued literals are one sentence', () => {
  const erb = "<%= _('Your request to {{public_body}} has not been ' \\\n      'delivered. We apologize for any inconvenience.',\n      public_body: @request.body.name) %>\n\n<%= _('Please email {{contact_email}} to ask us to reopen it.', contact_email: @contact_email) %>\n\n-- <%= _('the {{site_name}} team', site_name: site_name) %>\n";
  const found = lint(erb, { filePath: 'app/views/request_mailer/stopped.text.erb' }).findings;
  const ids = found.map((f) => `${f.ruleId}:${f.actual}`);
  assert.ok(ids.includes('non-apology:We apologize for any inconvenience'), ids.join(' | '));
  assert.ok(!found.some((f) => f.ruleId === 'missing-contact'), 'an address to write to, in the literal');
  const fixed = fixText(erb, { filePath: 'app/views/request_mailer/stopped.text.erb' }).text;
  assert.doesNotMatch(fixed, /any inconvenience/);
  for (const m of fixed.matchAll(/'((?:\\.|[^'\\])*)'/g)) assert.doesNotMatch(m[1], /<%|\{\{ sender/, m[0]);
});

// Rails' link helpers print their first argument as the link's words: `<%= link_to "Reply to this message", @url %>`
// invites a reply as much as the words written out would. A one-word or interpolating text stays code.
test('ERB link_to texts are prose at their place in the file', () => {
  const erb = '<p>Hi <%= @user.first_name || "there" %>,</p>\n<p>Your order has shipped and will arrive within three days.</p>\n<p><%= link_to "Reply to this message", @reply_url %></p>\n';
  const found = lint(erb, { filePath: 'app/views/order_mailer/shipped.html.erb' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact'), []);
  const cold = erb.replace('<%= link_to "Reply to this message", @reply_url %>', '<%= link_to "Orders", orders_url %> <%= link_to "View #{@order.number}", order_url %>');
  assert.equal(lint(cold, { filePath: 'app/views/order_mailer/shipped.html.erb' }).findings.filter((f) => f.ruleId === 'missing-contact').length, 1);
  // A rewrite inside the literal is escaped for its quote: the fixed template still has one well-formed link_to.
  const robotic = erb.replace('Reply to this message', "Please be advised that you can reply");
  const fixed = fixText(robotic, { filePath: 'app/views/order_mailer/shipped.html.erb' }).text;
  assert.match(fixed, /<%= link_to "[^"]*", @reply_url %>/);
  assert.ok(!fixed.includes('Please be advised'));
});

// `mail_to` prints its first argument: a literal address is the address the reader sees (a way to write to someone,
// or a no-reply one), and a value's name says whose address it is (`@shop.support_email` is the shop's inbox,
// `@user.email` the reader's own, which reaches no one).
test('ERB mail_to: the printed address or the address variable counts as a contact, the reader\'s own does not', () => {
  const erb = (call: string) => `<p>Hi <%= @user.first_name || "there" %>,</p>\n<p>Your order has shipped and will arrive within three days.</p>\n<p>Questions? ${call}</p>\n<p>The Acme team</p>\n`;
  const contact = (call: string) => lint(erb(call), { filePath: 'app/views/order_mailer/shipped.html.erb' }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(contact('<%= mail_to "help@acme.example" %>'), 0);
  assert.equal(contact('<%= mail_to("help@acme.example", "Write to Dana") %>'), 0);
  assert.equal(contact('<%= mail_to @shop.support_email %>'), 0);
  assert.equal(contact('Sent to <%= mail_to @user.email %>.'), 1);
  assert.equal(contact('<%= link_to "Orders", orders_url %>'), 1);
  // The printed address is read like any other: a no-reply one is the no-reply rule's.
  const noReply = lint(erb('<%= mail_to "noreply@acme.example" %>'), { filePath: 'app/views/order_mailer/shipped.html.erb' }).findings;
  assert.ok(noReply.some((f) => f.ruleId === 'missing-contact'));
});

// Laravel's notifications write their email with MailMessage: each call of the chain is a line of the letter, its
// literal the words the reader gets. Read as code, app/Notifications had no prose at all.
test('Laravel MailMessage chains: each call is a line of the letter', () => {
  const php = "<?php\n\nnamespace App\\Notifications;\n\nuse Illuminate\\Notifications\\Messages\\MailMessage;\n\nclass OrderRefused extends Notification\n{\n    public function toMail($notifiable)\n    {\n        return (new MailMessage)\n            ->subject('Your order could not be accepted')\n            ->greeting('Dear customer,')\n            ->line('We regret to inform you that your order was refused.')\n            ->action('View order', url('/orders'))\n            ->line('Please do not reply to this email.');\n    }\n}\n";
  const found = lint(php, { filePath: 'app/Notifications/OrderRefused.php' }).findings;
  const at = (id: string) => found.filter((f) => f.ruleId === id).map((f) => php.slice(f.range.start, f.range.end));
  assert.deepEqual(at('generic-greeting'), ['Dear customer']);
  assert.deepEqual(at('no-reply'), ['Please do not reply to this email']);
  assert.equal(at('robotic-phrasing').length, 1);
  const warm = php.replace("'Dear customer,'", "'Hi ' . $notifiable->first_name . ','").replace("'Please do not reply to this email.'", "'Questions? Just reply to this email and Dana from our team will help.'");
  assert.ok(!lint(warm, { filePath: 'app/Notifications/OrderRefused.php' }).findings.some((f) => f.ruleId === 'missing-contact' || f.ruleId === 'no-reply'));
});

// A Laravel notification sent by SMS returns its text from `toSms()`, written as literals and values joined by `.`:
// that string is the message, read with the PHP parser, its values placeholders and its code's lines its lines.
test('a notification\'s toSms() return is the message: literals are prose, values are placeholders', () => {
  const sms = (body: string) => `<?php\n\nnamespace App\\Notifications;\n\nclass OrderShipped extends Notification\n{\n    public function via($notifiable)\n    {\n        return [SmsChannel::class];\n    }\n\n    public function toSms($notifiable)\n    {\n        return ${body};\n    }\n}\n`;
  const cold = sms(`'مشتری عزیز' .\n            "\\r\\n" .\n            'سفارش شما با کد ' . $this->order->code . ' ارسال شد و تا دو روز دیگر به دستتان می‌رسد.'`);
  const found = lint(cold, { filePath: 'app/Notifications/OrderShipped.php' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'generic-greeting').map((f) => cold.slice(f.range.start, f.range.end)), ['مشتری عزیز']);
  assert.equal(found.filter((f) => f.ruleId === 'missing-contact').length, 1);
  const fixed = fixText(cold, { filePath: 'app/Notifications/OrderShipped.php' }).text;
  assert.doesNotThrow(() => parsesAsPhp(fixed), 'a fix keeps the class valid PHP');
  const warm = sms(`$this->user->first_name . ' عزیز،' .\n            "\\r\\n" .\n            'سفارش شما ارسال شد. سؤالی بود با پشتیبانی تماس بگیرید: 021-88776655'`);
  assert.deepEqual(lint(warm, { filePath: 'app/Notifications/OrderShipped.php' }).findings.map((f) => f.ruleId), []);
  // A method that returns an array, or a return that is a key, is code.
  const array = sms(`['mobile' => $notifiable->mobile, 'template' => 'order-shipped']`);
  assert.deepEqual(lint(array, { filePath: 'app/Notifications/OrderShipped.php' }).findings.map((f) => f.ruleId), []);
});

// A custom email or SMS channel's notification returns the message's parts in an array (`'subject' => '…', 'text' =>
// '…'`), a heredoc (bare or in `Str::of(…)`), an interpolated string or a sprintf format; a MailMessage chain in the
// same class is read as well.
test('a notification\'s channel methods: arrays of message parts, heredocs, interpolation and MailMessage chains', () => {
  const path = 'app/Notifications/Welcome.php';
  const cls = (methods: string) => `<?php\n\nnamespace App\\Notifications;\n\nclass Welcome extends Notification\n{\n${methods}\n}\n`;
  const email = `    public function toEmail($notifiable)\n    {\n        return [\n            'subject' => 'به فروشگاه خوش آمدید',\n            'text' => 'کاربر گرامی، ثبت نام شما با موفقیت انجام شد. برای ورود روی دکمه زیر کلیک کنید.',\n            'email' => $notifiable->email,\n        ];\n    }`;
  const heredoc = `    public function toSms($notifiable)\n    {\n        return ['text' => Str::of(<<<EOD\nسلام $notifiable->name، به فروشگاه خوش آمدید.\nEOD\n), 'mobile' => $notifiable->mobile];\n    }`;
  const found = lint(cls(`${email}\n\n${heredoc}`), { filePath: path }).findings;
  const text = cls(`${email}\n\n${heredoc}`);
  assert.deepEqual(found.filter((f) => f.ruleId === 'generic-greeting').map((f) => text.slice(f.range.start, f.range.end)), ['کاربر گرامی']);
  assert.equal(found.filter((f) => f.ruleId === 'missing-contact').length, 1, JSON.stringify(found.map((f) => f.ruleId)));
  // The address entry is the reader's, not a way to reach anyone; a support line in the text is.
  const warm = cls(email.replace('کلیک کنید.', 'کلیک کنید. سؤالی بود؟ به همین ایمیل پاسخ دهید.'));
  assert.deepEqual(lint(warm, { filePath: path }).findings.filter((f) => f.ruleId === 'missing-contact'), []);
  // A nowdoc and an interpolated string; a sprintf format with its values.
  const nowdoc = cls(`    public function toSms($n)\n    {\n        return <<<'EOD'\nDear customer, your order has shipped.\nEOD;\n    }`);
  assert.ok(lint(nowdoc, { filePath: path }).findings.some((f) => f.ruleId === 'generic-greeting'));
  const interpolated = cls(`    public function toSms($n)\n    {\n        return "Dear customer, order {$n->code} has shipped.";\n    }`);
  assert.ok(lint(interpolated, { filePath: path }).findings.some((f) => f.ruleId === 'generic-greeting'));
  const format = cls(`    public function toSms($n)\n    {\n        return sprintf('Dear customer, order %s has shipped.', $n->code);\n    }`);
  assert.ok(lint(format, { filePath: path }).findings.some((f) => f.ruleId === 'generic-greeting'));
  // MailMessage beside an SMS method: its lines are read too.
  const mail = cls(`    public function toMail($n)\n    {\n        return (new MailMessage)\n            ->subject('Your order shipped')\n            ->greeting('Dear customer,')\n            ->line('Please do not reply to this email.');\n    }`);
  const mailFound = lint(mail, { filePath: path }).findings.map((f) => f.ruleId);
  assert.ok(mailFound.includes('generic-greeting') && mailFound.includes('no-reply'), JSON.stringify(mailFound));
  // A fix inside a heredoc keeps the class valid PHP.
  assert.doesNotThrow(() => parsesAsPhp(fixText(nowdoc, { filePath: path }).text));
});

// Blade's directives are template syntax: read as prose, `@endsection` was a letter's last line (where a signer is
// looked for) and the code in `@if (!empty($title))` became a sentence. `@lang('…')` prints its sentence.
const bladeProse = (text: string, file: string) =>
  extract(text, formatFor(file), file).blocks.map((b) => buildProse(b)?.text.replaceAll(PLACEHOLDER, '<T>')).filter(Boolean).join('\n');

test('Blade: directives are syntax, @lang and {!! __() !!} sentences are prose', () => {
  const view = "@extends('emails.layout')\n@section('content')\n@if (!empty($title))\n<h1>{{ $title }}</h1>\n@endif\n<p>@lang('Your ticket has been closed. Just reply to reopen it.')</p>\n<p>{!! __('Support powered by :app_name', ['app_name' => 'Acme']) !!}</p>\n<p>Write to help@if.com any time.</p>\n@endsection\n";
  const prose = bladeProse(view, 'resources/views/emails/closed.blade.php');
  for (const code of ['@extends', 'emails.layout', '@section', 'empty', '$title', '@endif', '@endsection', '@lang']) assert.ok(!prose.includes(code), `${code} is not prose: ${prose}`);
  assert.match(prose, /Your ticket has been closed\. Just reply to reopen it\./i);
  assert.match(prose, /Support powered by/i);
  assert.match(prose, /help@if\.com/, 'an address is not a directive');
  // `@php … @endphp` is code throughout.
  assert.doesNotMatch(bladeProse("<p>Hello,</p>\n@php\n$x = 'Please do not reply';\n@endphp\n<p>Thanks</p>\n", 'a.blade.php'), /Please do not reply/i);
});

test('Blade directives outside PHP files: only at the start of a line; a handle mid-sentence is text', () => {
  const prose = bladeProse('Hi there,\n\nFollow us @once a week for news.\n\n@if\nThanks\n', 'mail.txt');
  assert.match(prose, /Follow us @once a week/i);
  assert.doesNotMatch(prose, /@if/);
});

test('PHP views printing t(\'…\') / e(\'…\') (Kanboard, Drupal) and trans(\'…\'): the sentence is prose, a key stays code', () => {
  // Written for this test.
  const view = "<p><?= t('Please do not reply to this email.') ?></p>\n<p><?= t('email.footer') ?></p>\n<p><?php e('Your invitation expires in two days.') ?></p>\n";
  const prose = bladeProse(view, 'app/Template/email/invite.php');
  assert.match(prose, /please do not reply to this email\./i);
  assert.match(prose, /your invitation expires in two days/i);
  assert.doesNotMatch(prose, /email\.footer/);
  assert.ok(lint(view, { filePath: 'app/Template/email/invite.php' }).findings.some((f) => f.ruleId === 'no-reply'));
});
