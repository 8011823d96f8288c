/**
 * How a block's arrays are allocated (prose.ts): in a lint with no memo, the blocks and the arrays derived from them
 * (words, word numbers, present keys) are cut from the lint's arena; blocks that outlive a lint (a memo's, a cached
 * partial's) and anything derived from them get buffers of their own, so no long-lived block keeps a lint's arena
 * alive. Where the arrays live must never change what they hold.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, formatFor } from '../../server/engine/formats';
import { wordsOf } from '../../server/engine/match';
import { buildProse, IntArena, inArena, int32sLike, newArena, withArena, type ProseBlock } from '../../server/engine/prose';
import { lint } from '../../server/linter';

const TEXT = [
  'Hi {{first_name}},',
  '',
  'Thank you for your patience. We will get back to you as soon as possible.',
  '',
  'Please do not reply to this email. «مشتری گرامی» — لطفاً منتظر بمانید.',
  '',
  'Best regards 👋,\r\nDana',
].join('\n');

const blocksOf = (text: string, file = 'letter.hbs'): ProseBlock[] => extract(text, formatFor(file), file).blocks.flatMap((raw) => buildProse(raw) ?? []);

const plain = (b: ProseBlock) => ({ text: b.text, starts: [...b.starts], ends: [...b.ends], tagAt: [...b.tagAt], tags: b.tags, start: b.start, end: b.end, language: b.language });

test('blocks built in an arena hold exactly what blocks built without one hold', () => {
  const own = blocksOf(TEXT);
  const arena = newArena();
  const cut = inArena(arena, () => blocksOf(TEXT));
  assert.deepEqual(cut.map(plain), own.map(plain));
  for (const b of cut) {
    assert.ok(arena.owns(b.starts) && arena.owns(b.ends) && arena.owns(b.tagAt), 'the maps are cut from the arena');
    assert.equal(b.starts.length, b.text.length);
    assert.equal(b.tagAt.length, b.text.length);
    assert.deepEqual([...wordsOf(b.text, b.starts)], [...wordsOf(b.text)]);
  }
  for (const b of own) assert.ok(!arena.owns(b.starts));
});

test('arrays derived from a block share the arena only when the block came from it', () => {
  const arena = newArena();
  const [inside] = inArena(arena, () => blocksOf(TEXT));
  const [outside] = blocksOf(TEXT);
  inArena(arena, () => {
    assert.ok(arena.owns(wordsOf(inside.text, inside.starts)), 'a lint block\'s words come from its arena');
    assert.ok(!arena.owns(wordsOf(outside.text, outside.starts)), 'a kept block\'s words get a buffer of their own');
    assert.ok(!arena.owns(int32sLike(undefined, 4)));
  });
  // Outside any lint nothing is cut from an arena.
  assert.ok(!arena.owns(wordsOf(inside.text, inside.starts)));
});

test('cuts never overlap, start zeroed, and a large request gets a buffer of its own', () => {
  const arena = new IntArena(64);
  const a = arena.take(10);
  const b = arena.take(10);
  a.fill(7);
  assert.deepEqual([...b], new Array(10).fill(0));
  const big = arena.take(1000);
  assert.equal(big.length, 1000);
  assert.ok(!arena.owns(big));
  // Past the end of a buffer, the next one starts.
  const cuts = Array.from({ length: 20 }, () => arena.take(5));
  cuts.forEach((c, i) => c.fill(i + 1));
  cuts.forEach((c, i) => assert.deepEqual([...c], new Array(5).fill(i + 1)));
});

test('the arena is restored after a lint that throws', () => {
  const arena = newArena();
  assert.throws(() => inArena(arena, () => { throw new Error('boom'); }));
  const [b] = blocksOf('Hello there.', 'a.txt');
  assert.ok(!arena.owns(b.starts));
});

test('a reset arena cuts its buffers again, zeroed, and keeps only a bounded number of them', () => {
  const arena = new IntArena(64);
  // Six cuts of ten to a buffer of 64: five buffers.
  const first = Array.from({ length: 30 }, () => arena.take(10));
  first.forEach((c, i) => c.fill(i + 1));
  arena.reset(3);
  assert.equal(arena.owns(first[0]), true, 'the first buffers are kept');
  assert.equal(arena.owns(first[29]), false, 'buffers past the bound are let go');
  const again = Array.from({ length: 30 }, () => arena.take(10));
  again.forEach((c, i) => {
    assert.deepEqual([...c], new Array(10).fill(0), `cut ${i} starts zeroed`);
    assert.equal(arena.owns(c), true);
  });
  assert.equal(again[0].buffer, first[0].buffer, 'cut again from the start of the first buffer');
  // A reset right after a reset (nothing cut) and after a partly used buffer zeroes what was cut.
  arena.reset();
  arena.reset();
  arena.take(3).fill(5);
  arena.reset();
  assert.deepEqual([...arena.take(10)], new Array(10).fill(0));
});

test('lints one after another find the same whatever ran before them; a lint inside a lint leaves the outer blocks whole', () => {
  const texts = [TEXT, 'Dear customer,\n\nPlease do not reply to this email.\n\nThe Team', TEXT.replace(/Dana/, 'Sam'), 'Hello there.'];
  const findings = (t: string) => JSON.stringify(lint(t, { filePath: 'letter.hbs' }).findings);
  const alone = texts.map(findings);
  // Again in the other order, each lint cutting buffers an earlier lint wrote to: the same findings.
  assert.deepEqual([...texts].reverse().map(findings).reverse(), alone);
  // A lint started while another is building blocks gets an arena of its own, reset when it ends.
  const expected = blocksOf(TEXT).map(plain);
  withArena(() => {
    const outer = blocksOf(TEXT);
    assert.deepEqual(texts.map(findings), alone);
    assert.deepEqual(outer.map(plain), expected, 'the outer blocks were not overwritten');
  });
  assert.throws(() => withArena(() => { throw new Error('boom'); }));
  assert.deepEqual(texts.map(findings), alone, 'an arena freed by a throw is reused safely');
});

test('a block holds its text exactly at every length, around the slice and chunk bounds of how it is built', () => {
  // stringOf (prose.ts) builds texts of 13 units and more one unit longer and cuts them, so they are two-byte.
  for (const n of [1, 12, 13, 14, 100, 8190, 8191, 8192, 8193, 20000]) {
    const text = 'ab cd. '.repeat(Math.ceil(n / 7)).slice(0, n).replace(/ $/, 'x');
    const [b] = extract(text, formatFor('a.txt'), 'a.txt').blocks.flatMap((raw) => buildProse(raw) ?? []);
    assert.equal(b.text, text, `length ${n}`);
    assert.equal(b.starts.length, n);
  }
});
