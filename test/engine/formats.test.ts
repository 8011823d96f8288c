/**
 * Every format maps findings back to the exact words in the original file, and template syntax, comments,
 * styles, scripts, the head and attributes are never read as prose.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../server/engine';
import { lint } from '../../server/linter';

const NO_REPLY_EN = 'Please do not reply to this email';
const NO_REPLY_FA = 'لطفاً به این ایمیل پاسخ ندهید';

const wrap: Record<string, (prose: string) => string> = {
  'a.txt': (p) => `Subject: Hello\n\nHi {{first_name}},\r\n\r\n${p}.\r\n`,
  'a.md': (p) => `---\ntitle: "x"\n---\n\n# Update\n\nHi **there**, \`code\` and ${p}.\n\n> ${p}.\n`,
  'a.html': (p) => `<html><head><title>${p}</title><style>.x{}</style></head><body><table><tr><td><p class="a" title="${p}">Hi&nbsp;{{name}} &amp; team,</p><p>${p}.</p></td></tr></table><script>var s = "${p}";</script></body></html>`,
  'a.hbs': (p) => `{{!-- ${p} --}}\n{{#if name}}<p>Hi {{name}},</p>{{/if}}\n<p>${p}.</p>`,
  'a.mustache': (p) => `{{! ${p} }}\nHi {{name}},\n${p}.`,
  'a.liquid': (p) => `{% comment %}${p}{% endcomment %}\n<p>Hi {{ customer.first_name | default: "there" }},</p>\n{% if x %}<p>${p}.</p>{% endif %}`,
  'a.twig': (p) => `{# ${p} #}\n<p>Hi {{ user.name|default('there') }},</p>\n{% if x %}<p>${p}.</p>{% endif %}`,
  'a.njk': (p) => `{# ${p} #}\nHi {{ name }},\n${p}.`,
  'a.html.erb': (p) => `<%# ${p} %>\n<p>Hi <%= @user.first_name %>,</p>\n<% if x %><p>${p}.</p><% end %>`,
  'a.html.haml': (p) => `-# ${p}\n%p{ title: "${p}" } Hi #{@user.first_name},\n- if x\n  %p\n    ${p}.\n/ ${p}\n:javascript\n  var s = "${p}";\n`,
  'a.mjml': (p) => `<mjml><mj-head><mj-preview>${p}</mj-preview><mj-style>.a{}</mj-style></mj-head><mj-body><mj-section><mj-column><mj-text>Hi {{name}},</mj-text><mj-text>${p}.</mj-text></mj-column></mj-section></mj-body></mjml>`,
  'a.unknownext': (p) => `Hi *|FNAME|*, %{name}, \${name}, {$name}, %recipient.name%, [FirstName]:\n${p}.`,
};

describe('ranges point at the original words in every format', () => {
  for (const [file, make] of Object.entries(wrap)) {
    for (const phrase of [NO_REPLY_EN, NO_REPLY_FA]) {
      test(`${file} ${phrase === NO_REPLY_EN ? 'en' : 'fa'}`, () => {
        const text = make(phrase);
        const found = lint(text, { filePath: file }).findings.filter((f) => f.ruleId === 'no-reply');
        // Exactly the visible prose occurrences: never the comment, title/head, attribute or script copies.
        const visible = file === 'a.md' ? 2 : 1;
        assert.equal(found.length, visible, JSON.stringify(found.map((f) => [f.actual, f.range])));
        for (const f of found) {
          assert.equal(text.slice(f.range.start, f.range.end), phrase);
          assert.equal(f.actual, phrase);
          const lines = new LineIndex(text);
          const p = lines.positionAt(f.range.start);
          assert.equal(lines.offsetAt(p), f.range.start, 'line/column round-trips');
        }
      });
    }
  }
});

describe('template syntax is personalization, not words', () => {
  test('a merge tag between role words breaks the phrase', () => {
    const found = lint('Dear {{customer}}', { filePath: 'a.hbs' }).findings;
    assert.equal(found.filter((f) => f.ruleId === 'generic-greeting').length, 0);
  });
  test("Blade's raw echo {!! $x !!} is a tag: an agent's signature variable signs the reply, and is not prose", () => {
    const reply = '<p>Hello {!! $user->name !!},</p><p>We have answered your ticket below.</p><p>Thanks,<br>{!!$agent_sign!!}</p>';
    const findings = lint(reply, { filePath: 'ticket-reply.blade.php' }).findings;
    assert.deepEqual(findings.filter((f) => ['missing-contact', 'faceless-signoff', 'broken-merge-tag'].includes(f.ruleId)).map((f) => f.ruleId), []);
    // An unclosed one is left as text, not a tag running to the end of the file.
    const open = lint('<p>Thanks,<br>{!! $agent_sign</p><p>Reply to this email.</p>', { filePath: 'a.blade.php' });
    assert.ok(open.findings.every((f) => f.range.end <= 60));
  });
  test('HTML entities map back to their source text', () => {
    const text = '<p>Please&nbsp;do&#32;not reply to this email.</p>';
    const f = lint(text, { filePath: 'a.html' }).findings.find((x) => x.ruleId === 'no-reply');
    assert.ok(f);
    assert.equal(f.actual, 'Please&nbsp;do&#32;not reply to this email');
  });
  test('inline markup inside a phrase is matched and mapped, but not rewritten across tags', () => {
    const text = '<p>Please <b>do not</b> reply to this email.</p>';
    const f = lint(text, { filePath: 'a.html' }).findings.find((x) => x.ruleId === 'no-reply');
    assert.ok(f);
    assert.equal(f.actual, 'Please <b>do not</b> reply to this email');
    for (const s of f.suggestions) for (const e of s.edits) assert.ok(!text.slice(e.range.start, e.range.end).includes('<'), 'no edit swallows markup');
  });
  test('CRLF, tabs, emoji and RTL text keep UTF-16 columns exact', () => {
    const text = '\t😀 Hi,\r\n\u200Fسلام 😀\r\n\tلطفا به این ایمیل پاسخ ندهید.\r\n';
    const f = lint(text, { filePath: 'a.txt' }).findings.find((x) => x.ruleId === 'no-reply');
    assert.ok(f);
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(f.range.start), { line: 2, character: 1 });
    assert.equal(f.actual, 'لطفا به این ایمیل پاسخ ندهید');
  });
  test('Persian spelling variants match: Arabic ي/ك, ZWNJ vs space vs nothing, tanwin', () => {
    for (const v of ['لطفاً به این ایمیل پاسخ ندهید', 'لطفا به اين ايميل پاسخ ندهيد', 'به این ایمیل پاسخ‌ندهید', 'به این ایمیل پاسخندهید']) {
      assert.ok(lint(v, { filePath: 'a.txt' }).findings.some((f) => f.ruleId === 'no-reply'), v);
    }
    for (const v of ['ایمیل‌های ارسالی به این آدرس بررسی نمی‌شوند', 'ایمیلهای ارسالی به این آدرس بررسی نمیشوند', 'ایمیل های ارسالی به این آدرس بررسی نمی شوند']) {
      assert.ok(lint(v, { filePath: 'a.txt' }).findings.some((f) => f.ruleId === 'no-reply'), v);
    }
  });
  test('mixed-language files get messages in each finding’s own language', () => {
    const text = 'Dear customer,\n\nمشتری گرامی،\n';
    const found = lint(text, { filePath: 'a.txt' }).findings.filter((f) => f.ruleId === 'generic-greeting');
    assert.deepEqual(found.map((f) => f.language), ['en', 'fa']);
    assert.notEqual(found[0].message, found[1].message);
  });
  test('a language override applies to messages', () => {
    const found = lint('Dear customer,', { filePath: 'a.txt', language: 'fa' }).findings;
    assert.equal(found[0].language, 'fa');
  });
});

// GitHub's saved replies keep each reply in a fence so it can be copied: a fence of sentences is the message, read as
// Markdown where it stands; a fence of commands or code, or one with a code language, stays code.
describe('Markdown: a fence of prose is read, a fence of code is not', () => {
  const at = (text: string) => lint(text, { filePath: '.github/SAVED_REPLIES.md' }).findings;
  test('a saved reply in a fence is linted, with ranges in the file', () => {
    const text = '## Lockfiles (v1)\n\n```\nThanks for the report. **Please be advised that** installs are only reproducible with a [lockfile](https://docs.npmjs.com/cli/configuring-npm/package-lock-json).\n\nIt is your responsibility as a library consumer to use lockfiles.\n```\n';
    const found = at(text);
    const robotic = found.find((f) => f.ruleId === 'robotic-phrasing');
    assert.equal(robotic && text.slice(robotic.range.start, robotic.range.end), 'Please be advised that');
    assert.ok(found.some((f) => f.ruleId === 'argumentative'));
    assert.ok(found.some((f) => f.ruleId === 'missing-contact'), 'nothing in the reply asks for more or names anyone');
    assert.ok(!at(text.replace('It is your responsibility as a library consumer to use lockfiles.', 'If it still happens, please include any additional information on how to reproduce it.')).some((f) => f.ruleId === 'missing-contact'));
  });
  test('commands, code and a code language stay code', () => {
    assert.deepEqual(at('# Setup\n\n```\nnpm install\nnpm start\n```\n'), []);
    assert.deepEqual(at('```js\nPlease be advised that this is a string in code.\n```\n'), []);
    assert.deepEqual(at('```\nconst note = "Please be advised that it is late.";\nsend(note);\n```\n'), []);
  });
});

// A code span can hold what the reader is meant to use as written: an address, a web address, a link kept literal in
// a saved reply. Those are part of the sentence; a span of code is not.
describe('Markdown: an address or a link in a code span is read, code is not', () => {
  const contact = (text: string) => !lint(text, { filePath: 'reply.md' }).findings.some((f) => f.ruleId === 'missing-contact');
  test('an email address in backticks is a way to write to someone', () => {
    assert.ok(contact('Your order has shipped and will arrive on Monday.\n\nQuestions? Write to `help@acme.example` any time.\n'));
    assert.ok(contact('سفارش شما ارسال شد و دوشنبه به دستتان می‌رسد.\n\nسؤالی دارید؟ به `help@acme.example` بنویسید.\n'));
  });
  test("a link kept literal in backticks lends its words to the sentence, with its target", () => {
    const text = 'Unfortunately, we are not accepting new integrations.\n\nFeel free to question this answer on our `[developer mailing list](https://groups.example/forum/dev)`.\n';
    assert.ok(contact(text));
    // Its words are prose: the argumentative rule reads the sentence the span sits in, up to its end.
    const blame = lint('Feel free to ask on our `[developer mailing list](https://groups.example/forum/dev)`, but be aware it is unlikely you will get a different answer.', { filePath: 'reply.md' }).findings.find((f) => f.ruleId === 'argumentative');
    assert.ok(blame);
  });
  test('code in backticks stays out of the prose', () => {
    assert.ok(!contact('Your order has shipped and will arrive on Monday.\n\nRun `npm install` to update the app.\n'));
    const found = lint('Run `Please be advised that` as the banner text, then restart.', { filePath: 'a.md' }).findings;
    assert.ok(!found.some((f) => f.ruleId === 'robotic-phrasing'));
  });
});
