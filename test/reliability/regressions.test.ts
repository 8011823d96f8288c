/**
 * Engine bugs the property tests and corpus mutations found, each shrunk to the smallest text that showed it.
 * Every case runs the full invariant check (ranges, clean edits, idempotent fix-all, nothing left to fix,
 * determinism) plus the specific symptom.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, type Finding } from '../../server/engine';
import { fixText, lint } from '../../server/linter';
import { checkAll, checkLint } from './invariants';

test('a Handlebars helper call with no variable gets no "{{#if undefined}}" fallback, and fix-all converges', () => {
  // Found in the corpus (openmage): `{{htmlescape var=$customer.name}}` has no plain variable path.
  for (const [text, filePath] of [['<p>Hi {{htmlescape var=$customer.name}},</p>\n', 'a.html'], ['Hi {{htmlescape var=$customer.name}},\n', 'a.hbs']]) {
    const fixed = fixText(text, { filePath }).text;
    assert.doesNotMatch(fixed, /undefined/);
    for (const f of lint(text, { filePath }).findings) for (const s of f.suggestions) for (const e of s.edits) assert.doesNotMatch(e.text, /undefined/);
    checkAll(text, { filePath });
  }
});

test('an emoji before a phrase does not shift finding ranges (normalized text and its offset map stay in step)', () => {
  // Found by the property test: `𐀀𐀀شماره سفارش خود را دوباره ارسال کنید.` gave a range ending at NaN, because a
  // surrogate pair added two characters to the normalized text but one entry to its offset map.
  const text = '😀 Please provide your order number again.';
  const f = lint(text, { filePath: 't.txt' }).findings.find((x) => x.ruleId === 'repeat-yourself');
  assert.ok(f, 'repeat-yourself should flag the sentence');
  assert.equal(text.slice(f.range.start, f.range.start + 6), 'Please');
  for (const t of [text, '𐀀𐀀شماره سفارش خود را دوباره ارسال کنید.', '👩‍👩‍👧🇮🇷 Dear customer, 😀 please do not reply 😀.']) checkAll(t, { filePath: 't.txt' });
});

test('a stray "{{else}}" in Handlebars gets no "close the tag" fix: it is already closed', () => {
  // Found by the property test: the Handlebars parser rejects a lone `{{else}}`, the rule took that for an unclosed
  // tag and offered to add "}", and fix-all kept adding braces: `{{else}}}}}}}`.
  for (const text of ['{{else}}', 'Hi {{else}} there', '{% endif %}']) {
    const fixed = fixText(text, { filePath: 't.hbs' }).text;
    assert.equal(fixed, text);
    checkAll(text, { filePath: 't.hbs' });
  }
});

test('the Persian repeat-yourself rewrite is not flagged by its own rule, so fix-all converges', () => {
  // Found by the property test: "…لازم نیست دوباره توضیح دهید" (no need to explain again) matched "دوباره … توضیح دهید",
  // so a rewrite glued to a merge tag grew on every pass.
  const rewrite = 'جزئیات پیام قبلی‌تان را داریم و لازم نیست دوباره توضیح دهید.';
  assert.deepEqual(lint(rewrite, { filePath: 't.txt' }).findings.filter((f) => f.ruleId === 'repeat-yourself'), []);
  for (const text of ['{{first_name}}شماره سفارش خود را دوباره ارسال کنید.', 'لطفاً مشکل خود را دوباره توضیح دهید.']) checkAll(text, { filePath: 't.txt' });
  assert.ok(lint('لطفاً مشکل خود را دوباره توضیح دهید.', { filePath: 't.txt' }).findings.some((f) => f.ruleId === 'repeat-yourself'), 'a real request to repeat is still flagged');
});

test('an unclosed tag whose 80-character cap falls inside an emoji does not split the emoji', () => {
  // Found by the property test: `{{/{{/…` followed by astral characters gave a range ending between a surrogate pair.
  for (const filePath of ['t.hbs', 't.txt', 't.html']) {
    const text = `{{/${'x'.repeat(76)}😀 more`;
    const f = lint(text, { filePath }).findings.find((x) => x.ruleId === 'broken-merge-tag');
    assert.ok(f, `${filePath}: the unclosed tag is reported`);
    assert.equal(f.range.end, 81);
    checkAll(text, { filePath });
  }
});

test('thousands of nested Markdown quotes do not overflow the stack', () => {
  // Found by the adversarial inputs: `> > > …` 50,000 deep made the Markdown visitor recurse until RangeError.
  const text = `Dear customer,\n\n${'> '.repeat(50_000)}deep\n`;
  const ids = lint(text, { filePath: 't.md' }).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('generic-greeting'), 'prose outside the deep quote is still linted');
  checkLint(text, { filePath: 't.md' });
});

// Bounded cost is asserted as a growth ratio in linear-cost.test.ts; here a hang fails by the test timeout.
test('a long run of letters does not make the email pattern quadratic', { timeout: 60_000 }, () => {
  // Found by the linear-cost test: `[\w.+-]+@…` retried from every letter of an 80,000-letter run (10 s).
  const text = `${'a '.repeat(20_000)}a!\n${'a'.repeat(80_000)}!`;
  checkLint(text, { filePath: 't.txt' });
  assert.ok(lint('Dear customer,\n\nWrite to sam@example.com any time.', { filePath: 't.txt' }).findings.every((f) => f.ruleId !== 'missing-contact'), 'an address is still found');
});

test('5,000 nested Handlebars blocks lint in bounded time (the strict parser is skipped past 2,000 tags)', { timeout: 60_000 }, () => {
  const text = '{{#if a}}x '.repeat(5_000) + '{{/if}}'.repeat(5_000);
  // The strict Handlebars parser took ~25 s on this.
  checkLint(text, { filePath: 't.hbs' });
});

test('text after a junk end tag maps to its own characters, so fix-all signs once and stops', () => {
  // Found by the property test (random seed, before seeds were fixed): on `</Dear customer,<!-- warmly-enable -->تیم فروش`
  // as MJML, htmlparser2 reported the text after the junk end tag with a stale start offset, so the whole of
  // «تیم فروش» mapped to offset 7 and faceless-signoff's insert landed inside the end tag, out of its own reach:
  // every fix-all pass added «{{sender_name}} از» again (five copies after one fix-all, ten after two).
  const text = '</Dear customer,<!-- warmly-enable -->تیم فروش';
  const once = fixText(text, { filePath: 't.mjml' }).text;
  assert.equal(once, '</Dear customer,<!-- warmly-enable -->{{sender_name}} از تیم فروش');
  assert.equal(fixText(once, { filePath: 't.mjml' }).text, once);
  const signoff = lint(text, { filePath: 't.mjml' }).findings.find((f) => f.ruleId === 'faceless-signoff');
  assert.equal(signoff?.actual, 'تیم فروش');
  for (const t of [text, '</Dear customer,<!-- x -->The Acme Team', '</p junk>Dear customer,', '</Dear customer,تیم فروش']) {
    for (const filePath of ['t.mjml', 't.html']) checkAll(t, { filePath });
  }
});

test('fix-all never grows the text without bound: a rewrite that re-triggers itself leaves the text untouched', () => {
  // The invariant behind the junk-end-tag bug above, held by fixAll itself whatever a rule does.
  const selfTriggering = (t: string): Finding[] => [{
    ruleId: 'x', severity: 'warning', message: 'm', range: { start: 0, end: 0 }, actual: '', language: 'en',
    suggestions: [{ title: 'grow', edits: [{ range: { start: 0, end: 0 }, text: 'more ' }] }],
  } as unknown as Finding];
  const looped = fixAll('text', selfTriggering);
  assert.deepEqual(looped, { text: 'text', fixed: 0, converged: false });
  // A rewrite that settles after a few passes is kept.
  const settles = (t: string): Finding[] => (t.length < 12 ? selfTriggering(t) : []);
  assert.deepEqual(fixAll('text', settles), { text: 'more more text', fixed: 2, converged: true });
});

test('a broken Mailchimp tag followed by text is not read as one tag spanning both, so fix-all does not duplicate the text', () => {
  // Found by the fixed-seed mutations of test/fixtures/templates/newsletter-mailchimp.html (seed 20261206): in
  // `*|FNAME|text.*,*|ELSE:|*` the scanner took everything up to the next `|*` for one merge tag named
  // "FNAME|text.*,*|ELSE:", and name-without-fallback's rewrite copied that "name" (and the text in it) again.
  const text = '<p>*|IF:FNAME|*Hi *|FNAME|This is an automated message.*,*|ELSE:|*Hi there,*|END:IF|*</p>\n';
  const fallback = lint(text, { filePath: 't.html' }).findings.filter((f) => f.ruleId === 'name-without-fallback');
  assert.deepEqual(fallback.map((f) => f.actual), []);
  for (const t of [text, '<p>Hi *|FNAME|x.*,*|ELSE:|*</p>\n', 'Hi *|FNAME|*, welcome']) checkAll(t, { filePath: 't.html' });
});

test('a run of 150,000 merge tags costs linear time: name-without-fallback walks a run of tags only after a greeting word', { timeout: 90_000 }, () => {
  // Found by `npm run fuzz` (its huge-tag-count generator): the rule walked the rest of the run from every tag, so
  // 40,000 tags took 46 s and 150,000 would take about ten minutes; linear, this finishes in about a second. The
  // timeout is the failure mode (no clock is read here).
  for (const [unit, filePath] of [['{{x}}', 't.hbs'], ['{{ x }} ', 't.liquid']]) {
    const text = `Dear customer,\n\n<div>\n${unit.repeat(150_000)}\n</div>\n\nPlease do not reply to this email.\n`;
    const ids = lint(text, { filePath }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('generic-greeting') && ids.includes('no-reply'), filePath);
  }
  // The walk still sees a fallback later in the run.
  assert.ok(!lint("Dear {{ title }} {{ surname | default: 'Customer' }},\n\nThanks, Sara", { filePath: 't.liquid' }).findings.some((f) => f.ruleId === 'name-without-fallback'));
});

test('hostile-config fuzz round 899304302 passes: a signature the fixes insert may break lines with <br>, and no other element appears', () => {
  // `npm run fuzz` (hostile config, empty personalization on a Liquid email) failed because its check counted the
  // <br> of the inserted signature as injected markup. The check now ignores <br>; this keeps the case.
  const text = '<p>Hi {{ first_name }},</p>\n<p>Dear customer, thanks.</p>\n';
  const out = fixText(text, { filePath: 't.liquid', personalization: {} }).text;
  const elements = (s: string) => (s.match(/<(?!br\b)[a-z][a-z0-9-]*/gi) ?? []).length;
  assert.equal(elements(out), elements(text), out);
  assert.notEqual(out, text, 'the fixes did rewrite the template');
});

test('a Markdown file with a byte-order mark keeps its offsets: no range ends inside an emoji', () => {
  // `npm run fuzz` (seed 464789103): micromark drops a leading BOM and counts offsets without it, so the last
  // range of the file ended one character early, between the halves of a surrogate pair.
  const text = '\uFEFFمشتری گرامی،\nDear customer,\u{10000}';
  const contact = lint(text, { filePath: 't.md' }).findings.find((f) => f.ruleId === 'missing-contact');
  assert.ok(contact);
  assert.equal(text.slice(contact.range.start, contact.range.end), 'Dear customer,\u{10000}');
  checkAll(text, { filePath: 't.md' });
});

test('a fallback word holding another dialect\'s tag syntax is never inserted, even when the options were not validated', () => {
  // `npm run fuzz` (hostile config, seed 20261202): personalization.fallback.en = "*|0" handed straight to the
  // engine was written into a Handlebars {{else}} branch and read back as a broken Mailchimp tag.
  const text = 'Hi {{first_name}},\n\nDear customer, thanks.\n';
  const out = fixText(text, { filePath: 't.hbs', personalization: { fallback: { en: '*|0', fa: '"' } } }).text;
  assert.doesNotMatch(out, /\*\|/);
  assert.match(out, /\{\{else\}\}there\{\{\/if\}\}/);
  checkAll(text, { filePath: 't.hbs', personalization: { fallback: { en: '*|0', fa: '"' } } });
});
