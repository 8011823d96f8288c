/**
 * The project a file belongs to: the top of the git repository above it, else the working directory when the file
 * is inside it, else the file's own folder. Ignore files are read from there down, and included partials are read
 * from inside it (LintOptions.partialRoot): a template's `{% include %}` never reads outside its project.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export class ProjectRoots {
  private readonly tops = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  /** The project root for a folder (absolute). */
  of(dir: string): string {
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
