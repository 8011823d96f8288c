// Phrase regexes are made when a text first reaches their entry, not when the set is compiled: a cold start then
// parses only the patterns a document needs. Matching must not change.
import assert from 'node:assert/strict';
import test from 'node:test';
import { compilePhrases, findPhrases, HOT_TESTS, LazyRegExps, setCheapRegexpCompile } from '../../server/engine/match';

test('compiling a phrase set makes no regex; matching makes only the entries a word reached', () => {
  const compiled = compilePhrases(
    [
      { match: 'do not reply', except: ['unless you want to'] },
      { match: 'as (we|i) (said|stated)' },
      { match: 'per our policy' },
    ],
    'en',
  );
  assert.equal(compiled.alternatives.madeCount, 0);
  assert.equal(compiled.except.madeCount, 0);
  const found = findPhrases('please do not reply to this message.', compiled);
  assert.deepEqual(found.map((m) => m.entry.match), ['do not reply']);
  assert.equal(compiled.alternatives.madeCount, 1, 'only the entry that starts with "do" was tried');
  assert.equal(compiled.except.madeCount, 1, 'its exception was tested on the match');
  findPhrases('as we said, per our policy.', compiled); // findPhrases reads normalized (lower-case) text
  assert.equal(compiled.alternatives.madeCount, 3);
});

test('a LazyRegExps makes each regex once and keeps undefined slots empty', () => {
  const lazy = new LazyRegExps(['a+', undefined], 'y');
  assert.equal(lazy.length, 2);
  const first = lazy.at(0);
  assert.ok(first instanceof RegExp && first.sticky);
  assert.equal(lazy.at(0), first, 'the same object on the second call');
  assert.equal(lazy.at(1), undefined);
  assert.equal(lazy.madeCount, 1);
});

test('the same pattern compiled in two sets gives the same matches (token caches are shared, never mutated)', () => {
  const entries = [{ match: '^ (dear|hello) (customer|user)' }, { match: 'we (regret|are sorry) (that|to)' }];
  const a = compilePhrases(entries, 'en');
  const b = compilePhrases(entries.map((e) => ({ ...e })), 'en');
  const text = 'dear customer. we regret to say it.';
  assert.deepEqual(findPhrases(text, a).map((m) => [m.from, m.to]), findPhrases(text, b).map((m) => [m.from, m.to]));
  assert.equal(findPhrases(text, a).length, 2);
});

// The phrase regexes compile cheaply on first use (without V8's optimizer) and again, optimized, once hot
// (server/regexp-tuning.ts). Only the machine code may differ: every test must answer as before.
test('a regex is first used through the cheap-compile hook once per string width, then remade when hot', () => {
  const calls: string[] = [];
  setCheapRegexpCompile((run) => {
    calls.push('cheap');
    return run();
  });
  try {
    const lazy = new LazyRegExps(['(?:do not|never) reply'], 'y');
    assert.equal(lazy.test(0, 'please do not reply', 7), true);
    assert.equal(lazy.end(0), 19);
    assert.deepEqual(calls, ['cheap'], 'the first use, on a one-byte text, went through the hook');
    assert.equal(lazy.test(0, 'please do not reply', 0), false);
    assert.equal(lazy.test(0, 'لطفا never reply', 5), true, 'a two-byte text compiles again: through the hook too');
    assert.deepEqual(calls, ['cheap', 'cheap']);
    const first = lazy.at(0);
    for (let i = 0; i < HOT_TESTS; i++) assert.equal(lazy.test(0, 'so never reply.', 3), true);
    assert.equal(calls.length, 2, 'later tests do not go through the hook');
    assert.equal(lazy.optimizedCount, 1);
    const optimized = lazy.at(0)!;
    assert.notEqual(optimized, first, 'remade once hot');
    assert.equal(optimized.sticky, true);
    assert.equal(lazy.test(0, 'so never reply.', 3), true);
    assert.equal(lazy.end(0), 14);
    assert.equal(lazy.test(0, 'so never replying', 3), true, 'the same meaning: no word boundary was in the source');
    assert.equal(lazy.test(0, 'so nevermind', 3), false);
  } finally {
    setCheapRegexpCompile(undefined);
  }
});

test('matching with the cheap-compile hook finds the same phrases, past the point where regexes are remade', () => {
  const entries = [{ match: 'do not reply', except: ['unless you want to'] }, { match: 'as (we|i) (said|stated)' }, { match: 'per our policy' }];
  const texts = ['please do not reply to this message.', 'as we said, per our policy.', 'do not reply unless you want to.', 'as i stated. دیگر پاسخ ندهید.'];
  const plain = compilePhrases(entries, 'en');
  const expected = texts.map((t) => findPhrases(t, plain).map((m) => [m.from, m.to, m.entry.match]));
  setCheapRegexpCompile((run) => run());
  try {
    const cheap = compilePhrases(entries.map((e) => ({ ...e })), 'en');
    for (let round = 0; round < HOT_TESTS + 2; round++) {
      texts.forEach((t, i) => assert.deepEqual(findPhrases(t, cheap).map((m) => [m.from, m.to, m.entry.match]), expected[i]));
    }
    assert.ok(cheap.alternatives.optimizedCount > 0, 'some regexes were remade for the optimizer');
  } finally {
    setCheapRegexpCompile(undefined);
  }
});
