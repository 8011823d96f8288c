/**
 * The language server's lint thread: the same engine as the main thread, fed one document at a time by
 * LintRunner (lint-runner.ts). Bundled to server/dist/lint-worker.js next to server.js. A job that went stale
 * may be stopped by terminating this thread. Between jobs it keeps the compiled phrase data and, per document, what
 * the document's last lint found in each paragraph (engine/incremental.ts), until told to forget the document.
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
  text: string;
  options: LintOptions;
}

/** A job, or word that a document closed (or moved to the main thread) and its memo can go. */
export type WorkerMessage = LintRequest | { forget: string };

export type LintReply =
  | { id: number; findings: ReturnType<typeof lint>['findings']; format: ReturnType<typeof lint>['format'] }
  | { id: number; error: string };

compileRegexpsOnce();
loadPhraseSnapshot();

const memos = new Map<string, LintMemo>();

parentPort?.on('message', (msg: WorkerMessage) => {
  if ('forget' in msg) {
    memos.delete(msg.forget);
    return;
  }
  let reply: LintReply;
  let memo = memos.get(msg.key);
  if (!memo) memos.set(msg.key, (memo = new LintMemo()));
  try {
    const r = lint(msg.text, msg.options, memo);
    reply = { id: msg.id, findings: r.findings, format: r.format };
  } catch (error) {
    memo.clear();
    reply = { id: msg.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
  signalWarm();
});
