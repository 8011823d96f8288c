/**
 * Placeholder dialects are recognized in every format (plain text included) and their names are read for what
 * they hold: the reader, the sender, the company, a way to reach staff. Texts are written for this test.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanTags } from '../../server/engine/formats/tags';
import { lint } from '../../server/linter';
import { classifyVariable, identifierWords, namesAPerson, type VariableClass } from '../../server/engine/variables';
import type { Format } from '../../server/engine/types';

const outputs = (text: string, format: Format = 'plain', ext = '.txt') =>
  scanTags(text, format, ext).tags.filter((t) => t.kind === 'output').map((t) => ({ source: text.slice(t.start, t.end), variable: t.variable }));

describe('every common placeholder syntax is a tag, in plain text as in HTML', () => {
  const cases: [string, string, string | undefined][] = [
    ['Questions? Write to %(owner_email)s any time.', '%(owner_email)s', 'owner_email'],
    ['Hello %s, your ticket is closed.', '%s', undefined],
    ['Your agent is %%AGENT_NAME%% today.', '%%AGENT_NAME%%', 'AGENT_NAME'],
    ['Contact ###ADMIN_EMAIL### for help.', '###ADMIN_EMAIL###', 'ADMIN_EMAIL'],
    ['Your code is #CODE# for today.', '#CODE#', 'CODE'],
    ['Thanks,\n{SIGNATURE}', '{SIGNATURE}', 'SIGNATURE'],
    ['Regards, {$Agent->Name()}', '{$Agent->Name()}', 'Agent.Name'],
    ['Thank you, {{var store.getName()}}', '{{var store.getName()}}', 'store.getName'],
    ['Kind regards, ${object.user_id.name}', '${object.user_id.name}', 'object.user_id.name'],
    ['Order {0} has shipped.', '{0}', undefined],
    ['Hi {name}, welcome.', '{name}', 'name'],
    // SugarCRM / SuiteCRM: a bare `$` and an identifier.
    ['Hi $contact_first_name, your case is closed.', '$contact_first_name', 'contact_first_name'],
    ['Cheers, {{ .SenderName }}', '{{ .SenderName }}', 'SenderName'],
    ['Best, @Model.Agent.Name', '@Model.Agent.Name', 'Agent.Name'],
    ['سلام {MEMBER_NAME} عزیز، سفارش شما ارسال شد.', '{MEMBER_NAME}', 'MEMBER_NAME'],
    ['با احترام، %%AGENT_NAME%%', '%%AGENT_NAME%%', 'AGENT_NAME'],
    // FreeScout: a dotted path alone between {% %} is a variable, not a Liquid/Twig statement.
    ['Hello {%customer.firstName%}, thanks.', '{%customer.firstName%}', 'customer.firstName'],
    // Template Toolkit (Sympa, Koha, RT), with and without whitespace-chomping marks, and GET.
    ['Hello [% user.first_name %], welcome.', '[% user.first_name %]', 'user.first_name'],
    ['Write to [%- conf.listmaster_email -%] any time.', '[%- conf.listmaster_email -%]', 'conf.listmaster_email'],
    ['Signed, [% GET sender.name %]', '[% GET sender.name %]', 'sender.name'],
    ['Hi [% patron.name | html %], your hold is ready.', '[% patron.name | html %]', 'patron.name'],
    // Koha notices' doubled angle brackets, and Dolibarr's substitution keys.
    ['Dear <<borrowers.firstname>>, your items are due.', '<<borrowers.firstname>>', 'borrowers.firstname'],
    ['Sincerely,\n__USER_SIGNATURE__', '__USER_SIGNATURE__', 'USER_SIGNATURE'],
    ['Please find order __REF__ below.', '__REF__', 'REF'],
    // Prefix-only hashes of Persian payment and SMS templates (two camel-case parts, or upper snake case).
    ['ایمیل سایت پذیرنده: #SiteEmail', '#SiteEmail', 'SiteEmail'],
    ['Your order #ORDER_ID has shipped.', '#ORDER_ID', 'ORDER_ID'],
    // Meteor i18n (Wekan): lower case between double underscores.
    ['__inviter__ has invited you to __board__.', '__inviter__', 'inviter'],
  ];
  for (const [text, source, variable] of cases) {
    test(source, () => {
      for (const [format, ext, wrap] of [['plain', '.txt', (t: string) => t], ['html', '.html', (t: string) => `<p>${t}</p>`]] as const) {
        const found = outputs(wrap(text), format, ext);
        assert.ok(found.some((f) => f.source === source && f.variable === variable), `${format}: ${JSON.stringify(found)}`);
      }
    });
  }

  test('prose that only looks like a placeholder is left alone', () => {
    for (const text of [
      'Save 50% on every order, 100%s of customers agree.',
      'We ship to 20 countries: see #1 in our FAQ and C# or F# courses.',
      '## Your order ##',
      'Email me at sara@example.com or on Twitter.',
      '@media screen and (max-width: 600px) {}',
      'Colors like #fff and #A0B1C2 are styles, so is #AbCdEf.',
      'Ticket #1234 and issue #Price are not names; see <a href="#TopSection">the top</a>.',
      '<style>\n#MessageViewBody a { color: inherit; }\n}#OutlookBody { margin: 0; }\n</style>',
      'In C++ write cout << total << endl; shifts like a<<2 are code.',
      'Python calls __init__ first; __bold words__ are Markdown emphasis.',
      'Up to 50% off [% when stock lasts.',
    ]) assert.deepEqual(outputs(text), [], text);
  });

  test('Template Toolkit directives are statements and blocks, not values; comments are hidden', () => {
    const text = "Hi [% user.name %],\n[%- IF list.owner -%]Owner: [% list.owner %][% ELSE %]No owner[% END %]\n[%# not shown %]\n[%|loc(list.name)%]Welcome to %1[%END%]\n[% INCLUDE 'signature.tt2' %][% total = 0 %]";
    for (const [format, ext] of [['plain', '.txt'], ['html', '.html'], ['markdown', '.md']] as const) {
      const scan = scanTags(text, format, ext);
      const kinds = scan.tags.map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
      assert.deepEqual(kinds, [
        'output:[% user.name %]', 'open:[%- IF list.owner -%]', 'output:[% list.owner %]', 'else:[% ELSE %]', 'close:[% END %]',
        'comment:[%# not shown %]', 'open:[%|loc(list.name)%]', 'output:%1', 'close:[%END%]', "statement:[% INCLUDE 'signature.tt2' %]", 'statement:[% total = 0 %]',
      ], format);
      assert.deepEqual(scan.broken, [], format);
      // The owner inside `IF list.owner` is guarded by its block.
      assert.equal(scan.tags.find((t) => t.variable === 'list.owner')?.guarded, true);
    }
    const unbalanced = scanTags('Hi [% IF name %][% name %]', 'plain', '.txt');
    assert.equal(unbalanced.broken[0]?.reason, 'unclosed-block');
  });

  // Sympa's translated strings number their values; the block's arguments say what each one prints.
  test('`%1`, `%2` inside `[%|loc(a, b)%]` print the block\'s arguments; `<%2>` is no ERB tag', () => {
    const text = '[%|loc(list.name,domain,rejected_by)%]Your message for list %1@%2 has been rejected by the moderator (%3).[%END%]\n[%|loc(list.name,requested_by)%]You are invited to %1 list by <%2>.[%END%]\n50 %1 off';
    const scan = scanTags(text, 'plain', '.tt2');
    assert.deepEqual(outputs(text, 'plain', '.tt2'), [
      { source: '%1', variable: 'list.name' }, { source: '%2', variable: 'domain' }, { source: '%3', variable: 'rejected_by' },
      { source: '%1', variable: 'list.name' }, { source: '%2', variable: 'requested_by' },
    ]);
    assert.deepEqual(scan.broken, []);
  });

  test("control words in a placeholder dialect's own delimiters are statements; a value named like one is a value", () => {
    const text = 'Hello %IF:NAME%%NAME%%ELSE%there%END%, until %END_DATE%. %%ENDIF%% #END# %else%';
    const scan = scanTags(text, 'plain', '.txt');
    assert.deepEqual(scan.tags.filter((t) => t.kind === 'output').map((t) => t.variable), ['NAME', 'END_DATE']);
    assert.deepEqual(scan.tags.filter((t) => t.kind !== 'output').map((t) => text.slice(t.start, t.end)), ['%IF:NAME%', '%ELSE%', '%END%', '%%ENDIF%%', '#END#', '%else%']);
  });

  test('a Template Toolkit, Koha or Dolibarr signature, address or phone is a contact in every format', () => {
    const letters = [
      'Dear [% user.name %],\n\nYour subscription to the list is confirmed.\n\nQuestions? Write to [% conf.listmaster_email %].',
      'Dear <<borrowers.firstname>>,\n\nThe items below are now due back at the library.\n\nPhone: <<branches.branchphone>>',
      '__(Hello)__\n\nYour shipment left our warehouse today.\n\n__(Sincerely)__\n\n__USER_SIGNATURE__',
    ];
    for (const letter of letters) {
      for (const file of ['mail.txt', 'mail.md', 'mail.html', 'mail.tt']) {
        const text = file.endsWith('.html') ? letter.split('\n\n').map((p) => `<p>${p}</p>`).join('\n') : letter;
        assert.deepEqual(lint(text, { filePath: file }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.actual), [], `${file}: ${text}`);
      }
    }
    // The same dialects without any way to reach someone: still missing contact.
    const faceless = 'Dear <<borrowers.firstname>>,\n\nThe items below are now due back at the library.\n\n<<biblio.title>> by <<biblio.author>>\n\nYour library';
    for (const file of ['mail.txt', 'mail.md']) assert.equal(lint(faceless, { filePath: file }).findings.filter((f) => f.ruleId === 'missing-contact').length, 1, file);
  });

  test("Laravel's translation call with a sentence as its key is prose around its :placeholders; a dotted key stays a tag", () => {
    const text = "<p>{{ __('Hello :user_name', ['user_name' => $user->name]) }},</p><p>{{ __('auth.failed') }}</p>";
    const scan = scanTags(text, 'html', '.blade.php');
    const outs = scan.tags.filter((t) => t.kind === 'output').map((t) => text.slice(t.start, t.end));
    assert.deepEqual(outs, [':user_name', "{{ __('auth.failed') }}"]);
    const findings = lint('{{ __("Your password was changed. Please do not reply to this email.") }}', { filePath: 'mail.blade.php' }).findings;
    assert.ok(findings.some((f) => f.ruleId === 'no-reply'), JSON.stringify(findings.map((f) => f.ruleId)));
  });

  test('Liquid and Twig statements stay statements next to FreeScout variables', () => {
    for (const text of ['{% if customer.name %}Hi{% endif %}', '{% include footer.html %}', '{% endif %}', '{% comment.foo %}x', '{%- customer.name -%}']) {
      assert.deepEqual(outputs(text, 'liquid', '.liquid'), [], text);
    }
  });
});

describe('variable names say what they hold', () => {
  const cases: [string, VariableClass][] = [
    // Moodle's `$a` parameter object carries no meaning; the admin sign-off prints a named person and an address.
    ['a.admin', 'sender'],
    ['a.sitename', 'organization'],
    ['a.firstname', 'recipientName'],
    // A journal or conference signs as a body; its editor or chair is a person.
    ['journal_name', 'organization'],
    ['conferenceName', 'organization'],
    ['society.name', 'organization'],
    ['editor_name', 'sender'],
    ['journal_editor_name', 'sender'],
    ['chair_name', 'sender'],
    // A signatory signs; a leading "template" before two or more words is the mailer's namespace (PRiSM's FreeMarker
    // mail), while `template_name` still names a template.
    ['signatory_full_name', 'sender'],
    ['TEMPLATE_SIGNATORY_FULL_NAME', 'sender'],
    ['TEMPLATE_RECIPIENT_FIRST_NAME', 'recipientName'],
    ['template_name', 'other'],
    // The place's contact person (OJS's `{$siteContactName}`) is someone to reach; a bare CRM `contact_name` is the reader.
    ['siteContactName', 'sender'],
    ['store.contact_name', 'sender'],
    ['contact_name', 'recipientName'],
    ['committee_email', 'contactEmail'],
    // Mailman's `%(adminaddr)s`: "addr" is an address; a library branch answers as the organisation; a book's
    // author wrote the book, not the letter.
    ['adminaddr', 'contactEmail'],
    ['owner_addr', 'contactEmail'],
    ['branches.branchphone', 'contactPhone'],
    ['branches.branchname', 'organization'],
    ['biblio.author', 'other'],
    ['article_requests.author', 'other'],
    // A messenger handle is a line to someone; whose, the other words say. A channel is for news.
    ['telegram_account', 'phone'],
    ['admin_telegram_id', 'contactPhone'],
    ['support_whatsapp', 'contactPhone'],
    ['customer.telegram_username', 'recipientContact'],
    ['telegram_channel', 'other'],
    ['phone_no', 'phone'],
    ['prison.phone_no', 'phone'],
    ['support_tel_nr', 'contactPhone'],
    ['SIGNATURE', 'sender'],
    ['AGENT_NAME', 'sender'],
    ['Agent.Name', 'sender'],
    ['SenderName', 'sender'],
    ['object.user_id.name', 'sender'],
    // A fallback after the path (QWeb/Python `or`, JS `||` and `??`) says nothing of what the value is.
    ["object.user_id.name or ''", 'sender'],
    ["user.email || 'none'", 'recipientContact'],
    // Odoo: the responsible employee's company reaches the sender's side.
    ["object.user_id.company_id.phone or ''", 'contactPhone'],
    ['object.user_id.company_id.email', 'contactEmail'],
    ['object.user_id.company_id.name', 'organization'],
    ['object.partner_id.phone', 'recipientContact'],
    // The app's own server, read from its settings, is a place: `config.host` signs nobody.
    ['config.host', 'other'],
    ['staff.signature', 'sender'],
    ['owner_email', 'contactEmail'],
    ['ADMIN_EMAIL', 'contactEmail'],
    ['support_email', 'contactEmail'],
    ['store.phone', 'contactPhone'],
    ['review_url', 'contactUrl'],
    ['STATUS_LINK', 'contactUrl'],
    ['ticket_link', 'contactUrl'],
    ['BOARD_NAME', 'organization'],
    ['shop.name', 'organization'],
    ['store.getName', 'organization'],
    ['site_name', 'organization'],
    ['MEMBER_NAME', 'recipientName'],
    ['customer.first_name', 'recipientName'],
    ['ticket.name.first', 'recipientName'],
    ['customer_email', 'recipientContact'],
    ['user.email', 'recipientContact'],
    ['email', 'email'],
    ['unsubscribe_url', 'unsubscribe'],
    // Hard negatives: the name of a thing, a product page, a code.
    ['order_name', 'other'],
    ['product.title', 'other'],
    ['product_review_url', 'other'],
    ['order_status_url', 'other'],
    ['USER_ID', 'other'],
    ['CODE', 'other'],
    // Compounds written as one word: LimeSurvey's `{ADMINNAME}` and `{ADMINEMAIL}` are the survey's administrator,
    // the sender; `agent_sign` is a signature. `hostname`, `username` and `sitename` keep their own meaning.
    ['ADMINNAME', 'sender'],
    ['ADMINEMAIL', 'contactEmail'],
    ['SENDERNAME', 'sender'],
    ['FROMNAME', 'sender'],
    ['supportemail', 'contactEmail'],
    ['CUSTOMEREMAIL', 'recipientContact'],
    ['agent_sign', 'sender'],
    ['staff_sign', 'sender'],
    ['hostname', 'other'],
    ['username', 'recipientName'],
    ['SITENAME', 'organization'],
    ['system_from', 'other'],
    // Staff roles beyond "agent": an employee, a CSR, an account manager (a reader word qualifying a staff role).
    ['employee_name', 'sender'],
    ['csr_name', 'sender'],
    ['account_manager.name', 'sender'],
    ['customer_service_agent_name', 'sender'],
    ['customer.name', 'recipientName'],
    // Where replies go is the sender's address; an email address leaf is an email whoever's it is.
    ['reply_to', 'contactEmail'],
    ['config.mail.from.address', 'contactEmail'],
    ['customer.email_address', 'recipientContact'],
    ['email_address', 'email'],
    ['shipping_address', 'other'],
    // A support case's or a messaging app's page reaches a person; an order's tracking page does not.
    ['case_url', 'contactUrl'],
    ['whatsapp_link', 'contactUrl'],
    ['order.tracking_url', 'other'],
    // A path that ends in a person's role prints that person; a help desk's mailbox is the company.
    ['account_manager', 'sender'],
    ['ticket.assignee', 'sender'],
    ['inviter_name', 'sender'],
    ['mailbox.name', 'organization'],
    ['helpdesk_name', 'organization'],
    ['mailbox.email', 'contactEmail'],
    ['repo.owner', 'other'],
    // A bare host is the server's host name (Mastodon's %{host}); an event's host is named with more words.
    ['host', 'other'],
    ['host_name', 'sender'],
    // The reader's browser, named by its user-agent string (Tiledesk's transcript, allauth's security notice).
    ['request.userAgent', 'other'],
    ['user_agent', 'other'],
    ['support_agent_name', 'sender'],
  ];
  for (const [variable, expected] of cases) test(`${variable} → ${expected}`, () => assert.equal(classifyVariable(variable), expected));

  test('identifiers split on snake, camel, dots, arrows and calls', () => {
    assert.deepEqual(identifierWords('customer.getFirstName()'), ['customer', 'get', 'first', 'name']);
    assert.deepEqual(identifierWords('%%AGENT_NAME%%'), ['agent', 'name']);
    assert.deepEqual(identifierWords('Agent->Name()'), ['agent', 'name']);
  });
});

test('a huge one-word closing line is not taken for a brand name (no giant regex, no exception)', () => {
  for (const word of ['میشود'.repeat(40_000), 'Acme'.repeat(50_000)])
    for (const text of [word, `Thanks for your order.\n\nCheers,\n${word}`])
      assert.doesNotThrow(() => lint(text, { filePath: 'a.txt' }));
});

describe('a name variable is a person\'s unless a thing qualifies it', () => {
  for (const v of ['name', 'full_name', 'object.name', 'user.display_name', 'agent_name', 'current_user.name', 'provider_name', 'contact_name', 'AGENTNAME'])
    test(`${v} names a person`, () => assert.equal(namesAPerson(v), true));
  for (const v of ['newsletter_name', 'practice_name', 'cms_name', 'restaurant_name', 'store_name', 'journal_name'])
    test(`${v} names a thing`, () => assert.equal(namesAPerson(v), false));
});

// PeerTube writes every mail sentence through a helper (`{{t "Your registration request has been rejected." }}`)
// inside a partial block (`{{#> base title=(…)}}…{{/base}}`): the sentence is prose, the block is balanced.
test('a Handlebars translation helper shows its sentence; a partial block is closed by its partial\'s name', () => {
  const text = '{{#> base title=(t "Registration rejected")}}\n  <p>{{t "Your registration request for {instance} has been rejected." }}</p>\n  {{#*inline "footer"}}Thanks{{/inline}}\n{{/base}}';
  const scan = scanTags(text, 'handlebars', '.hbs');
  assert.deepEqual(scan.broken, []);
  assert.deepEqual(outputs(text, 'handlebars', '.hbs'), [{ source: '{instance}', variable: 'instance' }]);
  const found = lint(text, { filePath: 'emails/user-registration-request-rejected.hbs' }).findings;
  assert.ok(found.some((f) => f.ruleId === 'missing-contact'), 'the refusal is read and judged');
  assert.ok(!found.some((f) => f.ruleId === 'broken-merge-tag'));
  // A one-word key is a key, not a sentence.
  assert.deepEqual(outputs('{{t "welcome_title"}}', 'handlebars', '.hbs'), [{ source: '{{t "welcome_title"}}', variable: undefined }]);
});

test('a bare $identifier is a fill-in; a price, a currency code and a glued dollar are words', () => {
  assert.deepEqual(outputs('Hi $contact_name, see $sugarurl for your case.').map((o) => o.source), ['$contact_name', '$sugarurl']);
  assert.deepEqual(outputs('Your $20 credit, US$x and 5$abc, priced in $USD, with $x.'), []);
});
