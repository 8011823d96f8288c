/**
 * Every real template lints without an exception, with every range inside the file, and fix-all is idempotent on
 * it: the realistic templates in test/fixtures/templates always, and the larger corpus in ../shared/corpus when it
 * is beside the clone (it is not part of the repository; without it that half skips loudly, or fails in strict
 * mode, CI=true).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits } from '../../server/engine';
import { fixText, lint } from '../../server/linter';
import { CORPUS_HINT, FIXTURE_TEMPLATES, hasSharedCorpus, SHARED_CORPUS, skipLoudly } from '../helpers/skips';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else out.push(full);
  }
  return out;
}

/** Lints each file, checks ranges and suggestions, and that fix-all is idempotent; returns the finding count. */
function checkFiles(all: string[]): number {
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
  return findings;
}

test('every in-repository template (test/fixtures/templates) lints cleanly, in range, and fix-all is idempotent', () => {
  const all = files(FIXTURE_TEMPLATES).filter((f) => !f.endsWith('README.md'));
  assert.ok(all.length >= 10, `${all.length} files`);
  // Each fixture has something to find: they are realistic, not clean.
  for (const file of all) assert.ok(lint(readFileSync(file, 'utf8'), { filePath: file }).findings.length > 0 || file.includes('mailchimp'), `${file} has findings`);
  assert.ok(checkFiles(all) > 20);
});

test('every shared-corpus file (../shared/corpus) lints cleanly, in range, and fix-all is idempotent', (t) => {
  if (!hasSharedCorpus()) return skipLoudly(t, 'the shared-corpus lint test', `no corpus at ${SHARED_CORPUS}`, CORPUS_HINT);
  const all = files(SHARED_CORPUS);
  assert.ok(all.length > 200, `${all.length} files`);
  assert.ok(checkFiles(all) > 0);
});
