/**
 * Python message modules as catalogs (server/engine/catalogs/python.ts): a module that keeps its mails or texts in
 * a message-named dict is read one entry at a time, so each mail is a letter of its own; settings and code are not.
 * Written for Warmly's tests in the shape of open-event-server's system_mails.py and a bot's MESSAGES dict.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parser } from '@lezer/python';
import { fixText, lint } from '../../server/linter';
import { catalogKindOf, parseCatalog, type Catalog } from '../../server/engine/catalogs';

const MAILS = `"""Mails the system sends, by type."""
from app.models.mail import MailType
from flask_babel import gettext as _

MAILS = {
    MailType.SESSION_STATE_CHANGE: {
        'recipient': 'Speaker',
        'pending': {
            'subject': _('Your session status for {event_name} is now pending'),
            'message': (
                "Hello,<br/><br/>"
                "This is an automatic message from {app_name}.<br/><br/>"
                "The status of your session {session_name} is now pending.<br/><br/>"
            ),
        },
    },
    MailType.TICKET_PURCHASED: {
        'subject': _('Your tickets for {event_name}'),
        'message': "Hi {buyer_name},<br/><br/>Thank you for your order. Your tickets are attached.<br/><br/>"
                   "If you have any questions, reply to this email and we will help.<br/><br/>Best,<br/>Sara from the Events team",
    },
    'refund': {
        'subject': gettext_lazy('Refund for order %(order_id)s'),
        'message': 'We acknowledge receipt of your refund request.\\nIt\\'s being reviewed \\u2014 you\\'ll hear from Sara.',
    },
    'debug': f"Built {version}",
}
`;

const parsed = (file: string, text: string): Catalog => {
  assert.equal(catalogKindOf(file, text), 'python', `${file} is not read as a Python message module`);
  const c = parseCatalog('python', text, file);
  assert.ok(!('error' in c), `${file}: ${'error' in c ? c.error : ''}`);
  return c as Catalog;
};

function shape(text: string): { strings: number; errors: number } {
  let strings = 0;
  let errors = 0;
  parser.parse(text).iterate({ enter: (n) => { if (n.name === 'String' || n.name === 'FormatString') strings++; else if (n.type.isError) errors++; } });
  return { strings, errors };
}

test('a module of mails in a dict is a catalog: keys read through attributes, translation calls and parentheses', () => {
  const c = parsed('/app/api/helpers/system_mails.py', MAILS);
  assert.deepEqual(c.messages.map((m) => m.key), [
    // `'recipient': 'Speaker'` says whom the code sends it to: no text of the mail.
    'MAILS.SESSION_STATE_CHANGE.pending.subject', 'MAILS.SESSION_STATE_CHANGE.pending.message',
    'MAILS.TICKET_PURCHASED.subject', 'MAILS.TICKET_PURCHASED.message', 'MAILS.refund.subject', 'MAILS.refund.message',
  ]);
  const joined = c.messages.find((m) => m.key === 'MAILS.SESSION_STATE_CHANGE.pending.message')!;
  assert.equal(joined.text, 'Hello,<br/><br/>This is an automatic message from {app_name}.<br/><br/>The status of your session {session_name} is now pending.<br/><br/>');
  // The f-string with a field is code, not a message.
  assert.equal(c.messages.some((m) => m.key === 'MAILS.debug'), false);
});

test('a mail entry whose body is a template file: the file name and the sending metadata are no text, so no letter is judged', () => {
  // Written for this test in the shape of open-event's system_mails.py (an enum class with a static helper beside it).
  const src = "from flask_babel import _\n\n\nclass MailType:\n    USER_REGISTER = 'user_registration'\n\n    @staticmethod\n    def entries():\n        return [v for k, v in MailType.__dict__.items() if not k.startswith('__')]\n\n\nMAILS = {\n    MailType.USER_REGISTER: {\n        'recipient': 'User',\n        'subject': _('Welcome to {app_name}. Please verify your account'),\n        'template': 'email/user_register.html',\n    },\n    'session_rejected': {\n        'subject': _('Your session was not accepted'),\n        'message': 'Hello,<br/>Your session {session_name} was not accepted by the organizers.',\n    },\n}\n";
  const file = '/app/api/helpers/system_mails.py';
  assert.equal(catalogKindOf(file, src), 'python');
  const missing = lint(src, { filePath: file }).findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.catalogKey);
  assert.deepEqual(missing, ['MAILS.session_rejected.message']);
});

test('every character of a message maps to its exact file offsets, escapes included', () => {
  const c = parsed('/app/api/helpers/system_mails.py', MAILS);
  for (const m of c.messages) {
    assert.equal(m.starts.length, m.text.length);
    for (let i = 0; i < m.text.length; i++) {
      const source = MAILS.slice(m.starts[i], m.ends[i]);
      if (m.ends[i] - m.starts[i] === 1) assert.equal(source, m.text[i], `${m.key}[${i}]`);
      else assert.ok(source.startsWith('\\'), `${m.key}[${i}]: ${JSON.stringify(source)}`);
    }
  }
  const refund = c.messages.find((m) => m.key === 'MAILS.refund.message')!;
  assert.equal(refund.text, "We acknowledge receipt of your refund request.\nIt's being reviewed \u2014 you'll hear from Sara.");
  const dash = refund.text.indexOf('\u2014');
  assert.equal(MAILS.slice(refund.starts[dash], refund.ends[dash]), '\\u2014');
  const sub = c.messages.find((m) => m.key === 'MAILS.SESSION_STATE_CHANGE.pending.subject')!;
  assert.equal(MAILS.slice(sub.starts[0], sub.ends[sub.text.length - 1]), sub.text);
});

test('each entry is its own letter: one without a contact is flagged, one that invites a reply is not', () => {
  const findings = lint(MAILS, { filePath: '/app/api/helpers/system_mails.py' }).findings;
  const missing = findings.filter((f) => f.ruleId === 'missing-contact').map((f) => f.range.start);
  const pending = MAILS.indexOf("'pending'");
  const ticket = MAILS.indexOf('MailType.TICKET_PURCHASED');
  const refund = MAILS.indexOf("'refund'");
  assert.ok(missing.some((at) => at > pending && at < ticket), 'the pending session mail has no contact');
  assert.equal(missing.some((at) => at > ticket && at < refund), false, 'the ticket mail invites a reply');
});

test('a fix is written for its literal and the module keeps parsing with the same strings', () => {
  const file = '/app/api/helpers/system_mails.py';
  const fixed = fixText(MAILS, { filePath: file });
  assert.ok(fixed.fixed > 0);
  assert.notEqual(fixed.text, MAILS);
  assert.deepEqual(shape(fixed.text), shape(MAILS));
  const after = parsed(file, fixed.text);
  assert.deepEqual(after.messages.map((m) => m.key), parsed(file, MAILS).messages.map((m) => m.key));
  assert.ok(!after.messages.find((m) => m.key === 'MAILS.refund.message')!.text.includes('acknowledge receipt'));
  // A raw string is written as it stands: no rewrite is offered into it.
  const raw = "MESSAGES = {\n    'a': r'We acknowledge receipt of your request, we will reply soon.',\n    'b': 'Thanks for writing to us today.',\n}\n";
  const m = parsed('/bot/replies.py', raw).messages[0];
  assert.equal(m.encode("We've received", { start: 0, end: 25 }), undefined);
  const q = parsed('/bot/replies.py', raw).messages[1];
  assert.equal(q.encode("It's \"done\"\n", { start: 0, end: 6 }), "It\\'s \"done\"\\n");
});

test('the language comes from the path, else from the script', () => {
  const bot = "MESSAGES = {\n    'welcome': 'سلام، به ربات فروشگاه خوش آمدید.',\n    'help': 'برای راهنمایی دستور /help را بفرستید.',\n}\n";
  const c = parsed('/bot/locale/fa/messages.py', bot);
  assert.equal(c.messages.length, 2);
  for (const file of ['/bot/locale/fa/messages.py', '/bot/replies.py']) {
    const langs = new Set(lint(bot, { filePath: file }).findings.map((f) => f.language));
    assert.ok(!langs.has('en'), `${file}: ${[...langs]}`);
  }
  // `{'en': {…}, 'fa': {…}}` under the root: each entry in its own language, an unknown locale left out.
  const both = "TEXTS = {\n    'en': {'hi': 'Hello there, welcome to the shop.'},\n    'fa': {'hi': 'سلام، به فروشگاه خوش آمدید.'},\n    'de': {'hi': 'Hallo, willkommen im Laden.'},\n}\n";
  const b = parsed('/bot/replies.py', both);
  assert.deepEqual(b.messages.map((m) => [m.key, m.language]), [['TEXTS.en.hi', 'en'], ['TEXTS.fa.hi', 'fa']]);
});

test('settings, config dicts, code and modules of constants are not message catalogs', () => {
  const negatives: [string, string][] = [
    // Django settings: a dict of config, a list of template engines.
    ['/proj/settings.py', "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}\nTEMPLATES = [{'BACKEND': 'django.template.backends.django.DjangoTemplates'}]\n"],
    // A config dict named for messages whose strings are settings, not sentences.
    ['/proj/app/queues.py', "MESSAGES = {'broker': 'redis://localhost:6379/0', 'queue': 'default', 'serializer': 'json'}\n"],
    // A module of functions (code) with a messages dict: formats/python.ts reads it.
    ['/bot/handlers/start.py', "MESSAGES = {'hi': 'Hello there, how can we help?', 'bye': 'Thanks for visiting us today.'}\n\nasync def start(message):\n    await message.answer(MESSAGES['hi'])\n"],
    // A class with logic.
    ['/bot/texts/replies.py', "class Replies:\n    def hello(self):\n        return 'Hello there, how can we help?'\n\nREPLIES = {'a': 'Hello there, how can we help?', 'b': 'Thanks for visiting us today.'}\n"],
    // A module of constants beside a dict: the bot's texts, read whole as one letter.
    ['/bot/texts.py', "WELCOME = 'Hello {name}, welcome aboard! Reply to this message any time.'\nREPLIES = {'a': 'Hello there, how can we help?', 'b': 'Thanks for visiting us today.'}\n"],
    // A dict whose name says nothing of messages.
    ['/bot/data.py', "COLORS = {'a': 'Hello there, how can we help?', 'b': 'Thanks for visiting us today.'}\n"],
    // Tests are never catalogs.
    ['/app/tests/test_mails.py', "MAILS = {'a': {'subject': 'Hello there friend', 'message': 'Thanks for visiting us today.'}}\n"],
  ];
  for (const [file, text] of negatives) assert.notEqual(catalogKindOf(file, text), 'python', file);
  // A class of constants (the mail types) beside the dict is data.
  const withEnum = "class MailType:\n    WELCOME = 'welcome'\n\nNOTIFICATIONS = {MailType.WELCOME: {'subject': 'Welcome aboard', 'message': 'Thanks for joining us, we are glad you are here.'}}\n";
  assert.equal(catalogKindOf('/app/notifications.py', withEnum), 'python');
});
