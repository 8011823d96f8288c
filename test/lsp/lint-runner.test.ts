/**
 * LintRunner (server/language-server/lint-runner.ts) with a stand-in lint thread: a stale job is rejected at once;
 * a short one is left to finish on its thread (no restart, and its result goes nowhere), a long one stops the
 * thread; small documents lint here with a memo per document, which closing the document drops.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LintCancelled, LintRunner } from '../../server/language-server/lint-runner';
import type { LintMemo } from '../../server/engine';

const dir = mkdtempSync(join(tmpdir(), 'warmly-lint-runner-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Answers each job with its text after a pause, and counts the documents it was told to forget.
const WORKER = join(dir, 'fake-lint-worker.js');
writeFileSync(WORKER, `
const { parentPort } = require('node:worker_threads');
let forgotten = 0;
parentPort.on('message', (m) => {
  if ('forget' in m) { forgotten++; return; }
  setTimeout(() => parentPort.postMessage({ id: m.id, findings: [{ ruleId: m.text, forgotten }], format: 'plain' }), 100);
});
`);

const outcome = (p: Promise<unknown>) => p.then((r) => r, (e) => e);

test('a short stale job is rejected at once and left to finish on its thread; the next one runs on the same thread', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    const first = outcome(runner.run('doc', 'version one', {}));
    const second = runner.run('doc', 'version two', {});
    assert.ok((await first) instanceof LintCancelled);
    assert.equal(runner.busyWith('doc'), true, 'the newer job is waiting for the thread');
    const r = await second;
    assert.equal(r.findings[0].ruleId, 'version two');
    assert.equal(runner.started, 1, 'the thread was not restarted');
  } finally {
    runner.dispose();
  }
});

test('a long stale job stops its thread, which is started again for the next job', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    const first = outcome(runner.run('doc', 'x'.repeat(2000), {}));
    const second = runner.run('doc', 'version two', {});
    assert.ok((await first) instanceof LintCancelled);
    assert.equal((await second).findings[0].ruleId, 'version two');
    assert.equal(runner.started, 2);
  } finally {
    runner.dispose();
  }
});

test('small documents lint here with one memo each, kept across lints and dropped when the document closes', async () => {
  const memos: LintMemo[] = [];
  const runner = new LintRunner(WORKER, (_t, _o, memo) => { memos.push(memo); return { findings: [], format: 'plain' }; }, 1000, 1000);
  try {
    await runner.run('a', 'one', {});
    await runner.run('a', 'two', {});
    await runner.run('b', 'one', {});
    assert.equal(memos[0], memos[1], 'the same document keeps its memo');
    assert.notEqual(memos[0], memos[2], 'another document has its own');
    runner.forget('a');
    await runner.run('a', 'three', {});
    assert.notEqual(memos[3], memos[0], "a closed document's memo is gone");
  } finally {
    runner.dispose();
  }
});

test('a document that moves to the lint thread and closes is forgotten there too', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    await runner.run('a', 'long enough for the thread', {});
    runner.forget('a');
    const r = await runner.run('b', 'another long document', {});
    assert.equal((r.findings[0] as unknown as { forgotten: number }).forgotten, 1);
  } finally {
    runner.dispose();
  }
});
