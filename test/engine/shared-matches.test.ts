/**
 * One lint searches a phrase set in a paragraph once (server/engine/shared-matches.ts), however many rules ask:
 * survey-invitation asks no-reply's and missing-contact's sets, unowned-mistake asks non-apology's, and a
 * template repeats its footer. Counted with setGateCounts (searches run or spared), never timed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';
import { setGateCounts } from '../../server/engine/match';
import { SharedMatches } from '../../server/engine/shared-matches';

const searches = (f: () => void) => {
  const before = setGateCounts.searched + setGateCounts.skipped;
  f();
  return setGateCounts.searched + setGateCounts.skipped - before;
};

test('a paragraph that repeats costs no second search, and both copies get their findings', () => {
  const para = 'Please do not reply to this email. We apologize for any inconvenience this may have caused.';
  const once = `Hi Sam,\n\n${para}\n\nThanks for bearing with us.\n`;
  const twice = `Hi Sam,\n\n${para}\n\nThanks for bearing with us.\n\n${para}\n`;
  let a: ReturnType<typeof lint> | undefined;
  let b: ReturnType<typeof lint> | undefined;
  const first = searches(() => { a = lint(once, { filePath: 'once.txt' }); });
  const second = searches(() => { b = lint(twice, { filePath: 'twice.txt' }); });
  assert.equal(second, first, 'the repeated paragraph is matched from the first copy');
  const count = (r: typeof a, rule: string) => r!.findings.filter((f) => f.ruleId === rule).length;
  assert.equal(count(a, 'no-reply'), 1);
  assert.equal(count(b, 'no-reply'), 2);
  assert.equal(count(a, 'non-apology'), 1);
  assert.equal(count(b, 'non-apology'), 2);
});

test('a rule asking another rule\'s phrases in the same lint does not search again', () => {
  // survey-invitation checks whether replies are turned away with no-reply's own phrases.
  const survey = 'Hi Sam,\n\nHow did we do? Please take our two-minute survey: {{survey_url}}\n\nPlease do not reply to this email.\n\nMaya, Customer Care\n';
  const off = (...ids: string[]) => Object.fromEntries(ids.map((r) => [r, 'off' as const]));
  const count = (rules: Record<string, 'off'>) => searches(() => lint(survey, { filePath: 's.txt', rules }));
  // What survey-invitation adds when no-reply and missing-contact have searched their sets already …
  const afterThem = count({}) - count(off('survey-invitation'));
  // … and when they are off, so its own asks of their sets are real searches.
  const alone = count(off('no-reply', 'missing-contact')) - count(off('no-reply', 'missing-contact', 'survey-invitation'));
  assert.ok(afterThem > 0, 'survey-invitation searches its own invitation phrases');
  assert.ok(afterThem < alone, `after the rules that own them, their sets are not searched again (${afterThem} vs ${alone})`);
  assert.equal(lint(survey, { filePath: 's.txt' }).findings.filter((f) => f.ruleId === 'survey-invitation').length, 1);
});

test('each caller gets its own copy of the matches', () => {
  const shared = new SharedMatches();
  let calls = 0;
  const data = { en: [] };
  const make = () => { calls++; return [{ from: 0, to: 4, entry: { match: 'test' }, language: 'en' as const }]; };
  const one = shared.get('test text', data, '', make);
  one[0].from = 99;
  one.push(one[0]);
  const two = shared.get('test text', data, '', make);
  assert.equal(calls, 1);
  assert.deepEqual(two.map((m) => m.from), [0]);
  // Another rule's phrase settings (allowed or extra phrases) are a different search.
  shared.get('test text', data, '{"en":{"allow":["test"]}}', make);
  assert.equal(calls, 2);
});
