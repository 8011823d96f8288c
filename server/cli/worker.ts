/**
 * A worker thread for large runs: lints the batches of files it is sent, one message per batch, in the order asked.
 * Bundled to server/dist/worker.js next to cli.js.
 */
import { parentPort } from 'node:worker_threads';
import { lintOrReport, type LintJob } from './lint-file';
import { compileRegexpsOnce } from '../regexp-tuning';
import { loadPhraseSnapshot } from '../phrase-snapshot';
import { signalWarm } from '../warm-signal';

// Workers run beside the main thread and each other: see compileRegexpsOnce.
compileRegexpsOnce(false);
loadPhraseSnapshot();

parentPort?.on('message', (msg: { first: number; jobs: LintJob[] }) => {
  parentPort!.postMessage({ first: msg.first, reports: msg.jobs.map(lintOrReport) });
  signalWarm();
});
