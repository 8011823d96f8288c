/**
 * `.gitignore` and `.warmlyignore` files, read the way git reads them: every folder may have one, patterns
 * are relative to their folder, and deeper files may re-include (`!pattern`) what shallower ones exclude.
 * Files are read from the top of the git repository (or the working directory outside one) down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ProjectRoots } from './project-root';

export const WARMLY_IGNORE = '.warmlyignore';

export class IgnoreFiles {
  private readonly perDir = new Map<string, Ignore[]>();
  private readonly roots: ProjectRoots;

  constructor(cwd: string, private readonly names: readonly string[]) {
    this.roots = new ProjectRoots(cwd);
  }

  /** True when `abs` (a directory if `isDir`) is excluded by an ignore file above it. */
  ignores(abs: string, isDir = false): boolean {
    const top = this.roots.of(dirname(abs));
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
}
