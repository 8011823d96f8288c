/**
 * Before/after for an engine optimization, without touching the working tree:
 *   node bench/ab.mjs server/engine/match.ts /tmp/match-before.ts [rounds] [workload list]
 * builds one engine bundle with that source file swapped for the "before" version and one from the tree,
 * then alternates them over the corpus (5 passes each round) and prints the median CPU time per pass.
 * CPU time, not wall time: the machine this runs on is usually shared.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENGINE_ENTRY } from './lib/engine-bundle.mjs';
import { cacheDir, enginePath, repoRoot } from './lib/paths.mjs';
import { median, round } from './lib/stats.mjs';

const [target, replacement, rounds = '3', list = join(cacheDir, 'lists', 'corpus.json')] = process.argv.slice(2);
if (!target || !replacement) {
  process.stderr.write('usage: node bench/ab.mjs <engine source file> <its "before" version> [rounds] [file list]\n');
  process.exit(2);
}
const targetPath = resolve(repoRoot, target);
const before = join(cacheDir, 'engine-before.cjs');
const after = join(cacheDir, 'engine-after.cjs');
mkdirSync(cacheDir, { recursive: true });
const bundle = (outfile, swap) => build({
  stdin: { contents: ENGINE_ENTRY, resolveDir: repoRoot, loader: 'ts' },
  outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  alias: { handlebars: 'handlebars/dist/cjs/handlebars.js' },
  plugins: swap ? [{ name: 'swap', setup(b) { b.onLoad({ filter: /\.ts$/ }, (a) => (a.path === targetPath ? { contents: readFileSync(replacement, 'utf8'), loader: 'ts' } : undefined)); } }] : [],
});
await bundle(before, true);
await bundle(after, false);
const cpu = { before: [], after: [] };
for (let i = 0; i < Number(rounds); i++) {
  for (const [name, file] of [['before', before], ['after', after]]) {
    copyFileSync(file, enginePath);
    const r = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'bench', 'pass.mjs'), 'warmly', list, '5', 'all', 'Infinity'], { encoding: 'utf8' }));
    cpu[name].push(...r.passes.map((p) => p.cpuMs));
  }
}
copyFileSync(after, enginePath);
for (const name of ['before', 'after']) console.log(`${name}: median ${round(median(cpu[name]), 0)} ms CPU per pass (min ${round(Math.min(...cpu[name]), 0)}, ${cpu[name].length} passes)`);
