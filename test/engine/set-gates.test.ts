/**
 * The phrase-set gates (match.ts, SetGate): a set is not searched in a block that lacks a word every entry of it
 * requires, and the gate never hides a match. Counted with setGateCounts, never timed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePhrases, findPhrases, persianSetSpared, setGateCounts, wordsOf, type PhraseEntry } from '../../server/engine/match';
import { normalizeString } from '../../server/engine/prose';
import { lint } from '../../server/linter';

function search(entries: PhraseEntry[], language: 'en' | 'fa', text: string, literal: PhraseEntry[] = []) {
  const compiled = compilePhrases(entries, language, literal);
  const before = { ...setGateCounts };
  const found = findPhrases(normalizeString(text), compiled).map((m) => normalizeString(text).slice(m.from, m.to));
  return { found, skipped: setGateCounts.skipped - before.skipped, searched: setGateCounts.searched - before.searched };
}

const REFUSALS: PhraseEntry[] = [
  { match: '(we|i) (cannot|can\'t) (reimburse|refund) ...' },
  { match: 'your (parcel|package) ... (held|stopped) at customs' },
];

test('an English set is skipped in a paragraph with none of the words its entries need', () => {
  const r = search(REFUSALS, 'en', 'Thanks for writing in, we read every note you send and we will be in touch on Monday.');
  assert.deepEqual(r, { found: [], skipped: 1, searched: 0 });
});

test('an English set is skipped where its first words occur but a later required word does not', () => {
  // "we" and "your" start entries; neither "reimburse"/"refund" nor "customs" is in the paragraph.
  const r = search(REFUSALS, 'en', 'We cannot wait to see your parcel of photos from the trip.');
  assert.deepEqual(r, { found: [], skipped: 1, searched: 0 });
});

test('the gate lets through a paragraph that can match, and the match is found (inflected and spread out)', () => {
  const r = search(REFUSALS, 'en', 'Sorry, Dana: we cannot refund the second lamp you ordered last week.');
  assert.equal(r.searched, 1);
  assert.deepEqual(r.found, ['we cannot refund the second lamp you ordered last week']);
  const held = search(REFUSALS, 'en', 'Your package from Lisbon was held at customs on Tuesday.');
  assert.deepEqual(held.found, ['your package from lisbon was held at customs']);
});

test('a set with an entry that requires nothing, or with literal phrases from configuration, is always searched', () => {
  // A word opening with an apostrophe is quotation to the word index, so nothing is known about where it starts.
  const open: PhraseEntry[] = [...REFUSALS, { match: "'tis" }];
  assert.equal(search(open, 'en', 'Thanks for the lovely photos.').searched, 1);
  assert.equal(search(REFUSALS, 'en', 'Thanks for the lovely photos.', [{ match: 'lovely photos' }]).searched, 1);
});

test('a Persian set is skipped in a paragraph without Arabic script, and searched (and matches) in one with it', () => {
  const fa: PhraseEntry[] = [{ match: 'امکان (بازپرداخت|استرداد) ... (وجود ندارد|نیست)' }];
  assert.deepEqual(search(fa, 'fa', 'Your refund for order 4410 went out this morning.'), { found: [], skipped: 1, searched: 0 });
  const hit = search(fa, 'fa', 'متأسفانه امکان استرداد این بلیت وجود ندارد.');
  assert.equal(hit.searched, 1);
  assert.equal(hit.found.length, 1);
  // Both spellings of yeh and kaf, and a ZWNJ or a space, are folded before the gate looks at the text.
  assert.equal(search(fa, 'fa', 'امكان بازپرداخت هزينه‌ی ارسال وجود ندارد').found.length, 1);
});

test('a Persian set is spared in a paragraph without Arabic script before it is compiled, exactly when its gate would skip it', () => {
  const needsArabic: PhraseEntry[] = [{ match: 'هزینه (ارسال|حمل) ... (رایگان|مجانی) است' }, { match: '^ (سلام|درود) (دوست|همراه) (عزیز|گرامی)' }];
  // A Persian entry that can match Latin letters: the set has no gate, so it is searched everywhere.
  const anyScript: PhraseEntry[] = [...needsArabic, { match: 'ok (shod|shode)' }];
  const english = normalizeString('Shipping is free on this order, ok shod.');
  const words = wordsOf(english);
  const spared = (entries: PhraseEntry[], text: string, w: Int32Array) => {
    const before = setGateCounts.skipped;
    return { spared: persianSetSpared(text, w, entries), counted: setGateCounts.skipped - before };
  };
  assert.deepEqual(spared(needsArabic, english, words), { spared: true, counted: 1 });
  assert.deepEqual(search(needsArabic, 'fa', english), { found: [], skipped: 1, searched: 0 }, 'what the compiled set\'s gate does');
  assert.deepEqual(spared(anyScript, english, words), { spared: false, counted: 0 });
  assert.equal(search(anyScript, 'fa', english).searched, 1);
  const persian = normalizeString('هزینه ارسال این سفارش رایگان است.');
  assert.deepEqual(spared(needsArabic, persian, wordsOf(persian)), { spared: false, counted: 0 });
  assert.equal(search(needsArabic, 'fa', persian).found.length, 1);
  assert.deepEqual(spared([], english, words), { spared: false, counted: 0 }, 'no entries: nothing to decide (literal phrases are the caller\'s)');
});

test('a group stands for its alternatives\' most selective words, not their first ones', () => {
  // Every alternative of the middle group holds "not" or "isn't"/"wasn't": a paragraph with "it", "is" and "an" but
  // none of those cannot match, and is not searched.
  const NOT_POSSIBLE: PhraseEntry[] = [{ match: "(it|this) (is not|isn't|was not|wasn't) (possible|an option)" }];
  const r = search(NOT_POSSIBLE, 'en', 'It is possible that this is an option for you.');
  assert.deepEqual(r, { found: [], skipped: 1, searched: 0 });
  const hit = search(NOT_POSSIBLE, 'en', 'Sadly it is not possible to move the date.');
  assert.deepEqual(hit.found, ['it is not possible']);
  assert.equal(hit.searched, 1);
  // The chosen word may sit anywhere in the alternative: "has been … declined".
  const DECLINED: PhraseEntry[] = [{ match: '(your|the) (request|claim) (has been declined|was turned down)' }];
  assert.deepEqual(search(DECLINED, 'en', 'Your request has been received and the claim has been logged.'), { found: [], skipped: 1, searched: 0 });
  assert.deepEqual(search(DECLINED, 'en', 'Your claim was turned down by the insurer.').found, ['your claim was turned down']);
});

test('a paragraph reaches only the entries its words can start, and every one of them is still found', () => {
  const SET: PhraseEntry[] = [
    { match: 'we cannot refund (this|your) order' },
    { match: 'the parcel (was|has been) returned to sender' },
    { match: 'your warranty (has|had) expired' },
  ];
  const text = 'We cannot refund your order, and the parcel was returned to sender. Your warranty has expired too.';
  assert.deepEqual(search(SET, 'en', text).found, ['we cannot refund your order', 'the parcel was returned to sender', 'your warranty has expired']);
  assert.deepEqual(search(SET, 'en', 'The parcel is on its way and your order is safe.'), { found: [], skipped: 1, searched: 0 });
});

test('in a lint, an English paragraph is still searched for Persian phrases a configuration adds (no set is spared then)', () => {
  // Sparing a Persian set needs every entry to need an Arabic letter; phrases from configuration are literal and may
  // not. One with no letters at all is found in any script (Latin words would be English's, and dropped).
  const text = 'Hi Sam,\n\nWe answer 24/7 at the desk.\n\nMaya\n';
  const flagged = lint(text, { filePath: 'a.txt', rules: { 'no-reply': { phrases: { fa: { flag: ['24/7'] } } } } });
  assert.deepEqual(flagged.findings.filter((f) => f.ruleId === 'no-reply').map((f) => [f.actual, f.language]), [['24/7', 'fa']]);
  assert.equal(lint(text, { filePath: 'a.txt' }).findings.filter((f) => f.ruleId === 'no-reply').length, 0);
});
