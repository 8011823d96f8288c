/**
 * The CLI reads the partials a template includes from disk, inside the template's project only: a footer kept in
 * `app/views/shared/_footer.html.erb` or `include/footer.ftl` is part of the letter (missing-contact stays quiet when
 * it names a way to reach someone); a link or a `../` path out of the project reads nothing. Written for this test.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { byFile, ensureBuilt, project, warmly } from './helpers';

before(ensureBuilt);

const SHIPPED = 'Hi <%= @user.first_name %>,\n\nYour order has shipped and will arrive within three business days.\n\n<%= render "shared/footer" %>\n';
const DELAY = 'Dear ${order.recipient_name},\n\nYour order is a week late, and I am sorry for that.\n\n<#include "../include/footer.ftl">\n';

const missing = (stdout: string, dir: string, file: string) => (byFile(stdout, dir)[file] ?? []).filter((m) => m.ruleId === 'missing-contact').length;

test('a footer partial with an address counts, found by the template language\'s conventions', () => {
  const dir = project({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'app/views/order_mailer/shipped.html.erb': SHIPPED,
    'app/views/shared/_footer.html.erb': '<p>Questions? Write to <a href="mailto:help@acme.example">help@acme.example</a>.</p>\n',
    'letters/delay.ftl': DELAY,
    'include/footer.ftl': 'Best regards,\n${config.signature}\n',
    'resources/views/emails/refund.blade.php': "<p>Hi {{ $name }},</p>\n<p>Your refund of {{ $amount }} was sent today and reaches your card within five days.</p>\n@include('emails.partials.footer')\n",
    'resources/views/emails/partials/footer.blade.php': '<p>Call us on 555-0100 (support) any weekday.</p>\n',
  });
  const r = warmly(['lint', '--format', 'json', '.'], { cwd: dir });
  assert.equal(missing(r.stdout, dir, 'app/views/order_mailer/shipped.html.erb'), 0, r.stdout);
  assert.equal(missing(r.stdout, dir, 'letters/delay.ftl'), 0, r.stdout);
  assert.equal(missing(r.stdout, dir, 'resources/views/emails/refund.blade.php'), 0, r.stdout);
  // From a sub-folder and through stdin with a file name, the project is the same.
  const sub = warmly(['lint', '--format', 'json', 'shipped.html.erb'], { cwd: join(dir, 'app/views/order_mailer') });
  assert.equal(missing(sub.stdout, join(dir, 'app/views/order_mailer'), 'shipped.html.erb'), 0, sub.stdout);
  const stdin = warmly(['lint', '--format', 'json', '--stdin', '--stdin-filename', 'letters/delay.ftl'], { cwd: dir, input: DELAY });
  assert.equal(JSON.parse(stdin.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'missing-contact').length, 0, stdin.stdout);
});

test('without the partial, or with one that reaches no one, the letter is still missing a contact', () => {
  const dir = project({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'app/views/order_mailer/shipped.html.erb': SHIPPED,
    'app/views/shared/_footer.html.erb': '<p>Acme Inc., 1 Main Street, Springfield. All rights reserved.</p>\n',
    'letters/delay.ftl': DELAY,
  });
  const r = warmly(['lint', '--format', 'json', '.'], { cwd: dir });
  assert.equal(missing(r.stdout, dir, 'app/views/order_mailer/shipped.html.erb'), 1, r.stdout);
  assert.equal(missing(r.stdout, dir, 'letters/delay.ftl'), 1, r.stdout);
});

test('nothing outside the project is read: not through ../, not through a symbolic link', () => {
  const outside = mkdtempSync(join(tmpdir(), 'warmly-outside-'));
  mkdirSync(join(outside, 'include'), { recursive: true });
  writeFileSync(join(outside, 'include', 'footer.ftl'), 'Write to secret@outside.example any time.\n');
  const dir = project({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'letters/delay.ftl': 'Dear ${name},\n\nYour order is a week late, and I am sorry for that.\n\n<#include "../../' + outside.split('/').pop() + '/include/footer.ftl">\n',
    'mail/late.ftl': DELAY,
  });
  // mail/../include is a link to the folder outside.
  symlinkSync(join(outside, 'include'), join(dir, 'include'));
  const r = warmly(['lint', '--format', 'json', '.'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(missing(r.stdout, dir, 'letters/delay.ftl'), 1, r.stdout);
  assert.equal(missing(r.stdout, dir, 'mail/late.ftl'), 1, r.stdout);
});

test('HAML mailers: `= render` reads the Rails partial beside the template; the finding is on the words, not the Ruby', () => {
  const welcome = "%p Hi #{@user.first_name.presence || 'there'},\n%p\n  Thanks for signing up: your plot is ready whenever you are.\n= render 'closing'\n";
  const dir = project({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'app/views/member_mailer/welcome.html.haml': welcome,
    'app/views/member_mailer/_closing.html.haml': '%p\n  Cheers,\n  %br\n  Priya Shah\n%p Questions? Just reply to this email.\n',
    // A text mail does not render the HTML partial: Rails looks for `_closing.text.*`.
    'app/views/member_mailer/reminder.text.haml': "-# no partial here\nDear member,\n\nYour plot fee is due on Friday. Please do not reply to this email.\n\n= render 'closing'\n",
  });
  const r = warmly(['lint', '.'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.split('\n').map((l) => l.trim()).filter((l) => /^\d+:\d+/.test(l)).map((l) => l.replace(/\s{2,}/g, ' | '));
  assert.deepEqual(lines, [
    '2:1 | warning | Greet the reader by name: "Dear customer" tells them they are one of thousands. | generic-greeting',
    '4:33 | error | Invite replies instead: a reader who is told not to answer learns that nobody is listening. | no-reply',
    '6:1 | warning | Give the reader a person to reach: no name, no invitation to reply and no direct contact leaves them nowhere to turn. | missing-contact',
  ]);
  assert.match(r.stdout, /reminder\.text\.haml/);
  assert.doesNotMatch(r.stdout, /welcome\.html\.haml/);
});
