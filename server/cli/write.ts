/**
 * Writes a fixed file without losing anybody's data:
 * - only a regular file (through a symlink only when the target is inside the linted folders), that the user
 *   running Warmly may write (asked of the OS, so a root-owned 0644 file in a writable folder is refused), with
 *   one link (a rename would split hard links) and an owner the new file can keep;
 * - re-checked right before the rename against what was read (size, mtime, the bytes), so an edit made while
 *   the fix ran is never overwritten: the file is then skipped with a report;
 * - through a temporary file in the same folder, given the original's mode and owner, then renamed over it, so a
 *   crash or a full disk never leaves half a template.
 */
import {
  accessSync, chmodSync, chownSync, closeSync, constants, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { describeIoError } from './io';

/** What the file was when Warmly read it. */
export interface Snapshot {
  size: number;
  mtimeMs: number;
  /**
   * The bytes read, compared with the file's right before the rename. Kept rather than hashed: no more memory than
   * the text the lint holds anyway, an exact comparison, and no node:crypto to load (~10 ms of every start).
   */
  bytes: Uint8Array;
}

export function snapshotOf(bytes: Uint8Array, st: { size: number; mtimeMs: number }): Snapshot {
  return { size: st.size, mtimeMs: st.mtimeMs, bytes };
}

export interface WriteGuard {
  /** The file as it was read; the write is skipped if it is no longer so. */
  snapshot?: Snapshot;
  /** Real paths of the linted roots (folders, or files named explicitly): a symlink may only lead inside them. */
  roots?: readonly string[];
}

/** Returns a problem description (the file was left as it is), or undefined when the file was written. */
export function writeAtomically(filePath: string, data: string | Uint8Array, guard: WriteGuard = {}): string | undefined {
  let target: string;
  let st;
  try {
    const link = lstatSync(filePath);
    // Write through a symlink to its target instead of replacing the link with a file, but only inside the tree.
    target = link.isSymbolicLink() ? realpathSync(filePath) : filePath;
    if (link.isSymbolicLink() && guard.roots && !guard.roots.some((r) => target === r || target.startsWith(r.endsWith(sep) ? r : r + sep))) {
      return `it is a symlink to ${target}, outside the linted folders`;
    }
    st = statSync(target);
  } catch (err) {
    return describeIoError(err);
  }
  if (!st.isFile()) return 'it is not a regular file';
  const mode = st.mode & 0o7777;
  // A file nobody may write is meant to stay as it is, even for root.
  if ((mode & 0o222) === 0) return 'the file is read-only';
  // Renaming needs only the folder's permission; ask the OS whether this user may write the file itself.
  try { accessSync(target, constants.W_OK); } catch { return 'you may not write this file (permission denied)'; }
  if (st.nlink > 1) return `it has ${st.nlink} hard links, and replacing it would split them`;
  const uid = process.getuid?.();
  const keepOwner = uid !== undefined && (st.uid !== uid || st.gid !== process.getgid?.());
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = join(dirname(target), `.${basename(target)}.warmly-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    // A full disk shows as a short write first and an error only on the next call: write until every byte is out.
    for (let done = 0; done < bytes.length;) {
      const n = writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      done += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode); // openSync's mode passes through the umask
    if (keepOwner) {
      try { chownSync(temp, st.uid, st.gid); } catch { throw new Skip('it belongs to another user, and the fixed file could not keep that owner'); }
    }
    const changed = changedSince(target, guard.snapshot);
    if (changed) throw new Skip(changed);
    renameSync(temp, target);
    return undefined;
  } catch (err) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
    try { unlinkSync(temp); } catch { /* never created */ }
    return err instanceof Skip ? err.message : describeIoError(err);
  }
}

class Skip extends Error {}

/** Why the file is no longer what was read, or undefined if it is the same. */
function changedSince(target: string, snapshot: Snapshot | undefined): string | undefined {
  if (!snapshot) return undefined;
  const now = statSync(target);
  if (now.size !== snapshot.size || now.mtimeMs !== snapshot.mtimeMs || !readFileSync(target).equals(snapshot.bytes)) {
    return 'it changed while Warmly was fixing it, so the fix was not written (run again)';
  }
  return undefined;
}
