/**
 * Runs lint jobs on the main thread or spread over worker threads. Reports come back in job order whatever
 * the thread count, so the output is identical.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startBundledWorker } from '../bundled-worker';
import { lintFile, lintOrReport, type LintJob } from './lint-file';
import type { FileReport } from './report';

/** Below this many files a worker's start-up costs more than it saves. */
const FILES_PER_THREAD = 150;

export function autoThreads(fileCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, Math.floor(fileCount / FILES_PER_THREAD)));
}

/**
 * Files per message to a worker: one message per file spent a fifth of a worker's time in postMessage on the
 * x50 corpus. Batches shrink as the run nears its end (a quarter of each worker's share of what is left), so a
 * few big files at the end do not leave one worker busy while the others wait.
 */
export function batchSize(left: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(left / (workers * 4))));
}
const MAX_BATCH = 32;

/** A worker started before its jobs were known, with what it said before anyone listened. */
interface Early {
  worker: Worker;
  error?: Error;
  exitCode?: number;
}

/** Workers started by startWorkersEarly and not yet taken by runJobs. */
const early: Early[] = [];

/**
 * Starts `count` lint workers now, before the jobs are known: a worker spends ~100-200 ms loading its bundle and phrase
 * data before it can lint, which otherwise began only once the main thread had walked the folders and resolved every
 * file's configuration (about half a second for the x50 corpus), with the worker's core idle meanwhile. runJobs takes
 * them (and stops any it does not need).
 */
export function startWorkersEarly(count: number): void {
  const workerFile = join(__dirname, 'worker.js');
  if (!existsSync(workerFile)) return;
  for (let i = early.length; i < count; i++) {
    const entry: Early = { worker: startBundledWorker(workerFile) };
    // Until taken it keeps nothing alive: a run that ends before linting (a usage or config error) exits as before.
    entry.worker.unref();
    // Kept until runJobs listens: a worker that fails while the files are walked fails the run then.
    entry.worker.once('error', (err) => { entry.error ??= err; });
    entry.worker.once('exit', (code) => { entry.exitCode ??= code; });
    early.push(entry);
  }
}

/** Stops the early workers runJobs did not take. */
function stopEarly(from = 0): void {
  for (const e of early.splice(from)) void e.worker.terminate();
}

/**
 * With `threads` > 1 the main thread lints too, beside `threads - 1` workers: it only waited for their messages
 * (~5 % of a thread on the x50 corpus), while each worker is an engine of its own to start and warm up (a second of
 * CPU time on its first few hundred files) and to hold in memory (its compiled expressions alone are ~70 MB).
 */
export async function runJobs(jobs: LintJob[], threads: number, onDone: (done: number) => void): Promise<FileReport[]> {
  const workerFile = join(__dirname, 'worker.js');
  if (threads <= 1 || jobs.length < 2 || !existsSync(workerFile)) {
    stopEarly();
    const out: FileReport[] = [];
    for (const job of jobs) {
      out.push(lintFile(job));
      onDone(out.length);
      // Let the progress line and signals through on long runs.
      if (out.length % 25 === 0) await new Promise((r) => setImmediate(r));
    }
    return out;
  }
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const count = Math.min(threads, jobs.length) - 1;
  stopEarly(count);
  const taken = early.splice(0);
  await new Promise<void>((resolvePool, rejectPool) => {
    const workers: Worker[] = [];
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) rejectPool(err);
      else resolvePool();
    };
    const take = (size: number) => {
      const first = next;
      next += size;
      return { first, jobs: jobs.slice(first, first + size) };
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return;
      w.postMessage(take(batchSize(jobs.length - next, count + 1)));
    };
    const record = (first: number, batch: FileReport[]) => {
      for (let k = 0; k < batch.length; k++) reports[first + k] = batch[k];
      done += batch.length;
      onDone(done);
      if (done === jobs.length) finish();
    };
    for (let i = 0; i < count; i++) {
      const before = taken[i];
      const w = before?.worker ?? startBundledWorker(workerFile);
      workers.push(w);
      w.on('message', (msg: { first: number; reports: FileReport[] }) => {
        record(msg.first, msg.reports);
        if (!settled) feed(w);
      });
      w.on('error', (err) => finish(err));
      // A worker that dies without an error event (out of memory, process.exit in a dependency) would leave
      // its files unanswered and the run would end with exit 0 and no report for them: fail the run instead.
      w.on('exit', (code) => {
        if (done < jobs.length) finish(new Error(`a lint worker stopped (exit code ${code}) before reporting every file`));
      });
      // Two batches in flight per worker keep it busy while the main thread lints a batch of its own.
      feed(w);
      feed(w);
    }
    for (const e of taken) {
      e.worker.ref();
      if (e.error) finish(e.error);
      else if (e.exitCode !== undefined) finish(new Error(`a lint worker stopped (exit code ${e.exitCode}) before reporting every file`));
    }
    // The main thread's share: a batch at a time, letting the workers' messages in between (each batch is a
    // few tens of milliseconds, less than the two batches a worker has queued).
    const lintHere = () => {
      if (settled || next >= jobs.length) return;
      const batch = take(batchSize(jobs.length - next, count + 1));
      record(batch.first, batch.jobs.map(lintOrReport));
      setImmediate(lintHere);
    };
    setImmediate(lintHere);
  });
  return reports;
}
