/**
 * The word-class helpers build pattern text that the phrase compiler reads: Persian verb forms in every person
 * and tense, and both orders of two clause parts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePhrases, findPhrases } from '../../server/engine/match';
import { eitherOrder, faCompound, faFormal, faNegative, faPassive, faVerb, faWeDid, faYouDid, withTextingSpellings } from '../../server/engine/phrase-classes';
import { normalizeString } from '../../server/engine/prose';

function matches(pattern: string, text: string): boolean {
  return findPhrases(normalizeString(text), compilePhrases([{ match: pattern }], 'fa')).length > 0;
}

test('faVerb covers person, negation, perfect, pluperfect, future and subjunctive, however spaced', () => {
  const verb = faCompound('توضیح', 'داد', 'ده');
  for (const form of ['توضیح دادیم', 'توضیح می‌دهیم', 'توضیح می دهم', 'توضیح میدهند', 'توضیح نمی‌دهیم', 'توضیح داده‌ایم',
    'توضیح داده ایم', 'توضیح داده بودیم', 'توضیح خواهیم داد', 'توضیح بدهید', 'توضیح دهید', 'توضیح ندادیم']) {
    assert.ok(matches(verb, form), form);
  }
  assert.ok(!matches(verb, 'توضیحات'), 'another word that only starts like the noun');
  assert.ok(!matches(faVerb('کرد', 'کن'), 'کنار'), 'a word that only starts with the present stem');
});

test('faVerb reads Arabic-letter and unspaced spellings', () => {
  assert.ok(matches(faCompound('درک', 'کرد', 'کن'), 'درك كنيد'));
  assert.ok(matches(faVerb('گفت', 'گوی'), 'نگفته بودیم'));
});

test('eitherOrder matches both orders of object and verb, a few words apart', () => {
  const p = eitherOrder('به شما', faCompound('ایمیل', 'زد', 'زن'));
  assert.ok(matches(p, 'دو بار به شما ایمیل زدیم'));
  assert.ok(matches(p, 'ایمیل زدیم دو بار به شما'));
  assert.ok(!matches(p, 'به شما'));
});

test('faNegative covers only the negative forms, in every person and tense', () => {
  const refuse = `مسئولیتی ${faNegative('پذیرفت', 'پذیر')}`;
  for (const form of ['مسئولیتی نمی‌پذیرد', 'مسئولیتی نمی پذیریم', 'مسئولیتی نپذیرفته‌ایم', 'مسئولیتی نخواهیم پذیرفت', 'مسئولیتی نپذیرفت']) {
    assert.ok(matches(refuse, form), form);
  }
  assert.ok(!matches(refuse, 'مسئولیتی می‌پذیریم'), 'the affirmative is the opposite of a refusal');
});

test('faYouDid covers the 2nd person in formal and colloquial endings, affirmative or negative', () => {
  const bought = faYouDid(['خرید']);
  for (const form of ['خریدید', 'خریدین', 'خریده‌اید', 'خریده اید', 'خریده بودید']) assert.ok(matches(bought, form), form);
  assert.ok(!matches(bought, 'خریدیم'), 'the 1st person is not the reader');
  assert.ok(matches(faYouDid(['خرید'], true), 'نخریدید'));
  assert.ok(!matches(faYouDid(['خرید'], true), 'خریدید'));
});

test('faFormal reads the light verbs of officialese, not the everyday کردن', () => {
  const p = faFormal('(اعلام|ابراز)');
  for (const form of ['اعلام می‌داریم', 'ابراز می دارد', 'اعلام نمودیم', 'ابراز می‌نماییم']) assert.ok(matches(p, form), form);
  assert.ok(!matches(p, 'اعلام می‌کنیم'));
});

test('a `...` gap reads a web address and a grouped number as one word, and still stops at a full stop', () => {
  const en = (pattern: string, text: string) => findPhrases(normalizeString(text), compilePhrases([{ match: pattern }], 'en')).length > 0;
  assert.ok(en('log in ... to view it', 'Log in at help.acme.com to view it'));
  assert.ok(en('transfer ... failed', 'Your transfer of 20,000,000 rials failed'));
  assert.ok(matches('انتقال ... انجام نشد', 'انتقال وجه به مبلغ ۲۰,۰۰۰,۰۰۰ ریال انجام نشد'));
  assert.ok(!en('log in ... to view it', 'Log in here. Then go to view it'), 'a sentence end between the parts');
});

test('faPassive covers the agentless passive with شدن, گردیدن and رسیدن, however spaced', () => {
  const said = faPassive('(ذکر|اعلام)');
  for (const form of ['ذکر شد', 'ذکر گردید', 'اعلام شده بود', 'اعلام گردیده است', 'ذکر می‌گردد', 'ذکر میشود', 'اعلام شده‌است']) {
    assert.ok(matches(said, form), form);
  }
  assert.ok(!matches(said, 'ذکر کردید'), 'the 2nd person active is not the passive');
});

test('faWeDid covers the 1st person only, singular and plural, simple, perfect and pluperfect', () => {
  const told = faWeDid(['گفت']);
  for (const form of ['گفتیم', 'گفتم', 'گفته‌ایم', 'گفته ایم', 'گفته‌ام', 'گفته بودیم', 'گفته بودم']) assert.ok(matches(told, form), form);
  for (const form of ['گفتید', 'گفته‌اید', 'گفتند']) assert.ok(!matches(told, form), form);
  assert.ok(matches(faWeDid(['کرد'], true), 'نکرده‌ایم'));
});

test('an optional word after a gap keeps the gap when the word is absent', () => {
  const p = '(مراتب) (سپاس) ... (را)? (ابراز)';
  assert.ok(matches(p, 'مراتب سپاس خود را از اعتماد شما ابراز می‌داریم'), 'را inside the gap, the optional one absent');
  assert.ok(matches(p, 'مراتب سپاس را ابراز می‌داریم'), 'the optional word present');
  assert.ok(!matches(p, 'مراتب سپاس. ابراز'), 'a gap never crosses a sentence end');
});

test('withTextingSpellings widens whole pattern words only, in the match and its exceptions', () => {
  const [e] = withTextingSpellings([{ match: "(you|you've) sent your order because please", except: ['if you'] }]);
  assert.equal(e.match, "((you|u)|you've) sent (your|ur|yr) order (because|bc|cuz|cos) (please|pls|plz)");
  assert.deepEqual(e.except, ['if (you|u)']);
});
