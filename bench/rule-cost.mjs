/**
 * What the rules added since the first release cost (issue #15: "the corpus workload no more than 15 % slower than
 * before the new rules"): the corpus pass with every rule against the same pass with only the first ten, the
 * others turned off through the options a configuration file sets. Each side runs in its own processes, the two
 * alternating, and the comparison is of CPU time per pass (median over every pass), not wall time: the machine
 * this runs on is usually shared.
 *   node bench/rule-cost.mjs [processes per side] [passes per process]
 * Also called by bench/run.mjs. Needs the engine bundle and the corpus list bench/run.mjs prepares.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, repoRoot } from './lib/paths.mjs';
import { median, round } from './lib/stats.mjs';

export function ruleCost({ processes = 4, passes = 5, list = join(cacheDir, 'lists', 'corpus.json') } = {}) {
  const cpu = { all: [], ten: [] };
  const wall = { all: [], ten: [] };
  // Each all-rules process is paired with the first-ten process run right after it: a pair sees the same machine,
  // so the ratio within a pair holds when the shared machine's speed drifts between pairs (farm-bench does the same).
  const pairs = [];
  for (let i = 0; i < processes; i++) {
    const pair = {};
    for (const [side, tool] of [['all', 'warmly'], ['ten', 'warmly-first-ten']]) {
      const out = execFileSync(process.execPath, [join(repoRoot, 'bench', 'pass.mjs'), tool, list, String(passes), 'all', 'Infinity'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      const r = JSON.parse(out.trim().split('\n').pop());
      cpu[side].push(...r.passes.map((p) => p.cpuMs));
      wall[side].push(...r.passes.map((p) => p.ms));
      pair[side] = median(r.passes.map((p) => p.cpuMs));
    }
    pairs.push(pair.all / pair.ten);
  }
  const all = median(cpu.all);
  const ten = median(cpu.ten);
  const pct = (ratio) => round((ratio - 1) * 100, 1);
  return {
    passes: cpu.all.length,
    cpuMsAllRules: round(all, 0),
    cpuMsFirstTen: round(ten, 0),
    wallMsAllRules: round(median(wall.all), 0),
    wallMsFirstTen: round(median(wall.ten), 0),
    slowerPct: pct(all / ten),
    pairs: { slowerPctMedian: pct(median(pairs)), slowerPctMin: pct(Math.min(...pairs)), slowerPctMax: pct(Math.max(...pairs)) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [processes = '4', passes = '5'] = process.argv.slice(2);
  const r = ruleCost({ processes: Number(processes), passes: Number(passes) });
  const sign = (x) => `${x >= 0 ? '+' : ''}${x}%`;
  console.log(`corpus pass, CPU per pass (median of ${r.passes}): all rules ${r.cpuMsAllRules} ms, first ten ${r.cpuMsFirstTen} ms: ${sign(r.slowerPct)} (wall ${r.wallMsAllRules} vs ${r.wallMsFirstTen} ms); pair by pair ${sign(r.pairs.slowerPctMedian)} (${sign(r.pairs.slowerPctMin)} to ${sign(r.pairs.slowerPctMax)})`);
}
