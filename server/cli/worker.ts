/**
 * A worker thread for large runs: lints the files it is sent, one message per file, in the order asked.
 * Bundled to server/dist/worker.js next to cli.js.
 */
import { parentPort } from 'node:worker_threads';
import { lintFile, type LintJob } from './lint-file';
import { compileRegexpsOnce } from '../regexp-tuning';
import { loadPhraseSnapshot } from '../phrase-snapshot';
import { signalWarm } from '../warm-signal';

compileRegexpsOnce();
loadPhraseSnapshot();

parentPort?.on('message', (msg: { id: number; job: LintJob }) => {
  let report;
  try {
    report = lintFile(msg.job);
  } catch (err) {
    report = { filePath: msg.job.filePath, messages: [], fixedCount: 0, ioError: `internal error: ${(err as Error).stack ?? err}` };
  }
  parentPort!.postMessage({ id: msg.id, report });
  signalWarm();
});
