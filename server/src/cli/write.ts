/**
 * Writes a fixed file so that a crash or a full disk never leaves half a template: a temporary file in the same
 * folder, given the original's mode, then renamed over it. Read-only files are left alone.
 */
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeIoError } from './io';

/** Returns a problem description, or undefined when the file was written. */
export function writeAtomically(filePath: string, text: string): string | undefined {
  let target: string;
  let mode: number;
  try {
    // Write through a symlink to its target instead of replacing the link with a file.
    target = realpathSync(filePath);
    mode = statSync(target).mode & 0o7777;
  } catch (err) {
    return describeIoError(err);
  }
  // Root may write anything, so ask the mode bits: a file nobody may write is meant to stay as it is.
  if ((mode & 0o222) === 0) return 'the file is read-only';
  const temp = join(dirname(target), `.${basename(target)}.warmly-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    // A full disk shows as a short write first and an error only on the next call: write until every byte is out.
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) {
      const n = writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      done += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode); // openSync's mode passes through the umask
    renameSync(temp, target);
    return undefined;
  } catch (err) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
    try { unlinkSync(temp); } catch { /* never created */ }
    return describeIoError(err);
  }
}
