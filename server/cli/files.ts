/**
 * Which files a `warmly lint` run looks at. Directories are walked for template extensions, message catalogs,
 * survey definitions and React email components (recognized by content: see data-files.ts), globs expanded,
 * explicit files taken whatever their extension. `.gitignore` applies to walks and globs; `.warmlyignore`
 * applies to everything, explicit files included (so a pre-commit hook passing file names respects it).
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
// The CommonJS build: the ESM one (via fdir) reads import.meta.url, which a CommonJS bundle does not have.
import tinyglobby = require('tinyglobby');
import { isContentDetected, isKnownTemplate, isMessageModule, isPythonPath } from '../engine';
import { isCatalogOnDisk, isEmailComponentOnDisk, isEmailModuleOnDisk, isSurveyOnDisk } from './data-files';
import { IgnoreFiles, WARMLY_IGNORE } from './ignore-files';
import { describeIoError } from './io';
import { UsageError } from './usage-error';

/** JavaScript/TypeScript modules: code, unless a locale module (server/engine/catalogs/js.ts) or an HTML email (formats/js-html.ts). */
const isModule = (file: string) => /\.(?:js|mjs|cjs|ts|mts|cts)$/i.test(file);

/** Folders no walk enters. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Something a walk could not look into: `error` means templates may have gone unlinted (the run exits 2). */
export interface WalkProblem {
  path: string;
  problem: string;
  severity: 'warning' | 'error';
}

export function collectFiles(patterns: readonly string[], cwd: string, problems: WalkProblem[] = []): string[] {
  const gitAndWarmly = new IgnoreFiles(cwd, ['.gitignore', WARMLY_IGNORE]);
  const warmlyOnly = new IgnoreFiles(cwd, [WARMLY_IGNORE]);
  const found = new Set<string>();
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      walk(abs, gitAndWarmly, found, problems, dirname(abs));
    } else if (st) {
      if (!warmlyOnly.ignores(abs)) found.add(abs);
    } else if (tinyglobby.isDynamicPattern(pattern)) {
      // Directory symlinks are not followed (as in walks): a link back up the tree would list every file twice.
      const matches = tinyglobby.globSync(pattern, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new UsageError(`no files match "${pattern}"`);
      for (const m of matches) {
        const file = resolve(m);
        // A glob reaches every React component and module of an app (`src/**/*`): as in a walk, only email components,
        // Python modules of messages, locale modules (`src/locales/fa.js`) and modules returning an HTML email are linted.
        if (!gitAndWarmly.ignores(file) && isLintable(file, problems) && (!isContentDetected(file) || isContentTemplateOnDisk(file, cwd)) && (!isModule(file) || isCatalogOnDisk(file) || isEmailModuleOnDisk(file))) found.add(file);
      }
    } else {
      throw new UsageError(`${pattern}: no such file or directory`);
    }
  }
  return [...found].sort();
}

/** Python modules are in a walk when they hold messages (python-detect.ts); `.tsx`/`.jsx` when they are emails. */
function isContentTemplateOnDisk(file: string, root: string): boolean {
  return isPythonPath(file) ? isMessageModuleOnDisk(file, root) : isEmailComponentOnDisk(file);
}

/** Python files past this size are generated or vendored code, not a module someone writes replies in. */
const MAX_MESSAGE_MODULE = 1_000_000;

/** `root`: where the walk or glob started; only the path below it says what a module is (`bot/texts.py`). */
function isMessageModuleOnDisk(file: string, root: string): boolean {
  try {
    if (statSync(file).size > MAX_MESSAGE_MODULE) return false;
    return isMessageModule(relative(root, file), readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

function walk(dir: string, ignores: IgnoreFiles, out: Set<string>, problems: WalkProblem[], root: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // Its templates go unlinted: say so, and let the run fail rather than pass a check it never made.
    problems.push({ path: dir, problem: `folder skipped: cannot read it (${describeIoError(err)})`, severity: 'error' });
    return;
  }
  for (const entry of entries) {
    // Dot-folders (.github, .vscode) hold configuration, not templates; name them explicitly to lint them.
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!ignores.ignores(full, true)) walk(full, ignores, out, problems, root);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && (isKnownTemplate(entry.name) || isCatalogOnDisk(full) || isSurveyOnDisk(full) || isContentTemplateOnDisk(full, root) || isEmailModuleOnDisk(full)) && !ignores.ignores(full)) {
      if (entry.isFile() || isLintable(full, problems)) out.add(full);
    }
  }
}

/**
 * Whether a found path (a symlink, or a glob match) leads to a regular file. A dangling or looping symlink has
 * nothing to lint: it is noted as a warning and the run goes on.
 */
function isLintable(file: string, problems: WalkProblem[]): boolean {
  try {
    return statSync(file).isFile();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === 'ELOOP' ? 'skipped: a symlink that loops' : code === 'ENOENT' ? 'skipped: a symlink to nothing' : `skipped: ${describeIoError(err)}`;
    problems.push({ path: file, problem, severity: 'warning' });
    return false;
  }
}

/**
 * Files changed since `ref` (committed since the merge base, staged, unstaged and untracked), absolute.
 * Deleted files are left out: there is nothing to lint.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  // Required here: loading node:child_process was ~5 ms of every start, for `--changed` only.
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let top: string;
  let base: string;
  try {
    top = git('rev-parse', '--show-toplevel').trim();
  } catch {
    throw new UsageError(`--changed-since needs a git repository, and ${cwd} is not in one`);
  }
  try {
    base = git('merge-base', ref, 'HEAD').trim();
  } catch {
    throw new UsageError(`--changed-since: git does not know "${ref}" (fetch it first, e.g. git fetch origin main)`);
  }
  const names = [
    ...git('diff', '--name-only', '-z', '--diff-filter=ACMRT', base).split('\0'),
    ...git('ls-files', '--others', '--exclude-standard', '-z').split('\0').map((p) => relativeToTop(p, cwd, top)),
  ];
  return new Set(names.filter(Boolean).map((p) => resolve(top, p)));
}

// `ls-files` names are relative to the working directory; make them relative to the repository top.
function relativeToTop(p: string, cwd: string, top: string): string {
  return p ? resolve(cwd, p).slice(top.length + 1) : p;
}

/**
 * The real paths a run may write to with --fix: each folder walked, each file named, and for a glob the folder
 * before its first wildcard. A symlink found inside them that leads elsewhere is linted but never written.
 */
export function lintedRoots(patterns: readonly string[], cwd: string): string[] {
  const roots: string[] = [];
  for (const pattern of patterns) {
    let base = resolve(cwd, pattern);
    if (tinyglobby.isDynamicPattern(pattern)) {
      const parts = pattern.split('/');
      const fixed = parts.slice(0, parts.findIndex((p) => tinyglobby.isDynamicPattern(p)));
      base = resolve(cwd, fixed.join('/') || '.');
    }
    try {
      roots.push(realpathSync(base));
    } catch {
      // A pattern that names nothing has nothing to write.
    }
  }
  return roots;
}
