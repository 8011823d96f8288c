/**
 * `.gitignore` and `.warmlyignore` files, read the way git reads them: every folder may have one, patterns
 * are relative to their folder, and deeper files may re-include (`!pattern`) what shallower ones exclude.
 * Files are read from the top of the git repository (or the working directory outside one) down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const WARMLY_IGNORE = '.warmlyignore';

export class IgnoreFiles {
  private readonly perDir = new Map<string, Ignore[]>();
  private readonly tops = new Map<string, string>();

  constructor(private readonly cwd: string, private readonly names: readonly string[]) {}

  /** True when `abs` (a directory if `isDir`) is excluded by an ignore file above it. */
  ignores(abs: string, isDir = false): boolean {
    const top = this.topFor(dirname(abs));
    const dirs: string[] = [];
    for (let d = dirname(abs); ; d = dirname(d)) {
      dirs.push(d);
      if (d === top || dirname(d) === d) break;
    }
    let ignored = false;
    for (const dir of dirs.reverse()) {
      const rel = relative(dir, abs).split(sep).join('/') + (isDir ? '/' : '');
      for (const ig of this.load(dir)) {
        const r = ig.test(rel);
        if (r.ignored) ignored = true;
        else if (r.unignored) ignored = false;
      }
    }
    return ignored;
  }

  private load(dir: string): Ignore[] {
    let list = this.perDir.get(dir);
    if (!list) {
      list = [];
      for (const name of this.names) {
        const file = join(dir, name);
        if (!existsSync(file)) continue;
        try {
          list.push(ignore().add(readFileSync(file, 'utf8')));
        } catch {
          // An unreadable ignore file ignores nothing, as in git.
        }
      }
      this.perDir.set(dir, list);
    }
    return list;
  }

  /** The repository root above `dir`, else the working directory if `dir` is inside it, else `dir`. */
  private topFor(dir: string): string {
    let top = this.tops.get(dir);
    if (top === undefined) {
      top = dir;
      for (let d = dir; ; d = dirname(d)) {
        if (existsSync(join(d, '.git'))) { top = d; break; }
        if (dirname(d) === d) {
          const rel = relative(this.cwd, dir);
          top = rel.startsWith('..') ? dir : this.cwd;
          break;
        }
      }
      this.tops.set(dir, top);
    }
    return top;
  }
}
