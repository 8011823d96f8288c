/**
 * JavaScript/TypeScript locale modules as catalogs (server/engine/catalogs/js.ts): which modules are locale modules
 * and which are code, how their strings are decoded and mapped back to the file, findings and fixes in English and
 * Persian, suppression comments and syntax errors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { parse as babelParse } from '@babel/parser';
import fc from 'fast-check';
import { fixText, lint } from '../../server/linter';
import { catalogKindOf, isCodeNotCatalog, parseCatalog, type Catalog } from '../../server/engine/catalogs';
import { isDataFileNotLinted } from '../../server/engine';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');
const parsed = (file: string, text: string): Catalog => {
  const kind = catalogKindOf(file, text);
  assert.equal(kind, 'js', `${file} is not read as a locale module`);
  const c = parseCatalog(kind, text, file);
  assert.ok(!('error' in c), `${file}: ${'error' in c ? c.error : ''}`);
  return c as Catalog;
};

test('locale modules are recognised: default, named, CommonJS, through a constant, in a wrapping call, TypeScript', () => {
  const cases: [string, string][] = [
    ['/app/src/locales/fa.js', "export default { order: { shipped: 'سفارش شما ارسال شد و به زودی می‌رسد' } };\n"],
    ['/app/src/i18n/en.ts', "import type { M } from './types';\nconst en: M = { welcome: 'Welcome to the shop, {name}!' } as const;\nexport default en;\n"],
    ['/app/server/lang/en.cjs', "'use strict';\nmodule.exports = { mail: { subject: 'Your order has shipped' } };\n"],
    ['/app/src/strings/support/support-fa.js', "export const supportFa = { title: 'پشتیبانی', body: 'با ما در تماس باشید' };\n"],
    ['/app/src/messages.fa.mjs', "import { defineMessages } from 'vue-i18n';\nexport default defineMessages({ greeting: 'سلام، خوش آمدید' });\n"],
    ['/app/src/locales/en/mail.mts', 'export default {\n  reset: `Reset your password within the hour`,\n} satisfies Record<string, string>;\n'],
    ['/app/i18n/en-US.js', "const common = { ok: 'OK' };\nexport default { ...common, thanks: 'Thanks for your ' + 'order today' };\n"],
    ['/app/src/locales/en.js', 'export default {\n  greeting: "Hello there, friend",\n  broken: \'unterminated\n};\n'],
  ];
  for (const [file, text] of cases) assert.equal(catalogKindOf(file, text), 'js', file);
});

test('ordinary code stays code: configs, components, tests, .eslintrc.js, .tsx, i18n set-up, helpers, vendored locale scripts', () => {
  const cases: [string, string][] = [
    ['/app/webpack.config.js', "const path = require('path');\nmodule.exports = { mode: 'production', entry: './src/index.js', output: { path: path.resolve(__dirname, 'dist') } };\n"],
    ['/app/src/i18n/webpack.config.js', "module.exports = { entry: 'Please do not reply to this email now', output: 'Dear customer, we are sorry' };\n"],
    ['/app/src/locales/Button.js', "import React from 'react';\nexport default function Button() { return React.createElement('button', null, 'Please do not reply'); }\n"],
    ['/app/src/locales/en.test.js', "import en from './en';\ntest('en', () => { expect(en.title).toBe('Dear customer, do not reply'); });\n"],
    ['/app/src/locales/__tests__/fa.js', "export default { a: 'Dear customer, do not reply to this email' };\n"],
    ['/app/.eslintrc.js', "module.exports = { extends: 'eslint:recommended', rules: { quotes: ['error', 'single'] } };\n"],
    ['/app/src/locales/en.tsx', "export default { body: 'Dear customer, please do not reply to this email.' };\n"],
    ['/app/src/i18n/index.ts', "import en from './en';\nimport fa from './fa';\nexport default createI18n({ locale: 'en', messages: { en, fa } });\n"],
    ['/app/src/lang/utils.js', "export const t = (key) => messages[key] ?? key;\nexport default { t };\n"],
    ['/app/src/locales/fa.js', "(function () { jQuery.fn.select2.amd.define('select2/i18n/fa', [], function () { return { noResults: () => 'نتیجه‌ای یافت نشد' }; }); })();\n"],
    ['/app/vendor/moment/src/locale/fa.js', "import moment from '../moment';\nexport default moment.defineLocale('fa', { relativeTime: { future: 'در %s', past: '%s پیش', s: 'چند ثانیه' } });\n"],
    ['/app/src/i18n/en.d.ts', "declare const en: { welcome: string };\nexport default en;\n"],
    ['/app/src/locales/en.js', "export default { mode: 'dark', size: 3, enabled: true, retries: 2, theme: 'light' };\n"],
    ['/app/src/app.js', "export default { subject: 'Please do not reply to this email' };\n"],
  ];
  for (const [file, text] of cases) assert.equal(catalogKindOf(file, text), undefined, file);
  // The language server: a plain module, an untitled JavaScript buffer and a vendored locale script are not linted.
  assert.ok(isDataFileNotLinted('/app/src/app.js', cases[cases.length - 1][1]));
  assert.ok(isCodeNotCatalog('untitled:Untitled-1', "export default { subject: 'Please do not reply to this email' };\n", 'javascript'));
  assert.ok(!isCodeNotCatalog('/app/src/locales/fa.js', "export default { a: 'سلام، خوش آمدید به فروشگاه' };\n", 'javascript'));
  assert.ok(!isCodeNotCatalog('/app/emails/welcome.md', 'Dear customer', 'markdown'));
});

// Every escape a JS string or template literal may hold, joins, a template placeholder, a numeric key, nesting, an array.
const ESCAPES = [
  'module.exports = {',
  "  single: 'It\\'s \\x41\\u0042\\u{1F600} \\\"ok\\\" back\\\\slash\\ttab',",
  '  double: "line one\\nline two \\u200c done",',
  "  continued: 'first half \\",
  "second half',",
  '  tpl: `a ${name} b \\` c \\${literal}\r\nnext line`,',
  '  user: `Hi ${user.firstName}, thanks`,',
  "  joined: 'one ' + \"two \" + `three`,",
  '  nested: { deep: { 3: \'three\', "quoted-key": \'q\' } },',
  "  list: ['first item', 'second item'],",
  "  code: `total ${sum(a, b)}`,",
  "  mixed: 'Hello ' + name,",
  '};',
  '',
].join('\n');

test('decoding: every string equals what the JavaScript engine reads, and every unit maps to the characters that made it', () => {
  const file = '/app/server/locales/en.js';
  const c = parsed(file, ESCAPES);
  const sandbox = { module: { exports: {} as Record<string, unknown> }, name: 'NAME', user: { firstName: 'Sara' }, sum: () => 3, a: 1, b: 2 };
  vm.runInNewContext(ESCAPES, sandbox);
  const value = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], sandbox.module.exports);
  const byKey = new Map(c.messages.map((m) => [m.key, m]));
  assert.deepEqual([...byKey.keys()], ['single', 'double', 'continued', 'tpl', 'user', 'joined', 'nested.deep.3', 'nested.deep.quoted-key', 'list.0', 'list.1']);
  // A `${…}` that is code (a call) or a join with a name is not mapped: counted, never guessed.
  assert.deepEqual(c.unmapped, ['code', 'mixed']);
  for (const m of c.messages) {
    // A template's `${name}` stays as written, a placeholder; all else is exactly the runtime value.
    const runtime = String(value(m.key));
    const expected = m.key === 'tpl' ? runtime.replace('NAME', '${name}') : m.key === 'user' ? runtime.replace('Sara', '${user.firstName}') : runtime;
    assert.equal(m.text, expected, m.key);
    assert.equal(m.starts.length, m.text.length);
    for (let i = 0; i < m.text.length; i++) {
      const source = ESCAPES.slice(m.starts[i], m.ends[i]);
      // A unit copied as is sits on its own character; an escape's units sit on the escape (`\n`, `\u{1F600}`, CR LF).
      if (m.ends[i] - m.starts[i] === 1) assert.equal(source, m.text[i], `${m.key}[${i}]`);
      else assert.ok(source.startsWith('\\') || source === '\r\n', `${m.key}[${i}]: ${JSON.stringify(source)}`);
    }
  }
  assert.equal(byKey.get('continued')!.text, 'first half second half');
  assert.equal(byKey.get('tpl')!.text, 'a ${name} b ` c ${literal}\nnext line');
});

test('findings land on the words inside the literals, with their keys, in English and Persian', () => {
  for (const f of ['vue/src/locales/en.js', 'vue/src/locales/fa.js', 'react/src/i18n/en.ts']) {
    const text = read(f);
    const found = lint(text, { filePath: join(FIXTURES, f) }).findings;
    assert.ok(found.length >= 2, `${f}: ${found.length}`);
    for (const x of found) {
      assert.equal(text.slice(x.range.start, x.range.end), x.actual, `${f} ${x.ruleId}`);
      assert.ok(x.catalogKey, `${f} ${x.ruleId}: no key`);
    }
  }
  const en = lint(read('vue/src/locales/en.js'), { filePath: join(FIXTURES, 'vue/src/locales/en.js') }).findings;
  const text = read('vue/src/locales/en.js');
  const greeting = en.find((x) => x.ruleId === 'generic-greeting')!;
  assert.equal(greeting.catalogKey, 'order_mailer.shipped.greeting');
  assert.equal(text.slice(greeting.range.start, greeting.range.end), 'Dear Customer');
  const noReply = en.find((x) => x.ruleId === 'no-reply')!;
  assert.equal(noReply.catalogKey, 'order_mailer.shipped.body');
  // After the two-character `\n` escape of the literal.
  assert.equal(text.slice(noReply.range.start - 2, noReply.range.start), '\\n');
  assert.ok(en.some((x) => x.ruleId === 'non-apology' && x.catalogKey === 'order_mailer.cancelled.body'), 'inside the first literal of a + join');
  assert.ok(en.some((x) => x.ruleId === 'robotic-phrasing' && x.catalogKey === 'welcome'), 'inside a template literal');
  // `// warmly-disable-next-line no-reply` above the key; the nav labels are not messages.
  assert.ok(!en.some((x) => x.ruleId === 'no-reply' && x.catalogKey === 'sms_code'));
  assert.ok(!en.some((x) => x.catalogKey?.startsWith('nav.')));
  const fa = lint(read('vue/src/locales/fa.js'), { filePath: join(FIXTURES, 'vue/src/locales/fa.js') }).findings;
  assert.ok(fa.some((x) => x.ruleId === 'no-reply' && x.language === 'fa' && x.catalogKey === 'order_mailer.shipped.body'));
  assert.ok(fa.some((x) => x.ruleId === 'generic-greeting' && x.language === 'fa'));
});

test('keys: a lone named export keys as a default export would, several keep their names (an exported string too)', () => {
  const keys = (text: string) => parsed('/app/src/strings/support/support-fa.js', text).messages.map((m) => m.key);
  assert.deepEqual(keys("export const supportFa = { title: 'پشتیبانی سایت', body: 'با ما در تماس باشید' };\n"), ['title', 'body']);
  assert.deepEqual(keys("export const supportFa = { title: 'پشتیبانی سایت' };\nexport const ticketFa = { title: 'تیکت تازه بسازید' };\n"), ['supportFa.title', 'ticketFa.title']);
  assert.deepEqual(keys("export const supportFa = { title: 'پشتیبانی سایت' };\nexport const welcome = 'به فروشگاه ما خوش آمدید';\n"), ['supportFa.title', 'welcome']);
});

test('the language comes from the path, a hyphenated name, a named export, or a locale root key', () => {
  const persian = "export default { mail: { body: 'مشتری گرامی، لطفا به این ایمیل پاسخ ندهید.' } };\n";
  const languages = (file: string, text: string) => [...new Set(lint(text, { filePath: file }).findings.map((x) => x.language))];
  assert.deepEqual(languages('/app/src/strings/support/support-fa.js', persian), ['fa']);
  assert.deepEqual(languages('/app/src/strings/support.js', persian.replace('export default', 'export const supportFa =')), ['fa']);
  const multi = "export default {\n  en: { mail: { body: 'Dear customer, please do not reply to this email.' } },\n  fa: { mail: { body: 'مشتری گرامی، لطفا به این ایمیل پاسخ ندهید.' } },\n  de: { mail: { body: 'Sehr geehrter Kunde, bitte antworten Sie nicht auf diese E-Mail.' } },\n};\n";
  const found = lint(multi, { filePath: '/app/src/i18n/messages.js' }).findings;
  assert.ok(found.some((x) => x.catalogKey === 'en.mail.body' && x.language === 'en' && x.ruleId === 'no-reply'));
  assert.ok(found.some((x) => x.catalogKey === 'fa.mail.body' && x.language === 'fa' && x.ruleId === 'no-reply'));
  assert.ok(!found.some((x) => x.catalogKey?.startsWith('de.')), 'a locale Warmly has no rules for is not linted');
});

test('--fix on a locale module: escaped for each literal, the module still parses to the same keys, a second fix changes nothing', () => {
  for (const f of ['vue/src/locales/en.js', 'react/src/i18n/en.ts']) {
    const file = join(FIXTURES, f);
    const before = read(f);
    const after = fixText(before, { filePath: file }).text;
    assert.notEqual(after, before, f);
    babelParse(after, { sourceType: 'module', plugins: f.endsWith('.ts') ? ['typescript'] : [] });
    const a = parsed(file, before);
    const b = parsed(file, after);
    assert.deepEqual(b.messages.map((m) => m.key), a.messages.map((m) => m.key));
    assert.equal(fixText(after, { filePath: file }).text, after, `${f}: a second fix`);
  }
  const fixed = fixText(read('vue/src/locales/en.js'), { filePath: join(FIXTURES, 'vue/src/locales/en.js') }).text;
  // The apology rewrite in a single-quoted literal escapes its apostrophe.
  assert.match(fixed, /'Your order was cancelled\. I\\'m sorry/);
  assert.doesNotMatch(fixed, /Please be advised/);
});

test('property: every replacement the encoder accepts re-parses to exactly the intended text, in each kind of literal (fixed seed)', () => {
  const piece = fc.constantFrom('a', ' ', '"', "'", '`', '\\', '\n', '\r', '${', '${name}', '}', 'سلام', '\u200c', '\u2028', '\t', 'é', '😀', '{x}');
  const replacement = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));
  const file = '/app/src/locales/en.js';
  for (const literal of ["'Hello, dear reader'", '"Hello, dear reader"', '`Hello, dear ${name} reader`', "'Hello, ' + \"dear \" + `reader`"]) {
    const text = `export default {\n  mail: { body: ${literal} },\n};\n`;
    const m = parsed(file, text).messages[0];
    fc.assert(fc.property(replacement, fc.nat(m.text.length), fc.nat(m.text.length), (r, p, q) => {
      const start = Math.min(p, q);
      const end = Math.max(p, q);
      if (m.contiguous) for (let k = start; k + 1 < end; k++) if (m.ends[k] !== m.starts[k + 1]) return true;
      const encoded = m.encode(r, { start, end });
      if (encoded === undefined) return true;
      const from = start < m.text.length ? m.starts[start] : m.endOffset;
      const to = end > start ? m.ends[end - 1] : from;
      const next = text.slice(0, from) + encoded + text.slice(to);
      const again = parseCatalog('js', next, file);
      if ('error' in again) return false;
      const want = m.text.slice(0, start) + r + m.text.slice(end);
      if (!want.trim()) return true;
      return again.messages.some((n) => n.key === m.key && n.text === want);
    }), { seed: 13, numRuns: 300 });
  }
});

test('a locale module that does not parse is one catalog-syntax error at the parser position, naming what is wrong', () => {
  const text = "export default {\n  greeting: 'Hello there, friend',\n  body: 'Thanks for your order'\n  thanks: 'Thanks',\n};\n";
  const found = lint(text, { filePath: '/app/src/locales/en.js' }).findings;
  assert.equal(found.length, 1);
  assert.equal(found[0].ruleId, 'catalog-syntax');
  assert.match(found[0].message, /js catalog does not parse \(Unexpected token, expected "," \(4:2\)\)/);
  // The range starts where the parser stopped: line 4, column 2.
  assert.equal(text.slice(0, found[0].range.start).split('\n').length, 4);
  assert.equal(found[0].actual, "thanks: 'Thanks',");
});

test('an arrow function returning a string is that string, its arguments placeholders (typesafe-i18n, hand-written helpers)', () => {
  const text = "export const passwordResetEmail = {\n  subject: 'Reset your password',\n  greeting: (name: string) => `Dear customer ${name},`,\n  body: () => 'We received a request to reset your password. Please do not reply to this email.',\n  total: (n: number) => `${format(n)} in total`,\n};\n";
  const c = parsed('/app/src/i18n/en.ts', text);
  assert.deepEqual(c.messages.map((m) => [m.key, m.text]), [
    ['subject', 'Reset your password'],
    ['greeting', 'Dear customer ${name},'],
    ['body', 'We received a request to reset your password. Please do not reply to this email.'],
  ]);
  assert.deepEqual(c.unmapped, ['total']);
  const found = lint(text, { filePath: '/app/src/i18n/en.ts' }).findings;
  const noReply = found.find((x) => x.ruleId === 'no-reply')!;
  assert.equal(noReply.catalogKey, 'body');
  assert.equal(text.slice(noReply.range.start, noReply.range.end), noReply.actual);
});

test('the content check is linear: white space, comments, imports and types before the export never make it backtrack', () => {
  const heads = [
    ' \t\n'.repeat(5000) + 'x',
    '/* c */ \n  '.repeat(2000) + 'function f() {}',
    "import a from 'a';\n".repeat(800) + 'run();',
    'type A = {' + ' a: string;'.repeat(1500) + '};\nrun();',
    'export default f<' + 'x'.repeat(16000),
  ];
  for (const head of heads) {
    const t0 = performance.now();
    assert.equal(catalogKindOf('/app/src/locales/en.ts', head), undefined);
    assert.ok(performance.now() - t0 < 500, `${JSON.stringify(head.slice(0, 30))}: ${performance.now() - t0} ms`);
  }
  // What may come before the export: imports over several lines, types, comments, a directive, a declaration.
  const preambles = ["import a from 'a'\nimport { b,\n  c } from './c'\nimport './side'\n", "type Locale = 'en'\n  | 'fa'\ninterface M { a: string; b: string }\nexport type X = {\n  a: string\n}\n", "/**\n * Persian texts\n */\n// more\n'use strict';\n", 'declare const x: string\n'];
  for (const p of preambles) assert.equal(catalogKindOf('/app/src/locales/en.ts', p + "export default { mail: { body: 'Thanks for your order, we will ship it soon.' } };\n"), 'js', p);
});
