/**
 * The phrase-set gates (match.ts, SetGate): a set is not searched in a block that lacks a word every entry of it
 * requires, and the gate never hides a match. Counted with setGateCounts, never timed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePhrases, findPhrases, setGateCounts, type PhraseEntry } from '../../server/engine/match';
import { normalizeString } from '../../server/engine/prose';

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
