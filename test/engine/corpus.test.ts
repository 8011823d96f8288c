/**
 * Every real template in ../shared/corpus lints without an exception, with every range inside the file, and
 * fix-all is idempotent on it. The corpus is not part of the repository: without it this test fails loudly.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, fixText, lint } from '../../server/src/engine';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else out.push(full);
  }
  return out;
}

test('the shared corpus is present beside the repository', () => {
  assert.ok(existsSync(corpus), `expected the real-template corpus at ${corpus} (../shared/corpus from the repo root)`);
});

test('every corpus file lints cleanly, in range, and fix-all is idempotent', { skip: !existsSync(corpus) && 'no corpus (see the test above)' }, () => {
  const all = files(corpus);
  assert.ok(all.length > 200, `${all.length} files`);
  let findings = 0;
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    const result = lint(text, { filePath: file });
    for (const f of result.findings) {
      assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${file}: ${f.ruleId} range`);
      for (const s of f.suggestions) {
        const applied = applyEdits(text, s.edits);
        assert.equal(applied.skipped, 0, `${file}: ${f.ruleId} suggestion "${s.title}" applies cleanly`);
      }
    }
    findings += result.findings.length;
    const once = fixText(text, { filePath: file }).text;
    assert.equal(fixText(once, { filePath: file }).text, once, `${file}: fixing twice equals once`);
  }
  assert.ok(findings > 0);
});
