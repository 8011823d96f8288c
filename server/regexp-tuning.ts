/**
 * V8 settings for the processes and threads that run the engine (the CLI, its workers, the language server).
 *
 * V8 runs a new regular expression in its bytecode interpreter first and compiles it to machine code on a later
 * use ("tier-up"). Warmly's ~300 phrase expressions are large alternations used a few times each on a small
 * template, so most of them were compiled twice (bytecode, then machine code) during the first lint: measured
 * on a single template, turning tier-up off cut the CLI's CPU time by about a quarter (0.40 s to 0.30 s) and
 * the corpus and a 2 MB text by 6-7 %, with identical output. Matching semantics do not change.
 * Called before the first lint; expressions compiled earlier keep their tier.
 *
 * The phrase regexes are then compiled without V8's regexp optimizer on their first use, and again with it once
 * they are hot (engine/match.ts, LazyRegExps): the flag is turned off around that first use only, so every other
 * regex compiles as before, and the flags are as they were whenever the bundle's code cache is written (V8 keys the
 * cache by its flags, see bin/compile-cache.js). V8's flags are the process's: a thread compiling a regex of its own
 * while another has the flag off gets unoptimized code for it, which is slower, never different.
 */
import { setFlagsFromString } from 'node:v8';
import { setCheapRegexpCompile } from './engine/match';

function withoutRegexpOptimizer<T>(run: () => T): T {
  setFlagsFromString('--no-regexp-optimization');
  try {
    return run();
  } finally {
    setFlagsFromString('--regexp-optimization');
  }
}

/**
 * `cheapFirst`: compile the phrase regexes cheaply on first use. Only for a thread that lints on its own (the CLI's
 * main thread without workers, the language server's main thread): V8's flags are the process's, so while one
 * thread has the optimizer off another thread's first use of any regex (a hot one of its own included) would get
 * unoptimized code too. Threads made for long runs (the CLI's workers, the server's lint thread) pass false.
 */
export function compileRegexpsOnce(cheapFirst = true): void {
  setFlagsFromString('--no-regexp-tier-up');
  setCheapRegexpCompile(cheapFirst ? withoutRegexpOptimizer : undefined);
}

/** From now on every regex compiles with the optimizer: this thread is about to lint beside worker threads. */
export function compileRegexpsOptimized(): void {
  setCheapRegexpCompile(undefined);
}
