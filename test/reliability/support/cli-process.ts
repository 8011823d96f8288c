/**
 * The built CLI as a process, for the reliability tests that need a real folder and, where the test is about
 * rights, an unprivileged user (uid 65534).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(__dirname, '../../../server/bin/warmly.js');
/** A template every default rule set has something to say about. */
export const COLD = 'Dear customer,\n\nPlease do not reply to this email.\n\nBest regards,\nThe Team\n';
/** The unprivileged user the rights tests run the CLI as. */
export const NOBODY = 65534;

/** A fresh folder that the unprivileged user may also write in. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  return dir;
}

/** Runs `warmly ARGS` in `cwd`, as `uid` when given. */
export function runCli(args: string[], cwd: string, uid?: number) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(uid === undefined ? {} : { uid, gid: uid }) });
}
