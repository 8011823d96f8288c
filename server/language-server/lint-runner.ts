/**
 * Where the server's lints run, so a big document never blocks the others.
 *
 * Small documents (the common case, a few milliseconds each) are linted on the main thread at once: handing
 * them to a thread would add a copy and a hop, and the first one would wait for the thread's start-up. Documents
 * of OFFLOAD_AT_CHARS or more go to one lint thread, one job at a time, in the order asked; meanwhile the main
 * thread keeps answering requests and linting small documents. At most one job per document is queued: a newer
 * one replaces it. A job's text goes through the thread's inbox (lint-worker.ts): shared memory the thread
 * allocates and touches, into which this thread copies the text (under a millisecond for 2 MB; posting the text
 * itself cost 25-60 ms of this thread the first time, most of it faults on fresh pages). A job waits for the
 * thread's inbox, asked for when the thread starts and again when a text outgrows it; the thread cannot lint before
 * it has started anyway. The hand-off also waits for the next turn of the event loop, so a small document asked
 * for in the same turn (opened with the big one, or in the messages read with it) is linted and answered first.
 * A job that goes stale before its hand-off is dropped without ever being copied.
 *
 * A running job that goes stale (the document changed or closed) is rejected at once. A long one
 * (TERMINATE_AT_CHARS and up: a 2 MB lint takes a second or more) is stopped by terminating the thread, while a
 * shorter one is left to finish unseen: it ends sooner than a new thread would start, and what it found in each
 * paragraph is what the next lint of the document reuses. A thread stopped because its document changed is
 * replaced at once: the new version will lint there after the edit's debounce (up to 2 s for a big document), and
 * the new thread's start (bundle, phrase data: ~250 ms) is then done rather than waited for.
 *
 * Lints are incremental (engine/incremental.ts): each document has a memo where it is linted (here or on the
 * lint thread), dropped when the document closes (`forget`).
 */
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startBundledWorker } from '../bundled-worker';
import { LintMemo, type Finding, type Format, type LintOptions } from '../engine';
import type { LintRequest, WorkerMessage, WorkerReply } from './lint-worker';

/** About 100 KB of text: below it a lint takes well under the 25 ms an edit may cost; above it, a thread's hop is cheap. */
export const OFFLOAD_AT_CHARS = 100_000;
/** About 500 KB: a stale job this long is stopped by terminating its thread; a shorter one is left to finish. */
export const TERMINATE_AT_CHARS = 500_000;

export interface LintOutcome {
  findings: Finding[];
  format: Format;
}

/** The job was dropped because a newer version of its document (or its closing) made it stale. */
export class LintCancelled extends Error {
  constructor(key: string) {
    super(`lint of ${key} cancelled: the document changed or closed`);
    this.name = 'LintCancelled';
  }
}

interface Job {
  id: number;
  key: string;
  text: string;
  options: LintOptions;
  resolve(outcome: LintOutcome): void;
  reject(error: Error): void;
  /** Rejected as stale while it ran: its result, when it comes, is dropped. */
  cancelled?: boolean;
}

export class LintRunner {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  /** The next hand-off to the thread, waiting for the work already due on this thread. */
  private handOff: ReturnType<typeof setImmediate> | undefined;
  /** The start of a thread replacing one stopped for a stale job, likewise in the next turn. */
  private replacement: ReturnType<typeof setImmediate> | undefined;
  private nextId = 1;
  /** The current thread's inbox (lint-worker.ts), once it has sent it. */
  private inbox: Buffer | undefined;
  /** The size of the inbox asked of the current thread and not received yet (0: none asked). */
  private inboxAsked = 0;
  /** The size of the last inbox: a thread started to replace one is asked for as much at once. */
  private inboxBytes = 0;
  /** Threads started so far: the first start, plus one per stale job stopped or thread lost. */
  started = 0;
  /** Called with a job's document when its text has been handed to the thread (tests wait for it). */
  onHandOff: ((key: string) => void) | undefined;

  /** Documents linted on this thread, with what their last lint found per paragraph and message. */
  private readonly memos = new Map<string, LintMemo>();
  /** Documents the lint thread holds a memo for (it forgets them when told, or when it is terminated). */
  private readonly onThread = new Set<string>();

  constructor(
    private readonly workerFile: string,
    private readonly lintHere: (text: string, options: LintOptions, memo: LintMemo) => LintOutcome,
    private readonly offloadAtChars = OFFLOAD_AT_CHARS,
    private readonly terminateAtChars = TERMINATE_AT_CHARS,
  ) {}

  /** Lints `text` for document `key`; any earlier job for `key` that has not finished is cancelled. */
  run(key: string, text: string, options: LintOptions): Promise<LintOutcome> {
    this.cancel(key);
    if (text.length < this.offloadAtChars || !existsSync(this.workerFile)) {
      this.forgetOnThread(key);
      let memo = this.memos.get(key);
      if (!memo) this.memos.set(key, (memo = new LintMemo()));
      try {
        return Promise.resolve(this.lintHere(text, options, memo));
      } catch (error) {
        memo.clear();
        return Promise.reject(error);
      }
    }
    this.memos.delete(key);
    return new Promise<LintOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, key, text, options, resolve, reject });
      this.pumpSoon();
    });
  }

  /** The document closed: drop its queued or running job and what its lints remembered. */
  forget(key: string): void {
    this.drop(key, false);
    this.memos.delete(key);
    this.forgetOnThread(key);
  }

  private forgetOnThread(key: string): void {
    if (!this.onThread.delete(key) || !this.worker) return;
    const message: WorkerMessage = { forget: key };
    this.worker.postMessage(message);
  }

  /** Drops `key`'s queued job and stops its running one; both promises reject with LintCancelled. */
  cancel(key: string): void {
    this.drop(key, true);
  }

  /** As `cancel`; `replace`: the document is still open, so a thread stopped for its stale job is replaced. */
  private drop(key: string, replace: boolean): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key) this.queue.splice(i, 1)[0].reject(new LintCancelled(key));
    }
    const job = this.running;
    if (job?.key === key && !job.cancelled) {
      job.cancelled = true;
      job.reject(new LintCancelled(key));
      if (job.text.length >= this.terminateAtChars) {
        this.running = undefined;
        this.stopWorker();
        if (replace) this.replaceSoon();
        this.pumpSoon();
      }
    }
  }

  /** Whether a job for `key` is queued or running (tests and the debug request read this). */
  busyWith(key: string): boolean {
    return (this.running?.key === key && !this.running.cancelled) || this.queue.some((j) => j.key === key);
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new LintCancelled(job.key));
    if (this.running && !this.running.cancelled) this.running.reject(new LintCancelled(this.running.key));
    this.running = undefined;
    this.memos.clear();
    if (this.handOff) clearImmediate(this.handOff);
    if (this.replacement) clearImmediate(this.replacement);
    this.handOff = this.replacement = undefined;
    this.stopWorker();
  }

  /** Starts a thread in the next turn of the event loop, unless a job's hand-off has started one by then. */
  private replaceSoon(): void {
    if (this.replacement) return;
    this.replacement = setImmediate(() => {
      this.replacement = undefined;
      try {
        if (!this.worker) this.ensureWorker();
      } catch {
        // Not started: the next job's hand-off tries again and reports why.
      }
    });
  }

  /** Hands the next job to the thread once the callbacks already due on this thread have run. */
  private pumpSoon(): void {
    if (this.handOff || this.running || this.queue.length === 0) return;
    this.handOff = setImmediate(() => {
      this.handOff = undefined;
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue[0];
    try {
      const worker = this.ensureWorker();
      const bytes = job.text.length * 2;
      // No inbox yet, too small, or a new one on its way (the thread reads the next text from the newest): the
      // thread's answer pumps again.
      if (this.inboxAsked > 0 || !this.inbox || this.inbox.length < bytes) return this.askInbox(worker, bytes);
      this.queue.shift();
      this.running = job;
      this.inbox.write(job.text, 0, 'utf16le');
      const request: LintRequest = { id: job.id, key: job.key, chars: job.text.length, options: job.options };
      worker.postMessage(request);
      this.onThread.add(job.key);
      this.onHandOff?.(job.key);
    } catch (error) {
      // Options that cannot be copied to a thread (never expected: they are parsed config) fail this job only.
      if (this.running === job) this.running = undefined;
      else this.queue.shift();
      job.reject(error instanceof Error ? error : new Error(String(error)));
      this.pumpSoon();
    }
  }

  /**
   * Asks the thread for an inbox of at least `bytes` (a quarter more, so a growing document rarely asks again),
   * unless one that big is on its way. Each ask is bigger than the one before it, so the newest answer is the one
   * of the asked size.
   */
  private askInbox(worker: Worker, bytes: number): void {
    if (this.inboxAsked >= bytes) return;
    this.inboxAsked = Math.ceil((bytes * 1.25) / 65536) * 65536;
    this.inboxBytes = Math.max(this.inboxBytes, this.inboxAsked);
    const message: WorkerMessage = { inboxBytes: this.inboxAsked };
    worker.postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startBundledWorker(this.workerFile);
    this.started++;
    // The stdio connection keeps the process alive; a lint thread alone never should.
    worker.unref();
    this.worker = worker;
    // A replacement gets an inbox as big as the last one while it starts.
    if (this.inboxBytes > 0) this.askInbox(worker, this.inboxBytes);
    worker.on('message', (reply: WorkerReply) => {
      if ('inbox' in reply) {
        // An older thread's, or an answer to an ask that a bigger one followed: the thread has moved on to that.
        if (worker !== this.worker || reply.inbox.byteLength !== this.inboxAsked) return;
        this.inbox = Buffer.from(reply.inbox);
        this.inboxAsked = 0;
        this.pumpSoon();
        return;
      }
      const job = this.running;
      if (worker !== this.worker || !job || job.id !== reply.id) return;
      this.running = undefined;
      if (job.cancelled) { /* rejected when it went stale */ } else if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve({ findings: reply.findings, format: reply.format });
      this.pumpSoon();
    });
    const lost = (why: string) => {
      if (worker !== this.worker) return; // stopped on purpose
      this.worker = undefined;
      this.inbox = undefined;
      this.inboxAsked = 0;
      const job = this.running;
      this.running = undefined;
      this.onThread.clear();
      if (job && !job.cancelled) job.reject(new Error(`the lint thread stopped (${why}) while linting ${job.key}`));
      this.pumpSoon();
    };
    worker.on('error', (error) => lost(error.stack ?? error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.inbox = undefined;
    this.inboxAsked = 0;
    this.onThread.clear();
    if (worker) void worker.terminate();
  }
}
