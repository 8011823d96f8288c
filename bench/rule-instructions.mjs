/**
 * Issue #15's yardstick in a form a busy machine cannot blur: the instructions a corpus pass executes with all rules
 * against the same pass with only the first ten, counted by valgrind's callgrind (one thread, `node
 * --single-threaded`), pass by pass after a warm-up. CPU time on a shared 2-core machine swings with load (the
 * alternating CPU-time comparison in rule-cost.mjs gave ranges of ±20 %); instruction counts of the same pass repeat
 * within a few percent. Slow (callgrind runs ~50× slower): about three minutes.
 *   node bench/rule-instructions.mjs [passes]        (needs the engine bundle and corpus list bench/run.mjs makes)
 * Without valgrind it says so and returns undefined.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEngine } from './lib/engine-bundle.mjs';
import { cacheDir, corpusDir, enginePath, repoRoot } from './lib/paths.mjs';
import { median, round } from './lib/stats.mjs';
import { requireCorpus, walk } from './lib/workloads.mjs';

export function hasValgrind() {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * V8's garbage collector times itself by the clock, so under load it ran at other moments and the same pass counted
 * 2.54 G one run and 2.89 G another. A fixed heap and GC schedule and fixed seeds make the count repeat (2.548 / 2.547 G
 * at load 7-8).
 */
const STEADY_V8 = ['--predictable-gc-schedule', '--no-memory-reducer', '--min-semi-space-size=16', '--max-semi-space-size=16', '--initial-heap-size=1024', '--random-seed=42', '--hash-seed=42'];

/** Instructions per timed pass (the dumps after the start-up and the warm-up pass). */
function countPasses(mode, passes, list) {
  const dir = mkdtempSync(join(tmpdir(), 'warmly-callgrind-'));
  try {
    execFileSync('valgrind', [
      '--tool=callgrind', '--smc-check=all', '--dump-before=uv_getrusage', '--collect-jumps=no',
      `--callgrind-out-file=${join(dir, 'out')}`,
      process.execPath, '--single-threaded', ...STEADY_V8, join(repoRoot, 'bench', 'lib', 'instruction-pass.mjs'), enginePath, list, mode, String(passes),
    ], { stdio: 'ignore', maxBuffer: 1 << 20 });
    // out.1: start-up; out.2: the warm-up pass; out.3 … : the timed passes; the last dump is the exit.
    const dumps = readdirSync(dir).filter((f) => /^out\.\d+$/.test(f)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
    const count = (f) => Number(/^(?:summary|totals):\s*(\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? NaN);
    return dumps.slice(2, 2 + passes).map(count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function ruleInstructions({ passes = 2, list = join(cacheDir, 'lists', 'corpus.json') } = {}) {
  if (!hasValgrind()) {
    console.error('rule-instructions: SKIPPED, valgrind is not installed (apt install valgrind): the instruction count of issue #15 was not measured');
    return undefined;
  }
  const all = countPasses('all', passes, list);
  const ten = countPasses('ten', passes, list);
  // Pass k against pass k: the JIT keeps improving the code from one pass to the next, on both sides alike.
  const ratios = all.map((a, i) => a / ten[i]);
  const pct = (r) => round((r - 1) * 100, 1);
  return {
    passes,
    instructionsAllRules: all,
    instructionsFirstTen: ten,
    slowerPct: pct(median(ratios)),
    slowerPctMin: pct(Math.min(...ratios)),
    slowerPctMax: pct(Math.max(...ratios)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // On its own: the engine bundle and the corpus list as bench/run.mjs makes them (the list in the corpus' order).
  requireCorpus();
  await buildEngine();
  const list = join(cacheDir, 'lists', 'corpus.json');
  if (!existsSync(list)) {
    const { isKnownTemplate } = createRequire(import.meta.url)(enginePath);
    mkdirSync(join(cacheDir, 'lists'), { recursive: true });
    writeFileSync(list, JSON.stringify(walk(corpusDir, isKnownTemplate)));
  }
  const r = ruleInstructions({ passes: Number(process.argv[2] ?? 2), list });
  if (r) {
    const g = (n) => `${round(n / 1e9, 3)} G`;
    const sign = (x) => `${x >= 0 ? '+' : ''}${x}%`;
    console.log(`corpus pass, instructions (callgrind, one thread, ${r.passes} passes after a warm-up): all rules ${r.instructionsAllRules.map(g).join(', ')}; first ten ${r.instructionsFirstTen.map(g).join(', ')}: ${sign(r.slowerPct)} (pass by pass ${sign(r.slowerPctMin)} to ${sign(r.slowerPctMax)})`);
  }
}
