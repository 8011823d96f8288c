/**
 * The language server's lint thread: the same engine as the main thread, fed one document at a time by
 * LintRunner (lint-runner.ts). Bundled to server/dist/lint-worker.js next to server.js. A job that went stale
 * may be stopped by terminating this thread. Between jobs it keeps the compiled phrase data and, per document, what
 * the document's last lint found in each paragraph (engine/incremental.ts), until told to forget the document.
 *
 * A job's text comes through the inbox, memory this thread allocates and shares with the main thread: the main
 * thread writes the text's UTF-16 code units at its start (a copy into memory already in use, well under a
 * millisecond for 2 MB) and sends the rest of the job; this thread reads the text out before anything else. Posting
 * the text itself had the main thread serialize it into freshly allocated memory, and on the machines Warmly is
 * measured on every fresh page is a fault: 25-60 ms of the main thread for a 2 MB document's first hand-off, while
 * a small document waited. Here the pages are touched once, on this thread, when the inbox is made.
 */
import { parentPort } from 'node:worker_threads';
import { LintMemo, type LintOptions } from '../engine';
import { lint } from '../linter';
import { compileRegexpsOnce } from '../regexp-tuning';
import { loadPhraseSnapshot } from '../phrase-snapshot';
import { signalWarm } from '../warm-signal';

export interface LintRequest {
  id: number;
  /** The document: its memo is reused from one job to the next. */
  key: string;
  /** The text's length: its UTF-16 code units are at the start of the inbox. */
  chars: number;
  options: LintOptions;
}

/**
 * A job; word that a document closed (or moved to the main thread) and its memo can go; or a request for an inbox
 * of at least `inboxBytes` (the first one, or a bigger one), answered with an InboxReply.
 */
export type WorkerMessage = LintRequest | { forget: string } | { inboxBytes: number };

export type LintReply =
  | { id: number; findings: ReturnType<typeof lint>['findings']; format: ReturnType<typeof lint>['format'] }
  | { id: number; error: string };

/** The inbox, its pages touched: the main thread writes each job's text into it from now on. */
export interface InboxReply {
  inbox: SharedArrayBuffer;
}

export type WorkerReply = LintReply | InboxReply;

// The lint thread runs beside the main thread: see compileRegexpsOnce.
compileRegexpsOnce(false);
loadPhraseSnapshot();

const memos = new Map<string, LintMemo>();
let inbox: Buffer | undefined;

parentPort?.on('message', (msg: WorkerMessage) => {
  if ('forget' in msg) {
    memos.delete(msg.forget);
    return;
  }
  if ('inboxBytes' in msg) {
    const shared = new SharedArrayBuffer(msg.inboxBytes);
    // Touch every page here, so the main thread's copies into it never fault.
    inbox = Buffer.from(shared).fill(0);
    const reply: InboxReply = { inbox: shared };
    parentPort!.postMessage(reply);
    return;
  }
  // Read out first: the main thread writes the next job's text there once this one is answered.
  const text = inbox!.toString('utf16le', 0, msg.chars * 2);
  let reply: LintReply;
  let memo = memos.get(msg.key);
  if (!memo) memos.set(msg.key, (memo = new LintMemo()));
  try {
    const r = lint(text, msg.options, memo);
    reply = { id: msg.id, findings: r.findings, format: r.format };
  } catch (error) {
    memo.clear();
    reply = { id: msg.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
  signalWarm();
});
