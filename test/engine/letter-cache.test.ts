/**
 * What the engine keeps between lints because it depends on a text alone (incremental.ts keeps the rest):
 * - a paragraph's lines and what each says about a sign-off (`ProseBlock.lineSpans`, letter.ts), kept on the block
 *   and carried by a block an edit moved (formats/reuse.ts copies it with its offsets shifted);
 * - an output tag's reading (variable, fallback) by dialect and expression (formats/tags/state.ts).
 * Each must read exactly as a fresh computation does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, formatFor } from '../../server/engine/formats';
import { outputTag } from '../../server/engine/formats/tags/state';
import { findSignoffs, linesOf, type Line, type Signoff } from '../../server/engine/letter';
import { buildProse, type ProseBlock } from '../../server/engine/prose';

function blocksOf(text: string, file = 'letter.txt'): ProseBlock[] {
  return extract(text, formatFor(file), file).blocks.flatMap((raw) => buildProse(raw) ?? []);
}

const lineData = (l: Line) => ({ blockIndex: l.blockIndex, from: l.from, to: l.to, text: l.text });
const signoffData = (signoffs: Signoff[]) =>
  signoffs.map((s) => ({ line: lineData(s.line), language: s.language, wordsEnd: s.wordsEnd, signature: s.signature.map((g) => ({ line: lineData(g.line), kind: g.kind, from: g.from })) }));

const LETTER = [
  'Hi Sam,',
  '',
  'Your order has shipped. Thanks for shopping with us!',
  '',
  'Best regards,',
  'Dana Ortiz',
  'Support Lead, Acme',
  '',
  'Thanks, the Acme team',
  '',
  'signoff: "The Bookworm Team"',
  'closing: "Kind regards,"',
  '',
  'با احترام',
  'سارا رضایی',
].join('\n');

test("a paragraph's lines and sign-offs read from what it keeps equal a fresh reading", () => {
  const blocks = blocksOf(LETTER);
  const first = findSignoffs(linesOf(blocks), LETTER);
  assert.ok(first.length >= 3, 'the letter has sign-offs to compare');
  assert.ok(blocks.every((b) => b.lineSpans), 'each block keeps its lines');
  // A new blocks array (the next lint) over the same block objects reads the kept lines and sign-off heads.
  const again = [...blocks];
  assert.deepEqual(linesOf(again).map(lineData), linesOf(blocksOf(LETTER)).map(lineData));
  assert.deepEqual(signoffData(findSignoffs(linesOf(again), LETTER)), signoffData(findSignoffs(linesOf(blocksOf(LETTER)), LETTER)));
});

test('a block moved by an edit carries its lines, which still fit its text', () => {
  const blocks = blocksOf(LETTER);
  linesOf(blocks);
  findSignoffs(linesOf(blocks), LETTER);
  // As formats/reuse.ts moves a block after an edit: the same text, other offsets, the kept fields along.
  const moved = blocks.map((b) => ({ ...b, start: b.start + 3, end: b.end + 3, starts: b.starts.map((x) => x + 3), ends: b.ends.map((x) => x + 3) }));
  const shifted = `\n\n\n${LETTER}`;
  assert.equal(moved[0].lineSpans, blocks[0].lineSpans);
  assert.deepEqual(linesOf(moved).map(lineData), linesOf(blocksOf(shifted)).map(lineData));
  assert.deepEqual(signoffData(findSignoffs(linesOf(moved), shifted)), signoffData(findSignoffs(linesOf(blocksOf(shifted)), shifted)));
});

test('lines that are not their block\'s own are read afresh, never from what the block keeps', () => {
  const blocks = blocksOf(LETTER);
  findSignoffs(linesOf(blocks), LETTER);
  // Each line without its first character: "est regards," opens no sign-off, though the kept head of its line does.
  const trimmed = (bs: ProseBlock[]) => linesOf(bs).map((l) => ({ ...l, from: l.from + 1, text: l.text.slice(1) }));
  assert.deepEqual(signoffData(findSignoffs(trimmed(blocks), LETTER)), signoffData(findSignoffs(trimmed(blocksOf(LETTER)), LETTER)));
});

test("an output tag's reading is kept by dialect and expression, and every tag is its own object", () => {
  // A helper call in Handlebars names its argument; Liquid reads the first path.
  const hbs = outputTag(0, 26, 'handlebars', 'capitalize first_name');
  const liquid = outputTag(30, 56, 'liquid', 'capitalize first_name');
  assert.equal(hbs.variable, 'first_name');
  assert.equal(liquid.variable, 'capitalize');
  const again = outputTag(100, 126, 'handlebars', 'capitalize first_name');
  assert.deepEqual(again, { ...hbs, start: 100, end: 126 });
  hbs.guarded = true; // the scanner marks the tags it returns
  assert.equal(outputTag(0, 26, 'handlebars', 'capitalize first_name').guarded, undefined);
  assert.equal(outputTag(0, 30, 'liquid', 'name | default: "there"').hasFallback, true);
  // Past the cache's size it starts over, reading the same.
  for (let k = 0; k < 5000; k++) outputTag(0, 10, 'handlebars', `v${k}`);
  assert.deepEqual(outputTag(0, 26, 'handlebars', 'capitalize first_name'), { ...again, start: 0, end: 26 });
  assert.equal(outputTag(0, 10, 'handlebars', 'v4999').variable, 'v4999');
});
