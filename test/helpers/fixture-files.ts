import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as path (relative to `root`) → text: a fixture folder to copy into a temp project. */
export function filesUnder(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p); else out[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The paths of the files under `dir` that `keep` accepts, sorted within each folder: sample documents to lint. */
export function pathsUnder(dir: string, keep: (f: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) pathsUnder(full, keep, out);
    else if (keep(full)) out.push(full);
  }
  return out;
}
