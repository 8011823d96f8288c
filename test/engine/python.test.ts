/**
 * Python modules of bot replies and mail texts (`texts.py`, `handlers/support.py`) are parsed with @lezer/python and
 * only the string literals a reader sees are prose: at their exact offsets (escapes decoded piece by piece), f-string
 * fields and `.format`/`%` holes as variables, docstrings, keys, logs, comparisons and errors never prose; every
 * rewrite lands inside a literal, escaped for it, and leaves a module that parses the same; only modules that hold
 * messages are linted by a walk or the editor. Modules written for this test (test/fixtures/python).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parser } from '@lezer/python';
import { formatFor, isKnownTemplate, isMessageModule, isOtherPythonFile, isOtherReactFile } from '../../server/engine';
import { extract } from '../../server/engine/formats';
import { escapeForLiteral, provePythonFixes } from '../../server/engine/formats/python-edits';
import { buildProse, PLACEHOLDER } from '../../server/engine/prose';
import { lint, fixText } from '../../server/linter';
import { directiveComment } from '../../server/language-server/suppression';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'python');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const SUPPORT = read('bot/handlers/support.py');
const TEXTS = read('bot/texts.py');
const SETTINGS = read('proj/settings.py');
const BACKUP = read('scripts/backup.py');

const proseOf = (text: string) => extract(text, 'python', 'x.py').blocks.map((b) => buildProse(b)?.text.replaceAll(PLACEHOLDER, '<>'));
const found = (text: string, file: string) => lint(text, { filePath: file }).findings.map((f) => `${f.ruleId}: ${f.actual}`);

/** Strings and syntax errors of a module, as Python's grammar sees them. */
function shape(text: string): { strings: number; errors: number } {
  let strings = 0;
  let errors = 0;
  parser.parse(text).iterate({ enter: (n) => { if (n.name === 'String' || n.name === 'FormatString') strings++; else if (n.type.isError) errors++; } });
  return { strings, errors };
}

test('the registry reads .py as python, and writes suppressions as # comments', () => {
  for (const file of ['bot/texts.py', 'HANDLERS.PY']) assert.equal(formatFor(file), 'python', file);
  assert.equal(directiveComment('python', 'warmly-disable-next-line no-reply'), '# warmly-disable-next-line no-reply');
  assert.equal(isKnownTemplate('bot/texts.py'), false, 'a walk takes a .py only when python-detect says it holds messages');
  assert.equal(isOtherReactFile('bot/texts.py', TEXTS), false, 'a Python module is no React file');
});

test('a bot handler: the replies are prose; docstrings, logs, filters, comparisons, errors and prints are not', () => {
  assert.deepEqual(proseOf(SUPPORT), [
    'لطفا پیام خود را بنویسید، پشتیبانی به شما پاسخ خواهد داد.',
    'مشتری گرامی <>، بدینوسیله اعلام میگردد درخواست شما ثبت شد.',
    // An implicitly concatenated f-string and string: one paragraph, the `\n` escape a line break.
    'dear customer, your ticket #<> is open.\nwe will get back to you as soon as possible.',
    'this is an automated message. please do not reply to this message.',
  ]);
  // "Dear customer" is in the docstring, a log, a filter, an `in` test, an exception and a print too: one finding.
  assert.deepEqual(found(SUPPORT, 'bot/handlers/support.py').filter((f) => f.startsWith('generic-greeting')), ['generic-greeting: Dear customer']);
});

test('offsets: findings land on the file\'s characters, after f-string fields and escapes, in both languages', () => {
  const findings = lint(SUPPORT, { filePath: 'bot/handlers/support.py' }).findings;
  const at = (rule: string) => findings.find((f) => f.ruleId === rule)!;
  // The Persian phrase runs across a `\u200c` escape in the source: the range covers the escape as written.
  assert.equal(at('robotic-phrasing').actual, 'بدینوسیله اعلام می\\u200cگردد');
  assert.equal(SUPPORT.slice(at('robotic-phrasing').range.start - 19, at('robotic-phrasing').range.start), '{user.first_name}، ');
  assert.equal(at('vague-follow-up').actual, 'as soon as possible');
  assert.equal(SUPPORT.slice(at('generic-greeting').range.start - 3, at('generic-greeting').range.end), ' f"Dear customer');
  // Suppressed by the `# warmly-disable-next-line no-reply` comment above the line.
  assert.equal(findings.some((f) => f.ruleId === 'no-reply'), false);
  const unsuppressed = lint(SUPPORT, { filePath: 'bot/handlers/support.py', inlineConfig: false }).findings;
  assert.ok(unsuppressed.some((f) => f.ruleId === 'no-reply' && f.actual === 'Please do not reply to this message'));
});

test('f-string fields and .format / % holes are variables; {{ }} and %% are text', () => {
  const vars = (src: string) => extract(src, 'python', 'x.py').scan.tags.filter((t) => t.kind === 'output').map((t) => `${t.dialect}:${t.variable ?? '-'}`);
  assert.deepEqual(vars('x = f"Hi {user.first_name!s:>5}, your code is {{code}} and {n + 1} left."\n'), ['brace:user.first_name', 'brace:-']);
  assert.deepEqual(vars('x = "Hi {name}, you owe {0} and {} more."\n'), ['brace:name', 'brace:-', 'brace:-']);
  assert.deepEqual(vars('x = "Hi %(name)s, your %s order is 100%% paid." % d\n'), ['percent:name', 'percent:-']);
  assert.deepEqual(proseOf('x = f"Hi {name}, {{braces}} stay and 100%% is text here."\n'), ['hi <>, {braces} stay and 100% is text here.']);
  // Persian f-strings keep their fields as variables too.
  assert.deepEqual(vars('msg = f"سلام {message.from_user.first_name} عزیز، سفارش شما ارسال شد."\n'), ['brace:message.from_user.first_name']);
});

test('escapes are decoded with an exact offset map; raw strings are read as written', () => {
  const src = "x = 'It\\'s here: caf\\u00e9 time,\\tsee you\\\n soon.'\n";
  const block = buildProse(extract(src, 'python', 'x.py').blocks[0])!;
  assert.equal(block.text, "it's here: café time, see you soon.");
  const e = block.text.indexOf('é');
  assert.equal(src.slice(block.starts[e], block.ends[e]), '\\u00e9');
  const apostrophe = block.text.indexOf("'");
  assert.equal(src.slice(block.starts[apostrophe], block.ends[apostrophe]), "\\'");
  assert.deepEqual(proseOf('x = r"Closed today \\o/ see you tomorrow"\n'), ['closed today \\o/ see you tomorrow']);
});

test('code-looking strings are not prose; Telegram MarkdownV2 escapes are not text', () => {
  const code = [
    'HEADERS = {"Authorization": f"Bearer {token}"}',
    'PATTERN = r"^(\\d+) items? left$"',
    'DATE = "%Y-%m-%d %H:%M"',
    'SQL = "SELECT name FROM users WHERE id = ?"',
    'URL = "https://example.com/support"',
    'TEMPLATE_DIR = "templates/emails"',
    'NAME = "support_ticket"',
    '',
  ].join('\n');
  assert.deepEqual(proseOf(code), []);
  assert.deepEqual(proseOf('DONE = "Your request was sent\\. We will write back by Friday\\!"\n'), ['your request was sent. we will write back by friday!']);
  assert.deepEqual(proseOf('DONE = "Your request was sent\\\\. We will write back by Friday\\\\!"\n'), ['your request was sent. we will write back by friday!']);
});

test('a dict of canned replies: keys are not prose, a triple-quoted body keeps its lines and paragraphs', () => {
  const prose = proseOf(TEXTS);
  assert.equal(prose.some((p) => p!.includes('ticket creation failed') || p!.includes('key is not prose')), false);
  assert.deepEqual(prose.slice(2, 5), ['hello,', 'we regret any inconvenience caused.\nwe acknowledge receipt of your request.', 'regards,\nthe team']);
  const f = found(TEXTS, 'bot/texts.py');
  for (const expected of ['non-apology: We regret any inconvenience caused', 'faceless-signoff: The Team', 'generic-greeting: Dear customer', 'robotic-phrasing: Please be informed that']) assert.ok(f.includes(expected), `${expected} in ${f.join('; ')}`);
  // The module invites replies ("Reply to this message any time"): it is one letter, and it has a contact.
  assert.equal(f.some((x) => x.startsWith('missing-contact')), false);
});

test('a texts module is one letter: a bot reply that asks the reader to write here is contact', () => {
  const bot = 'async def start(message):\n    await message.answer("سفارش شما ثبت شد و به‌زودی ارسال می‌شود.")\n\n\nasync def help(message):\n    await message.answer("لطفاً پیام خود را بنویسید، پشتیبانی به شما پاسخ خواهد داد.")\n';
  assert.equal(found(bot, 'bot/texts/orders.py').some((x) => x.startsWith('missing-contact')), false);
  const cold = 'async def start(message):\n    await message.answer("سفارش شما ثبت شد و به‌زودی ارسال می‌شود.")\n';
  assert.ok(found(cold, 'bot/texts/orders.py').some((x) => x.startsWith('missing-contact')));
  // A handler holds some of the bot's replies: the way to reach a person may be in another module, so it is no letter.
  assert.equal(found(cold, 'bot/handlers/orders.py').some((x) => x.startsWith('missing-contact')), false);
  // A module of constants is the bot's texts, whatever its name (a bot's settings.py keeping its messages).
  assert.ok(found('START_HELLO_MESSAGE = "سلام {name} عزیز؛ به ربات دوره خوش آمدید، ثبت نام شما با موفقیت انجام شد."\n', 'bot/settings.py').some((x) => x.startsWith('missing-contact')));
});

test('rewrites are escaped for their literal, and the fixed module parses with the same strings', () => {
  const findings = lint(TEXTS, { filePath: 'bot/texts.py' }).findings;
  const single = findings.find((f) => f.ruleId === 'robotic-phrasing' && f.actual === 'We acknowledge receipt of' && TEXTS[f.range.start - 1] === "'")!;
  assert.equal(single.suggestions[0].edits[0].text, "We\\'ve received");
  // No letter-level rewrite (where would a contact line go in a module of replies?) and no new variable.
  assert.deepEqual(findings.find((f) => f.ruleId === 'faceless-signoff')!.suggestions, []);
  assert.equal(findings.filter((f) => f.ruleId === 'generic-greeting').every((f) => f.suggestions.length === 0), true);
  const before = shape(TEXTS);
  for (const [name, text] of [['texts', TEXTS], ['support', SUPPORT]]) {
    const fixed = fixText(text, { filePath: `bot/${name}.py` });
    assert.ok(fixed.fixed > 0, name);
    assert.deepEqual(shape(fixed.text), shape(text), name);
  }
  const fixed = fixText(TEXTS, { filePath: 'bot/texts.py' }).text;
  assert.match(fixed, /REFUND = 'We\\'ve received your refund request\.'/);
  assert.deepEqual(shape(fixed), before);
});

test('a rewrite after which its literal is no longer one literal is dropped, without parsing the module again', () => {
  const src = 'A = "We acknowledge receipt of it."\nB = 1\n';
  const extraction = extract(src, 'python', 'bot/texts.py');
  const at = src.indexOf('We acknowledge');
  const finding = (text: string) => ({
    ruleId: 'robotic-phrasing', message: '', severity: 'warning' as const, range: { start: at, end: at + 25 }, actual: '', language: 'en' as const, url: '',
    suggestions: [{ title: 't', edits: [{ range: { start: at, end: at + 25 }, text }] }],
  });
  const kept = provePythonFixes(src, [finding("We've got"), finding('We "got"'), finding('line\nbreak')], extraction.python!);
  assert.deepEqual(kept.map((f) => f.suggestions.length), [1, 0, 0]);
});

test('escapeForLiteral: quotes, line breaks, raw strings and holes', () => {
  const lit = (quote: '"' | "'", triple = false, raw = false, holes = false) => ({ start: 0, end: 0, node: { start: 0, end: 0 }, quote, triple, raw, holes });
  assert.equal(escapeForLiteral(lit('"'), 'say "hi"\nthen\\go'), 'say \\"hi\\"\\nthen\\\\go');
  assert.equal(escapeForLiteral(lit('"', true), 'line one\nline "two"'), 'line one\nline \\"two\\"');
  assert.equal(escapeForLiteral(lit("'", false, true), "We've got it"), undefined, 'a raw string cannot escape its quote');
  assert.equal(escapeForLiteral(lit('"', false, true), "We've got it"), "We've got it");
  assert.equal(escapeForLiteral(lit('"', false, false, true), 'Hi {name}'), undefined, 'no new hole in an f-string');
  assert.equal(escapeForLiteral(lit('"'), 'Hi {{first_name}}'), undefined, 'no merge tag the code does not fill');
  // Telegram MarkdownV2: the rewrite's punctuation escaped as the literal's is, then the backslash for Python.
  assert.equal(escapeForLiteral({ ...lit('"'), markdownV2: true }, 'by Friday.'), 'by Friday\\\\.');
});

test('detection: modules of messages are linted, ordinary Python is not', () => {
  assert.ok(isMessageModule('bot/texts.py', TEXTS));
  assert.ok(isMessageModule('bot/handlers/support.py', SUPPORT));
  assert.equal(isMessageModule('proj/settings.py', SETTINGS), false);
  assert.equal(isMessageModule('scripts/backup.py', BACKUP), false);
  assert.equal(isMessageModule('tests/test_texts.py', TEXTS), false, 'a test is never a module of messages');
  assert.equal(isMessageModule('app/handlers/views.py', 'def f(x):\n    return x + 1\n'), false, 'a message folder with no sentence');
  // No path hint: three sentences that outweigh the code.
  const replies = 'A = "Thanks for writing, we read every message here."\nB = "Your parcel left our depot this morning."\nC = "Sorry, that code has expired; here is a new one."\n';
  assert.ok(isMessageModule('app/copy.py', replies));
  assert.equal(isMessageModule('app/util.py', `${'def f(a, b):\n    return a * b + compute(a, b, c=1)\n'.repeat(20)}${replies}`), false);
  assert.ok(isOtherPythonFile('proj/settings.py', SETTINGS));
  assert.ok(isOtherPythonFile('', 'import os\nprint(os.getcwd())\n', 'python'), 'an untitled python buffer with no messages');
  assert.equal(isOtherPythonFile('notes.txt', 'Dear customer'), false);
});

test('an explicit lint of ordinary Python reads it as python and finds no code words', () => {
  assert.deepEqual(found(BACKUP, 'scripts/backup.py'), []);
  assert.equal(lint(SETTINGS, { filePath: 'proj/settings.py' }).format, 'python');
});

test('markup saved under a .py name is read as markup, not as Python', () => {
  const html = '<p>Hello,</p>\n<p>Please do not reply to this email.</p>\n<p>Thank you!<br>Support Team</p>\n';
  const found = lint(html, { filePath: 'helpdesk/doctype/settings/helpers.py' }).findings;
  assert.ok(found.some((f) => f.ruleId === 'no-reply' && f.actual === 'Please do not reply to this email'));
});
