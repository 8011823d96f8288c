/**
 * The partial host of the CLI and the language server: reads an included partial from disk for the engine
 * (engine/partials.ts decides which paths a name may mean; this only reads them, safely).
 * - Only regular files inside the root the shell names (a project or workspace folder), after symlinks are followed:
 *   `{% include '../../../etc/passwd' %}` or a link out of the project reads nothing.
 * - Small files only: a partial is a footer or a signature, not a 50 MB export.
 * - Answers are kept for a moment: a lint looks up many candidate paths, the language server lints on every
 *   keystroke, and an edited partial is read again once its time or size on disk changes.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { PartialHost } from './engine/partials';

const MAX_PARTIAL_BYTES = 256 * 1024;
/** How long a missing path is believed missing (a new partial is seen within this time). */
const MISSING_MS = 2_000;

interface Known {
  at: number;
  /** Undefined: missing, unreadable or not allowed. */
  text?: string;
  mtimeMs?: number;
  size?: number;
}

export function createPartialFiles(now: () => number = Date.now): PartialHost {
  const known = new Map<string, Known>();
  const realRoots = new Map<string, string | undefined>();
  const realRoot = (root: string) => {
    if (!realRoots.has(root)) {
      let real: string | undefined;
      try {
        real = realpathSync(root);
      } catch {
        real = undefined;
      }
      realRoots.set(root, real);
    }
    return realRoots.get(root);
  };
  return {
    readFile(path, root) {
      const t = now();
      const before = known.get(path);
      if (before && before.text === undefined && t - before.at < MISSING_MS) return undefined;
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat || !stat.isFile() || stat.size > MAX_PARTIAL_BYTES) {
        known.set(path, { at: t });
        return undefined;
      }
      if (before?.text !== undefined && before.mtimeMs === stat.mtimeMs && before.size === stat.size) return before.text;
      let text: string | undefined;
      try {
        const real = realpathSync(path);
        const top = realRoot(root);
        if (top && (real === top || real.startsWith(top.endsWith(sep) ? top : top + sep))) text = readFileSync(real, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        text = undefined;
      }
      known.set(path, { at: t, text, mtimeMs: stat.mtimeMs, size: stat.size });
      if (known.size > 4_096) known.delete(known.keys().next().value!);
      return text;
    },
  };
}
