/**
 * Starts a thread running one of the bundles (server/dist/lint-worker.js, worker.js) through the launchers' V8
 * code cache (server/bin/compile-cache.js), as the main bundle was: a thread started again after a stale job was
 * stopped skips compiling its 2 MB. Without the launcher beside the bundles (a bundle run on its own), the thread
 * loads the bundle directly, as before.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const LOADER = join(__dirname, '..', 'bin', 'compile-cache.js');

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.loader).loadBundle(workerData.bundle);
`;

export function startBundledWorker(bundleFile: string): Worker {
  if (!existsSync(LOADER)) return new Worker(bundleFile);
  return new Worker(BOOTSTRAP, { eval: true, workerData: { loader: LOADER, bundle: bundleFile } });
}
