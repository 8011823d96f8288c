/**
 * HAML (Rails mailers' `.html.haml` / `.text.haml`) is read line by line: element prefixes and attribute hashes are
 * markup, `=` lines and `#{…}` are Ruby output, `-` lines statements, `-#` and `/` comments and filter blocks are not
 * prose, and the text that is left maps back to the exact offsets in the file. Templates written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLinter, formatFor } from '../../server/engine';
import { extract } from '../../server/engine/formats';
import { includesOf, isInside, partialCandidates, type PartialHost } from '../../server/engine/partials';
import { buildProse, PLACEHOLDER } from '../../server/engine/prose';
import { lint } from '../../server/linter';
import { rules } from '../../rules';
import { directiveComment } from '../../server/language-server/suppression';

const MAILER = [
  '-# UserMailer#welcome',
  '-#   an indented block under a silent comment is hidden too: Dear customer',
  "%table{ width: '100%',",
  "        style: 'border: 0; color: #333' }",
  '  %tr',
  "    %td{ style: 'padding: 10px' }",
  '      %p Hello #{@user.name},',
  '      %p',
  '        Your login is',
  '        = @member.login_name',
  "      %p= link_to 'Reset your password', edit_password_url(@token)",
  '      - if @member.admin?',
  '        %p(class="note") You can manage the team.',
  '      / Dear customer (an HTML comment)',
  '      :javascript',
  '        var greeting = "Dear customer";',
  '      %p',
  '        \\= not Ruby: an escaped first character',
  "      = render partial: 'signature'",
].join('\n');

const x = extract(MAILER, 'haml', 'app/views/user_mailer/welcome.html.haml');
const src = (r: { start: number; end: number }) => MAILER.slice(r.start, r.end);
const prose = x.blocks.map((b) => buildProse(b)!).filter(Boolean);

test('the registry knows .haml, .html.haml and .text.haml', () => {
  for (const file of ['a.haml', 'welcome.html.haml', 'welcome.text.haml', 'APP/VIEWS/X.HTML.HAML']) assert.equal(formatFor(file), 'haml', file);
  assert.equal(directiveComment('haml', 'warmly-disable-next-line no-reply'), '-# warmly-disable-next-line no-reply');
});

test('tags: = lines and #{} are output, - lines statements, -# and / comments', () => {
  const tags = x.scan.tags.map((t) => [t.kind, src(t), t.variable ?? null]);
  assert.deepEqual(tags, [
    ['comment', '-# UserMailer#welcome', null],
    ['comment', '-#   an indented block under a silent comment is hidden too: Dear customer', null],
    ['output', '#{@user.name}', 'user.name'],
    ['output', '= @member.login_name', 'member.login_name'],
    // A link helper's text is prose: the Ruby around it is code.
    ['statement', "= link_to '", null],
    ['statement', "', edit_password_url(@token)", null],
    ['statement', '- if @member.admin?', null],
    ['comment', '/ Dear customer (an HTML comment)', null],
    ['output', "= render partial: 'signature'", null],
  ]);
  const out = x.scan.tags.find((t) => t.variable === 'member.login_name')!;
  assert.equal(out.expr, '@member.login_name');
  assert.equal(out.dialect, 'haml');
  // The filter's text is hidden, and so is what the comments cover.
  assert.ok(x.scan.hidden.some((h) => src(h).includes('var greeting')));
});

test('prose: element prefixes, attributes, comments and filters are not prose; the text maps to itself', () => {
  const texts = prose.map((b) => b.text.replaceAll(PLACEHOLDER, '<T>'));
  // `\=` escapes the `=`, which is then text; the `= render` line is outside the `%p` above it.
  assert.deepEqual(texts, ['hello <T>,', 'your login is\n<T>', 'reset your password', 'you can manage the team.', '= not ruby: an escaped first character', '<T>']);
  for (const b of prose) assert.ok(!/dear customer|%|\{|style|padding|greeting/.test(b.text), b.text);
  // Every character of prose maps back to the same character in the file.
  for (const block of x.blocks) {
    for (const p of block.pieces) if (p.kind === 'text') assert.equal(p.value, MAILER.slice(p.start, p.end));
  }
  const hello = MAILER.indexOf('Hello');
  assert.equal(prose[0].starts[0], hello);
  assert.equal(prose[0].ends[prose[0].text.length - 1], MAILER.indexOf(',', hello) + 1);
});

test('a = line over several lines, a | multiline marker, :plain text and %br', () => {
  const text = [
    '%p= link_to t(".reset"),',
    '    edit_password_url(@token)',
    '%p',
    '  Thanks for joining us, |',
    '  we are glad you are here. |',
    ':plain',
    '  - this dash is text in a filter, #{@user.name}',
    '%p',
    '  Cheers,',
    '  %br',
    '  Maria',
  ].join('\n');
  const ex = extract(text, 'haml', 'a.html.haml');
  const first = ex.scan.tags[0];
  assert.equal(text.slice(first.start, first.end), '= link_to t(".reset"),\n    edit_password_url(@token)');
  const blocks = ex.blocks.map((b) => buildProse(b)!.text.replaceAll(PLACEHOLDER, '<T>'));
  assert.deepEqual(blocks, ['<T>', 'thanks for joining us,\nwe are glad you are here.', '- this dash is text in a filter, <T>', 'cheers,\nmaria']);
  assert.ok(ex.blocks[3].pieces.some((p) => p.kind === 'break'));
});

test('an output tag is guarded inside - if on the same value, and a fallback is its own', () => {
  const text = '- if @user.first_name.present?\n  %p Hi #{@user.first_name},\n%p Hi #{@user.nickname.presence || "there"},\n%p Hi #{@user.last_name},';
  const tags = extract(text, 'haml', 'a.html.haml').scan.tags.filter((t) => t.kind === 'output');
  assert.deepEqual(tags.map((t) => [t.variable, Boolean(t.guarded), Boolean(t.hasFallback)]), [
    ['user.first_name', true, false],
    ['user.nickname', false, true],
    ['user.last_name', false, false],
  ]);
});

test('= render includes a Rails partial, found as _name in the same format in either template language', () => {
  const names = (t: string, path = 'app/views/user_mailer/welcome.html.haml') => includesOf(extract(t, 'haml', path).scan.tags, t, path).map((r) => [r.name, r.style]);
  assert.deepEqual(names("= render 'signature'\n= render partial: 'shared/footer'\n%p= render 'x', user: @user\n-# = render 'hidden'"), [
    ['signature', 'rails'], ['shared/footer', 'rails'], ['x', 'rails'],
  ]);
  const candidates = partialCandidates({ start: 0, end: 0, name: 'signature', style: 'rails' }, '/p/app/views/user_mailer/welcome.text.haml', '/p');
  assert.equal(candidates[0], '/p/app/views/user_mailer/_signature.text.haml');
  assert.ok(candidates.includes('/p/app/views/user_mailer/_signature.text.erb'));
  // A text mail never renders an HTML partial.
  assert.ok(!candidates.some((c) => c.endsWith('.html.haml') || c.endsWith('.html.erb')), candidates.join('\n'));
});

const COLD = [
  '%table',
  '  %tr',
  "    %td{ style: 'padding: 16px' }",
  '      %p Dear customer,',
  '      %p',
  '        Your order',
  '        = @order.number',
  '        has shipped.',
  '      %p This is an automated message. Please do not reply to this email.',
  '      %p',
  '        Regards,',
  '        %br',
  '        The Acme Team',
].join('\n');

test('rules: a cold HAML mailer gets generic-greeting, no-reply and missing-contact on the right words', () => {
  const found = lint(COLD, { filePath: 'app/views/order_mailer/shipped.html.haml' }).findings;
  const at = (id: string) => found.filter((f) => f.ruleId === id).map((f) => COLD.slice(f.range.start, f.range.end));
  assert.deepEqual(at('generic-greeting'), ['Dear customer']);
  assert.deepEqual(at('no-reply'), ['Please do not reply to this email']);
  assert.deepEqual(at('missing-contact'), ['Regards,']);
  assert.deepEqual(at('faceless-signoff'), ['The Acme Team']);
  // Nothing is reported on markup or Ruby.
  for (const f of found) assert.ok(!/^[%=-]|padding/.test(COLD.slice(f.range.start, f.range.end)), COLD.slice(f.range.start, f.range.end));
  // The greeting rewrite is written as HAML interpolation, not as ERB.
  const greeting = found.find((f) => f.ruleId === 'generic-greeting')!;
  assert.match(greeting.suggestions[0].edits[0].text, /#\{first_name\.presence \|\| "there"\}/);
});

/** A linter over in-memory files. */
function linterOver(files: Record<string, string>) {
  const host: PartialHost = { readFile: (path, root) => (isInside(path, root) ? files[path] : undefined) };
  return createLinter(rules, host);
}

const WARM = [
  'Hi #{@user.first_name.presence || "there"},',
  '',
  'Your order #{@order.number} has shipped and will reach you by Friday.',
  '',
  "= render 'closing'",
].join('\n');

test('rules: a warm HAML mailer with its closing partial beside it is quiet; without the partial it misses a contact', () => {
  const path = '/p/app/views/order_mailer/shipped.text.haml';
  const closing = 'Cheers,\nMaria Lopez\nReply to this email if anything looks wrong: I read every message.\n';
  const withPartial = linterOver({ [path]: WARM, '/p/app/views/order_mailer/_closing.text.haml': closing });
  assert.deepEqual(withPartial.lint(WARM, { filePath: path, partialRoot: '/p' }).findings.map((f) => f.ruleId), []);
  const without = linterOver({ [path]: WARM }).lint(WARM, { filePath: path, partialRoot: '/p' }).findings;
  assert.deepEqual(without.map((f) => f.ruleId), ['missing-contact']);
});

test('a -# directive silences the next line', () => {
  const text = '%p\n  -# warmly-disable-next-line no-reply\n  Please do not reply to this email.\n';
  assert.equal(lint(text, { filePath: 'a.html.haml' }).findings.filter((f) => f.ruleId === 'no-reply').length, 0);
});

// `= link_to "Reply to this message", @reply_link`: the words of a link are what the reader sees, so they are prose (in
// their string literal, a rewrite escaped for its quote), and a link is no signer. Written for this test.
test('link_to texts are prose and links: a reply link counts as a contact, a contact link is no team signing', () => {
  const mail = '%p\n  Hello #{@user.first_name},\n%p\n  Your order has shipped and will arrive within three days.\n%p\n  = link_to "Reply to this message", @reply_link\n  %br/\n  = link_to "Contact our support team", contact_url\n';
  const found = lint(mail, { filePath: 'notifier_mailer/shipped.html.haml' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'missing-contact' || f.ruleId === 'faceless-signoff'), []);
  const ext = extract(mail, formatFor('a.html.haml'), 'a.html.haml');
  assert.deepEqual(ext.links.map((l) => mail.slice(l.start, l.end)), ['Reply to this message', 'Contact our support team']);
  assert.equal(ext.links[1].href, 'contact_url');
  // A helper whose text interpolates, or a lone word, stays code.
  const code = '%p\n  Your order has shipped and will arrive within three days.\n  = link_to "Hi #{@user.name}", profile_url\n  = link_to "Orders", orders_url\n';
  assert.deepEqual(extract(code, formatFor('a.html.haml'), 'a.html.haml').links, []);
  // Without the reply link, the same mail has no one to reach.
  const cold = mail.replace('  = link_to "Reply to this message", @reply_link\n  %br/\n', '').replace('  = link_to "Contact our support team", contact_url\n', '');
  assert.equal(lint(cold, { filePath: 'notifier_mailer/shipped.html.haml' }).findings.filter((f) => f.ruleId === 'missing-contact').length, 1);
});

test('= mail_to prints an address: a literal one or a support address variable is a way to write to someone', () => {
  const haml = (line: string) => `%p Hi #{@user.first_name},\n%p Your order #{@order.number} has shipped and should arrive within three days.\n%p\n  Questions?\n  ${line}\n%p The Acme team\n`;
  const contact = (line: string) => lint(haml(line), { filePath: 'app/views/order_mailer/shipped.html.haml' }).findings.filter((f) => f.ruleId === 'missing-contact').length;
  assert.equal(contact('= mail_to "help@acme.example"'), 0);
  assert.equal(contact('= mail_to @store.support_email'), 0);
  assert.equal(contact('= mail_to @user.email'), 1);
  assert.equal(contact('= link_to "Orders", orders_url'), 1);
});
