import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/linter';

test('a cold English email gets findings from several rules', () => {
  const text = 'Dear valued customer,\n\nPlease do not reply to this email.\n\nBest regards,\nThe Acme Team\n';
  const ids = lint(text, { filePath: 'x.txt' }).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('generic-greeting'));
  assert.ok(ids.includes('no-reply'));
  assert.ok(ids.includes('faceless-signoff'));
});
