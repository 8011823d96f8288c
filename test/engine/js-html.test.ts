/**
 * JS/TS modules that return an HTML email as a template literal (Ghost's email templates, a mailer's
 * `cardDeclinedEmail()`): the literal is read as HTML at the file's own offsets, `${name}` holes are variables,
 * `${t('…')}` holes are prose with their i18next placeholders as variables, escapes are decoded piece by piece, each
 * branch of a `${cond ? `…` : `…`}` is read; rewrites land in the email's text, escaped for where they land, print only
 * names the module has, and leave a module that parses with the same emails; only such modules are detected (not a
 * React component, an Express handler's html`` snippet, a lit view, a page with a form, a test). Modules written for
 * this test (test/fixtures/js-html), in the style of Ghost's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '@babel/parser';
import { isEmailModule } from '../../server/engine';
import { extract } from '../../server/engine/formats';
import { escapeForTemplate, proveJsHtmlFixes } from '../../server/engine/formats/js-html-edits';
import type { Finding } from '../../server/engine';
import { buildProse, PLACEHOLDER } from '../../server/engine/prose';
import { lint, fixText } from '../../server/linter';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'js-html', 'app');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const LOCKED = read('emails/account-locked.js');
const SIGN_IN = read('emails/sign-in.js');
const WELCOME = read('emails/welcome.js');
const CARD = read('emails/card.ts');

const proseOf = (text: string, file: string) =>
  extract(text, 'plain', file).blocks.map((b) => buildProse(b)?.text.replaceAll(PLACEHOLDER, '<>')).filter((t) => t && t.trim());
const findings = (text: string, file: string) => lint(text, { filePath: file }).findings;
const parses = (text: string, file: string) => {
  parse(text, { sourceType: 'unambiguous', plugins: file.endsWith('.ts') ? ['typescript'] : [] });
  return true;
};

test('the email\'s text is prose: t(\'…\') strings and the literal\'s own text, escapes decoded, the code around never', () => {
  assert.deepEqual(proseOf(LOCKED, 'emails/account-locked.js'), [
    'your account has been locked.',
    'dear customer,',
    'please be informed that your account on <> was locked after too many sign-in attempts.',
    // `\`` in the literal is a backtick; `${siteUrl}` a variable.
    'we regret any inconvenience this may cause. your `reset` link: <>',
    // `\'` in the t('…') string is an apostrophe.
    'this is an automated message. please don\'t reply to this email.',
    'this message was sent to <>.',
  ]);
  const x = extract(LOCKED, 'plain', 'emails/account-locked.js');
  const variables = x.scan.tags.filter((t) => t.kind === 'output').map((t) => t.variable);
  assert.deepEqual(variables, ['siteTitle', 'siteTitle', 'siteUrl', 'siteUrl', 'email']);
  // The <title> is read as the reader sees it: the call around the sentence left out.
  assert.deepEqual(x.headers.find((h) => h.name === 'title')?.value, 'Your account on {siteTitle}');
});

test('findings land on the file\'s characters, inside strings, after escapes and holes', () => {
  const found = findings(LOCKED, 'emails/account-locked.js');
  const at = (rule: string) => found.find((f) => f.ruleId === rule)!;
  for (const f of found) assert.equal(LOCKED.slice(f.range.start, f.range.end), f.actual, f.ruleId);
  assert.equal(at('generic-greeting').actual, 'Dear customer');
  assert.equal(at('robotic-phrasing').actual, 'Please be informed that');
  assert.equal(at('non-apology').actual, 'We regret any inconvenience this may cause');
  assert.equal(at('no-reply').actual, "Please don\\'t reply to this email");
  assert.ok(at('missing-contact'));
});

test('each branch of a condition is read, and no phrase runs from one branch into the other', () => {
  assert.deepEqual(proseOf(SIGN_IN, 'emails/sign-in.js'), [
    'your verification code is <>.\nwelcome back to <>!',
    'hey there,',
    'here\'s the code to sign in to <>:',
    '<>',
    'use this link to sign in to your <> account:',
    'sign in now',
    'your request will be processed in due course.',
    'this message was sent from <> to <>.',
  ]);
  assert.deepEqual(findings(SIGN_IN, 'emails/sign-in.js').map((f) => `${f.ruleId}: ${f.actual}`), [
    'vague-follow-up: in due course',
    // The footer's {email} is the reader's own address: no way to reach anyone.
    'missing-contact: This message was sent from {siteDomain} to {email}.',
  ]);
});

test('a warm email is quiet; a TypeScript mailer\'s local literal, returned, is read too', () => {
  assert.deepEqual(findings(WELCOME, 'emails/welcome.js').map((f) => f.ruleId), []);
  assert.deepEqual(proseOf(CARD, 'emails/card.ts'), [
    'dear customer,',
    'your card was declined for the payment of <>. please update your card so we can try again.',
    'if you have questions, write to <>.',
  ]);
});

test('rewrites: escaped for a template literal or the string\'s quote, printing only names the module has', () => {
  // The function destructures `name`: the greeting prints it, as a hole.
  const greeting = findings(CARD, 'emails/card.ts').find((f) => f.ruleId === 'generic-greeting')!;
  assert.deepEqual(greeting.suggestions.map((s) => s.edits[0].text), ['${name}', 'Hi ${name}']);
  // No name among the parameters of account-locked.js's function, and a t('…') call passes a fixed set of values:
  // no greeting rewrite, no reply line naming a sender it does not have.
  const locked = findings(LOCKED, 'emails/account-locked.js');
  assert.deepEqual(locked.find((f) => f.ruleId === 'generic-greeting')!.suggestions, []);
  assert.deepEqual(locked.find((f) => f.ruleId === 'missing-contact')!.suggestions, []);
  const robotic = locked.find((f) => f.ruleId === 'robotic-phrasing')!;
  assert.equal(robotic.suggestions[0].edits[0].text, 'Just so you know,');

  assert.equal(escapeForTemplate('Hi ${name}, here\'s `code` and a $5 {fee}', ['name']), undefined, 'a {fee} merge tag would print as it is');
  assert.equal(escapeForTemplate('Hi ${name}, here\'s `code` \\ and ${x', ['name']), 'Hi ${name}, here\'s \\`code\\` \\\\ and \\${x');
  assert.equal(escapeForTemplate('Hi ${first_name},', ['name']), undefined, 'a name the module does not have');
  assert.equal(escapeForTemplate('Hi {{first_name}},', ['first_name']), undefined, 'another dialect\'s tag');
  assert.equal(escapeForTemplate('Questions? Write to ${support.email}.', ['support']), 'Questions? Write to ${support.email}.');
});

test('fix-all leaves modules that parse, with the same emails', () => {
  for (const [file, text] of [['emails/account-locked.js', LOCKED], ['emails/sign-in.js', SIGN_IN], ['emails/card.ts', CARD]] as const) {
    const fixed = fixText(text, { filePath: file });
    assert.notEqual(fixed.text, text, file);
    assert.ok(parses(fixed.text, file), file);
    assert.ok(isEmailModule(file, fixed.text), file);
  }
  const fixed = fixText(LOCKED, { filePath: 'emails/account-locked.js' }).text;
  assert.match(fixed, /\$\{t\('Just so you know, your account on \{siteTitle\} was locked/);
  assert.match(fixed, /<p>I'm sorry we got this wrong\. Your \\`reset\\` link/);
  // An apostrophe written into a '…' string is escaped.
  const quoted = findings(SIGN_IN, 'emails/sign-in.js').find((f) => f.ruleId === 'vague-follow-up')!;
  assert.ok(quoted.suggestions.length > 0);
  const apostrophe = fixText("module.exports = ({t}) => `<html><body><p>${t('Please be informed that we received your email.')}</p></body></html>`;\n", { filePath: 'mail/notice.js' }).text;
  assert.ok(parses(apostrophe, 'mail/notice.js'), apostrophe);
});

test('a rewrite that would break the module is not offered', () => {
  const text = "module.exports = ({t}) => `<html><body><p>We regret any inconvenience.</p><p>${t('Sent by the mailer')}</p></body></html>`;\n";
  const at = text.indexOf('We regret');
  const finding = (edit: string) => ({
    ruleId: 'non-apology', severity: 'warning', range: { start: at, end: at + 9 }, actual: 'We regret', language: 'en', message: '', url: '',
    suggestions: [{ title: edit, edits: [{ range: { start: at, end: at + 9 }, text: edit }] }],
  }) as Finding;
  const kept = (edit: string) => proveJsHtmlFixes(text, [finding(edit)], 'mail/x.js')[0].suggestions.length === 1;
  assert.ok(kept('We are sorry for'));
  assert.ok(!kept('We are `sorry` for'), 'an unescaped backtick ends the literal');
  assert.ok(!kept('We are ${sorry for'), 'an unclosed hole');
  // The holes a rewrite writes are its own (escapeForTemplate lets only the module's names through).
  assert.ok(kept('We ${sorry} for'));
  assert.ok(kept('We \\${sorry} for'), 'an escaped one is text');
});

test('detection: modules that return an email, and no other code', () => {
  for (const f of ['emails/account-locked.js', 'emails/welcome.js', 'emails/sign-in.js', 'emails/card.ts']) assert.ok(isEmailModule(`app/${f}`, read(f)), f);
  // A helper, an Express handler's html`` snippets, a lit view, a React component in .js, a page with a form, a test.
  for (const f of ['src/html.js', 'src/server.js', 'src/greeting-card.js', 'src/profile.js', 'src/page.ts', 'test/account-locked.test.js']) assert.ok(!isEmailModule(`app/${f}`, read(f)), f);
  // Built or vendored copies are not the app's own.
  assert.ok(!isEmailModule('app/dist/emails/account-locked.js', LOCKED));
  assert.ok(!isEmailModule('app/emails/account-locked.min.js', LOCKED));
  // A `.tsx` is a React component (formats/jsx.ts), not a module returning HTML.
  assert.ok(!isEmailModule('app/emails/account-locked.tsx', LOCKED));
  // A string in passing is not the module's email: a literal must be returned or exported.
  assert.ok(!isEmailModule('mail/log.js', "const x = `<p>Dear customer, your order has shipped today.</p>`;\nconsole.log(x);\n"));
  // A run of HTML with sentences is an email when its path or its text says it is mail.
  assert.ok(isEmailModule('mail/shipped.js', "export default (name) => `<p>Hi ${name}, your order has shipped today.</p>`;\n"));
  assert.ok(!isEmailModule('src/banner.js', "export default (name) => `<p>Hi ${name}, your order has shipped today.</p>`;\n"));
  assert.ok(isEmailModule('src/banner.js', "export default (name) => `<p>Hi ${name}, your order has shipped today.</p><p>You got this email because you ordered.</p>`;\n"));
});

test('a literal a mailer renders with Mustache afterwards carries its tags; a string of source code is no email', () => {
  const text = "export default `<html><body><p>Hi {{ name }},</p><p>Your pitch was approved. We can't wait to read it.</p><p>{{ reviewer }}</p></body></html>`;\n";
  const tags = extract(text, 'plain', 'mail/templates/approved.ts').scan.tags.filter((t) => t.kind === 'output').map((t) => t.variable);
  assert.deepEqual(tags, ['name', 'reviewer']);
  const sample = "export const COMPONENTS = `\nconst Paragraph = (props) => {\n  return (<p className={props.align}>Thanks for reading our email today.</p>);\n};\n`;\n";
  assert.ok(!isEmailModule('src/email/components.ts', sample));
});

test('a module that returns no email, named on the command line, is read as it was before', () => {
  const text = read('src/html.js');
  assert.equal(extract(text, 'plain', 'src/html.js').markup, 'text');
});
