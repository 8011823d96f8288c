/**
 * The language server's lint thread: the same engine as the main thread, fed one document at a time by
 * LintRunner (lint-runner.ts). Bundled to server/dist/lint-worker.js next to server.js. A job that went stale
 * is stopped by terminating this thread, so it keeps no state between jobs beyond the compiled phrase data.
 */
import { parentPort } from 'node:worker_threads';
import type { LintOptions } from '../engine';
import { lint } from '../linter';
import { compileRegexpsOnce } from '../regexp-tuning';
import { loadPhraseSnapshot } from '../phrase-snapshot';

export interface LintRequest {
  id: number;
  text: string;
  options: LintOptions;
}

export type LintReply =
  | { id: number; findings: ReturnType<typeof lint>['findings']; format: ReturnType<typeof lint>['format'] }
  | { id: number; error: string };

compileRegexpsOnce();
loadPhraseSnapshot();

parentPort?.on('message', (msg: LintRequest) => {
  let reply: LintReply;
  try {
    const r = lint(msg.text, msg.options);
    reply = { id: msg.id, findings: r.findings, format: r.format };
  } catch (error) {
    reply = { id: msg.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
