/**
 * LintRunner (server/language-server/lint-runner.ts) with a stand-in lint thread: a stale job is rejected at once;
 * a short one is left to finish on its thread (no restart, and its result goes nowhere), a long one stops the
 * thread (replaced at once while the document is open, not when it closes), and one that went stale before its
 * hand-off never reaches the thread; small documents lint here with a memo per document, which closing the
 * document drops, and before a big job asked for in the same turn is handed to the thread; texts reach the thread
 * whole through its inbox, which grows when a text outgrows it.
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

// Answers each job with its text (read from its inbox, as the real thread does) after a pause, and counts the jobs it
// received, the documents it was told to forget and the inboxes it made.
const WORKER = join(dir, 'fake-lint-worker.js');
writeFileSync(WORKER, `
const { parentPort } = require('node:worker_threads');
let forgotten = 0;
let jobs = 0;
let inboxes = 0;
let inbox;
parentPort.on('message', (m) => {
  if ('forget' in m) { forgotten++; return; }
  if ('inboxBytes' in m) {
    const shared = new SharedArrayBuffer(m.inboxBytes);
    inbox = Buffer.from(shared);
    inboxes++;
    parentPort.postMessage({ inbox: shared });
    return;
  }
  const text = inbox.toString('utf16le', 0, m.chars * 2);
  jobs++;
  setTimeout(() => parentPort.postMessage({ id: m.id, findings: [{ ruleId: text, forgotten, jobs, inboxes }], format: 'plain' }), 100);
});
`);

const outcome = (p: Promise<unknown>) => p.then((r) => r, (e) => e);
/** Resolves when the runner's next job has been handed to its thread (once the thread has sent its inbox). */
const handedOff = (runner: LintRunner) => new Promise<void>((resolve) => {
  runner.onHandOff = () => {
    runner.onHandOff = undefined;
    resolve();
  };
});
/** The next turn of the event loop. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

test('a short stale job is rejected at once and left to finish on its thread; the next one runs on the same thread', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    const first = outcome(runner.run('doc', 'version one', {}));
    await handedOff(runner);
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
    await handedOff(runner);
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

test('a job that goes stale before its hand-off never reaches the thread', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    const first = outcome(runner.run('doc', 'x'.repeat(2000), {}));
    const second = runner.run('doc', 'version two', {});
    assert.ok((await first) instanceof LintCancelled);
    const r = await second;
    assert.equal(r.findings[0].ruleId, 'version two');
    assert.equal((r.findings[0] as unknown as { jobs: number }).jobs, 1, 'the thread received the newer job only');
    assert.equal(runner.started, 1, 'and was never stopped');
  } finally {
    runner.dispose();
  }
});

test('a small document asked for in the same turn as a big one is linted before the big one is handed to the thread', async () => {
  const seen: string[] = [];
  const runner: LintRunner = new LintRunner(WORKER, (text) => {
    seen.push(`${text} linted here, lint thread started ${runner.started} times`);
    return { findings: [], format: 'plain' };
  }, 10, 1000);
  try {
    // As the server handles two documents opened together: one callback per message, in the order they came.
    const [big, small] = await new Promise<[Promise<unknown>, Promise<unknown>]>((resolve) => {
      let big: Promise<unknown>;
      setImmediate(() => { big = runner.run('big', 'a long newsletter', {}); });
      setImmediate(() => resolve([big, runner.run('small', 'note', {})]));
    });
    await small;
    assert.deepEqual(seen, ['note linted here, lint thread started 0 times']);
    assert.equal(((await big) as { findings: { ruleId: string }[] }).findings[0].ruleId, 'a long newsletter');
    assert.equal(runner.started, 1);
  } finally {
    runner.dispose();
  }
});

test('a thread stopped for a stale job is replaced at once while the document is open, and the next job runs on the replacement', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    const first = outcome(runner.run('doc', 'x'.repeat(2000), {}));
    await handedOff(runner);
    runner.cancel('doc'); // the document changed; its new version is asked for after the edit's debounce
    assert.ok((await first) instanceof LintCancelled);
    await nextTurn();
    assert.equal(runner.started, 2, 'a new thread was started before the next job was asked for');
    const r = await runner.run('doc', 'version two', {});
    assert.equal(r.findings[0].ruleId, 'version two');
    assert.equal(runner.started, 2, 'the next job ran on it');
  } finally {
    runner.dispose();
  }
});

test('a thread stopped because its document closed is not replaced', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1000);
  try {
    const first = outcome(runner.run('doc', 'x'.repeat(2000), {}));
    await handedOff(runner);
    runner.forget('doc');
    assert.ok((await first) instanceof LintCancelled);
    await nextTurn();
    assert.equal(runner.started, 1);
  } finally {
    runner.dispose();
  }
});

test('texts reach the thread whole through its inbox, which is asked for again when a text outgrows it', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1_000_000);
  try {
    // Persian, a character beyond the BMP and a lone surrogate: UTF-16 code units travel as they are.
    const short = 'سلام، {{name}} 👋 \ud800 end';
    const long = 'x'.repeat(50_000) + short;
    const texts: string[] = [];
    for (const text of [short, long, short]) texts.push((await runner.run('doc', text, {})).findings[0].ruleId);
    assert.deepEqual(texts, [short, long, short]);
    const last = (await runner.run('doc', long, {})).findings[0] as unknown as { inboxes: number };
    assert.equal(last.inboxes, 2, 'one inbox at the start, one bigger when the long text came, kept after');
    assert.equal(runner.started, 1);
  } finally {
    runner.dispose();
  }
});

test('a job that fits the inbox waits while the thread makes a bigger one, and reaches the thread whole', async () => {
  const runner = new LintRunner(WORKER, () => ({ findings: [], format: 'plain' }), 10, 1_000_000);
  try {
    assert.equal((await runner.run('doc', 'a first version', {})).findings[0].ruleId, 'a first version');
    // A version too big for the inbox asks for a bigger one; a newer, short version replaces it before its hand-off.
    const big = outcome(runner.run('doc', 'y'.repeat(50_000), {}));
    await nextTurn();
    const r = await runner.run('doc', 'a second version', {});
    assert.ok((await big) instanceof LintCancelled);
    assert.equal(r.findings[0].ruleId, 'a second version');
    assert.equal((r.findings[0] as unknown as { inboxes: number }).inboxes, 2);
  } finally {
    runner.dispose();
  }
});
