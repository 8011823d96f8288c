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
  for (let i = 0; i < processes; i++) {
    for (const [side, tool] of [['all', 'warmly'], ['ten', 'warmly-first-ten']]) {
      const out = execFileSync(process.execPath, [join(repoRoot, 'bench', 'pass.mjs'), tool, list, String(passes), 'all', 'Infinity'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      const r = JSON.parse(out.trim().split('\n').pop());
      cpu[side].push(...r.passes.map((p) => p.cpuMs));
      wall[side].push(...r.passes.map((p) => p.ms));
    }
  }
  const all = median(cpu.all);
  const ten = median(cpu.ten);
  return {
    passes: cpu.all.length,
    cpuMsAllRules: round(all, 0),
    cpuMsFirstTen: round(ten, 0),
    wallMsAllRules: round(median(wall.all), 0),
    wallMsFirstTen: round(median(wall.ten), 0),
    slowerPct: round((all / ten - 1) * 100, 1),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [processes = '4', passes = '5'] = process.argv.slice(2);
  const r = ruleCost({ processes: Number(processes), passes: Number(passes) });
  console.log(`corpus pass, CPU per pass (median of ${r.passes}): all rules ${r.cpuMsAllRules} ms, first ten ${r.cpuMsFirstTen} ms: ${r.slowerPct >= 0 ? '+' : ''}${r.slowerPct}% (wall ${r.wallMsAllRules} vs ${r.wallMsFirstTen} ms)`);
}
