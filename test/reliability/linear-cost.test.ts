/**
 * Matching is linear in the input: for adversarial inputs, linting 4× the text costs roughly 4× the time, not
 * 16× (quadratic) or worse. Ratios, not absolute timings, so a slow or busy machine does not fail the test;
 * each size is timed several times and the fastest run counts, which filters out pauses from other processes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type LintOptions } from '../../server/src/engine';
import { ADVERSARIAL } from './adversarial';

/** Fastest of `runs` timings of lint, in ms. */
function fastest(text: string, options: LintOptions, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text, options);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Linear is 4; quadratic would be 16. 9 leaves room for noise and for GC on the larger input. */
const MAX_RATIO = 9;


for (const input of ADVERSARIAL) {
  test(`lint time grows linearly: ${input.name}`, { timeout: 120_000 }, () => {
    const n = 6_000;
    const options = { filePath: input.filePath };
    fastest(input.make(n), options, 1); // warm up the compiled phrase sets
    let small = fastest(input.make(n), options);
    let large = fastest(input.make(4 * n), options);
    // Below a few milliseconds the timer and the JIT dominate; measure a bigger pair instead.
    if (small < 5) { small = fastest(input.make(4 * n), options); large = fastest(input.make(16 * n), options); }
    const ratio = large / Math.max(small, 1);
    assert.ok(ratio < MAX_RATIO, `4× the input took ${ratio.toFixed(1)}× the time (${small.toFixed(1)} ms → ${large.toFixed(1)} ms)`);
  });
}

const HOSTILE_PHRASES = ['(a+)+$', '.*', '[', '\\', '(?<=x)', 'a{1,99999}', '(a|a)*b', '^$', '*|FNAME|*', '{{x}}', 'a a a a a a a a b'];

test('config phrases full of regex syntax are matched literally: no exception, no backtracking', { timeout: 120_000 }, () => {
  const options: LintOptions = {
    filePath: 't.txt',
    rules: {
      'no-reply': { phrases: { en: { flag: HOSTILE_PHRASES, allow: HOSTILE_PHRASES }, fa: { flag: HOSTILE_PHRASES } } },
      'robotic-phrasing': { phrases: { en: { flag: ['(a+)+$'] } } },
    },
  };
  // A literal phrase is found literally, and only literally.
  const flag = (phrase: string, text: string) =>
    lint(text, { filePath: 't.txt', rules: { 'robotic-phrasing': { phrases: { en: { flag: [phrase] } } } } }).findings.some((f) => f.ruleId === 'robotic-phrasing');
  assert.ok(flag('we.*care', 'Note that we.*care here.'), 'the literal phrase is flagged');
  assert.ok(!flag('we.*care', 'Note that we really care here.'), 'regex syntax in a phrase is not a regex');
  assert.ok(!flag('(a+)+$', 'aaaa'), 'regex syntax in a phrase is not a regex');
  // The classic catastrophic input for (a+)+$: many a's and then something that fails the match.
  const make = (n: number) => `${'a '.repeat(n / 2)}a!\n${'a'.repeat(n)}!`;
  fastest(make(1000), options, 1);
  const small = fastest(make(20_000), options);
  const large = fastest(make(80_000), options);
  assert.ok(large / Math.max(small, 1) < MAX_RATIO, `4× the input took ${(large / small).toFixed(1)}× the time (${small.toFixed(1)} → ${large.toFixed(1)} ms)`);
});

test('pathological sizes finish: a 100,000-character line, 10,000 merge tags, 5,000 nested blocks', { timeout: 120_000 }, () => {
  const cases: [string, string, string][] = [
    ['a 100,000-character line', 't.txt', 'Dear customer, '.repeat(6_700)],
    ['10,000 merge tags', 't.hbs', 'Hi {{first_name}}, '.repeat(10_000)],
    ['5,000 nested blocks', 't.hbs', '{{#if a}}x '.repeat(5_000) + '{{/if}}'.repeat(5_000)],
    ['5,000 nested Liquid blocks', 't.liquid', '{% if a %}'.repeat(5_000) + 'Dear customer' + '{% endif %}'.repeat(5_000)],
    ['5,000 nested HTML elements', 't.html', '<div>'.repeat(5_000) + 'Dear customer' + '</div>'.repeat(5_000)],
    ['5,000 nested Markdown quotes', 't.md', '> '.repeat(5_000) + 'Dear customer'],
  ];
  for (const [name, filePath, text] of cases) {
    const result = lint(text, { filePath });
    assert.ok(Array.isArray(result.findings), name);
  }
});
