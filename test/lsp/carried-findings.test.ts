/**
 * The last lint's findings carried over an edit (server/language-server/carried-findings.ts), which hover and code
 * actions answer from while a big document's new version lints: kept before the edit, moved after it, and left
 * out when the edit touches them or one of their fixes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carryFindings } from '../../server/language-server/carried-findings';
import type { Finding } from '../../server/engine';
import { lint } from '../../server/linter';

const TEXT = 'Dear customer,\n\nThanks for your order.\n\nPlease do not reply to this email.\n';

test('findings before an edit keep their place, findings after it move with the text, and touched ones are left out', () => {
  const findings = lint(TEXT, { filePath: 'a.txt' }).findings;
  const greeting = findings.find((f) => f.ruleId === 'generic-greeting')!;
  const noReply = findings.find((f) => f.ruleId === 'no-reply')!;
  assert.ok(greeting && noReply);
  const inserted = TEXT.replace('Thanks for', 'Many thanks for');
  const carried = carryFindings(TEXT, inserted, findings);
  const carriedNoReply = carried.find((f) => f.ruleId === 'no-reply')!;
  assert.equal(inserted.slice(carriedNoReply.range.start, carriedNoReply.range.end), noReply.actual);
  assert.deepEqual(carried.find((f) => f.ruleId === 'generic-greeting'), greeting, 'before the edit: unchanged');
  // Every carried fix still applies to the same words in the new text.
  for (const f of carried) {
    const original = findings.find((o) => o.ruleId === f.ruleId && o.actual === f.actual)!;
    f.suggestions.forEach((s, i) => s.edits.forEach((e, j) => {
      const was = original.suggestions[i].edits[j].range;
      assert.equal(inserted.slice(e.range.start, e.range.end), TEXT.slice(was.start, was.end));
    }));
  }
  const touched = carryFindings(TEXT, TEXT.replace('do not reply', 'do not answer'), findings);
  assert.equal(touched.find((f) => f.ruleId === 'no-reply'), undefined, 'an edit inside a finding drops it');
  assert.ok(touched.find((f) => f.ruleId === 'generic-greeting'));
  const atEdge = carryFindings(TEXT, `Hi. ${TEXT}`, findings);
  assert.equal(atEdge.find((f) => f.ruleId === 'generic-greeting'), undefined, 'an edit right at a finding\'s start may run into its words: dropped');
  assert.deepEqual(carryFindings(TEXT, TEXT, findings), findings);
});

test('a finding whose fix edits text elsewhere is left out when the edit touches that text', () => {
  const finding: Finding = {
    ruleId: 'x', message: 'm', severity: 'warning', language: 'en', url: '', actual: 'ab',
    range: { start: 0, end: 2 },
    suggestions: [{ title: 't', edits: [{ range: { start: 10, end: 12 }, text: 'z' }] }],
  };
  const text = 'ab________cd____';
  assert.equal(carryFindings(text, 'ab________cX____', [finding]).length, 0);
  assert.equal(carryFindings(text, 'ab________cd___X', [finding]).length, 1);
});
