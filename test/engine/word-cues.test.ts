/**
 * wordMask: the single-word paragraph gates rules put before their broad cue regexes (issue #15). A gate is only
 * sound if a word is what the engine's phrase search calls a word, so these pin that down.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordCues, wordMask, wordMaskIn } from '../../server/engine/match';

test('each bit says whether some word of the block passes that test', () => {
  const cues = wordCues([/again/, /^be$/, /n't/]);
  assert.equal(wordMask({ text: 'please send it again.' }, cues), 0b001);
  assert.equal(wordMask({ text: 'it must be made in the app, we don\'t take it here' }, cues), 0b110);
  assert.equal(wordMask({ text: 'nothing here' }, cues), 0);
  // Remembered by word: the same word in another paragraph gives the same answer.
  assert.equal(wordMask({ text: 'again and again' }, cues), 0b001);
});

test('a word runs over apostrophes and letters, never hyphens or spaces', () => {
  const cues = wordCues([/^re$/, /^submit$/, /^we're$/]);
  assert.equal(wordMask({ text: 're-submit' }, cues), 0b011);
  assert.equal(wordMask({ text: "we're here" }, cues), 0b100);
});

test('Persian words (ZWNJ already removed from normalized text)', () => {
  const cues = wordCues([/دوباره/, /^نو/]);
  assert.equal(wordMask({ text: 'لطفا از نو ثبت کنید' }, cues), 0b10);
  assert.equal(wordMask({ text: 'دوباره ارسال کنید' }, cues), 0b01);
});

test('the block keeps the words it was split into, for the phrase search after it', () => {
  const block: { text: string; words?: Int32Array } = { text: 'one two' };
  wordMask(block, wordCues([/one/]));
  assert.deepEqual([...block.words!], [0, 3, 4, 7]);
});

test('a block asked again gets its own mask back, and the next block never gets the last one\'s', () => {
  // wordMask keeps the last block's mask: a rule's helpers ask one cue set of one block in turn.
  const cues = wordCues([/again/, /portal/]);
  const a = { text: 'please send it again' };
  const b = { text: 'use the portal' };
  const c = { text: 'nothing to see' };
  assert.equal(wordMask(a, cues), 0b01);
  assert.equal(wordMask(a, cues), 0b01);
  assert.equal(wordMask(b, cues), 0b10);
  assert.equal(wordMask(c, cues), 0);
  assert.equal(wordMask(a, cues), 0b01);
  // A new block with the same text is split afresh and read the same way.
  assert.equal(wordMask({ text: 'use the portal' }, cues), 0b10);
});

test('wordMaskIn: the mask of the words inside a range, such as one sentence of the paragraph', () => {
  const cues = wordCues([/again/, /portal/, /^we$/]);
  const block = { text: 'we sent it. please send it again. use the portal.' };
  assert.equal(wordMask(block, cues), 0b111);
  assert.equal(wordMaskIn(block, cues, 0, 11), 0b100);
  assert.equal(wordMaskIn(block, cues, 12, 32), 0b001);
  assert.equal(wordMaskIn(block, cues, 34, 49), 0b010);
  // A range that holds no whole word has no bits.
  assert.equal(wordMaskIn(block, cues, 11, 12), 0);
});
