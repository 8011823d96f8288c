/**
 * Sanity of the labeled evaluation set and of the scorer. Accuracy itself is reported by
 * `npm run eval`, not asserted here: these tests fail when the set or the scorer is broken,
 * not when a rule misses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/engine';
import { SPLITS, loadCases, labelProblems, scoreSplits, scoreCase, RULE_IDS, type Case } from './scorer';

const cases = SPLITS.flatMap((split) => loadCases(split));

test('every split holds templates in both languages', () => {
  for (const split of SPLITS)
    for (const language of ['en', 'fa'] as const)
      assert.ok(
        cases.filter((c) => c.split === split && c.labels.language === language).length >= 20,
        `${split} has too few ${language} templates`,
      );
});

test('every label quotes text that is in its template, unambiguously, with a known rule', () => {
  const problems = cases.flatMap((c) => labelProblems(c).map((p) => `${c.split}/${c.file}: ${p}`));
  assert.deepEqual(problems, []);
});

/**
 * Engine crashes found by this set and reported to the rule owner; each is re-checked below as a TODO
 * (shown in the test output, not failing the suite) until fixed. Remove an entry once its TODO passes.
 * (holdout/en-entities.html, "Dear&nbsp;customer" in HTML, was fixed and removed.)
 */
const KNOWN_CRASHES = new Set<string>();
const id = (c: Case) => `${c.split}/${c.file}`;

test('every template lints without throwing (known engine crashes aside)', () => {
  for (const c of cases.filter((c) => !KNOWN_CRASHES.has(id(c))))
    assert.doesNotThrow(() => lint(c.text, { filePath: c.path }), id(c));
});

test('known engine crashes are fixed', { todo: KNOWN_CRASHES.size > 0 && 'engine crashes listed in KNOWN_CRASHES' }, () => {
  for (const c of cases.filter((c) => KNOWN_CRASHES.has(id(c))))
    assert.doesNotThrow(() => lint(c.text, { filePath: c.path }), id(c));
});

test('scoring every split adds up: each label is a hit or a miss, each finding a hit, duplicate or false alarm', () => {
  const report = scoreSplits([...SPLITS]);
  assert.equal(report.cases, cases.length);
  let labels = 0;
  let findings = 0;
  for (const c of cases) {
    labels += c.labels.findings.length;
    if (KNOWN_CRASHES.has(id(c))) continue;
    findings += lint(c.text, { filePath: c.path }).findings.filter((f) =>
      (RULE_IDS as readonly string[]).includes(f.ruleId),
    ).length;
  }
  assert.deepEqual(report.results.filter((r) => r.crash).map((r) => id(r.case)).filter((f) => !KNOWN_CRASHES.has(f)), []);
  let tp = 0, fp = 0, fn = 0, dup = 0;
  for (const byLang of report.totals.values())
    for (const t of byLang.values()) {
      tp += t.tp;
      fp += t.fp;
      fn += t.fn;
      dup += t.dup;
    }
  assert.equal(tp + fn, labels);
  assert.equal(tp + fp + dup, findings);
});

const synthetic = (text: string, findings: Case['labels']['findings']): Case => ({
  split: 'dev',
  file: 'synthetic.txt',
  path: 'synthetic.txt',
  text,
  labels: { language: 'en', findings },
});

test('the scorer matches by rule and overlap, counts misses and false alarms', () => {
  const text = 'Dear valued customer,\n\nPlease do not reply to this email.\n\nBest regards,\nThe Acme Team\n';
  const found = lint(text, { filePath: 'x.txt' }).findings.map((f) => f.ruleId);
  assert.ok(found.includes('generic-greeting'), 'the engine should flag this textbook greeting');

  const right = scoreCase(synthetic(text, [{ ruleId: 'generic-greeting', quote: 'Dear valued customer' }]));
  assert.equal(right.tally.get('generic-greeting')?.get('en')?.tp, 1);

  const wrongPlace = scoreCase(synthetic(text, [{ ruleId: 'generic-greeting', quote: 'Best regards' }]));
  assert.equal(wrongPlace.tally.get('generic-greeting')?.get('en')?.tp ?? 0, 0);
  assert.equal(wrongPlace.tally.get('generic-greeting')?.get('en')?.fp, 1);
  assert.equal(wrongPlace.tally.get('generic-greeting')?.get('en')?.fn, 1);
  assert.ok(wrongPlace.misses.some((m) => m.text === 'Best regards'));
});

test('a label quote that is missing or ambiguous is reported', () => {
  const c = synthetic('Hi team, hi team.', [
    { ruleId: 'generic-greeting', quote: 'nowhere' },
    { ruleId: 'generic-greeting', quote: 'hi team' },
    { ruleId: 'no-such-rule', quote: 'Hi' },
  ]);
  const problems = labelProblems({ ...c, text: 'Hi team, hi team, hi team.' });
  assert.equal(problems.length, 3);
});
