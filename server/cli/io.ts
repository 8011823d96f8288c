/** File-system errors in a few plain words. */
export function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the disk';
    default: return e.code ? `${e.code.toLowerCase()}: ${e.message}` : String(err);
  }
}
