/**
 * Issue #15's yardstick in a form a busy machine cannot blur: the instructions a corpus pass executes with all rules
 * against the same pass with only the first ten, counted by valgrind's callgrind (one thread, `node
 * --single-threaded`), once V8 has settled: each side warms up until three passes in a row agree within 0.5 % (a
 * single warm-up pass left the counts falling for ten more), then counts three passes, and the medians are
 * compared. The optimizing compiler's job phase, which `--single-threaded` moves onto the counted thread and which
 * a normal process runs on a background thread, is set aside (and reported beside). CPU time on a shared 2-core
 * machine swings with load (the alternating CPU-time comparison in rule-cost.mjs gave ranges of ±20 %); instruction
 * counts of the same pass repeat within a fraction of a percent. Slow (callgrind runs ~50× slower, and a side warms
 * up for about ten passes): about fifteen minutes, the two sides side by side.
 *   node bench/rule-instructions.mjs [passes]        (needs the engine bundle and corpus list bench/run.mjs makes)
 * Without valgrind it says so and returns undefined.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Warm-up ends when three passes in a row agree within STEADY (lint work, see dumpCounts), after MIN..MAX passes.
 * Two were not enough: the first-ten side's passes 4 and 5 agreed within 0.4 % and the next three still fell 2 %.
 */
const STEADY = 0.005;
const MIN_WARMUP = 3;
const MAX_WARMUP = 20;

/**
 * One pass's dump: all its instructions, and those of the optimizing compiler's jobs (inclusive cost of TurboFan's
 * (or Maglev's) `…CompilationJob::ExecuteJobImpl`). `--single-threaded` makes V8 run that phase on the main thread,
 * where every normal process (the CLI and its workers, the language server) runs it on a background thread; it comes
 * in bursts for ten and more passes (70-250 M instructions at a time, on either side, pass 8 and pass 11 alike), so
 * with it no two passes agree and the ratio measures the compiler's schedule. `lint` is the rest: the lint work.
 */
export function dumpCounts(file) {
  const text = readFileSync(file, 'latin1');
  const total = Number(/^summary:\s*(\d+)/m.exec(text)?.[1] ?? NaN);
  const names = new Map();
  let inJob = false;
  let compile = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('fn=')) {
      const m = /^fn=\((\d+)\)(?: (.*))?/.exec(line);
      if (m?.[2] !== undefined) names.set(m[1], m[2]);
      inJob = m !== null && /CompilationJob::ExecuteJobImpl\(/.test(names.get(m[1]) ?? '');
    } else if (line.startsWith('cfn=')) {
      const m = /^cfn=\((\d+)\) (.*)/.exec(line);
      if (m) names.set(m[1], m[2]);
    } else if (inJob && /^[0-9+*-]/.test(line)) {
      // Self cost lines and the inclusive cost line after each `calls=`: together, the job's inclusive cost.
      compile += Number(line.split(' ')[1] ?? 0);
    }
  }
  return { total, compile, lint: total - compile };
}

/**
 * The passes of one side under callgrind, warm-up then counted. One warm-up pass was not a steady state: after it
 * three passes counted 2.375 / 2.272 / 1.969 G, still falling, because V8 was still optimizing. The child waits after
 * each pass for this process to read the pass's dump and say whether to go on (see instruction-pass.mjs).
 */
function countPasses(mode, passes, list) {
  const dir = mkdtempSync(join(tmpdir(), 'warmly-callgrind-'));
  const out = join(dir, 'out');
  const child = spawn('valgrind', [
    '--tool=callgrind', '--smc-check=all', '--dump-before=uv_getrusage', '--collect-jumps=no', `--callgrind-out-file=${out}`,
    process.execPath, '--single-threaded', ...STEADY_V8, join(repoRoot, 'bench', 'lib', 'instruction-pass.mjs'), enginePath, list, mode, out,
  ], { stdio: 'ignore' });
  const warmup = [];
  const counted = [];
  let k = 1;
  const step = () => {
    const passFile = `${out}.pass-${k}`;
    if (!existsSync(passFile)) return;
    const counts = dumpCounts(`${out}.${readFileSync(passFile, 'utf8')}`);
    if (counted.length === 0 && !steady(warmup)) warmup.push(counts);
    else counted.push(counts);
    writeFileSync(`${out}.verdict`, counted.length >= passes ? 'stop' : 'go');
    renameSync(`${out}.verdict`, `${out}.after-${k}`);
    k++;
  };
  // Steady once the last three warm-up passes agree (or MAX_WARMUP passes have run).
  const steady = (w) => {
    if (w.length >= MAX_WARMUP) return true;
    if (w.length < Math.max(MIN_WARMUP, 3)) return false;
    const last = w.slice(-3).map((c) => c.lint);
    return Math.max(...last) / Math.min(...last) - 1 <= STEADY;
  };
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      try {
        step();
      } catch (e) {
        child.kill();
        reject(e);
      }
    }, 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0 || counted.length < passes) reject(new Error(`rule-instructions: callgrind run (${mode}) exited ${code} after ${warmup.length} warm-up and ${counted.length} counted passes`));
      else resolve({ warmup, counted });
    });
  });
}

export async function ruleInstructions({ passes = 3, list = join(cacheDir, 'lists', 'corpus.json') } = {}) {
  if (!hasValgrind()) {
    console.error('rule-instructions: SKIPPED, valgrind is not installed (apt install valgrind): the instruction count of issue #15 was not measured');
    return undefined;
  }
  // Both sides at once (each is one thread, and instruction counts do not depend on load).
  const [all, ten] = await Promise.all([countPasses('all', passes, list), countPasses('ten', passes, list)]);
  const pct = (r) => round((r - 1) * 100, 1);
  const med = (side, key) => median(side.counted.map((c) => c[key]));
  const ratios = all.counted.map((a, i) => a.lint / ten.counted[i].lint);
  const of = (side, key) => side.map((c) => c[key]);
  return {
    passes,
    // Lint work per counted pass (the optimizing compiler's background phase set aside), and everything.
    instructionsAllRules: of(all.counted, 'lint'),
    instructionsFirstTen: of(ten.counted, 'lint'),
    totalAllRules: of(all.counted, 'total'),
    totalFirstTen: of(ten.counted, 'total'),
    warmupAllRules: of(all.warmup, 'lint'),
    warmupFirstTen: of(ten.warmup, 'lint'),
    // The steady state: each side's median counted pass.
    slowerPct: pct(med(all, 'lint') / med(ten, 'lint')),
    slowerPctMin: pct(Math.min(...ratios)),
    slowerPctMax: pct(Math.max(...ratios)),
    slowerPctWithCompiler: pct(med(all, 'total') / med(ten, 'total')),
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
  const r = await ruleInstructions({ passes: Number(process.argv[2] ?? 3), list });
  if (r) {
    const g = (n) => `${round(n / 1e9, 3)} G`;
    const sign = (x) => `${x >= 0 ? '+' : ''}${x}%`;
    console.log(`corpus pass, lint instructions (callgrind, one thread, the optimizing compiler's background phase set aside; ${r.passes} passes after warming up until three passes agree within ${STEADY * 100} %):`);
    console.log(`  all rules ${r.instructionsAllRules.map(g).join(', ')} (warm-up ${r.warmupAllRules.map(g).join(', ')})`);
    console.log(`  first ten ${r.instructionsFirstTen.map(g).join(', ')} (warm-up ${r.warmupFirstTen.map(g).join(', ')})`);
    console.log(`  ${sign(r.slowerPct)} (median against median; pass by pass ${sign(r.slowerPctMin)} to ${sign(r.slowerPctMax)}); with the compiler's phase counted: all ${r.totalAllRules.map(g).join(', ')}, ten ${r.totalFirstTen.map(g).join(', ')}: ${sign(r.slowerPctWithCompiler)}`);
  }
}
