/**
 * Bounded cost, counted rather than timed: the work done per input character stays constant however the input
 * is shaped (one endless sentence, tens of thousands of tags, deep nesting), and nothing spreads an input-sized
 * array into a call (which overflows the stack: RangeError) or recurses once per nesting level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePhrases, findPhrases } from '../../server/src/engine/match';

test('one long sentence: each sentence is tested against a phrase exception once, not once per match', () => {
  const compiled = compilePhrases([{ match: 'any inconvenience', except: ['no such words here'] }], 'en');
  let scanned = 0;
  // A spy in place of the exception regex: counts the characters the matcher hands to it.
  compiled.except[0] = { test: (s: string) => { scanned += s.length; return false; } } as unknown as RegExp;
  const text = 'sorry for any inconvenience, '.repeat(4_000); // 116 KB, one sentence, 4,000 matches
  const found = findPhrases(text, compiled);
  assert.equal(found.length, 4_000);
  // Linear: the sentence once. Before the fix it was the whole sentence per match (464 million characters).
  assert.ok(scanned <= 2 * text.length, `the exception regex read ${scanned} characters for a ${text.length}-character text`);
});
