/**
 * Matching is linear in the input: for adversarial inputs, linting 4× the text costs 4× the work, not 16×
 * (quadratic) or worse. Work is counted, not timed (support/regex-work.ts: every regex execution and the
 * characters it was offered), so the verdict is the same on an idle laptop and on a loaded CI machine. The timed
 * version of the same inputs is `npm run bench:linear`; backtracking inside one regex execution is visible only
 * there, and here as a hang caught by the timeout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LintOptions } from '../../server/engine';
import { lint } from '../../server/linter';
import { ADVERSARIAL } from './adversarial';
import { regexWork } from './support/regex-work';

/**
 * Growth of the work from n to 4n against its growth from 4n to 16n. Linear work a·n + b gives 4 whatever the
 * constant b (a compiled-set warm-up, a cap that switches on at some size), quadratic gives 16.
 */
const MAX_RATIO = 6;

function growth(make: (n: number) => string, options: LintOptions, n: number): { small: number; large: number; ratio: number } {
  lint(make(n), options); // first use compiles and caches the phrase sets: not the input's cost
  const work = (size: number) => regexWork(() => lint(make(size), options)).work;
  const [w1, w4, w16] = [work(n), work(4 * n), work(16 * n)];
  const small = w4 - w1;
  const large = w16 - w4;
  return { small, large, ratio: large / Math.max(small, 1) };
}

test('the work counter is deterministic and sees a quadratic scan', { timeout: 60_000 }, () => {
  const text = 'Dear customer, please do not reply. '.repeat(200);
  lint(text, { filePath: 't.txt' }); // first use compiles and caches the phrase sets
  const a = regexWork(() => lint(text, { filePath: 't.txt' })).work;
  assert.equal(regexWork(() => lint(text, { filePath: 't.txt' })).work, a, 'the same text costs the same work');
  // A regex retried from every position over the rest of the text is the shape of every quadratic bug so far.
  const quadratic = (s: string) => { for (let i = 0; i < s.length; i += 10) /@/.test(s.slice(i)); };
  const small = regexWork(() => quadratic('a'.repeat(2_000))).work;
  const large = regexWork(() => quadratic('a'.repeat(8_000))).work;
  assert.ok(large / small > 12, `a quadratic scan should grow ~16×, measured ${(large / small).toFixed(1)}×`);
});

for (const input of ADVERSARIAL) {
  test(`lint work grows linearly: ${input.name}`, { timeout: 60_000 }, () => {
    const { small, large, ratio } = growth(input.make, { filePath: input.filePath }, 6_000);
    assert.ok(ratio < MAX_RATIO, `from 4× to 16× the input the regex work grew ${ratio.toFixed(2)}× as much as from 1× to 4× (${small} → ${large}); linear is 4`);
  });
}

const HOSTILE_PHRASES = ['(a+)+$', '.*', '[', '\\', '(?<=x)', 'a{1,99999}', '(a|a)*b', '^$', '*|FNAME|*', '{{x}}', 'a a a a a a a a b'];

test('config phrases full of regex syntax are matched literally: no exception, no backtracking', { timeout: 60_000 }, () => {
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
  // The classic catastrophic input for (a+)+$: many a's and then something that fails the match. Were the
  // phrase compiled as a regex, this would not finish before the timeout.
  const make = (n: number) => `${'a '.repeat(n / 2)}a!\n${'a'.repeat(n)}!`;
  const { small, large, ratio } = growth(make, options, 20_000);
  assert.ok(ratio < MAX_RATIO, `from 4× to 16× the input the regex work grew ${ratio.toFixed(2)}× as much as from 1× to 4× (${small} → ${large}); linear is 4`);
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
