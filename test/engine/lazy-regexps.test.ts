// Phrase regexes are made when a text first reaches their entry, not when the set is compiled: a cold start then
// parses only the patterns a document needs. Matching must not change.
import assert from 'node:assert/strict';
import test from 'node:test';
import { compilePhrases, findPhrases, LazyRegExps } from '../../server/engine/match';

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
