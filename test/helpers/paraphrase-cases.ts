/**
 * Paraphrase cases for a judgement rule: sentences written fresh, not copied from the rule's phrase data, so they
 * test whether the data's frames generalize. A `flag` sentence must produce at least one finding of the rule (the
 * span may be any part of it); a `pass` sentence (a hard negative: an owned apology, a policy said kindly, a
 * helpful note) must produce none.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/linter';

export function paraphraseCases(ruleId: string, language: string, cases: { flag: string[]; pass: string[] }): void {
  const findings = (text: string) => lint(text, { filePath: 'paraphrase.txt' }).findings.filter((f) => f.ruleId === ruleId);
  describe(`${ruleId} paraphrases (${language})`, () => {
    for (const text of cases.flag) {
      test(`flags: ${text.slice(0, 70)}`, () => {
        assert.ok(findings(text).length > 0, `expected a ${ruleId} finding in:\n${text}`);
      });
    }
    for (const text of cases.pass) {
      test(`passes: ${text.slice(0, 70)}`, () => {
        const got = findings(text).map((f) => text.slice(f.range.start, f.range.end));
        assert.deepEqual(got, [], `expected no ${ruleId} finding in:\n${text}`);
      });
    }
  });
}
